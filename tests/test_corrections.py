"""Editors' corrections (generator/editorial/corrections.py): every kind of correction, site-wide identities,
warnings that name file, line and key, hostile values, and corrections surviving rebuilds."""
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cache as cache_mod
from generator.build.steps import build
from generator.editorial.corrections import (UNSET, apply_identities, apply_story, correct, correct_all,
                                             parse_identities, parse_story)
from generator.editorial.corrections_init import template
from generator.facts import Actor, Briefing, Fact, Place, Quote, When
from generator.publish.handouts import handout_html
from generator.publish.render import Renderer
from generator.publish.site import briefing_page

from .conftest import ROOT, make_seed, new_project

QUIET = {"progress": lambda m: None}
FILE = "seeds/harbour.corrections.yml"

# A story written for these tests (not from any corpus).
HARBOUR = ("date 2021-06-14 Harbour council votes on ferry fares\n\n"
           "Mayor Alice Brennan said the harbour council would raise ferry fares in Portmere on Monday "
           "because fuel costs had doubled.\n\n"
           "\"We cannot keep the old prices,\" Brennan said at the town hall.\n\n"
           "Opposition leader Tom Okafor called the rise unfair. \"Families will pay for this mistake,\" "
           "he told reporters.\n\n"
           "A spokesman for the Ferry Workers Union said: \"Our members support the council.\"\n\n"
           "The council last raised fares in 2015, when the Portmere Ferry Company was sold to Greyline.")
OTHER = ("date 2021-06-20 Okafor tours the docks\n\n"
         "Opposition leader Tom Okafor toured the Portmere docks on Sunday with dock workers.")


def briefing() -> Briefing:
    """The harbour story's facts as an extractor might give them, with the mistakes editors fix."""
    return Briefing(
        id="harbour", slug="2021-06-14-harbour-council", title="Harbour council votes", title_generated=True,
        date="2021-06-14", source_file="harbour.txt", text=HARBOUR.split("\n\n", 1)[1],
        who=[Actor("Alice Brennan", "person", "Mayor", ["Mayor"], 2, ["Brennan"], 9.0, 0, 5, 18, "alice-brennan"),
             Actor("Tom Okafor", "person", "Opposition leader", ["Opposition leader"], 1, [], 4.0, 2, 200, 210,
                   "tom-okafor"),
             Actor("Ferry Workers Union", "organisation", None, [], 1, [], 2.0, 4, 300, 319, "ferry-workers-union"),
             Actor("Okafor", "person", None, [], 1, [], 1.0, 3, 260, 266, "okafor"),
             Actor("Monday Club", "organisation", None, [], 1, [], 0.5, 0, 80, 91, "monday-club")],
        what=Fact("the harbour council would raise ferry fares", 0, 20, 60),
        why=[Fact("fuel costs had doubled", 0, 99, 121, confidence=0.5, cue="because")],
        when=When("Monday", "2021-06-14", 0, 84, 90),
        where=[Place("Portmere", 1, 0, 72, 80)],
        quotes=[Quote("We cannot keep the old prices", "Alice Brennan", "Mayor", "said", None, 1, 130, 160, 0.9),
                Quote("Families will pay for this mistake", "Okafor", None, "told", None, 2, 240, 275, 0.5),
                Quote("Our members support the council.", "Ferry Workers Union", None, "said", None, 3, 330, 363, 0.9)],
        context=[Fact("The council last raised fares in 2015.", 4, 382, 420)],
    )


def story(text: str, b: Briefing | None = None):
    """Parse a corrections file and apply it to (a fresh copy of) the harbour briefing."""
    b = b or briefing()
    c = parse_story(text.encode("utf-8"), FILE)
    apply_story(b, c)
    return b, c.problems.items


# -- every kind of correction -----------------------------------------------------------------------

