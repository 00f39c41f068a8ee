"""Who is who across briefings: one actor page per identity, and earlier briefings linked only
through an actor they really share.

A name alone is not an identity: "Congress" in a story set in India is the Indian National
Congress, in a story set in the United States the US Congress. For the names that many
countries give their own institutions and parties (data/shared_names.txt), the identity is
the name plus the story's country (the first place in Where that lies in one country); a
story whose country is unknown joins the one country the name is known in, or the site's home
country (the one most stories name). A news outlet ("BBC", "India Today") links no briefings: sharing a source is not sharing
a story.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from typing import NamedTuple

from ..lexicon.gazetteer import country_of, initials, is_media, shared_names
from ..facts import Actor, Briefing, Related
from ..slugs import page_slug

MAX_RELATED = 5  # earlier briefings listed in a briefing's context


def countries_named(b: Briefing) -> list[str]:
    """The countries of the places a briefing names, in Where's order."""
    countries = country_of()
    out = []
    for place in b.where:
        name = re.split(r",| in ", place.name, maxsplit=1)[-1].strip()
        country = countries.get(name.casefold()) or countries.get(place.name.casefold())
        if country and country not in out:
            out.append(country)
    return out


def home_country(briefings: list[Briefing]) -> str | None:
    """The country most of the site's stories name: a newsroom's own."""
    tally = Counter(c for b in briefings for c in countries_named(b))
    return tally.most_common(1)[0][0] if tally else None


def briefing_country(b: Briefing, home: str | None = None) -> str | None:
    """The country a story is set in: the site's home country when the story names it at all
    (a British story about the Iraq war is still British politics), else the first it names."""
    named = countries_named(b)
    if home is not None and home in named:
        return home
    return named[0] if named else None


def _name_slug(a: Actor) -> str:
    return a.slug if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,80}", a.slug or "") else (page_slug(a.name) or "actor")


def _person_key(name: str) -> str:
    """A person's name as an identity: case and middle initials aside ("George W. Bush")."""
    words = [w for w in name.split() if not (len(w.rstrip(".")) == 1 and w[:1].isupper())] or name.split()
    return " ".join(words).casefold()


SURNAME_MARGIN = 3  # briefings over the next person of that surname that make a lone surname theirs


def _surname_owner(names: Counter) -> str | None:
    """The one person a lone surname means across the site: the only one with that surname, or
    one named in far more briefings than any other ("Blair": Tony, not Cherie)."""
    ranked = names.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= SURNAME_MARGIN * ranked[1][1]:
        return ranked[0][0]
    return None


class Identity(NamedTuple):
    slug: str  # the actor page's address
    label: str  # the name as a reader tells it apart: "Congress (India)"


