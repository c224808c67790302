"""`dipevents report`: the HTML page, and the seed's event and mediator as headless Chromium shows them."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from PIL import Image

from pipeline.cli import main
from pipeline.corpus.report import highlights, id_links, render
from pipeline.corpus.timeline import counts_by_period

from ..conftest import REPO

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is absent: install Debian's chromium package (see README, Tests)")
    return found


def event_cells(dom: str, event_id: str) -> dict[str, str]:
    soup = BeautifulSoup(dom, "lxml")
    table = soup.find(id=f"event-{event_id}").find_parent("table")
    header = [th.get_text(strip=True) for th in table.find("tr").find_all("th")]
    row = soup.find(id=f"event-{event_id}").find_parent("tr")
    return dict(zip(header, (td.get_text(strip=True) for td in row.find_all("td"))))


def test_report_is_self_contained(sample_tables):
    page = render(sample_tables)
    assert "<script src" not in page and "<link" not in page and "http://" not in page.replace("http://www.w3.org", "")
    assert '<figure class="timeline"><svg' in page  # the timeline is embedded


def test_report_highlights_do_not_overlap():
    import pandas as pd
    mentions = pd.DataFrame({"start": [0, 10, 12], "end": [5, 20, 15], "label": ["PER", "LOC", "ORG"]})
    events = pd.DataFrame({"start": [11, 11], "end": [14, 14]})
    spans = highlights("x" * 30, mentions, events)
    assert [(s["start"], s["end"], s["label"]) for s in spans] == [(0, 5, "PER"), (11, 14, "EVENT")]


def test_report_seed_event_and_mediator_show_in_chromium(seed_tables, tmp_path):
    browser = chromium()
    path = tmp_path / "report.html"
    path.write_text(render(seed_tables), encoding="utf-8")
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          path.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    event = seed_tables.events.to_dict("records")[0]  # the seed has one event (tests/test_golden.py)
    cells = event_cells(dom, event["event_id"])
    assert cells["type"] == "negotiations" and cells["mediator"] == "Оман"
    soup = BeautifulSoup(dom, "lxml")
    marks = [m.get_text(" ", strip=True) for m in soup.find_all("mark")]
    assert any(m.startswith(event["trigger"]) and m.endswith("EVENT") for m in marks)
    assert any(m.startswith("Омана") for m in marks)  # the mediator's mention is highlighted in the text


def browse(tmp_path, page: str, *args: str) -> subprocess.CompletedProcess:
    """Headless Chromium on the page (a fresh profile each time)."""
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
                           path.as_uri()], capture_output=True, text=True, timeout=120, check=True, cwd=tmp_path)


@pytest.fixture
def far_apart(sample_tables):
    """The sample tables with two events 78 years apart."""
    dates = pd.to_datetime(["1946-03-05", "2024-05-20"] + ["2024-06-01"] * (len(sample_tables.events) - 2))
    return dataclasses.replace(sample_tables, events=sample_tables.events.assign(date=dates))


def test_report_timeline_periods_without_events_stay_empty(far_apart):
    counts = counts_by_period(far_apart.events)
    assert len(counts) == 2024 - 1946 + 1 and counts.sum(axis=1).eq(0).sum() == len(counts) - 2


def test_report_timeline_has_a_date_axis_in_chromium(far_apart, tmp_path):
    """A screenshot of the page shows the plot, and the axis Chromium lays out is a time axis: its labels are
    years between the two events, evenly spaced, not the two events' months side by side."""
    page = render(far_apart)
    browse(tmp_path, page, "--screenshot", "--window-size=1200,900", "--hide-scrollbars")
    image = Image.open(tmp_path / "screenshot.png").convert("L")
    assert image.size == (1200, 900) and image.getextrema()[0] < 100  # the page is drawn, not blank
    soup = BeautifulSoup(browse(tmp_path, page, "--dump-dom").stdout, "lxml")
    labels = [t.get_text(strip=True) for t in soup.select("figure.timeline svg g[id^=xtick] text")]
    years = [int(label) for label in labels if label.isdigit()]
    assert len(years) >= 3 and years == sorted(years) and 1946 <= years[0] and years[-1] <= 2024
    assert len({b - a for a, b in zip(years, years[1:])}) == 1  # evenly spaced: a real time axis
    legend = soup.select("figure.timeline svg g[id^=legend]")
    assert legend  # beside the plot: see timeline.py (bbox_to_anchor right of the axes)


def test_report_long_id_lists_are_folded():
    html = id_links([f"doc#E{n}" for n in range(10)])
    assert html.count("<a ") == 10 and "<details><summary>7 more</summary>" in html
    assert "<details>" not in id_links(["doc#E1", "doc#E2"])


def test_report_run_with_relative_paths_highlights_every_article_from_root(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["run", "data/samples", "-o", str(tmp_path / "out"), "--workers", "1",
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir("/")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "out" / "report.html").read_text(encoding="utf-8"), "lxml")
    sections = soup.select("section.article")
    assert sections and "text not found" not in soup.get_text()
    assert all(section.find("mark") for section in sections)
