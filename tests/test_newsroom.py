"""Headlines and key facts a newsroom would print (issue 13), on invented stories through the real model."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.input.furniture import is_boilerplate
from generator.extract import facts_from_doc
from generator.extract.when import resolve_date
from generator.input.seeds import Seed, parse_seed

TUESDAY = dt.date(2023, 3, 14)


def brief(nlp, text: str, date: dt.date = TUESDAY, title: str | None = None):
    seed = Seed(id="t", path=Path("t.txt"), date=date, title=title, paragraphs=text.split("\n\n"))
    return facts_from_doc(nlp(seed.text), seed)


# --- generated headlines ---------------------------------------------------------

LEDES = [
    "Opposition leader Marta Kowalczyk has demanded a recount of the regional vote in Silesia.",
    "The city council approved a new housing plan for the riverside district on Monday night.",
    "Local officials said two people were killed in the flooding that hit the valley on Sunday.",
    "WASHINGTON (Reuters) - The central bank said on Wednesday it would not raise interest rates this year.",
    "Nurses at three hospitals in Leeds will strike next month over pay, their union announced.",
    "Voters in rural districts must not be turned away from polling stations, the election commission ruled on Monday.",
    "Senator Paul Okonjo says the new border bill will fail without money for more judges.",
    "Thousands of farmers marched through the capital on Saturday to protest against cuts to fuel subsidies.",
    "The Green Party has selected a local restaurant owner, Amir Haddad, as its candidate for the by-election.",
    "Police have arrested a 34-year-old man after a fire destroyed the town hall in Dunmore.",
    "Finance Minister Oliver Brandt did not attend the budget debate in parliament on Tuesday.",
    "A report published by the audit office has found that the rail project is two years behind schedule.",
]


def _has_subject_and_finite_verb(doc) -> bool:
    finite = {"VBZ", "VBP", "VBD", "MD"}
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass", "expl"):
            head = tok.head
            group = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            if any(t.tag_ in finite for t in group):
                return True
    return False


@pytest.mark.parametrize("lede", LEDES)
def test_every_generated_headline_is_a_sentence_a_desk_would_print(nlp, lede):
    b = brief(nlp, lede + "\n\nMore details were expected later in the day.")
    head = b.title
    assert b.title_generated
    assert 4 <= len(head.split()) <= 14, head
    assert _has_subject_and_finite_verb(nlp(head)), head
    assert not head.startswith(('"', "\u201c", "'")), head
    assert "WASHINGTON" not in head and "Reuters" not in head  # no dateline
    words = head.lower().split()
    assert not (words[-1] in ("says", "said") or head.endswith((" says", " rules", " announces"))), head


@pytest.mark.parametrize(
    "lede, wanted",
    [
        ("Finance Minister Oliver Brandt did not attend the budget debate in parliament.", "does not attend"),
        ("Voters in rural districts must not be turned away from polling stations, the election commission ruled.",
         "must not be turned away"),
        ("The central bank said on Wednesday it would not raise interest rates this year.", "would not raise"),
        ("Nurses at three hospitals will strike next month over pay, their union announced.", "will strike"),
    ],
)
def test_a_headline_keeps_its_negation_and_its_modal(nlp, lede, wanted):
    assert wanted in brief(nlp, lede).title


def test_a_named_speaker_headline_says_what_was_said(nlp):
    head = brief(nlp, "Senator Paul Okonjo says the new border bill will fail without money for more judges.").title
    assert head.startswith("Paul Okonjo says")
    assert "bill will fail" in head


# --- the seed's own headline ------------------------------------------------------

@pytest.mark.parametrize(
    "headline",
    [
        "Is this the end for the coalition?",
        'Minister: "We will not resign"',
        "Strike called off!",
        "\u2018We were never told\u2019",
        "Council budget (updated)",
    ],
)
def test_a_seeds_own_headline_is_kept_word_for_word_whatever_ends_it(headline):
    seed = parse_seed(f" date 2023-03-14 {headline}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=TUESDAY)
    assert seed.title == headline


@pytest.mark.parametrize("first", ["By Jane Kowalski and Tom Reyes", "The council met on Monday and approved it:"])
def test_a_byline_or_a_lead_in_is_not_a_headline(first):
    seed = parse_seed(f" date 2023-03-14 {first}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=TUESDAY)
    assert seed.title is None


# --- what -------------------------------------------------------------------------

def test_what_is_the_ledes_complete_statement_not_the_headline_again(nlp):
    text = ("Trade unionist Ines Duarte has rejected the offer made by the Workers' Alliance to lead its new "
            "\"Renewal Committee\" before the 2026 regional elections. The move comes as the party struggles.")
    b = brief(nlp, text, title="Duarte says no to Alliance")
    assert b.what.text.startswith("Trade unionist Ines Duarte has rejected the offer")
    assert b.what.text.endswith('to lead its new "Renewal Committee"')
    assert b.what.text != b.title
    assert len(b.what.text.split()) <= 30
    assert b.text[b.what.start : b.what.end] == b.what.text


def test_what_is_not_cut_before_its_complement(nlp):
    b = brief(nlp, "The cost of the new stadium, the audit office said, is twice what the city was promised.")
    assert "twice" in b.what.text


# --- when -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "phrase, iso, precision",
    [
        ("June 2004", "2004-06-01", "month"),
        ("in June 2004", "2004-06-01", "month"),
        ("the end of March 2005", "2005-03-01", "month"),
        ("20 March 2005", "2005-03-20", "day"),
        ("June 20, 2004", "2004-06-20", "day"),
        ("last week", "2023-03-06", "week"),
        ("this week", "2023-03-13", "week"),
        ("next week", "2023-03-20", "week"),
    ],
)
def test_a_date_has_the_precision_its_phrase_gives(phrase, iso, precision):
    assert resolve_date(phrase, TUESDAY) == (iso, precision)


def test_a_week_is_shown_as_a_week():
    from generator.facts import When
    from generator.publish.render import as_precise

    assert as_precise(When(text="last week", date="2023-03-06", precision="week")) == "week of 2023-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "Labour's deputy leader told BBC Radio 4's Today programme that the party would back the bill.",
        "The health secretary told the Sunday Times that waiting lists would fall.",
        "The chancellor told Sky's Sunday Politics that taxes would not rise.",
    ],
)
def test_programme_and_paper_names_are_not_dates(nlp, text):
    when = brief(nlp, text).when
    assert when is None or when.text not in ("Today", "Sunday"), when


def test_a_completed_act_in_the_present_perfect_is_the_datelines_day(nlp):
    b = brief(nlp, "Trade unionist Ines Duarte has rejected the offer to lead the party's new committee. "
                   "The party lost three regional elections this year, and its leader resigned in early February.")
    assert b.when.date == TUESDAY.isoformat() and b.when.precision == "day"
    assert b.text[b.when.start : b.when.end] == b.when.text == "has rejected"


def test_a_perfect_with_its_own_date_keeps_that_date(nlp):
    b = brief(nlp, "The mayor has vetoed the budget the council passed last week.")
    assert b.when.precision == "week"


# --- why --------------------------------------------------------------------------

def test_a_deciders_stated_reason_is_why_and_a_restatement_is_not(nlp):
    text = ("Trade unionist Ines Duarte has rejected the offer made by the Workers' Alliance to lead its new "
            "committee. The decision comes amid the party's attempts to rebuild itself after heavy losses in "
            "three regional elections.\n\n"
            '"I rejected the kind offer of the Alliance to lead the committee," she wrote on her blog. '
            'She added that "in my view, the party needs new ideas and a clear programme more than it needs me."')
    b = brief(nlp, text)
    assert "the party needs new ideas and a clear programme" in b.why[0].text
    assert "rejected" not in b.why[0].text
    background = [f.text for f in b.why[1:]]
    assert any(t.startswith("the party's attempts to rebuild itself") for t in background), background


def test_no_reason_is_given_for_an_act_the_story_does_not_explain(nlp):
    b = brief(nlp, "The minister resigned on Friday. She will be replaced by her deputy, officials said.")
    assert b.why == []


# --- context ----------------------------------------------------------------------

def test_context_holds_the_background_of_a_story_shaped_like_the_seed(nlp):
    text = ("Trade unionist Ines Duarte has rejected the offer made by the Workers' Alliance to lead its new "
            "committee. The decision comes amid the party's attempts to rebuild itself.\n\n"
            "The party leader had set up the committee and had invited Duarte to join the party.\n\n"
            "Duarte had been in talks with the Alliance since early February, weeks after the party lost "
            "three regional elections.\n\n"
            "The leader set up a six-member panel to study her proposals and write a report.\n\n"
            "Duarte had reportedly said that the Alliance should fight for 120 seats and form pacts for the rest.")
    context = " ".join(f.text for f in brief(nlp, text).context)
    for words in ("lost three regional elections", "six-member panel", "120 seats"):
        assert words in context, words


# --- boilerplate ------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, furniture",
    [
        ("By Jane Kowalski and Tom Reyes", True),
        ("By Sarah Jones, BBC News", True),
        ("Jane Doe | Staff writer", True),
        ("(Reporting by Ann Lee; Editing by Tom Hale.)", True),
        ("Photo: Mark Dunn/Getty Images", True),
        ("Getty.", True),
        ("Image caption The minister arrives at the meeting", True),
        ("Protesters outside parliament. (AP Photo/Ann Lee)", True),
        ("READ MORE: Council approves budget after long night", True),
        ("Related: How the vote was won", True),
        ('"Related:"', True),
        ("Share this article", True),
        ("Follow Jane Kowalski on Twitter @janekreports.", True),
        ("Sign up for our daily politics newsletter.", True),
        ("@cityhallwatch", True),
        ("https://example.org/story", True),
        ("pic.twitter.com/a1B2c3", True),
        ("This story has been updated to include a statement from the mayor.", True),
        ("By winning the primary, the senator took all 66 delegates.", False),
        ("The council said it would share the costs with the region.", False),
        ("Photos showed mourners crouched over the bodies.", False),
        ("Related parties must declare their interests, the law says.", False),
    ],
)
def test_boilerplate_lines_are_told_from_story(line, furniture):
    assert is_boilerplate(line) is furniture


def test_boilerplate_stays_in_the_seed_and_gives_no_fact(nlp):
    text = ("By Jane Kowalski and Tom Reyes\n\n"
            "Mayor Elena Marsh has vetoed the city budget passed by the council last week.\n\n"
            "Photo: Mark Dunn/Getty Images\n\n"
            "READ MORE: Council approves budget after Gareth Pryce deal\n\n"
            "Marsh said the budget would leave the transit system short of money.\n\n"
            "Follow Jane Kowalski on Twitter @janekreports.\n\n"
            "https://example.org/story\n\n@cityhallwatch")
    b = brief(nlp, text)
    assert "By Jane Kowalski" in b.text  # kept in the seed
    names = " ".join(a.name for a in b.who)
    for furniture in ("Kowalski", "Reyes", "Dunn", "Getty", "Pryce", "cityhallwatch", "janekreports"):
        assert furniture not in names
    facts = [b.what.text, b.title] + [f.text for f in b.why + b.context] + [p.name for p in b.where]
    for fact in facts:
        assert not is_boilerplate(fact) and "Getty" not in fact and "Kowalski" not in fact, fact
    # the home page and the feeds show the headline without the story: the person by their full name
    assert b.title.startswith("Elena Marsh vetoes")
