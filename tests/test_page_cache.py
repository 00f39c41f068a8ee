"""MkDocs' page rendering is reused when a page's inputs did not change, and redone when they did."""
import json

from generator.build.steps import build

from .conftest import SEED, make_seed, new_project

QUIET = {"progress": lambda m: None}


def test_unchanged_pages_come_from_the_cache_and_changed_ones_do_not(tmp_path):
    project = new_project(tmp_path / "p")
    (project.seeds / SEED.name).write_bytes(SEED.read_bytes())
    first = build(project, **QUIET)
    about_entries = []
    for entry in (project.cache / "pages").iterdir():
        data = json.loads(entry.read_text("utf-8"))
        if "Hand-written" in data["content"] or "About these briefings" in data["content"]:
            about_entries.append(entry)
    assert len(about_entries) == 1
    # mark the cached rendering of the unchanged About page: a rebuild must show the mark
    data = json.loads(about_entries[0].read_text("utf-8"))
    data["content"] = data["content"].replace("</p>", " CACHED-MARK</p>", 1)
    about_entries[0].write_text(json.dumps(data), "utf-8")
    make_seed(project.seeds, "new.txt", "date 2022-05-01 Minister Jane Roe resigned in Leeds on Monday.")
    second = build(project, **QUIET)
    assert len(second.built) == len(first.built) + 1
    assert "CACHED-MARK" in (project.site / "about" / "index.html").read_text("utf-8")
    # the home page changed (it lists the new briefing): rendered anew, not from the cache
    assert "Jane Roe" in (project.site / "index.html").read_text("utf-8")
