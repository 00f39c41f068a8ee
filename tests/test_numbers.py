"""The story's figures (generator/extract/numbers.py) and the "By the numbers" block
(generator/publish/numbers_block.py): each shape of figure on invented sentences through the real
pipeline, what is not a figure, AP's poll rule, the block's choice and order, its escaping on
the page and in the handout, and editors' corrections of a figure."""
import datetime as dt
from pathlib import Path

import pytest

from generator.editorial.corrections import apply_story, parse_story
from generator.editorial.corrections_init import template
from generator.extract.numbers import extract_numbers
from generator.facts import SCHEMA_VERSION, Briefing, Number
from generator.publish.handouts import handout_html
from generator.publish.numbers_block import MAX_LINES, by_the_numbers, poll_verdict, shown_numbers
from generator.publish.policy import CITED, published
from generator.publish.render import Renderer
from generator.publish.site import briefing_page

from .conftest import ROOT

# Invented sentences (not from any corpus): each with the figures it holds, as
# (value, unit, change, counts); a row with no figures must find nothing.
TABLE = [
    ("The party won 370 Lok Sabha seats in the general election.", [(370, "seat", "=", "Lok Sabha seats")]),
    ("Congress suffered losses in five state elections this year.", [(5, "election", "=", "state elections")]),
    ("The party set up an eight-member panel to study the plan.", [(8, "member", "=", "members of the panel")]),
    ("The coalition now commands a 370-seat majority.", [(370, "seat", "=", "seats of the majority")]),
    ("The government promised $12.4 million for the scheme.", [(12_400_000, "dollar", "=", "")]),
    ("The ministry will spend 2.5bn rupees on roads.", [(2_500_000_000, "rupee", "=", "")]),
    ("The state will spend Rs 500 crore on the project.", [(5_000_000_000, "rupee", "=", "")]),
    ("The council cut its budget by £3m.", [(3_000_000, "pound", "down", "")]),
    ("Inflation fell 0.4 per cent in March.", [(0.4, "percentage", "down", "")]),
    ("Unemployment rose 1.2 percentage points to 5.6% last year.",
     [(1.2, "percentage point", "up", ""), (5.6, "percentage", "=", "")]),
    ("Shares in the company slid 4.8% after the results.", [(4.8, "percentage", "down", "")]),
    ("The tax rate will rise to 45 per cent.", [(45, "percentage", "=", "")]),
    ("The fund paid between 200 and 4 million people.", [([200, 4_000_000], "people", "=", "people")]),
    ("Fares will rise by between 1.2 and 1.5 billion euros.", [([1_200_000_000, 1_500_000_000], "euro", "up", "")]),
    ("Tens of thousands of protesters marched through the capital.",
     [([10_000, 100_000], "protester", "=", "protesters")]),
    ("Dozens of people were injured in the clashes.", [([12, 120], "people", "=", "people")]),
    ("About 1,200 workers lost their jobs at the plant.", [(1200, "worker", "=", "workers")]),
    ("Three hundred and seventy candidates stood for election.", [(370, "candidate", "=", "candidates")]),
    ("Twenty-one MPs rebelled against the government.", [(21, "mp", "=", "MPs")]),
    ("The bill passed by 52 votes to 48.", [(52, "vote", "=", "votes"), (48, "vote", "=", "votes")]),
    ("A 65-year-old man was arrested at the scene.", [(65, "year-old", "=", "man")]),
    ("The talks lasted six weeks.", [(6, "week", "=", "")]),
    ("Two thirds of voters backed the plan.", [(round(2 / 3, 10), "voter", "=", "voters")]),
    # not figures: dates, times, years, phone numbers, ages beside a name, names, ordinals
    ("The minister met the delegation on 14 March 2023 at 10.30am.", []),
    ("The vote took place on Tuesday at 6pm.", []),
    ("Voters can call the helpline on 020 7946 0000 for details.", []),
    ("Readers can call (555) 123-4567 to register.", []),
    ("Jane Smith, 45, is a reporter for the Tribune.", []),
    ("He was elected in 2019 and again in 2024.", []),
    ("The amendment to Article 370 was passed last year.", []),
    ("The FTSE 100 closed higher on Monday.", []),
    ("The Fifth Amendment protects witnesses.", []),
    ("Labour was third in the poll.", []),
    ("No one came to the meeting.", []),
    ("Protesters gathered outside 10 Downing Street.", []),
]


@pytest.mark.parametrize("sentence, expected", TABLE, ids=[s[:40] for s, _ in TABLE])
def test_each_shape_of_figure(nlp, sentence, expected):
    got = extract_numbers(nlp(sentence))
    assert [(n.value, n.unit, n.change, n.counts) for n in got] == expected
    for n in got:
        assert sentence[n.start:n.end] == n.text and n.phrase in sentence and n.sentence == 0


