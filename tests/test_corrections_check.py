"""Corrections an editor can trust (issue 30): quotes and actors named by number, actors added
and dropped site-wide, a corrected fact keeps its source, and `corrections check` reports what a
build would, without building. Stories are invented for these tests."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.build.steps import build
from generator.editorial.corrections import (ACTOR_KEYS, SCHEMAS, STORY_KEYS, apply_identities, parse_identities,
                                             parse_story)
from generator.editorial.corrections_init import template
from generator.facts import Sentence
from generator.publish.render import Renderer
from generator.publish.site import briefing_page

from .conftest import ROOT, make_seed, new_project
from .test_corrections import FILE, HARBOUR, QUIET, briefing, story


def with_sentences(b):
    """The harbour briefing with its story's sentences, as the extractor gives them."""
    text, at, out = b.text, 0, []
    for i, part in enumerate(text.split("\n\n")):
        start = text.index(part, at)
        out.append(Sentence(part, start, start + len(part), i))
        at = start + len(part)
    b.sentences = out
    return b


# -- naming by number -------------------------------------------------------------------------------

def test_a_quote_and_an_actor_are_named_by_the_number_init_prints():
    b, problems = story("""
quotes:
  - quote: 1          # a number alone
    drop: true
  - n: 2              # the number and the words, as init writes them
    quote: Families will pay
    checked: true
  - n: 3              # numbers stay those of the list as extracted, whatever an entry above dropped
    speaker: Tom Okafor
actors:
  - n: 4
    actor: Okafor
    merge_into: Tom Okafor
""")
    assert problems == []
    assert [q.text[:8] for q in b.quotes] == ["Families", "Our memb"]
    assert b.quotes[0].checked and b.quotes[1].speaker == "Tom Okafor"
    assert "Okafor" not in [a.name for a in b.who]


def test_a_number_that_no_longer_agrees_with_the_words_applies_nothing():
    b, problems = story("quotes:\n  - n: 1\n    quote: Our members\n    drop: true\n")
    assert problems == [f"{FILE}, line 2, key 'quotes[1].n': quote 1 starts 'We cannot keep the old prices', not "
                        "'Our members': the story's quotes have changed since this correction was written; "
                        "'Our members' is now quote 3: give n: 3 (or leave n out)"]
    assert len(b.quotes) == 3
    _, problems = story("actors:\n  - n: 2\n    actor: Alice Brennan\n    drop: true\n")
    assert problems == [f"{FILE}, line 2, key 'actors[1].n': actor 2 is 'Tom Okafor', not 'Alice Brennan': the "
                        "story's actors have changed since this correction was written"]


def test_the_init_template_uncommented_whole_applies_without_a_problem():
    b = briefing()
    lines = template(b).splitlines()
    # the entries of quote 2 and actor 2, uncommented as an editor does: the number and the words
    at_q = lines.index('#   - n: 2', lines.index("# quotes:"))
    at_a = lines.index('#   - n: 2', lines.index("# actors:"))
    text = "\n".join(["quotes:", lines[at_q][2:], lines[at_q + 1][2:], "    checked: true",
                      "actors:", lines[at_a][2:], lines[at_a + 1][2:], "    role: Leader of the Opposition"])
    fixed, problems = story(text)
    assert problems == []
    assert fixed.quotes[1].checked and fixed.who[1].role == "Leader of the Opposition"


# -- adding and dropping actors ------------------------------------------------------------------------

def test_an_actor_is_added_and_a_named_speaker_becomes_one():
    b, problems = story("""
actors:
  - add: {name: Theresa May, kind: person, role: Prime Minister}
quotes:
  - quote: Our members
    speaker: Dan Reyes
    role: union spokesman
""")
    assert problems == []
    may = next(a for a in b.who if a.name == "Theresa May")
    assert (may.kind, may.role, may.slug, may.corrected, may.original) == (
        "person", "Prime Minister", "theresa-may", True, None)  # shown as added by an editor
    reyes = next(a for a in b.who if a.name == "Dan Reyes")
    assert (reyes.role, reyes.corrected, reyes.sentence) == ("union spokesman", True, 3)  # the quote's sentence


def test_a_name_is_dropped_from_every_story_by_the_site_wide_file():
    identities, problems = parse_identities(b"Monday Club:\n  drop: true\nTom Okafor:\n  aliases: [Okafor]\n",
                                            "corrections/actors.yml")
    assert problems.items == []
    b = briefing()
    apply_identities(b, identities)
    assert "Monday Club" not in [a.name for a in b.who]
    assert b.removed == ["actor Monday Club (dropped by an editor)"]


# -- a corrected fact keeps its source ------------------------------------------------------------------

def test_a_corrected_fact_keeps_its_source_sentence():
    b = with_sentences(briefing())
    fixed, problems = story("what: the council would raise ferry fares\nwhy: fuel costs had doubled\n"
                            "when: {text: on Monday, date: 2021-06-14}\n", b)
    assert problems == []
    # the editor's words are not the story's: the extractor's sentence stands, without its words marked
    assert (fixed.what.sentence, fixed.what.start, fixed.what.corrected) == (0, -1, True)
    # the editor's words are the story's: that sentence, those words
    why = fixed.why[0]
    assert why.sentence == 0 and fixed.text[why.start:why.end] == "fuel costs had doubled"
    assert fixed.when.sentence == 0
    page = briefing_page(fixed, Renderer(ROOT / "templates"))
    what_line = next(line for line in page.splitlines() if line.startswith("- **What:**"))
    assert "Source: sentence 1" in what_line and "corrected" in what_line


