"""Topic tags for a seed that gives none (a plain .txt seed): the country, the parties, the offices.

A tag groups briefings on the site's Tags pages and in the feeds. A seed's own `tags` (front
matter) are the writer's choice and are kept as they are; a seed without any gets tags from what
the briefing already knows, through the shared word lists:

* the country its places (or its institutions) lie in, by `gazetteer.country_of`, under the
  list's own name for it ("Britain" -> "United Kingdom");
* the parties among its organisations: an organisation whose name (or the canonical name of
  `org_aliases`) ends in "Party", as English names a party;
* the offices of its people: the capitalised title at the end of a role ("the Shadow Home
  Secretary" -> "Shadow Home Secretary"), as English capitalises an office used as a title,
  ending in a word of the roles list.

Each tag is plain text cleaned as a seed's tags are (`clean_label`); the pages escape it like any
other value. The same facts give the same tags, in the same order.
"""
from __future__ import annotations

import copy
import re

from ..facts import Briefing
from ..input.textclean import clean_label
from ..lexicon import words
from ..lexicon.gazetteer import country_of, org_aliases

MAX_TOPIC_TAGS = 5  # a country, a party or two, an office or two: more would tag every story alike
MAX_OFFICES = 2
MAX_PARTIES = 2
_WORD = re.compile(r"[\w'’.-]+")


def _country(b: Briefing) -> str | None:
    known = country_of()
    for name in [p.name for p in b.where] + [a.name for a in b.who if a.kind == "organisation"]:
        country = known.get(name.lower())
        if country:
            return country
    return None


def _party(name: str) -> str | None:
    canonical = org_aliases().get(name.casefold(), name)
    return canonical if canonical.split()[-1:] == ["Party"] else None


def _office(role: str) -> str | None:
    """The capitalised title that ends a role, when its last word is a role word: "Prime Minister"
    of "the Prime Minister", none of "an election strategist"."""
    tokens = _WORD.findall(role)
    if not tokens or tokens[-1].casefold() not in words("roles"):
        return None
    run: list[str] = []
    for token in reversed(tokens):
        if not token[:1].isupper():
            break
        run.insert(0, token)
    return " ".join(run) if run else None


def topic_tags(b: Briefing) -> list[str]:
    """The topic tags of a briefing (see the module's docstring), at most MAX_TOPIC_TAGS."""
    out: list[str] = []

    def add(tag: str | None) -> None:
        tag = clean_label(tag or "")
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)

    add(_country(b))
    parties = [p for p in (_party(a.name) for a in b.who if a.kind == "organisation") if p]
    for party in list(dict.fromkeys(parties))[:MAX_PARTIES]:
        add(party)
    offices = [o for o in (_office(r) for a in b.who if a.kind == "person" for r in (a.roles or [a.role or ""])) if o]
    for office in list(dict.fromkeys(offices))[:MAX_OFFICES]:
        add(office)
    return out[:MAX_TOPIC_TAGS]


def with_topic_tags(b: Briefing) -> Briefing:
    """`b`, or a copy of it with topic tags when its seed gave none."""
    if b.tags:
        return b
    out = copy.copy(b)
    out.tags = topic_tags(b)
    return out
