"""What the site publishes of a story (issue 35, item 5): under `story_text: none` no fact shows more
than 25 words of the story in a row (a quote's own words aside) and a story's quotes beyond half its
sentences are counted, not shown; under every policy what an editor removed or replaced is not
published, nor is any path of this machine."""
from __future__ import annotations

import json
import re

import pytest

from generator.build.steps import build
from generator.facts import Briefing, Fact, Quote, Sentence
from generator.publish.policy import RUN_MAX_WORDS, shown

from .conftest import make_seed, new_project
from .test_provenance import set_policy, site_text

QUIET = {"progress": lambda m: None}

# one sentence of 60 words or so, each once: any 26 of them in a row is text the policy withholds
RUN_ON = ("Fuel merchants along the windy northern quay had already doubled their prices twice since the winter while island "
          "schools, clinics, bakeries, fishermen and lighthouse keepers complained loudly about crowded boats, "
          "broken ramps, late timetables, missing lifejackets, leaking hulls and rude ticket clerks every single "
          "morning.")
RUN_ON_STORY = (f"date 2023-05-02 Ferry levy to rise\n\nHarbour Minister Ada Vale said on Monday in Portmere that "
                f"the ferry levy would rise.\n\n{RUN_ON}")
QUOTES_STORY = "date 2023-05-03 Voices from the quay\n\n" + "\n\n".join(
    f'"{line}," {who} said.' for line, who in [
        ("The boats are always late", "Tom Reyes"), ("We want a fair levy for the islands", "Mina Okafor"),
        ("Nobody asked the fishermen", "Jon Pike"), ("The ramps are broken again", "Lena Ortiz"),
        ("Our children miss school when the ferry fails", "Sam Hale"), ("Prices doubled since winter", "Ada Vale"),
        ("The council must listen to us", "Tom Reyes"), ("This levy is a tax on islanders", "Mina Okafor")])


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def longest_run(published: str, story: str) -> int:
    """The most words of `story` that `published` shows in a row."""
    p, s = words(published), words(story)
    grams = {tuple(s[i:i + n]) for n in (RUN_MAX_WORDS + 1,) for i in range(len(s) - n + 1)}
    return RUN_MAX_WORDS + 1 if any(tuple(p[i:i + RUN_MAX_WORDS + 1]) in grams for i in range(len(p))) else 0


@pytest.fixture(scope="module")
def none_site(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("none") / "p")
    set_policy(project, "none")
    make_seed(project.seeds, "run-on.txt", RUN_ON_STORY)
    make_seed(project.seeds, "quotes.txt", QUOTES_STORY)
    result = build(project, **QUIET)
    assert not result.failures, result.summary()
    return project, {b.id: b for b in result.built}


def test_no_fact_shows_more_than_25_words_of_the_story_in_a_row(none_site):
    project, built = none_site
    b = built["run-on"]
    facts = [b.what, *b.why, b.when, *b.context]
    assert all(len(f.text.split()) <= RUN_MAX_WORDS + 1 for f in facts if f is not None)
    assert any(f.text.endswith("…") for f in facts if f is not None)  # the run-on sentence was cut somewhere
    for name, text in site_text(project).items():  # pages, JSON, feeds, search index, PDF handouts
        assert not longest_run(text, RUN_ON), name


