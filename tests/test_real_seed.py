"""The one real seed (`seeds/000_ef864ac17dea223c.txt`, byte for byte the story this product was
made for), through the real model: the facts an editor would sign off, in the facts, on the
page, in the handout and in the published facts JSON.

Each fact here follows from a general rule; tests/test_actors.py and tests/test_places.py check the same rules
on invented stories of the same shape."""
import json
import re
import shutil

import pypdf
import pytest

from generator.build.steps import build

from .conftest import ROOT, SEED, new_project

SHARED_SEED = ROOT.parent / "shared" / "seeds" / SEED.name


def test_seeds_folder_ships_the_real_seed_byte_for_byte():
    assert sorted(p.name for p in (ROOT / "seeds").iterdir()) == [SEED.name]
    if SHARED_SEED.is_file():  # shared/ sits beside the repository in CI and on developers' machines
        assert SEED.read_bytes() == SHARED_SEED.read_bytes()
    assert SEED.read_bytes().startswith(b" date 2022-04-26 Election strategist Prashant Kishor")


def test_who_in_order_of_importance_with_roles(kishor):
    by_name = {a.name: a for a in kishor.who}
    assert [a.name for a in kishor.who][:4] == [
        "Prashant Kishor", "Indian National Congress", "Sonia Gandhi", "Randeep Surjewala"]
    assert (by_name["Prashant Kishor"].kind, by_name["Prashant Kishor"].role) == ("person", "Election strategist")
    assert "I-PAC founder" in by_name["Prashant Kishor"].roles
    assert by_name["Prashant Kishor"].aliases == ["Kishor"]
    assert by_name["Indian National Congress"].kind == "organisation"
    assert by_name["Indian National Congress"].aliases == ["Congress"]
    assert (by_name["Sonia Gandhi"].kind, by_name["Sonia Gandhi"].role) == ("person", "Congress President")
    assert (by_name["Randeep Surjewala"].kind, by_name["Randeep Surjewala"].role) == ("person", "senior party leader")


def test_no_bare_surname_institution_or_department_as_an_actor(kishor):
    names = [a.name for a in kishor.who]
    assert "Kishor" not in names and "Congress" not in names
    assert "Lok Sabha" not in names
    assert not any("department" in n.lower() for n in names)
    assert len(names) == 4


def test_quotes_and_their_speakers(kishor):
    got = [(" ".join(q.text.split()[:3]), q.speaker, q.channel) for q in kishor.quotes]
    assert got == [
        ("I declined the", "Prashant Kishor", "Twitter"),
        ("in my humble", "Prashant Kishor", "Twitter"),  # "He further added" goes on with the tweet
        ("Following a presentation", "Randeep Surjewala", "Twitter"),
    ]
    assert all(q.confidence >= 0.6 for q in kishor.quotes)


def test_names_in_quotation_marks_are_not_quotes(kishor):
    texts = [q.text.strip() for q in kishor.quotes]
    for name in ("Empowered Action Group", "Empowered Action Group-2024", "Coffee with Captain", "Punjab da Captain"):
        assert name not in texts


def test_quotes_are_verbatim_with_offsets(kishor):
    for q in kishor.quotes:
        assert kishor.text[q.start : q.end] == q.text
        assert 0 <= q.sentence < len(kishor.sentences)


def test_where_is_india_and_no_person_is_a_place(kishor):
    places = [p.name for p in kishor.where]
    assert places[0] == "India"  # the Lok Sabha and the five states are Indian
    assert not any("Kishor" in p or "," in p for p in places)  # no person, no list run into one place
    assert {"Punjab", "Uttarakhand", "Goa", "Uttar Pradesh", "Manipur"} <= set(places)


def test_when_is_the_day_of_the_decision(kishor):
    assert kishor.when is not None and kishor.when.date == "2022-04-26"


def test_what_is_one_statement_of_the_decision(kishor):
    what = kishor.what.text
    assert re.search(r"Kishor\b.*\bdeclined\b", what) and "Empowered Action Group" in what
    assert len(what.split()) <= 30


def test_why_gives_reasons_never_a_fragment(kishor):
    texts = [w.text for w in kishor.why]
    assert texts, "the story gives Kishor's reason and the party's background"
    assert "the party's attempts" not in texts
    for text in texts:
        assert len(text.split()) >= 4, text
    joined = " ".join(texts)
    assert "leadership" in joined or "rejuvenate" in joined


def test_context_carries_the_background(kishor):
    joined = " ".join(c.text for c in kishor.context)
    assert "five state" in joined
    assert "eight-member panel" in joined
    assert "370" in joined


