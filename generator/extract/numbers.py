"""Numbers: the story's figures, each with its value, its unit and what it counts.

A figure is a number as the story writes it: in digits ("370", "36,040", "1.5"), with a
scale ("$12.4 million", "2.5bn", "Rs 500 crore"), in words ("five state elections",
"three hundred and seventy": text2num reads the words), or vague ("tens of thousands",
"dozens": a range of one to ten of them). spaCy's tokens, entities and parse say where it
stands; the unit is what is written beside it (a currency before, a percentage, a measure
or a hyphened noun after: "370-seat", "eight-member"), normalised through
`data/numbers.json`, else the noun it counts ("five state elections": election). Two
figures joined as a range ("between 200 and 4 million", "from $75 to $45.88", "15-22")
are one value [low, high].

Not figures: dates and clock times (the model's DATE and TIME entities that name a point
in time, a number beside a month's name, a year), ordinals, a number that is part of a
name ("Article 370", "iPhone 11", "FTSE 100", "COVID-19"), a person's age given in
apposition ("Kishor, 45"), phone numbers, list markers at the start of a line, and anything
in a byline or other page furniture. A duration ("for six weeks") and an age written as a
measure ("a 65-year-old") are figures.

`change` is "up" or "down" when the number is the size of a change ("fell 0.4 per cent",
"a 25% rise", "up 9.4 per cent"), "=" for a level ("to 2.1%"). Poll shares and a margin of
error are marked (`poll`), so that pages can read a poll by AP's rule (generator/publish/numbers_block.py).
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from .. import lexicon
from ..facts import Number
from .times import MONTHS as _MONTHS
from .sentences import entity_at, is_furniture, sentence_index, per_doc, sents, text_of
from .places import FACILITY_WORDS
from .when import POINT_IN_TIME

PEOPLE_NOUNS = lexicon.words("people_nouns")
ROLE_WORDS = lexicon.words("roles")
_DATA = lexicon.load("numbers")
CURRENCY_SYMBOLS: dict[str, str] = _DATA["currency_symbols"]
CURRENCY_CODES: dict[str, str] = _DATA["currency_codes"]
CURRENCY_WORDS: dict[str, str] = _DATA["currency_words"]
SCALES: dict[str, float] = {k: float(v) for k, v in _DATA["scales"].items()}
VAGUE: dict[str, float] = {k: float(v) for k, v in _DATA["vague"].items()}
PERCENT: dict[str, str] = _DATA["percent"]
UNITS: dict[str, str] = {s: name for name, surfaces in _DATA["units"].items() for s in surfaces}
DURATIONS = frozenset(_DATA["durations"])
AGES = tuple(_DATA["ages"])
PER = tuple(_DATA["per"])
VOTES = frozenset(_DATA["votes"])
UP = frozenset(_DATA["up"])
DOWN = frozenset(_DATA["down"])
NAME_WORDS = frozenset(_DATA["name_words"])
NAME_PREFIXES = frozenset(_DATA["name_prefixes"])
POLL_WORDS = tuple(_DATA["poll"])
POLL_NOUNS = frozenset(w for w in POLL_WORDS if " " not in w)  # "poll", "survey": a pollster's name qualifies one
MARGIN_WORDS = tuple(_DATA["margin"])
PLUS_MINUS = tuple(_DATA["plus_minus"])
CURRENCY_AFTER = frozenset(_DATA["currency_after"])
FRACTIONS: dict[str, float] = {k: float(v) for k, v in _DATA["fractions"].items()}
STREET_WORDS = FACILITY_WORDS & {"street", "road", "avenue", "square", "house", "tower", "towers"}
MONEY_UNITS = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_CODES.values()) | \
    frozenset(CURRENCY_WORDS.values())

# English cardinals text2num reads; ordinals ("third") are not figures
_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
NUMBER_WORDS = frozenset(_UNITS_WORDS + _TENS_WORDS + list(_SCALE_WORDS[:4]))  # "trillion": a scale after (SCALES)

# a number in digits as one token, with what is glued to it: "$12.4", "2.5bn", "118.5p", "USD10m", "5kW"
_ATOM = re.compile(r"(?P<lead>[~≈]|(?:sub|over|under|mid|near|pre|post)-)?(?P<cur>[A-Z]{1,3}\$|[$£€¥₹₩₽₺₪₦₱]|Rs\.?|[A-Z]{2,3}(?=\d))?"
                   r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                   r"(?P<suf>[^\W\d_][\w./²³-]*|%|°[CF]?)?")
_CLOCK = re.compile(r"^(\d{1,2}([.:]\d\d)?\s*([ap]\.?m\.?)|\d{1,2}:\d\d(:\d\d)?)$", re.I)
_ZONES = frozenset({"gmt", "bst", "utc", "edt", "est", "pst", "pdt", "cet", "ist", "et", "pt", "cst", "cdt", "hrs"})
# phone numbers: "+44 20 7946 0000", "(555) 123-4567", "020 7946 0000", "555-123-4567"
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w.,]\d)")
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*\(?(?P<n>\d{1,3})[.)][ \t]")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<code>[A-Z]{1,3}|(?:US|HK|NZ|AU|CA|NT)\s))?(?P<sym>[$£€¥₹₩₽₺₪₦₱])\s?$|(?<![\w$])(?P<word>Rs\.?|[A-Z]{3})\s?$")
_POLL = re.compile(r"\b(" + "|".join(map(re.escape, POLL_WORDS)) + r")\b", re.I)
_MARGIN = re.compile(r"\b(" + "|".join(map(re.escape, MARGIN_WORDS)) + r")\b", re.I)
MAX_COUNTS_WORDS = 6  # what a number counts is a short noun phrase


def _surface_regex(surfaces: list[str]) -> re.Pattern:
    alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return re.compile(rf"(?:[ \t]?-?[ \t]?)(?P<u>{alternation})(?![\w%°])", re.I)


_UNIT_AFTER = _surface_regex(list(PERCENT) + list(UNITS) + list(CURRENCY_WORDS) + list(AGES))
_PER_AFTER = _surface_regex(list(PER))


@dataclass
class _Raw:
    """A number being read: token span [start, end) of its digits or words (with scale words)."""

    start: int
    end: int
    value: float | tuple[float, float]
    scaled: bool = False  # a scale word or suffix ("million", "bn") is part of it
    mantissa: float = 0.0  # the number before its scale ("2.5" of "2.5bn")
    cur: str | None = None  # a currency written before (or glued to) it, as written
    cur_start: int = -1  # character offset where that currency starts
    unit: str = ""  # normalised
    unit_text: str = ""
    unit_end: int = -1  # character offset where the unit ends (or the number, when none)
    glued: str = ""  # what the token had after its digits ("bn", "%", "kW")
    words: bool = False  # written in words
    vague: bool = False
    lead: int = 0  # characters of the first token before the number: "~1.2", "sub-7"
    text_start: int = -1  # a range's first word: "between 200 and 4 million"


def _number(value: float) -> float | int:
    """A whole number as an int (370, not 370.0) for the JSON; others as they are."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return round(value, 10) if isinstance(value, float) else value


