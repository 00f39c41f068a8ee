"""Each briefing's JSON as one digest, kept by what makes the briefing: a build with nothing new makes
no briefing's JSON at all.

The page, handout and actor-page keys and the record of what each briefing was published as hold
the digest of its JSON (`Briefing.to_json`), not the JSON; making it for every briefing, twice (as
published, and as corrected for the record), was 26 s of a no-change rebuild's profile at 10,000
seeds. Yet a briefing whose facts came from the cache unchanged is a function of few things: the
cache entry's bytes, its slug, the reports folded into it (`same_story`), its related briefings, the
story-text policy, and the code that turns them into what is published (`MADE_CODE`: the policy,
topic tags and what they read; `tests/test_briefing_digests.py` checks the list against the
imports). Those, as one digest, key the JSON's digest in `.cache/digests.json`; a miss makes the
JSON once, and keeps its digest for the next build.

The same memory keeps which context lines the `cited` policy publishes of each briefing
(`context_kept`: `cited_plan` of every briefing, 7.9 s of that profile), by its entry alone.

A briefing just extracted is read back from the entry it was written to (`steps.extract_facts`), so
the first build after a cold one makes none either. A briefing that is not its cache entry as loaded
(an editor's corrections changed it, it is kept as last published) has no such key: its JSON is made
every build. The memory
holds this build's digests only, and is written only when they changed.
"""
from __future__ import annotations

import json

from ..cache import Cache, code_digest, digest
from ..facts import Briefing
from ..publish.policy import context_within_half

ENTRY = "digests.json"  # in the cache folder: what made each briefing -> its JSON's digest
# The code between a cached entry and the JSON of the briefing published or recorded: Briefing's JSON in
# and out, the story-text policy (`shown`), topic tags, and every module they import (tested)
MADE_CODE = ("facts.py", "publish/policy.py", "publish/topics.py", "publish/numbers_block.py",
             "publish/typography.py", "editorial/corrections.py", "input", "lexicon", "slugs.py", "errors.py",
             "processes.py", "project.py", "safe_files.py", "yaml_bounded.py")
# what a briefing's JSON is of: shown under the policy, with topic tags (a lead); shown under the policy (a
# report folded into a lead); as corrected (the record of what was published)
PUBLISHED, FOLDED, RECORDED = "published", "folded", "recorded"


class BriefingDigests:
    """The digest of each briefing's JSON, from what made it where the briefing is its cache entry as
    loaded (`loaded`, then `settle`), else from its JSON. `cache=None` (or `Cache(None)`): no memory."""

    def __init__(self, cache: Cache | None, policy: str):
        self.cache = cache if cache is not None and cache.root is not None else None
        self.policy = policy
        self._loaded: dict[str, tuple[Briefing, str]] = {}  # id -> (the object loaded, its entry's digest)
        self._plain: dict[str, str] = {}  # id -> its entry's digest, for a briefing still as loaded
        self._last: dict[str, str] = self._read() if self.cache is not None else {}
        self._now: dict[str, str] = {}

    def _read(self) -> dict[str, str]:
        raw = self.cache.get_meta(ENTRY) if self.cache is not None else None
        try:
            data = json.loads(raw) if raw is not None else None
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def loaded(self, b: Briefing, entry: bytes) -> None:
        """`b` was read from the cache entry `entry`, and is nothing else yet."""
        if self.cache is not None:
            self._loaded[b.id] = (b, digest(entry))

    def settle(self, briefings: list[Briefing]) -> None:
        """After the corrections: the briefings that are still the very objects loaded (a corrected one
        is a copy, a held one its last published form). From here on, only their slug, `same_story` and
        related briefings are set (`assign_slugs`, `fold_stories`, `link_related`): what `made` reads."""
        self._plain = {b.id: entry for b in briefings
                       for loaded, entry in [self._loaded.get(b.id, (None, ""))] if loaded is b}
        self._loaded = {}

    def made(self, b: Briefing, stage: str) -> str | None:
        """What made `b` as `stage` says it is (`PUBLISHED`, `FOLDED`, `RECORDED`), as one digest; None
        where `b` is not its cache entry as loaded."""
        entry = self._plain.get(b.id)
        if entry is None:
            return None
        related = json.dumps([[r.id, r.slug, r.title, r.date, r.shared] for r in b.related], ensure_ascii=False)
        return digest("briefing", stage, code_digest(MADE_CODE), self.policy if stage != RECORDED else "",
                      entry, b.slug, json.dumps(b.same_story), related)

    def of(self, b: Briefing, stage: str = PUBLISHED) -> str:
        """The digest of `b.to_json()` (`stage`: what `b` is, as `made` says), without making it
        where what made `b` is what made it in the last build (or earlier in this one)."""
        made = self.made(b, stage)
        if made is not None:
            known = self._now.get(made) or self._last.get(made)
            if known is not None:
                self._now[made] = known
                return known
        found = digest(b.to_json())
        if made is not None:
            self._now[made] = found
        return found

    def context_kept(self, b: Briefing) -> list[int] | None:
        """`policy.context_within_half(b)` (which context lines `cited` publishes: 7.9 s of a no-change
        rebuild's profile at 10,000 seeds, most of it `cited_plan`), kept like the digests where `b` is its
        cache entry as loaded: it reads the entry's facts and sentences and nothing else."""
        entry = self._plain.get(b.id)
        made = digest("context kept", code_digest(MADE_CODE), entry) if entry is not None else None
        known = (self._now.get(made) or self._last.get(made)) if made is not None else None
        if known in ("all", "none") or (known or "").replace(",", "").isdigit():
            self._now[made] = known
            return None if known == "all" else [] if known == "none" else [int(i) for i in known.split(",")]
        keep = context_within_half(b)
        if made is not None:
            self._now[made] = "all" if keep is None else ",".join(map(str, keep)) or "none"
        return keep

    def save(self) -> None:
        """Remember this build's digests (only they: the memory does not grow), if they changed."""
        if self.cache is not None and self._now != self._last:
            self.cache.put_meta(ENTRY, json.dumps(self._now, sort_keys=True, separators=(",", ":")).encode("utf-8"))
