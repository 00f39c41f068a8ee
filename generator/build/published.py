"""What each briefing was last published as: its facts with their corrections, kept in the cache
folder (read and kept whatever `--no-cache` says, as the slugs are), so that a briefing whose
corrections cannot be applied keeps its last published page, JSON and handout rather than going
back to the extractor's facts.

`.cache/published.json` maps each seed id to the digest of its facts; the facts are in
`.cache/published/<digest>.json`, written only when they change.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from ..cache import Cache, digest, write_atomic
from ..facts import SCHEMA_VERSION, Briefing
from ..project import Project
from ..safe_files import UnsafeFile, read_regular

INDEX = "published.json"
FOLDER = "published"
MAX_BYTES = 512 << 20  # one briefing's facts (a story of 27,000 quotes is tens of MB)


def _index(project: Project) -> dict[str, str]:
    raw = Cache(project.cache).get_meta(INDEX)
    try:
        data = json.loads(raw) if raw is not None else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def last_published(project: Project, seed_id: str) -> Briefing | None:
    """The briefing as the last complete build published it, or None (never published, or unreadable)."""
    key = _index(project).get(seed_id)
    if key is None or not key.isalnum():
        return None
    try:
        b = Briefing.from_json(read_regular(project.cache / FOLDER / f"{key}.json", MAX_BYTES, project.cache)
                               .decode("utf-8"))
    except (UnsafeFile, ValueError, TypeError, KeyError, AttributeError):
        return None
    return b if b.id == seed_id and b.schema == SCHEMA_VERSION else None


def remember(project: Project, briefings: list[Briefing], present: set[str], keep: bool = True,
             digest_of: Callable[[Briefing], str] | None = None) -> None:
    """After a complete build: what each briefing was published as. A seed still there whose briefing
    was not built this time (it failed) keeps its entry; the others' go. `keep=False` (`--no-cache`,
    which keeps nothing of the work) forgets the briefings built rather than remember them.
    `digest_of`: the digest of a briefing's JSON (`briefing_digests.py`: without making the JSON
    where nothing that makes it changed); the JSON is made only to be written."""
    old = _index(project)
    if not keep and not old:
        return
    digest_of = digest_of or (lambda b: digest(b.to_json()))
    index = {k: v for k, v in old.items() if k in present}
    folder = project.cache / FOLDER
    for b in briefings if keep else []:
        key = digest_of(b)
        if index.get(b.id) == key and (folder / f"{key}.json").is_file():
            continue
        data = b.to_json().encode("utf-8")
        key = digest(data)
        if index.get(b.id) != key or not (folder / f"{key}.json").is_file():
            if not write_atomic(folder / f"{key}.json", data):
                continue  # a cache that cannot be written: the briefing is not remembered, no more
        index[b.id] = key
    for b in briefings if not keep else []:  # (one kept as last published is still what the site shows)
        if index.get(b.id) != digest_of(b):
            index.pop(b.id, None)
    if index != old:  # written only when it changed
        Cache(project.cache).put_meta(INDEX, json.dumps(dict(sorted(index.items())), indent=0).encode("utf-8"))
    kept = {f"{key}.json" for key in index.values()}
    for path in folder.glob("*.json") if folder.is_dir() else []:
        if path.name not in kept:
            path.unlink(missing_ok=True)
