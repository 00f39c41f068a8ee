"""`assign_slugs` kept by what it reads, as `related_cache.py` keeps `link_related`: a build whose
briefings give it the same inputs as the last build's sets each slug from `.cache/assigned.json`
instead of making them unique again (4.7 s of a no-change rebuild's profile at 10,000 seeds: a
pattern compiled for each briefing, in `slugs.py`, which is part of the facts' key).

What `slugs.assign_slugs` reads: each briefing's id and slug as extracted (its base), in order, the
slugs of the last build (`previous`), those reserved for stories that failed this time, and its code.
"""
from __future__ import annotations

import json

from ..cache import Cache, code_digest, digest
from ..facts import Briefing
from ..slugs import assign_slugs

ENTRY = "assigned.json"  # in the cache folder


def slug_inputs(briefings: list[Briefing], previous: dict[str, str], reserved: set[str] | frozenset[str]) -> str:
    """One digest of all `assign_slugs` reads."""
    return digest("slugs", code_digest(("slugs.py",)),
                  json.dumps([[b.id, b.slug] for b in briefings], ensure_ascii=False),
                  json.dumps(sorted(previous.items()), ensure_ascii=False),
                  json.dumps(sorted(reserved), ensure_ascii=False))


def assign_slugs_cached(briefings: list[Briefing], previous: dict[str, str], reserved: set[str] | frozenset[str],
                        cache: Cache) -> None:
    """`assign_slugs(briefings, previous, reserved)`, its outcome from the cache when its inputs are
    the last build's."""
    if cache.root is None:
        assign_slugs(briefings, previous, reserved)
        return
    key = slug_inputs(briefings, previous, reserved)
    raw = cache.get_meta(ENTRY)
    try:
        data = json.loads(raw) if raw is not None else None
    except ValueError:
        data = None
    if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("slugs"), dict):
        slugs = data["slugs"]
        if set(slugs) == {b.id for b in briefings} and all(isinstance(s, str) for s in slugs.values()):
            for b in briefings:
                b.slug = slugs[b.id]
            return
    assign_slugs(briefings, previous, reserved)
    data = {"key": key, "slugs": {b.id: b.slug for b in briefings}}
    cache.put_meta(ENTRY, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
