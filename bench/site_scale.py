"""How the site scales: 1,000 briefings through page rendering and `mkdocs build`, and
handouts per second on a sample; or (--builds) whole builds of 1,000 to 10,000 seeds.

    .venv/bin/python bench/site_scale.py [--count 1000] [--handouts 20] [--json FILE] [--keep DIR]
    .venv/bin/python bench/site_scale.py --builds 1000 3000 [10000] [--jobs N] [--json FILE]
    .venv/bin/python bench/site_scale.py --builds 10000 --keep DIR --again   # new code on a kept project

--builds: for each count, a project in the temp folder with that many seeds (distinct stories
first: the corpus's 417 and the dev texts of ../shared/gold (quotes-dev, quotes-bbc-dev, 5w1h-dev),
1,474 in all; then copies made of thirds of them, with other dates, only as many as needed), built as a user builds
it (`python -m generator build`, bench/build_bench.py's run_build): cold, then with nothing
changed, then after one new seed. Figures: each build's wall time, the noop and one-new builds
as shares of cold, the peak RSS of the largest process (getrusage of the children), of the largest
by role (the build's own process, which runs MkDocs; an extraction or handout worker; Pagefind) and
of the process tree, the site's size, its largest file and largest HTML page. The stories are read at run
time and written only under the temp folder: never into the repository.

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
import re
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
from generator.publish.topics import with_topic_tags  # noqa: E402

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


GOLD = ROOT.parent / "shared" / "gold"
GOLD_SETS = ("quotes-dev", "quotes-bbc-dev", "5w1h-dev")


def distinct_stories() -> list[tuple[str, str, str | None, str]]:
    """(name, date, title or None, text) of every distinct story: the corpus, then the dev texts."""
    import json

    out, seen = [], set()
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        out.append((path.stem, "", None, text))  # a seed file as it is (its own first line dates it)
        seen.add(" ".join(text.split()[:40]))
    for name in GOLD_SETS:
        for path in sorted((GOLD / name).glob("*.json")):
            story = json.loads(path.read_text("utf-8"))
            text = story.get("text") or ""
            key = " ".join(text.split()[:40])
            if not text.strip() or not story.get("date") or key in seen:
                continue
            seen.add(key)
            out.append((f"{name}-{path.stem}"[:80], str(story["date"])[:10], story.get("title"), text))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])")


def _sentences(body: str) -> list[str]:
    return [x.strip() for p in body.split("\n\n") for x in _SENTENCE_END.split(p) if x.strip()]


def _body(story: tuple[str, str, str | None, str]) -> str:
    """A story's text without its seed header (a corpus seed's first paragraph: "date D Headline")."""
    _, date, _, text = story
    return text.split("\n\n", 1)[1] if not date and "\n\n" in text else text


def _third(sentences: list[str], k: int) -> list[str]:
    """The k-th third (0, 1, 2) of a story's sentences, at least one."""
    n = len(sentences)
    part = sentences[k * n // 3:(k + 1) * n // 3]
    return part or sentences[min(k, n - 1):min(k, n - 1) + 1]


def _copy_body(stories: list, order: list[int], rank: dict[int, int], i: int, rnd: int) -> str:
    """Round `rnd`'s copy of story i: its first third of sentences, then the middle third of a story
    of about its length and the last third of another (neighbours in the order of length, `rnd`
    places off). A plain copy is a near-duplicate, which the build folds into its story whatever
    its date (editorial/clusters.py): 10,000 of them were 3,706 briefings and 6,294 pages pointing
    to them. A copy made of thirds shares about a fifth of its text with any story or other copy,
    under the fold's bar of half, and has the length and the kind of text of a real one."""
    k = rank[i]
    p, q = order[(k + rnd) % len(order)], order[(k - rnd) % len(order)]
    parts = [_third(_sentences(_body(stories[x])), j) for j, x in enumerate((i, p, q))]
    return "\n\n".join(" ".join(part) for part in parts)


def write_seeds(folder: Path, count: int, stories: list[tuple[str, str, str | None, str]]) -> Path | None:
    """`count` seeds in `folder`: the distinct stories, then (round r) copies made of thirds of
    stories of about the same length (`_copy_body`), dated 400 x r days earlier; returns one more
    seed, left out, for the one-new-seed build."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    extra = None
    n = len(stories)
    order = sorted(range(n), key=lambda x: (len(_body(stories[x]).split()), x))
    rank = {x: k for k, x in enumerate(order)}
    for i in range(count + 1):
        name, date, title, text = stories[i % n]
        rnd = i // n
        body = _copy_body(stories, order, rank, i % n, rnd) if rnd else None
        if not date:  # a corpus seed: "date YYYY-MM-DD Headline" is its first paragraph
            lead = text[:len(text) - len(text.lstrip())]
            head, date, rest = text.lstrip().split(" ", 2)
            header = rest.split("\n\n", 1)[0]
            rest = rest if body is None else f"{header}\n\n{body}"
            text_out = f"{lead}{head} {(dt.date.fromisoformat(date) - dt.timedelta(days=400 * rnd)).isoformat()} {rest}"
            file = f"{name}-r{rnd}.txt" if rnd else f"{name}.txt"
        else:
            day = (dt.date.fromisoformat(date) - dt.timedelta(days=400 * rnd)).isoformat()
            title = " ".join((title or "").split())
            if len(title) > 300:  # a seed's headline may be at most 300 characters: cut at a word
                title = title[:300].rsplit(" ", 1)[0]
            meta = {"date": day, **({"title": title} if title else {})}
            text_out = "---\n" + yaml.safe_dump(meta, allow_unicode=True, width=10**6) + "---\n\n" + (body or text)
            file = f"{name}-r{rnd}.md" if rnd else f"{name}.md"
        path = folder / file
        if i == count:  # the held-out seed: written beside the project, copied in before the third build
            path = folder.parent / file
            extra = path
        path.write_text(text_out, "utf-8")
    return extra


def site_figures(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    largest = max(files, key=lambda p: p.stat().st_size)
    largest_html = max(html, key=lambda p: p.stat().st_size)
    return {
        "site_mb": round(sum(p.stat().st_size for p in files) / 2**20, 1),
        "files": len(files),
        "html_pages": len(html),
        # a briefing has its facts as JSON; a report folded into another's story has none (only a page
        # pointing to it, and its old handout address serving the story's handout, so PDFs overcount)
        "briefings": sum(1 for p in (site / "briefings").glob("*.json")),
        "largest_file": f"{largest.relative_to(site)} ({largest.stat().st_size / 1024:.0f} KB)",
        "largest_html_kb": round(largest_html.stat().st_size / 1024),
        "largest_html": str(largest_html.relative_to(site)),
        "search_index_mb": round(sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 2**20, 1),
    }


def builds(counts: list[int], jobs: int, keep: Path | None, search_python: str | None,
           again: bool = False) -> list[dict]:
    """Cold, noop and one-new builds of each count. `again` (with `keep`): the project kept by an
    earlier run, built with today's code (its facts cached; what the code changed is redone), then
    with nothing changed, then after one more new seed: the rebuild figures of new code without a
    cold build (at 10,000 seeds, about an hour here). Its cold figure stays the earlier run's."""
    from bench.build_bench import machine, make_project

    stories = distinct_stories()
    print(f"machine: {machine()}\n{len(stories)} distinct stories", flush=True)
    out = []
    for count in counts:
        base = Path(tempfile.mkdtemp(prefix=f"site-scale-{count}-")) if keep is None else keep / str(count)
        project = base / "project"
        if again:
            code = _snapshot(base, "code-again")
            # the project's templates are copies made with it (make_project): today's, as the code is
            shutil.rmtree(project / "templates")
            shutil.copytree(ROOT / "templates", project / "templates")
            extra = _one_more_seed(project / "seeds", stories)
            steps = (("again", None), ("noop", None), ("one new seed", lambda: shutil.copy(extra, project / "seeds")))
        else:
            base.mkdir(parents=True, exist_ok=True)
            project.mkdir()
            make_project(project, [])
            extra = write_seeds(project / "seeds", count, stories)
            code = _snapshot(base, "code")
            steps = (("cold", None), ("noop", None), ("one new seed", lambda: shutil.copy(extra, project / "seeds")))
        try:
            out.append(_measure(count, project, base, code, steps, jobs, search_python, len(stories)))
        finally:
            if keep is None:
                shutil.rmtree(base, ignore_errors=True)
    return out


def _snapshot(base: Path, name: str) -> Path:
    from bench.build_bench import snapshot_code

    shutil.rmtree(base / name, ignore_errors=True)
    with tempfile.TemporaryDirectory(dir=base) as tmp:
        return snapshot_code(Path(tmp)).rename(base / name)  # snapshot_code copies into <folder>/code


def _one_more_seed(seeds: Path, stories: list) -> Path:
    """A seed none of the project's: the next one `write_seeds` would write after those there."""
    count = sum(1 for p in seeds.iterdir() if p.suffix in (".txt", ".md"))
    with tempfile.TemporaryDirectory() as tmp:
        made = write_seeds(Path(tmp) / "seeds", count, stories)
        assert made is not None and not (seeds / made.name).exists()
        keep = seeds.parent / made.name
        shutil.copy(made, keep)
    return keep


def _measure(count: int, project: Path, base: Path, code: Path, steps, jobs: int,  # noqa: ANN001
             search_python: str | None, distinct: int) -> dict:
    import json
    import resource
    import subprocess

    from bench.build_bench import run_build

    runs = {}
    for name, before in steps:
        if before:
            before()
        runs[name] = run_build(project, jobs, code)
        r = runs[name]
        print(f"{count:6} {name:13} {r['seconds']:8.1f} s rc={r['rc']} tree peak RSS {r['tree_peak_mb']} MB; "
              f"largest process by role (MB): {r['largest_mb']}", flush=True)
        for line in r["log"]:
            print(f"    {line}")
        if r["rc"] != 0:
            raise SystemExit(f"the build of {count} failed")
    first = steps[0][0]
    cold = runs["cold"]["seconds"] if first == "cold" else _earlier_cold(base, count)
    figures = {"seeds": count, "distinct": min(count, distinct),
               f"{first}_s": runs[first]["seconds"], "noop_s": runs["noop"]["seconds"],
               "one_new_s": runs["one new seed"]["seconds"],
               **({"cold_s": cold, "noop_pct": round(100 * runs["noop"]["seconds"] / cold, 1),
                   "one_new_pct": round(100 * runs["one new seed"]["seconds"] / cold, 1)} if cold else {}),
               "peak_single_process_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
               "tree_peak_rss_mb": max(r["tree_peak_mb"] for r in runs.values()),
               "largest_by_role_mb": {role: max(r["largest_mb"].get(role, 0) for r in runs.values())
                                      for role in sorted({k for r in runs.values() for k in r["largest_mb"]})},
               **site_figures(project / "site")}
    if search_python:
        for gzip in (False, True):
            name = "search_gzip" if gzip else "search"
            done = subprocess.run([search_python, str(ROOT / "bench" / "search_latency.py"), str(project / "site"),
                                   "--query", "government", "--query", "minister", "--query", "hewitt",
                                   "--json", str(base / f"{name}.json")] + (["--gzip"] if gzip else []),
                                  capture_output=True, text=True)
            print(done.stdout + done.stderr, flush=True)
            if done.returncode == 0:
                figures[name] = json.loads((base / f"{name}.json").read_text("utf-8"))
    print(json.dumps(figures, indent=1), flush=True)
    (base / f"figures-{first}.json").write_text(json.dumps(figures, indent=1) + "\n", "utf-8")
    return figures


def _earlier_cold(base: Path, count: int) -> float | None:
    """The cold build's seconds of the run that made this kept project (its figures beside it, or in
    the --out file of that run, `figures.json` in the --keep folder)."""
    import json

    for path, pick in ((base / "figures-cold.json", lambda d: d),
                       (base.parent / "figures.json", lambda d: next(f for f in d if f["seeds"] == count))):
        try:
            return pick(json.loads(path.read_text("utf-8")))["cold_s"]
        except (OSError, ValueError, KeyError, StopIteration):
            continue
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--handouts", type=int, default=20, help="handouts to render for the per-second figure")
    ap.add_argument("--json", type=Path, help="briefings as JSON lines (extract --json) instead of extracting")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--keep", type=Path, help="build here (outside the repository) and keep it")
    ap.add_argument("--builds", type=int, nargs="+", help="whole builds of these many seeds (see above)")
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--search-python", help="a Python with playwright, to time a search on each built site "
                                            "(bench/search_latency.py)")
    ap.add_argument("--out", type=Path, help="--builds: write the figures here as JSON")
    ap.add_argument("--again", action="store_true", help="--builds with --keep: rebuild the kept projects with "
                                                         "today's code, then noop and one more seed (see builds())")
    args = ap.parse_args()

    if args.builds:
        if args.keep and args.keep.resolve().is_relative_to(ROOT):
            ap.error("--keep must be outside the repository")
        if args.again and not args.keep:
            ap.error("--again needs --keep: the folder of an earlier --builds run")
        figures = builds(args.builds, args.jobs, args.keep, args.search_python, args.again)
        if args.out:
            import json

            args.out.write_text(json.dumps(figures, indent=1) + "\n", "utf-8")
        return 0

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
        briefings = [with_topic_tags(b) for b in briefings]  # as a build does for seeds without tags
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
        print(f"mkdocs build + index: {t4 - t3:6.2f} s")
        import resource

        print(f"peak RSS (this one process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        print(f"site total:           {t2 - t0 + t4 - t3:6.2f} s")
        if sample:
            print(f"handouts:             {len(sample) / (t6 - t5):6.2f} per second "
                  f"({len(sample)} rendered, mean {sum(sizes) / len(sizes) / 1024:.0f} KiB)")
        for key, value in site_figures(work / "site").items():
            print(f"{key + ':':22}{value}")
        if args.search_python:
            import subprocess

            subprocess.run([args.search_python, str(ROOT / "bench" / "search_latency.py"), str(work / "site"),
                            "--query", "government", "--query", "minister", "--query", "hewitt", "--axe"])
        print(f"output:               {work}" + ("" if args.keep else " (removed)"))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
