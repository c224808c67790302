"""How a run shows its progress: a tqdm bar on a terminal; plain log lines (rate and ETA) otherwise."""
from __future__ import annotations

import sys
import time

from tqdm import tqdm

LOG_EVERY = 10.0  # seconds between plain progress lines when stderr is not a terminal


class Progress:
    """Articles done out of ``total`` (every record of every input), ``initial`` of them by an
    interrupted run that is resumed; silent unless ``enabled``. The rate counts this run's articles."""

    def __init__(self, total: int, enabled: bool, initial: int = 0) -> None:
        self.total, self.enabled, self.done, self.initial = total, enabled, initial, initial
        self.tty = enabled and sys.stderr.isatty()
        self.bar = tqdm(total=total, initial=initial, unit="article", smoothing=0.1) if self.tty else None
        self.started = self.last = time.monotonic()

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.enabled and time.monotonic() - self.last >= LOG_EVERY:
            self.last = time.monotonic()
            rate = (self.done - self.initial) / max(self.last - self.started, 1e-9)
            eta = f", ETA {max(self.total - self.done, 0) / rate:.0f} s" if rate else ""
            print(f"processed {self.done} of {self.total} articles ({rate:.1f}/s{eta})", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