def test_headline_reads_like_a_newsroom_s(kishor):
    assert kishor.title_generated
    assert re.match(r"(Prashant )?Kishor declines", kishor.title)  # named again: desks use the surname
    assert "Congress" in kishor.title
    assert 6 <= len(kishor.title.split()) <= 14
    assert not kishor.title.endswith(("of", "as", "part", "the", "to", "its"))
    assert re.match(r"2022-04-26-(prashant-)?kishor-declines", kishor.slug)


def test_every_fact_keeps_its_sentence(kishor):
    facts = [kishor.what, kishor.when] + kishor.why + kishor.context
    for fact in filter(None, facts):
        sentence = kishor.sentences[fact.sentence]
        assert sentence.start <= fact.start < fact.end <= sentence.end + 1
        assert kishor.text[fact.start : fact.end] == fact.text


def test_sentences_know_their_paragraph(kishor):
    assert kishor.sentences[0].paragraph == 0
    assert kishor.sentences[-1].paragraph == kishor.text.count("\n\n")


def test_json_round_trip(kishor):
    from generator.facts import Briefing

    again = Briefing.from_json(kishor.to_json())
    assert again == kishor


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The real seed built as a user builds it: the page, the handout and the facts JSON."""
    root = tmp_path_factory.mktemp("real")
    project = new_project(root)
    shutil.copy(SEED, project.seeds / SEED.name)
    result = build(project, progress=lambda m: None)
    (briefing,) = result.built
    page = (project.site / "briefings" / briefing.slug / "index.html").read_text("utf-8")
    handout = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(
        project.site / "handouts" / f"{briefing.slug}.pdf").pages).split())
    facts = json.loads((project.site / "briefings" / f"{briefing.slug}.json").read_text("utf-8"))
    return briefing, page, handout, facts


def test_page_handout_and_json_show_the_facts(published):
    briefing, page, handout, facts = published
    text = re.sub(r"<[^>]+>", " ", page)
    text = " ".join(text.split())
    for shown in (text, handout):
        for name in ("Prashant Kishor", "Indian National Congress", "Sonia Gandhi", "Randeep Surjewala"):
            assert name in shown
        assert "Election strategist" in shown and "Congress President" in shown
        assert "I declined the generous offer" in shown
        assert "India" in shown
    assert "Lok Sabha</a>" not in page  # not an actor with a page of its own
    assert [a["name"] for a in facts["who"]][:4] == [a.name for a in briefing.who][:4]
    assert [(q["speaker"], q["channel"]) for q in facts["quotes"]][:2] == [("Prashant Kishor", "Twitter")] * 2
    assert facts["when"]["date"] == "2022-04-26" and facts["where"][0]["name"] == "India"


def test_the_key_figures_with_what_they_count(kishor):
    figures = {(n.value, n.unit): n for n in kishor.numbers}
    seats = figures[(370, "seat")]
    assert (seats.text, seats.counts, seats.change, seats.kind) == ("370", "Lok Sabha seats", "=", "votes")
    elections = [n for n in kishor.numbers if (n.value, n.unit) == (5, "election")]
    assert [n.phrase for n in elections] == ["five state assembly elections", "five state elections"]
    panel = figures[(8, "member")]
    assert (panel.text, panel.phrase, panel.counts, panel.kind) == ("eight", "eight-member panel", "members of the panel", "people")
    # "the 2024 Lok Sabha elections" and "Group 2024" are a year and a name; "Kishor, 45" an age beside a name
    assert not {2024, 45} & {n.value for n in kishor.numbers}
    for n in kishor.numbers:
        assert kishor.text[n.start:n.end] == n.text


def test_by_the_numbers_on_the_page_and_the_handout(published):
    from generator.publish.numbers_block import by_the_numbers

    briefing, page, handout, facts = published
    assert [line.text for line in by_the_numbers(briefing)] == [
        "370 Lok Sabha seats", "eight-member panel", "five state assembly elections"]
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    block = text[text.index("By the numbers"):text.index("Download PDF handout")]
    assert block.index("370 Lok Sabha seats") < block.index("eight-member panel") < block.index("five state assembly elections")
    assert "137-year-old party" not in [line.text for line in by_the_numbers(briefing)]  # an age is detail
    assert "Source: sentence 16" in block  # each line with the sentence it came from
    assert "BY THE NUMBERS 370 Lok Sabha seats eight-member panel five state assembly elections" in handout
    assert {(n["value"], n["unit"], n["counts"]) for n in facts["numbers"]} >= {
        (370, "seat", "Lok Sabha seats"), (5, "election", "state elections"), (8, "member", "members of the panel")}
