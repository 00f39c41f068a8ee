"""Reuse MkDocs' Markdown rendering of pages whose inputs did not change.

MkDocs converts every page's Markdown on every build (it has no safe incremental mode); at
a few hundred briefings that conversion is most of a rebuild after one new seed. A page's
rendering depends on its Markdown, its own path and address, the Markdown extensions and
where its links point; this plugin keys a cache entry on exactly those (each link target's
address, or its absence) and, on a hit, sets what `Page.render` would have set. A miss
renders as usual, so warnings about broken links are still raised, and a build from an
empty cache gives the same bytes (tests/test_cache.py checks the whole site).
"""
from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

from ..cache import digest, write_atomic

# link targets in Markdown ("](target)") and in HTML attributes (href/src)
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|(?:href|src)=[\"']([^\"']+)")


class PageCache:
    """An MkDocs plugin (MkDocs' event methods only; `site.mkdocs_build` adds it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def on_page_markdown(self, markdown, page, config, files):  # noqa: ANN001, ANN201  MkDocs' signature
        key = self._key(markdown, page, config, files)
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

    def on_post_build(self, config):  # noqa: ANN001, ANN201
        """Entries this build did not use belong to pages that changed or went: remove them."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used:
                try:
                    path.unlink()
                except OSError:
                    pass

    # -- entries ---------------------------------------------------------------------------

    def _key(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        base = posixpath.dirname(page.file.src_uri)
        targets = []
        for m in _LINK.finditer(markdown):
            target = (m.group(1) or m.group(2)).split("#", 1)[0]
            if not target or re.match(r"[a-z][a-z0-9+.-]*:|/", target, re.I):
                continue
            path = posixpath.normpath(posixpath.join(base, target))
            found = files.get_file_from_path(path)
            targets.append(f"{path}={found.url if found else '-'}")
        extensions = json.dumps([str(e) for e in config["markdown_extensions"]], sort_keys=True)
        options = json.dumps(config["mdx_configs"], sort_keys=True, default=str)
        return digest("page", markdown, page.file.src_uri, page.file.url, extensions, options,
                      str(config["use_directory_urls"]), *sorted(set(targets)))

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


def _token(item: Any) -> dict:
    return {"name": item.title, "id": item.id, "level": item.level, "children": [_token(c) for c in item.children]}