def test_headline_and_key_facts_are_set_and_keep_what_the_extractor_had():
    b, problems = story("""
headline: "Portmere ferry fares to rise"
what: The council voted to raise ferry fares
when: {text: "14 June", date: 2021-06-14}
where: [Portmere, Harbour Town Hall]
why: {cue: because, text: fuel prices doubled}
""")
    assert problems == []
    assert (b.title, b.title_corrected, b.title_original, b.title_generated) == (
        "Portmere ferry fares to rise", True, "Harbour council votes", False)
    assert b.slug == "2021-06-14-portmere-ferry-fares-to-rise"  # the address follows the headline, as for a seed's
    assert (b.what.text, b.what.corrected, b.what.original) == (
        "The council voted to raise ferry fares", True, "the harbour council would raise ferry fares")
    assert (b.when.text, b.when.date, b.when.corrected, b.when.original) == ("14 June", "2021-06-14", True,
                                                                             "Monday (2021-06-14)")
    assert [p.name for p in b.where] == ["Portmere", "Harbour Town Hall"] and all(p.corrected for p in b.where)
    assert b.where[0].original == "Portmere"
    assert (b.why[0].cue, b.why[0].text, b.why[0].confidence, b.why[0].original) == (
        "because", "fuel prices doubled", 1.0, "because fuel costs had doubled")
    assert Briefing.from_json(b.to_json()) == b


def test_facts_can_be_cleared_and_a_partial_date_keeps_its_precision():
    b, problems = story("what: null\nwhy: null\nwhere: null\nwhen: {text: in June, date: 2021-06}\n")
    assert problems == []
    assert b.what is None and b.why == [] and b.where == []
    assert (b.when.date, b.when.precision) == ("2021-06-01", "month")
    assert any("fuel costs had doubled" in r for r in b.removed) and any("Portmere" in r for r in b.removed)


def test_quotes_are_found_by_their_first_words_and_corrected():
    b, problems = story("""
quotes:
  - quote: "families will pay"        # case and quotation marks do not matter
    speaker: Tom Okafor
  - quote: \u201cWe cannot keep\u201d
    checked: true
  - quote: Our members support
    speaker: null
  - quote: old prices                 # words inside the quote also find it
    role: Mayor of Portmere
""")
    assert problems == []
    families, prices, members = b.quotes[1], b.quotes[0], b.quotes[2]
    # the new speaker is an actor of the story: their name as listed, and their role
    assert (families.speaker, families.role, families.corrected, families.original) == (
        "Tom Okafor", "Opposition leader", True, "Okafor")
    assert (prices.checked, prices.confidence, prices.role, prices.original) == (True, 1.0, "Mayor of Portmere",
                                                                                 "Alice Brennan, Mayor")
    assert (members.speaker, members.role, members.original) == (None, None, "Ferry Workers Union")
    assert Briefing.from_json(b.to_json()) == b


def test_a_quote_is_dropped_and_recorded_as_removed():
    b, problems = story("quotes:\n  - quote: Families will pay\n    drop: true\n")
    assert problems == [] and [q.text[:8] for q in b.quotes] == ["We canno", "Our memb"]
    assert b.removed == ["quote “Families will pay for this mistake” (dropped by an editor)"]


def test_actors_are_renamed_merged_dropped_and_given_roles_and_kinds():
    b, problems = story("""
actors:
  - actor: Okafor                 # a split actor: one person
    merge_into: Tom Okafor
  - actor: Monday Club            # not an actor
    drop: true
  - actor: Brennan                # an alias finds the actor too
    rename: Alice M. Brennan
    role: Mayor of Portmere
  - actor: Ferry Workers Union
    kind: group
    role: null
""")
    assert problems == []
    names = [a.name for a in b.who]
    assert names == ["Alice M. Brennan", "Tom Okafor", "Ferry Workers Union"]
    brennan, okafor, union = b.who
    assert (brennan.slug, brennan.role, brennan.roles, brennan.corrected) == (
        "alice-m-brennan", "Mayor of Portmere", ["Mayor of Portmere"], True)
    assert brennan.original == "Alice Brennan, Mayor (person)"
    assert (okafor.mentions, okafor.aliases, okafor.salience) == (2, ["Okafor"], 5.0)
    assert "separately Okafor (person)" in okafor.original
    assert (union.kind, union.corrected) == ("group", True)
    # quotes follow their speakers
    assert [(q.speaker, q.role) for q in b.quotes] == [("Alice M. Brennan", "Mayor of Portmere"),
                                                       ("Tom Okafor", None), ("Ferry Workers Union", None)]
    assert all(q.corrected for q in b.quotes[:2]) and b.quotes[1].original == "Okafor"
    assert b.removed == ["actor Monday Club (dropped by an editor)"]
    assert Briefing.from_json(b.to_json()) == b


