"""One definition of "inside quotation marks" (issue 28): `quote_marks.quoted_spans`, for every
house style, and every question that leaves quoted words alone (actors, places, dates, context)
going by it. Invented sentences."""
from __future__ import annotations

import datetime as dt
import pytest

from generator.extract.actors import extract_actors
from generator.extract.quote_marks import quoted_spans
from generator.extract.sentences import is_quotation, quote_regions_of, sents

LQ, RQ, LS, RS = "\u201c", "\u201d", "\u2018", "\u2019"


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quoted_spans(text)]


@pytest.mark.parametrize("text, quoted", [
    pytest.param('She said "we will win" today.', ["we will win"], id="straight-double"),
    pytest.param(f"She said {LQ}we will win{RQ} today.", ["we will win"], id="curly-double"),
    pytest.param(f"She said {LS}we will win{RS} today.", ["we will win"], id="curly-single"),
    pytest.param("She said 'we will win' today.", ["we will win"], id="straight-single"),
    pytest.param("Elle a dit \u00abnous gagnerons\u00bb hier.", ["nous gagnerons"], id="guillemets"),
    pytest.param("Er sagte \u201ewir gewinnen\u201c heute.", ["wir gewinnen"], id="low-high"),
    # single marks nested in double marks are the quotation's own
    pytest.param(f"{LQ}They said {LS}wait{RS} and we did,{RQ} he said.", [f"They said {LS}wait{RS} and we did,"],
                 id="single-nested-in-double"),
])
def test_every_house_style_of_quotation_mark(text, quoted):
    assert spans(text) == quoted


@pytest.mark.parametrize("text, quoted", [
    pytest.param("The Tories' plan won the vote.", [], id="plural-possessive"),
    pytest.param("Music of the '90s and the class of '05 came back.", [], id="elided-years"),
    pytest.param("He likes rock 'n' roll and said nothing.", [], id="rock-n-roll"),
    pytest.param("Give 'em the keys, the mayor told the clerks' union.", [], id="elided-word"),
    pytest.param("Mr Howard said the plan was 'idle speculation' and the Tories' answer was weak.",
                 ["idle speculation"], id="quote-and-possessive"),
    pytest.param("'The voters' choice is clear,' he said.", ["The voters' choice is clear,"],
                 id="possessive-inside-a-quotation"),
    pytest.param("He said: 'We will build the road.\n\n'And we will pay for it,' he added.",
                 ["We will build the road.", "And we will pay for it,"], id="single-over-paragraphs"),
])
def test_british_single_marks_and_apostrophes(text, quoted):
    assert spans(text) == quoted


@pytest.mark.parametrize("opening, closing", [
    pytest.param('"', '"', id="straight-double"),
    pytest.param(LQ, RQ, id="curly-double"),
    pytest.param("'", "'", id="british-single"),
    pytest.param(LS, RS, id="curly-single"),
    pytest.param("\u00ab", "\u00bb", id="guillemets"),
    pytest.param("\u201e", "\u201c", id="low-high"),
])
def test_a_name_in_quotation_marks_makes_no_actor(nlp, opening, closing):
    text = (f"Michael Howard spoke in Leeds on Monday. Mr Howard said: {opening}I met Gordon Smithers at the "
            f"station and we talked about the railway for an hour.{closing} He then left for London.")
    names = {a.name for a in extract_actors(nlp(text)).actors}
    assert "Michael Howard" in names
    assert not any("Smithers" in n for n in names), names


@pytest.mark.parametrize("opening, closing", [("'", "'"), (LS, RS), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")])
def test_every_question_reads_every_mark_as_double_marks(nlp, opening, closing):
    """Actors, places, dates and context ask `quote_regions_of`: a story in single marks or guillemets
    gets the Who, Where and When it gets in double marks."""
    from generator.extract.places import extract_where
    from generator.extract.when import extract_when

    story = ("Jane Porter spoke in Leeds on Monday about the new railway line. She said: {o}We went to Swansea "
             "with Alan Brice on Friday and it rained all day.{c} The council will meet again.")

    def facts(o: str, c: str):
        text = story.format(o=o, c=c)
        doc = nlp(text)
        assert [text[s:e] for s, e in quote_regions_of(doc)] == spans(text)
        when = extract_when(doc, dt.date(2024, 5, 7))
        return ([a.name for a in extract_actors(doc).actors], [p.name for p in extract_where(doc)],
                when and when.text)

    double = facts('"', '"')
    assert "Alan Brice" not in double[0] and double[1][0] == "Leeds" and "Friday" not in (double[2] or "")
    assert facts(opening, closing) == double


@pytest.mark.parametrize("opening", ['"', LQ, "'", LS, "\u00ab", "\u201e"])
def test_a_sentence_that_opens_with_any_mark_is_a_quotation(nlp, opening):
    doc = nlp(f"The minister spoke. {opening}We will win the vote on Tuesday,{opening} she said.")
    assert is_quotation(sents(doc)[1])


def test_markup_attribute_values_are_no_quotations():
    text = 'Scraped copy keeps <tweet id="12345" author="@someone"> in the text, and she said "we will win" later.'
    assert spans(text) == ["we will win"]


def test_three_apostrophes_close_a_nested_single_and_a_double_quotation():
    text = "The aide said. ''I would call it 'old-school,''' said Mr. Slayton. ''He said, 'Eight years.'.''"
    assert spans(text) == ["I would call it 'old-school,'", "He said, 'Eight years.'."]
