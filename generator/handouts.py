"""WeasyPrint: one PDF handout per briefing, from the same facts as the page.

Fonts come from a package (Source Sans Pro), not from whatever the system has, and
WeasyPrint may read nothing but those fonts: its URL fetcher refuses every other
URL, so a seed can never make a PDF embed a local file or call out to the network.
Output is byte-stable: no creation date, a content-derived identifier.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import font_source_sans_pro

from . import __version__
from .facts import Briefing
from .render import Renderer

FONT_DIR = Path(font_source_sans_pro.__file__).resolve().parent / "files"
FONT_FACES = [("Regular", "normal", 400), ("It", "italic", 400), ("Bold", "normal", 700), ("BoldIt", "italic", 700)]


class HandoutError(Exception):
    pass


def _font_css() -> str:
    rules = []
    for suffix, style, weight in FONT_FACES:
        path = FONT_DIR / f"SourceSansPro-{suffix}.ttf"
        rules.append(
            f'@font-face {{ font-family: "Briefing Sans"; src: url("{path.as_uri()}"); '
            f"font-style: {style}; font-weight: {weight}; }}"
        )
    return "\n".join(rules)


def _fetcher(url: str, timeout: int = 10, ssl_context=None) -> dict:
    """Serve the bundled fonts and nothing else."""
    from weasyprint.urls import URLFetchingError

    if url.startswith("file://"):
        path = Path(url[len("file://"):]).resolve()
        if path.parent == FONT_DIR and path.suffix == ".ttf":
            return {"string": path.read_bytes(), "mime_type": "font/ttf", "redirected_url": url}
    raise URLFetchingError(f"refused to fetch {url[:80]!r}: handouts load only their bundled fonts")


def long_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def handout_html(b: Briefing, renderer: Renderer, generated: str) -> str:
    css_text = next((d / "handout.css" for d in renderer.dirs if (d / "handout.css").is_file()), None)
    keywords = ", ".join([a.name for a in b.who[:6]] + list(b.tags))
    return renderer.render(
        "handout.html.j2",
        b=b,
        date_long=long_date(b.date),
        keywords=keywords,
        generated=generated,
        version=__version__,
        font_css=_font_css(),
        css=css_text.read_text("utf-8") if css_text else "",
    )


def render_pdf(b: Briefing, renderer: Renderer, generated: str) -> bytes:
    """The handout as PDF bytes."""
    import weasyprint

    html = weasyprint.HTML(string=handout_html(b, renderer, generated), base_url=str(FONT_DIR) + "/",
                           url_fetcher=_fetcher)
    try:
        return html.write_pdf(pdf_tags=True, pdf_identifier=False, uncompressed_pdf=False)
    except Exception as exc:  # WeasyPrint raises many kinds; the build needs one
        raise HandoutError(f"{b.source_file}: handout failed ({exc.__class__.__name__}: {exc})") from exc
