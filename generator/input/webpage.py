"""A web page saved from a browser (File > Save Page As, `.html`): its article as a seed's fields.

trafilatura finds the article's main text and drops the page around it (navigation, related
links, captions, share buttons, cookie and newsletter boxes, footers); its metadata reader gives
the headline, the author and the canonical address (JSON-LD, Open Graph, `<link rel=canonical>`),
and htmldate the publication date (not the date it was last modified). What trafilatura keeps
still goes through the page-furniture rules every seed goes through (`boilerplate.is_boilerplate`):
a byline or a credit left inside the article is not story.

A page is untrusted like every seed, and nothing of it is fetched or run:

* the HTML is parsed here by lxml, with no network, no huge trees (libxml2 then stops at 256
  levels of nesting), no entities of a DTD expanded and no comments or processing instructions;
  trafilatura and htmldate are handed that tree, never a string, because htmldate downloads a
  string that looks like an address;
* scripts (but the JSON-LD metadata), styles, frames, objects, images, media and forms are cut
  from the tree before anything reads it: only text comes out, and only the article's;
* the page is read in a process of its own, bounded in time and memory (`webpage_pool.py`): lxml
  and trafilatura cannot be stopped from a thread, and some shapes of HTML cost them seconds.

Nothing here knows the seed rules (dates in range, a headline's length): `seeds.py` applies them.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from .furniture import is_boilerplate
from .textclean import clean_body, clean_label

PAGE_SUFFIXES = (".html", ".htm")
MAX_AUTHOR_CHARS = 200
LATEST_DATE = "2099-12-31"  # htmldate's bound (its default is today's date): the seed rules judge the date
MAX_DEPTH = 256  # libxml2's bound on nesting without its "huge" option: deeper tags are not read
# what the article's text is read from: a block of text in trafilatura's output tree
_TEXT_BLOCKS = {"p", "item", "quote", "code"}
_NOT_STORY = {"head", "table", "graphic", "note"}  # headings, tables, images, footnotes
# cut from the page before anything reads it: whatever runs, loads or draws, and forms
_CUT = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "img", "picture", "source", "video", "audio", "track", "canvas", "svg", "math", "form", "button",
        "input", "select", "textarea", "dialog")
_VOID = {"img", "source", "track", "embed", "input"}  # elements of _CUT that never hold anything
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
# Chrome writes the page's address into what it saves ("<!-- saved from url=(0044)https://... -->")
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d{1,5}\)(https?://[^\s>]{1,2000}?) -->")
_HTTP_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+\S*\Z")
_WORD = re.compile(r"[^\W\d_]{2}")


def is_saved_page_folder(folder: Path) -> bool:
    """The folder a browser saves beside a page ("Web Page, complete": `story.html` and
    `story_files/`): the page's images, scripts, styles and embedded frames, never a seed."""
    stem = folder.name[: -len("_files")] if folder.name.endswith("_files") else None
    return bool(stem) and any(folder.with_name(stem + suffix).is_file() for suffix in PAGE_SUFFIXES)


class PageError(Exception):
    """A page that gives no seed; `problem` says why, in words that follow the file's name."""

    def __init__(self, problem: str):
        self.problem = problem
        super().__init__(problem)


@dataclass
class Page:
    """What a saved page gives a seed. `date` is ISO (YYYY-MM-DD), as the page states it."""

    date: str
    title: str | None
    author: str | None
    url: str | None
    paragraphs: list[str] = field(default_factory=list)


def decode(raw: bytes) -> str:
    """The page's text: UTF-8 (with or without a byte-order mark), or the character set its
    `<meta charset>` names (a browser saves a page in the encoding it came in)."""
    m = None if raw.startswith(codecs.BOM_UTF8) else _META_CHARSET.search(raw[:4096])
    if m is None:
        name = "utf-8-sig"  # a UTF-8 byte-order mark is fine
    else:
        name = m.group(1).decode("ascii").lower()
        # the web's rules (WHATWG Encoding): these labels mean windows-1252, and a page that names
        # UTF-16 in its own bytes cannot be UTF-16
        name = "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name
        name = "utf-8" if name.startswith(("utf-16", "utf16")) else name
    try:
        codec = codecs.lookup(name)
    except LookupError:
        codec = None
    if codec is None or not getattr(codec, "_is_text_encoding", True):  # not base64, zlib, rot13
        raise PageError(f"is a web page in a character set Python does not know ({name!r})")
    try:
        return raw.decode(codec.name)
    except UnicodeDecodeError as exc:
        said = "UTF-8 text" if m is None else f"{codec.name} text, the character set it names"
        raise PageError(f"is not {said} (bad byte at offset {exc.start})") from None


