#!/usr/bin/env python3
"""Which Whats and headlines changed between two extractions of the same stories, to read one by one.

    .venv/bin/python bench/what_diff.py BEFORE.jsonl AFTER.jsonl [--what] [--headline] [--half A|B]

BEFORE and AFTER are what `python -m generator extract --json` printed (or `bench/what_halves.py
--out DIR`, DIR/SET.jsonl), one story a line, matched by id. Prints each story whose What (its
text) or generated headline (`title` where `title_generated`) differs, before then after, and the
counts; `--what` or `--headline` prints one kind only; `--half` one half (SHA-1 of the id, as
bench/what_halves.py splits).
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path


def half(article_id: str) -> str:
    return "A" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _rows(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line.startswith("{"))
    return {r["id"]: r for r in rows}


def _what(row: dict) -> str:
    return ((row.get("what") or {}).get("text") or "").strip()


def _headline(row: dict) -> str:
    return (row.get("title") or "").strip() if row.get("title_generated") else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--what", action="store_true", help="Whats only")
    parser.add_argument("--headline", action="store_true", help="headlines only")
    parser.add_argument("--half", choices=("A", "B"))
    args = parser.parse_args()
    before, after = _rows(args.before), _rows(args.after)
    kinds = [k for k, on in (("what", args.what), ("headline", args.headline)) if on] or ["what", "headline"]
    read = {"what": _what, "headline": _headline}
    changed = {k: 0 for k in kinds}
    ids = sorted(set(before) & set(after))
    if args.half:
        ids = [i for i in ids if half(i) == args.half]
    for key in ids:
        for kind in kinds:
            old, new = read[kind](before[key]), read[kind](after[key])
            if old != new:
                changed[kind] += 1
                print(f"{key} {kind}\n  - {old}\n  + {new}")
    print(f"{len(ids)} stories: " + ", ".join(f"{kind} changed in {n}" for kind, n in changed.items()))


if __name__ == "__main__":
    main()
