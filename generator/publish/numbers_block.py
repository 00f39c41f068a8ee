"""By the numbers: which of a story's figures a briefing shows, and how it reads a poll.

The extractor keeps every figure (`Briefing.numbers`, extract/numbers.py); a reader needs the few
that carry the story, as newsrooms' "By the numbers" boxes give them: money first, then seats and
votes, percentages, counts of people, other counts, measures and durations. Ages are detail, and
a lone "one" is seldom a key figure. The same figure named twice (the same value and unit) is one
line. At most MAX_LINES lines, and the block only when at least MIN_LINES figures are worth it.

A poll's shares are one line, read by AP's rule when the story gives a margin of error.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..facts import Briefing, Number

MAX_LINES = 5
MIN_LINES = 2  # one figure is a fact of the story, not a block of figures
# what matters first: money, then seats and votes, percentages, counts of people, minor figures
RANK = {"money": 0, "votes": 1, "percentage": 2, "people": 3, "count": 4, "measure": 5, "time": 6}


@dataclass
class Line:
    """A line of the block: what it says, and the figures it comes from (their sentences are its source)."""

    text: str
    numbers: list[Number] = field(default_factory=list)
    corrected: bool = False
    original: str | None = None


def poll_verdict(first: float, second: float, margin: float | None) -> str | None:
    """What a poll says about the race between its two leading shares (percentages), by AP's rule.

    AP Stylebook, "polls and surveys": the margin of sampling error applies to each candidate's share,
    so the error of the gap between two of them is about twice as large. We implement: a gap of less
    than twice the margin of error is "about even" (AP: say the race is close, never "statistical
    tie"); a gap of twice the margin or more is a lead; equal shares are tied. No margin given: no
    verdict, the shares only."""
    gap = round(abs(first - second), 6)
    if gap == 0:
        return "tied"
    if margin is None or margin <= 0:
        return None
    return "about even" if gap < 2 * margin else "lead"


def _value(n: Number) -> float | None:
    return float(n.value) if isinstance(n.value, (int, float)) else None


def _figure(v: float) -> str:
    return f"{v:g}"


def _poll_line(numbers: list[Number]) -> Line | None:
    """The first poll's shares (two or more, for different names) in one line, with its verdict."""
    shares = [n for n in numbers if n.poll == "share" and n.counts and _value(n) is not None]
    if len(shares) < 2:
        return None
    first_sentence = shares[0].sentence
    poll = [n for n in shares if abs(n.sentence - first_sentence) <= 1]
    seen: set[str] = set()
    poll = [n for n in poll if not (n.counts in seen or seen.add(n.counts))]
    if len(poll) < 2:
        return None
    ranked = sorted(poll, key=lambda n: -(_value(n) or 0))
    margin = next((n for n in numbers if n.poll == "margin" and _value(n) is not None), None)
    shown = ", ".join(f"{n.counts} {_figure(_value(n) or 0)}%" for n in ranked)
    verdict = poll_verdict(_value(ranked[0]) or 0, _value(ranked[1]) or 0, _value(margin) if margin else None)
    text = f"Poll: {shown}"
    if margin is not None:
        text += f" (margin of error ±{_figure(_value(margin) or 0)} points)"
    if verdict is not None:
        text += ": " + {"tied": "tied", "about even": "about even", "lead": f"{ranked[0].counts} leads"}[verdict]
    line = Line(text, ranked + ([margin] if margin else []))
    line.corrected = any(n.corrected for n in line.numbers)
    return line


def _worth(n: Number) -> bool:
    if n.kind not in RANK or n.poll or not (n.phrase or n.text):
        return False
    if n.kind == "count" and not (n.counts or n.unit):
        return False  # a number that says not what it counts ("14") tells a reader nothing
    return not (n.value == 1 and n.kind not in ("money", "percentage"))


def _within(n: Number, line: Line) -> bool:
    """A figure inside another line's words: the 40 of "23 of the council's 40 seats"."""
    return any(o.sentence == n.sentence and o.start <= n.start and n.end <= o.start + len(o.phrase) and o is not n
               and n.text in o.phrase for o in line.numbers)


def by_the_numbers(b: Briefing) -> list[Line]:
    """The lines of the block, most important first; empty when the story has too few figures for one."""
    lines: list[tuple[tuple, Line]] = []
    poll = _poll_line(b.numbers)
    if poll is not None:
        lines.append(((RANK["percentage"], poll.numbers[0].sentence, poll.numbers[0].start), poll))
    seen = set()
    for n in b.numbers:
        if not _worth(n):
            continue
        key = (str(n.value), n.unit)
        if key in seen or any(_within(n, line) for _, line in lines):
            continue
        seen.add(key)
        lines.append(((RANK[n.kind], n.sentence, n.start), Line(n.phrase or n.text, [n], n.corrected, n.original)))
    if len(lines) < MIN_LINES:
        return []
    return [line for _, line in sorted(lines, key=lambda item: item[0])[:MAX_LINES]]


def shown_numbers(b: Briefing) -> list[Number]:
    """The figures the block shows: those a page cites."""
    return [n for line in by_the_numbers(b) for n in line.numbers]
