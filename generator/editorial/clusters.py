"""One story, one briefing: the reports of one event, across outlets and updates, folded together.

Two stories are one story when

* they are near-duplicates: the same text filed twice, by MinHash over 5-word shingles
  (datasketch; the Jaccard similarity of the two shingle sets estimated from NUM_PERM
  permutations) at NEAR or more; or
* one is an update of the other: they share UPDATE of their text or more (the same paragraphs
  carried over), at least SHARED_ACTORS people or organisations by identity (`identity.py`: the
  same person, not only the same name), and their dates lie within WINDOW_DAYS.

A story of fewer than MIN_WORDS words is never folded by its text (an editor may join it).

Candidates come from an LSH index of the signatures (banded, BANDS x ROWS), so each story is
compared with the stories that fall in one of its buckets, never with every story. Clusters grow
from the most similar pair down (ties broken by id); two clusters merge only when every story of
one shares at least MIN_SHARED of its text with every story of the other, so a chain of updates
never folds two stories that have next to nothing in common. An editor's `corrections/clusters.yml`
splits a wrong fold and forces a missing one (`read_cluster_corrections`).

The newest story of a cluster leads it (its briefing is the one published; on a tie of dates, the
lowest id); the others are folded into it and listed in its `same_story`. Everything here is a
pure function of the facts and texts: fixed permutation seeds, sorted orders, no clock.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import Cache, code_digest, digest, package_versions
from ..facts import Briefing, Fact, Quote
from ..safe_files import UnsafeFile, read_regular
from .corrections import (CLUSTERS_FILE, MAX_BYTES, ClusterCorrections, _display, _norm, parse_cluster_corrections)
from .identity import identities, linking_actors

SHINGLE_WORDS = 5  # the measure of shared text: 5-word shingles
NUM_PERM = 256  # MinHash permutations: an estimate's standard error is at most 1/(2*sqrt(256)) = 0.03
PERM_SEED = 1  # fixed: the same stories give the same signatures, clusters and bytes everywhere
SCHEME = "affine32"  # datasketch 2's permutations: 32-bit values, collision-free (named: signatures are cached)
BANDS, ROWS = 128, 2  # LSH: a pair sharing 15 % of its text is a candidate with p = 0.95, 5 %: 0.27
NEAR = 0.5  # a near-duplicate, whatever else: most refilings in the corpus share 0.56-1.0 (docs/performance.md)
UPDATE = 0.15  # an update shares at least this much text with the story it updates ...
SHARED_ACTORS = 2  # ... and at least this many people or organisations ...
WINDOW_DAYS = 3  # ... and is dated within this many days of it
MIN_SHARED = 0.02  # two stories sharing less than this never end in one cluster
SURE_SHARED = 0.1  # an estimate at least this high is above MIN_SHARED beyond doubt: no exact count needed
MIN_WORDS = 50  # a shorter story is folded only by an editor: two notices in one template ("Polls close
# in Leeds at 10pm", "... in York ...") share most of their few shingles and are still two pieces of news
MAX_CLUSTER = 64  # stories in one cluster: bounds the pairwise checks of a merge (k x k)
SIGNATURE_KIND = "minhash"  # the cache's kind for signatures, keyed on the text and the parameters
_WORD = re.compile(r"\w+")


# -- text ------------------------------------------------------------------------------------------

def shingles(text: str) -> set[str]:
    """The story's 5-word shingles, case folded (a story shorter than that is one shingle)."""
    words = _WORD.findall(text.casefold())
    n = SHINGLE_WORDS
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))} if words else set()


def shared(a: str, b: str) -> float:
    """How much text two stories share: the Jaccard similarity of their shingle sets, exactly."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def signature(text: str) -> bytes:
    """The story's MinHash signature: NUM_PERM 32-bit values, little-endian."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=PERM_SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return m.hashvalues.astype("<u4").tobytes()


def signature_key(text: str) -> str:
    return digest(SIGNATURE_KIND, f"{SHINGLE_WORDS}/{NUM_PERM}/{PERM_SEED}/{SCHEME}", text)


def signatures(briefings: list[Briefing], cache: Cache | None = None) -> dict[str, bytes]:
    """Each briefing's signature, from the cache where its text was seen before (the index survives
    incremental builds: only a new or changed story is hashed)."""
    cache = cache or Cache(None)
    out = {}
    for b in briefings:
        key = signature_key(b.text)
        data = cache.get(SIGNATURE_KIND, key)
        if data is None or len(data) != 4 * NUM_PERM:
            data = signature(b.text)
            cache.put(SIGNATURE_KIND, key, data)
        out[b.id] = data
    return out


