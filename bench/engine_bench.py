"""The local engine against the Dask engine (a LocalCluster of --jobs workers, 2 by default): cold
builds of the 417 stories of ../shared/corpus/bbc-politics and of 2,000 (the corpus, then copies
of it dated a few years earlier), each in a fresh project, and the ratio dask / local.

    .venv/bin/python bench/engine_bench.py [--counts 417 2000] [--jobs 2] [--json FILE]

Each build runs as `python -m generator build --jobs N [--engine dask]` in a subprocess, from a
snapshot of the code (as bench/build_bench.py does); the Dask figure includes starting the
LocalCluster and loading the model in each worker. Step times are read from the build's own
lines (`facts of ... in X s`, `handouts of ... in X s`); `extracting` is the time from the first
story sent to the last back (the progress meter's `in all`), so `facts` less `extracting` is
the start: loading the model here, or starting the LocalCluster and a model in each worker.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bench import CORPUS, machine, make_project, snapshot_code  # noqa: E402

STEPS = {"facts": r"facts of \d+ seed\(s\) in ([\d.]+) s", "handouts": r"handouts of \d+ briefing\(s\) in ([\d.]+) s",
         "mkdocs": r"mkdocs build in ([\d.]+) s", "extracting": r"extracted ([\d,]+)/\1 \([\d.]+/s, ([\d:]+(?: s)?) in all\)"}


def seconds(text: str) -> float:
    """`42 s`, `3:07`, `1:02:03` (generator/progress.py) as seconds."""
    if text.endswith(" s"):
        return float(text[:-2])
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return float(total)


def seeds_for(count: int, corpus: list[Path], folder: Path) -> list[Path]:
    """`count` seed files: the corpus, then copies dated 4, 8, ... years earlier (new ids, new pages)."""
    out: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    round_ = 0
    while len(out) < count:
        for seed in corpus[: count - len(out)]:
            if round_ == 0:
                out.append(seed)
                continue
            text = seed.read_text("utf-8")
            text = re.sub(r"date (\d{4})", lambda m: f"date {int(m.group(1)) - 4 * round_}", text, count=1)
            copy = folder / f"r{round_}-{seed.name}"
            copy.write_text(text, "utf-8")
            out.append(copy)
        round_ += 1
    return out


def run(project: Path, code: Path, jobs: int, engine: str) -> dict:
    cmd = [sys.executable, "-m", "generator", "build", "--project", str(project), "--jobs", str(jobs),
           "--engine", engine]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=code, env=dict(os.environ, PYTHONPATH=str(code)),
                          capture_output=True, text=True)
    wall = time.monotonic() - started
    out = proc.stdout + proc.stderr
    steps = {name: seconds(m.group(m.lastindex)) if name == "extracting" else float(m.group(1))
             for name, rx in STEPS.items() if (m := re.search(rx, out))}
    return {"seconds": round(wall, 1), "rc": proc.returncode, **steps,
            "built": len(list((project / "site" / "handouts").glob("*.pdf"))),
            "last": [line for line in out.splitlines() if re.match(r"(extracted|handouts) [\d,]+/", line)][-2:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--counts", type=int, nargs="+", default=[417, 2000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engines", nargs="+", choices=("local", "dask"), default=["local", "dask"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    corpus = sorted(args.corpus.glob("*.txt"))
    if not corpus:
        sys.exit(f"no seeds in {args.corpus}")
    base = Path(tempfile.mkdtemp(prefix="engine-bench-"))
    figures: dict = {"machine": machine(), "jobs": args.jobs, "runs": {}}
    print(f"machine: {figures['machine']}", flush=True)
    try:
        code = snapshot_code(base)
        for count in args.counts:
            seeds = seeds_for(count, corpus, base / f"copies-{count}")
            row = {}
            for engine in args.engines:
                project = base / f"{engine}-{count}"
                project.mkdir()
                make_project(project, seeds)
                r = row[engine] = run(project, code, args.jobs, engine)
                print(f"{count:6} stories  {engine:5}  {r['seconds']:7.1f} s  rc={r['rc']}  "
                      f"facts {r.get('facts', '?')} s (extracting {r.get('extracting', '?')} s), handouts {r.get('handouts', '?')} s, "
                      f"mkdocs {r.get('mkdocs', '?')} s, {r['built']} PDFs", flush=True)
                for line in r["last"]:
                    print(f"    {line}")
                if r["rc"] != 0 or r["built"] != count:
                    print("the build failed; stopping", file=sys.stderr)
                    return 1
                shutil.rmtree(project, ignore_errors=True)
            if len(row) < 2:
                figures["runs"][count] = row
                continue
            ratio = {k: round(row["dask"][k] / row["local"][k], 2)
                     for k in ("seconds", "facts", "extracting", "handouts")
                     if row["local"].get(k) and row["dask"].get(k)}
            row["ratio_dask_over_local"] = ratio
            figures["runs"][count] = row
            print(f"{count:6} stories  dask / local: whole build {ratio.get('seconds')}, "
                  f"facts {ratio.get('facts')} (extracting {ratio.get('extracting')}), handouts {ratio.get('handouts')}", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
