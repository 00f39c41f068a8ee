"""Where: the places that matter, most relevant first.

A place ranks by where and how the story names it: in a dateline ("WASHINGTON (Reuters) -")
or the lede counts most; a locative phrase ("in Croydon", "outside Trump Tower") more
than an adjective-like use; a specific place (a building, a city) more than a country,
because the event happened there. A place the headline names leads (headlines state
where in brief); a place named once, far down the story, is not where. Named buildings the model labels ORG ("the White
House") count when a locative preposition governs them.

A name is a place by evidence, whatever the model labelled it: a place the gazetteer knows (a
country, a region), the dateline, or a name the story puts somewhere at least once: governed by a
preposition of place ("in Croydon", "at Interlagos", "travel to Kyiv"), the place of a place noun
("the city of Kunduz"), or a town with its region ("Cleveland, Ohio"). A name the story only
writes as a topic ("in the wake of Brexit", "talks on Brexit") is no place.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..facts import Place
from ..lexicon.gazetteer import country_names, country_of, place_levels
from .entities import PLACE_NOUNS, seat_home_or_example
from .locative import of_place
from .sentences import (DATELINE, inside, is_furniture, position_weight, quote_regions_of, sentence_index,
                        text_of)

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE = {"in": 1.6, "at": 1.8, "near": 1.6, "outside": 1.8, "inside": 1.6, "across": 1.2, "into": 1.3,
            "on": 1.2, "from": 1.1, "to": 1.0, "of": 1.0}
FACILITY_WORDS = frozenset({
    "house", "tower", "towers", "palace", "street", "square", "stadium", "field", "park", "hall", "centre", "center",
    "airport", "station", "bridge", "road", "avenue", "building", "cathedral", "church", "mosque", "temple",
    "embassy", "consulate", "parliament", "court", "arena", "circuit", "hospital", "university", "school",
})
PASSING_MENTION_AFTER = 12  # sentences
LEVEL_WEIGHT = {"country": 0.5, "region": 0.75}
_NOT_PLACES = frozenset({"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "LIVE",
                         "READ", "MORE", "NEWS", "ANALYSIS", "OPINION", "COMMENT", "EDITOR", "NOTE"})


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


def _hyphenated(ent: Span) -> Span:
    """A name the tokenizer split at its hyphens is one name: "Mazar-i-Sharif", "Stratford-upon-Avon"."""
    doc, end = ent.doc, ent.end

    def joined(i: int) -> bool:  # "-" glued to both neighbours
        return i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    while joined(end):
        if doc[end + 1].is_title:
            end += 2
        elif doc[end + 1].is_lower and joined(end + 2) and doc[end + 3].is_title:
            end += 4  # a small linking word: "-upon-", "-i-"; not "UK-only"
        else:
            break
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _placelike_names(doc: Doc) -> set[str]:
    """One-word names the model took for people or firms but the story puts somewhere:
    "overturned in Croydon" (people are not *in* someone); every mention then counts."""
    names = set()
    for ent in doc.ents:
        placed = ent.start > 0 and of_place(doc[ent.start - 1], people_too=False)
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and ent.root.dep_ == "pobj" and placed:
            names.add(ent.text)
    return names


def _governed(ent: Span) -> bool:
    """A name the story puts somewhere: a preposition of place governs it ("in Croydon", "at the
    Javits Center", "travel to Kyiv", "in Kunduz and Baghlan"), it is the place of a place noun or
    of a person ("the city of Kunduz", "Dane Collett of Croydon"), or it names a place noun's
    place or a site's ("Hebei province", "Mazar-i-Sharif city", "Sunderland station")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "in Kunduz and Baghlan": the list's first name is governed
    if root.dep_ in ("compound", "nmod") and root.head.i == ent.end and root.head.lower_ in PLACE_NOUNS | FACILITY_WORDS:
        return True
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if of_place(prep):  # (never "on" or "of": "talks on Brexit" is a topic, unless a place noun says so)
        return True
    return prep.lower_ == "of" and (prep.head.lower_ in PLACE_NOUNS or prep.head.ent_type_ == "PERSON")


def _placed_names(ents: list[Span], levels: dict[str, str], contained: set[int], container: dict[int, Span]) -> set[str]:
    """The names (lower case) the story gives evidence are places: known to the gazetteer (a
    country's name, even one that is more often a person's, once the model took it for a place), named as
    a site by its own last word ("Addiscombe Road", "Wrigley Field"), a facility in a locative
    phrase, put somewhere (`_governed`), a seat, a home town or an example of a kind of place
    (`entities.seat_home_or_example`), one of "Croydon, south London", or listed with a place. One
    such mention makes every mention of the name a place."""
    # every country the gazetteer knows, as Babel or the data files name it ("Turkey" beside Babel's "Türkiye")
    known = set(country_of()) | {c.lower() for c in country_of().values()} | country_names()
    placed = set()
    for ent in ents:
        name = _name(ent.text).lower()
        named_as_site = ent.label_ in PLACE_LABELS and ent[-1].lower_ in FACILITY_WORDS  # "Addiscombe Road"
        if name in levels or name in known or named_as_site or _governed(ent) \
                or seat_home_or_example(ent) or _is_facility(ent) or ent.start in contained or ent.start in container:
            placed.add(name)
    # a list holds things of one kind: "between Blackpool, Bournemouth and Brighton", one of them a place
    name_at = {i: _name(e.text).lower() for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        listed = [name_at.get(c.i) for c in [ent.root, *ent.root.conjuncts]]
        if any(n in placed for n in listed):
            placed.update(n for n in listed if n is not None)
    return placed


def _listed(doc: Doc, ent: Span) -> bool:
    """Whether a place is followed by a comma or "and" and another place: an item of a list."""
    i = ent.end
    return i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].ent_type_ in PLACE_LABELS


def _head(name: str) -> str:
    """The place itself without what contains it: "Trump Tower in New York" -> "Trump Tower"."""
    return re.split(r",| in ", name, maxsplit=1)[0]


def _title_places(title: Doc, ranked: list[Place], others: frozenset[str] = frozenset()) -> list[Place]:
    """Places the headline names, in headline order, the specific before the country:
    a place the story names that the headline repeats, or a place the headline puts
    the event in ("... in Hebei"), unless the story names it as someone (`others`: "Labour
    attacked on Howard poster" beside "Michael Howard", a town's name too)."""
    levels = place_levels()
    found: list[tuple[int, Place]] = []
    text = title.text
    for place in ranked:
        head = _head(place.name)
        m = re.search(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", text)
        if m:
            found.append((m.start(), place))
    for ent in title.ents:
        ent = _hyphenated(ent)
        known = ent.text.lower() in levels
        governed = ent.start > 0 and title[ent.start - 1].lower_ in LOCATIVE and title[ent.start - 1].lower_ != "of" \
            or ent.start > 1 and title[ent.start - 1].lower_ == "the" and title[ent.start - 2].lower_ in LOCATIVE
        if (ent.label_ in PLACE_LABELS and (governed or known)) or _is_facility(ent):
            name = _name(ent.text)
            if any(_head(p.name).lower() == name.lower() for _, p in found) or name in others and not known:
                continue
            # the story's fuller form: "Hebei" in the headline, "Baoding, Hebei province" in the story
            fuller = next((p for p in ranked if re.search(r"\b" + re.escape(name) + r"\b", p.name)), None)
            found.append((ent.start_char, fuller or Place(name=name, mentions=0)))
    found.sort(key=lambda x: (levels.get(_head(x[1].name).lower()) == "country", x[0]))
    return [p for _, p in found]


def extract_where(doc: Doc, title: Doc | None = None) -> list[Place]:
    """Places, most relevant first; a place the headline names leads. When the story's
    places, institutions and demonyms all point to one country that it does not name near
    the top, that country leads: it is where the story is set."""
    ranked = _rank_places(doc)
    # the story's people by their names and surnames: the headline's short name for one is no place
    people = frozenset(n for e in doc.ents if e.label_ == "PERSON" for n in (_name(e.text), e[-1].text))
    first = _title_places(title, ranked, people) if title is not None else []
    if not first:
        # a place named once, far down the story, is background, not where the event happened
        ranked = [p for p in ranked if p.mentions > 1 or 0 <= p.sentence <= PASSING_MENTION_AFTER]
        country = _story_country(doc, ranked)
        if country is not None:
            named = next((p for p in ranked if country_of().get(p.name.lower()) == country.name
                          and place_levels().get(p.name.lower()) == "country"), None)
            country = named or country  # as the story names it: "UK", not "United Kingdom"
            ranked = [country] + [p for p in ranked if p is not country]
        return ranked
    lead = first[0]
    return [lead] + [p for p in ranked if p is not lead]


COUNTRY_EVIDENCE_LABELS = ("GPE", "LOC", "ORG", "NORP", "FAC")


def _story_country(doc: Doc, ranked: list[Place]) -> Place | None:
    """The one country the story's places, institutions and demonyms point to ("the Lok
    Sabha", "Punjab", "Goa" -> India), when the story names no specific place (a city, a
    building: that is where) and no other country at all. Its provenance is the first name
    that points to it."""
    if any(place_levels().get(_head(p.name).lower()) is None for p in ranked):
        return None
    countries = country_of()
    sent_starts = sentence_index(doc)
    votes: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ in COUNTRY_EVIDENCE_LABELS:
            country = countries.get(_name(ent.text).lower())
            if country is not None:
                votes.setdefault(country, []).append(ent)
    if len(votes) != 1:
        return None
    (country, ents), = votes.items()
    if len(ents) < 2:
        return None
    first = ents[0]
    return Place(name=country, mentions=len(ents), sentence=sent_starts.get(first.sent.start, -1),
                 start=first.start_char, end=first.end_char)


def _rank_places(doc: Doc) -> list[Place]:
    places: dict[str, Place] = {}
    weights: dict[str, list[float]] = {}
    sent_starts = sentence_index(doc)
    quoted = quote_regions_of(doc)
    levels = place_levels()

    def add(name: str, start: int, end: int, sent: int, weight: float, full: str | None = None) -> None:
        key = name.lower()
        if key not in places:
            places[key] = Place(name=name, mentions=0, sentence=sent, start=start, end=end)
            weights[key] = []
        if full and places[key].name.lower() == key:
            # the place with what contains it, as the story writes it: "Cleveland, Ohio"
            places[key].name, places[key].start, places[key].end, places[key].sentence = full, start, end, sent
        places[key].mentions += 1
        weights[key].append(weight)

    dateline = DATELINE.search(text_of(doc), 0, 400)
    if dateline and not set(dateline.group(1).split()) & _NOT_PLACES:
        word = dateline.group(1).strip()
        add(word, dateline.start(1), dateline.start(1) + len(word), 0, 6.0)
    placelike = _placelike_names(doc)
    ents = [_hyphenated(e) for e in doc.ents if e.label_ in PLACE_LABELS or _is_facility(e) or e.text in placelike]
    # a name that owns a person ("Ferrari's Kimi Raikkonen") is a team or a firm, unless a known place
    owners = {_name(e.text).lower() for e in ents if e.root.dep_ == "poss" and e.root.head.ent_type_ == "PERSON"}
    starts = {e.start: e for e in ents}
    contained = set()  # "Croydon, south London": London only says where Croydon is
    container: dict[int, Span] = {}
    for e in ents:
        nxt = e.end + 1 if e.end < len(doc) and doc[e.end].text == "," else None
        if nxt is not None and nxt < len(doc) and doc[nxt].pos_ == "ADJ":
            nxt += 1
        if nxt is None and (e.label_ == "FAC" or _is_facility(e)) and e.end + 1 < len(doc) and doc[e.end].lower_ == "in":
            nxt = e.end + 1  # "outside Trump Tower in New York City": the building with its city
        # "Punjab, Uttarakhand, Goa and Manipur" is a list of places, not one place inside another
        if nxt in starts and not _listed(doc, starts[nxt]):
            contained.add(starts[nxt].start)
            container[e.start] = starts[nxt]
    placed = _placed_names(ents, levels, contained, container)
    for ent in ents:
        if not any(t.is_alpha for t in ent) or ent.text.islower():
            continue
        sent = sent_starts.get(ent.sent.start, -1)
        if is_furniture(ent.sent):
            continue
        name = _name(ent.text)
        level = levels.get(name.lower())
        if name.lower() in owners and level is None or name.lower() not in placed:
            continue
        weight = _locative_weight(ent) * LEVEL_WEIGHT.get(level, 1.3 if ent.label_ == "FAC" or _is_facility(ent) else 1.0)
        # adjective-like uses ("US election") say less about where things happened
        if ent.root.dep_ in ("compound", "amod", "poss") and ent.root.head.i >= ent.end:
            weight *= 0.4  # part of a bigger name or an adjective ("Formula One", "US election")
        weight *= position_weight(sent)
        if inside(quoted, ent.start_char, ent.end_char):
            weight *= 0.3
        if ent.start in contained:
            weight *= 0.3
        outer = container.get(ent.start)
        if outer is not None:
            full = text_of(doc)[ent.start_char : outer.end_char]
            add(name, ent.start_char, outer.end_char, sent, weight, full=" ".join(full.split()))
        else:
            add(name, ent.start_char, ent.end_char, sent, weight)
    score = {k: sum(w) for k, w in weights.items()}
    return [places[k] for k in sorted(places, key=lambda k: (-score[k], places[k].start))]
