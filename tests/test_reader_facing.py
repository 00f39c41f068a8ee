"""What readers and sharers meet: sources they can cite, page descriptions and link previews, feed
autodiscovery, search snippets, typographic quotes, reported speech set apart, handouts with live
links. One real build with `site_url` set (seeds -> spaCy -> Markdown -> `mkdocs build`, WeasyPrint)."""
import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pypdf
import pytest

from generator.build.steps import build
from generator.facts import Briefing, Quote
from generator.publish.handouts import handout_html
from generator.publish.render import Renderer
from generator.publish.search import indexed_pages
from generator.input.seeds import SeedError, parse_seed
from generator.publish.site import briefing_page
from generator.publish.sources import outlet_name
from generator.publish.typography import curly_quotes, speech_parts

from .conftest import make_seed, new_project

SITE_URL = "https://example.org/news/"
BUDGET = (
    "date 2023-03-14\nsource: https://www.bbc.co.uk/news/uk-politics-123\n\n"
    "Harlow council passes budget\n\n"
    "The Harlow council passed a budget of 40 million pounds on Tuesday after a long debate about the town's "
    "libraries, council leader Mary Penrose said.\n\n"
    "\"We kept every library open, and that was the promise we made,\" Penrose said.\n\n"
    "Opposition leader Tom Baird said the budget was 'a missed chance' for the town's young people."
)
FERRY = (
    "date 2023-02-02\n\nFerry link to reopen in spring\n\n"
    "The ferry link between Oban and Mull will reopen in April after repairs, transport minister Alan Reid "
    "said on Thursday in Oban.\n\n"
    "\"The island's people have waited long enough,\" Reid said."
)
FARM = (
    "---\ndate: 2023-01-20\ntitle: Farm grants doubled\nsource: https://example.com/farming/grants?id=7&x=1\n---\n"
    "The government doubled grants for small farms on Friday, farming minister Ruth Okafor said in Cardiff.\n\n"
    "\"Small farms feed this country,\" Okafor said."
)