def _is_number_word(token: Token) -> bool:
    return token.lower_ in NUMBER_WORDS


def _read_words(doc: Doc, i: int) -> tuple[float, int] | None:
    """Number words from token i: "three hundred and seventy", "twenty-one"; (value, end)."""
    j = i
    words: list[str] = []
    while j < len(doc):
        t = doc[j]
        if _is_number_word(t):
            words.append(t.lower_)
        elif t.text == "-" and words and not doc[j - 1].whitespace_ and not t.whitespace_ \
                and j + 1 < len(doc) and _is_number_word(doc[j + 1]):
            pass  # "twenty-one"
        elif t.lower_ == "and" and words and words[-1] in _SCALE_WORDS[:2] and j + 1 < len(doc) \
                and _is_number_word(doc[j + 1]) and doc[j + 1].lower_ not in _SCALE_WORDS:
            words.append("and")
        else:
            break
        j += 1
    while words:
        if len(words) == 1 and words[0] in SCALES:
            return SCALES[words[0]], j  # text2num reads "thousand" alone, not "trillion"
        try:
            return float(text2num(" ".join(words), "en")), j
        except ValueError:  # "one two": not one number; take fewer words
            words.pop()
            j -= 1
            while j > i and not _is_number_word(doc[j - 1]):
                j -= 1
    return None


