"""The lexicon: every word list of the generator, as data files read by one loader.

Word lists are data, not code: `data/<name>.txt` (one entry a line; a line that starts with `#`
is a comment; a line with tabs is a row of fields), `data/<name>.json` (named lists and tables,
with an `_about` saying what each is for) and `data/<name>.jsonl` (one record a line). Every
list goes through `load(name)` (or `words(name)`, the same as a set), read once per process.

The lists are the vocabulary the stages share: extraction reads them, and so does the site's
identity of actors across briefings (country names, outlets, shared institution names). Nothing
here knows spaCy: `gazetteer.py` (places, countries, outlets, organisations' other names),
`titles.py` (honorifics and titles around a name) and `first_names.py` (the census's first names)
turn lists into the tables their users ask for.
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

Row = str | tuple[str, ...]


def _rows(text: str) -> tuple[Row, ...]:
    out: list[Row] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(part.strip() for part in line.split("\t"))
        out.append(fields[0] if len(fields) == 1 else fields)
    return tuple(out)


@functools.lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The list `name` as data: a .txt list as a tuple of its entries (a string each, or a tuple of
    fields for a line with tabs), a .json file as its value, a .jsonl file as a list of records.
    Read once: callers must not change what they get."""
    folder = resources.files(__package__).joinpath("data")
    for suffix in (".txt", ".json", ".jsonl"):
        entry = folder.joinpath(name + suffix)
        if entry.is_file():
            text = entry.read_text("utf-8")
            if suffix == ".txt":
                return _rows(text)
            if suffix == ".json":
                return json.loads(text)
            return [json.loads(line) for line in text.splitlines() if line.strip()]
    raise LookupError(f"no word list {name!r} in the lexicon")


@functools.lru_cache(maxsize=None)
def words(name: str, key: str | None = None) -> frozenset[str]:
    """A list as a set of words: the entries of a .txt list, or the list under `key` of a .json file."""
    data = load(name)
    return frozenset(data[key] if key is not None else data)
