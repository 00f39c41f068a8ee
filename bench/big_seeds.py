"""Seeds as large as the reader allows (1 MB): how long extraction takes, how much memory it needs,
and what a build does with one beside a good seed (issue 15).

    .venv/bin/python bench/big_seeds.py [--shape NAME ...] [--limit S] [--build] [--json FILE]

Shapes (invented text, just under the 1,000,000-byte limit of a seed):

* `one-line`: one paragraph of plain sentences (no blank line at all);
* `paragraphs`: 10,000 short paragraphs.

Each shape is extracted in a fresh process (the model loaded first, not timed), unbounded but
for `--limit` seconds of wall time; the figures are the extraction's wall time and the
process's peak RSS (ru_maxrss), with the peak after loading the model beside it. With
`--build`, each shape is also built beside a good seed through `generator build` with its
default bounds (`generator/build/extract_pool.py`): the time and the build's verdict on the seed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1_000_000
SENTENCES = [
    "The council of Westby met on Monday to discuss the budget for roads and schools.",
    "Minister Jane Roe said the plan would cost more than the county could raise.",
    "Opposition members asked why the vote had been delayed until the spring.",
    "A spokesman for the Treasury declined to comment on the figures.",
]


def one_line() -> str:
    body, i = [], 0
    size = len("date 2021-01-05 ")
    while size < LIMIT - 200:
        s = SENTENCES[i % len(SENTENCES)]
        body.append(s)
        size += len(s) + 1
        i += 1
    return "date 2021-01-05 " + " ".join(body)


def paragraphs() -> str:
    paras = [SENTENCES[i % len(SENTENCES)][:90] for i in range(10_000)]
    text = "date 2021-01-05 " + "\n\n".join(paras)
    return text[:LIMIT - 1]


SHAPES = {"one-line": one_line, "paragraphs": paragraphs}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from generator.extract import extract, load_nlp
from generator.input.seeds import read_seed
seed = read_seed(Path(sys.argv[1]))
load_nlp()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.monotonic()
b = next(extract([seed]))
print(json.dumps({"extract_s": round(time.monotonic() - t, 1), "model_rss_mb": base // 1024,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                  "sentences": len(b.sentences), "quotes": len(b.quotes)}))
"""


def measure(path: Path, limit: float) -> dict:
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                              timeout=limit)
    except subprocess.TimeoutExpired:
        return {"extract_s": f">{limit:g}", "note": "stopped at the limit"}
    if proc.returncode:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"rc {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build_beside_good(path: Path, tmp: Path) -> dict:
    project = tmp / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    (project / "briefings").mkdir()
    shutil.copy(ROOT / "briefings" / "about.md", project / "briefings" / "about.md")
    (project / "seeds").mkdir()
    (project / "seeds" / "good.txt").write_text("date 2021-03-04 Minister Jane Roe opened a bridge in Leeds on Monday.")
    shutil.copy(path, project / "seeds" / "big.txt")
    t = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project), "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True)
    verdict = [line.strip() for line in proc.stdout.splitlines() if "big.txt" in line or line.startswith("built ")]
    return {"build_s": round(time.monotonic() - t, 1), "rc": proc.returncode, "verdict": verdict}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="default: all")
    parser.add_argument("--limit", type=float, default=300, help="seconds before an unbounded extraction is stopped")
    parser.add_argument("--build", action="store_true", help="also build each shape beside a good seed")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Linux {platform.release()}, Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    out = {}
    with tempfile.TemporaryDirectory(prefix="big-seeds-") as tmp:
        for name in args.shape or sorted(SHAPES):
            path = Path(tmp) / f"{name}.txt"
            path.write_text(SHAPES[name](), "utf-8")
            row = {"bytes": path.stat().st_size, **measure(path, args.limit)}
            if args.build:
                row.update(build_beside_good(path, Path(tmp)))
            out[name] = row
            print(name, json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