# -- editors' splits and joins ----------------------------------------------------------------------

def read_cluster_corrections(root: Path | None, known: set[str], warn: Callable[[str], None]) -> ClusterCorrections:
    """The project's `corrections/clusters.yml` (none: no splits nor joins), read like the other
    corrections files (bounded, a regular file inside the project); problems go to `warn` (the
    build reports them as errors, as it does every corrections file's)."""
    if root is None:
        return ClusterCorrections()
    path = root / CLUSTERS_FILE
    if not path.is_symlink() and not path.exists():
        return ClusterCorrections()
    shown = _display(path, root)
    try:
        raw = read_regular(path, MAX_BYTES, root, "its folder", "a corrections file")
    except UnsafeFile as exc:
        warn(f"{shown}: {exc.problem}; none of its splits or joins are applied")
        return ClusterCorrections()
    fixes, problems = parse_cluster_corrections(raw, shown, known)
    for item in problems.items:
        warn(item)
    return fixes


# -- clusters -----------------------------------------------------------------------------------------

@dataclass
class Cluster:
    lead: str  # the id of the briefing published
    folded: list[str]  # the others, newest first (then by id)


def _days(a: str, b: str) -> int:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return WINDOW_DAYS + 1  # an unreadable date is no evidence of the same event


def _newest(b: Briefing) -> tuple:
    return (tuple(-ord(c) for c in b.date), b.id)


