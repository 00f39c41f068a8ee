"""Issue 34: a web page saved from a browser (`.html`, `.htm`) is a seed. Its article, headline,
publication date, author and address are read with trafilatura and htmldate, in a bounded process
with no network; page furniture is never story; a page with no date or no article fails alone,
named; a hostile page is read as text and nothing of it runs or reaches a page as markup.

The four pages in tests/fixtures/webpages/ are shaped as Canadian, US, British and Indian outlets
publish them (og: and article: meta tags, JSON-LD NewsArticle, figures with credits, bylines,
related links, share buttons, newsletter and cookie boxes, navigation and footers); outlets, people
and stories are invented. Beside each, the same story as a plain-text seed."""
from __future__ import annotations

import datetime as dt
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache as cache_mod
from generator.input import webpage_pool
from generator.build.steps import build
from generator.cache import facts_key
from generator.errors import SeedError
from generator.input.seeds import parse_seed, read_seed, scan_seed_files
from generator.input.webpage import PageError, read_page

from .conftest import ROOT, make_seed, new_project

PAGES = ROOT / "tests" / "fixtures" / "webpages"
TODAY = dt.date(2026, 12, 6)
QUIET = {"progress": lambda m: None}

# file -> (headline, date, canonical address, author)
OUTLETS = {
    "ca-maple-ledger.html": ("Halifax council approves transit levy after long debate", "2023-03-14",
                             "https://www.mapleledger.ca/news/canada/nova-scotia/halifax-transit-levy-vote-1.6781234",
                             "Claire Fournier"),
    "us-prairie-courier.html": ("Iowa Senate passes rural broadband grants bill", "2024-02-08",
                                "https://www.prairiecourier.com/politics/2024/02/08/iowa-senate-rural-broadband-grants/",
                                "Dana Whitcomb and Luis Ortega"),
    "uk-northern-gazette.html": ("Rail fares: Northern commuters face 4.9% rise from March", "2023-11-21",
                                 "https://www.northerngazette.co.uk/news/politics-67502181", None),
    "in-bharat-herald.html": ("Karnataka cabinet clears Rs 2,400 crore drinking water scheme for 11 districts",
                              "2024-06-05",
                              "https://www.bharatherald.in/india/karnataka/karnataka-cabinet-drinking-water-scheme-9321457/",
                              "Ananya Iyer"),
}
# What each page holds around its article: none of it is story.
FURNITURE = [
    "Advertisement", "cookies", "Subscribe", "Sign up", "newsletter", "inbox", "Share", "Related", "RELATED",
    "READ MORE", "Also Read", "More on this story", "Most Read", "Trending", "Posted:", "Published", "Updated",
    "Image caption", "Image source", "PA Media", "PTI", "Canadian Press", "contributed to this report",
    "Follow us", "WhatsApp", "Copyright", "All rights reserved", "\u00a9", "Tagged", "Terms of Use",
    "Sam Whitaker", "Kevin Brandt", "Harriet Crane", "Written by", "bus drivers reach tentative deal",
    "Storm closes schools", "Leeds station upgrade", "Monsoon likely", "Sensex", "Homeowners will pay",
    "Join the Conversation", "window.dataLayer", "gtag", "googletag", "min-height",
]
# Names that only the furniture carries (photographers, writers): never an actor.
CREDITS = {"Sam Whitaker", "Kevin Brandt", "Claire Fournier", "Dana Whitcomb", "Luis Ortega", "Harriet Crane",
           "Ananya Iyer"}


def page_seed(raw: bytes | str, name: str = "page.html"):
    return parse_seed(raw.encode() if isinstance(raw, str) else raw, Path(name), today=TODAY)


def story_page(body: str = "", head: str = "", date: str = "2023-03-14") -> str:
    """A small page of one invented story, with what a test adds to its head and body."""
    meta = f'<meta property="article:published_time" content="{date}T09:00:00Z">' if date else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Minister Jane Roe resigns</title>{meta}{head}"
            "</head><body><article><h1>Minister Jane Roe resigns</h1>"
            "<p>Minister Jane Roe resigned on Monday after a vote in parliament, her office said.</p>"
            f"{body}<p>\"I have done what I came to do,\" Roe told reporters in Leeds.</p></article></body></html>")