def test_renaming_onto_another_actor_merges_them():
    b, _ = story("actors:\n  - actor: Okafor\n    rename: Tom Okafor\n")
    assert [a.name for a in b.who].count("Tom Okafor") == 1 and b.who[1].mentions == 2


def test_context_lines_are_added_first_and_marked():
    b, problems = story("context:\n  - The ferry fare was last raised in 2015.\n  - Fuel is 40% of the cost.\n")
    assert problems == []
    assert [f.text for f in b.context[:2]] == ["The ferry fare was last raised in 2015.", "Fuel is 40% of the cost."]
    assert b.context[0].corrected and b.context[0].original is None and not b.context[2].corrected


def test_an_empty_file_or_all_comments_changes_nothing():
    for text in ("", "# nothing yet\n", "---\n"):
        b, problems = story(text)
        assert problems == [] and b == briefing()


# -- site-wide identities ------------------------------------------------------------------------------

IDENTITIES = """
Tom Okafor:
  kind: person
  aliases:
    - Okafor
    - {name: the opposition leader, from: 2020-01-01, until: 2021-12-31}
  roles:
    - {role: Leader of the Opposition, from: 2020}
Portmere Workers' Union:
  kind: organisation
  aliases:
    - name: Ferry Workers Union
      mentions: [Portmere]
Monday Club:
  kind: group
  role: dining society
"""


def test_aliases_merge_into_the_canonical_name_and_standing_roles_override_the_story():
    identities, problems = parse_identities(IDENTITIES.encode(), "corrections/actors.yml")
    assert problems.items == []
    b = briefing()
    b.quotes.append(Quote("We will fight this", "the opposition leader", None, "said", None, 3, 370, 380, 0.7,
                          described=True))
    apply_identities(b, identities)
    okafor = next(a for a in b.who if a.name == "Tom Okafor")
    assert okafor.mentions == 2 and [a.name for a in b.who].count("Tom Okafor") == 1
    assert okafor.role == "Leader of the Opposition"  # the editors' standing role wins over the story's
    assert okafor.corrected
    union = next(a for a in b.who if a.name == "Portmere Workers' Union")
    assert union.corrected and union.original == "Ferry Workers Union (organisation)"
    club = next(a for a in b.who if a.name == "Monday Club")
    assert (club.kind, club.role) == ("group", "dining society")
    described = b.quotes[3]
    assert (described.speaker, described.described, described.role, described.original) == (
        "Tom Okafor", False, "Leader of the Opposition", "the opposition leader, unnamed")
    assert b.quotes[1].speaker == "Tom Okafor" and b.quotes[2].speaker == "Portmere Workers' Union"


def test_an_alias_holds_only_in_its_date_range_and_a_namesake_only_where_mentioned():
    identities, _ = parse_identities(IDENTITIES.encode(), "corrections/actors.yml")
    b = briefing()
    b.date = "2019-05-01"
    b.text = b.text.replace("Portmere", "Kingsport")
    b.quotes.append(Quote("We will fight this", "the opposition leader", None, "said", None, 3, 370, 380, 0.7,
                          described=True))
    apply_identities(b, identities)
    assert b.quotes[3].speaker == "the opposition leader" and b.quotes[3].described  # out of range
    assert "Ferry Workers Union" in [a.name for a in b.who]  # the story does not mention Portmere
    okafor = next(a for a in b.who if a.name == "Tom Okafor")
    assert okafor.role == "Opposition leader"


def test_a_standing_role_is_given_where_the_story_gives_none():
    identities, _ = parse_identities(b"Tom Okafor:\n  role: Leader of the Opposition\n", "corrections/actors.yml")
    b = briefing()
    b.who[1].role, b.who[1].roles, b.quotes[1].speaker = None, [], "Tom Okafor"  # who[1]: Tom Okafor
    apply_identities(b, identities)
    assert (b.who[1].role, b.who[1].corrected, b.quotes[1].role) == ("Leader of the Opposition", True,
                                                                     "Leader of the Opposition")
    assert not b.quotes[1].corrected  # the actor is marked corrected; his quote, whose words and speaker stand, is not