def clusters(briefings: list[Briefing], sigs: dict[str, bytes],
             fixes: ClusterCorrections | None = None) -> list[Cluster]:
    """The briefings' clusters (a story alone is a cluster of one), leads in id order."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    fixes = fixes or ClusterCorrections()
    by_id = {b.id: b for b in briefings}
    ids = sorted(by_id)
    values = {i: np.frombuffer(sigs[i], dtype="<u4") for i in ids}

    def estimate(a: str, b: str) -> float:
        return float(np.count_nonzero(values[a] == values[b])) / NUM_PERM

    exact: dict[tuple[str, str], float] = {}

    def enough(a: str, b: str) -> bool:
        """Whether two stories share at least MIN_SHARED of their text (counted exactly when in doubt)."""
        if estimate(a, b) >= SURE_SHARED:
            return True
        pair = (min(a, b), max(a, b))
        if pair not in exact:
            exact[pair] = shared(by_id[a].text, by_id[b].text)
        return exact[pair] >= MIN_SHARED

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    for i in ids:
        lsh.insert(i, LeanMinHash(seed=PERM_SEED, hashvalues=values[i].astype(np.uint32), scheme=SCHEME), check_duplication=False)
    named = identities(briefings)
    actors = {i: set(linking_actors(by_id[i], named)) for i in ids}
    long_enough = {i for i in ids if len(_WORD.findall(by_id[i].text)) >= MIN_WORDS}
    edges = []
    for a in sorted(long_enough):
        for b in lsh.query(LeanMinHash(seed=PERM_SEED, hashvalues=values[a].astype(np.uint32), scheme=SCHEME)):
            if b <= a or b not in long_enough:
                continue
            j = estimate(a, b)
            if j >= NEAR or (j >= UPDATE and len(actors[a] & actors[b]) >= SHARED_ACTORS
                             and _days(by_id[a].date, by_id[b].date) <= WINDOW_DAYS):
                edges.append((-j, a, b))
    edges.sort()

    members = {i: [i] for i in ids}  # root -> its stories
    parent = {i: i for i in ids}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        ra, rb = sorted((find(a), find(b)))
        parent[rb] = ra
        members[ra] += members.pop(rb)

    apart = {frozenset(p) for p in fixes.split}
    for group in fixes.join:  # an editor's join stands whatever the text says
        group = [i for i in group if i in parent]  # a seed that failed this build joins nothing
        for other in group[1:]:
            if find(group[0]) != find(other):
                union(group[0], other)
    for _, a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb or len(members[ra]) + len(members[rb]) > MAX_CLUSTER:
            continue
        if all(frozenset((x, y)) not in apart and enough(x, y) for x in members[ra] for y in members[rb]):
            union(a, b)
    out = []
    for root in sorted(members):
        group = sorted((by_id[i] for i in members[root]), key=_newest)
        out.append(Cluster(group[0].id, [b.id for b in group[1:]]))
    return sorted(out, key=lambda c: c.lead)


def fold(briefings: list[Briefing], found: list[Cluster]) -> tuple[list[Briefing], dict[str, list[Briefing]]]:
    """The leads (each with `same_story` set, in the briefings' order) and, by lead id, the
    briefings folded into it."""
    by_id = {b.id: b for b in briefings}
    lead_of = {c.lead: c for c in found}
    folded: dict[str, list[Briefing]] = {}
    leads = []
    for b in briefings:
        c = lead_of.get(b.id)
        if c is None:
            continue
        b.same_story = list(c.folded)
        if c.folded:
            folded[b.id] = [by_id[i] for i in c.folded]
        leads.append(b)
    return leads, folded


RESULT_ENTRY = "clusters.json"  # in the cache folder: the last build's clusters, and what they were made of


def _inputs(briefings: list[Briefing], sigs: dict[str, bytes], fixes: ClusterCorrections) -> str:
    """Everything `clusters` reads, as one digest: each story's signature, date and the names its
    identities are made of (actors, places), the editors' fixes, and the code and library."""
    stories = [[b.id, digest(sigs[b.id]), b.date, len(_WORD.findall(b.text)) >= MIN_WORDS,
                [[a.name, a.kind, a.slug] for a in b.who], [p.name for p in b.where]]
               for b in sorted(briefings, key=lambda b: b.id)]
    return digest(code_digest(("editorial/clusters.py", "editorial/identity.py", "lexicon")),
                  package_versions("datasketch", "numpy"), json.dumps(stories, ensure_ascii=False),
                  json.dumps([fixes.split, fixes.join]))


def fold_stories(briefings: list[Briefing], cache: Cache | None = None, root: Path | None = None,
                 warn: Callable[[str], None] = lambda w: None, known: set[str] | None = None,
                 ) -> tuple[list[Briefing], dict[str, list[Briefing]]]:
    """The build's step: signatures (cached), the editors' splits and joins, clusters, folded. When
    nothing the clusters are made of changed since the last build, its clusters are reused as they
    are (no index is built; datasketch is not even imported)."""
    if not briefings:
        return [], {}
    cache = cache or Cache(None)
    fixes = read_cluster_corrections(root, known if known is not None else {b.id for b in briefings}, warn)
    sigs = signatures(briefings, cache)
    inputs = _inputs(briefings, sigs, fixes)
    try:
        last = json.loads(cache.get_meta(RESULT_ENTRY) or b"{}")
        found = [Cluster(c[0], c[1:]) for c in last["clusters"]] if last.get("inputs") == inputs else None
        if found is not None and sorted(i for c in found for i in [c.lead, *c.folded]) != sorted(sigs):
            found = None  # not this build's stories, each once: an entry damaged since
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        found = None
    if found is None:
        found = clusters(briefings, sigs, fixes)
        cache.put_meta(RESULT_ENTRY, json.dumps({"inputs": inputs, "clusters": [[c.lead, *c.folded] for c in found]},
                                                ensure_ascii=False).encode("utf-8"))
    return fold(briefings, found)


# -- what an update adds --------------------------------------------------------------------------

@dataclass
class WhatsNew:
    """What the lead story says that none of the earlier ones did."""

    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.facts or self.quotes)


def _said_in(text: str, earlier: list[Briefing]) -> bool:
    words = _norm(text)
    if not words:
        return True
    for b in earlier:
        known = [b.text, b.what.text if b.what else "", *(q.text for q in b.quotes),
                 *(f.text for f in [*b.why, *b.context])]
        if any(words in _norm(k) for k in known if k):
            return True
    return False


def whats_new(lead: Briefing, folded: list[Briefing]) -> WhatsNew:
    """For an update (the lead is dated after some of the reports folded into it), the facts (what,
    why, context) and quotes of the lead that none of the earlier reports carries. A copy adds none."""
    earlier = [b for b in folded if b.date < lead.date]
    if not earlier:
        return WhatsNew()
    facts = [f for f in ([lead.what] if lead.what else []) + lead.why + lead.context if not _said_in(f.text, earlier)]
    quotes = [q for q in lead.quotes if not _said_in(q.text, earlier)]
    return WhatsNew(facts, quotes)