# -- one schema of keys per kind of file ----------------------------------------------------------------

def test_every_key_of_the_schemas_is_one_the_readers_take():
    assert SCHEMAS["story"][""] == STORY_KEYS and SCHEMAS["story"]["actors[]"] == ACTOR_KEYS
    for key in STORY_KEYS:
        problems = parse_story(f"{key}: null\n".encode(), FILE).problems.items
        assert not [p for p in problems if "is not a correction" in p], problems
    problems = parse_story(b"headlin: x\n", FILE).problems.items
    assert problems == [f"{FILE}, line 1, key 'headlin': is not a correction this file knows; did you mean "
                        f"'headline'? (known: {', '.join(STORY_KEYS)})"]


# -- `corrections check` ---------------------------------------------------------------------------------

def check(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "corrections", "check", *args], cwd=cwd,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_check_reports_keys_and_targets_with_file_line_and_key(tmp_path):
    (tmp_path / "seeds").mkdir()
    make_seed(tmp_path / "seeds", "harbour.txt", HARBOUR)
    good = tmp_path / "seeds" / "harbour.corrections.yml"
    good.write_text("quotes:\n  - quote: Families will pay\n    checked: true\n", "utf-8")
    (tmp_path / "corrections").mkdir()
    (tmp_path / "corrections" / "actors.yml").write_text("Tom Okafor:\n  aliases: [Okafor]\n", "utf-8")
    proc = check(cwd=tmp_path)  # every file of the project, targets included (the seed is extracted)
    assert proc.returncode == 0, proc.stderr
    assert "checked 2 corrections file(s): no problem(s)" in proc.stdout

    good.write_text("quotes:\n  - quote: Familes will pay\n    checked: true\n  - quote: Our members\n    chekced: true\n",
                    "utf-8")
    (tmp_path / "corrections" / "actors.yml").write_text("Tom Okafor:\n  alias: [Okafor]\n", "utf-8")
    proc = check(cwd=tmp_path)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert "error: corrections/actors.yml, line 2, key 'Tom Okafor.alias': is not a correction this file knows; " \
           "did you mean 'aliases'?" in proc.stderr
    assert any("seeds/harbour.corrections.yml, line 5, key 'quotes[2].chekced'" in e and "did you mean 'checked'?" in e
               for e in errors), errors
    # what was looked for, and the closest quotes there are
    assert any("line 2, key 'quotes[1].quote': no quote in this story starts with or holds 'Familes will pay'; "
               "the closest: quote " in e and "'Families will pay" in e for e in errors), errors

    # --keys-only reads no seed: the misspelt key, not the quote it cannot look for
    proc = check("--keys-only", "seeds/harbour.corrections.yml", cwd=tmp_path)
    assert proc.returncode == 1 and "chekced" in proc.stderr and "no quote" not in proc.stderr
    proc = check("seeds/harbour.txt", cwd=tmp_path)
    assert proc.returncode == 1 and "is not a corrections file" in proc.stderr
    (tmp_path / "seeds" / "gone.corrections.yml").write_text("headline: x\n", "utf-8")
    proc = check("--keys-only", "seeds/gone.corrections.yml", cwd=tmp_path)
    assert proc.returncode == 1 and "no seed named gone.txt or .md beside it" in proc.stderr


def test_a_briefing_never_published_waits_for_its_corrections_to_be_fixed(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "harbour.txt", HARBOUR)
    make_seed(project.seeds, "other.txt", "date 2021-06-20 Okafor tours the docks\n\n"
                                          "Opposition leader Tom Okafor toured the Portmere docks on Sunday.")
    (project.seeds / "harbour.corrections.yml").write_text("quotes:\n  - quote: Our members\n    speker: Dan\n", "utf-8")
    result = build(project, **QUIET)
    assert [b.source_file for b in result.built] == ["other.txt"]
    assert result.held == ["harbour.txt: not published until seeds/harbour.corrections.yml is fixed"]
    assert not list((project.site / "briefings").glob("2021-06-14-*"))
    (project.seeds / "harbour.corrections.yml").write_text("quotes:\n  - quote: Our members\n    speaker: Dan\n", "utf-8")
    result = build(project, **QUIET)
    assert len(result.built) == 2 and result.errors == [] and len(result.corrected) == 1


def test_corrections_check_reads_clusters_yml_with_the_others(tmp_path):
    """corrections/clusters.yml is one more kind of corrections file: `corrections check` holds it
    to its keys (split, join), with the file, line and key named and a near miss suggested."""
    from generator.editorial.corrections import KINDS_OF_FILE

    assert "clusters" in SCHEMAS and any(k.name == "clusters" for k in KINDS_OF_FILE)
    folder = tmp_path / "corrections"
    folder.mkdir()
    (folder / "clusters.yml").write_text("- split: [a, b]\n- jion: [a, b]\n")
    run = check("--keys-only", str(folder / "clusters.yml"), cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "clusters.yml, line 2, key '[2].jion'" in run.stdout + run.stderr