def test_list_markers_and_a_byline_age_are_not_figures(nlp):
    doc = nlp("By Jane Smith, 34\n\n1. The council will vote on Monday.\n\n2) Fares will rise.\n\n"
              "The council has 40 seats.")
    assert [(n.value, n.unit) for n in extract_numbers(doc)] == [(40, "seat")]


def test_a_poll_with_its_shares_and_margin(nlp):
    doc = nlp("A poll of 1,000 voters put Maria Harlow on 46% and Tom Pemberton on 43%. "
              "The survey has a margin of error of plus or minus 3 percentage points.")
    got = [(n.value, n.unit, n.counts, n.poll) for n in extract_numbers(doc)]
    assert got == [(1000, "voter", "voters", None), (46, "percentage", "Maria Harlow", "share"),
                   (43, "percentage", "Tom Pemberton", "share"), (3, "percentage point", "", "margin")]


# AP Stylebook: the gap between two shares must be at least twice the margin of error to be a lead
@pytest.mark.parametrize("first, second, margin, verdict", [
    (46, 43, 3, "about even"),  # 3 points apart, margin 3: within twice the margin
    (48, 43, 3, "about even"),  # 5 < 6
    (49, 43, 3, "lead"),  # 6 = twice the margin: a lead
    (52, 40, 3, "lead"),
    (45, 45, 3, "tied"),
    (48, 43, None, None),  # no margin given: no verdict
    (44.5, 42, 1.5, "about even"),
])
def test_ap_rule_for_a_poll_lead(first, second, margin, verdict):
    assert poll_verdict(first, second, margin) == verdict


def figure(value, unit, kind, phrase, sentence, start, **kw) -> Number:
    text = kw.pop("text", phrase.split()[0])
    return Number(text=text, value=value, unit=unit, kind=kind, phrase=phrase, sentence=sentence, start=start,
                  end=start + len(text), **kw)


def briefing(numbers: list[Number], text: str = "") -> Briefing:
    return Briefing(id="t", slug="2023-03-14-t", title="Town council budget", title_generated=False,
                    date="2023-03-14", source_file="t.txt", text=text, numbers=numbers)


def test_the_block_ranks_money_seats_percentages_people_before_minor_figures():
    b = briefing([
        figure(3, "mile", "measure", "3 miles", 0, 0),
        figure(12, "member", "people", "12 members of staff", 1, 0),
        figure(65, "year-old", "age", "65-year-old mayor", 1, 30),
        figure(4.5, "percentage", "percentage", "rates rose 4.5%", 2, 0, change="up"),
        figure(23, "seat", "votes", "23 seats", 3, 0),
        figure(1, "bridge", "count", "one bridge", 3, 20, text="one"),
        figure(2_000_000, "pound", "money", "£2m", 4, 0),
        figure(40, "seat", "votes", "40 seats", 5, 0),
        figure(6, "week", "time", "six weeks", 5, 20),
    ])
    lines = [line.text for line in by_the_numbers(b)]
    assert lines == ["£2m", "23 seats", "40 seats", "rates rose 4.5%", "12 members of staff"]
    assert len(lines) == MAX_LINES and "65-year-old mayor" not in lines and "one bridge" not in lines


def test_the_same_figure_twice_is_one_line_and_one_figure_is_no_block():
    twice = briefing([figure(5, "election", "count", "five state elections", 0, 10),
                      figure(5, "election", "count", "five state assembly elections", 4, 10)])
    assert by_the_numbers(twice) == []  # one figure, named twice: too few for a block
    two = briefing(twice.numbers + [figure(370, "seat", "votes", "370 seats", 5, 0)])
    assert [line.text for line in by_the_numbers(two)] == ["370 seats", "five state elections"]


STORY = ("date 2023-03-14 A poll for the Riverton Gazette put Maria Harlow on 46% and Tom Pemberton on 43%, "
         "with a margin of error of plus or minus 3 percentage points.\n\n"
         "The council spent $12.4 million on the <b>new</b> bridge and holds 23 of its 40 *seats*.\n\n"
         "Unemployment fell 0.4 per cent to 5.1% last quarter.")


@pytest.fixture(scope="module")
def riverton(nlp, tmp_path_factory):
    from generator.extract import facts_from_doc
    from generator.input.seeds import read_seed

    path = tmp_path_factory.mktemp("riverton") / "riverton.txt"
    path.write_text(STORY, "utf-8")
    seed = read_seed(path)
    return facts_from_doc(nlp(seed.text), seed)