def _read(doc: Doc, i: int) -> _Raw | None:
    """The number that starts at token i, with its scale words, or None."""
    t = doc[i]
    text = t.text
    m = _ATOM.fullmatch(text)
    cur = m.group("cur") if m else None
    # letters glued in front are a currency when known ("USD10m", "HK$5"), or an unknown code before a sum
    # of money ("PS2.7m", "RM120,000"), not a name ("PS5", "A380")
    if m and (cur is None or cur.lower() in CURRENCY_SYMBOLS or cur.lower() in CURRENCY_CODES or cur.endswith("$")
              or (m.group("suf") or "").lower() in SCALES or re.search(r"[,.]", m.group("num"))):
        mantissa = float(m.group("num").replace(",", ""))
        raw = _Raw(i, i + 1, mantissa, mantissa=mantissa, glued=m.group("suf") or "", lead=len(m.group("lead") or ""))
        if m.group("cur"):
            raw.cur, raw.cur_start = m.group("cur"), t.idx + raw.lead
        suffix = raw.glued.lower()
        if suffix in SCALES:  # "2.5bn", "$5M", "10k"
            raw.value, raw.scaled = mantissa * SCALES[suffix], True
            raw.glued = ""
    elif t.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in ("third", "quarter", "fifth", "tenth") \
            and i + 2 < len(doc) and doc[i + 2].lower_ == "of":
        raw = _Raw(i, i + 2, 1 / FRACTIONS[doc[i + 1].lower_], words=True)  # "a third of voters"
    elif t.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in ("hundred", "thousand", "million",
                                                                               "billion", "trillion", "dozen"):
        value = 12.0 if doc[i + 1].lower_ == "dozen" else SCALES[doc[i + 1].lower_]  # "a trillion"
        raw = _Raw(i, i + 2, value, mantissa=value, words=True, scaled=True)
    elif _is_number_word(t):
        read = _read_words(doc, i)
        if read is None:
            return None
        value, end = read
        raw = _Raw(i, end, value, mantissa=value, words=True)
        if end < len(doc) and doc[end].lower_ == "dozen":
            raw.value, raw.end = value * 12, end + 1
        elif end < len(doc) and doc[end].lower_ in FRACTIONS and value < FRACTIONS[doc[end].lower_]:
            raw.value, raw.end = value / FRACTIONS[doc[end].lower_], end + 1  # "two thirds": 2/3
    elif t.lower_ in VAGUE and t.lower_ not in ("lakhs", "crores") and not (i and doc[i - 1].like_num):
        # "tens of thousands", "hundreds", "dozens of": between one and ten of them
        low = VAGUE[t.lower_]
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in VAGUE:
            low *= VAGUE[doc[end + 1].lower_]
            end += 2
        if t.lower_ == "tens" and end == i + 1:
            return None  # "tens" alone is no figure
        raw = _Raw(i, end, (low, low * 10), mantissa=low, words=True, vague=True)
        return raw
    else:
        return None
    # scale words after: "4 million", "1.8 billion", "Rs 500 crore", "2.7 m"
    while raw.end < len(doc):
        nxt = doc[raw.end]
        word = nxt.lower_[:-1] if nxt.lower_.endswith(".") and len(nxt) > 1 and nxt.lower_[:-1] in SCALES else nxt.lower_
        glued = not doc[raw.end - 1].whitespace_
        if word in SCALES and (word in _SCALE_WORDS or word in ("bn", "mn", "mln", "bln", "tn", "trn", "lakh", "lakhs", "crore",
                                                               "crores") or glued or raw.cur):
            if word in _SCALE_WORDS[:1] and raw.words:
                break  # read with the words already
            raw.value = (raw.value if isinstance(raw.value, float) else raw.mantissa) * SCALES[word]
            raw.scaled, raw.end = True, raw.end + 1
        else:
            break
    return raw


def _first_char(doc: Doc, raw: _Raw) -> int:
    """Where the number's own characters start (after a "~" or "sub-" glued in front)."""
    return doc[raw.start].idx + raw.lead


