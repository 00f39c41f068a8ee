"""The search index in parts (issue 31): Pagefind indexes the briefings and the actors' pages apart,
the search page merges them, and a rebuild makes again only a part whose pages' indexed text changed.
Real builds of invented stories (spaCy, MkDocs, Pagefind)."""
import re

import pytest

from generator.build.steps import build
from generator.publish.search import PARTS_SCRIPT, SEARCH_DIR, indexed_pages, marks_body

from .conftest import make_seed, new_project

QUIET = {"progress": lambda m: None}

# Invented stories: Marta Quell appears in three (so her page is searched), as Transport Secretary.
STORIES = {
    "a.txt": "date 2024-05-06 Quell opens depot\n\nTransport Secretary Marta Quell opened a bus depot in Preston on "
             "Monday. \"Buses come first,\" Quell said.",
    "b.txt": "date 2024-05-13 Quell faces drivers\n\nDrivers questioned Marta Quell about pay in Wigan on Monday, "
             "union leader Oren Dask said.",
    "c.txt": "date 2024-05-20 Quell sets timetable\n\nMarta Quell set a new rail timetable for the north on Monday, "
             "the Department for Transport said.",
}


def parts(project) -> dict[str, str]:
    """Each part's folder in the site -> the kept index it was linked from (its key)."""
    kept = project.cache / "pages" / "search"
    by_inode = {(p / "pagefind-entry.json").stat().st_ino: p.name for p in kept.iterdir()}
    out = project.site / SEARCH_DIR
    return {name: by_inode.get((folder / "pagefind-entry.json").stat().st_ino)
            for name, folder in (("briefings", out), ("actors", out / "actors"))}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("search-parts") / "p")
    for name, text in STORIES.items():
        make_seed(project.seeds, name, text)
    result = build(project, **QUIET)
    assert not result.failures, result.summary()
    return project


def test_briefings_and_actors_are_indexed_apart_and_the_search_page_merges_them(project):
    out = project.site / SEARCH_DIR
    assert (out / "pagefind-entry.json").is_file() and (out / "actors" / "pagefind-entry.json").is_file()
    assert (out / PARTS_SCRIPT).read_text("utf-8") == 'window.briefingSearchParts = ["actors/"];\n'
    pages = indexed_pages(project.site)
    assert "/actors/marta-quell/" in pages and any(u.startswith("/briefings/") for u in pages)
    # each part holds its own pages only: one result for one page
    actors = [p for p in (out / "actors" / "fragment").iterdir()]
    assert len(actors) == sum(u.startswith("/actors/") for u in pages)
    search = (project.site / "search" / "index.html").read_text("utf-8")
    assert f'<script src="../pagefind/{PARTS_SCRIPT}"></script>' in search and "mergeIndex" in search
    # her page is found by who she is; how many briefings name her changes with each one, so it is not indexed
    assert "Transport Secretary" in pages["/actors/marta-quell/"]
    assert "3 briefings" not in pages["/actors/marta-quell/"]
    assert "In 3 briefings" in (project.site / "actors" / "marta-quell" / "index.html").read_text("utf-8")


def test_one_new_story_makes_again_the_briefings_part_and_keeps_the_actors_part(project):
    before = parts(project)
    assert all(before.values()), before
    make_seed(project.seeds, "d.txt", "date 2024-05-27 Quell visits port\n\nTransport Secretary Marta Quell "
                                      "visited the port of Fleetwood on Monday.")
    build(project, **QUIET)
    after = parts(project)
    assert after["actors"] == before["actors"]  # her page changed (4 briefings), not what search reads of it
    assert after["briefings"] != before["briefings"]
    assert any("Fleetwood" in text for text in indexed_pages(project.site).values())
    assert len(list((project.cache / "pages" / "search").iterdir())) == 2  # the replaced part is gone
    # a new role is indexed text of hers: the actors' part is made again, and has it
    make_seed(project.seeds, "e.txt", "date 2024-06-03 Quell named deputy\n\nDeputy Prime Minister Marta Quell "
                                      "chaired the cabinet in London on Monday.")
    build(project, **QUIET)
    assert parts(project)["actors"] != after["actors"]
    assert "Deputy Prime Minister" in indexed_pages(project.site)["/actors/marta-quell/"]


def test_a_page_marks_what_is_indexed_in_a_tag_not_in_its_text():
    assert marks_body('<main><div class="x" data-pagefind-body>text</div></main>')
    assert marks_body(b'<div\ndata-pagefind-body="">')
    assert not marks_body("<p>the attribute data-pagefind-body marks it</p>")
    assert not marks_body(b"<p>x</p>")