def test_story_corrections_still_find_actors_by_the_name_the_extractor_gave(tmp_path):
    tmp = tmp_path
    tmp.joinpath("harbour.txt").write_text(HARBOUR)
    tmp.joinpath("harbour.corrections.yml").write_text("actors:\n  - actor: Ferry Workers Union\n    kind: group\n")
    identities, _ = parse_identities(b"Portmere Workers' Union:\n  aliases: [Ferry Workers Union]\n", "a.yml")
    b = briefing()
    fixed, warnings = correct(b, tmp / "harbour.txt", identities, tmp)
    assert warnings == []
    assert (fixed.who[2].name, fixed.who[2].kind) == ("Portmere Workers' Union", "group")
    assert b.who[2].name == "Ferry Workers Union" and b == briefing()  # the extractor's facts are left as they were


# -- problems: named by file, line and key; the rest still applied -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("speaker: Tom\nheadline: Fine\n", "line 1, key 'speaker': is not a correction this file knows"),
    ("headline: [a, list]\n", "line 1, key 'headline': should be text, not a list"),
    ("headline: Fine\nwhat: {a: 1}\n", "line 2, key 'what': should be text or null, not a mapping"),
    ("quotes:\n  - quote: Families\n    drop: perhaps\n", "line 3, key 'quotes[1].drop': should be true or false"),
    ("quotes:\n  - quote: Families\n    speaker: [Tom]\n", "line 3, key 'quotes[1].speaker': should be text"),
    ("quotes:\n  - quote: Families\n    spekaer: Tom\n", "line 3, key 'quotes[1].spekaer': is not a correction"),
    ("quotes:\n  - speaker: Tom\n", "line 2, key 'quotes[1]': names no quote"),
    ("quotes:\n  - quote: Families\n", "line 2, key 'quotes[1]': says nothing to do"),
    ("quotes: Families\n", "line 1, key 'quotes': should be a list of entries"),
    ("quotes:\n  - Families\n", "line 2, key 'quotes[1]': should be a mapping"),
    ("actors:\n  - actor: Okafor\n    kind: robot\n", "line 3, key 'actors[1].kind': should be one of person"),
    ("actors:\n  - actor: Tom Okafor\n    merge_into: Nobody\n", "line 3, key 'actors[1].merge_into': no other actor"),
    ("quotes:\n  - checked: true\n    quote: '\"\"'\n", "line 3, key 'quotes[1].quote': no quote in this story starts"),
    ("quotes:\n  - quote: 9\n    checked: true\n", "line 2, key 'quotes[1].quote': no quote 9: the story has 3 quote(s)"),
    ("quotes:\n  - n: 2\n    quote: Our members\n    checked: true\n", "line 2, key 'quotes[1].n': quote 2 starts "
     "'Families will pay for this mistake', not 'Our members': the story's quotes have changed since this "
     "correction was written; 'Our members' is now quote 3: give n: 3"),
    ("quotes:\n  - quote: Familes will pya\n    checked: true\n", "the closest: quote 2 'Families will pay for this mistake'"),
    ("quotes:\n  - quote: Families\n    spekaer: Tom\n", "key 'quotes[1].spekaer': is not a correction this file knows; "
     "did you mean 'speaker'?"),
    ("actors:\n  - actor: Tom Okafr\n    drop: true\n", "no actor named 'Tom Okafr' in this story; the closest: "
     "actor 2 'Tom Okafor'"),
    ("actors:\n  - add: {name: Dan Reyes, kind: robot}\n", "key 'actors[1].add.kind': should be one of person"),
    ("actors:\n  - add: {name: Tom Okafor}\n", "'Tom Okafor' is an actor of this story already"),
    ("when: {date: 2021-06-14}\n", "line 1, key 'when': needs a 'text'"),
    ("when: {text: Monday, date: 14 June}\n", "line 1, key 'when.date': should be a date"),
    ("context: [{a: b}]\n", "line 1, key 'context[1]': should be a line of text"),
    ("headline: One\nheadline: Two\n", "line 2, key 'headline': is given twice"),
    ("headline: " + "x" * 400 + "\n", "line 1, key 'headline': is 400 characters"),
    ("headline: !!python/object/apply:os.system [echo hacked]\n", "line 1, key 'headline': has an unsupported YAML tag"),
    ("a: &x [1, 2]\nb: *x\n", "line 2: uses a YAML alias"),
    ("headline: [unclosed\n", "is not valid YAML"),
    ("- just\n- a list\n", "line 1: should be a mapping of corrections"),
    ("x: " + "[" * 10 + "]" * 10 + "\n", "nests more than 8 levels deep"),
    ("quotes: !!set {a, b}\n", "line 1, key 'quotes': has an unsupported YAML tag"),
])
def test_a_problem_names_file_line_and_key_and_the_rest_applies(text, expected):
    c = parse_story(text.encode("utf-8"), FILE)
    b = briefing()
    apply_story(b, c)
    assert any(p.startswith(FILE) and expected in p for p in c.problems.items), c.problems.items
    if "headline: Fine" in text:
        assert b.title == "Fine"  # the good correction beside the bad one is applied


