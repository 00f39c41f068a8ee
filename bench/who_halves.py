#!/usr/bin/env python3
"""The 5W1H and quote figures and the Who audit, on each dev set and corpus and on each half.

    .venv/bin/python bench/who_halves.py [--shared ../shared] [--out DIR] [--sets 5w1h,quotes,bbc,corpus]
                                         [--reuse] [--skip FIRST-LAST[,...]]

Each set is split in two by the SHA-256 of each story's id (first byte even: half A), as
bench/numbers_halves.py splits the numbers. Rules for Who and for page furniture were written
reading half A only and kept when half B did not get worse. The extractor runs once per set
(`python -m generator extract --json --no-corrections`, this interpreter); its output is kept in
`--out` (default: a temporary folder) and `--reuse` scores what is there without extracting again.

Sets: `5w1h` (gold/5w1h-dev, scored by eval/score.py 5w1h), `quotes` (gold/quotes-dev, US, by
score.py quotes, null-content attributions left out as scripts/eval does), `bbc` (gold/quotes-bbc-dev,
UK), `corpus` (corpus/bbc-politics less the stories kept for a graded reading, `--skip`, 261-280 by
default, ranges comma-separated: the Who audit of bench/who_audit.py only).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import who_audit  # noqa: E402

RESERVED = "261-280"  # the corpus stories kept for the graded reading of issue 27's ninth round


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def _extract(folder: Path, out: Path) -> None:
    command = [sys.executable, "-m", "generator", "extract", "--json", "--no-corrections", str(folder)]
    with out.open("w", encoding="utf-8") as f:
        proc = subprocess.run(command, stdout=f, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if proc.returncode:
        sys.exit(f"who_halves: extract failed on {folder}: {proc.stderr.strip()[-500:]}")


def _gold_seeds(score, gold: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for key, item in gold.items():
        (folder / f"{key}.txt").write_text(score.seed_text(item), "utf-8")


def _clean(gold: dict) -> dict:
    """Quote attributions without content left out, as scripts/eval does (the scorer crashes on them)."""
    for item in gold.values():
        quotes = item.get("annotations", {}).get("quotes")
        if isinstance(quotes, list):
            item["annotations"]["quotes"] = [a for a in quotes if isinstance(a.get("content"), dict)]
    return gold


def _figures(score, task: str, gold: dict, answers: dict) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if task == "5w1h":
            score.score_5w1h(gold, answers, [])
        else:
            score.score_quotes(gold, answers, [])
    lines = out.getvalue().splitlines()
    if task == "5w1h":
        keep = [line for line in lines if line.split()[:1] in (["who"], ["who@3"], ["what"], ["where"])]
        return keep + [lines[-1]]
    return [line for line in lines if line.startswith(("predicted", "gold", "speaker", "trust", "quotes F1"))]


def _audit_lines(briefings: list[dict]) -> list[str]:
    counts, _ = who_audit.totals(briefings)
    return [f"actors {counts['actors']}: " + ", ".join(f"{c} {counts[c]}" for c in who_audit.CHECKS)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example:\n  .venv/bin/python bench/who_halves.py --out /tmp/who --sets 5w1h,bbc,corpus")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", metavar="DIR")
    parser.add_argument("--out", type=Path, metavar="DIR", help="keep each set's extracted facts here")
    parser.add_argument("--sets", default="5w1h,quotes,bbc,corpus")
    parser.add_argument("--reuse", action="store_true", help="score the facts already in --out")
    parser.add_argument("--skip", default=RESERVED, metavar="FIRST-LAST[,...]",
                        help="corpus stories left out, kept for a graded reading (default %(default)s)")
    args = parser.parse_args()
    shared = args.shared.resolve()
    score = _scorer(shared)
    reserved = who_audit.numbers(args.skip)
    with tempfile.TemporaryDirectory(prefix="who-halves-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for name in args.sets.split(","):
            facts = out / f"{name}.jsonl"
            if name == "corpus":
                if not args.reuse:
                    seeds = Path(tmp) / "corpus"
                    seeds.mkdir()
                    for path in sorted((shared / "corpus" / "bbc-politics").glob("*.txt")):
                        if who_audit._number(path.stem) not in reserved:
                            (seeds / path.name).write_bytes(path.read_bytes())
                    _extract(seeds, facts)
                briefings = who_audit.read([facts], None, reserved)
                print(f"== corpus/bbc-politics less {args.skip} ({len(briefings)})", flush=True)
                for half in ("all", "A", "B"):
                    part = [b for b in briefings if half == "all" or who_audit.half_of(b["id"]) == half]
                    for line in _audit_lines(part):
                        print(f"  {half:3} {line}")
                continue
            folder = {"5w1h": "5w1h-dev", "quotes": "quotes-dev", "bbc": "quotes-bbc-dev"}[name]
            gold = _clean(score.load_gold(str(shared / "gold" / folder)))
            if not args.reuse:
                _gold_seeds(score, gold, Path(tmp) / folder)
                _extract(Path(tmp) / folder, facts)
            answers = score.parse_output(facts.read_text("utf-8"))
            print(f"== {name}: gold/{folder} ({len(gold)})", flush=True)
            for half in ("all", "A", "B"):
                part = {k: v for k, v in gold.items() if half == "all" or who_audit.half_of(k) == half}
                task = "5w1h" if name == "5w1h" else "quotes"
                for line in _figures(score, task, part, answers):
                    print(f"  {half:3} {line}")
                if name == "5w1h":
                    briefings = [answers[k] for k in part if k in answers]
                    for line in _audit_lines(briefings):
                        print(f"  {half:3} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
