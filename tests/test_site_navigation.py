"""Navigation that scales (issue 31): listings in pages, the actors index by kind and initial with a
filter, search from Pagefind's chunked index. A real build of invented stories, with small pages so
that a few stories page."""
import re

import pytest
import yaml

from generator.build.steps import build
from generator.publish import site as site_module
from generator.publish.search import indexed_pages

from .conftest import make_seed, new_project

QUIET = {"progress": lambda m: None}

# Invented stories: Patricia Hewitt appears in three (so she has a page), others once.
STORIES = {
    "a.txt": "date 2024-01-03 Hewitt opens clinic\n\nHealth Secretary Patricia Hewitt opened a clinic in Leeds on "
             "Wednesday. \"Care must come first,\" Hewitt said. Local councillor Penn Zell welcomed the plan.",
    "b.txt": "date 2024-01-10 Hewitt faces nurses\n\nNurses questioned Patricia Hewitt about pay in Manchester on "
             "Wednesday because wards were short of staff, union leader Dana Frost said.",
    "c.txt": "date 2024-02-14 Hewitt sets targets\n\nPatricia Hewitt set new waiting targets for hospitals in "
             "England on Wednesday, the Department of Health said.",
    "d.txt": "date 2024-02-20 Budget row in Cardiff\n\nFinance minister Ivor Quaile defended the budget in Cardiff on "
             "Tuesday as opposition leader Bea Unwin called it reckless.",
    "e.txt": "date 2024-03-05 Mayor resigns in Bristol\n\nBristol mayor Ulla Vance resigned on Tuesday after a row "
             "with the council over housing.",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setattr(site_module, "LIST_PAGE", 2)
    mp.setattr(site_module, "ACTOR_PAGE", 2)
    mp.setattr(site_module, "ACTORS_GROUP_PAGE", 1)
    mp.setattr(site_module, "HOME_LATEST", 2)
    mp.setattr(site_module, "TAGS_PAGE", 1)
    try:
        project = new_project(tmp_path_factory.mktemp("nav") / "p")
        for name, text in STORIES.items():
            make_seed(project.seeds, name, text)
        result = build(project, **QUIET)  # strict MkDocs: a link to a page that is not there fails it
        assert not result.failures, result.summary()
    finally:
        mp.undo()
    return project, {b.id: b for b in result.built}


def html(project, path: str) -> str:
    return (project.site / path / "index.html").read_text("utf-8")


def links(page: str) -> list[str]:
    return re.findall(r'href="([^"#]+)"', page)


def test_the_whole_archive_pages_newest_first_from_the_home_page(built):
    project, briefings = built
    home = html(project, "")
    assert "archive/all/" in links(home)  # the home page shows the latest; the archive, every one
    order = [b.slug for b in sorted(briefings.values(), key=lambda b: (b.date, b.slug), reverse=True)]
    seen = []
    for path in ("archive/all", "archive/all/page-2", "archive/all/page-3"):
        page = html(project, path)
        seen += [s for s in re.findall(r'href="[./]*briefings/([^/"]+)/"', page) if s not in seen]
        assert "page " in page and "of 3" in page
    assert seen == order
    assert not (project.site / "archive/all/page-4").exists()
    assert "Older" in html(project, "archive/all") and "Newer" in html(project, "archive/all/page-3")


def test_a_month_and_a_tag_page_through_their_briefings(built):
    project, _ = built
    assert (project.site / "archive/2024-01/index.html").exists()
    tag_pages = sorted(p.parent.relative_to(project.site).as_posix() for p in (project.site / "tags").rglob("index.html"))
    assert "tags/united-kingdom/page-2" in tag_pages or "tags/england/page-2" in tag_pages, tag_pages
    assert "tags/index/page-2" in tag_pages  # the tags index itself pages
    every = set()
    for path in [p for p in tag_pages if p == "tags" or p.startswith("tags/index")]:
        every |= {u for u in re.findall(r'href="([^"]+)"', html(project, path)) if "/page-" not in u}
    assert any("united-kingdom/" in u for u in every)


def test_an_actor_page_pages_through_the_timeline(built):
    project, _ = built
    first, second = html(project, "actors/patricia-hewitt"), html(project, "actors/patricia-hewitt/page-2")
    assert "In 3 briefings" in first and "In 3 briefings" in second
    assert "Hewitt sets targets" in first and "Hewitt opens clinic" in second  # newest first


def test_the_actors_index_is_grouped_by_kind_and_initial_with_a_filter(built):
    project, _ = built
    index = html(project, "actors")
    assert "People" in index and "Organisations" in index
    for letter in ("p", "u", "d"):  # Patricia Hewitt and Penn Zell, Ulla Vance, Dana Frost
        assert f"by/people-{letter}/" in links(index), letter
    group = html(project, "actors/by/people-p")
    assert "Patricia Hewitt" in group and 'href="../../patricia-hewitt/"' in group
    # one name a page here: the group of two pages through them, in name order
    assert "Penn Zell" not in group and "Penn Zell" in html(project, "actors/by/people-p/page-2")
    # the filter is there for JavaScript to show; without it the groups are plain links
    assert 'class="list-filter" hidden' in group and 'id="list-filter-input"' in group
    assert 'class="actor-list"' in group


def test_search_indexes_what_readers_look_for_and_not_what_other_pages_repeat(built):
    """Pagefind holds every word indexed until it writes the index (3.2 GB at 10,000 seeds): a page
    indexes its headline, What, names, roles and quotes, not what is said again on it or elsewhere."""
    project, briefings = built
    pages = indexed_pages(project.site)
    hewitt = pages["/actors/patricia-hewitt/"]
    assert hewitt.startswith("Patricia Hewitt") and "Health Secretary" in hewitt  # who she is: found by name
    # her timeline and quotes are the briefings' own: found there, not again on her page
    assert "Hewitt faces nurses" not in hewitt and "Care must come first" not in hewitt
    clinic = next(b for b in briefings.values() if b.id == "a")
    text = pages[f"/briefings/{clinic.slug}/"]
    assert "Care must come first" in text and "Penn Zell" in text and "Leeds" in text
    page = html(project, f"briefings/{clinic.slug}")
    for repeated in ("Key facts", "Earlier briefings", "mentions", "published as JSON", "Context"):
        assert not any(repeated in t for t in pages.values()), repeated
    # readers still see all of it
    assert "Key facts" in page and "published as JSON" in page and "Context" in page
    assert "Earlier briefings" in html(project, f"briefings/{next(b for b in briefings.values() if b.id == 'c').slug}")


def test_search_finds_briefings_and_actor_pages_not_the_indexes(built):
    project, briefings = built
    pages = indexed_pages(project.site)
    assert "/actors/patricia-hewitt/" in pages  # "hewitt" finds her page
    assert all(f"/briefings/{b.slug}/" in pages for b in briefings.values())
    assert not any(u.startswith(("/actors/by/", "/archive/", "/tags/")) or u in ("/", "/actors/") for u in pages)
    assert not any(u.startswith("/actors/patricia-hewitt/page-") for u in pages)  # one result for one actor
    for url, text in pages.items():
        assert "Source: sentence" not in text and "Download PDF" not in text, url
    search = html(project, "search")
    assert '<script src="../pagefind/pagefind-ui.js">' in search and "<noscript>" in search
    assert (project.site / "pagefind" / "pagefind-ui.css").is_file()
    assert not re.search(r"src=\"(https?:)?//|<link[^>]*href=\"(https?:)?//", search)  # nothing from other hosts


def test_an_actor_of_few_briefings_has_a_page_but_is_not_a_search_result(built, tmp_path, monkeypatch):
    """Each page indexed adds to what every query downloads first; an actor of fewer than
    ACTOR_SEARCHED briefings is found through the briefings that name them."""
    from generator.publish.render import Renderer

    _, briefings = built
    people = site_module.actor_pages(list(briefings.values()))
    hewitt = next(p for p in people.values() if p.name == "Patricia Hewitt")
    assert len(hewitt.appearances) == 3
    for least, unsearched in ((3, False), (4, True)):
        monkeypatch.setattr(site_module, "ACTOR_SEARCHED", least)
        out = tmp_path / str(least)
        site_module.write_actor_pages(out, {hewitt.slug: hewitt}, Renderer())
        front = yaml.safe_load((out / f"{hewitt.slug}.md").read_text("utf-8").split("---\n")[1])
        assert (front.get("unsearched") == "yes") == unsearched, front


def test_the_search_index_is_the_same_bytes_when_built_again(built, tmp_path):
    from generator.publish.search import SEARCH_DIR, index_site
    import shutil

    project, _ = built
    copy = tmp_path / "site"
    shutil.copytree(project.site, copy)
    shutil.rmtree(copy / SEARCH_DIR)
    index_site(copy)
    before = {p.relative_to(project.site / SEARCH_DIR): p.read_bytes() for p in (project.site / SEARCH_DIR).rglob("*")
              if p.is_file()}
    after = {p.relative_to(copy / SEARCH_DIR): p.read_bytes() for p in (copy / SEARCH_DIR).rglob("*") if p.is_file()}
    assert before == after