class Head(HTMLParser):
    """The <meta> and <link> tags of a page's head, as a reader's browser or a link preview sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("name" in a or "property" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link":
            self.links.append(a)


def head_of(page: Path) -> Head:
    parser = Head()
    parser.feed(page.read_text("utf-8"))
    return parser


def article_text(page: Path) -> str:
    body = page.read_text("utf-8").split("<article", 1)[1].split(">", 1)[1].split("</article>")[0]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("reader")
    project = new_project(root)
    config = project.config.read_text("utf-8")
    project.config.write_text(re.sub(r"(?m)^# site_url:.*$", f"site_url: {SITE_URL}", config), "utf-8")
    make_seed(root / "seeds", "budget.txt", BUDGET)
    make_seed(root / "seeds", "ferry.txt", FERRY)
    make_seed(root / "seeds", "farm.md", FARM)
    result = build(project, progress=lambda m: None)
    assert not result.failures
    return project, {b.id: b for b in result.built}


# -- sources ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, name", [
    ("https://www.bbc.co.uk/news/uk-politics-123", "BBC News"),
    ("https://news.bbc.co.uk/1/hi/uk_politics/4.stm", "BBC News"),
    ("https://www.theguardian.com/politics/2023/x", "The Guardian"),
    ("https://m.example.com/a?b=1", "example.com"),
    ("https://www.localpaper.co.uk/story", "localpaper.co.uk"),
    ("not a url", None),
    (None, None),
])
def test_outlet_named_from_the_address(url, name):
    assert outlet_name(url) == name


def test_plain_seed_may_carry_a_source_line_after_its_date():
    seed = parse_seed(BUDGET.encode(), "budget.txt")
    assert seed.source == "https://www.bbc.co.uk/news/uk-politics-123"
    assert seed.title == "Harlow council passes budget" and seed.paragraphs[0].startswith("The Harlow council")
    assert parse_seed(FERRY.encode(), "ferry.txt").source is None
    story = parse_seed(b"date 2023-01-01 Source: officials said the minister would resign.", "s.txt")
    assert story.source is None and story.paragraphs == ["Source: officials said the minister would resign."]
    with pytest.raises(SeedError, match=r"bad\.txt: has a 'source:' line that is not an http\(s\) URL"):
        parse_seed(b"date 2023-01-01\nsource: ftp://example.org/x\n\nThe minister resigned today.", "bad.txt")


def test_page_cites_the_outlet_by_name_with_its_address_or_says_source_not_given(site):
    project, built = site
    budget, ferry, farm = built["budget"], built["ferry"], built["farm"]
    page = (project.site / "briefings" / budget.slug / "index.html").read_text("utf-8")
    assert re.search(r'<a href="https://www\.bbc\.co\.uk/news/uk-politics-123">BBC News</a>', page)
    assert "source not given" in article_text(project.site / "briefings" / ferry.slug / "index.html")
    farm_page = (project.site / "briefings" / farm.slug / "index.html").read_text("utf-8")
    assert re.search(r'<a href="https://example\.com/farming/grants\?id=7&(amp;)?x=1">example\.com</a>', farm_page)
    for b in built.values():  # file names are for developers
        assert "Seed file" not in article_text(project.site / "briefings" / b.slug / "index.html")


def test_handout_prints_its_own_address_and_its_links_are_live(site):
    project, built = site
    b = built["budget"]
    reader = pypdf.PdfReader(project.site / "handouts" / f"{b.slug}.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    own = f"{SITE_URL}briefings/{b.slug}/"
    assert "Source: BBC News" in text and own in text.replace(" ", "")
    uris = {a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])
            if "/A" in a.get_object() and "/URI" in a.get_object()["/A"]}
    assert {own, "https://www.bbc.co.uk/news/uk-politics-123"} <= uris


def test_handout_points_to_the_online_briefing_for_the_quotes_it_leaves_out(site):
    _, built = site
    b = Briefing.from_dict(built["budget"].to_dict())
    b.quotes = [Quote(f"Words number {i} were said.", "Mary Penrose") for i in range(7)]
    page = f"{SITE_URL}briefings/{b.slug}/"
    html_text = handout_html(b, Renderer(), "2023-03-14", page_url=page)
    assert f'3 more quotes in the online briefing at <a href="{page}">{page}</a>' in html_text


# -- sharing ---------------------------------------------------------------------------------------

def test_each_page_describes_itself_and_previews_when_shared(site):
    project, built = site
    descriptions = set()
    for b in built.values():
        path = project.site / "briefings" / b.slug / "index.html"
        head = head_of(path)
        url = f"{SITE_URL}briefings/{b.slug}/"
        assert head.meta["description"] == curly_quotes(b.what.text)
        assert head.meta["og:description"] == head.meta["twitter:description"] == head.meta["description"]
        assert head.meta["og:title"] == head.meta["twitter:title"] == b.title
        assert head.meta["og:type"] == "article" and head.meta["og:url"] == url
        assert head.meta["twitter:card"] == "summary" and head.meta["article:published_time"] == b.date
        assert {"rel": "canonical", "href": url} in head.links
        descriptions.add(head.meta["description"])
    for page in ("index.html", "archive/index.html", "actors/index.html", "tags/index.html"):
        descriptions.add(head_of(project.site / page).meta["description"])
    assert len(descriptions) == len(built) + 4  # no two pages share one


def test_every_page_links_its_feeds_for_autodiscovery(site):
    project, _ = site
    pages = sorted(project.site.rglob("*.html"))
    assert len(pages) > 8
    for path in pages:
        alternates = {(link.get("type"), link.get("href")) for link in head_of(path).links if link.get("rel") == "alternate"}
        assert ("application/rss+xml", SITE_URL + "feed.xml") in alternates, path
        assert ("application/feed+json", SITE_URL + "feed.json") in alternates, path


def test_feeds_name_themselves_and_link_absolutely_under_site_url(site):
    project, built = site
    rss = ET.parse(project.site / "feed.xml").getroot()
    self_link = rss.find("./channel/{http://www.w3.org/2005/Atom}link")
    assert self_link is not None and self_link.attrib == {
        "href": SITE_URL + "feed.xml", "rel": "self", "type": "application/rss+xml"}
    links = [i.findtext("link") for i in rss.findall("./channel/item")]
    assert sorted(links) == sorted(f"{SITE_URL}briefings/{b.slug}/" for b in built.values())
    feed = json.loads((project.site / "feed.json").read_text("utf-8"))
    assert feed["home_page_url"] == SITE_URL and feed["feed_url"] == SITE_URL + "feed.json"
    assert all(i["url"].startswith(SITE_URL + "briefings/") for i in feed["items"])


# -- search and reader text ------------------------------------------------------------------------

def test_search_snippet_begins_with_the_story_what(site):
    project, built = site
    pages = indexed_pages(project.site)
    for b in built.values():
        text = pages[f"/briefings/{b.slug}/"]
        # Pagefind keeps the headline, then the page's text: the story's what, never a source label or a button
        assert text.startswith(curly_quotes(b.title).rstrip(".") + ".") or text.startswith(curly_quotes(b.title)), text[:120]
        after = text[len(curly_quotes(b.title)):].lstrip(". ")
        assert after.startswith(" ".join(curly_quotes(b.what.text).split()[:6])), text[:200]
        assert "Download PDF" not in text and "Source: sentence" not in text and "Source:sentence" not in text


def test_tags_page_speaks_to_readers(site):
    project, _ = site
    text = article_text(project.site / "tags" / "index.html")
    assert "United Kingdom · 1 briefing" in text  # plain seeds get topic tags: the tab is never empty for them
    assert "tags:" not in text and "front matter" not in text and "seed" not in text.casefold()


# -- typography ------------------------------------------------------------------------------------

@pytest.mark.parametrize("straight, curly", [
    ('"Yes," he said.', "\u201cYes,\u201d he said."),
    ("the town's libraries", "the town\u2019s libraries"),
    ("called it 'a missed chance' today", "called it \u2018a missed chance\u2019 today"),
    ("the party's '90s manifesto", "the party\u2019s \u201990s manifesto"),
    ('("no")', "(\u201cno\u201d)"),
    ("already \u201ccurly\u201d", "already \u201ccurly\u201d"),
])
def test_curly_quotes(straight, curly):
    assert curly_quotes(straight) == curly


def test_speech_parts_set_the_speakers_words_apart_from_the_storys():
    assert speech_parts('he called it "a disgrace" on Monday') == [
        (False, "he called it "), (True, "\u201ca disgrace\u201d"), (False, " on Monday")]
    assert speech_parts("no quoted words") == [(False, "no quoted words")]
    # a text that starts inside a quotation, and one that ends inside one
    assert speech_parts('a fair deal" was vital to "other departments"') == [
        (True, "a fair deal\u201d"), (False, " was vital to "), (True, "\u201cother departments\u201d")]
    assert speech_parts('they said it was "a plan that') == [(False, "they said it was "), (True, "\u201ca plan that")]


def test_pages_show_typographic_quotes_only(site):
    project, built = site
    for b in built.values():
        text = article_text(project.site / "briefings" / b.slug / "index.html")
        assert '"' not in text and "'" not in text, text
    assert "town\u2019s" in article_text(project.site / "briefings" / built["budget"].slug / "index.html")


def test_handouts_show_typographic_quotes_only(site):
    project, built = site
    reader = pypdf.PdfReader(project.site / "handouts" / f"{built['ferry'].slug}.pdf")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "\u201cThe island\u2019s people have waited long enough\u201d" in " ".join(text.split())
    assert '"' not in text and "'" not in text


def test_reported_speech_is_set_apart_from_quotations(site):
    _, built = site
    b = Briefing.from_dict(built["budget"].to_dict())
    b.quotes = [Quote("We kept every library open", "Mary Penrose"),
                Quote('the budget was "a missed chance" for young people', "Tom Baird", enclosed=False)]
    page = markdown.markdown(briefing_page(b, Renderer()).split("---\n", 2)[2], extensions=["attr_list", "md_in_html"])
    quotation, reported = re.findall(r'<blockquote class="([^"]+)">(.*?)</blockquote>', page, re.S)
    assert quotation[0] == "quote" and "\u201cWe kept every library open\u201d" in quotation[1]
    assert reported[0] == "quote reported"
    assert ('<span class="paraphrase">the budget was</span> <span class="quoted">\u201ca missed chance\u201d</span> '
            '<span class="paraphrase">for young people</span>') in reported[1]
    handout = handout_html(b, Renderer(), "2023-03-14")
    assert '<blockquote class="reported"><p class="q"><span class="paraphrase">the budget was </span>' in handout
    assert '<span class="quoted">\u201ca missed chance\u201d</span>' in handout


def test_reader_check_says_it_skipped_where_chromium_is_missing(tmp_path):
    import os
    import shutil
    import subprocess

    from .conftest import ROOT

    bin_dir = tmp_path / "bin"  # a PATH with what the script needs, and no Chromium
    bin_dir.mkdir()
    (bin_dir / "dirname").symlink_to(shutil.which("dirname"))
    proc = subprocess.run([shutil.which("bash"), str(ROOT / "scripts" / "check_reader"), str(tmp_path)],
                          capture_output=True, text=True, env={"PATH": str(bin_dir), "HOME": os.environ.get("HOME", "/")})
    assert proc.returncode == 0
    assert proc.stdout.startswith("reader check skipped: Chromium is not installed")
