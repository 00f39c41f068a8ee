"""The site: generated pages beside the hand-written ones, then MkDocs, in-process.

Generated pages live in their own places inside the docs folder (`GENERATED`), so
hand-written pages beside them are never overwritten.
"""
from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import escape

from .facts import Briefing
from .handouts import long_date
from .render import Renderer

BRIEFINGS_DIR = "briefings"  # pages: <docs>/briefings/<slug>.md
HANDOUTS_DIR = "handouts"  # PDFs: <docs>/handouts/<slug>.pdf
GENERATED = ("index.md", BRIEFINGS_DIR, HANDOUTS_DIR)


class SiteError(Exception):
    pass


def briefing_page(b: Briefing, renderer: Renderer) -> str:
    return renderer.render(
        "briefing.md.j2",
        b=b,
        date_long=long_date(b.date),
        pdf_url=f"../{HANDOUTS_DIR}/{b.slug}.pdf",
    )


def home_page(briefings: list[Briefing], renderer: Renderer) -> str:
    newest = sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True)
    return renderer.render("home.md.j2", briefings=newest)


def write_pages(docs: Path, briefings: list[Briefing], renderer: Renderer) -> None:
    """Markdown for every briefing, its facts as JSON, and the home page."""
    out = docs / BRIEFINGS_DIR
    out.mkdir(parents=True, exist_ok=True)
    for b in briefings:
        (out / f"{b.slug}.md").write_text(briefing_page(b, renderer), "utf-8")
        (out / f"{b.slug}.json").write_text(b.to_json(indent=1) + "\n", "utf-8")
    (docs / "index.md").write_text(home_page(briefings, renderer), "utf-8")


class _EscapeTitles:
    """MkDocs takes a page's title from its first heading as plain text, and themes print
    it raw into `<title>`, the nav and the search index. A headline is seed text, so the
    build escapes every title once, after rendering, whatever mkdocs.yml says."""

    def on_page_content(self, html, page, config, files):  # noqa: ANN001, ANN201  MkDocs' signature
        if page.title is not None:
            page.title = str(escape(page.title))
        stack = list(page.toc or [])
        while stack:
            item = stack.pop()
            item.title = str(escape(item.title))
            stack.extend(item.children)
        return html


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool = True) -> None:
    """Run `mkdocs build` in-process on the staged docs; warnings fail a strict build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir),
                          strict=strict)
        from mkdocs.plugins import BasePlugin

        plugin = type("EscapeTitles", (_EscapeTitles, BasePlugin), {})()
        cfg.plugins["briefing-escape-titles"] = plugin
        build(cfg)
    except MkDocsException as exc:
        raise SiteError(f"mkdocs build failed: {exc}; " + "; ".join(collect.messages[:5])) from None
    finally:
        log.removeHandler(collect)
