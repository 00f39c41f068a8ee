"""One story, one briefing (issue 32): the reports of one event folded into one briefing, by
MinHash LSH (datasketch) and what updates share; editors' splits and joins; the site showing one
entry per story, with the others listed and their old addresses pointing to it.

Every story here is invented."""
from __future__ import annotations

import json
import random
import shutil

import pytest

from generator.build.steps import build
from generator.cache import Cache
from generator.editorial import clusters as cl
from generator.facts import Actor, Briefing, Quote

from .conftest import make_seed, new_project

QUIET = {"progress": lambda m: None}

# Paragraphs of invented stories, each about something else, so that texts made of them share
# exactly the paragraphs they have in common.
P = [
    "Minister Jane Roe opened talks with the Farmers Union in Leeds on Monday about the price of milk, "
    "which has fallen for the fourth month running and left many dairy farms close to closing their gates.",
    "The union's president, Tom Ash, said his members wanted a guaranteed floor under the price and a review "
    "of the contracts that supermarkets offer to the smallest producers in the northern counties.",
    "Opposition spokesman Karl Penn said the government had ignored warnings from the industry for two years "
    "and that a promise of talks was no substitute for money reaching farmers before the winter.",
    "A report published by the agriculture committee last spring found that one in five dairy farms had made "
    "a loss in each of the previous three years, the worst figures since records began in the seventies.",
    "The talks are expected to continue on Thursday, when officials from the treasury will join the meeting "
    "to set out what support the budget could offer without breaking the spending rules agreed in March.",
    "Council leaders in the harbour town voted to close two libraries and a swimming pool to balance next "
    "year's accounts, after a long debate in which residents packed the public gallery to protest loudly.",
    "The national orchestra announced a tour of twelve cities in the autumn, with a new symphony by a young "
    "composer from the islands and free tickets for schoolchildren under sixteen at every concert hall.",
    "Engineers finished the repairs to the old railway bridge across the estuary three weeks ahead of time, "
    "and the first passenger trains in a year crossed it at dawn with the mayor on board waving flags.",
]
ROE, ASH, PENN = (Actor("Jane Roe", "person"), Actor("Tom Ash", "person"), Actor("Karl Penn", "person"))
UNION = Actor("Farmers Union", "organisation")


def story(id: str, paragraphs: list[int], date: str = "2021-03-01", who=(ROE, UNION), quotes=(), source=None):
    return Briefing(id=id, slug=id, title=f"Story {id}", title_generated=False, date=date, source_file=f"{id}.txt",
                    text="\n\n".join(P[i] for i in paragraphs), who=list(who), quotes=list(quotes), source=source)


def grouped(briefings, fixes=None):
    found = cl.clusters(briefings, cl.signatures(briefings), fixes)
    return sorted(sorted([c.lead, *c.folded]) for c in found)


# -- the clustering, as pure functions ------------------------------------------------------------

def test_a_copy_is_folded_into_the_newest_report_and_listed_in_same_story():
    old = story("a-old", [0, 1, 2, 3, 4], date="2021-03-01", who=())
    new = story("b-new", [0, 1, 2, 3, 4], date="2021-03-02", who=())  # the same text, a day later
    other = story("c-other", [5, 6], date="2021-03-02", who=())
    leads, folded = cl.fold_stories([old, new, other])
    assert [b.id for b in leads] == ["b-new", "c-other"]
    assert new.same_story == ["a-old"] and other.same_story == [] and folded == {"b-new": [old]}
    assert json.loads(new.to_json())["same_story"] == ["a-old"]


def test_an_update_is_folded_only_with_shared_actors_and_dates_within_the_window():
    first = story("first", [0, 1, 2])
    # shares a third of its text (paragraph 2 and more), the same two actors, a day later: an update
    update = story("update", [2, 3, 4], date="2021-03-02")
    assert cl.UPDATE <= cl.shared(first.text, update.text) < cl.NEAR or pytest.fail("the invented texts drifted")
    assert grouped([first, update]) == [["first", "update"]]
    far = story("update", [2, 3, 4], date="2021-03-20")  # weeks later: another event on the same theme
    assert grouped([first, far]) == [["first"], ["update"]]
    strangers = story("update", [2, 3, 4], date="2021-03-02", who=(PENN,))  # one actor in common at most
    assert grouped([first, strangers]) == [["first"], ["update"]]