def test_a_correction_that_no_longer_matches_is_reported_not_silently_dropped():
    b, problems = story("""
quotes:
  - quote: This quote is gone from the story
    checked: true
  - quote: the           # in more than one quote
    checked: true
actors:
  - actor: Jane Nobody
    drop: true
headline: Still applied
""")
    assert problems == [
        f"{FILE}, line 3, key 'quotes[1].quote': no quote in this story starts with or holds 'This quote is gone "
        "from the story'; the closest: quote 1 'We cannot keep the old prices', quote 3 'Our members support the "
        "council.', quote 2 'Families will pay for this mistake'",
        f"{FILE}, line 5, key 'quotes[2].quote': 2 quotes match 'the': give more of its words (or its number, n)",
        f"{FILE}, line 8, key 'actors[1].actor': no actor named 'Jane Nobody' in this story; the closest: "
        "actor 5 'Monday Club', actor 4 'Okafor', actor 2 'Tom Okafor'",
    ]
    assert b.title == "Still applied" and not any(q.checked for q in b.quotes)


@pytest.mark.parametrize("raw, expected", [
    (b"headline: x\n" + b"# pad\n" * 60_000, "bytes; a corrections file may be at most"),
    (b"headline: \xff\xfe\n", "is not UTF-8 text"),
    (b"headline: a\x00b\n", "is a binary file"),
    # a billion laughs: refused before anything is built from it
    (b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n",
     "uses a YAML alias"),
    (b"[" * 200 + b"]" * 200, "nests more than 8 levels deep"),
    (b"k: [" + b"1, " * 30_000 + b"1]\n", "more than 20,000 values"),
])
def test_hostile_files_are_refused_whole_with_a_reason(raw, expected):
    c = parse_story(raw, FILE)
    assert c.problems.items and expected in c.problems.items[0]
    assert (c.headline, c.quotes, c.actors) == (UNSET, [], [])


def test_a_broken_identities_file_is_a_warning_and_good_entries_still_apply():
    identities, problems = parse_identities(b"Tom Okafor:\n  aliases: [Okafor]\n  rank: 3\nBad: [1]\n",
                                            "corrections/actors.yml")
    assert [i.name for i in identities] == ["Tom Okafor"]
    assert problems.items == [
        "corrections/actors.yml, line 3, key 'Tom Okafor.rank': is not a correction this file knows "
        "(known: kind, role, roles, aliases, drop)",
        "corrections/actors.yml, line 4, key 'Bad': should be a mapping (kind, role, roles, aliases, drop), not a list"]


def test_hostile_values_are_shown_as_text_on_the_page_and_in_the_handout():
    b, problems = story("""
headline: "<script>alert(1)</script> {{ 7*7 }}"
what: "[click](javascript:alert(1)) {: onclick=\\"x\\" } **bold**"
quotes:
  - quote: Families will pay
    speaker: "<img src=x onerror=alert(1)>"
    role: "# heading\\n- list"
context:
  - "{% raw %}{{ config }}{% endraw %} <a href=\\"file:///etc/passwd\\">x</a>"
""")
    assert problems == []
    renderer = Renderer(ROOT / "templates")
    page = briefing_page(b, renderer)
    # the front matter carries the what as a plain YAML string (the theme escapes it into the
    # page's description); the Markdown below it must hold no live markup
    front, body = page.split("\n---\n", 1)
    assert yaml.safe_load(front.removeprefix("---\n"))["description"].startswith("[click](javascript")
    for raw in ("<script>", "<img", "](javascript", "{: onclick", "**bold**", "<a href", "\n# heading"):
        assert raw not in body
    assert next(line for line in page.splitlines() if line.startswith("# ")) == "# &#60;script&#62;alert(1)&#60;/script&#62; &#123;&#123; 7&#42;7 &#125;&#125;"
    html = handout_html(b, renderer, b.date)
    assert "<script>alert" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    assert "the extractor had: Harbour council votes" in page


