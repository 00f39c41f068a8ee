"""The seed folder read as `input/seeds.read_seed_folder` reads it, but a seed whose file name and
bytes are those the last build parsed is not parsed again: its `Seed` comes from the cache folder.

Parsing is most of reading a seed folder (the front matter's YAML, cleaning the text: 26 of 32 s for
10,000 seeds); reading and hashing the bytes is a small part, so every seed is still read whole
and its bytes compared by their digest, never by size and modification time: a file edited with the
same size and mtime is parsed again like any other edit. An entry is also bound to the code that
parses (`input/`, what it imports, the web page reader's libraries): a change to any of them parses
every seed again. Only seeds that parsed are kept; one that failed is read again each build, and
gives the same failure as before. A seed dated after today cannot be in the cache (it failed), and
a cached seed is used only while its date is not after today.

Each parse is an entry of the cache's own (kind `seed`, `.cache/seed/`), read one at a time as the
facts are (one file of 43 MB for 10,000 seeds, loaded and written again after one new seed, took
the build's process to 1,485 MB rather than 1,200); entries no build used are pruned with the others. `--no-cache` neither reads nor
writes them.

The folder is read by `read_seed_folder` itself (the one reader of seed folders), given a parse
that looks in the cache first. `tests/test_seed_cache.py` checks that the two give the same seeds
and the same unread files.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from ..cache import PAGE_READER, Cache, code_digest, digest, package_versions
from ..input.seeds import Seed, SeedFolder, parse_seed, read_seed_folder

KIND = "seed"  # the cache kind of a seed's parse
# the code a seed's parse depends on: the input room and the shared modules it imports
PARSE_CODE = ("input", "yaml_bounded.py", "safe_files.py", "errors.py", "processes.py")


def parse_version() -> str:
    """What every cached parse is bound to: the parsing code and the libraries that read web pages."""
    return digest("seed-parse", code_digest(PARSE_CODE), package_versions(*PAGE_READER, "pyyaml"))


def _seed_to_json(seed: Seed) -> dict:
    return {"id": seed.id, "date": seed.date.isoformat(), "title": seed.title, "paragraphs": seed.paragraphs,
            "source": seed.source, "tags": seed.tags, "author": seed.author}


def _seed_from_json(data: dict, path: Path) -> Seed:
    return Seed(id=data["id"], path=path, date=dt.date.fromisoformat(data["date"]), title=data["title"],
                paragraphs=list(data["paragraphs"]), source=data["source"], tags=list(data["tags"]),
                author=data["author"])


def read_seed_folder_cached(paths: list[Path], cache: Cache, today: dt.date | None = None) -> SeedFolder:
    """`read_seed_folder(paths)`, each unchanged seed's parse from the cache (a cache of `Cache(None)`:
    every seed parsed, nothing kept)."""
    today = today or dt.date.today()
    version = parse_version()

    def parse(raw: bytes, path: Path, day: dt.date | None) -> Seed:
        key = digest(version, os.fsencode(path), raw)  # a name that is not UTF-8 is parse_seed's to refuse
        seed = _cached(cache, key, path, today)
        if seed is None:
            seed = parse_seed(raw, path, today=day)
            cache.put(KIND, key, json.dumps(_seed_to_json(seed), ensure_ascii=False).encode("utf-8"))
        return seed

    return read_seed_folder(paths, today=today, parse=parse)


def _cached(cache: Cache, key: str, path: Path, today: dt.date) -> Seed | None:
    """The seed of the cache entry made from these very bytes at this path by this code, or None."""
    data = cache.get(KIND, key)
    if data is None:
        return None
    try:
        seed = _seed_from_json(json.loads(data), path)
    except (KeyError, TypeError, ValueError, AttributeError):
        cache.forget(KIND, key)
        return None
    return seed if seed.date <= today else None
