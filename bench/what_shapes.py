#!/usr/bin/env python3
"""What lines cut in ways `what_check.py` does not see, counted on the corpus and the dev sets.

    .venv/bin/python bench/what_shapes.py [--sets corpus,5w1h-dev,quotes-dev-untitled] [--out DIR] [--reuse]
                                          [--examples N]

`../shared/tools/what_check.py` asks whether a word inside the What lost a dependent that completes it. It
cannot see a What that stops before a quotation closes ('said the justice's "mind is shot'), one that keeps a
wire's dateline ("LOS ANGELES (AP) - ..."), one that starts inside a phrase ("intelligent woman struggles" of
"A strong, intelligent woman struggles ...") or one so short that its sentence's news is left out ("A second
debate unfolded" of a 19-word sentence). This counts, for each set and each half (bench/what_halves.py's split):

* open quote: a quotation mark opened in the What and not closed in it;
* dateline: the What starts with a dateline (`sentences.opening_dateline`);
* lower start: the What starts with a lower-case letter (its sentence's opening word dropped or a start cut
  inside a phrase; some are a preposed phrase dropped whole, as the What means to);
* short: under 7 words, from a sentence of more than 12.

`quotes-dev-untitled` is quotes-dev written as ../shared/eval/headline.py writes it, each article without its
title (as a page pasted without its headline arrives; its What is then the lede's, never the title's).
`--out DIR` keeps each set's facts (DIR/SET.jsonl); `--reuse` reads them from there.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from what_halves import extract, facts_of, half, set_arguments  # noqa: E402

from generator.extract.sentences import opening_dateline  # noqa: E402

SETS = ("corpus", "5w1h-dev", "quotes-dev-untitled")
SHAPES = ("open quote", "dateline", "lower start", "short")


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def untitled_quotes_dev(python: str) -> list[dict]:
    """quotes-dev's facts, each article written without its title as ../shared/eval/headline.py writes it."""
    headline = _module(SHARED / "eval" / "headline.py", "headline_eval")
    gold = SHARED / "gold" / "quotes-dev"
    with tempfile.TemporaryDirectory(prefix="what-shapes-") as seeds:
        for path in sorted(gold.glob("*.json")):
            art = json.loads(path.read_text("utf-8"))
            paras = [p for p in art["text"].split("\n\n") if p.strip()]
            if paras and headline.f1(paras[0], art["title"]) > 0.9:
                paras = paras[1:]
            if paras and art.get("title"):
                Path(seeds, f"{art['id']}.txt").write_text(
                    f" date {art.get('date') or '2016-01-01'} " + "\n\n".join(paras), "utf-8")
        out = subprocess.run([python, "-m", "generator", "extract", "--json", seeds], capture_output=True,
                             text=True, cwd=ROOT)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def shapes(row: dict) -> list[str]:
    """The shapes the story's What has (none for a whole one, or for no What)."""
    what = row.get("what") or {}
    text = (what.get("text") or "").strip()
    if not text:
        return []
    found = []
    if text.count('"') % 2 or text.count("\u201c") > text.count("\u201d"):
        found.append("open quote")
    if opening_dateline(text):
        found.append("dateline")
    if text[:1].islower():
        found.append("lower start")
    sentence = (row.get("sentences") or [{}])[what.get("sentence", 0)] if what.get("sentence", -1) >= 0 else {}
    if len(text.split()) < 7 and len((sentence.get("text") or "").split()) > 12:
        found.append("short")
    return found


def main() -> None:
    args = set_arguments(__doc__, SETS, "Whats of each shape printed per set").parse_args()
    for name in args.sets.split(","):
        rows = facts_of(name, args, lambda: untitled_quotes_dev(args.python) if name == "quotes-dev-untitled"
                        else extract(name, args.python))
        counts = {(shape, h): 0 for shape in SHAPES for h in "AB"}
        sizes = {"A": 0, "B": 0}
        shown: dict[str, list[str]] = {shape: [] for shape in SHAPES}
        for row in rows:
            h = half(row["id"])
            sizes[h] += 1
            for shape in shapes(row):
                counts[shape, h] += 1
                if len(shown[shape]) < args.examples:
                    shown[shape].append(f"  {shape}: {row['id']}: {row['what']['text'][:120]!r}")
        for lines in shown.values():
            if lines:
                print("\n".join(lines))
        n = sizes["A"] + sizes["B"]
        cells = "  ".join(f"{shape} {counts[shape, 'A'] + counts[shape, 'B']} (A {counts[shape, 'A']}, B "
                          f"{counts[shape, 'B']})" for shape in SHAPES)
        print(f"{name:20} {n} stories  {cells}", flush=True)


if __name__ == "__main__":
    main()