def test_a_bug_while_applying_is_a_problem_of_the_briefing(monkeypatch, tmp_path):
    import generator.editorial.corrections as corrections

    seed = make_seed(tmp_path, "harbour.txt", HARBOUR)
    (tmp_path / "harbour.corrections.yml").write_text("headline: New\n")
    monkeypatch.setattr(corrections, "apply_story", lambda *a: 1 / 0)
    b = briefing()
    fixed, warnings = correct(b, seed, [], tmp_path)
    assert fixed is b and warnings[-1].startswith("harbour.corrections.yml: corrections could not be applied")


# -- the build, the commands -----------------------------------------------------------------------

CORRECTIONS = """
headline: Portmere ferry fares to rise by a fifth
quotes:
  - quote: Families will pay
    checked: true
  - quote: Our members support
    speaker: Dan Reyes
    role: union spokesman
actors:
  - actor: Greyline
    drop: true
  - actor: Tom Okafor
    role: Leader of the Opposition
context:
  - Ferry fares were last raised in 2015.
"""


def pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    root = tmp_path_factory.mktemp("corrections")
    project = new_project(root)
    make_seed(project.seeds, "harbour.txt", HARBOUR)
    make_seed(project.seeds, "other.txt", OTHER)
    plain = build(project, **QUIET)
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTIONS, "utf-8")
    (root / "corrections").mkdir()
    (root / "corrections" / "actors.yml").write_text("Greyline Holdings:\n  aliases: [Greyline]\n", "utf-8")
    fixed = build(project, **QUIET)
    return project, plain, fixed


def test_corrections_show_on_the_page_the_handout_and_the_json(corrected):
    project, plain, fixed = corrected
    slug = "2021-06-14-portmere-ferry-fares-to-rise-by-a-fifth"
    page = (project.site / "briefings" / slug / "index.html").read_text("utf-8")
    assert "Portmere ferry fares to rise by a fifth" in page
    # marked as corrected; what the editor replaced is not published (issue 35)
    assert "headline corrected" in page and "Harbour council votes on ferry fares" not in page
    assert "the extractor had" not in page
    assert "checked by an editor" in page and 'class="corrected"' in page
    assert "Dan Reyes" in page
    assert "Ferry fares were last raised in 2015." in page and "added by an editor" in page
    shown = re.sub(r'<details class="provenance">.*?</details>', "", page, flags=re.S)  # not the story's sentences
    assert "Greyline" not in shown.split("<h2 id=\"quotes\"")[0]  # dropped from Who
    facts = json.loads((project.docs / "briefings" / f"{slug}.json").read_text("utf-8"))
    assert facts["title_corrected"] is True and facts["title_original"] == ""  # corrected; the old one withheld
    quotes = {q["text"][:8]: q for q in facts["quotes"]}
    assert quotes["Families"]["checked"] is True and quotes["Families"]["confidence"] == 1.0
    assert quotes["Our memb"]["corrected"] is True and quotes["Our memb"]["speaker"] == "Dan Reyes"
    handout = pdf_text(project.site / "handouts" / f"{slug}.pdf")
    assert "(corrected)" in handout and "headline corrected" in handout and "Dan Reyes" in handout
    assert "Ferry fares were last raised in 2015. (added by an editor)" in " ".join(handout.split())
    # the handout marks what the page marks, in the same words
    assert "(checked by an editor)" in handout and "(checked)" not in handout
    # the site-wide file is read (its renaming of Greyline did not stop the story's drop of it)
    assert fixed.failures == [] and fixed.errors == [] and fixed.held == []
    # the report names the briefing corrected (the other only lists it as an earlier briefing)
    assert fixed.corrected == [slug] and f"corrected by editors: 1 briefing(s): {slug}" in fixed.summary()


