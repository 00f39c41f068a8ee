"""How the site scales: 1,000 briefings through page rendering and `mkdocs build`, and
handouts per second on a sample.

    .venv/bin/python bench/site_scale.py [--count 1000] [--handouts 20] [--json FILE] [--keep DIR]

The briefings come from the stories of ../shared/corpus/bbc-politics, extracted once
(the JSON lines are cached in the temp folder; or pass `extract --json` output with
--json), then copied with shifted dates and new slugs up to --count. Everything is
written into a temporary folder (or --keep DIR, outside the repository), never into
the repository.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build.handout_step import generation_date  # noqa: E402
from generator.editorial.identity import link_related  # noqa: E402
from generator.slugs import assign_slugs  # noqa: E402
from generator.facts import Briefing  # noqa: E402
from generator.publish.handouts import render_pdf  # noqa: E402
from generator.publish.render import Renderer  # noqa: E402
from generator.publish.site import mkdocs_build, write_pages  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"


def corpus_briefings(corpus: Path, cache_dir: Path) -> list[Briefing]:
    """The corpus's briefings, extracted once and cached as JSON lines outside the repository."""
    files = sorted(corpus.glob("*.txt"))
    key = hashlib.sha1("".join(f"{f.name}:{f.stat().st_size}" for f in files).encode()).hexdigest()[:12]
    cache = cache_dir / f"briefing-bench-{key}.jsonl"
    if not cache.is_file():
        from generator.extract import extract
        from generator.input.seeds import read_seed

        t = time.perf_counter()
        lines = [b.to_json() for b in extract([read_seed(f) for f in files], n_process=2)]
        cache.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"extracted {len(lines)} stories in {time.perf_counter() - t:.1f} s -> {cache}")
    return read_jsonl(cache)


def read_jsonl(path: Path) -> list[Briefing]:
    return [Briefing.from_json(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def copies(base: list[Briefing], count: int) -> list[Briefing]:
    """`count` briefings: the base ones, then copies a few hundred days earlier each round."""
    out = []
    for i in range(count):
        b = Briefing.from_dict(dataclasses.asdict(base[i % len(base)]))
        rnd = i // len(base)
        if rnd:
            b.date = (dt.date.fromisoformat(b.date) - dt.timedelta(days=400 * rnd)).isoformat()
            b.id, b.slug = f"{b.id}-r{rnd}", f"{b.slug}-r{rnd}"
            b.related = []
        out.append(b)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--handouts", type=int, default=20, help="handouts to render for the per-second figure")
    ap.add_argument("--json", type=Path, help="briefings as JSON lines (extract --json) instead of extracting")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--keep", type=Path, help="build here (outside the repository) and keep it")
    args = ap.parse_args()

    base = read_jsonl(args.json) if args.json else corpus_briefings(args.corpus, Path(tempfile.gettempdir()))
    briefings = copies(base, args.count)
    renderer = Renderer(ROOT / "templates")

    if args.keep:
        work = args.keep.resolve()
        if work == ROOT or ROOT in work.parents:
            ap.error("--keep must be outside the repository")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="site-scale-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        shutil.copy(ROOT / "briefings" / "about.md", docs / "about.md")
        t0 = time.perf_counter()
        assign_slugs(briefings)
        link_related(briefings)
        t1 = time.perf_counter()
        write_pages(docs, briefings, renderer)
        t2 = time.perf_counter()
        # handouts are stood in by empty files so the site's links resolve; real ones are timed below
        (docs / "handouts").mkdir(exist_ok=True)
        for b in briefings:
            (docs / "handouts" / f"{b.slug}.pdf").write_bytes(b"%PDF-1.7\n")
        pages = sum(1 for _ in docs.rglob("*.md"))
        t3 = time.perf_counter()
        mkdocs_build(ROOT / "mkdocs.yml", docs, work / "site")
        t4 = time.perf_counter()
        sample = briefings[:: max(1, len(briefings) // max(1, args.handouts))][: args.handouts]
        sizes, pages_per_pdf = [], []
        t5 = time.perf_counter()
        for b in sample:
            pdf = render_pdf(b, renderer, generation_date(b))
            sizes.append(len(pdf))
            pages_per_pdf.append(pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"))
        t6 = time.perf_counter()
        print(f"briefings:            {len(briefings)} ({len(base)} distinct stories)")
        print(f"Markdown pages:       {pages}")
        print(f"link related:         {t1 - t0:6.2f} s")
        print(f"render pages:         {t2 - t1:6.2f} s")
        print(f"mkdocs build:         {t4 - t3:6.2f} s")
        print(f"site total:           {t2 - t0 + t4 - t3:6.2f} s")
        if sample:
            print(f"handouts:             {len(sample) / (t6 - t5):6.2f} per second "
                  f"({len(sample)} rendered, mean {sum(sizes) / len(sizes) / 1024:.0f} KiB)")
        print(f"output:               {work}" + ("" if args.keep else " (removed)"))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