# -- the four outlets ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(OUTLETS))
def test_each_outlets_page_gives_its_headline_date_address_author_and_story(name):
    title, date, source, author = OUTLETS[name]
    seed = read_seed(PAGES / name, today=TODAY)
    assert (seed.id, seed.title, seed.date.isoformat(), seed.source, seed.author) == (
        Path(name).stem, title, date, source, author)
    for word in FURNITURE:
        assert word not in seed.text, (name, word)
    plain = read_seed(PAGES / name.replace(".html", ".txt"), today=TODAY)
    assert seed.paragraphs == plain.paragraphs  # the story, every paragraph of it and nothing else
    assert (plain.title, plain.date, plain.source) == (seed.title, seed.date, seed.source)


def _facts(b) -> dict:
    return {"title": b.title, "date": b.date, "source": b.source,
            "who": sorted(a.name for a in b.who), "what": b.what and b.what.text,
            "why": [f.text for f in b.why], "when": b.when and b.when.text,
            "where": sorted(p.name for p in b.where),
            "quotes": sorted((q.text, q.speaker or "") for q in b.quotes),
            "numbers": sorted(n.text for n in b.numbers), "context": [f.text for f in b.context]}


def test_the_page_and_the_plain_text_story_give_the_same_facts():
    from generator.extract import extract

    names = sorted(OUTLETS)
    seeds = [s for n in names for s in (read_seed(PAGES / n, today=TODAY),
                                        read_seed(PAGES / n.replace(".html", ".txt"), today=TODAY))]
    briefings = list(extract(seeds))
    by_name = dict(zip(names, (briefings[i:i + 2] for i in range(0, len(briefings), 2))))
    for name, (page, plain) in by_name.items():
        assert _facts(page) == _facts(plain), name
        assert page.author == OUTLETS[name][3] and plain.author is None
        assert not CREDITS & {a.name for a in page.who}, name  # a byline or a credit is no actor
    speakers = {name: {q.speaker for q in b[0].quotes} for name, b in by_name.items()}
    assert {"Olivia Grant", "Marcus Bell"} <= speakers["ca-maple-ledger.html"]
    assert {"Rachel Lindqvist", "Marcus Oyelaran"} <= speakers["us-prairie-courier.html"]
    assert {"Helen Marsh", "Tom Adeyemi"} <= speakers["uk-northern-gazette.html"]
    assert "Anand Rao" in speakers["in-bharat-herald.html"]
    assert by_name["ca-maple-ledger.html"][0].what.text.startswith("Halifax regional council voted 11-5")
    assert by_name["uk-northern-gazette.html"][0].what.text.startswith("Regulated rail fares in England will rise")


# -- no network ----------------------------------------------------------------------------------

