"""The words around a person's name that are no part of who they are, or are part of it: honorifics
(data/honorifics.txt) and titles of office and rank (data/titles.txt), each defined once here.
"""
from __future__ import annotations

from . import load


def _with_stops(words: set[str]) -> frozenset[str]:
    """Each word as written with and without its full stop ("mr", "mr.")."""
    return frozenset(words | {w + "." for w in words})


_HONORIFICS = [(word, gender, kind) for word, gender, kind in load("honorifics")]
# before a name and no part of it: "Mr Blair" is Blair, "Sir Menzies Campbell" Menzies Campbell
HONORIFICS = _with_stops({w for w, _g, kind in _HONORIFICS if kind in ("courtesy", "knighthood")})
# titles of the peerage, part of the name: "Lord Falconer", "Baroness Scotland"
PEERAGE = frozenset(w for w, _g, kind in _HONORIFICS if kind in ("peerage", "knighthood"))
MALE_HONORIFICS = _with_stops({w for w, gender, _k in _HONORIFICS if gender == "m"})
FEMALE_HONORIFICS = _with_stops({w for w, gender, _k in _HONORIFICS if gender == "f"})

_TITLES = [(word, full, set(where.split(","))) for word, full, where in load("titles")]
# titles the model often takes into a person's name ("Sen. Ted Cruz"): the name is the rest
TITLES = frozenset(w for w, _f, where in _TITLES if "before" in where)
# words before a surname alone that say who someone is: "Prof Etzioni", "Archbishop Tutu"
SURNAME_TITLES = frozenset(w for w, _f, where in _TITLES if "surname" in where)
# letters after a name, of a seat or a rank: "Dominic Grieve MP", "Philippe Sands QC"
POSTNOMINALS = frozenset(w for w, _f, where in _TITLES if "after" in where)
# those of an honour, no role: "Jane Marsh OBE" is no OBE by office
HONOURS = frozenset(w for w, _f, where in _TITLES if "honour" in where)
# a plural title before a list of names, to its singular: "lords" -> "Lord" ("Lords Bingham and Steyn")
PLURAL_TITLES = {w: full for w, full, where in _TITLES if "plural" in where}
# an abbreviated title spelt out: "sen" -> "Senator"
TITLE_WORDS = {w: full for w, full, where in _TITLES if full != "-" and "plural" not in where}
# one spelling for words that name the same role or side ("Sen." / "senator", "GOP" / "Republican")
ROLE_SPELLINGS = {**{w: full.lower() for w, full in TITLE_WORDS.items()}, **dict(load("same_role"))}
# a title before a name as news prints it abbreviated: "Sen.", "Dr.", "Mr."
ABBREVIATED = frozenset(w.capitalize() + "." for w in set(TITLE_WORDS) | {w for w, _g, kind in _HONORIFICS
                                                                            if kind == "courtesy"})


def honorific_gender(word: str) -> str | None:
    """"male" or "female" for an honorific that shows it ("Mrs", "Lord"), else None."""
    word = word.lower()
    return "female" if word in FEMALE_HONORIFICS else "male" if word in MALE_HONORIFICS else None
