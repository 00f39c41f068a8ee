"""When: the event's date, as the story says it and resolved against the seed's date.

Precision is what the phrase gives: "June 2004" is a month, "last week" a week (dated by
its Monday), never an invented day. Programme and paper names ("the Today programme",
"the Sunday Times") are not dates. A lede reporting a completed act in the present
perfect ("X has declined the offer") with no day named in the story's first sentences
happened on the story's own day.

Candidates are the model's DATE and TIME entities that name a point in time (a weekday,
"today", a month and day, a clock time), not a duration ("for 90 minutes") or a bare
number. A time next to its day ("6.10am on Wednesday") is one phrase. The lede's date,
or the one attached to the lede's verb, wins; a future date is a plan, not the event.
"""
from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.tokens import Doc, Span

from ..facts import When
from .sentences import inside, is_furniture, lede, quote_regions_of, sents

EVENT_DATE_SENTENCES = 12  # the event's own date is near the top; later dates are background
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
_VAGUE = re.compile(r"\b(years?|decades?|centur(y|ies)|weeks|months|days|ago|recent|past|daily|weekly|annual)\b", re.I)
POINT_IN_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|"
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?|morning|afternoon|evening|night|midnight|noon|(19|20)\d\d|\d{1,2}:\d\d|"
    r"\d{1,2}([.:]\d\d)?\s*(am|pm|a\.m\.|p\.m\.)|this (week|month|year)|last (week|month|year)|next (week|month|year))\b",
    re.I,
)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
# words in front of a date that belong to the phrase: "shortly before 7 pm", "at around 6am", "late Thursday"
_MODIFIERS = frozenset({"around", "about", "before", "after", "shortly", "just", "late", "early", "approximately"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_DURATION = re.compile(r"^(for|during|over|within|throughout)\b", re.I)
_PREP = re.compile(r"^(on|in|at|by|since|from|during|until|this past)\s+", re.I)


_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# a day is one or two digits, never the start of a year: "June 2004" is a month, not 20 June
_MDY = re.compile(rf"{_MONTH_WORD}\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?")
_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}(?:,?\s+((?:19|20)\d\d))?")
_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_MY = re.compile(rf"\b{_MONTH_WORD}\b(?:,?\s+((?:19|20)\d\d))?")


def _nearest_year(month: int, day: int, base: dt.date) -> int:
    """A month without a year is the nearest one: "early April" in a March story is next month."""
    return min((base.year - 1, base.year, base.year + 1),
               key=lambda y: abs((dt.date(y, month, min(day, 28)) - base).days))


def _day_month_year(m: re.Match, order: str, base: dt.date) -> tuple[str | None, str] | None:
    month_word, day = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
    month, day = _MONTHS[month_word[:3]], int(day)
    year = int(m.group(3)) if m.group(3) else _nearest_year(month, day, base)
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _calendar(text: str, base: dt.date) -> tuple[str | None, str] | None:
    """The usual written dates without dateparser (which costs milliseconds a call)."""
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", text)
    if m:
        try:
            return dt.date(*map(int, m.groups())).isoformat(), "day"
        except ValueError:
            return None
    # first a date at the start (a stray word may trail it: "November 8, 2016 Dozens"), then a
    # date inside a longer phrase ("Tue, March 22, 2016")
    for find in ("match", "search"):
        for regex, order in ((_MDY, "md"), (_DMY, "dm")):
            m = getattr(regex, find)(text)
            if m:
                return _day_month_year(m, order, base)
    m = _MY.search(text)
    if m:
        month = _MONTHS[m.group(1)[:3]]
        year = int(m.group(2)) if m.group(2) else _nearest_year(month, 15, base)
        if not m.group(2) and re.search(r"\blast\b", text[: m.start()]):
            year = base.year if month < base.month else base.year - 1
        elif not m.group(2) and re.search(r"\bnext\b", text[: m.start()]):
            year = base.year if month > base.month else base.year + 1
        return f"{year}-{month:02d}-01", "month"
    m = re.search(r"\b((?:19|20)\d\d)\b", text)
    if m:
        return f"{m.group(1)}-01-01", "year"
    return None


def resolve_date(phrase: str, base: dt.date, future: bool = False) -> tuple[str | None, str]:
    """ISO date and precision for a date phrase, relative to the story's date. `future`: the phrase
    dates something still to come ("will decide on Thursday"), so a weekday alone is the next one."""
    text = phrase.lower().strip()
    text = re.sub(r"^(on|in|at|by|since|from|during|until|early|late|mid|this past)\s+", "", text)
    text = re.sub(r"^(early|late|mid)[- ]", "", text)
    text = re.sub(r"^(the )?(end|start|beginning|middle|turn) of (the )?", "", text)  # "end of March 2005"
    # a clock time before its day: "6.10am on wednesday" is the day
    text = re.sub(r"^.*\b(am|pm|a\.m\.|p\.m\.)\s+(on\s+)?", "", text) if re.search(r"(am|pm)\s+(on\s+)?\w", text) else text
    text = re.sub(r"\s+(morning|afternoon|evening|night)$", "", text) if text.split()[0:1] and \
        text.split()[0].rstrip("'s") in WEEKDAYS else text
    if re.fullmatch(r"(around|about|before|after|shortly|just|approximately|\s)*"
                    r"(\d{1,2}([.:]\d\d)?\s*(am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|midnight|noon)", text):
        return base.isoformat(), "day"  # a clock time alone: the story's day
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base.isoformat(), "day"
    if text in ("yesterday", "last night"):
        return (base - dt.timedelta(days=1)).isoformat(), "day"
    if text in ("tomorrow",):
        return (base + dt.timedelta(days=1)).isoformat(), "day"
    words = text.replace("'s", "").split()
    named = [w for w in words if w.rstrip("s") in WEEKDAYS]
    if named and not _MONTH.search(text):
        # "the early hours of wednesday morning": the weekday is the date
        words = ([words[0]] if words[0] in ("last", "next") else []) + [named[0]]
    for i, day in enumerate(WEEKDAYS):
        if words and words[-1].rstrip("s") == day and len(words) <= 2:
            # news usage: "on Tuesday" in a story dated Tuesday is that day; else the last one before
            back = (base.weekday() - i) % 7
            if words[0] == "last" and back == 0:
                back = 7
            if words[0] == "next":
                return (base + dt.timedelta(days=(i - base.weekday()) % 7 or 7)).isoformat(), "day"
            if future and words[0] != "last":  # "will vote on Thursday": the coming one (today's if today)
                return (base + dt.timedelta(days=(i - base.weekday()) % 7)).isoformat(), "day"
            return (base - dt.timedelta(days=back)).isoformat(), "day"
    if re.fullmatch(r"(19|20)\d\d", text):
        return f"{text}-01-01", "year"
    if text in ("this year",):
        return f"{base.year}-01-01", "year"
    if text == "last year":
        return f"{base.year - 1}-01-01", "year"
    if text in ("this month",):
        return f"{base.year}-{base.month:02d}-01", "month"
    quick = _calendar(text, base)
    if quick is not None:
        return quick
    m = re.fullmatch(r"(?:earlier |later )?(this|last|next|the past|the previous) (week|month)", text)
    if m:
        shift = {"this": 0, "last": -1, "next": 1, "the past": -1, "the previous": -1}[m.group(1)]
        if m.group(2) == "week":  # a week is a week: its Monday, shown as the week
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * shift)
            return monday.isoformat(), "week"
        month = (base.month - 1 + shift) % 12 + 1
        year = base.year + (base.month - 1 + shift) // 12
        return f"{year}-{month:02d}-01", "month"
    if not re.search(r"\d", text) and not _MONTH_NAME.search(text):
        return None, "day"  # nothing dateparser could pin to a day, month or year
    base_dt = dt.datetime(base.year, base.month, base.day)
    parsed = None
    for _attempt in range(3):
        if not text or parsed is not None:
            break
        parsed = dateparser.parse(text, languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": base_dt})
        if parsed is None:
            # a stray word glued to the date ("November 8, 2016 Dozens"): try without it
            text = text.rsplit(" ", 1)[0] if " " in text else ""
    if parsed is None:
        return None, "day"
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", text)) and not re.fullmatch(r"(19|20)\d\d", text)
    if has_day or "week" in text or "day" in text:
        return parsed.date().isoformat(), "day"
    if re.search(r"\b(19|20)\d\d\b", text) and not any(m in text for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")):
        return f"{parsed.year}-01-01", "year"
    year = parsed.year
    if not re.search(r"\b(19|20)\d\d\b", text):
        year = _nearest_year(parsed.month, 15, base)
    return f"{year}-{parsed.month:02d}-01", "month"


def _phrase(ent: Span) -> Span:
    """A clock time joins the day after it: '6.10am' + 'on Wednesday' -> '6.10am on Wednesday'."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > ent.sent.start and doc[start - 1].lower_ in _MODIFIERS:
        start -= 1
    if start < ent.start and start > ent.sent.start and doc[start - 1].lower_ in ("at", "on", "in"):
        start -= 1
    nxt = doc[end : end + 3]
    # a day with its part of the day is one time: "Sunday" + "morning"
    if len(nxt) and nxt[0].lower_ in _PARTS_OF_DAY and doc[end - 1].lower_.rstrip("s'") in WEEKDAYS:
        end += 1
        nxt = doc[end : end + 3]
    if ent.label_ == "TIME" and len(nxt) >= 2 and nxt[0].lower_ in ("on", "of") and nxt[1].ent_type_ == "DATE":
        end = nxt[1].i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return doc[start:end]


def _is_point(ent: Span) -> bool:
    text = _phrase(ent).text
    if not POINT_IN_TIME.search(text) or _DURATION.search(text):
        return False
    return not (_VAGUE.search(text) and not re.search(r"\b(19|20)\d\d\b", text))


# words after a day's name that make it part of a title: "the Sunday Times", "Today programme"
_TITLE_NOUNS = frozenset({"programme", "program", "show", "newspaper", "paper", "edition", "magazine", "broadcast",
                          "interview", "times", "telegraph", "mirror", "express", "herald", "post", "politics", "am",
                          "live", "night", "supplement"})


def _is_name(ent: Span) -> bool:
    """A programme or a paper, not a time: BBC Radio 4's Today programme, the Sunday Times,
    Breakfast with Frost. A capitalised 'Today' inside a sentence is a title; so is a day
    after a possessive ("Sky's Sunday") or before a title noun."""
    doc = ent.doc
    first = doc[ent.start]
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > ent.sent.start else None
    if nxt is not None and nxt.lower_ in _TITLE_NOUNS and (nxt.is_title or nxt.lower_ in ("programme", "program", "show")):
        return True
    if prev is not None and prev.tag_ == "POS" and first.is_title:
        return True
    if first.text in ("Today", "Tonight") and prev is not None and not prev.is_punct and not prev.is_quote:
        return True
    return nxt is not None and nxt.lower_ == "with" and first.is_title and len(ent) == 1 and \
        ent.end + 1 < len(doc) and doc[ent.end + 1].is_title  # "Breakfast with Frost"


# verbs and adjectives that put their infinitive in the future ("is due to vote", "are set to meet",
# "is going to decide", "is expected to rule", "is scheduled to open")
_TO_COME = frozenset("due set go expect schedule plan".split())


def dates_what_is_to_come(ent: Span) -> bool:
    """Whether a date names when something still to come happens: its verb is in the future ("will",
    "shall", "'ll") or an infinitive of what is due, set, going, expected or scheduled to happen."""
    verb = ent.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.head.lemma_.lower() in _TO_COME


def _perfect_report(sent: Span) -> Span | None:
    """'Kishor has declined the offer': a completed act reported in the present perfect,
    which news writes for what happened on the day of the story. The verb group, or None."""
    root = sent.root
    if root.tag_ != "VBN":
        return None
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if not any(c.lower_ in ("has", "have", "'s", "'ve") for c in aux) or any(c.tag_ == "MD" for c in aux):
        return None
    return sent.doc[min(c.i for c in aux) : root.i + 1]


def _dated(sentences: list[Span], base: dt.date) -> bool:
    """Whether the first sentences name a day or a week (any: a story's dates may be off by months)."""
    for sent in sentences:
        for ent in sent.ents:
            if ent.label_ in ("DATE", "TIME") and _is_point(ent) and not _is_name(ent):
                iso, precision = resolve_date(_phrase(ent).text, base)
                if iso and precision in ("day", "week"):
                    return True
    return False


def extract_when(doc: Doc, base: dt.date) -> When | None:
    sentences = sents(doc)
    quoted = quote_regions_of(doc)
    best = None
    found = lede(doc)
    if found is not None:
        index, first = found
        perfect = _perfect_report(first)
        if perfect is not None and not _dated(sentences[:EVENT_DATE_SENTENCES], base):
            # no date of its own: the act is the story's news of the day, so the dateline's day
            return When(text=perfect.text, date=base.isoformat(), sentence=index, start=perfect.start_char,
                        end=perfect.end_char, precision="day")
    for i, sent in enumerate(sentences[:EVENT_DATE_SENTENCES]):
        if is_furniture(sent):
            continue
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or not _is_point(ent) or _is_name(ent):
                continue
            if doc[ent.start - 1 : ent.start].text.lower() in ("for", "during") if ent.start else False:
                continue
            span = _phrase(ent)
            text = span.text if span.start < ent.start else _PREP.sub("", span.text)
            iso, precision = resolve_date(text, base, future=dates_what_is_to_come(ent))
            if iso is None:
                continue
            # the lede's date first, then precise before vague, then story order
            rank = i + (0 if precision == "day" else 1.5) + (2 if inside(quoted, ent.start_char, ent.end_char) else 0)
            if ent.root.head == sent.root:
                rank -= 0.5
            if iso < (base - dt.timedelta(days=366)).isoformat() or iso > (base + dt.timedelta(days=366)).isoformat():
                continue  # years away from the story's date: history or a distant plan, not the news
            if iso > base.isoformat():
                rank += 5  # a future date is a plan, not when the event happened
            if best is None or rank < best[0]:
                start = span.start_char + (len(span.text) - len(text))
                best = (rank, When(text=text, date=iso, sentence=i, start=start, end=span.end_char,
                                   precision=precision))
    return best[1] if best else None
