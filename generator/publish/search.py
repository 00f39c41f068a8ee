"""The site's search: a static index in chunks, built by Pagefind from the built HTML.

Material's lunr search put every page's text in one JSON file that each reader downloaded before
the first result (about 8 KB a briefing: 80 MB at 10,000). Pagefind splits its index by word and
its excerpts by page, so a query loads the few chunks that hold its words and the excerpts of the
results shown (see docs/performance.md). It runs once per built site, after MkDocs, offline: the
binary comes from the `pagefind[extended]` package, and its search UI (JavaScript, CSS, the
WebAssembly of the index reader) is written into the site beside the index, so a reader's browser
asks no other host for anything, from `serve` as from a copy on a disk.

What is indexed: briefing pages and actor pages, marked `data-pagefind-body` by
`theme/main.html` (the indexes, which list every name, would match almost any query); within
them, not the source sentences in a `<details>` (a result's excerpt would run "Source: sentence
11" into the story) nor the buttons and heading anchors.

Of a briefing, what a reader searches for: the headline, the What, the tags, the actors' names
and roles, the quotes' words, the Why, what a folded report adds and the source line. The parts
marked `data-pagefind-ignore` in `templates/briefing.md.j2` are not indexed: the key facts and the
figures (the What, Who and Where said again), the context (background sentences of the story),
the earlier briefings (other pages' headlines, found on those pages), a quote's attribution and
an actor's kind and mention count (the names are in the Who list). An actor's page is found by
who they are (name, kind, roles, other names); its timeline and quotes are the briefings' own
(`templates/actor.md.j2`). Pagefind holds every word of every page indexed, with its positions,
until it writes the index: at 10,000 seeds indexing everything took 3.2 GB, these parts 1.3 GB
(docs/performance.md).
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ..errors import SiteError

SEARCH_DIR = "pagefind"  # <site>/pagefind/: the index, pagefind-ui.js and pagefind-ui.css
EXCLUDE = "details.provenance, .headerlink, .md-button"
# Pagefind's allocator (jemalloc, linked into the binary) hands freed memory back at once rather than keeping
# it for reuse: its peak, while it builds the index from every page's words, is 7 to 10 % lower (10,000
# seeds: 3.2 to 2.9 GB indexing everything, 1.45 to 1.34 GB indexing what it does); the time is the same
MALLOC = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0"}
TIMEOUT_S = 3600  # 10,000 briefings index in about a minute; a stuck binary must not hold a build forever


def pagefind_binary() -> Path:
    """The Pagefind executable of the installed `pagefind[extended]` (or plain `pagefind_bin`)."""
    for module in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = __import__(module).get_executable()
        except (ImportError, FileNotFoundError):
            continue
        return Path(found)
    raise SiteError("the search index needs Pagefind: install the pinned packages (pip install -r requirements.lock; "
                    "'pagefind[extended]' in pyproject.toml)")


def index_site(site: Path) -> None:
    """Build the search index of the built site in `site` (into `site/pagefind/`)."""
    command = [str(pagefind_binary()), "--site", str(site), "--output-subdir", SEARCH_DIR,
               "--exclude-selectors", EXCLUDE, "--force-language", "en", "--silent"]
    # no proxy, no home config: the binary reads only the site
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", **MALLOC}
    try:
        done = subprocess.run(command, cwd=site, env=env, capture_output=True, text=True, timeout=TIMEOUT_S,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SiteError(f"the search index took more than {TIMEOUT_S} s: stopped") from None
    except OSError as exc:
        raise SiteError(f"the search index could not start Pagefind ({exc})") from None
    if done.returncode != 0 or not (site / SEARCH_DIR / "pagefind.js").is_file():
        problem = " ".join((done.stderr or done.stdout or "no message").split())[:500]
        raise SiteError(f"the search index failed (Pagefind exit {done.returncode}): {problem}")


def fragment(path: Path) -> dict:
    """One of Pagefind's fragments (a page's URL, title and the text excerpts come from): gzip-compressed
    JSON after a signature."""
    import gzip
    import json

    data = gzip.decompress(path.read_bytes())
    return json.loads(data[data.index(b"{"):])


def indexed_pages(site: Path) -> dict[str, str]:
    """URL -> the text Pagefind keeps of each indexed page: what a reader's search can find and show."""
    out = {}
    for path in sorted((site / SEARCH_DIR / "fragment").glob("*.pf_fragment")):
        page = fragment(path)
        out[page["url"]] = page["content"]
    return out