def _last_char(doc: Doc, raw: _Raw) -> int:
    """Where the number's words end: a sentence's full stop after a scale ("£3m.") is not part of them."""
    last = doc[raw.end - 1]
    end = last.idx + len(last.text)
    if len(last) > 1 and last.text.endswith(".") and last.lower_[:-1] in SCALES:
        end -= 1
    return end


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token that ends at or after a character offset (a binary search: a long story has
    thousands of figures)."""
    ends = per_doc(doc, "token_ends", lambda d: [t.idx + len(t.text) for t in d])
    return bisect.bisect_left(ends, char)


def _units(doc: Doc, raw: _Raw, text: str) -> None:
    """The currency before and the unit after a number (glued or written beside it)."""
    start_char = _first_char(doc, raw)
    end_char = _last_char(doc, raw)
    raw.unit_end = end_char
    if raw.cur is None:
        m = _CURRENCY_BEFORE.search(text, max(0, start_char - 6), start_char)
        if m and m.end() == start_char:
            if m.group("sym"):
                code = (m.group("code") or "").strip()
                raw.cur = code + m.group("sym")
                if code and raw.cur.lower() not in CURRENCY_SYMBOLS:
                    raw.cur = m.group("sym")  # "TV $5": the word is not part of the currency
                raw.cur_start = m.start("sym") if raw.cur == m.group("sym") else m.start()
            elif m.group("word") and (m.group("word").lower() in CURRENCY_SYMBOLS or m.group("word").lower() in CURRENCY_CODES):
                raw.cur, raw.cur_start = m.group("word"), m.start("word")
    if raw.cur:
        key = raw.cur.lower()
        raw.unit = CURRENCY_SYMBOLS.get(key) or CURRENCY_CODES.get(key) or CURRENCY_SYMBOLS.get(key.rstrip(".")) or key
        raw.unit_text = raw.cur
    glued = raw.glued
    if glued:
        g = glued.lower()
        if glued == "%" or g in PERCENT:
            raw.unit, raw.unit_text = PERCENT.get(g, "percentage"), glued
        elif g in UNITS and not raw.cur:
            raw.unit, raw.unit_text = UNITS[g], glued
        elif g in CURRENCY_WORDS and not raw.cur:  # "118.5p"
            raw.unit, raw.unit_text = CURRENCY_WORDS[g], glued
        elif not raw.cur:
            raw.unit, raw.unit_text = g, glued
        return
    m = _UNIT_AFTER.match(text, end_char)
    if m:
        surface = m.group("u").lower()
        if surface in ("m", "b") and raw.cur:
            return
        name = PERCENT.get(surface) or (CURRENCY_WORDS.get(surface) if not raw.cur else None) or UNITS.get(surface)
        if surface in AGES or surface.endswith("old"):
            name = "year-old"
        if surface in ("points", "point", "pts") and raw.words:
            name = None  # "at one point", "zero point five": points are written in digits
        if surface in CURRENCY_AFTER:
            name = None
        if surface in ("in.", "l", "g", "t", "w", "v", "f", "m", "ha", "mp", "db", "nm", "ps", "mi", "min", "sec") and \
                m.group("u") != m.group("u").lower() and surface not in ("w", "v", "f", "ps", "nm", "mp", "db"):
            name = None
        if surface in ("g", "t", "l", "m", "f") and m.group(0)[:1] == " " and not raw.glued:
            # a single letter after a space is a unit only where it stands alone: "5 m", not "5 M&S"
            after = text[m.end():m.end() + 1]
            if after and not after.isspace() and after not in ".,;:)":
                name = None
        if name:
            if not (raw.cur and name in MONEY_UNITS):
                raw.unit, raw.unit_text = name, m.group("u")
            raw.unit_end = m.end()
    elif raw.cur:
        m = re.compile(r"\s+(U\.S\.|US|AUS|NZ|HK)(?!\w)").match(text, end_char)
        if m:
            raw.unit_end = m.end()
    if raw.unit:
        m = _PER_AFTER.match(text, raw.unit_end)
        if m and (raw.unit in MONEY_UNITS or raw.unit in UNITS.values()):
            raw.unit = f"{raw.unit} per {m.group('u').split()[-1].lower()}"
            raw.unit_text = f"{raw.unit_text} {m.group('u')}"
            raw.unit_end = m.end()


def _is_year(doc: Doc, raw: _Raw) -> bool:
    """A year written as a number: "in 2019", "the 2024 elections", "since 2016"."""
    t = doc[raw.start]
    if raw.end - raw.start != 1 or raw.cur or raw.unit or raw.words or not re.fullmatch(r"(1[5-9]|20)\d\d", t.text):
        return False
    if t.ent_type_ in ("DATE", "EVENT", "TIME"):
        return True
    nxt = doc[raw.end] if raw.end < len(doc) else None
    prev = doc[raw.start - 1] if raw.start else None
    if prev is not None and (prev.pos_ in ("ADP", "DET") or prev.lower_ in _MONTHS or prev.text == "'"
                             or prev.lower_.replace(".", "") in ("ad", "bc", "bce", "ce")):
        return True
    if prev is not None and prev.lower_ in ("and", "or", "to", "-", "–", "through") and raw.start > 1 and \
            re.fullmatch(r"(1[5-9]|20)\d\d", doc[raw.start - 2].text):
        return True  # "between 1000 and 1260", "2019-2020"
    return nxt is None or nxt.pos_ not in ("NOUN",) or nxt.tag_ != "NNS"


def _in_date(doc: Doc, raw: _Raw) -> bool:
    """Part of a date or a clock time: a DATE or TIME entity naming a point in time, a number beside a
    month's name ("Aug. 14", "9 May"), a clock reading ("5am", "17:22", "0401 GMT")."""
    t = doc[raw.start]
    if _CLOCK.match(t.text) or _CLOCK.match(doc[raw.start:raw.end + 1].text) or \
            (raw.glued.lower() in ("am", "pm", "a.m.", "p.m.", "h", "hrs", "gmt")) or re.fullmatch(r"\d\d?:\d\d(:\d\d)?", t.text):
        return True
    nxt = doc[raw.end] if raw.end < len(doc) else None
    prev = doc[raw.start - 1] if raw.start else None
    if nxt is not None and (nxt.lower_ in _ZONES or nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "a.m", "p.m")):
        return True
    if not raw.words and not raw.unit and not raw.cur and (
            (prev is not None and prev.lower_ in _MONTHS) or (nxt is not None and nxt.lower_ in _MONTHS)
            or (raw.start > 1 and prev is not None and prev.text == "." and doc[raw.start - 2].lower_ + "." in _MONTHS)):
        return True
    if t.ent_type_ in ("DATE", "TIME") and raw.unit not in UNITS.values() or (t.ent_type_ in ("DATE", "TIME") and not raw.unit):
        ent = entity_at(doc, raw.start)
        if ent is not None and POINT_IN_TIME.search(ent.text) and not re.search(
                r"\b\d[\d,.]*\s*(-\s*)?(year|month|week|day|hour|minute|second|decade)s?\b(?!\s*(ago|old))", ent.text, re.I):
            return True
    return False


