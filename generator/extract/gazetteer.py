"""Place names and their level (country / region), for the entity ruler and for ranking places.

Countries are Babel's English territory names (no extra package, no network); the data
file adds short forms ("US", "Britain") and regions the small model takes for people.
"""
from __future__ import annotations

import functools
from importlib import resources

from babel import Locale

# country names that are more often people's names in news copy
_AMBIGUOUS = frozenset({"jordan", "chad", "georgia", "jersey", "guernsey", "niger", "turkey"})


def _countries() -> list[str]:
    return [
        name for code, name in Locale("en").territories.items()
        if code.isalpha() and "&" not in name and "(" not in name and name.lower() not in _AMBIGUOUS
    ]


@functools.lru_cache(maxsize=1)
def place_levels() -> dict[str, str]:
    """Lower-cased place name -> 'country' or 'region'."""
    levels = {}
    for name in _countries():
        levels[name.lower()] = "country"
    text = resources.files(__package__).joinpath("data/places.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            level, name = line.split("\t", 1)
            levels[name.strip().lower()] = level
    return levels


def place_patterns() -> list[dict]:
    """EntityRuler patterns: every known place is a GPE, matched case-sensitively as written."""
    out = []
    for name in _countries():
        out.append({"label": "GPE", "pattern": name, "id": "place"})
    text = resources.files(__package__).joinpath("data/places.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.append({"label": "GPE", "pattern": line.split("\t", 1)[1].strip(), "id": "place"})
    return out
