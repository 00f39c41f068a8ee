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
        if entry.is_file():
            data = json.loads(entry.read_text("utf-8"))
            if "Hand-written" in data["content"] or "About these briefings" in data["content"]:
                about_entries.append(entry)
    assert len(about_entries) == 1
    about_html = [e for e in (project.cache / "pages" / "html").iterdir() if "About these briefings" in e.read_text("utf-8")]
    assert len(about_html) == 1
    # mark the cached HTML of the unchanged About page: a rebuild must show the mark
    about_html[0].write_text(about_html[0].read_text("utf-8").replace("</body>", "HTML-MARK</body>", 1), "utf-8")
    make_seed(project.seeds, "new.txt", "date 2022-05-01 Minister Jane Roe resigned in Leeds on Monday.")
    second = build(project, **QUIET)
    assert len(second.built) == len(first.built) + 1
    assert "HTML-MARK" in (project.site / "about" / "index.html").read_text("utf-8")
    # the home page changed (it lists the new briefing): rendered anew, not from the cache
    assert "Jane Roe" in (project.site / "index.html").read_text("utf-8")
    # without its HTML kept, the page's template is rendered, from its cached Markdown rendering
    data = json.loads(about_entries[0].read_text("utf-8"))
    data["content"] = data["content"].replace("</p>", " CACHED-MARK</p>", 1)
    about_entries[0].write_text(json.dumps(data), "utf-8")
    about_html[0].unlink()
    make_seed(project.seeds, "newer.txt", "date 2022-05-02 Minister Jane Roe returned in Leeds on Tuesday.")
    build(project, **QUIET)
    about = (project.site / "about" / "index.html").read_text("utf-8")
    assert "CACHED-MARK" in about and "HTML-MARK" not in about


def test_a_page_whose_neighbours_or_front_matter_change_is_rendered_again(tmp_path):
    """The HTML kept is a page's only while what its template reads is the same: the page's front
    matter (its description) is in the key, so a changed one is never served from the last build."""
    project = new_project(tmp_path / "p")
    (project.seeds / SEED.name).write_bytes(SEED.read_bytes())
    build(project, **QUIET)
    about = project.docs / "about.md"
    about.write_text("---\ndescription: A page of its own\n---\n" + about.read_text("utf-8"), "utf-8")
    build(project, **QUIET)
    assert 'content="A page of its own"' in (project.site / "about" / "index.html").read_text("utf-8")