def _is_name(doc: Doc, raw: _Raw) -> bool:
    """A number that is part of a name: "Article 370", "Game 6", "the FTSE 100", "COVID-19", "G7"."""
    t = doc[raw.start]
    prev = doc[raw.start - 1] if raw.start else None
    if raw.words and t.is_title and prev is not None and not (t.is_sent_start or prev.is_punct and prev.text in "\"'“‘(:"):
        return True  # a number word with a capital inside a sentence: "BBC One", "Formula One", "the Big Ten"
    if raw.cur or raw.unit or raw.words or raw.scaled:
        return False
    if prev is None:
        return False
    if prev.text == "-" and not prev.whitespace_ and raw.start > 1 and not doc[raw.start - 2].whitespace_:
        before = doc[raw.start - 2]
        return before.is_alpha and before.lower_ not in NAME_PREFIXES and not before.like_num
    if prev.lower_ in NAME_WORDS and (prev.is_title or prev.is_upper or prev.lower_ in ("no", "no.", "number")):
        return True
    if prev.whitespace_ == "" and prev.is_alpha:
        return True  # glued: "G7"
    at_start = prev.i == prev.sent.start or prev.is_sent_start
    if (prev.pos_ == "PROPN" or (prev.is_title and prev.is_alpha) or (prev.is_upper and len(prev) > 1)) and not at_start \
            and prev.lower_ not in _MONTHS and prev.ent_type_ not in ("PERSON",) and t.ent_type_ != "MONEY":
        return True
    return False


def _appositive_age(doc: Doc, raw: _Raw) -> bool:
    """A person's age beside their name: "Kishor, 45 had said", "Senard, 65, now faces"."""
    if raw.cur or raw.unit or raw.words or raw.end - raw.start != 1 or not doc[raw.start].text.isdigit():
        return False
    if not 1 <= int(doc[raw.start].text) <= 120 or raw.start < 2 or doc[raw.start - 1].text != ",":
        return False
    name = doc[raw.start - 2]
    if not (name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.is_title)):
        return False
    nxt = doc[raw.end] if raw.end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.pos_ in ("VERB", "AUX", "ADV", "CCONJ")


