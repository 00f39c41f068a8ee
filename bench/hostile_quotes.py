"""Time and peak memory of extraction on stories shaped to defeat the quote speaker search.

    .venv/bin/python bench/hostile_quotes.py [--shape NAME ...] [--scale 1.0]

Each shape runs in a fresh process (so one's memory does not hide another's): the model is loaded
first, then the whole extraction of one seed (`extract()`: parse, quotes, speakers, every fact) is
timed, and the process's peak resident memory is read before and after. "model s" is the spaCy
model alone on the same text (the project's components off): what no rule of ours can save.
The target is under 10 s and under 500 MB of growth for each shape. Timings belong here, not in
the tests.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _shapes(scale: float) -> dict[str, str]:
    n2k, n20k = int(2000 * scale), int(20000 * scale)
    return {
        # 2,000 quotations in one sentence after one speech verb (10 KB)
        "quotes-in-one-sentence": "Tony Blair said " + " ".join(['"no"'] * n2k) + ".",
        # the same, each a full sentence of quotation, still one paragraph
        "long-quotes-in-one-paragraph": " ".join(['"We will not back down," Blair said.'] * (n2k // 2)),
        # 20,000 opening marks that never close, in one paragraph
        "unclosed-marks": "Tony Blair said " + " ".join(['"no'] * n20k) + ".",
        # 20,000 bare marks
        "bare-marks": '"' * n20k,
        # a quotation mark opening every paragraph, never closed: one quotation over 2,000 paragraphs
        "unclosed-paragraphs": "\n\n".join(['"We will win and we will win soon'] * n2k),
    }


def _one(shape: str, scale: float) -> dict:
    from generator.extract import extract, load_nlp
    from generator.input.seeds import Seed

    import datetime as dt

    text = _shapes(scale)[shape]
    nlp = load_nlp()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # the model alone on the same text (the project's components off), for the share that is spaCy's
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("briefing_")]):
        nlp(text)
    model_seconds = time.perf_counter() - t0
    seed = Seed(id="hostile", path=Path("hostile.txt"), date=dt.date(2024, 1, 1), title="Hostile",
                paragraphs=text.split("\n\n"))
    t0 = time.perf_counter()
    briefing = next(extract([seed]))
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"shape": shape, "chars": len(text), "quotes": len(briefing.quotes), "seconds": round(seconds, 2), "model_seconds": round(model_seconds, 2),
            "peak_mb": round(after / 1024), "growth_mb": round((after - before) / 1024)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shape", action="append", help="run only these shapes (default: all)")
    ap.add_argument("--scale", type=float, default=1.0, help="size of each shape against the issue's")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_one(args.one, args.scale)))
        return 0
    print(f"{'shape':30} {'chars':>7} {'quotes':>6} {'seconds':>8} {'model s':>8} {'peak MB':>8} {'growth MB':>9}")
    failed = 0
    for shape in args.shape or list(_shapes(args.scale)):
        proc = subprocess.run([sys.executable, __file__, "--one", shape, "--scale", str(args.scale)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{shape:30} failed: {proc.stderr.strip().splitlines()[-1:]}")
            failed += 1
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{r['shape']:30} {r['chars']:7d} {r['quotes']:6d} {r['seconds']:8.2f} {r['model_seconds']:8.2f} {r['peak_mb']:8d} {r['growth_mb']:9d}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
