"""Reuse MkDocs' Markdown rendering of pages whose inputs did not change.

MkDocs converts every page's Markdown on every build (it has no safe incremental mode); at
a few hundred briefings that conversion is most of a rebuild after one new seed. A page's
rendering depends on its Markdown, its own path and address, the Markdown extensions and
where its links point; this plugin keys a cache entry on exactly those (each link target's
address, or its absence) and, on a hit, sets what `Page.render` would have set. A miss
renders as usual, so warnings about broken links are still raised, and a build from an
empty cache gives the same bytes (tests/test_cache.py checks the whole site).

The page's HTML is kept too (`html/` in the folder): the theme's template is a function of the
page's rendering (the key above), its front matter, its neighbours, the navigation, the
configuration file, the theme and the code; with those unchanged the HTML of the last build is
the page's (19,247 pages at 10,000 seeds: the theme's template took most of MkDocs' time after one
new seed). A theme folder of the user's own (`custom_dir`) is not followed: then every page's
template is rendered.
"""
from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

from ..cache import code_digest, digest, package_versions, write_atomic
from .search import marks_body

# link targets in Markdown ("](target)") and in HTML attributes (href/src)
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|(?:href|src)=[\"']([^\"']+)")
_EXTERNAL = re.compile(r"[a-z][a-z0-9+.-]*:|/", re.I)  # a target with a scheme, or from the host's root
# An element of a page's Markdown that search ignores, from its start to the first end of an element
# of its name: never more than the element (an inner one of that name ends first), so what is left
# holds all that Pagefind indexes. Seed text cannot open one: md_escape makes its "<" an entity.
_IGNORED = re.compile(r"<(div|span)\b[^>]*\sdata-pagefind-ignore\b[^>]*>(.*?)</\1>", re.S)