def _in_phone(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PHONE.finditer(text):
        s = m.group()
        digits = sum(c.isdigit() for c in s)
        groups = re.findall(r"\d+", s)
        if (s.startswith(("+", "(")) and digits >= 7) or (len(groups) >= 3 and digits >= 9 and
                                                         not re.search(r"\d,\d", s)) or re.fullmatch(r"\d{3}-\d{4}", s):
            out.append((m.start(), m.end()))
    return out


def _singular(noun: Token) -> str:
    """A counted noun's singular: the lemma, and an acronym's plural without its s ("MPs" -> mp)."""
    if re.fullmatch(r"[A-Z]{2,}s", noun.text):
        return noun.text[:-1].lower()
    return noun.lemma_.lower()


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _chunk(doc: Doc, first: int, head: Token) -> str:
    """The words from `first` to the noun `head`, without a leading determiner or possessive."""
    while first < head.i and (doc[first].pos_ in ("DET", "PUNCT") or doc[first].text == "-"):
        first += 1
    if head.i - first + 1 > MAX_COUNTS_WORDS:
        first = head.i - MAX_COUNTS_WORDS + 1
    return " ".join(doc[first:head.i + 1].text.split())


@dataclass
class _Counted:
    counts: str = ""  # what the number counts, as the story words it
    noun: Token | None = None  # the counted noun
    unit: str = ""  # from a hyphened noun: "370-seat" -> seat
    last: Token | None = None  # the last word of the figure's phrase


def _counted(doc: Doc, raw: _Raw) -> _Counted:
    """What a number counts, and the noun that says it."""
    end_tok = _token_at(doc, raw.unit_end) if raw.unit else raw.end - 1
    end_tok = min(max(end_tok, raw.end - 1), len(doc) - 1)
    nxt = end_tok + 1
    # "eight-member panel", "370-seat majority": the hyphened noun is the unit, the next noun what it is of
    if not raw.unit and nxt + 1 < len(doc) and doc[nxt].text == "-" and not doc[nxt].whitespace_ \
            and doc[nxt + 1].pos_ == "NOUN" and not doc[raw.end - 1].whitespace_:
        noun = doc[nxt + 1]
        head = noun.head if noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN") else None
        unit = noun.lemma_.lower()
        plural = _plural(noun.lower_) if noun.tag_ == "NN" else noun.lower_
        if head is not None:
            return _Counted(f"{plural} of the {_chunk(doc, noun.i + 1, head)}", noun, unit, head)
        return _Counted(plural, noun, unit, noun)
    # "370 Lok Sabha seats", "13,000 workers", "a 25% tax"
    for tok in (doc[k] for k in range(raw.start, end_tok + 1)):
        head = tok.head
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and head.i > end_tok \
                and head.pos_ in ("NOUN", "PROPN") and head.i - end_tok <= MAX_COUNTS_WORDS \
                and not (raw.unit and (head.lower_ in UNITS or head.lower_ in PERCENT)):
            return _Counted(_chunk(doc, end_tok + 1, head), head, "", head)
    # "60% of the workers", "tens of thousands of students", "two of Johnson's deputies"
    k = nxt
    if k < len(doc) and doc[k].lower_ == "of":
        pobj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return _Counted(_chunk(doc, k + 1, pobj), pobj, "", pobj)
    return _Counted()


def _phrase_start(doc: Doc, raw: _Raw, change: str, start: int) -> int:
    """A change begins with what changed: "Inflation fell 0.4 per cent", not "0.4 per cent"."""
    if change not in ("up", "down"):
        return start
    root = _quantity_root(doc, raw)
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return start
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > raw.start or raw.start - subject.left_edge.i > 10:
        return start
    return subject.left_edge.idx


def _quantity_root(doc: Doc, raw: _Raw) -> Token:
    """The token that joins the number (with its unit) to the sentence."""
    last = _token_at(doc, raw.unit_end) if raw.unit else raw.end - 1
    last = min(max(last, raw.end - 1), len(doc) - 1)
    inside = range(raw.start, last + 1)
    for k in inside:
        if doc[k].head.i not in inside or doc[k].head.i == k:
            return doc[k]
    return doc[raw.start]


def _change(doc: Doc, raw: _Raw) -> str:
    """up / down for the size of a change, = for a level."""
    prev = doc[raw.start - 1] if raw.start else None
    if prev is not None and raw.cur and raw.start > 1 and doc[raw.start - 1].text in CURRENCY_SYMBOLS:
        prev = doc[raw.start - 2]
    if prev is not None and prev.lower_ in ("up", "down") and prev.dep_ not in ("prt",):
        return "up" if prev.lower_ == "up" else "down"
    root = _quantity_root(doc, raw)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        root, head = head, head.head
    elif root.dep_ == "pobj" and head.lower_ in ("to", "from", "at", "of"):
        return "="
    lemma = head.lemma_.lower()
    if root.dep_ in ("dobj", "npadvmod", "advmod", "attr", "prep", "nummod", "quantmod", "appos") and head.pos_ in ("VERB", "AUX"):
        particle = next((c.lower_ for c in head.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "down")
                         and head.i < c.i < raw.start), None)  # "edged down 0.03%"; not "was 67%, up from 61%"
        if particle:
            return "up" if particle == "up" else "down"
        if lemma in UP or head.lower_ in UP:
            return "up"
        if lemma in DOWN or head.lower_ in DOWN:
            return "down"
    if root.dep_ in ("compound", "amod", "nummod", "nmod") and head.pos_ == "NOUN" and head.i > root.i:
        if lemma in UP:
            return "up"
        if lemma in DOWN:
            return "down"
    return "="


def _ranges(doc: Doc, raws: list[_Raw], text: str) -> list[_Raw]:
    """Join "between A and B", "from A to B", "A to B", "A-B" into one range."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is not None and not a.vague and not b.vague and doc[a.start].sent == doc[b.start].sent:
            a_end = max(_last_char(doc, a), a.unit_end)
            b_start = b.cur_start if b.cur and b.cur_start >= 0 else _first_char(doc, b)
            between = text[a_end:b_start]
            a_start = a.cur_start if a.cur and a.cur_start >= 0 else _first_char(doc, a)
            before = text[max(0, a_start - 12):a_start].lower()
            joined = None
            if re.fullmatch(r"\s*(-|–|—)\s*|-to-", between) and not a.words and not b.words:
                joined = True
            elif re.fullmatch(r"\s+and\s+", between) and re.search(r"\bbetween\s+$", before):
                joined = True
            elif re.fullmatch(r"\s+to\s+", between) and (
                    re.search(r"\b(from|between|of|range|ranging|ranges|ranged)\s+(about\s+|around\s+)?$", before)
                    or ((b.unit or not a.unit) and _change(doc, a) == "=")):
                joined = True  # "18 to 34", "$920 to $1730 a week"; not "fell 0.4% to 5.1%"
            elif re.search(r"\bfrom\s+$", before) and re.fullmatch(r"(?:[^.;]|\.\d){0,60}?\bto\s+", between):
                joined = True  # "from $36,040 at 10.45pm to $34,935"
            if joined and (a.unit and b.unit and _base(a.unit) != _base(b.unit)):
                joined = None
            if joined:
                lo, hi = a.value, b.value
                if not a.unit and b.unit:
                    a.unit, a.unit_text = b.unit, b.unit_text
                if b.scaled and not a.scaled and not isinstance(hi, tuple) and not isinstance(lo, tuple) \
                        and lo <= b.mantissa:
                    lo = lo * (hi / b.mantissa) if b.mantissa else lo  # "1.2 to 1.5 billion": both billions
                if not isinstance(lo, tuple) and not isinstance(hi, tuple):
                    merged = _Raw(a.start, b.end, (lo, hi), scaled=a.scaled or b.scaled, cur=a.cur or b.cur,
                                  cur_start=a.cur_start if a.cur else b.cur_start, unit=b.unit or a.unit,
                                  unit_text=b.unit_text or a.unit_text, unit_end=max(b.unit_end, a.unit_end))
                    if a.cur and not b.cur:
                        merged.cur_start = a.cur_start
                    word = re.search(r"\b(between|from)\s+$", text[max(0, a_start - 12):a_start], re.I)
                    if word and joined:
                        merged.text_start = a_start - len(word.group())
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _base(unit: str) -> str:
    """A rate's unit without its period: "dollar per year" -> "dollar"."""
    return unit.split(" per ")[0]


