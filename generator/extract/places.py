"""Where: the places that matter, most relevant first.

A place ranks by where and how the story names it: in a dateline ("WASHINGTON (Reuters) -")
or the lede counts most; a locative phrase ("in Croydon", "outside Trump Tower") more
than an adjective-like use; a specific place (a building, a city) more than a country,
because the event happened there. Named buildings the model labels ORG ("the White
House") count when a locative preposition governs them.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..facts import Place
from .gazetteer import place_levels
from .sentences import inside, is_furniture, quote_regions_of, sentence_index

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE = {"in": 1.6, "at": 1.8, "near": 1.6, "outside": 1.8, "inside": 1.6, "across": 1.2, "into": 1.3,
            "on": 1.2, "from": 1.1, "to": 1.0, "of": 1.0}
FACILITY_WORDS = frozenset({
    "house", "tower", "towers", "palace", "street", "square", "stadium", "field", "park", "hall", "centre", "center",
    "airport", "station", "bridge", "road", "avenue", "building", "cathedral", "church", "mosque", "temple",
    "embassy", "consulate", "parliament", "court", "arena", "circuit", "hospital", "university", "school",
})
LEVEL_WEIGHT = {"country": 0.5, "region": 0.75}
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([A-Za-z .]+\)\s*)?(?:-|\u2014|\u2013|:)")


def _locative_weight(ent: Span) -> float:
    doc = ent.doc
    i = ent.start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i > 0:
        return LOCATIVE.get(doc[i - 1].lower_, 1.0)
    return 1.0


def _is_facility(ent: Span) -> bool:
    """A named building or site the model labelled otherwise, in a locative phrase."""
    return ent.label_ in ("ORG", "PERSON") and ent[-1].lower_ in FACILITY_WORDS and _locative_weight(ent) > 1.1


def _name(text: str) -> str:
    name = " ".join(text.split())
    return name[4:] if name.lower().startswith("the ") else name


def extract_where(doc: Doc) -> list[Place]:
    places: dict[str, Place] = {}
    weights: dict[str, list[float]] = {}
    sent_starts = sentence_index(doc)
    quoted = quote_regions_of(doc)
    levels = place_levels()

    def add(name: str, start: int, end: int, sent: int, weight: float) -> None:
        key = name.lower()
        if key not in places:
            places[key] = Place(name=name, mentions=0, sentence=sent, start=start, end=end)
            weights[key] = []
        places[key].mentions += 1
        weights[key].append(weight)

    dateline = _DATELINE.match(doc.text)
    if dateline:
        word = dateline.group(1).strip()
        if 1 <= len(word.split()) <= 3 and word.upper() == word:
            add(word, dateline.start(1), dateline.start(1) + len(word), 0, 6.0)
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and not _is_facility(ent):
            continue
        if not any(t.is_alpha for t in ent) or ent.text.islower():
            continue
        sent = sent_starts.get(ent.sent.start, -1)
        if is_furniture(ent.sent):
            continue
        name = _name(ent.text)
        level = levels.get(name.lower())
        weight = _locative_weight(ent) * LEVEL_WEIGHT.get(level, 1.3 if ent.label_ == "FAC" or _is_facility(ent) else 1.0)
        # adjective-like uses ("US election") say less about where things happened
        if ent.root.dep_ in ("compound", "amod", "poss") and ent.root.head.i >= ent.end:
            weight *= 0.6
        weight *= 3.0 if sent == 0 else (2.0 if sent <= 2 else (1.2 if sent <= 5 else 1.0))
        if inside(quoted, ent.start_char, ent.end_char):
            weight *= 0.3
        add(name, ent.start_char, ent.end_char, sent, weight)
    score = {k: sum(w) for k, w in weights.items()}
    return sorted(places.values(), key=lambda p: (-score[p.name.lower()], p.start))
