"""A dateline that opens a paragraph ("WASHINGTON (AP) \u2014 ...") is a sentence of its own
(`pipeline.briefing_paragraphs`, before the parser): the lede after it is parsed, told and headlined
without it. Invented stories, the real pipeline."""
from __future__ import annotations

import pytest

from generator.extract.pipeline import paragraph_breaks

from .conftest import story


@pytest.mark.parametrize("dateline", [
    "KELVIN (AP) \u2014 ", "KELVIN, Ont. \u2014 ", "Kelvin (AFP) \u2013 ", "KELVIN, Ont., Dec. 8 (UPI) \u2014 ",
    "KELVIN \u2015 ", "KELVIN -- ", "NEW DELHI: ",
])
def test_the_lede_after_a_dateline_is_told_without_it(nlp, dateline):
    b = story(nlp, dateline + "Mayor Ruth Amadi has won a second term, beating three rivals in a close race.\n\n"
                              "She thanked the voters of the harbour town.")
    assert b.what.text.startswith("Mayor Ruth Amadi has won a second term"), b.what.text
    # (numbered, weighed and kept as provenance with the sentence it opens: no sentence of the story's own)
    assert b.sentences[0].text.startswith("Mayor Ruth Amadi") and b.what.sentence == 0, b.sentences[0]
    assert b.context == [] or all(c.text != dateline.strip() for c in b.context), b.context
    assert "Kelvin" not in b.title and "KELVIN" not in b.title, b.title


def test_a_name_after_a_dateline_is_not_split(nlp):
    doc = nlp("KELVIN - Ruth Amadi painted a dire portrait of the harbour as she accepted the nomination.")
    assert [s.text for s in doc.sents] == ["KELVIN -", "Ruth Amadi painted a dire portrait of the harbour as she "
                                           "accepted the nomination."]


@pytest.mark.parametrize("text, split", [
    ("KELVIN (AP) \u2014 Mayor Ruth Amadi has won a second term in the town.", True),
    # a note about the page is no dateline: it stays with what it notes
    ("UPDATE: The council has approved the harbour plan after a long debate.", False),
    # further down, a name and a colon is more often a transcript's speaker than a dateline
    ("The mayor spoke on Monday about the plan.\n\nRUTH AMADI: We will build the new harbour wall this year.", False),
    # a dash written on to the word before it is no dateline's: a paid notice's name
    ("MARSH--Ruth Ann, 98, of Kelvin, Ontario, passed away peacefully on Friday.", False),
    # a dateline with nothing after it to tell is left alone
    ("KELVIN (AP) \u2014 Vote.", False),
    # a hyphen glued to the next word joins a name: no dateline
    ("AFL-CIO to endorse Ruth Amadi for a second term in the town.", False),
])
def test_which_paragraph_openings_are_datelines(nlp, text, split):
    doc = paragraph_breaks(nlp.make_doc(text))
    starts = [t.text for t in doc if t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_space]
    assert bool(starts) == split, starts


def test_a_name_joined_by_a_hyphen_opens_the_headline_whole(nlp):
    from .conftest import generated_headline
    title = generated_headline(nlp, "AFL-CIO to endorse Ruth Amadi.\n\nThe AFL-CIO will endorse Mayor Ruth Amadi on "
                                    "Thursday, the union said.")
    assert title.startswith("AFL-CIO"), title