def _in_boilerplate(doc: Doc, sent: Span) -> bool:
    return is_furniture(sent)


def _skip_one(doc: Doc, raw: _Raw) -> bool:
    """'one' as a pronoun or an article ("no one", "one another", "the one that"), not a figure."""
    t = doc[raw.start]
    if not (raw.words and raw.end - raw.start == 1 and t.lower_ == "one"):
        return False
    if raw.unit:
        return False
    prev = doc[raw.start - 1] if raw.start else None
    if prev is not None and prev.lower_ in ("no", "any", "every", "some", "the", "this", "that", "which", "each", "another"):
        return True
    nxt = doc[raw.end] if raw.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("another", "day", "time", "way", "thing", "point", "hand"):
        return True
    if nxt is not None and nxt.lower_ in ("to", "or", "-", "and") and raw.end + 1 < len(doc) and doc[raw.end + 1].like_num:
        return False  # "one to two years": a range
    return t.dep_ not in ("nummod",) and not (nxt is not None and nxt.lower_ == "of")


def extract_numbers(doc: Doc) -> list[Number]:
    """The story's figures in the order it gives them."""
    text = text_of(doc)
    index = sentence_index(doc)
    phones = _phone_spans(text)
    markers = [m.start("n") for m in _LIST_MARKER.finditer(text)]
    found: list[Number] = []
    for sent in sents(doc):
        if _in_boilerplate(doc, sent):
            continue
        raws: list[_Raw] = []
        i = sent.start
        while i < sent.end:
            t = doc[i]
            if t.like_url or t.like_email or t.text.startswith(("@", "#")):
                i += 1
                continue
            raw = _read(doc, i)
            if raw is None or raw.end > sent.end:
                i += 1
                continue
            _units(doc, raw, text)
            i = raw.end
            if not raw.vague and _skip(doc, raw, phones, markers, text):
                continue
            raws.append(raw)
        raws = _ranges(doc, raws, text)
        poll_sentence = bool(_POLL.search(sent.text))
        numbers = [_finish(doc, raw, text, index.get(sent.start, -1), poll_sentence) for raw in raws]
        _compared(numbers, text)
        found += numbers
    _polls(doc, found)
    return found


def _skip(doc: Doc, raw: _Raw, phones: list[tuple[int, int]], markers: list[int], text: str) -> bool:
    t = doc[raw.start]
    start = _first_char(doc, raw)
    end = _last_char(doc, raw)
    if _in_phone(phones, start, end):
        return True
    if any(start <= m < end for m in markers) and not raw.unit and not raw.cur:
        return True  # "1." / "2)" at the start of a line: a list marker
    if re.fullmatch(r"\d+(st|nd|rd|th)", t.text, re.I) or raw.glued.lower() in ("st", "nd", "rd", "th", "s", "x"):
        return True  # "22nd", "the 1990s"
    if raw.glued and not raw.unit and not raw.cur:
        return True
    if t.ent_type_ == "ORDINAL" and raw.words:
        return True
    return _in_date(doc, raw) or _is_year(doc, raw) or _is_name(doc, raw) or _appositive_age(doc, raw) or \
        _skip_one(doc, raw) or _is_address(doc, raw)


def _is_address(doc: Doc, raw: _Raw) -> bool:
    """A house number: "10 Downing Street", "1600 Pennsylvania Avenue"."""
    if raw.cur or raw.unit or raw.words or raw.end >= len(doc):
        return False
    k = raw.end
    while k < len(doc) and k - raw.end < 3 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        if doc[k].lower_ in STREET_WORDS:
            return True
        k += 1
    return False


_COMPARED = re.compile(r"\b(to|against|versus|vs\.?|compared (with|to)|from)\s+$", re.I)


