"""A cold build against its floor: `../shared/tools/floor.py` (the least time spaCy, WeasyPrint and
MkDocs need for the same stories) and our cold build, run alternately on the same stories, with
each part's ratio and the build's peak memory.

    .venv/bin/python bench/floor_ratio.py [--n N] [--rounds 2] [--jobs 2] [--base REV] [--corpus DIR] [--json FILE]

Stories: the corpus's seeds, sorted; with --n above their number they are copied as
`bench/site_scale.py` copies briefings (round k: a new file name, the headline numbered " (k+1)",
the date 400 days earlier per round), so that every copy is a story of its own to the build.
The floor reads the same seed folder, so the same stories.

Each round runs the floor and the build one right after the other (the order flips every round,
so a drift of the machine's speed does not favour one), each as a fresh process; the build runs
`python -m generator build` from a snapshot of the code on a fresh project (an empty cache).
With --base REV, a cold build with the code of that git revision runs in each round too: a change's
gain, measured beside its floor.

The build's parts, from its progress lines:
  extraction       start (Python, imports, reading seeds) to "facts of N seed(s)";
  handouts         from there to "handouts of N briefing(s)" (corrections, slugs, links, the
                   handout HTML and the last PDF);
  site             MkDocs' own run, "building the site" to "mkdocs build in";
  handouts + site  from the facts to whichever of the two ends last: the build renders the PDFs
                   while it writes the pages and runs MkDocs (a revision before that ran them in
                   turn, and there this is their sum);
  finish           the swap into place and the exit.
The floor's parts are floor.py's own: spaCy (model load + nlp.pipe), WeasyPrint, MkDocs; its total
is their sum. MkDocs is also compared per page: the build makes about twice the floor's pages
(actors, archive, tags).

CPU time (user + system, of every process of each run) is steadier than wall time on a busy machine;
the floor's counts the two MkDocs builds it runs (the CLI and in-process, keeping the faster).
Peak memory is the largest sum over the build's process tree of RSS and of PSS, sampled from /proc.
Timings of a shared machine drift: read the ratios of one run, not the seconds across runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

from build_bench import _memory_kb, _tree, machine, make_project, snapshot_code

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"
FLOOR = ROOT.parent / "shared" / "tools" / "floor.py"
COPY_SHIFT_DAYS = 400  # as bench/site_scale.py shifts its copies
_DATE_LINE = re.compile(r"\A(\s*date\s+)(\d{4}-\d{2}-\d{2})(\s+)", re.IGNORECASE)

# the progress lines that start or end the parts of the build
MARKS = (("extraction", re.compile(r"^facts of \d+ seed")),
         ("site_start", re.compile(r"^building the site with MkDocs")),
         ("handouts", re.compile(r"^handouts of \d+ briefing")),
         ("site", re.compile(r"^mkdocs build in ")))


def story_files(corpus: Path, n: int | None, out: Path) -> int:
    """n seed files in `out`: the corpus's, then copies (new name, numbered headline, earlier date)."""
    seeds = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix == ".txt")
    if not seeds:
        sys.exit(f"no seeds in {corpus}")
    n = n or len(seeds)
    out.mkdir(parents=True)
    for i in range(n):
        src, rnd = seeds[i % len(seeds)], i // len(seeds)
        if not rnd:
            shutil.copy(src, out / src.name)
            continue
        first, nl, rest = src.read_text("utf-8").partition("\n")
        m = _DATE_LINE.match(first)
        if m:
            date = dt.date.fromisoformat(m.group(2)) - dt.timedelta(days=COPY_SHIFT_DAYS * rnd)
            first = m.group(1) + date.isoformat() + m.group(3) + first[m.end():].rstrip() + f" ({rnd + 1})"
        (out / f"{src.stem}-r{rnd}.txt").write_text(first + nl + rest, "utf-8")
    return n