def test_no_connection_is_opened_while_a_page_is_read(monkeypatch):
    """Every page links images, scripts, stylesheets and its own address; htmldate downloads a string
    that looks like an address. Reading (in this process, as the worker does) opens nothing."""
    tried = []

    def refuse(*args, **kwargs):
        tried.append(args)
        raise OSError("network used while reading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in OUTLETS:
        assert read_page((PAGES / name).read_bytes()).date == OUTLETS[name][1]
    remote = story_page(body='<img src="https://cdn.example.org/a.jpg"><iframe src="https://example.org/x"></iframe>'
                             '<script src="https://example.org/x.js"></script>',
                        head='<link rel="stylesheet" href="https://example.org/s.css">'
                             '<link rel="canonical" href="https://example.org/2023/03/14/roe">')
    assert read_page(remote.encode()).url == "https://example.org/2023/03/14/roe"
    for url_only in (b"https://example.org/2023/03/14/roe-resigns", b"http://127.0.0.1:9/"):
        with pytest.raises(PageError):
            read_page(url_only)
    assert tried == []


def test_the_reader_process_opens_no_connection():
    code = ("from generator.input.webpage_pool import _no_network\nimport socket\n_no_network()\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError as e:\n    print(e)\n"
            "s = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["no network while reading a seed"] * 2


# -- pages that fail, alone and named ------------------------------------------------------------

@pytest.mark.parametrize("raw, says", [
    (story_page(date=""), "publication date cannot be found"),
    ("<html><head><title>Politics</title><meta property='article:published_time' content='2023-03-14'></head>"
     "<body><nav><ul><li><a href='/a'>Budget talks stall</a></li><li><a href='/b'>Roe to resign</a></li></ul></nav>"
     "<h2><a href='/c'>Council meets on Monday</a></h2><h2><a href='/d'>Ferry link reopens</a></h2></body></html>",
     "no article in it"),
    (b" \n", "is empty"),
    (b"\x00\x01binary", "binary file"),
    (story_page(date="2027-01-01"), "is dated 2027-01-01, in the future"),
    (story_page(date="1990-05-01"), "publication date cannot be found"),  # htmldate takes no date before 1995
    (story_page().replace("charset='utf-8'", "charset='klingon'"), "character set Python does not know ('klingon')"),
    (story_page().replace("charset='utf-8'", "charset='base64'"), "character set Python does not know"),
    (story_page().replace("<meta charset='utf-8'>", "").encode().replace(b"Leeds", b"L\xffeds"),
     "is not UTF-8 text (bad byte at offset"),
    (story_page().encode().replace(b"Leeds", b"L\xffeds"), "is not utf-8 text, the character set it names"),
    ("<html><head><meta property='article:published_time' content='2023-03-14'></head><body>"
     + "<div>" * 5_000 + "<p>Minister Jane Roe resigned on Monday after a vote, her office said.</p></body></html>",
     "nest more than 256 deep"),
    (story_page(head="<meta property='og:title' content='" + "Roe resigns " * 30 + "'>"), "a headline may be at most"),
])
def test_a_page_that_gives_no_story_fails_naming_the_file(raw, says):
    with pytest.raises(SeedError) as err:
        page_seed(raw, "bad.html")
    assert str(err.value).startswith("bad.html: ") and says in err.value.problem, err.value.problem
    assert "\n" not in err.value.problem


def test_an_old_encoding_is_read_as_the_page_declares_it():
    raw = story_page(body="<p>The caf\u00e9 owners in Leeds welcomed the news, the council said.</p>").replace(
        "charset='utf-8'", "charset='iso-8859-1'").encode("cp1252")
    assert "The caf\u00e9 owners in Leeds welcomed the news, the council said." in page_seed(raw).paragraphs


def test_the_address_is_an_absolute_web_address_or_none():
    assert page_seed(story_page(head="<link rel='canonical' href='javascript:alert(1)'>")).source is None
    assert page_seed(story_page(head="<link rel='canonical' href='/news/roe'>")).source is None
    assert page_seed(story_page(head="<meta property='og:url' content='file:///home/me/roe.html'>")).source is None
    saved = "<!-- saved from url=(0036)https://www.example.org/news/roe-quits -->\n" + story_page()
    assert page_seed(saved).source == "https://www.example.org/news/roe-quits"  # Chrome's note of the address
    assert page_seed(story_page(head="<link rel='canonical' href='https://example.org/" + "x" * 3_000 + "'>")).source is None


def test_html_and_htm_files_are_seeds(tmp_path):
    for name in ("a.html", "b.htm", "c.HTML", "d.txt", "e.xhtml", "f.html.bak"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in scan_seed_files([tmp_path])[0]] == ["a.html", "b.htm", "c.HTML", "d.txt"]


def test_the_folder_a_browser_saves_beside_a_page_holds_no_seed(tmp_path):
    """"Web Page, complete" saves `story.html` and `story_files/` (images, scripts, and the frames of
    ads and embedded posts as .html): only the page is a seed. A `_files` folder with no page beside
    it is a folder like any other."""
    for name in ("story.html", "story_files/ad-frame.html", "story_files/notes.txt", "old.htm",
                 "old_files/embed.htm", "archive_files/kept.txt", "archive_files/kept.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in scan_seed_files([tmp_path])[0]] == [
        "archive_files/kept.html", "archive_files/kept.txt", "old.htm", "story.html"]


def test_a_page_is_bounded_by_the_seed_size_limit(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(story_page().encode() + b" " * 1_000_001)
    with pytest.raises(SeedError, match="a seed may be at most 1,000,000 bytes"):
        read_seed(path)


# -- a hostile page ------------------------------------------------------------------------------

# Every marker below is something a page tries to run, load or inject; none may reach any output.
HOSTILE = story_page(
    head=("<script>document.title='XSS_SCRIPT_HEAD'</script><style>body{background:url(XSS_STYLE)}</style>"
          "<meta http-equiv='refresh' content='0;url=javascript:XSS_REFRESH'>"
          "<meta property='og:title' content=\"Roe quits <script>alert('XSS_TITLE')</script>\">"
          "<meta name='author' content=\"<img src=x onerror=alert('XSS_AUTHOR')> Jane Doe\">"
          "<link rel='canonical' href='javascript:alert(\"XSS_CANONICAL\")'>"),
    body=("<script>alert('XSS_SCRIPT_BODY')</script><noscript>XSS_NOSCRIPT</noscript>"
          "<iframe src='javascript:alert(1)'>XSS_IFRAME</iframe><object data='x.swf'>XSS_OBJECT</object>"
          "<embed src='XSS_EMBED.swf'><svg><script>alert('XSS_SVG')</script></svg>"
          "<p onclick=\"alert('XSS_ONCLICK')\" onmouseover=\"alert('XSS_ONMOUSEOVER')\">The vote was 41 to 12, "
          "the <a href=\"javascript:alert('XSS_JSLINK')\">clerk of the house</a> said on Monday.</p>"
          "<img src='data:image/png;base64," + "QUFB" * 150_000 + "' onerror=\"alert('XSS_ONERROR')\">"
          "<p>A reader wrote &lt;script&gt;alert('SHOWN_AS_TEXT')&lt;/script&gt; and "
          "[a link](javascript:alert('SHOWN_MD')) in a letter to the council.</p>"
          "<form action='https://example.org/steal'><input value='XSS_FORM'><button>XSS_BUTTON</button></form>"
          "<template><p>XSS_TEMPLATE</p></template>"))
NEVER = ["XSS_SCRIPT_HEAD", "XSS_STYLE", "XSS_REFRESH", "XSS_CANONICAL", "XSS_SCRIPT_BODY", "XSS_NOSCRIPT",
         "XSS_IFRAME", "XSS_OBJECT", "XSS_EMBED", "XSS_SVG", "XSS_ONCLICK", "XSS_ONMOUSEOVER", "XSS_JSLINK",
         "XSS_ONERROR", "QUFBQUFB", "XSS_FORM", "XSS_BUTTON", "XSS_TEMPLATE"]
# a billion laughs: entities of an internal DTD, each ten of the one before
LAUGHS = ('<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
          + '<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
          + story_page(body="<p>The clerk read &i; and &xxe; aloud to the council on Monday.</p>")[len("<!DOCTYPE html>"):])


def test_a_hostile_page_is_read_as_its_text_alone():
    assert len(HOSTILE) > 600_000  # the inline image alone
    seed = page_seed(HOSTILE)
    for marker in NEVER:
        assert marker not in seed.text and marker not in (seed.title or "") and marker not in (seed.author or "")
    assert "The vote was 41 to 12, the clerk of the house said on Monday." in seed.paragraphs
    assert "<script>alert('SHOWN_AS_TEXT')</script>" in seed.text  # text the page shows is text
    assert seed.title == "Roe quits <script>alert('XSS_TITLE')</script>" and seed.source is None


def test_entities_of_a_page_are_never_expanded_nor_loaded():
    seed = page_seed(LAUGHS)
    assert "aaaaaaaaaa" not in seed.text and "localhost" not in seed.text
    assert "The clerk read &i; and &xxe; aloud to the council on Monday." in seed.paragraphs


def _many_attributes() -> bytes:
    """A megabyte of one tag's attributes: lxml takes many seconds over it (it checks each against
    the others), all of it inside C, where no thread could stop it."""
    return story_page(body="<p " + " ".join(f"a{i}=x" for i in range(95_000)) + ">x</p>").encode()


def test_a_page_over_the_time_bound_fails_and_the_next_page_is_read():
    raw = _many_attributes()
    assert len(raw) < 1_000_000
    with pytest.raises(PageError, match="could not be read as a web page: took longer than 1 s"):
        webpage_pool.read_page_bounded(raw, timeout=1)
    assert webpage_pool.read_page_bounded(story_page().encode()).title == "Minister Jane Roe resigns"


# -- through a real build ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("webpages") / "project")
    for name in OUTLETS:
        (project.seeds / name).write_bytes((PAGES / name).read_bytes())
    (project.seeds / "hostile.htm").write_text(HOSTILE, "utf-8")
    (project.seeds / "laughs.html").write_text(LAUGHS, "utf-8")
    (project.seeds / "nodate.html").write_text(story_page(date=""), "utf-8")
    (project.seeds / "deep.html").write_text("<html><body>" + "<div>" * 5_000 + "</body></html>", "utf-8")
    make_seed(project.seeds, "plain.txt", "date 2023-03-15 Minister Tom Baird opened a ferry link in Oban on Tuesday.")
    first = build(project, **QUIET)
    second = build(project, **QUIET)
    return project, first, second


def test_a_build_publishes_each_page_with_its_headline_date_source_and_byline(built):
    project, result, _ = built
    failed = {f.file: f.reason for f in result.failures}
    assert set(failed) == {"nodate.html", "deep.html"}, failed
    assert "publication date cannot be found" in failed["nodate.html"]
    assert "nest more than 256 deep" in failed["deep.html"]
    briefings = {b.id: b for b in result.built}
    assert set(briefings) == {Path(n).stem for n in OUTLETS} | {"hostile", "laughs", "plain"}
    b = briefings["ca-maple-ledger"]
    page = (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")
    assert b.slug == "2023-03-14-halifax-council-approves-transit-levy-after-long-debate"
    assert "Halifax council approves transit levy after long debate</h1>" in page
    assert "Story by Claire Fournier from <a href=\"https://www.mapleledger.ca/news/canada/nova-scotia/" in page
    assert "14 March 2023" in page
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert (facts["author"], facts["source"], facts["date"]) == (
        "Claire Fournier", OUTLETS["ca-maple-ledger.html"][2], "2023-03-14")
    assert "Story by Dana Whitcomb and Luis Ortega from" in (
        project.site / "briefings" / briefings["us-prairie-courier"].slug / "index.html").read_text("utf-8")


def test_nothing_of_a_hostile_page_runs_or_is_injected(built):
    project, result, _ = built
    b = next(b for b in result.built if b.id == "hostile")
    for path in list(project.site.rglob("*")) + list(project.docs.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".md", ".js"):
            data = path.read_text("utf-8", "replace")
            for marker in NEVER:
                assert marker not in data, (path, marker)
            if path.suffix == ".html":  # what the page shows as text is escaped, never markup
                assert "<script>alert(" not in data and "<img src=x" not in data, path
                assert not re.search(r"href=[\"']?javascript:", data, re.I), path
    page = (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(" in page  # the headline, shown as the text it is


def test_an_unchanged_page_comes_from_the_cache_and_a_changed_one_is_extracted_again(built):
    project, first, second = built
    assert second.stats["facts_cached"] == len(first.built) and second.stats["facts_extracted"] == 0
    path = project.seeds / "uk-northern-gazette.html"
    path.write_bytes(path.read_bytes().replace(b"Storm warning for northern England", b"Snow warning for Cumbria"))
    third = build(project, **QUIET)  # only the page's furniture changed: its bytes did, so it is read again
    assert (third.stats["facts_cached"], third.stats["facts_extracted"]) == (len(first.built) - 1, 1)
    assert {b.id: b.title for b in third.built} == {b.id: b.title for b in first.built}


def test_the_facts_key_covers_the_page_reader_and_its_libraries(monkeypatch):
    import importlib.metadata

    before = facts_key("a.html", b"<html></html>", "m")
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "0.0-other" if name == "trafilatura" else real(name))
    cache_mod.package_versions.cache_clear()
    try:
        assert facts_key("a.html", b"<html></html>", "m") != before
    finally:
        cache_mod.package_versions.cache_clear()
    assert "input" in cache_mod.FACTS_CODE and "trafilatura" in cache_mod.PAGE_READER  # input/ holds webpage.py


def test_the_same_pages_give_the_same_bytes_in_a_fresh_build(built, tmp_path):
    """A second project of the same seeds, built with no cache by a fresh page reader, publishes
    the same bytes: nothing of reading a page depends on the process, the clock or the folder."""
    project, _, _ = built
    again = new_project(tmp_path / "again")
    for path in project.seeds.iterdir():
        (again.seeds / path.name).write_bytes(path.read_bytes())
    webpage_pool.shutdown()
    build(again, use_cache=False, **QUIET)

    def published(p):
        return {f.relative_to(p.site): f.read_bytes() for f in p.site.rglob("*")
                if f.is_file() and not f.name.startswith("sitemap")}

    before, after = published(project), published(again)
    assert before.keys() == after.keys()
    assert [str(k) for k in before if before[k] != after[k]] == []
    assert any(k.suffix == ".pdf" for k in before) and any(k.name.startswith("2023-03-14-halifax") for k in before)