class PageCache:
    """An MkDocs plugin (MkDocs' event methods only; `site.mkdocs_build` adds it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = self.misses = 0
        self.keys: dict[str, str] = {}  # a page's source -> its rendering's key
        self.site = None  # what every page's HTML depends on (`on_env`); None: HTML not kept
        self.nav: Any = None
        self.html_used: set[str] = set()
        self.html_hits = 0
        self._settings: tuple[str, str, str] | None = None
        self.indexed: dict[str, str] = {}  # a page's source -> a digest of its Markdown less what search ignores
        # what the search index reads of each page written (its path in the site -> the key of what
        # Pagefind indexes of it, None: nothing), for `search.index_site`
        self.searched: dict[str, str | None] = {}

    def on_page_markdown(self, markdown, page, config, files):  # noqa: ANN001, ANN201  MkDocs' signature
        key = self._key(markdown, page, config, files)
        self.keys[page.file.src_uri] = key
        self.indexed[page.file.src_uri] = digest("indexed", _IGNORED.sub(_unindexed, markdown))
        render = page.render

        def cached_render(config: Any, files: Any) -> None:
            self.used.add(key)
            if self._load(key, page, files):
                self.hits += 1
                return
            self.misses += 1
            render(config, files)
            self._store(key, page)

        page.render = cached_render
        return markdown

    def on_nav(self, nav, config, files):  # noqa: ANN001, ANN201
        self.nav = nav
        return nav

    def on_env(self, env, config, files):  # noqa: ANN001, ANN201
        theme = config["theme"]
        if theme.custom_dir or self.nav is None:
            return env
        try:
            settings = Path(config.config_file_path).read_bytes()
        except (OSError, TypeError):
            return env
        self.site = digest("site", settings, code_digest(("publish",)), _nav_digest(self.nav.items),
                           package_versions("mkdocs", "mkdocs-material", "jinja2", "markupsafe", "markdown",
                                            "pymdown-extensions"), json.dumps(theme.dirs), json.dumps(sorted(
                               (k, str(v)) for k, v in theme.items())), str(config["site_url"]),
                           json.dumps([str(p) for p in config["extra_css"] + config["extra_javascript"]]))
        get_template = env.get_template

        def cached_template(*args: Any, **kwargs: Any) -> Any:
            return _KeptTemplate(get_template(*args, **kwargs), self)

        env.get_template = cached_template
        return env

    def on_page_context(self, context, page, config, nav):  # noqa: ANN001, ANN201
        key = self.keys.get(page.file.src_uri)
        if self.site is not None and key is not None:
            around = [p.url if p is not None else None for p in (page.previous_page, page.next_page, page.parent)]
            meta = json.dumps(page.meta, sort_keys=True, default=str)
            page._briefing_html = digest("html", self.site, key, page.url, str(page.canonical_url), meta,
                                         json.dumps(around, default=str), str(page.title), context["base_url"],
                                         str(page.is_homepage))
            # what Pagefind indexes of the page (inside data-pagefind-body, less what it ignores) is the
            # theme's template of its Markdown, title and front matter: not its neighbours, nor the
            # parts of its Markdown search ignores (an actor's timeline, a briefing's earlier briefings),
            # nor the description, which the theme puts in the head (an actor's counts are in it)
            shown = json.dumps({k: v for k, v in (page.meta or {}).items() if k != "description"}, sort_keys=True,
                               default=str)
            page._briefing_search = digest("search", self.site, self.indexed[page.file.src_uri], page.url,
                                           shown, str(page.title), context["base_url"], str(page.is_homepage))
        return context

    def on_post_build(self, config):  # noqa: ANN001, ANN201
        """Entries this build did not use belong to pages that changed or went: remove them."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used and path.is_file():
                try:
                    path.unlink()
                except OSError:
                    pass
        html = self.folder / "html"
        for path in html.iterdir() if html.is_dir() and self.site is not None else ():
            if path.name not in self.html_used:
                try:
                    path.unlink()
                except OSError:
                    pass

    # -- entries ---------------------------------------------------------------------------

    def _key(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        # each target once (a briefing links each actor twice or more), looked up in MkDocs' own map of
        # the files by source (what `get_file_from_path` does, less a PurePath for a path already normal)
        base = posixpath.dirname(page.file.src_uri)
        by_src = files.src_uris
        targets = set()
        for target in {(m.group(1) or m.group(2)).split("#", 1)[0] for m in _LINK.finditer(markdown)}:
            if not target or _EXTERNAL.match(target):
                continue
            path = posixpath.normpath(posixpath.join(base, target))
            found = by_src.get(path)
            targets.add(f"{path}={found.url if found else '-'}")
        if self._settings is None:  # the same for every page of a build
            self._settings = (json.dumps([str(e) for e in config["markdown_extensions"]], sort_keys=True),
                              json.dumps(config["mdx_configs"], sort_keys=True, default=str),
                              str(config["use_directory_urls"]))
        return digest("page", markdown, page.file.src_uri, page.file.url, *self._settings, *sorted(targets))

    def _load(self, key: str, page: Any, files: Any) -> bool:
        from mkdocs.structure.toc import get_toc

        try:
            entry = json.loads((self.folder / key).read_text("utf-8"))
            page.content = entry["content"]
            page.toc = get_toc(entry["toc"])
            page._title_from_render = entry["title"]
            page.present_anchor_ids = set(entry["anchors"])
            links = {}
            for src, anchors in entry["links"].items():
                target = files.get_file_from_path(src)
                if target is None:
                    return False
                links[target] = anchors
            page.links_to_anchors = links
            return True
        except (OSError, ValueError, KeyError, TypeError):
            return False  # a missing or unreadable entry: render as usual

    def _store(self, key: str, page: Any) -> None:
        entry = {
            "content": page.content,
            "toc": [_token(item) for item in page.toc],
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": {f.src_uri: anchors for f, anchors in (page.links_to_anchors or {}).items()},
        }
        write_atomic(self.folder / key, json.dumps(entry).encode("utf-8"))  # never fails the build


class _KeptTemplate:
    """The theme's template of a page, or the HTML it gave last time for the same inputs."""

    def __init__(self, template: Any, cache: PageCache) -> None:
        self.template, self.cache = template, cache

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)

    def render(self, *args: Any, **kwargs: Any) -> str:
        context = args[0] if args else kwargs
        page = context.get("page")
        key = getattr(page, "_briefing_html", None)
        if key is None:
            return self.template.render(*args, **kwargs)
        path = self.cache.folder / "html" / key
        self.cache.html_used.add(key)
        try:
            html = path.read_bytes().decode("utf-8")
            self.cache.html_hits += 1
        except (OSError, ValueError):
            html = self.template.render(*args, **kwargs)
            # the bytes MkDocs writes (build._build_page): read back, they give the same file
            write_atomic(path, html.encode("utf-8", errors="xmlcharrefreplace"))
        self.cache.searched[page.file.dest_uri] = page._briefing_search if marks_body(html) else None
        return html


def _unindexed(m: re.Match) -> str:
    # an element inside that search reads (a filter, a meta, a body of its own) stays
    return m.group() if "data-pagefind" in m.group(2) else ""


def _nav_digest(items: Any) -> str:
    return digest(*[f"{type(i).__name__}\0{i.title}\0{getattr(i, 'url', '')}\0{_nav_digest(i.children or [])}"
                    for i in items])


def _token(item: Any) -> dict:
    return {"name": item.title, "id": item.id, "level": item.level, "children": [_token(c) for c in item.children]}