def test_unrelated_stories_stay_apart_and_a_chain_never_joins_stories_with_nothing_in_common():
    a, b, c = story("a", [0, 1, 2, 3]), story("b", [2, 3, 4, 5]), story("c", [4, 5, 6, 7])
    assert cl.shared(a.text, c.text) < cl.MIN_SHARED  # a and c share nothing; b shares half with each
    groups = grouped([a, b, c])
    assert not any({"a", "c"} <= set(g) for g in groups)
    assert grouped([story("x", [5]), story("y", [6]), story("z", [7])]) == [["x"], ["y"], ["z"]]


def test_clusters_do_not_depend_on_the_order_of_the_stories():
    stories = [story(f"s{i}", sorted(random.Random(i).sample(range(8), 4)), date=f"2021-03-0{1 + i % 3}")
               for i in range(12)]
    first = grouped(stories)
    for seed in range(3):
        shuffled = stories[:]
        random.Random(seed).shuffle(shuffled)
        assert grouped(shuffled) == first
    assert cl.signature(stories[0].text) == cl.signature(stories[0].text)  # fixed permutations


def test_signatures_come_from_the_cache_once_made(tmp_path):
    stories = [story("a", [0, 1]), story("b", [5, 6])]
    cache = Cache(tmp_path)
    first = cl.signatures(stories, cache)
    again = Cache(tmp_path)
    assert cl.signatures(stories, again) == first and (again.hits, again.misses) == (2, 0)
    assert {p.parent.parent.name for p in tmp_path.rglob("*") if p.is_file()} == {cl.SIGNATURE_KIND}


def test_the_clusters_are_reused_while_nothing_they_are_made_of_changes(tmp_path, monkeypatch):
    def stories():
        return [story("a", [0, 1, 2, 3]), story("b", [0, 1, 2, 3], date="2021-03-02"), story("c", [5, 6])]

    first, _ = cl.fold_stories(stories(), Cache(tmp_path))
    made = []
    real = cl.clusters
    monkeypatch.setattr(cl, "clusters", lambda *args: made.append(1) or real(*args))
    again, _ = cl.fold_stories(stories(), Cache(tmp_path))
    assert made == [] and [(b.id, b.same_story) for b in again] == [(b.id, b.same_story) for b in first]
    changed = stories()
    changed[2].date = "2021-04-01"  # a date is an input of the update rule: clustered again
    cl.fold_stories(changed, Cache(tmp_path))
    assert made == [1]
    entry = json.loads((tmp_path / cl.RESULT_ENTRY).read_text())
    (tmp_path / cl.RESULT_ENTRY).write_text(json.dumps({**entry, "clusters": [["a", "zz"]]}))  # damaged: redone
    leads, _ = cl.fold_stories(changed, Cache(tmp_path))
    assert made == [1, 1] and sorted(b.id for b in leads) == ["b", "c"]


def test_whats_new_is_what_the_later_report_adds():
    said = Quote("We will listen to every farmer", "Jane Roe")
    added = Quote("The treasury has found the money", "Jane Roe")
    first = story("first", [0, 1, 2], quotes=[said])
    update = story("update", [2, 3, 4], date="2021-03-02", quotes=[said, added])
    new = cl.whats_new(update, [first])
    assert new.quotes == [added]
    assert not cl.whats_new(story("copy", [0, 1, 2], date="2021-03-02", quotes=[said]), [first])  # a copy adds nothing
    assert not cl.whats_new(story("same-day", [2, 3, 4], quotes=[said, added]), [first])  # not later: no update


# -- corrections/clusters.yml ----------------------------------------------------------------------

def test_an_editor_splits_a_wrong_fold_and_forces_a_missing_one():
    copy_a, copy_b = story("copy-a", [0, 1, 2, 3]), story("copy-b", [0, 1, 2, 3], date="2021-03-02")
    x, y = story("x", [5]), story("y", [7])
    fixes, problems = cl.parse_cluster_corrections(b"- split: [copy-a, copy-b]\n- join: [x, y]\n", "clusters.yml",
                                                   {"copy-a", "copy-b", "x", "y"})
    assert problems.items == []
    assert grouped([copy_a, copy_b, x, y]) == [["copy-a", "copy-b"], ["x"], ["y"]]
    assert grouped([copy_a, copy_b, x, y], fixes) == [["copy-a"], ["copy-b"], ["x", "y"]]
    # a seed named in the file but not built this time (its extraction failed) joins nothing
    assert grouped([copy_a, copy_b, x], fixes) == [["copy-a"], ["copy-b"], ["x"]]


