"""Generated headlines, third round (issue 13): which statement of the lede a headline tells, a long
phrase cut to its core, a person described before the name. Invented stories, real model."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.input.seeds import parse_seed

from .conftest import generated_headline as headline


CASES = [
    # an anecdotal opening yields to the statement the story keeps coming back to
    ("Maria Ortiz sat on her porch and watched the rain fall on Eastfield. The county council voted on Tuesday "
     "to close the Eastfield library. The library closure will save the council $2 million a year. Residents said "
     "they would fight the closure of the library, and the council will vote again in May.",
     "County council votes to close Eastfield library"),
    # ... keeping its negation and its modal
    ("Rain fell all night on the empty depot. The city will not raise bus fares this year, the transit board ruled "
     "on Monday. The board said the bus network needed repairs first, and bus drivers backed the city's bus plan.",
     "City will not raise bus fares"),
    # a lede that states the news stays the headline
    ("Governor Tom Bright signed the water bill into law on Wednesday. Critics said the bill was too weak. "
     "The bill sets new limits on water use.",
     "Tom Bright signs water bill into law"),
    # a purpose too long to take whole gives its core: the verb and what it acts on, not the relative clause
    ("Mayor Elena Marsh took to the steps of City Hall on Wednesday to criticise the governor's plan for the port, "
     "which the dock unions have fought for years.",
     "Elena Marsh takes to steps of City Hall to criticise governor's plan"),
    # "on" before a date is its preposition, not the verb's particle; "out" stays the verb's
    ("Mayor Elena Marsh turned on Sunday to the housing crisis in the north of the city.",
     "Elena Marsh turns to housing crisis in north of city"),
    ("Mayor Elena Marsh set out on Monday to win back the voters of the north.",
     "Elena Marsh sets out to win back voters of north"),
    # a number above one counts many, a sum of money is one
    ("Two of the best-known councillors in Dunmore clashed on Monday over the new parking rules.",
     "Two of best-known councillors clash over new parking rules"),
    ("More than $40 million was spent on the new bridge over the Carrow river, the audit office said.",
     "More than $40 million is spent on new bridge over Carrow river"),
    # a person described before the name is the named person, as subject (one person: "responds") or object;
    # the noun's "that" clause follows it
    ("GOP contender and former surgeon Ben Carver responded on Sunday to accusations that he exaggerated his record.",
     "Ben Carver responds to accusations he exaggerated his record"),
    # what a noun holds ("claims that ...") completes it, without the "that" and in the story's tense
    ("Mayor Elena Marsh rejected claims that she misled the council over the port contract.",
     "Elena Marsh rejects claims she misled council"),
    ("On Tuesday, radio host Dan Pryor interviewed presidential candidate and proud progressive Alma Reyes.",
     "Dan Pryor interviews Alma Reyes"),
]


@pytest.mark.parametrize("text, wanted", CASES, ids=[w for _, w in CASES])
def test_a_headline_tells_the_news_in_a_sentence_a_desk_would_print(nlp, text, wanted):
    # the exact headline: its subject and finite verb are as written here (the model, reading a
    # headline alone, takes "votes" and "interviews" for nouns)
    assert headline(nlp, text) == wanted


@pytest.mark.parametrize("text", [
    "The county council voted on Tuesday to hire a consultant, who will study the library's accounts, the roads, "
    "the parks and the harbour before the budget is written.",
    "The senator's poll numbers rose sharply in March to put him ahead of the governor in the race for the "
    "party's nomination, which will be decided in June.",
])
def test_a_phrase_is_never_cut_to_a_verb_without_its_object(nlp, text):
    head = headline(nlp, text)
    assert not head.endswith((" to help", " to put", " him", " it", " to")), head


@pytest.mark.parametrize("text, negated", [
    # the parser hangs a curly "n't" on the auxiliary: the headline must not say the deal did work
    ("In her new memoir, Senator Ana Ruiz admits the 2019 port deal \u201cdidn\u2019t work,\u201d and the harbour has "
     "lost trade. The port deal cost the city $40 million, the audit office said.", "work"),
    # "Not one, but two ...": "One would beat the Alliance" says the opposite
    ("Not one, but two opposition parties would beat the governing Alliance, according to a new poll of voters in "
     "Dunmore. The poll shows the Alliance losing seats in every district.", "beat"),
])
def test_a_headline_never_keeps_a_negated_word_without_its_negation(nlp, text, negated):
    words = headline(nlp, text).lower().split()
    assert negated not in words or {"not", "never", "no"} & set(words), words


@pytest.mark.parametrize("first, is_headline", [
    ("TRENTON, N.J. (AP) \u2014 Was that really the governor on the stage last night?", False),
    ("LOS ANGELES \u2014 Who will pay for the new stadium?", False),
    ("NEW YORK (Reuters) - Is the strike over?", False),
    ("US - China talks collapse", True),
    ("NATO \u2013 Russia talks fail", True),
    ("Is this the end for the coalition?", True),
])
def test_a_first_paragraph_opening_with_a_dateline_is_the_lede_not_a_headline(first, is_headline):
    seed = parse_seed(f" date 2023-03-14 {first}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=dt.date(2023, 3, 14))
    assert (seed.title == first) is is_headline
    assert seed.title is None or seed.title == first
