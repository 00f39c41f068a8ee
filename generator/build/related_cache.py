"""`link_related` kept by what it reads: a build whose briefings give it the same inputs as the last
build's sets each briefing's related briefings from `.cache/related.json` instead of linking them
again (19 s of a no-change rebuild's profile at 10,000 seeds).

What `editorial/identity.link_related` reads of each briefing: its id, date, slug and title (the
order, and what a related entry shows), the names of its places (the country a story is set in),
and its actors' names, kinds and slugs (their identities across stories); beside them, its code and
the lexicon it reads (gazetteer, media names). A change to any of these links every briefing again.
"""
from __future__ import annotations

import json

from ..cache import Cache, code_digest, digest
from ..editorial.identity import Identity, identities, link_related
from ..facts import Briefing, Related

ENTRY = "related.json"  # in the cache folder
IDS_ENTRY = "identities.json"  # the actors' identities of the briefings listed (their pages), likewise
LINK_CODE = ("editorial/identity.py", "lexicon", "slugs.py", "facts.py")


def related_inputs(briefings: list[Briefing]) -> str:
    """One digest of all `link_related` reads, in the order given."""
    parts = [json.dumps([b.id, b.date, b.slug, b.title, [p.name for p in b.where],
                         [[a.name, a.kind, a.slug] for a in b.who]], ensure_ascii=False) for b in briefings]
    return digest("related", code_digest(LINK_CODE), *parts)


def link_related_cached(briefings: list[Briefing], cache: Cache) -> None:
    """`link_related(briefings)`, its outcome from the cache when its inputs are the last build's."""
    if cache.root is None:
        link_related(briefings)
        return
    key = related_inputs(briefings)
    kept = _load(cache, key)
    if kept is not None and set(kept) == {b.id for b in briefings}:
        try:
            related = {i: [Related(**r) for r in items] for i, items in kept.items()}
        except TypeError:
            related = None
        if related is not None:
            for b in briefings:
                b.related = related[b.id]
            return
    link_related(briefings)
    data = {"key": key, "related": {b.id: [vars(r) for r in b.related] for b in briefings}}
    cache.put_meta(ENTRY, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def identities_cached(briefings: list[Briefing], cache: Cache) -> dict[tuple[str, str], Identity]:
    """`identities(briefings)` (each actor's page), from the cache when what it reads is the last
    build's: `identities` reads a part of what `link_related` does, so the same digest keys it."""
    if cache.root is None:
        return identities(briefings)
    key = related_inputs(briefings)
    raw = cache.get_meta(IDS_ENTRY)
    try:
        data = json.loads(raw) if raw is not None else None
        if isinstance(data, dict) and data.get("key") == key:
            return {(i, name): Identity(slug, label) for i, name, slug, label in data["ids"]}
    except (ValueError, TypeError, KeyError):
        pass
    ids = identities(briefings)
    data = {"key": key, "ids": [[i, name, slug, label] for (i, name), (slug, label) in ids.items()]}
    cache.put_meta(IDS_ENTRY, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return ids


def _load(cache: Cache, key: str) -> dict[str, list[dict]] | None:
    raw = cache.get_meta(ENTRY)
    try:
        data = json.loads(raw) if raw is not None else None
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("related"), dict):
        return None
    related = data["related"]
    if not all(isinstance(v, list) and all(isinstance(r, dict) for r in v) for v in related.values()):
        return None
    return related
