"""What reading saved web pages costs (issue 34): per page, per build, and for pages shaped to be slow.

    .venv/bin/python bench/webpage_speed.py [--copies N] [--shapes] [--json FILE]

* `pages`: each invented outlet page of tests/fixtures/webpages, read in this process
  (`webpage.read_page`, best of 5), in milliseconds;
* `worker`: the first page through the bounded reader (`webpage_pool`, the process starting and
  importing lxml and trafilatura) and the next ones;
* `seeds`: reading a seeds folder of N copies of the four pages as a build does (`build.read_seeds`),
  which every build pays, cached facts or not;
* `--shapes`: pages just under the 1,000,000-byte seed limit, each read through the bounded reader
  with its default bounds: ordinary shapes (many paragraphs, a long table, many links) and hostile
  ones (a hundred thousand attributes on one tag, tens of thousands of spans in one paragraph,
  tags nested 100,000 deep, a 1 MB inline image): the wall time and the verdict.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "fixtures" / "webpages"
LIMIT = 1_000_000
HEAD = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Minister Jane Roe resigns</title>"
        "<meta property='article:published_time' content='2023-03-14T09:00:00Z'></head><body><article>"
        "<h1>Minister Jane Roe resigns</h1><p>Minister Jane Roe resigned on Monday after a vote in parliament, "
        "her office said.</p>")
TAIL = "</article></body></html>"


def _fill(unit: str, before: str = "", after: str = "") -> bytes:
    """The page with as many units as fit under the limit; "{i}" in a unit is its number (identical
    paragraphs are one paragraph to trafilatura)."""
    parts, size = [], len(HEAD) + len(TAIL) + len(before) + len(after)
    while True:
        part = unit.replace("{i}", str(len(parts)))
        if size + len(part) > LIMIT - 10:
            break
        parts.append(part)
        size += len(part)
    return (HEAD + before + "".join(parts) + after + TAIL).encode()


SENTENCE = "<p>The council of Westby met on Monday, meeting {i}, to discuss the budget for roads and schools.</p>"
SHAPES = {
    "paragraphs": lambda: _fill(SENTENCE),
    "divs-of-paragraphs": lambda: _fill("<div class='c'>" + SENTENCE + "</div>"),
    "table": lambda: _fill("<tr><td>Westby {i}</td><td>41</td><td>12</td></tr>", "<table>", "</table>"),
    "links": lambda: _fill("<a href='/news/{i}'>Budget talks stall</a> "),
    "attributes-on-one-tag": lambda: _fill(" a{i}=x", "<p", ">x</p>"),
    "spans-in-one-paragraph": lambda: _fill("<span>a</span>", "<p>", "</p>"),
    "nested-100k-deep": lambda: _fill("<div>", "", "x"),
    "inline-image": lambda: _fill("A", "<img src='data:image/png;base64,", "'>"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=25, help="copies of each of the 4 pages in the seeds folder")
    ap.add_argument("--shapes", action="store_true", help="also read the 1 MB shapes through the bounded reader")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()

    from generator.input import webpage_pool
    from generator.build.steps import BuildResult, read_seeds
    from generator.input.webpage import PageError, read_page

    out: dict = {"machine": f"{platform.machine()}, {platform.python_version()}", "pages_ms": {}}
    for path in sorted(PAGES.glob("*.html")):
        raw = path.read_bytes()
        best = min(_timed(lambda: read_page(raw))[0] for _ in range(5))
        out["pages_ms"][path.name] = round(best * 1000, 1)

    webpage_pool.shutdown()
    raw = (PAGES / "ca-maple-ledger.html").read_bytes()
    first, _ = _timed(lambda: webpage_pool.read_page_bounded(raw))
    nxt = min(_timed(lambda: webpage_pool.read_page_bounded(raw))[0] for _ in range(5))
    out["worker"] = {"first_page_s": round(first, 3), "next_page_ms": round(nxt * 1000, 1)}

    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp)
        for i in range(args.copies):
            for path in PAGES.glob("*.html"):
                shutil.copy(path, seeds / f"{path.stem}-{i:03d}.html")
        webpage_pool.shutdown()  # as a fresh build process
        result = BuildResult()
        took, read = _timed(lambda: read_seeds([seeds], result))
        out["seeds"] = {"pages": len(read), "failed": len(result.failures), "s": round(took, 2),
                        "ms_per_page": round(took * 1000 / max(1, len(read)), 1)}

    if args.shapes:
        out["shapes"] = {}
        for name, make in SHAPES.items():
            raw = make()
            assert len(raw) <= LIMIT, (name, len(raw))
            try:
                took, page = _timed(lambda: webpage_pool.read_page_bounded(raw))
                verdict = f"read: {len(page.paragraphs)} paragraph(s)"
            except PageError as exc:
                took, verdict = time.perf_counter() - _timed.started, f"failed: {exc.problem}"
            out["shapes"][name] = {"bytes": len(raw), "s": round(took, 2), "verdict": verdict}
            print(f"{name:24} {took:7.2f} s  {verdict}", flush=True)
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")


def _timed(fn):
    _timed.started = time.perf_counter()
    value = fn()
    return time.perf_counter() - _timed.started, value


if __name__ == "__main__":
    main()