@pytest.mark.parametrize("text, problem", [
    (b"- join: [x, wrong-id]\n", "clusters.yml, line 1, key '[1].join': names no seed 'wrong-id' (did you mean 'wrong-io'?)"),
    (b"- split: [x, y]\n- jion: [x, y]\n", "clusters.yml, line 2, key '[2].jion': is not a correction this file knows"),
    (b"split: [x, y]\n", "clusters.yml, line 1: should be a list of entries"),
    (b"- join: x\n", "clusters.yml, line 1, key '[1].join': should list two or more seed ids"),
    (b"- join: [x, y]\n  split: [x, y]\n", "clusters.yml, line 1, key '[1]': needs exactly one of 'split' or 'join'"),
    (b"- join: [x, {a: 1}]\n", "clusters.yml, line 1, key '[1].join[2]': should be text"),
    (b"- join: [x, y\n", "clusters.yml, line 2: is not valid YAML"),
])
def test_a_bad_clusters_file_is_named_with_its_line_and_key(text, problem):
    _, problems = cl.parse_cluster_corrections(text, "clusters.yml", {"x", "y", "wrong-io"})
    assert any(p.startswith(problem) for p in problems.items), problems.items


# -- the site: one entry per story -----------------------------------------------------------------

FIRST = ("date 2021-03-01\nsource: https://www.bbc.co.uk/news/farming-1\n\nRoe opens milk talks\n\n"
         + "\n\n".join(P[0:4]) + "\n\n\"We will listen,\" Roe said.\n")
# the same story from another outlet a day later, with a paragraph and a quote of its own
SECOND = ("date 2021-03-02\nsource: https://www.theguardian.com/farming/2\n\nMilk talks open in Leeds\n\n"
          + "\n\n".join(P[0:4]) + "\n\n" + P[4] + "\n\n\"The treasury will help,\" Roe said.\n")
OTHER = ("date 2021-02-20 Council closes libraries\n\n" + P[5] + "\n\n" + P[6]
         + "\n\nMinister Jane Roe called the closures a loss for the town.\n")  # earlier; Roe: an actor page


def pages(project):
    return {p.name: p.read_bytes() for p in sorted((project.docs / "briefings").glob("*.md"))}


@pytest.fixture(scope="module")
def folded_site(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("folded"))
    make_seed(project.seeds, "first.txt", FIRST)
    make_seed(project.seeds, "other.txt", OTHER)
    before = build(project, jobs=1, **QUIET)
    first_pages = pages(project)
    make_seed(project.seeds, "second.txt", SECOND)
    after = build(project, jobs=1, **QUIET)
    return project, before, first_pages, after


def test_the_newest_report_leads_and_lists_the_other_with_its_outlet(folded_site):
    project, _, _, after = folded_site
    assert sorted(b.id for b in after.built) == ["other", "second"]
    lead = next(b for b in after.built if b.id == "second")
    facts = json.loads((project.docs / "briefings" / f"{lead.slug}.json").read_text("utf-8"))
    assert facts["same_story"] == ["first"]
    page = (project.docs / "briefings" / f"{lead.slug}.md").read_text("utf-8")
    also = page.split("## Also reported in", 1)[1].split("## Source", 1)[0]
    assert "[BBC News](https://www.bbc.co.uk/news/farming-1)" in also and "Roe opens milk talks" in also
    new = page.split("## What's new", 1)[1].split("## Also reported in", 1)[0]
    assert "The treasury will help" in new and "We will listen" not in new
    html = (project.site / "briefings" / lead.slug / "index.html").read_text("utf-8")
    assert "Also reported in" in html and "https://www.bbc.co.uk/news/farming-1" in html
    # the handout lists the other report too, as the page does
    from .test_handouts import pdf, text

    paper = " ".join(text(pdf((project.site / "handouts" / f"{lead.slug}.pdf").read_bytes())).split())
    assert "Also reported in BBC News" in paper and "Roe opens milk talks" in paper, paper[-800:]