def _children_cpu() -> float:
    """CPU seconds of the finished (waited-for) child processes so far, user and system."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_floor(seeds: Path, n: int, jobs: int, work: Path) -> dict:
    out = work / "floor.json"
    cpu = _children_cpu()
    started = time.monotonic()
    proc = subprocess.run([sys.executable, str(FLOOR), str(seeds), "--n", str(n), "--jobs", str(jobs),
                           "--out", str(out)], capture_output=True, text=True)
    wall = time.monotonic() - started
    if proc.returncode != 0:
        sys.exit(f"floor.py failed:\n{proc.stdout}\n{proc.stderr}")
    r = json.loads(out.read_text("utf-8"))
    return {"extraction": r["spacy"]["load_s"] + r["spacy"]["s"], "handouts": r["weasyprint"]["s"],
            "site": r["mkdocs"]["s"], "handouts_site": r["weasyprint"]["s"] + r["mkdocs"]["s"], "total": r["total_s"], "wall": wall, "cpu": _children_cpu() - cpu,
            "pages": r["mkdocs"]["html_pages"],
            "pdf_pages": r["weasyprint"]["pages"]}


def run_build(seeds: Path, jobs: int, code: Path, work: Path, verbose: bool = False) -> dict:
    """A cold build of a fresh project in a subprocess: its parts, wall time and peak memory."""
    project = work / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir()
    make_project(project, [])
    (project / "seeds").rmdir()
    shutil.copytree(seeds, project / "seeds")
    env = dict(os.environ, PYTHONPATH=str(code))
    cmd = [sys.executable, "-m", "generator", "build", "--project", str(project), "--jobs", str(jobs)]
    peak_rss = peak_pss = 0
    peak_at = 0.0  # seconds into the build of the PSS peak
    done = threading.Event()
    cpu = _children_cpu()
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=code, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def sample() -> None:
        nonlocal peak_rss, peak_pss, peak_at
        while not done.is_set():
            mem = [_memory_kb(pid) for pid in _tree(proc.pid)]
            peak_rss = max(peak_rss, sum(m[0] for m in mem))
            if sum(m[1] for m in mem) > peak_pss:
                peak_pss, peak_at = sum(m[1] for m in mem), time.monotonic() - started
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    marks: dict[str, float] = {}
    lines = []
    for line in proc.stdout:
        lines.append(f"{time.monotonic() - started:7.2f}  {line.rstrip()}")
        for part, pattern in MARKS:
            if part not in marks and pattern.search(line):
                marks[part] = time.monotonic() - started
    proc.wait()
    wall = time.monotonic() - started
    done.set()
    sampler.join()
    if proc.returncode != 0 or len(marks) < len(MARKS):
        sys.exit(f"the build failed (rc={proc.returncode}):\n" + "\n".join(lines[-30:]))
    site = project / "site"
    # The handouts render while MkDocs builds the site (since issue 18's third round; before, one
    # after the other): "handouts" runs from the facts to the last PDF, "site" is MkDocs' own run,
    # and "handouts + site" from the facts to whichever of the two ends last.
    last = max(marks["handouts"], marks["site"])
    spans = {"extraction": marks["extraction"], "handouts": marks["handouts"] - marks["extraction"],
             "site": marks["site"] - marks["site_start"], "handouts_site": last - marks["extraction"]}
    if verbose:
        print("\n".join(lines), flush=True)
    return {**spans, "finish": wall - last, "total": wall, "cpu": _children_cpu() - cpu, "pages": sum(1 for _ in site.rglob("*.html")),
            "peak_rss_mb": round(peak_rss / 1024), "peak_pss_mb": round(peak_pss / 1024),
            "peak_in": "extraction" if peak_at <= marks["extraction"] else "finish" if peak_at > last else "handouts + site"}


def table(floors: list[dict], builds: dict[str, list[dict]], n: int) -> str:
    """The figures as a Markdown table: per part, the range over the rounds of the seconds and of each
    round's ratio (a build to the floor of the same round)."""
    def rng(values: list[float], fmt: str) -> str:
        lo, hi = min(values), max(values)
        return format(lo, fmt) if format(lo, fmt) == format(hi, fmt) else f"{format(lo, fmt)}-{format(hi, fmt)}"

    head = "| Part | Floor |" + "".join(f" {name} | {name} / floor |" for name in builds)
    rows = [head, "|---|---|" + "---|---|" * len(builds)]
    for part, label in (("extraction", "extraction (spaCy)"), ("handouts", "handouts (WeasyPrint)"),
                        ("site", "site (MkDocs)"), ("handouts_site", "handouts + site"), ("total", "**total**")):
        f = [r[part] for r in floors]
        row = f"| {label} | {rng(f, '.1f')} s |"
        for runs in builds.values():
            b = [r[part] for r in runs]
            row += f" {rng(b, '.1f')} s | {rng([bb / ff for ff, bb in zip(f, b)], '.2f')}x |"
        rows.append(row)
    row = f"| site per page | {rng([1000 * f['site'] / f['pages'] for f in floors], '.1f')} ms ({floors[0]['pages']} pages) |"
    for runs in builds.values():
        row += (f" {rng([1000 * b['site'] / b['pages'] for b in runs], '.1f')} ms ({runs[0]['pages']} pages) | "
                f"{rng([(b['site'] / b['pages']) / (f['site'] / f['pages']) for f, b in zip(floors, runs)], '.2f')}x |")
    rows.append(row)
    rows.append("| finish (swap, exit) | - |" + "".join(f" {rng([b['finish'] for b in runs], '.1f')} s | - |"
                                                     for runs in builds.values()))
    rows.append(f"| CPU time, all processes | {rng([f['cpu'] for f in floors], '.0f')} s (two MkDocs builds) |"
                + "".join(f" {rng([b['cpu'] for b in runs], '.0f')} s | - |" for runs in builds.values()))
    rows.append("| peak memory, process tree (PSS / RSS) | - |" + "".join(
        f" {rng([b['peak_pss_mb'] for b in runs], '.0f')} / {rng([b['peak_rss_mb'] for b in runs], '.0f')} MB"
        f" ({', '.join(sorted({b['peak_in'] for b in runs}))}) | - |" for runs in builds.values()))
    return f"{n} stories, {len(floors)} round(s):\n\n" + "\n".join(rows)


