"""Progress of a long step: stories done out of the total, the rate so far and the time left.

One line every few seconds (and one at the end), so a backfill of 100,000 stories shows
how it goes without flooding the log: `extracted 1,200/100,000 (27.5/s, 59:52 left)`.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

Progress = Callable[[str], None]  # where a step reports: a line at a time

EVERY_S = 5.0  # at most one line this often, besides the last
_hushed = threading.Event()


def hush() -> None:
    """The command is stopping (Ctrl-C, SIGTERM): meters say no more, from any thread (the handouts
    go on a moment in one), so that the command's own line about it is the last."""
    _hushed.set()


def duration(seconds: float) -> str:
    """`42 s`, `3:07` (minutes), `1:02:03` (hours)."""
    s = max(0, round(seconds))
    if s < 60:
        return f"{s} s"
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Meter:
    """Counts work done and reports `label done/total (rate/s, time left)` through `progress`."""

    def __init__(self, label: str, total: int, progress: Progress, every_s: float = EVERY_S,
                 clock: Callable[[], float] = time.monotonic):
        self.label, self.total, self.progress, self.every_s, self.clock = label, total, progress, every_s, clock
        self.done = 0
        self.started = self._last = clock()

    def line(self) -> str:
        elapsed = self.clock() - self.started
        text = f"{self.label} {self.done:,}/{self.total:,}"
        if self.done and elapsed > 0:
            rate = self.done / elapsed
            left = (self.total - self.done) / rate
            text += f" ({rate:.1f}/s, {duration(left)} left)" if self.done < self.total else \
                f" ({rate:.1f}/s, {duration(elapsed)} in all)"
        return text

    def tick(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if _hushed.is_set():
            return
        if self.done >= self.total or now - self._last >= self.every_s:
            self._last = now
            self.progress(self.line())
