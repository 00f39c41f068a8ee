"""The reader-facing site beyond the briefing pages: actors, archive, tags, feeds, published facts,
accessibility. One real build (seeds -> spaCy -> Markdown -> `mkdocs build --strict`) for the module."""
import html
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.build.steps import build
from generator.facts import Briefing, Fact, Quote
from generator.publish.policy import published as published_facts
from generator.publish.render import Renderer
from generator.publish.site import briefing_page, json_feed, rss_feed, site_url_of

from .conftest import SEED, make_seed, new_project

WALK = (
    "date 2022-05-02 Kishor to walk across Bihar\n\n"
    "Election strategist Prashant Kishor said on Monday that he would walk 3,000 km across Bihar from "
    "October because the state needed a new kind of politics.\n\n"
    "\"I will meet the people of Bihar before I decide on a party,\" Kishor told reporters in Patna."
)
PANEL = (
    "---\ndate: 2022-03-10\ntitle: \"Congress names panel <script>alert(1)</script> & 'review'\"\n"
    "source: https://example.org/story?a=1&b=2\n"
    "tags: [elections, \"<b>bold</b> & {{ 7*7 }}\"]\n---\n"
    "The Congress on Thursday named a panel led by Sonia Gandhi to review its defeat in five states, "
    "party spokesman Randeep Surjewala said in New Delhi.\n\n"
    "\"We will learn from this and we will come back,\" Surjewala said."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    project = new_project(root)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    make_seed(root / "seeds", "walk.txt", WALK)
    make_seed(root / "seeds", "panel.md", PANEL)
    result = build(project, progress=lambda m: None)
    assert not result.failures
    return project, {b.id: b for b in result.built}


def read(path: Path) -> str:
    return path.read_text("utf-8")


def text_of(page: str) -> str:
    body = page.split("<article", 1)[1].split("</article>")[0]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def test_every_person_and_organisation_is_listed_and_recurring_ones_have_a_page(site):
    from collections import Counter

    from generator.publish.site import initial

    project, built = site
    index = read(project.site / "actors" / "index.html")
    assert "People" in index and "Organisations" in index
    # every one is on the page of their kind and initial (actors/by/<kind>-<letter>/), linked from the index
    groups = {g.name: read(g / "index.html") for g in (project.site / "actors" / "by").iterdir()}
    assert all(f"by/{name}/" in hrefs(index) for name in groups)
    in_briefings = Counter(a.name for b in built.values() for a in b.who if a.kind in ("person", "organisation"))
    with_page = without_page = 0
    for b in built.values():
        page = read(project.site / "briefings" / b.slug / "index.html")
        for a in b.who:
            if a.kind not in ("person", "organisation"):
                continue
            group = groups[f"{'people' if a.kind == 'person' else 'organisations'}-{initial(a.name)}"]
            assert html.escape(a.name, quote=False) in group, a.name
            actor = project.site / "actors" / a.slug / "index.html"
            if in_briefings[a.name] >= 2:
                assert actor.is_file(), a.name
                assert f"../../actors/{a.slug}/" in hrefs(page)
                assert f"../../briefings/{b.slug}/" in hrefs(read(actor))
                assert f"../../{a.slug}/" in hrefs(group)
                with_page += 1
            else:  # in one briefing only: its group links straight to it
                assert not actor.exists(), a.name
                assert f"../../actors/{a.slug}/" not in hrefs(page)
                assert f"../../../briefings/{b.slug}/" in hrefs(group)
                without_page += 1
    assert with_page >= 3 and without_page >= 1
    assert 'href="prashant-kishor/"' in index


def test_actor_page_lists_briefings_newest_first_with_what_they_said(site):
    project, built = site
    kishor = read(project.site / "actors" / "prashant-kishor" / "index.html")
    timeline = list(dict.fromkeys(h for h in hrefs(kishor) if h.startswith("../../briefings/")))
    dates = [next(b.date for b in built.values() if h == f"../../briefings/{b.slug}/") for h in timeline]
    assert len(timeline) == 2 and dates == sorted(dates, reverse=True)
    said = [q for b in built.values() for q in b.quotes if q.speaker == "Prashant Kishor"]
    assert said
    for q in said:
        assert " ".join(q.text.split()) in text_of(kishor)


def test_briefing_page_has_key_facts_context_links_and_the_facts_as_json(site):
    project, built = site
    walk = built["walk"]
    page = read(project.site / "briefings" / walk.slug / "index.html")
    facts = page.split('id="key-facts"', 1)[1].split("</div>", 1)[0]
    assert all(label in facts for label in ("Who:", "What:", "Why:"))
    assert walk.related and walk.related[0].id == SEED.stem  # the earlier Kishor story
    assert f"../{walk.related[0].slug}/" in hrefs(page)
    assert "Earlier briefings on the same actors" in page
    link = next(h for h in re.findall(r'<a [^>]*href="([^"]+\.json)"[^>]*>Facts as JSON', page))
    published = (project.site / "briefings" / walk.slug / link).resolve()
    assert published == project.site / "briefings" / f"{walk.slug}.json"
    # the default story-text policy: the facts with only the sentences they cite (policy.py)
    assert Briefing.from_json(read(published)) == published_facts(walk, "cited")


def test_archive_by_month_newest_first(site):
    project, built = site
    index = read(project.site / "archive" / "index.html")
    months = re.findall(r'href="(\d{4}-\d{2})/"', index)
    assert months == ["2022-05", "2022-04", "2022-03"]
    april = read(project.site / "archive" / "2022-04" / "index.html")
    assert f"../../briefings/{built[SEED.stem].slug}/" in hrefs(april)
    assert "April 2022" in april


def test_tags_from_front_matter_shown_literally_with_a_page_each(site):
    project, built = site
    panel = built["panel"]
    index = read(project.site / "tags" / "index.html")
    assert "<b>bold</b>" not in index and "{{ 7*7 }}" in html.unescape(index) and "49" not in index
    assert "<b>bold</b> & {{ 7*7 }}" in text_of(index)
    elections = read(project.site / "tags" / "elections" / "index.html")
    assert f"../../briefings/{panel.slug}/" in hrefs(elections)
    page = read(project.site / "briefings" / panel.slug / "index.html")
    assert "../../tags/elections/" in hrefs(page)


def test_feeds_list_briefings_newest_first_with_exact_titles(site):
    project, built = site
    newest = sorted(built.values(), key=lambda b: b.date, reverse=True)
    rss = ET.parse(project.site / "feed.xml").getroot()
    items = rss.findall("./channel/item")
    assert [i.findtext("title") for i in items] == [b.title for b in newest]
    assert "<script>alert(1)</script> & 'review'" in items[2].findtext("title")
    assert {c.text for c in items[2].findall("category")} == {"elections", "<b>bold</b> & {{ 7*7 }}"}
    feed = json.loads(read(project.site / "feed.json"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["title"] for i in feed["items"]] == [b.title for b in newest]
    for item, b in zip(feed["items"], newest):
        # no site_url in mkdocs.yml: URLs are relative to the feed, and they resolve
        assert item["url"] == f"briefings/{b.slug}/"
        assert (project.site / item["url"] / "index.html").is_file()
        assert all((project.site / a["url"]).is_file() for a in item["attachments"])
        assert item["date_published"] == f"{b.date}T00:00:00Z"
    assert feed["items"][2]["external_url"] == "https://example.org/story?a=1&b=2"
    home = read(project.site / "index.html")
    assert "feed.xml" in hrefs(home) and "feed.json" in hrefs(home)


def test_feeds_use_absolute_urls_when_site_url_is_set(site, tmp_path):
    _, built = site
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nsite_url: https://example.org/brief\nextra:\n  key: !ENV [HOME, x]\n")
    url = site_url_of(config)
    assert url == "https://example.org/brief/"
    briefings = list(built.values())
    rss = ET.fromstring(rss_feed(briefings, url))
    links = [e.text for e in rss.iter("link")]
    assert links and all(link.startswith("https://example.org/brief/") for link in links)
    feed = json.loads(json_feed(briefings, url))
    assert feed["feed_url"] == "https://example.org/brief/feed.json"
    assert all(i["url"].startswith("https://example.org/brief/briefings/") for i in feed["items"])
    config.write_text("site_name: x\n")
    assert site_url_of(config) is None


def test_low_confidence_facts_and_quotes_are_marked_for_review(kishor):
    b = Briefing.from_dict(kishor.to_dict())
    b.what = Fact("a shaky event", confidence=0.4)
    b.why = [Fact("a sure cause", confidence=0.9)]
    b.context = [Fact("shaky background", confidence=0.5), Fact("sure background", confidence=1.0)]
    b.quotes = [Quote("sure words", "Prashant Kishor", confidence=0.9),
                Quote("unsure words", "Sonia Gandhi", confidence=0.3)]
    md = briefing_page(b, Renderer())
    flagged = [line for line in md.splitlines() if "low confidence" in line or "attribution uncertain" in line]
    assert len(flagged) == 3
    for shaky in ("shaky event", "shaky background", "Sonia Gandhi"):
        assert any(shaky in line for line in flagged), shaky
    for sure in ("sure cause", "sure background", "Prashant Kishor"):
        assert not any(sure in line.replace("shaky", "") for line in flagged), sure
    # each flag names where its confidence comes from, and the two kinds never share their words
    for line in flagged:
        quote = "Sonia Gandhi" in line
        assert ("(measured)" in line) == quote and ("rule of thumb" in line) != quote, line
        assert ("check the attribution" in line) == quote and ("check the source" in line) != quote, line


def test_pages_are_accessible(site):
    project, _ = site
    pages = list(project.site.rglob("*.html"))
    assert len(pages) > 15
    for path in pages:
        page = read(path)
        assert re.search(r'<html[^>]* lang="en"', page), path
        assert len(re.findall(r"<h1[\s>]", page)) == 1, path
        levels = [int(n) for n in re.findall(r"<h([1-6])[\s>]", page)]
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{path}: h{before} then h{after}"
        for img in re.findall(r"<img\b[^>]*>", page):
            assert re.search(r'\balt="[^"]+"', img), f"{path}: {img}"


def test_nav_does_not_list_every_page(site):
    project, built = site
    about = read(project.site / "about" / "index.html")
    assert not [h for h in hrefs(about) if "/briefings/" in h or "/actors/" in h and not h.endswith("actors/")]
    assert {"../archive/", "../actors/", "../tags/"} <= set(hrefs(about))