def test_a_folded_reports_old_address_points_to_its_story(folded_site):
    project, before, _, after = folded_site
    old_slug = next(b.slug for b in before.built if b.id == "first")
    lead = next(b for b in after.built if b.id == "second")
    html = (project.site / "briefings" / old_slug / "index.html").read_text("utf-8")
    assert f'href="../{lead.slug}/"' in html  # not a 404: a page that links to the cluster's briefing
    assert not (project.docs / "briefings" / f"{old_slug}.json").exists()
    # an old link to its handout gets the story's handout
    handout = (project.site / "handouts" / f"{old_slug}.pdf").read_bytes()
    assert handout.startswith(b"%PDF-") and handout == (project.site / "handouts" / f"{lead.slug}.pdf").read_bytes()
    # search finds the story's briefing, not also the page that points to it
    from generator.publish.search import indexed_pages

    found = indexed_pages(project.site)
    assert f"/briefings/{lead.slug}/" in found and f"/briefings/{old_slug}/" not in found


def test_lists_and_feeds_show_one_entry_per_story(folded_site):
    project, before, _, after = folded_site
    old_slug = next(b.slug for b in before.built if b.id == "first")
    home = (project.docs / "index.md").read_text("utf-8")
    feed = json.loads((project.docs / "feed.json").read_text("utf-8"))
    assert sorted(i["id"] for i in feed["items"]) == ["briefing:other", "briefing:second"]
    assert old_slug not in home
    months = "".join(p.read_text("utf-8") for p in (project.docs / "archive").glob("*.md"))
    assert old_slug not in months and "Milk talks open in Leeds" in months
    roe = (project.docs / "actors" / "jane-roe.md").read_text("utf-8")  # her timeline: one entry per story
    lead = next(b for b in after.built if b.id == "second")
    assert f"{lead.slug}.md" in roe and f"{old_slug}.md" not in roe


def test_adding_a_report_re_renders_only_its_storys_briefings(folded_site):
    project, before, first_pages, after = folded_site
    lead = next(b for b in after.built if b.id == "second")
    old_slug = next(b.slug for b in before.built if b.id == "first")
    assert (after.stats["facts_extracted"], after.stats["pdf_rendered"], after.stats["pdf_cached"]) == (1, 1, 1)
    now = pages(project)
    changed = {name for name in now if now[name] != first_pages.get(name)}
    assert changed == {f"{lead.slug}.md", f"{old_slug}.md"}  # the other story's page is the same bytes


def test_removing_the_lead_unfolds_its_story_and_an_editor_can_split(folded_site, tmp_path):
    project, before, first_pages, _ = folded_site
    work = new_project(tmp_path / "p")
    for name in ("first.txt", "second.txt", "other.txt"):
        shutil.copy(project.seeds / name, work.seeds / name)
    (work.root / "corrections").mkdir()
    (work.root / "corrections" / "clusters.yml").write_text("- split: [first, second]\n- join: [first, secnd]\n")
    result = build(work, jobs=1, **QUIET)
    assert sorted(b.id for b in result.built) == ["first", "other", "second"]
    # a problem in clusters.yml is an error like any corrections file's: named, and the build exits 1
    assert any("clusters.yml, line 2, key '[2].join': names no seed 'secnd' (did you mean 'second'?)" in e
               for e in result.errors)
    # the twin: the lead removed, the first report is a briefing of its own again, its page as before
    (project.seeds / "second.txt").unlink()
    result = build(project, jobs=1, **QUIET)
    assert sorted(b.id for b in result.built) == ["first", "other"]
    assert all(not b.same_story for b in result.built)
    assert pages(project) == first_pages


def test_the_digest_reads_one_briefing_per_story(folded_site):
    from generator.publish.digest import load_built

    project, _, _, _ = folded_site
    assert sorted(b.id for b in load_built(project.docs)) == ["first", "other"]  # "second" removed above


def test_changing_one_story_re_renders_its_briefing_alone(folded_site):
    project, _, _, _ = folded_site
    before = pages(project)
    make_seed(project.seeds, "other.txt", OTHER + "\n\"We had no other choice,\" council leader Ann Ferris said.\n")
    result = build(project, jobs=1, **QUIET)
    assert (result.stats["facts_extracted"], result.stats["pdf_rendered"], result.stats["pdf_cached"]) == (1, 1, 1)
    now = pages(project)
    other = next(b.slug for b in result.built if b.id == "other")
    assert {name for name in now if now[name] != before.get(name)} == {f"{other}.md"}
