"""WeasyPrint: one PDF handout per briefing, from the same facts as the page.

Fonts come from a package (Source Sans Pro), not from whatever the system has, and
WeasyPrint may read nothing but those fonts: its URL fetcher refuses every other
URL, so a seed can never make a PDF embed a local file or call out to the network.
Output is byte-stable: no creation date, a content-derived identifier.
"""
from __future__ import annotations

import atexit
import os
import re
import shutil
import threading
from pathlib import Path

import font_source_sans_pro

from ..errors import HandoutError
from .. import __version__
from ..facts import Briefing
from .render import Renderer, long_date
from .sources import outlet_name

FONT_DIR = Path(font_source_sans_pro.__file__).resolve().parent / "files"
FONT_FACES = [("Regular", "normal", 400), ("It", "italic", 400), ("Bold", "normal", 700), ("BoldIt", "italic", 700)]


def font_css() -> str:
    rules = []
    for suffix, style, weight in FONT_FACES:
        path = FONT_DIR / f"SourceSansPro-{suffix}.ttf"
        rules.append(
            f'@font-face {{ font-family: "Briefing Sans"; src: url("{path.as_uri()}"); '
            f"font-style: {style}; font-weight: {weight}; }}"
        )
    return "\n".join(rules)


def _font_response(url: str):
    """The bundled font a file:// URL names, or None for any other URL."""
    from weasyprint.urls import URLFetcherResponse

    if url.startswith("file://"):
        path = Path(url[len("file://"):]).resolve()
        if path.parent == FONT_DIR and path.suffix == ".ttf":
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": "font/ttf"})
    return None


def _fetcher(url: str, timeout: int = 10, ssl_context=None):
    """Serve the bundled fonts and nothing else."""
    from weasyprint.urls import URLFetchingError

    response = _font_response(url)
    if response is None:
        raise URLFetchingError(f"refused to fetch {url[:80]!r}: handouts load only their bundled fonts")
    return response


def _fonts_only_fetcher():
    """WeasyPrint 70 wants a URLFetcher (a plain function's errors crash it, and a dict answer is
    refused, so the fonts silently fell back to the system's): one that opens nothing itself."""
    from weasyprint.urls import URLFetcher

    class FontsOnly(URLFetcher):
        def fetch(self, url, headers=None):  # noqa: ANN001, ANN201  WeasyPrint's signature
            return _fetcher(url)

    return FontsOnly(timeout=10, allow_redirects=False, allowed_protocols=("file",), fail_on_errors=False)


_HEAD_END = re.compile(r"</head\s*>", re.I)
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)  # as handout.html.j2 writes it
_STYLE_TAGS = re.compile(r"</?style", re.I)
_LINK_OR_COMMENT = re.compile(r"<link|<!--", re.I)


PAPER_SIZES = {"a4": "A4", "letter": "letter"}  # --paper: CSS @page sizes WeasyPrint knows


def paper_css(paper: str = "a4") -> str:
    """The page size rule, placed after the stylesheet so it wins over handout.css's default."""
    if paper not in PAPER_SIZES:
        raise HandoutError(f"unknown paper size {paper!r}: choose one of {', '.join(PAPER_SIZES)}")
    return f"@page {{ size: {PAPER_SIZES[paper]}; }}"


def template_css(renderer: Renderer, name: str = "handout.css") -> str:
    """A stylesheet from the template folders (the user's first), as text."""
    return renderer.text(name) or ""


HANDOUT_TEMPLATE, HANDOUT_CSS = "handout.html.j2", "handout.css"


def handout_html(b: Briefing, renderer: Renderer, generated: str, paper: str = "a4",
                 page_url: str | None = None, also: list[dict] | None = None) -> str:
    """The handout's HTML; `page_url`: the briefing's address on the site (from `site_url`), printed
    and linked so that a reader of the paper can find the rest; `also`: the other reports of the
    story folded into it (`also_reported`), listed as the page lists them."""
    keywords = ", ".join([a.name for a in b.actors[:6]] + list(b.tags))
    return renderer.render(
        HANDOUT_TEMPLATE,
        b=b,
        date_long=long_date(b.date),
        keywords=keywords,
        generated=generated,
        generated_long=long_date(generated),
        version=__version__,
        font_css=font_css(),
        css=template_css(renderer, HANDOUT_CSS) + "\n" + paper_css(paper),
        outlet=outlet_name(b.source),
        page_url=page_url,
        also=also or [],
    )