def test_the_actor_page_marks_a_corrected_appearance(corrected):
    project, _, _ = corrected
    page = (project.site / "actors" / "tom-okafor" / "index.html").read_text("utf-8")
    assert "Leader of the Opposition" in page and 'class="corrected"' in page  # his appearance in the harbour story
    assert "checked by an editor" in page  # his quote there, checked


def test_a_correction_redoes_no_extraction_and_only_that_briefing(corrected):
    project, plain, fixed = corrected
    assert fixed.stats["facts_extracted"] == 0 and fixed.stats["facts_cached"] == 2
    # both handouts: the later story lists this one (by its new headline) as an earlier briefing
    assert fixed.stats["pdf_rendered"] == 2
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTIONS.replace("Dan Reyes", "Dana Reyes"), "utf-8")
    again = build(project, **QUIET)
    assert (again.stats["facts_extracted"], again.stats["pdf_rendered"], again.stats["pdf_cached"]) == (0, 1, 1)


def test_corrections_survive_no_cache_and_a_new_extractor_version(corrected, monkeypatch):
    project, _, _ = corrected
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTIONS, "utf-8")
    build(project, **QUIET)
    before = {p.name: p.read_bytes() for p in (project.docs / "briefings").glob("*")}
    cold = build(project, use_cache=False, **QUIET)
    assert cold.stats["facts_extracted"] == 2
    assert {p.name: p.read_bytes() for p in (project.docs / "briefings").glob("*")} == before
    cache_mod.code_digest.cache_clear()
    monkeypatch.setattr(cache_mod, "__version__", "0.0.0-a-newer-extractor")
    try:
        newer = build(project, **QUIET)
    finally:
        cache_mod.code_digest.cache_clear()
    assert newer.stats["facts_extracted"] == 2
    assert {p.name: p.read_bytes() for p in (project.docs / "briefings").glob("*")} == before


def test_a_broken_corrections_file_fails_the_build_and_the_briefing_keeps_its_last_published_page(corrected):
    project, _, _ = corrected
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTIONS, "utf-8")
    build(project, **QUIET)
    slug = "2021-06-14-portmere-ferry-fares-to-rise-by-a-fifth"
    published = {p.name: p.read_bytes() for p in (project.docs / "briefings").glob(f"{slug}*")}
    handout = (project.docs / "handouts" / f"{slug}.pdf").read_bytes()
    assert published  # the page and its JSON
    # a misspelt key: the speaker the editor replaced must not come back
    (project.seeds / "harbour.corrections.yml").write_text(
        CORRECTIONS.replace("    speaker: Dan Reyes", "    speker: Dan Reyes"), "utf-8")
    broken = build(project, **QUIET)
    assert broken.errors and all(e.startswith("seeds/harbour.corrections.yml, line ") for e in broken.errors)
    assert any("did you mean 'speaker'?" in e for e in broken.errors), broken.errors
    assert broken.held == [f"harbour.txt: kept as last published until seeds/harbour.corrections.yml is fixed"]
    assert "ERROR seeds/harbour.corrections.yml, line" in broken.summary() and "HELD harbour.txt" in broken.summary()
    assert {p.name: p.read_bytes() for p in (project.docs / "briefings").glob(f"{slug}*")} == published
    assert (project.docs / "handouts" / f"{slug}.pdf").read_bytes() == handout
    page = (project.site / "briefings" / slug / "index.html").read_text("utf-8")
    assert "Dan Reyes" in page and "Portmere ferry fares to rise by a fifth" in page
    assert len(broken.built) == 2 and broken.failures == []  # the other briefing is built as usual
    # and the command's exit status is 1
    assert run("build", "--project", str(project.root), cwd=project.root).returncode == 1
    (project.seeds / "harbour.corrections.yml").write_text(CORRECTIONS, "utf-8")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_init_lists_the_facts_and_extract_json_shows_them_corrected(tmp_path):
    seed = make_seed(tmp_path, "harbour.txt", HARBOUR)
    proc = run("corrections", "init", str(seed))
    assert proc.returncode == 0, proc.stderr
    written = tmp_path / "harbour.corrections.yml"
    text = written.read_text("utf-8")
    # every line a comment: the file as written corrects nothing, and parses without a problem
    assert all(not line or line.startswith("#") for line in text.splitlines())
    assert '#     quote: "Families will pay for this mistake"' in text and '#     actor: "Tom Okafor"' in text
    assert run("corrections", "init", str(seed)).returncode == 1  # never overwrites an editor's work
    # uncomment one quote (its number and words) and its speaker line, as an editor would
    lines = text.splitlines()
    at = lines.index('#     quote: "Families will pay for this mistake"')
    assert lines[at - 1].startswith("#   - n: ")
    edited = ["quotes:", lines[at - 1][2:], lines[at][2:],
              lines[at + 1][2:].replace("# ", "", 1).replace("Tom Okafor", "Tom Okafor Jr")]
    written.write_text("\n".join(edited) + "\n", "utf-8")
    proc = run("extract", "--json", str(seed), "--project", str(tmp_path))
    assert proc.returncode == 0 and "error" not in proc.stderr
    quote = next(q for q in json.loads(proc.stdout)["quotes"] if q["text"].startswith("Families"))
    assert (quote["speaker"], quote["corrected"], quote["original"]) == ("Tom Okafor Jr", True, "Tom Okafor, Opposition leader")
    raw = json.loads(run("extract", "--json", "--no-corrections", str(seed)).stdout)
    assert next(q for q in raw["quotes"] if q["text"].startswith("Families"))["corrected"] is False
    written.write_text("quotes:\n  - quote: Gone\n    drop: true\n", "utf-8")
    proc = run("extract", "--json", str(seed))
    # a problem is an error, as in a build: named by file, line and key, and the exit status is 1
    assert proc.returncode == 1 and "error: " in proc.stderr
    assert "harbour.corrections.yml, line 2, key 'quotes[1].quote'" in proc.stderr


