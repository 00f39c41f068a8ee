"""Same seeds, same bytes: a cold build with the code of a git revision and one with the working
tree, compared file by file (the site with its PDF handouts, and the generated Markdown pages).

    .venv/bin/python bench/same_output.py [--base HEAD] [--n N] [--jobs 2] [--corpus DIR] [--keep DIR]

A speed-up must not change what readers get: run this before committing one. Stories are those
of `bench/floor_ratio.py` (the corpus's seeds, copied past their number with --n). Each build runs
`python -m generator build` on a fresh project (an empty cache) from a snapshot of its code and
templates, with SOURCE_DATE_EPOCH fixed so that MkDocs' sitemap dates cannot differ by the day.
Exit status 0 when every file is the same, 1 (listing the differences) when not.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from build_bench import snapshot_code, work_folder
from floor_ratio import CORPUS, code_at, story_files

ROOT = Path(__file__).resolve().parent.parent


def build(code: Path, seeds: Path, project: Path, jobs: int) -> dict[str, str]:
    """A cold build with this code; {path: sha256} of the site and the generated pages."""
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(code / "templates", project / "templates")
    (project / "briefings").mkdir()
    shutil.copy(ROOT / "briefings" / "about.md", project / "briefings" / "about.md")
    shutil.copytree(seeds, project / "seeds")
    env = dict(os.environ, PYTHONPATH=str(code), SOURCE_DATE_EPOCH="1700000000")
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project), "--jobs", str(jobs)],
                          cwd=code, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"build with {code} failed (rc={proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    sums = {}
    for top in ("site", "briefings"):
        for path in sorted((project / top).rglob("*")):
            if path.is_file():
                sums[path.relative_to(project).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="HEAD", help="git revision to compare against (default HEAD)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, help="stories (default: each seed of the corpus once)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="build in this new folder (outside the repository) and keep it")
    a = ap.parse_args()
    work = work_folder(a.keep, "same-output-")
    try:
        seeds = work / "seeds"
        n = story_files(a.corpus, a.n, seeds)
        base_code, new_code = code_at(a.base, work / "base-code"), snapshot_code(work)  # both now
        base = build(base_code, seeds, work / "base", a.jobs)
        new = build(new_code, seeds, work / "new", a.jobs)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    differ = sorted(p for p in base.keys() & new.keys() if base[p] != new[p])
    only_base, only_new = sorted(base.keys() - new.keys()), sorted(new.keys() - base.keys())
    pdfs = sum(1 for p in base if p.endswith(".pdf"))
    print(f"{n} stories: {len(base)} files with {a.base} ({pdfs} PDFs), {len(new)} with the working tree")
    for label, paths in (("differ", differ), (f"only with {a.base}", only_base), ("only with the working tree", only_new)):
        if paths:
            print(f"{len(paths)} {label}: " + ", ".join(paths[:20]) + (" ..." if len(paths) > 20 else ""))
    same = not (differ or only_base or only_new)
    print("same bytes" if same else "NOT the same bytes")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
