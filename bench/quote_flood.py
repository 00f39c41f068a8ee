"""A story of nothing but short quotes, as large as a seed may be (1 MB, about 27,000 quotes), beside
40 ordinary stories: what a cold build costs, and what a build where nothing changed costs (issue 35).

    .venv/bin/python bench/quote_flood.py [--base REV] [--n 40] [--corpus DIR] [--jobs N] [--json FILE]

The ordinary stories are the first `--n` of ../shared/corpus/bbc-politics (read here at run time,
never copied into the repository); the big one is invented by `quote_flood()` below (the tests
make theirs with it too). Each build is `python -m generator build` in a subprocess, from a
snapshot of the working tree's code, or of git revision `--base` (the figure before a change).
Printed: each build's wall time and exit status, the build's verdict on the big seed, and the
time of each of its steps (extraction, handouts, MkDocs) as the build reports them.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from build_bench import machine, make_project, run_build, snapshot_code, work_folder
from floor_ratio import CORPUS, code_at

LIMIT = 1_000_000  # a seed's most bytes (generator/input/seeds.py)
SPEAKERS = ["Ada Vale", "Tom Reyes", "Mina Okafor", "Jon Pike", "Lena Ortiz", "Sam Hale"]
WORDS = ["We will win.", "Not today.", "It is fair.", "Ask them.", "That is wrong.", "Vote for it.",
         "Wait and see.", "No comment.", "It works.", "We are ready."]


def quote_flood(limit: int = LIMIT, date: str = "2023-05-02") -> str:
    """An invented story of short quotes, one a sentence ("Ada Vale said: “We will win.”"), in short
    paragraphs, just under `limit` bytes as UTF-8."""
    out = [f"date {date}\n\nQuotes from the port talks\n\n"]
    size, i = len(out[0].encode("utf-8")), 0
    while True:
        line = f'{SPEAKERS[i % len(SPEAKERS)]} said: "{WORDS[(i // len(SPEAKERS)) % len(WORDS)]}"'
        line += "\n\n" if i % 4 == 3 else " "
        if size + len(line.encode("utf-8")) > limit - 2:
            break
        out.append(line)
        size += len(line.encode("utf-8"))
        i += 1
    return "".join(out).rstrip() + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, default=40, help="ordinary stories beside the big one (default 40)")
    ap.add_argument("--base", metavar="REV", help="build with the code of this git revision instead of the working tree")
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="build in this new folder outside the repository and keep it")
    a = ap.parse_args()
    stories = sorted(a.corpus.glob("*.txt"))[:a.n]
    if len(stories) < a.n:
        sys.exit(f"fewer than {a.n} stories in {a.corpus}")
    base = work_folder(a.keep, "quote-flood-")
    figures: dict = {"machine": machine(), "code": a.base or "working tree", "stories": a.n}
    try:
        project = base / "project"
        project.mkdir()
        make_project(project, stories)
        big = project / "seeds" / "quote-flood.txt"
        big.write_text(quote_flood(), "utf-8")
        figures["big_seed_bytes"] = big.stat().st_size
        code = code_at(a.base, base / "code") if a.base else snapshot_code(base)
        print(f"machine: {figures['machine']}\ncode: {figures['code']}; {a.n} stories and {big.name} "
              f"({figures['big_seed_bytes']:,} bytes)", flush=True)
        for name in ("cold", "nothing changed"):
            r = run_build(project, a.jobs, code)
            verdict = [line.strip() for line in r["log"] if "quote-flood" in line or line.startswith("built ")]
            steps = [line.strip() for line in r["log"] if line.strip().endswith(" s")]  # "facts of 41 seed(s) in 52.0 s"
            figures[name] = {"seconds": r["seconds"], "rc": r["rc"], "verdict": verdict, "steps": steps}
            print(f"{name:16} {r['seconds']:7.1f} s  rc={r['rc']}  " + " | ".join(verdict), flush=True)
            for line in steps:
                print(f"    {line}", flush=True)
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)
    if a.json:
        a.json.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
