"""When: the event's date, as the story says it and resolved against the seed's date."""
from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.tokens import Doc, Span

from ..facts import When

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
_VAGUE = re.compile(r"\b(years?|decades?|centur(y|ies)|weeks|months|days|ago|recent|past)\b", re.I)


def resolve_date(phrase: str, base: dt.date) -> tuple[str | None, str]:
    """ISO date and precision for a date phrase, relative to the story's date."""
    text = phrase.lower().strip()
    text = re.sub(r"^(on|in|at|by|since|from|during|until|early|late|mid|this past)\s+", "", text)
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base.isoformat(), "day"
    if text in ("yesterday", "last night"):
        return (base - dt.timedelta(days=1)).isoformat(), "day"
    words = text.split()
    for i, day in enumerate(WEEKDAYS):
        if words and words[-1].rstrip("s") == day and len(words) <= 2:
            # news usage: "on Tuesday" in a story dated Tuesday is that day; else the last one before
            back = (base.weekday() - i) % 7
            if words[0] == "last" and back == 0:
                back = 7
            if words[0] == "next":
                return (base + dt.timedelta(days=(i - base.weekday()) % 7 or 7)).isoformat(), "day"
            return (base - dt.timedelta(days=back)).isoformat(), "day"
    if re.fullmatch(r"(19|20)\d\d", text):
        return f"{text}-01-01", "year"
    if text in ("this year",):
        return f"{base.year}-01-01", "year"
    if text == "last year":
        return f"{base.year - 1}-01-01", "year"
    base_dt = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": base_dt})
    if parsed is None:
        return None, "day"
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", text)) and not re.fullmatch(r"(19|20)\d\d", text)
    if has_day or "week" in text or "day" in text:
        return parsed.date().isoformat(), "day"
    if re.search(r"\b(19|20)\d\d\b", text) and not any(m in text for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")):
        return f"{parsed.year}-01-01", "year"
    return f"{parsed.year}-{parsed.month:02d}-01", "month"


def _phrase(ent: Span) -> Span:
    """Include the preposition that introduces a date: 'on Tuesday', 'in early April'."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].pos_ == "ADP":
        return doc[ent.start - 1 : ent.end]
    return ent


def extract_when(doc: Doc, base: dt.date) -> When | None:
    sents = list(doc.sents)
    best = None
    for i, sent in enumerate(sents):
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if _VAGUE.search(ent.text) and not re.search(r"\b(19|20)\d\d\b", ent.text):
                continue
            iso, precision = resolve_date(ent.text, base)
            # prefer dates attached to the story's main verbs, early in the story, precise
            score = (i, 0 if precision == "day" else 1)
            if iso is not None and iso > base.isoformat():
                score = (i + 5, 2)  # a future date is a plan, not when the event happened
            if best is None or score < best[0]:
                span = _phrase(ent)
                best = (score, When(text=span.text, date=iso, sentence=i, start=span.start_char,
                                    end=span.end_char, precision=precision))
        if best is not None and i >= 2:
            break
    return best[1] if best else None