def test_the_init_template_round_trips_through_the_parser():
    b = briefing()
    c = parse_story(template(b).encode("utf-8"), FILE)
    assert c.problems.items == [] and (c.headline, c.quotes, c.actors, c.context) == (UNSET, [], [], [])
    uncommented = "\n".join(line[2:] if line.startswith("# ") else line for line in template(b).splitlines())
    # uncommenting the top-level facts gives the extractor's own values back: no change
    top = "\n".join(line for line in uncommented.splitlines()
                    if line.split(":")[0] in ("headline", "what", "when", "where", "why"))
    fixed, problems = story(top)
    assert problems == [] and fixed == b


def test_corrections_files_are_not_seeds(project):
    from generator.input.seeds import scan_seed_files

    make_seed(project.seeds, "harbour.txt", HARBOUR)
    (project.seeds / "harbour.corrections.yml").write_text("headline: x\n")
    assert [p.name for p in scan_seed_files([project.seeds])[0]] == ["harbour.txt"]


def test_orphan_corrections_file_is_reported(tmp_path):
    seed = make_seed(tmp_path, "harbour.txt", HARBOUR)
    (tmp_path / "gone.corrections.yml").write_text("headline: x\n")
    warnings: list[str] = []
    correct_all([briefing()], {"harbour": seed}, tmp_path, warnings.append)
    assert warnings == ["gone.corrections.yml: no seed named gone.txt or .md beside it; these corrections apply to nothing"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400),
                 st.builds(lambda k, v: f"{k}: {v}\nquotes:\n  - quote: {v}\n    speaker: {v}\n",
                           st.sampled_from(["headline", "what", "when", "where", "why", "context", "actors"]),
                           st.text(max_size=60))))
def test_no_file_crashes_parsing_or_applying(content):
    raw = content if isinstance(content, bytes) else content.encode("utf-8")
    c = parse_story(raw, FILE)
    b = briefing()
    apply_story(b, c)
    assert all(p.startswith(FILE) for p in c.problems.items)
    Briefing.from_json(b.to_json())


def test_a_digest_from_seeds_applies_corrections(tmp_path):
    from generator.build.steps import extract_seeds

    make_seed(tmp_path, "harbour.txt", HARBOUR)
    (tmp_path / "harbour.corrections.yml").write_text("headline: Fares up in Portmere\n", "utf-8")
    (b,) = extract_seeds(tmp_path)
    assert (b.title, b.title_corrected) == ("Fares up in Portmere", True)