def identities(briefings: list[Briefing]) -> dict[tuple[str, str], Identity]:
    """(briefing id, actor name) -> the actor's identity across briefings."""
    home = home_country(briefings)
    countries = {b.id: briefing_country(b, home) for b in briefings}
    # a story that names another country but whose people are the home country's (a British
    # story about Iraq with Tony Blair in it) is the home country's politics
    home_people = {_person_key(a.name) for b in briefings if countries[b.id] == home
                   for a in b.who if a.kind == "person" and len(a.name.split()) >= 2}
    for b in briefings:
        if countries[b.id] not in (None, home) and any(
                a.kind == "person" and _person_key(a.name) in home_people for a in b.who):
            countries[b.id] = home
    # for a shared name, the countries it is known in across all briefings
    known: dict[str, set[str]] = defaultdict(set)
    for b in briefings:
        for a in b.who:
            if a.name.casefold() in shared_names() and countries[b.id]:
                known[a.name.casefold()].add(countries[b.id])
    # a surname alone ("Blair", in a story that never gives the full name) is the one person
    # of the site with that surname, when there is exactly one
    full_names: dict[str, Counter] = defaultdict(Counter)
    for b in briefings:
        for a in b.who:
            if a.kind == "person" and len(a.name.split()) >= 2:
                full_names[a.name.split()[-1].casefold()][_person_key(a.name)] += 1
    # one spelling per person: the fullest ("George W Bush" over "George Bush")
    names_of: dict[str, str] = {}
    for b in briefings:
        for a in b.who:
            if a.kind == "person":
                key = _person_key(a.name)
                if len(a.name) > len(names_of.get(key, "")):
                    names_of[key] = a.name
    # an organisation's initials ("PCS") are the one organisation of the site they abbreviate
    org_names = {a.name for b in briefings for a in b.who if a.kind == "organisation"}
    acronyms: dict[str, set[str]] = defaultdict(set)
    for name in org_names:
        words = name.split()
        if len(words) >= 2:
            acronyms[initials(name)].add(name)
            if len(words) >= 3:  # initials often leave out the last word: "PCS" union, "NUT"
                acronyms[initials(" ".join(words[:-1]))].add(name)
    out: dict[tuple[str, str], Identity] = {}
    for b in briefings:
        for a in b.who:
            slug, label = _name_slug(a), a.name
            if a.kind == "organisation" and a.name.isupper() and len(acronyms.get(a.name, ())) == 1:
                label = next(iter(acronyms[a.name]))
                slug = page_slug(label) or slug
            owner = _surname_owner(full_names[a.name.casefold()]) if a.kind == "person" and \
                len(a.name.split()) == 1 else None
            if owner is not None:
                label, slug = names_of[owner], page_slug(names_of[owner]) or slug
            elif a.kind == "person":
                label = names_of.get(_person_key(a.name), a.name)
                slug = page_slug(label) or slug
            if a.name.casefold() in shared_names():
                country = countries[b.id]
                if country is None:  # the one country the name is known in, else the home country
                    seen = known[a.name.casefold()]
                    country = next(iter(seen)) if len(seen) == 1 else home if home in seen else None
                if country is not None:
                    slug, label = f"{slug}-{page_slug(country)}", f"{a.name} ({country})"
            out[(b.id, a.name)] = Identity(slug, label)
    return out


def linking_actors(b: Briefing, ids: dict[tuple[str, str], Identity]) -> dict[str, str]:
    """Identity -> name of the actors through which a briefing links others: people and
    organisations that take part (`Actor.acts`; a name only mentioned once in passing is no shared
    actor), not news outlets."""
    return {ids[(b.id, a.name)].slug: a.name for a in b.actors
            if a.kind in ("person", "organisation") and not (a.kind == "organisation" and is_media(a.name))}


def link_related(briefings: list[Briefing]) -> None:
    """Context across briefings: each gets the earlier ones that share its people and organisations.
    Strictly earlier: a story of the same day is news beside it, not background to it.

    Each briefing counts what it shares with the earlier briefings of each of its actors (an index
    from actor to briefings), not with every earlier briefing: the work grows with how often actors
    recur, not with the square of the archive (10,000 briefings: 50 million pairs otherwise)."""
    order = sorted(briefings, key=lambda b: (b.date, b.id))
    ids = identities(order)  # one identity per actor across stories, news outlets left out
    names = {b.id: linking_actors(b, ids) for b in order}
    # the order among briefings sharing as much: newest date first, then by id
    rank = {j: r for r, j in enumerate(sorted(range(len(order)), key=lambda j: (_descending(order[j].date), order[j].id)))}
    earlier_of: dict[str, list[int]] = defaultdict(list)  # actor identity -> earlier briefings (indexes)
    pending: list[int] = []  # today's briefings, indexed once the date moves on
    for i, b in enumerate(order):
        if pending and order[pending[0]].date < b.date:
            for j in pending:
                for key in names[order[j].id]:
                    earlier_of[key].append(j)
            pending = []
        pending.append(i)
        counts: Counter[int] = Counter()
        for key in names[b.id]:
            counts.update(earlier_of.get(key, ()))
        # the most shared first, then the newest, then by id: as a sort of every earlier briefing did
        best = heapq.nsmallest(MAX_RELATED, counts, key=lambda j: (-counts[j], rank[j]))
        b.related = []
        for j in best:
            e = order[j]
            shared = sorted(names[b.id][k] for k in names[b.id].keys() & names[e.id].keys())
            b.related.append(Related(id=e.id, slug=e.slug, title=e.title, date=e.date, shared=shared))


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)