def parse(text: str):  # noqa: ANN201  an lxml HtmlElement
    """The page's tree, parsed with no network, no huge trees, no comments; and whether lxml stopped
    at a resource limit (tags nested more than 256 deep), leaving out what lies deeper."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
                                  collect_ids=False, default_doctype=False, encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, 1).encode("utf-8"), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        tree = None
    if tree is None or len(tree) == 0:
        raise PageError("is a web page with nothing in it that can be read")
    return tree, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _cut_active_parts(tree) -> None:  # noqa: ANN001  an lxml HtmlElement
    """Everything that runs, loads or draws goes; the JSON-LD metadata stays (it is only read)."""
    for el in list(tree.iter(*_CUT)):
        if el.tag == "script" and (el.get("type") or "").strip().lower() == "application/ld+json":
            continue
        if el.getparent() is None:
            continue
        if el.tag in _VOID:  # it has no content in a browser: what lxml put inside it is the page after it
            el.drop_tag()
        else:
            el.drop_tree()  # its tail (the text after it) stays


def _cut_furniture(tree) -> None:  # noqa: ANN001  an lxml HtmlElement
    """What a page marks as furniture by its shape, beyond what trafilatura drops: a block of links
    headed by furniture ("Related Topics", "More on this story", "Most read": `is_boilerplate`), a
    list whose every item is a link (related stories, tags, a menu), a paragraph that is a link."""
    for heading in list(tree.iter("h2", "h3", "h4", "h5", "h6")):
        parent = heading.getparent()
        if parent is None or not is_boilerplate(heading.text_content()):
            continue
        first = next((c for c in parent if isinstance(c.tag, str)), None)
        links = first is heading and parent.tag in ("section", "aside", "div", "nav") and _mostly_links(parent)
        (parent if links and parent.getparent() is not None else heading).drop_tree()
    for listing in list(tree.iter("ul", "ol")):
        items = [li for li in listing if li.tag == "li"]
        if items and listing.getparent() is not None and all(_mostly_links(li) for li in items):
            listing.drop_tree()
    for para in list(tree.iter("p")):  # "READ MORE: <a>another story</a>": a link, not a sentence of this one
        if para.getparent() is not None and _mostly_links(para):
            para.drop_tree()


def _mostly_links(el) -> bool:  # noqa: ANN001
    text = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return text > 0 and linked * 2 >= text


def read_page(raw: bytes) -> Page:
    """The article of a saved page, or a `PageError`. Reads nothing but `raw`: no address in the page
    is ever fetched. The same bytes give the same page whatever the day (a date in the future is
    found, and refused by the seed rules)."""
    from trafilatura import bare_extraction

    if not raw.strip():
        raise PageError("is empty")
    text = decode(raw)
    tree, cut_short = parse(text)
    _cut_active_parts(tree)
    _cut_furniture(tree)
    document = bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, include_formatting=False, deduplicate=False,
        # the date the story was first published; the address's date only where the page states none
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": LATEST_DATE,
                                "deferred_url_extractor": True},
    )
    title = clean_label(getattr(document, "title", None) or "") or None
    # the headline again at the top of the text, and furniture trafilatura kept, are not story
    paragraphs = [p for p in _paragraphs(getattr(document, "body", None)) if p != title and not is_boilerplate(p)]
    if not any(_is_sentence(p) for p in paragraphs):
        if cut_short:
            raise PageError(f"is a web page whose tags nest more than {MAX_DEPTH} deep, and no article lies "
                            "above that depth (what lies deeper is not read)")
        raise PageError("is a web page with no article in it (no sentence of running text found); "
                        "save the article's own page")
    url = _address(document.url) or _address(_saved_from(text))
    if not document.date:
        raise PageError("is a web page whose publication date cannot be found (no article:published_time, "
                        "JSON-LD datePublished, <time> or date in its address); save it as text with "
                        "'date YYYY-MM-DD' instead")
    author = _names(document.author)
    return Page(date=document.date, title=title, author=author, url=url, paragraphs=paragraphs)


def _is_sentence(paragraph: str) -> bool:
    """Running text: words, and a full stop, question or exclamation mark at the end (a menu of
    headlines, a list of links or a table has none)."""
    return paragraph.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")) and bool(_WORD.search(paragraph))


def _paragraphs(body) -> list[str]:  # noqa: ANN001  trafilatura's output tree
    """Each block of text of the article, whitespace made single; headings, tables and images are
    not story."""
    out: list[str] = []
    for el in body if body is not None else ():
        if el.tag in _NOT_STORY:
            continue
        if el.tag in _TEXT_BLOCKS and not any(child.tag in _TEXT_BLOCKS or child.tag == "list" for child in el):
            for br in el.iter("lb"):  # a line break inside a paragraph is a space between its words
                br.tail = " " + (br.tail or "")
            para = " ".join(clean_body("".join(el.itertext())).split())
            if para:
                out.append(para)
        else:  # a list, a quotation of several paragraphs, a division
            out += _paragraphs(el)
    return out


def _names(authors: str | None) -> str | None:
    """trafilatura's "Dana Whitcomb; Luis Ortega" as a byline reads: "Dana Whitcomb and Luis Ortega"."""
    names = [n for n in (clean_label(a) for a in (authors or "").split(";")) if n]
    text = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return text[:MAX_AUTHOR_CHARS].rstrip() or None


def _address(url: str | None) -> str | None:
    """An absolute http(s) address, or None (a relative canonical link, a `javascript:` one, the
    `file://` path of the machine the page was saved on)."""
    url = (url or "").strip()
    return url if url.isprintable() and _HTTP_URL.match(url) else None


def _saved_from(text: str) -> str | None:
    m = _SAVED_FROM.search(text[:4096])
    return m.group(1) if m else None