def test_a_poll_is_one_line_read_by_the_ap_rule(riverton):
    lines = [line.text for line in by_the_numbers(riverton)]
    assert lines[0] == "$12.4 million"
    assert "Poll: Maria Harlow 46%, Tom Pemberton 43% (margin of error ±3 points): about even" in lines
    assert "Unemployment fell 0.4 per cent" in lines


def test_the_block_on_the_page_cites_each_source_and_escapes_seed_text(riverton):
    renderer = Renderer(ROOT / "templates")
    b = Briefing.from_json(riverton.to_json())
    seats = next(n for n in b.numbers if n.value == 23)
    seats.phrase = "23 <img src=x onerror=alert(1)> [x](javascript:alert(1)) {: onclick=\"y\" } *seats*"
    page = briefing_page(b, renderer)
    block = page[page.index("## By the numbers"):page.index("</div>", page.index("## By the numbers"))]
    assert "&#36;12.4 million" in block and "Source: sentence 2" in block and "<mark>&#36;12.4 million</mark>" in block
    for raw in ("<img", "](javascript", "{: onclick", "*seats*", "<b>new</b>"):
        assert raw not in block
    assert "&#60;img src=x onerror=alert(1)&#62;" in block
    html = handout_html(b, renderer, b.date)
    assert "By the numbers" in html and "<img src=x" not in html and "&lt;img src=x" in html


def test_a_story_without_figures_has_no_block(nlp):
    from generator.extract import facts_from_doc
    from generator.input.seeds import Seed

    seed = Seed(id="t", path=Path("t.txt"), date=dt.date(2023, 3, 14), title="Mayor resigns",
                paragraphs=["The mayor of Portmere resigned on Monday after a row with the council."])
    b = facts_from_doc(nlp(seed.text), seed)
    assert by_the_numbers(b) == []
    assert "By the numbers" not in briefing_page(b, Renderer(ROOT / "templates"))


def test_cited_pages_publish_the_sentences_of_the_figures_they_show(riverton):
    out = published(riverton, CITED)
    shown = {n.sentence for n in shown_numbers(riverton)}
    assert shown == {0, 1, 2}
    assert all(out.sentences[i].text for i in shown)


def test_json_round_trip_and_an_older_shape_still_reads(riverton):
    assert Briefing.from_json(riverton.to_json()) == riverton
    assert riverton.schema == SCHEMA_VERSION == 2
    old = riverton.to_dict()
    del old["numbers"]
    old["schema"] = 1
    assert Briefing.from_dict(old).numbers == []


def test_corrections_fix_or_drop_a_figure(riverton):
    b = Briefing.from_json(riverton.to_json())
    c = parse_story(b"numbers:\n  - number: \"$12.4 million\"\n    text: \"$12.4m for the new bridge\"\n"
                    b"  - number: \"23\"\n    drop: true\n  - number: \"999\"\n    drop: true\n"
                    b"  - number: \"40\"\n    colour: red\n", "riverton.corrections.yml")
    apply_story(b, c)
    money = next(n for n in b.numbers if n.value == 12_400_000)
    assert (money.phrase, money.corrected, money.original) == ("$12.4m for the new bridge", True, "$12.4 million")
    assert not any(n.value == 23 for n in b.numbers)
    assert "figure 23 of its 40 *seats (dropped by an editor)" in b.removed
    assert c.problems.items == [
        "riverton.corrections.yml, line 6, key 'numbers[3].number': no figure '999' in this story any more",
        "riverton.corrections.yml, line 8, key 'numbers[4]': says nothing to do: give text or drop: true",
        "riverton.corrections.yml, line 9, key 'numbers[4].colour': is not a correction this file knows (known: number, text, drop)"]
    lines = {line.text: line for line in by_the_numbers(b)}
    assert lines["$12.4m for the new bridge"].corrected
    page = briefing_page(b, Renderer(ROOT / "templates"))
    assert "&#36;12.4m for the new bridge *corrected; the extractor had: &#36;12.4 million*" in page


def test_a_figure_named_for_two_different_numbers_is_ambiguous():
    b = briefing([figure(5, "election", "count", "five elections", 0, 0, text="five"),
                  figure(5, "person", "people", "five people", 1, 0, text="five")])
    c = parse_story(b"numbers:\n  - number: five\n    drop: true\n", "t.corrections.yml")
    apply_story(b, c)
    assert len(b.numbers) == 2 and "2 different figures match 'five'" in c.problems.items[0]


def test_init_lists_the_figures_and_round_trips(riverton):
    text = template(riverton)
    assert "#   - number: \"$12.4 million\"" in text and "#     # text: \"Unemployment fell 0.4 per cent\"" in text
    c = parse_story(text.encode("utf-8"), "riverton.corrections.yml")
    assert c.problems.items == [] and c.numbers == []
