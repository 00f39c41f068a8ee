"""What an editor's correction costs a rebuild, against what a changed story costs.

    .venv/bin/python bench/corrections_bench.py [--corpus DIR] [--stories N] [--runs R]

Builds a temporary project of N stories of ../shared/corpus/bbc-politics (copied, never into
the repository), then, R times each, with `python -m generator build` in a subprocess as a
user runs it:

* a rebuild after changing one story's corrections file (no extraction: the facts come
  from the cache and the corrections are applied on top);
* a rebuild after changing one story's text (one extraction: spaCy loaded, the story run).

It also times `correct_all` alone over every briefing (the corrections step of a build) and
`extract()` of one story with the model already loaded.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.build_bench import CORPUS, make_project  # noqa: E402


def build(project: Path) -> tuple[float, dict[str, int]]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project)],
                          cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr[-2000:])
    m = re.search(r"facts: (\d+) from cache, (\d+) extracted; handouts: (\d+) from cache, (\d+) rendered", proc.stdout)
    stats = dict(zip(("facts_cached", "facts_extracted", "pdf_cached", "pdf_rendered"), map(int, m.groups()))) if m else {}
    return took, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    seeds = sorted(args.corpus.glob("*.txt"))[:args.stories]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        make_project(project, seeds)
        build(project)  # cold
        build(project)  # settle: nothing to do
        target = project / "seeds" / seeds[len(seeds) // 2].name
        corrections = target.with_name(target.stem + ".corrections.yml")
        text = target.read_text("utf-8")
        fix_times, story_times, fix_stats, story_stats = [], [], {}, {}
        for run in range(args.runs):
            corrections.write_text(f"headline: A corrected headline, version {run}\n", "utf-8")
            took, fix_stats = build(project)
            fix_times.append(took)
            target.write_text(text + f"\n\nAn added sentence, version {run}.\n", "utf-8")
            took, story_stats = build(project)
            story_times.append(took)

        from generator.build.steps import read_seeds, BuildResult
        from generator.editorial.corrections import correct_all
        from generator.extract import extract, load_nlp

        result = BuildResult()
        files = read_seeds([project / "seeds"], result)
        nlp_started = time.perf_counter()
        load_nlp()
        load_s = time.perf_counter() - nlp_started
        briefings = list(extract([sf.seed for sf in files]))
        one = []
        for _ in range(args.runs):
            started = time.perf_counter()
            list(extract([files[len(files) // 2].seed]))
            one.append(time.perf_counter() - started)
        apply = []
        for _ in range(args.runs):
            started = time.perf_counter()
            correct_all(briefings, {sf.seed.id: sf.seed.path for sf in files}, project, lambda w: None)
            apply.append(time.perf_counter() - started)

    print(json.dumps({
        "stories": len(seeds),
        "rebuild_after_a_correction_s": [round(t, 2) for t in fix_times],
        "correction_rebuild_stats": fix_stats,
        "rebuild_after_a_changed_story_s": [round(t, 2) for t in story_times],
        "story_rebuild_stats": story_stats,
        "correct_all_over_every_briefing_ms": round(statistics.median(apply) * 1000, 1),
        "extract_one_story_model_loaded_ms": round(statistics.median(one) * 1000, 1),
        "load_model_s": round(load_s, 2),
    }, indent=1))


if __name__ == "__main__":
    main()
