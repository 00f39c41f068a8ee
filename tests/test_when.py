"""When (`extract/when.py`): dates resolved against the seed's date with the precision their phrase
gives, the event's day rather than a duration, a programme's name or history. Invented stories,
the real pipeline."""
from __future__ import annotations

import pytest

from generator.extract.when import resolve_date

from .conftest import TUESDAY, story


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
    when = story(nlp, text).when
    assert when is None or when.text not in ("Today", "Sunday"), when


def test_a_completed_act_in_the_present_perfect_is_the_datelines_day(nlp):
    b = story(nlp, "Trade unionist Ines Duarte has rejected the offer to lead the party's new committee. "
                   "The party lost three regional elections this year, and its leader resigned in early February.")
    assert b.when.date == TUESDAY.isoformat() and b.when.precision == "day"
    assert b.text[b.when.start : b.when.end] == b.when.text == "has rejected"


def test_a_perfect_with_its_own_date_keeps_that_date(nlp):
    b = story(nlp, "The mayor has vetoed the budget the council passed last week.")
    assert b.when.precision == "week"


@pytest.mark.parametrize(
    "phrase, iso, precision",
    [
        ("on Tuesday", "2023-03-14", "day"),  # the story's own day
        ("Monday", "2023-03-13", "day"),
        ("last Tuesday", "2023-03-07", "day"),
        ("yesterday", "2023-03-13", "day"),
        ("early April", "2023-04-01", "month"),
        ("this year", "2023-01-01", "year"),
        ("the early hours of Sunday morning", "2023-03-12", "day"),
        ("6.10am on Monday", "2023-03-13", "day"),
        ("at around 6am", "2023-03-14", "day"),
        ("March 3, 2023 Officials", "2023-03-03", "day"),
    ],
)
def test_relative_dates_resolve_against_the_seed_date(phrase, iso, precision):
    assert resolve_date(phrase, TUESDAY) == (iso, precision)


def test_when_is_the_events_day_not_a_duration_or_a_number(nlp):
    b = story(nlp, "Talks lasted for more than 90 minutes. The two leaders met at the palace on Monday, "
                   "aides said, and 40 journalists waited outside.")
    assert b.when.date == "2023-03-13"
    assert "Monday" in b.when.text
    assert b.text[b.when.start : b.when.end] == b.when.text


def test_when_keeps_the_part_of_the_day_and_drops_history(nlp):
    b = story(nlp, "Two carriages left the rails on Monday morning, injuring twelve passengers.")
    assert b.when.text == "Monday morning"
    assert story(nlp, "The old bridge, which opened in 1908, collapsed into the river.").when is None


@pytest.mark.parametrize(
    "text, iso",
    [
        # a weekday of something still to come is the coming one (the story is dated Tuesday 14 March)
        ("Councillors will decide on Thursday whether to close the two libraries.", "2023-03-16"),  # UK
        ("The Senate is due to vote on Friday on the spending bill.", "2023-03-17"),  # US
        ("MPPs are set to debate the housing motion on Monday, the Speaker's office said.", "2023-03-20"),  # Canadian
        ("The Lok Sabha is expected to take up the farm bill on Wednesday.", "2023-03-15"),  # Indian
        # guards: what happened keeps the weekday before
        ("Councillors decided on Thursday to close the two libraries.", "2023-03-09"),
        ("The Senate voted on Friday to pass the spending bill.", "2023-03-10"),
    ],
)
def test_a_weekday_of_what_is_to_come_is_the_coming_one(nlp, text, iso):
    when = story(nlp, text).when
    assert when is not None and when.date == iso, when


def test_a_weekday_resolves_forward_only_when_asked():
    assert resolve_date("on Thursday", TUESDAY, future=True) == ("2023-03-16", "day")
    assert resolve_date("on Tuesday", TUESDAY, future=True) == ("2023-03-14", "day")  # today
    assert resolve_date("last Thursday", TUESDAY, future=True) == ("2023-03-09", "day")
    assert resolve_date("on Thursday", TUESDAY) == ("2023-03-09", "day")


def test_a_date_under_a_verbless_root_is_dated_as_before(nlp):
    """A date whose sentence has no verb at its root (a headline-like fragment) is not taken for a plan:
    the walk up to its verb stops at the root."""
    b = story(nlp, "Budget day on Thursday. Councillors met on Monday to close the two libraries.")
    assert b.when is not None and b.when.date <= "2023-03-14"