def test_quotes_beyond_half_the_sentences_are_counted_not_shown(none_site):
    project, built = none_site
    b = built["quotes"]
    assert len(b.sentences) == 8
    assert len(b.quotes) == 4 and b.quotes_withheld == 4
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert len(facts["quotes"]) == 4 and facts["quotes_withheld"] == 4
    page = (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")
    assert "4 more quotes of the story are not published here" in page
    shown_quotes = len(b.quotes)
    texts = " ".join(site_text(project).values())
    assert sum(1 for s in ("boats are always late", "fair levy", "fishermen", "ramps are broken", "children miss school",
                           "doubled since winter", "must listen", "tax on islanders") if s in texts) == shown_quotes


def test_a_story_under_the_other_policies_keeps_every_quote(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "quotes.txt", QUOTES_STORY)
    [b] = build(project, **QUIET).built
    assert len(b.quotes) == 8 and b.quotes_withheld == 0
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert "quotes_withheld" not in facts  # as before: the key is there only when quotes were withheld


HARBOUR = ("date 2021-06-14 Harbour council votes on ferry fares\n\nCouncil leader Alice Brennan said on Monday that "
           "the council would raise the ferry levy by a fifth.\n\n\"Lanterns will glow over the quay all winter,\" "
           "Brennan said.\n\nThe Ferry Workers Union condemned the decision, said spokesman Dan Reyes.")
CORRECTED = """headline: Portmere ferry fares to rise by a fifth
what: The council will raise ferry fares by 20 per cent.
quotes:
  - quote: Lanterns will glow
    drop: true
"""


@pytest.mark.parametrize("policy", ["cited", "none"])
def test_what_an_editor_removed_or_replaced_is_not_published(tmp_path, policy):
    project = new_project(tmp_path / "p")
    set_policy(project, policy)
    make_seed(project.seeds, "harbour.txt", HARBOUR)
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTED, "utf-8")
    [b] = build(project, **QUIET).built
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert facts["removed"] == ["quote (dropped by an editor)"]
    assert facts["what"]["corrected"] is True and facts["what"]["original"] == ""
    assert facts["title_corrected"] is True and facts["title_original"] == ""
    page = (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")
    assert "headline corrected" in page and "the extractor had" not in page
    texts = site_text(project)
    assert not [name for name, text in texts.items() if "Harbour council votes on ferry fares" in text]
    if policy == "none":  # no sentence of the story is published: what was dropped or replaced is nowhere
        for gone in ("Lanterns will glow", "raise the ferry levy by a fifth"):
            assert not [name for name, text in texts.items() if gone in text], gone


def test_no_path_of_this_machine_is_published(tmp_path):
    project = new_project(tmp_path / "p")
    seeds = tmp_path / "elsewhere" / "stories"  # a seeds folder outside the project (--seeds)
    seeds.mkdir(parents=True)
    project.seeds = seeds
    make_seed(seeds, "harbour.txt", HARBOUR)
    (seeds / "harbour.corrections.yml").write_text("headline: Fares rise\nheadlin: typo\n", "utf-8")
    result = build(project, **QUIET)
    # the problem names the file as the project shows it, never this machine's path; the briefing waits
    assert any(e.startswith("stories/harbour.corrections.yml, line 2") for e in result.errors), result.errors
    assert not any(str(tmp_path) in line for line in result.errors + result.held)
    assert result.built == [] and result.held == ["harbour.txt: not published until stories/harbour.corrections.yml is fixed"]
    (seeds / "harbour.corrections.yml").write_text("headline: Fares rise\n", "utf-8")
    [b] = build(project, **QUIET).built
    facts = (project.site / "briefings" / f"{b.slug}.json").read_text("utf-8")
    assert str(tmp_path) not in facts and "/elsewhere/" not in facts


def test_a_message_with_a_path_is_published_without_it():
    b = Briefing(id="x", slug="2021-01-01-x", title="x", title_generated=False, date="2021-01-01", source_file="x.txt",
                 text="", warnings=["/home/editor/site/seeds/x.corrections.yml: cannot be read (Permission denied)",
                                    "see https://example.org/a/b and seeds/x.yml and/or more"])
    assert shown(b, "cited").warnings == ["x.corrections.yml: cannot be read (Permission denied)",
                                          "see https://example.org/a/b and seeds/x.yml and/or more"]


def test_the_cut_keeps_a_quotes_own_words_whole():
    quoted = " ".join(f"w{i}" for i in range(40))
    told = " ".join(f"t{i}" for i in range(40))
    text = f'{told} called it "{quoted}"'
    sentence = Sentence(text=text, start=0, end=len(text), paragraph=0)
    b = Briefing(id="x", slug="x", title="x", title_generated=False, date="2021-01-01", source_file="x.txt", text=text,
                 sentences=[sentence, sentence, sentence, sentence],
                 what=Fact(text=told, start=0, end=len(told)),
                 quotes=[Quote(text=text, speaker="Ada Vale", enclosed=False, start=0, end=len(text))])
    out = shown(b, "none")
    assert out.what.text == " ".join(told.split()[:RUN_MAX_WORDS]) + " …"
    assert f'"{quoted}"' in out.quotes[0].text and "t30" not in out.quotes[0].text
    assert b.what.text == told and b.quotes[0].text == text  # the briefing itself is left as it was


def test_a_corrected_figure_is_published_without_what_it_replaced():
    from generator.facts import Number
    text = "The levy rose by 20 per cent."
    n = Number(text="20 per cent", value=20, unit="percentage", change="up", counts="levy", sentence=0,
               start=17, end=28, corrected=True, original="20 per cent")
    b = Briefing(id="x", slug="x", title="x", title_generated=False, date="2021-01-01", source_file="x.txt", text=text,
                 sentences=[Sentence(text=text, start=0, end=len(text), paragraph=0)], numbers=[n])
    out = shown(b, "cited")
    assert out.numbers[0].corrected and out.numbers[0].original == ""
    assert b.numbers[0].original == "20 per cent"  # the briefing itself is left as it was
