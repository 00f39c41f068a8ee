"""How fast the build regenerates: a cold build, a rebuild with nothing changed, a rebuild
after one new seed, and peak memory, over the 417 stories of ../shared/corpus/bbc-politics.

    .venv/bin/python bench/build_bench.py [--corpus DIR] [--jobs N] [--json FILE] [--keep DIR]

The corpus is copied into a temporary project (mkdocs.yml, templates/, briefings/about.md
and the seeds; never into the repository), less one story from the middle of the corpus,
which is added before the third build. The generator is run from a snapshot of its code
(copied beside the project), so edits to the working tree during a run change nothing. Each build runs as `python -m generator build` in a
subprocess, as a user runs it.

Peak memory is given three ways: the largest single process (getrusage RUSAGE_CHILDREN,
ru_maxrss), and the largest sum over the build's process tree of RSS (counts pages that
forked workers share once per worker: an upper bound) and of PSS (shares them out), sampled
from /proc every 50 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"


def make_project(root: Path, seeds: list[Path]) -> None:
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "briefings").mkdir()
    shutil.copy(ROOT / "briefings" / "about.md", root / "briefings" / "about.md")
    (root / "seeds").mkdir()
    for seed in seeds:
        shutil.copy(seed, root / "seeds" / seed.name)


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in KB. PSS shares pages among the processes that map them, so the
    sum over a tree of forked workers does not count the model they share twice."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _role(pid: int) -> str:
    """What a process of the build is, by its name: a worker's multiprocessing name says its pool."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return "other"
    if "pagefind" in cmd:
        return "pagefind"
    if "resource_tracker" in cmd:
        return "tracker"
    return "worker" if "multiprocessing" in cmd else "other"


def _tree(root_pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as f:
                    stat = f.read()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = [root_pid], [root_pid]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree += frontier
    return tree


def snapshot_code(base: Path) -> Path:
    """A copy of the generator (and its default templates) to run: the figures are of one version
    of the code, even while the working tree changes, and the cache keys (which include the code)
    stay put between the three builds."""
    code = base / "code"
    shutil.copytree(ROOT / "generator", code / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", code / "templates")
    return code


def run_build(project: Path, jobs: int, code: Path) -> dict:
    """One build in a subprocess: wall time, exit status, peak tree RSS, its last lines of output."""
    env = dict(os.environ, PYTHONPATH=str(code))
    cmd = [sys.executable, "-m", "generator", "build", "--project", str(project)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    peak = peak_pss = 0
    largest: dict[str, int] = {}  # role -> the largest RSS (KB) one process of that role reached
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=code, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            pids = _tree(proc.pid)
            mem = [_memory_kb(pid) for pid in pids]
            peak = max(peak, sum(m[0] for m in mem))
            for pid, (rss, _) in zip(pids, mem):
                role = "build" if pid == proc.pid else _role(pid)
                largest[role] = max(largest.get(role, 0), rss)
            peak_pss = max(peak_pss, sum(m[1] for m in mem))
            done.wait(0.5)  # memory peaks are sustained (model loaded); a faster poll of /proc slows the build

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    wall = time.monotonic() - started
    done.set()
    sampler.join()
    return {"seconds": round(wall, 2), "rc": proc.returncode, "tree_peak_mb": round(peak / 1024), "tree_peak_pss_mb": round(peak_pss / 1024),
            "largest_mb": {role: round(kb / 1024) for role, kb in sorted(largest.items())},
            "log": [line for line in out.splitlines() if re.search(r"in [\d.]+ s$|built|FAILED|cache", line)]}


def work_folder(keep: Path | None, prefix: str) -> Path:
    """`keep` (a new folder outside the repository, kept afterwards) or a fresh temporary folder."""
    if keep is None:
        return Path(tempfile.mkdtemp(prefix=prefix))
    if keep.resolve().is_relative_to(ROOT):
        sys.exit("--keep must be outside the repository")
    keep.mkdir(parents=True)
    return keep


def machine() -> str:
    cores = len(os.sched_getaffinity(0))
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cores} cores ({cpu}), {mem:.0f} GB RAM, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=0, help="--jobs for the build (default: its own default)")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--keep", type=Path, help="build in this (new, empty) folder outside the repository")
    args = parser.parse_args()

    seeds = sorted(args.corpus.glob("*.txt"))
    if not seeds:
        sys.exit(f"no seeds in {args.corpus}")
    held_out = seeds[len(seeds) // 2]  # added later: a story from the middle, not the newest
    base = work_folder(args.keep, "build-bench-")
    project = base / "project"
    project.mkdir()
    make_project(project, [s for s in seeds if s != held_out])
    code = snapshot_code(base)

    runs = {}
    try:
        print(f"machine: {machine()}\nproject: {project} ({len(seeds) - 1} seeds)", flush=True)
        for name, before in (("cold", None), ("nothing changed", None),
                             ("one new seed", lambda: shutil.copy(held_out, project / "seeds" / held_out.name))):
            if before:
                before()
            runs[name] = run_build(project, args.jobs, code)
            r = runs[name]
            print(f"{name:16} {r['seconds']:7.1f} s  rc={r['rc']}  tree peak RSS {r['tree_peak_mb']} MB, PSS {r['tree_peak_pss_mb']} MB", flush=True)
            for line in r["log"]:
                print(f"    {line}")
            if r["rc"] != 0:
                print("the build failed; stopping", file=sys.stderr)
                return 1
        built = len(list((project / "site" / "handouts").glob("*.pdf")))
        assert built == len(seeds), f"{built} handouts, expected {len(seeds)}"
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    cold = runs["cold"]["seconds"]
    figures = {
        "machine": machine(),
        "seeds": len(seeds),
        "cold_s": cold,
        "nothing_changed_s": runs["nothing changed"]["seconds"],
        "one_new_seed_s": runs["one new seed"]["seconds"],
        "nothing_changed_pct_of_cold": round(100 * runs["nothing changed"]["seconds"] / cold, 1),
        "one_new_seed_pct_of_cold": round(100 * runs["one new seed"]["seconds"] / cold, 1),
        "peak_single_process_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "peak_process_tree_rss_mb": max(r["tree_peak_mb"] for r in runs.values()),
        "peak_process_tree_pss_mb": max(r["tree_peak_pss_mb"] for r in runs.values()),
    }
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
