"""Who is who across briefings: one actor page per identity, and earlier briefings linked only
through an actor they really share.

A name alone is not an identity: "Congress" in a story set in India is the Indian National
Congress, in a story set in the United States the US Congress. For the names that many
countries give their own institutions and parties (data/shared_names.txt), the identity is
the name plus the story's country (the first place in Where that lies in one country); a
story whose country is unknown joins the one country the name is known in, if there is only
one. A news outlet ("BBC", "India Today") links no briefings: sharing a source is not sharing
a story.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from slugify import slugify

from .gazetteer import country_of, is_media, shared_names
from .facts import Actor, Briefing, Related

MAX_RELATED = 5  # earlier briefings listed in a briefing's context


def briefing_country(b: Briefing) -> str | None:
    """The country the story is set in: the first place in Where that lies in one country."""
    countries = country_of()
    for place in b.where:
        name = re.split(r",| in ", place.name, maxsplit=1)[-1].strip()
        country = countries.get(name.casefold()) or countries.get(place.name.casefold())
        if country:
            return country
    return None


def _name_slug(a: Actor) -> str:
    return a.slug if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,80}", a.slug or "") else (slugify(a.name, max_length=60) or "actor")


class Identity(NamedTuple):
    slug: str  # the actor page's address
    label: str  # the name as a reader tells it apart: "Congress (India)"


def identities(briefings: list[Briefing]) -> dict[tuple[str, str], Identity]:
    """(briefing id, actor name) -> the actor's identity across briefings."""
    countries = {b.id: briefing_country(b) for b in briefings}
    # for a shared name, the countries it is known in across all briefings
    known: dict[str, set[str]] = defaultdict(set)
    for b in briefings:
        for a in b.who:
            if a.name.casefold() in shared_names() and countries[b.id]:
                known[a.name.casefold()].add(countries[b.id])
    # a surname alone ("Blair", in a story that never gives the full name) is the one person
    # of the site with that surname, when there is exactly one
    full_names: dict[str, set[str]] = defaultdict(set)
    for b in briefings:
        for a in b.who:
            if a.kind == "person" and len(a.name.split()) >= 2:
                full_names[a.name.split()[-1].casefold()].add(a.name)
    out: dict[tuple[str, str], Identity] = {}
    for b in briefings:
        for a in b.who:
            slug, label = _name_slug(a), a.name
            if a.kind == "person" and len(a.name.split()) == 1 and len(full_names[a.name.casefold()]) == 1:
                label = next(iter(full_names[a.name.casefold()]))
                slug = slugify(label, max_length=60) or slug
            if a.name.casefold() in shared_names():
                country = countries[b.id]
                if country is None and len(known[a.name.casefold()]) == 1:
                    country = next(iter(known[a.name.casefold()]))
                if country is not None:
                    slug, label = f"{slug}-{slugify(country)}", f"{a.name} ({country})"
            out[(b.id, a.name)] = Identity(slug, label)
    return out


def linking_actors(b: Briefing, ids: dict[tuple[str, str], Identity]) -> dict[str, str]:
    """Identity -> name of the actors through which a briefing links others: people and
    organisations, not news outlets."""
    return {ids[(b.id, a.name)].slug: a.name for a in b.who
            if a.kind in ("person", "organisation") and not (a.kind == "organisation" and is_media(a.name))}


def link_related(briefings: list[Briefing]) -> None:
    """Context across briefings: each gets the earlier ones that share its people and organisations."""
    order = sorted(briefings, key=lambda b: (b.date, b.id))
    ids = identities(order)  # one identity per actor across stories, news outlets left out
    names = {b.id: linking_actors(b, ids) for b in order}
    for i, b in enumerate(order):
        scored = []
        for earlier in order[:i]:
            shared = sorted(names[b.id][k] for k in names[b.id].keys() & names[earlier.id].keys())
            if shared:
                scored.append((-len(shared), earlier.date, earlier.id, earlier, shared))
        scored.sort(key=lambda x: (x[0], tuple(-ord(c) for c in x[1]), x[2]))
        b.related = [Related(id=e.id, slug=e.slug, title=e.title, date=e.date, shared=s)
                     for *_, e, s in scored[:MAX_RELATED]]
