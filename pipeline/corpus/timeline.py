"""The report's timeline: events per month (per year over spans of more than ten years) by type, stacked bars
on a real time axis (a period without events stays empty, so 1946 and 2024 lie far apart), the legend beside the
plot, never over a bar. Drawn by matplotlib as inline SVG whose labels stay text (the page stays self-contained,
and the axis can be read from the page)."""
from __future__ import annotations

import io
import re

import pandas as pd

MAX_MONTHS = 120  # longer spans are drawn by year


def counts_by_period(events: pd.DataFrame) -> pd.DataFrame:
    """Events per period (rows: every month, or year, from the first to the last, empty ones too) by type."""
    dated = events[events["date"].notna()]
    first, last = dated["date"].min(), dated["date"].max()
    freq = "M" if (last.year - first.year) * 12 + last.month - first.month < MAX_MONTHS else "Y"
    periods = dated["date"].dt.to_period(freq)
    counts = pd.crosstab(periods, dated["type"])
    return counts.reindex(pd.period_range(periods.min(), periods.max(), freq=freq), fill_value=0)


def timeline_svg(events: pd.DataFrame) -> str | None:
    """The timeline as an ``<svg>`` element (None when no event is dated)."""
    if not events["date"].notna().any():
        return None
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.ticker import MaxNLocator

    counts = counts_by_period(events)
    by_month = counts.index.freqstr.startswith("M")
    starts = counts.index.to_timestamp()
    width = pd.Timedelta(days=25 if by_month else 300)
    figure, axes = plt.subplots(figsize=(11, 3.5))
    bottom = pd.Series(0, index=counts.index)
    for event_type in counts.columns:
        axes.bar(starts, counts[event_type], width=width, bottom=bottom, align="edge", label=event_type)
        bottom += counts[event_type]
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.set_xlim(starts[0] - width, starts[-1] + 2 * width)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel("events per month" if by_month else "events per year")
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    figure.tight_layout()
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "dipevents"}):  # the same page each time
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    svg = buffer.getvalue()
    return re.sub(r"<metadata>.*?</metadata>", "", svg[svg.index("<svg"):], flags=re.S)