def _compared(numbers: list[Number], text: str) -> None:
    """A bare number set against a figure counts what that figure counts: "52 votes to 48", "rose 64 points
    to 4,577". Not the level after a percentage change ("rose 5% to 3,000")."""
    for before, n in zip(numbers, numbers[1:]):
        if n.unit or n.counts or not before.unit or before.poll:
            continue
        between = text[before.end:n.start]
        if len(between) > 40 or not _COMPARED.search(between):
            continue
        if before.kind == "percentage" and before.change != "=":
            continue
        n.unit, n.unit_text, n.counts, n.kind = before.unit, before.unit_text, before.counts, before.kind


def _kind(unit: str, noun: Token | None) -> str:
    if unit in MONEY_UNITS or unit.split(" per ")[0] in MONEY_UNITS:
        return "money"
    if unit in ("percentage", "percentage point", "basis point"):
        return "percentage"
    if unit == "year-old":
        return "age"
    if unit in DURATIONS:
        return "time"
    lemma = _singular(noun) if noun is not None else unit
    if lemma in VOTES or unit in VOTES:
        return "votes"
    if noun is not None and (noun.lower_ in PEOPLE_NOUNS or lemma in PEOPLE_NOUNS or lemma in ROLE_WORDS) \
            or unit in PEOPLE_NOUNS or unit in ROLE_WORDS:
        return "people"
    if unit in UNITS.values() or " per " in unit or unit == "point":
        return "measure"
    return "count"


def _finish(doc: Doc, raw: _Raw, text: str, sentence: int, poll_sentence: bool) -> Number:
    start = raw.cur_start if raw.cur and 0 <= raw.cur_start <= _first_char(doc, raw) else _first_char(doc, raw)
    if 0 <= raw.text_start < start:
        start = raw.text_start
    end = max(_last_char(doc, raw), raw.unit_end)
    found = _counted(doc, raw)
    counts, noun = found.counts, found.noun
    unit, unit_text = raw.unit, raw.unit_text
    if not unit and found.unit:
        unit, unit_text = found.unit, noun.text if noun is not None else found.unit
    elif not unit and noun is not None:
        # "517 rushing yards": a unit; "13,000 workers": what is counted is the unit
        unit = UNITS.get(noun.lower_) or PERCENT.get(noun.lower_) or CURRENCY_WORDS.get(noun.lower_) or \
            ("people" if noun.lower_ in ("people", "persons") else _singular(noun))
        unit_text = noun.text
        if noun.lower_ in UNITS or noun.lower_ in PERCENT or noun.lower_ in CURRENCY_WORDS:
            counts = ""
    change = _change(doc, raw)
    phrase_end = max(end, found.last.idx + len(found.last.text)) if found.last is not None else end
    phrase_start = _phrase_start(doc, raw, change, start)
    if phrase_end - phrase_start > 160:
        phrase_start, phrase_end = start, end
    value = raw.value
    value = [_number(value[0]), _number(value[1])] if isinstance(value, tuple) else _number(value)
    if isinstance(value, float) and math.isnan(value):
        value = 0
    return Number(
        text=text[start:end],
        value=value,
        unit=unit,
        unit_text=unit_text,
        change=change,
        counts=counts,
        phrase=" ".join(text[phrase_start:phrase_end].split()),
        kind=_kind(unit, noun),
        poll="share" if poll_sentence and unit == "percentage" else None,
        sentence=sentence,
        start=start,
        end=end,
    )


def _polls(doc: Doc, numbers: list[Number]) -> None:
    """A poll's margin of error, and whose share each poll percentage is: the name nearest before it in
    its clause ("Labour on 40%", "Smith 48%"), else the name it is for ("48% backed Smith")."""
    text = text_of(doc)
    for n in numbers:
        before = text[max(0, n.start - 60):n.start].lower()
        if _MARGIN.search(before) and re.search(r"(" + "|".join(map(re.escape, MARGIN_WORDS)) + r")[^.;]{0,40}$", before):
            n.poll = "margin"
            if n.unit in ("percentage", "point", ""):
                n.unit = "percentage point"
            n.kind = "percentage"
            continue
        if before.rstrip().endswith(PLUS_MINUS) and n.unit in ("percentage", "percentage point", "point"):
            n.poll = "margin"
            n.kind = "percentage"
            continue
    for n in numbers:
        if n.poll == "share":
            who = _share_of(doc, n)
            n.poll, n.counts = ("share", who) if who else (None, n.counts)


def _share_of(doc: Doc, n: Number) -> str | None:
    """The name a poll percentage belongs to: within four words before it, with no other figure between,
    else within four words after it."""
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    names = [e for e in sent.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
    before = [e for e in names if e.end <= span.start and span.start - e.end <= 4
              and not any(t.like_num or t.text == "%" for t in doc[e.end:span.start])]
    if before:
        return before[-1].text
    after = [e for e in names if e.start >= span.end and e.start - span.end <= 4
             and not any(t.like_num for t in doc[span.end:e.start])]
    if after:
        return after[0].text
    return None
