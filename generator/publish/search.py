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

The index is in two parts, the briefings' and the actors' pages', each made by a Pagefind run of its
own and merged in the reader's browser (Pagefind's `mergeIndex`, which loads the WebAssembly once).
Pagefind has no incremental mode; a part is kept (in the page cache's folder) under a digest of what
it indexes of each of its pages, which the page cache knows without reading the HTML (the page's
Markdown less the elements search ignores, its title and front matter: `page_cache.py`), and linked
into the next site when that did not change. One new story makes the briefings' part again, not the
actors' unless who an actor is (name, kind, roles, other names) changed: their counts and timeline,
which every new briefing of theirs changes, are not indexed. More parts would make one new story
cheaper still, but each part adds its metadata and a chunk per word to every query: three parts
took a common word past 300 KB at 10,000 seeds.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..cache import digest, package_versions
from ..errors import SiteError

SEARCH_DIR = "pagefind"  # <site>/pagefind/: the index, pagefind-ui.js and pagefind-ui.css
EXCLUDE = "details.provenance, .headerlink, .md-button"
# Pagefind's allocator (jemalloc, linked into the binary) hands freed memory back at once rather than keeping
# it for reuse: its peak, while it builds the index from every page's words, is 7 to 10 % lower (10,000
# seeds: 3.2 to 2.9 GB indexing everything, 1.45 to 1.34 GB indexing what it does); the time is the same
MALLOC = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0"}
# The index in parts, each Pagefind's own, merged in the reader's browser (`mergeIndex`): one new seed
# changes the briefings' part, and the actors' only when what is indexed of an actor changed (who
# they are, not their timeline). Each part adds its metadata and a chunk per word to what a query
# loads: two parts, 272 KB for a common word at 10,000 seeds (one, 241 KB; three, 299 to 315 KB
# against the 300 KB bound: docs/performance.md). (name, path prefix), the first in SEARCH_DIR itself
PARTS = (("briefings", ""), ("actors", "actors/"))
PARTS_SCRIPT = "search-parts.js"  # the parts merged into the first, for the search page
SCHEME = "1"  # the layout of a kept part; another value makes every part again
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


def index_site(site: Path, kept: Path | None = None, pages: dict[str, str | None] | None = None) -> None:
    """Build the search index of the built site in `site`: one Pagefind index a part (`PARTS`), the
    first in `site/pagefind/`, the others in folders of their own inside it, merged by the search
    page (`search-parts.js` lists them).

    `pages`: what the page cache saw of each page MkDocs wrote (its path in the site -> the key of
    what Pagefind indexes of it, None where the page has nothing indexed); a page it did not see is
    read. `kept`: a folder where each part's index is kept under a digest of what it indexes, so a
    part whose pages' indexed text did not change is linked from there rather than made again."""
    searched = _searched(site, pages or {})
    out = site / SEARCH_DIR
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    present = [name for name, _ in PARTS if any(part_of(rel) == name for rel in searched)]
    parts = [(name, _glob(site, name), [(rel, key) for rel, key in sorted(searched.items()) if part_of(rel) == name])
             for name in present]
    if not parts:  # no page marks what it indexes: Pagefind indexes every page whole, in one index
        present = [PARTS[0][0]]
        parts = [(present[0], "**/*.html", [(rel, _bytes_key(site / rel)) for rel in sorted(_html_files(site))])]
    used = set()
    for n, (name, glob, indexed) in enumerate(parts):
        dest = out if n == 0 else out / name
        if kept is None:
            _pagefind(site, glob, dest)
            continue
        key = _part_key(name, indexed)
        used.add(key)
        if _link_tree(kept / key, dest):
            continue
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=_made(kept)))
        try:
            _pagefind(site, glob, tmp / "out")
            try:
                (tmp / "out").rename(kept / key)
            except OSError:  # made meanwhile by another build: the same index
                pass
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if not _link_tree(kept / key, dest):
            raise SiteError(f"the search index of the {name} could not be linked into the site")
    merged = [f"{name}/" for name in present[1:]]
    (out / PARTS_SCRIPT).write_text(f"window.briefingSearchParts = {json.dumps(merged)};\n", "utf-8")
    if kept is not None:  # the parts of earlier builds that this one did not use: pages that changed
        for path in kept.iterdir():
            if path.name not in used:
                shutil.rmtree(path, ignore_errors=True)


def part_of(rel: str) -> str:
    """The part of the search index a page (its path in the site) is in."""
    return next((name for name, prefix in PARTS if prefix and rel.startswith(prefix)), PARTS[0][0])


