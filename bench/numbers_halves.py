#!/usr/bin/env python3
"""The numbers scorer on the whole dev set and on each half.

    .venv/bin/python bench/numbers_halves.py [--shared ../shared] [--misses A|B]

Runs `../shared/eval/numbers.py` on `gold/numbers-dev` (297 NewsQuant sentences) and on its two
halves, split by the SHA-256 of each sentence's id (first byte even: half A). Rules were written
reading half A only and kept when half B did not get worse. `--misses A` also prints, for each
sentence of that half where prediction and gold differ, both lists (read them only for half A).
The extractor runs once per set, as `python -m generator extract --json` with this interpreter.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def half_of(item_id: str) -> str:
    return "A" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def score(scorer: Path, gold_dir: Path) -> str:
    command = [sys.executable, "-m", "generator", "extract", "--json", "--no-corrections"]
    out = subprocess.run([sys.executable, str(scorer), str(gold_dir), "--", *command],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(f"numbers_halves: the scorer failed: {out.stderr.strip()[-500:]}")
    return out.stdout.strip().splitlines()[-1]


def misses(gold: list[dict], half: str) -> None:
    """Prediction beside gold for each sentence of the half where the values differ."""
    items = [g for g in gold if half_of(g["id"]) == half]
    with tempfile.TemporaryDirectory(prefix="numbers-misses-") as d:
        for g in items:
            Path(d, g["id"] + ".txt").write_text(f" date 2020-01-01 {g['text']}\n", "utf-8")
        out = subprocess.run([sys.executable, "-m", "generator", "extract", "--json", "--no-corrections", d],
                             capture_output=True, text=True, cwd=ROOT)
    pred = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            o = json.loads(line)
            pred[o["id"]] = o.get("numbers", [])
    for g in items:
        got = sorted(json.dumps(n["value"]) + " " + n["unit"] for n in pred.get(g["id"], []))
        want = sorted(f"{q['value']} {q['normalized_unit']}" for q in g["quantities"])
        print(f"{g['id']}: {g['text']}\n   gold: {want}\n   got:  {got}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Examples:\n  .venv/bin/python bench/numbers_halves.py\n"
                                            "  .venv/bin/python bench/numbers_halves.py --misses A",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    parser.add_argument("--misses", choices=("A", "B"), help="also print each sentence of this half with its values")
    args = parser.parse_args()
    shared = Path(args.shared)
    scorer, gold_dir = shared / "eval" / "numbers.py", shared / "gold" / "numbers-dev"
    gold = json.loads((gold_dir / "numbers.json").read_text("utf-8"))
    if args.misses:
        misses(gold, args.misses)
        return
    print("all:    ", score(scorer, gold_dir))
    for half in ("A", "B"):
        with tempfile.TemporaryDirectory(prefix=f"numbers-{half}-") as d:
            Path(d, "numbers.json").write_text(json.dumps([g for g in gold if half_of(g["id"]) == half]), "utf-8")
            print(f"half {half}:", score(scorer, Path(d)))


if __name__ == "__main__":
    main()