def code_at(rev: str, dest: Path) -> Path:
    """generator/ and templates/ as they are at git revision `rev`."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "generator", "templates"],
                         capture_output=True, check=True).stdout
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(dest, filter="data")
    return dest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, help="stories (default: each seed of the corpus once)")
    ap.add_argument("--rounds", type=int, default=2, help="floor + build pairs (default 2)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for both (default 2)")
    ap.add_argument("--base", metavar="REV", help="also a cold build with the code of this git revision, each round")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the build's output, each line with its time")
    a = ap.parse_args()
    if not FLOOR.is_file():
        sys.exit(f"no floor tool at {FLOOR}")

    work = Path(tempfile.mkdtemp(prefix="floor-ratio-"))
    try:
        seeds = work / "seeds"
        n = story_files(a.corpus, a.n, seeds)
        codes = {"build": snapshot_code(work)}
        if a.base:
            codes[a.base] = code_at(a.base, work / "base-code")
        print(f"machine: {machine()}\n{n} stories, {a.rounds} round(s), --jobs {a.jobs}", flush=True)
        floors: list[dict] = []
        builds: dict[str, list[dict]] = {name: [] for name in codes}
        for rnd in range(a.rounds):
            order = ["floor", *codes]
            for which in order if rnd % 2 == 0 else order[::-1]:
                if which == "floor":
                    r = run_floor(seeds, n, a.jobs, work)
                    floors.append(r)
                else:
                    r = run_build(seeds, a.jobs, codes[which], work, a.verbose)
                    builds[which].append(r)
                print(f"round {rnd + 1} {which:5} " + "  ".join(
                    f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("\n" + table(floors, builds, n))
    for name, runs in builds.items():
        ratio = [b["total"] / f["total"] for f, b in zip(floors, runs)]
        print(f"{name} / floor, total: {statistics.median(ratio):.2f}x, median of {len(ratio)}")
    if a.json:
        a.json.write_text(json.dumps({"machine": machine(), "stories": n, "jobs": a.jobs, "floor": floors,
                                      "builds": builds}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