def _searched(site: Path, pages: dict[str, str | None]) -> dict[str, str]:
    """Path in the site -> a key of what Pagefind indexes of it, for every HTML file that marks what
    is indexed (`data-pagefind-body`): a page the cache saw by its key; any other file, read, by its
    bytes."""
    out = {}
    for rel in _html_files(site):
        if rel in pages:
            if pages[rel] is not None:
                out[rel] = pages[rel]
            continue
        data = (site / rel).read_bytes()
        if marks_body(data):
            out[rel] = hashlib.sha256(data).hexdigest()
    return out


def marks_body(html: str | bytes) -> bool:
    """Whether a page has an element whose content Pagefind indexes (`data-pagefind-body` in a tag,
    not in text): then Pagefind indexes only such elements, and no page that has none."""
    mark, start = ("data-pagefind-body", "<") if isinstance(html, str) else (b"data-pagefind-body", b"<")
    end = ">" if isinstance(html, str) else b">"
    i = html.find(mark)
    while i > 0:
        if html[i - 1:i].isspace() and html.rfind(start, 0, i) > html.rfind(end, 0, i):
            return True
        i = html.find(mark, i + 1)
    return False


def _bytes_key(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _html_files(site: Path) -> list[str]:
    """The path in the site of every HTML file Pagefind would read (not its own folder's)."""
    out = []
    stack = [("", str(site))]
    while stack:
        prefix, folder = stack.pop()
        for entry in os.scandir(folder):
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                if rel != SEARCH_DIR:
                    stack.append((rel + "/", entry.path))
            elif entry.name.endswith(".html") and entry.is_file(follow_symlinks=False):
                out.append(rel)
    return out


def _part_key(name: str, pages: list[tuple[str, str]]) -> str:
    """What a part's index depends on: Pagefind and its options, and each page's path and indexed text."""
    return digest("search-part", SCHEME, name, package_versions("pagefind", "pagefind_bin_extended", "pagefind_bin"),
                  json.dumps(_options()), "\n".join(f"{rel}\0{key}" for rel, key in pages))


def _glob(site: Path, name: str) -> str:
    """Pagefind's --glob for the HTML files of a part (those that mark nothing indexed are read and skipped)."""
    prefix = dict(PARTS)[name]
    if prefix:
        return f"{prefix}**/*.html"
    others = [p for _, p in PARTS if p]
    tops = sorted(f"{e.name}/**/*.html" if e.is_dir(follow_symlinks=False) else e.name for e in os.scandir(site)
                  if e.name != SEARCH_DIR and not any(f"{e.name}/".startswith(p) for p in others)
                  and (e.is_dir(follow_symlinks=False) or e.name.endswith(".html")))
    return "{" + ",".join(tops) + "}"


def _options() -> list[str]:
    return ["--exclude-selectors", EXCLUDE, "--force-language", "en", "--silent"]


def _pagefind(site: Path, glob: str, out: Path) -> None:
    command = [str(pagefind_binary()), "--site", str(site), "--glob", glob, "--output-path", str(out), *_options()]
    # no proxy, no home config: the binary reads only the site
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", **MALLOC}
    try:
        done = subprocess.run(command, cwd=site, env=env, capture_output=True, text=True, timeout=TIMEOUT_S,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SiteError(f"the search index took more than {TIMEOUT_S} s: stopped") from None
    except OSError as exc:
        raise SiteError(f"the search index could not start Pagefind ({exc})") from None
    if done.returncode != 0 or not (out / "pagefind.js").is_file():
        problem = " ".join((done.stderr or done.stdout or "no message").split())[:500]
        raise SiteError(f"the search index failed (Pagefind exit {done.returncode}): {problem}")


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _link_tree(src: Path, dest: Path) -> bool:
    """`dest` holding `src`'s files as hard links (copies where links cannot be made); False when
    `src` is not a whole index (absent, or made by a build that stopped)."""
    if not (src / "pagefind-entry.json").is_file():
        return False
    stack = [(str(src), dest)]
    while stack:
        folder, to = stack.pop()
        to.mkdir(exist_ok=True)
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                stack.append((entry.path, to / entry.name))
            else:
                try:
                    os.link(entry.path, to / entry.name)
                except OSError:
                    shutil.copyfile(entry.path, to / entry.name)
    return True


def fragment(path: Path) -> dict:
    """One of Pagefind's fragments (a page's URL, title and the text excerpts come from): gzip-compressed
    JSON after a signature."""
    import gzip
    import json

    data = gzip.decompress(path.read_bytes())
    return json.loads(data[data.index(b"{"):])


def indexed_pages(site: Path) -> dict[str, str]:
    """URL -> the text Pagefind keeps of each indexed page, of every part: what a reader's search can
    find and show."""
    out = {}
    for path in sorted((site / SEARCH_DIR).glob("**/fragment/*.pf_fragment")):
        page = fragment(path)
        out[page["url"]] = page["content"]
    return out