def also_reported(folded: list[Briefing]) -> list[dict]:
    """The other reports of a story, as the page and the handout list them: title, date, outlet."""
    return [{"title": f.title, "date": f.date, "source": f.source, "outlet": outlet_name(f.source)} for f in folded]


_fonts = threading.local()  # .config: this thread's FontConfiguration; .sheets: parsed stylesheets


def _font_config():
    """One FontConfiguration per process (per thread): WeasyPrint makes one per document unless
    given one, and then loads the four fonts into Fontconfig and Pango's shaping caches start
    cold for every handout, which was most of a handout's time (2 to 3x slower). The PDF bytes
    are the same: a config keyed on each @font-face rule serves later documents the same fonts."""
    config = getattr(_fonts, "config", None)
    if config is None:
        from multiprocessing.util import Finalize
        from weasyprint.text.fonts import FontConfiguration

        config = _fonts.config = FontConfiguration()
        # its temporary font folder goes when the process ends: at exit (before the interpreter
        # tears down the modules its __del__ needs), or by os._exit (a forked multiprocessing
        # worker's end, which runs no atexit and no __del__, runs multiprocessing's finalizers)
        atexit.register(_drop_fonts, config, os.getpid())
        Finalize(None, _drop_fonts, args=(config, os.getpid()), exitpriority=0)
    return config


def _drop_fonts(config, pid: int) -> None:  # noqa: ANN001  a weasyprint FontConfiguration
    if config._folder and os.getpid() == pid:  # not a forked child's: the folder is its parent's
        shutil.rmtree(config._folder, ignore_errors=True)
        config._folder = None  # its __del__, late in the interpreter's exit, has nothing left to do


def _split_style(html: str) -> tuple[str, str | None]:
    """(the HTML less its stylesheet, the stylesheet) when its head holds one plain <style> and nothing
    else that styles or could hide it (a link, a comment); else (the HTML, None)."""
    end = _HEAD_END.search(html)
    head = html[:end.start()] if end else ""
    style = _STYLE.search(head)
    if style is None or len(_STYLE_TAGS.findall(head)) != 2 or _LINK_OR_COMMENT.search(head):
        return html, None
    return html[:style.start()] + html[style.end():], style.group(1)


def _stylesheet(css: str, fetcher):  # noqa: ANN001, ANN202  WeasyPrint's URLFetcher and CSS
    """The stylesheet parsed once per process (per thread): every handout of a build has the same,
    and WeasyPrint parses a <style> anew for each document (about a sixth of a handout's time)."""
    import weasyprint

    sheets = _fonts.__dict__.setdefault("sheets", {})
    if css not in sheets:
        if len(sheets) >= 8:  # a few templates or paper sizes at most; never a growing heap
            sheets.clear()
        sheets[css] = weasyprint.CSS(string=css, base_url=str(FONT_DIR) + "/", url_fetcher=fetcher,
                                     font_config=_font_config())
    return sheets[css]


def html_to_pdf(html: str) -> bytes:
    """WeasyPrint with the fonts-only fetcher: tagged, byte-stable PDF bytes.

    The handout's one stylesheet is given to WeasyPrint parsed (`_stylesheet`) rather than in the
    HTML: the same rules in the same order, so the same bytes (tests/test_handout_pool.py)."""
    import weasyprint

    fetcher = _fonts_only_fetcher()
    body, css = _split_style(html)
    sheets = [_stylesheet(css, fetcher)] if css is not None else None
    doc = weasyprint.HTML(string=body, base_url=str(FONT_DIR) + "/", url_fetcher=fetcher)
    return doc.write_pdf(pdf_tags=True, pdf_identifier=False, uncompressed_pdf=False, font_config=_font_config(),
                         stylesheets=sheets)


def render_pdf(b: Briefing, renderer: Renderer, generated: str, paper: str = "a4",
               page_url: str | None = None) -> bytes:
    """The handout as PDF bytes, on A4 or US Letter (`paper`)."""
    html = handout_html(b, renderer, generated, paper, page_url)
    try:
        return html_to_pdf(html)
    except Exception as exc:  # WeasyPrint raises many kinds; the build needs one
        raise HandoutError(f"{b.source_file}: handout failed ({exc.__class__.__name__}: {exc})") from exc
