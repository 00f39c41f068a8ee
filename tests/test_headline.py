"""Generated headlines (`extract/headline.py`): the statement that says most about the story, as a
sentence a desk would print (subject, finite verb, what happened), never a fragment, its negation
and modal kept, a claim with its source. Invented stories, the real model; every headline is also
read by the audit of `bench/headline_audit.py`."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import facts_from_doc
from generator.input.seeds import Seed

from .conftest import TUESDAY, generated_headline as headline, load_script, parsed, story

audit = load_script(Path(__file__).resolve().parent.parent / "bench" / "headline_audit.py")


@pytest.mark.parametrize(
    "lede, start",
    [
        ("Washington (AFP) - Senator Ruth Amadi on Monday called for an inquiry into the port contract.",
         "Ruth Amadi calls for inquiry"),
        ("DES MOINES, Iowa, Aug. 10 (UPI) -- Governor Tom Bright signed the water bill into law on Wednesday.",
         "Tom Bright signs water bill"),
        ("Mayor Elena Marsh is joining the governor in calling for a special prosecutor.",
         "Elena Marsh joins governor in calling for special prosecutor"),
    ],
)
def test_a_headline_skips_a_wires_dateline_and_tells_an_ongoing_act_in_the_present(nlp, lede, start):
    b = story(nlp, lede)
    assert b.title_generated
    assert b.title.startswith(start), b.title
    assert 6 <= len(b.title.split()) <= 14, b.title


def test_a_headline_takes_the_phrase_that_completes_the_act_not_its_time(nlp):
    b = story(nlp, "Mayor Elena Marsh on Tuesday asked the state for emergency funds to repair the flooded subway.")
    assert b.title.startswith("Elena Marsh asks state for emergency funds"), b.title
    assert "Tuesday" not in b.title


@pytest.mark.parametrize(
    "lede, wanted",
    [
        ("Extreme carelessness isn\u2019t criminal, at least when it comes to handling classified papers.", "is not criminal"),
        ("Governor Tom Bright isn't seeking re-election, his office said on Sunday.", "is not seeking re-election"),
    ],
)
def test_a_curly_negation_and_a_hyphenated_word_stay_whole(nlp, lede, wanted):
    assert wanted in story(nlp, lede).title


@pytest.mark.parametrize(
    "lede, start",
    [
        ("The New York Post reports that the mayor's team avoided taking her to the hospital.", "New York Post says"),
        ("Governor Tom Bright said the state should be taking stronger measures against flooding.",
         "Tom Bright says state should take stronger measures"),
        ("Governor Tom Bright on Friday announced that he had signed an order restoring voting rights to felons.",
         "Tom Bright signs order"),
    ],
)
def test_a_whole_name_a_modal_with_its_verb_and_an_announced_act(nlp, lede, start):
    assert story(nlp, lede).title.startswith(start)


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
    b = story(nlp, lede + "\n\nMore details were expected later in the day.")
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
    assert wanted in story(nlp, lede).title


def test_a_named_speaker_headline_says_what_was_said(nlp):
    head = story(nlp, "Senator Paul Okonjo says the new border bill will fail without money for more judges.").title
    assert head.startswith("Paul Okonjo says")
    assert "bill will fail" in head


CASES = [
    # an anecdotal opening yields to the statement the story keeps coming back to
    ("Maria Ortiz sat on her porch and watched the rain fall on Eastfield. The county council voted on Tuesday "
     "to close the Eastfield library. The library closure will save the council $2 million a year. Residents said "
     "they would fight the closure of the library, and the council will vote again in May.",
     "County council votes to close Eastfield library"),
    # ... keeping its negation and its modal, and the time the negation holds for
    ("Rain fell all night on the empty depot. The city will not raise bus fares this year, the transit board ruled "
     "on Monday. The board said the bus network needed repairs first, and bus drivers backed the city's bus plan.",
     "City will not raise bus fares this year"),
    # a lede that states the news stays the headline
    ("Governor Tom Bright signed the water bill into law on Wednesday. Critics said the bill was too weak. "
     "The bill sets new limits on water use.",
     "Tom Bright signs water bill into law"),
    # a purpose too long to take whole gives its core: the verb and what it acts on, not the relative clause
    # (a possessive's "'s" is no word of its own: "governor's plan for port" fits in 14)
    ("Mayor Elena Marsh took to the steps of City Hall on Wednesday to criticise the governor's plan for the port, "
     "which the dock unions have fought for years.",
     "Elena Marsh takes to steps of City Hall to criticise governor's plan for port"),
    # "on" before a date is its preposition, not the verb's particle; "out" stays the verb's
    ("Mayor Elena Marsh turned on Sunday to the housing crisis in the north of the city.",
     "Elena Marsh turns to housing crisis in north of city"),
    ("Mayor Elena Marsh set out on Monday to win back the voters of the north.",
     "Elena Marsh sets out to win back voters of north"),
    # a number above one counts many, a sum of money is one
    ("Two of the best-known councillors in Dunmore clashed on Monday over the new parking rules.",
     "Two of the best-known councillors clash over new parking rules"),
    ("More than $40 million was spent on the new bridge over the Carrow river, the audit office said.",
     "More than $40 million is spent on new bridge over Carrow river"),
    # a person described before the name is the named person, as subject (one person: "responds") or object;
    # the noun's "that" clause follows it
    ("GOP contender and former surgeon Ben Carver responded on Sunday to accusations that he exaggerated his record.",
     "Ben Carver responds to accusations he exaggerated his record"),
    # what a noun holds ("claims that ...") completes it, without the "that" and in the story's tense
    ("Mayor Elena Marsh rejected claims that she misled the council over the port contract.",
     "Elena Marsh rejects claims she misled council over port contract"),  # (its topic phrase too)
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


FRAGMENTS = [
    # a time the parser took for the object is not what was promised ("promises Monday") or tried
    ("Governor Ana Ruiz promised Monday to cut property taxes in her first year in office.",
     "Ana Ruiz promises to cut property taxes"),
    ("Ferry owner Tom Brandt tried a second time Thursday to sell the old Carrow ferry, but the auction site "
     "pulled the listing.",
     "Tom Brandt tries to sell old Carrow ferry"),
    # an adjective that needs completing keeps what completes it ("says he is prepared" says nothing), and
    # a condition on what is said keeps it when there is room
    ("Mayor Elena Marsh says she is prepared for a long fight over the port budget if the council does not act.",
     "Elena Marsh says she is prepared for long fight if council does not act"),
    # of two subjects the parser gave the verb, the named one; a description with an apposition too
    ("Former harbour master and independent candidate Tom Reyes is calling for the council to close the north pier.",
     "Tom Reyes calls for council to close north pier"),
    ("Real estate developer and television host Carla Benn on Sunday posted a chart of false crime figures.",
     "Carla Benn posts chart of false crime figures"),
    # what a reporter was told is the news, with both objects of "cost"
    ("Senator Ana Ruiz told reporters that the port deal would cost the city $40 million.",
     "Ana Ruiz says port deal would cost city $40 million"),
    # a phrase that ends on "some" names no one: the headline stops before it
    ("The port deal drew criticism from unions and others across the region who have fought the plan for years, "
     "including some who said it would cost jobs.",
     "Port deal draws criticism from unions across region"),
    # the person the text names, not another the story names with the same surname
    ("Builder Carlos Ruiz painted a dark picture of the housing market on Tuesday. His sister Ana Ruiz, a "
     "councillor, said the city needed more homes. Ana Ruiz has led the housing committee since 2019, and Ana Ruiz "
     "wants a vote.",
     "Carlos Ruiz paints dark picture of housing market"),
    # the reporter's "here" is nowhere to a reader of the headline
    ("LOS ANGELES \u2014 Actress Rosa Diaz took the stage at a rally for Senator Ana Ruiz here in late June, a night "
     "of music and speeches.",
     "Actress Rosa Diaz takes stage at rally for Senator Ana Ruiz"),
    # a speaker's own "I guess we'll ..." is quoted, never told as the headline's own: the next statement
    ("Mayor Elena Marsh said, \u201cI guess we\u2019ll have to go to court over the port.\u201d The council voted on "
     "Monday to sue the port authority.",
     "Council votes to sue port authority"),
    # "said nothing" is whole; "said" with nothing said is not
    ("The harbour board, which met in private for six hours on Tuesday night, said nothing.",
     "Harbour board says nothing"),
    # a "no" that is what is said negates as a "not" does, and stays
    ("Mayor Elena Marsh said on Sunday that she expected that voters will say \u201cno\u201d to the port authority\u2019s "
     "plan.",
     "Elena Marsh says she expects voters will say no to port authority\u2019s plan"),
    # a question is not told as a statement ("Ferry could come back"); an object keeps what it is asked to do
    ("Could the old Carrow ferry be coming back? The harbour board has asked engineers to inspect the hull.",
     "Harbour board asks engineers to inspect hull"),
    # two people of one name are told apart as the text tells them, never made one
    ("Councillor Ana Ruiz said on Monday that Mr. Ruiz would be in charge of her campaign for mayor. Ana Ruiz has led "
     "the harbour committee since 2019, and Ana Ruiz leads the polls for mayor.",
     "Ana Ruiz says Mr. Ruiz would be in charge of her campaign"),
    # no statement makes a headline: the lede's own clause from its subject, never its first 14 words
    ("Now that he is the party\u2019s nominee, Tom Brandt has begun calling out those who doubted him.",
     "Tom Brandt has begun calling out those who doubted him"),
]


@pytest.mark.parametrize("text, wanted", FRAGMENTS, ids=[w for _, w in FRAGMENTS])
def test_a_headline_is_never_a_fragment(nlp, text, wanted):
    head = headline(nlp, text)
    assert head == wanted
    # and the audit, reading the headline alone, finds none of the defects it counts
    found = set(audit.defects(nlp(head))) - {"tense"}  # the model reads "posts", "votes" alone as nouns
    assert not found, (head, found)


def test_a_lede_that_opens_a_quotation_is_cut_at_a_clause_boundary_and_the_quotation_closed(nlp):
    # no rule makes a headline of it: the lede's own words, to a comma, the speaker first
    head = headline(nlp, "Councillor Ana Ruiz said, \u201cWell, this is where the port deal falls apart, where the "
                         "whole plan falls apart.\u201d")
    assert head == "Councillor Ana Ruiz said, \u201cWell, this is where the port deal falls apart\u201d"


@pytest.mark.parametrize("text, kept", [
    # a modal and a negation are never dropped, in the rules and in the last resort alike
    ("Governor Ana Ruiz will not sign the water bill, her office said on Friday.", "will not"),
    ("Builder Tom Brandt told the council that the city would not see a new bridge before 2030.", "would not"),
    ("On Sunday, on Channel 9\u2019s \u201cMorning Hour,\u201d while discussing the port deal, Mayor Elena Marsh said "
     "that the city \u201cwill not be bullied\u201d by the port authority.", "will not"),
])
def test_a_negation_and_a_modal_stay(nlp, text, kept):
    assert kept in headline(nlp, text)


@pytest.mark.parametrize("head, kinds", [
    ("Bernie Sanders promises Monday", {"object"}),
    ("Bernie Sanders says he is prepared", {"object"}),
    ("Actress Rosario Dawson took the stage at a Bernie Sanders rally here in late", {"ending", "tense", "deixis"}),
    ("Donald Trump's assertion draws rebukes from Pentagon across political spectrum including some", {"ending"}),
    ("Trump states I guess we will have to go to war", {"quote"}),
    ("County council votes to close Eastfield library", set()),
])
def test_the_audit_counts_the_defects_of_the_issue(nlp, head, kinds):
    # the examples the issue gives, and one good headline the audit must leave alone
    assert set(audit.defects(nlp(head))) == kinds


@pytest.mark.parametrize("text, wanted", [
    ("Daniel Reyes would not have been hurt if the junction had a stop sign, a road safety expert told the inquest.",
     "Road safety expert says Daniel Reyes would not have been hurt"),
    ("Critics claim the mayor cut the budget to punish the unions.", "Critics say mayor cuts budget"),
    ("The ferry could run again in June, officials said.", "Officials say ferry could run"),
])
def test_a_claim_keeps_its_source_in_the_headline(nlp, text, wanted):
    assert headline(nlp, text).startswith(wanted)


def test_a_modal_perfect_stays_a_perfect(nlp):
    # "would have prevented" says it did not happen; "would prevent" would say it may
    title = headline(nlp, "A stop sign would have prevented the crash on the bypass, "
                                    "the council's road safety officer told the inquest.")
    assert "would have prevented" in title


def test_a_headline_never_cuts_what_was_said_to_its_subject(nlp):
    # too long whole, the said-clause may lose phrases, never its verb ("Chairman says Ana Ruiz")
    title = headline(nlp, "A former party chairman says President Ana Ruiz and the party's congressional "
                                    "leaders should immediately come up with a process to identify a successor "
                                    "candidate for the off-chance a health emergency forces her out.")
    assert not title.endswith("Ana Ruiz")
    assert "should" in title.split(" says ", 1)[-1]


def test_what_a_named_speaker_says_of_another_stays_theirs_in_the_headline(nlp):
    # an opposition leader's charge against the mayor is hers, not the story's fact
    title = headline(nlp, "Mayor Tom Brandt has failed to tackle the unfairness in the parking rules, "
                                    "opposition leader Ana Ruiz has said.")
    assert title.startswith("Ana Ruiz says Tom Brandt fails")


def test_headline_is_actor_and_event_in_the_present_tense(nlp):
    b = story(nlp, "Health Secretary Maria Lopez has announced a new plan to cut hospital waiting lists, "
                   "weeks after the last one was dropped.")
    assert b.title_generated
    assert b.title.startswith("Maria Lopez announces")
    assert "weeks after" not in b.title
    assert len(b.title.split()) <= 12


def test_a_definite_role_description_is_the_person_who_holds_the_role(nlp):
    b = story(nlp, "Campaigner Ruth Okafor launched a petition against the hospital closure on Monday.\n\n"
                   "Health Minister Daniel Reyes said the decision was final.\n\n"
                   "The minister has closed four wards this year. The NHS campaigner has spent ten years "
                   "fighting cuts in the region.")
    by_name = {a.name: a for a in b.who}
    assert "NHS campaigner" in by_name["Ruth Okafor"].roles
    assert by_name["Daniel Reyes"].mentions == 2  # "the minister"
    assert not any(a.name.lower().startswith(("the minister", "minister")) for a in b.who)


def test_headlines_parsed_together_read_as_each_alone_and_give_the_same_facts(nlp):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    from generator.extract import extract, title_docs
    from generator.extract.headline import parse_title

    stories = [("Minister quits over ferry fares row", "Transport minister Ana Reyes resigned on Monday.\n\n"
                "Reyes said the fares were set without her."),
               (None, "Voters in Carlow backed the new bypass by a wide margin, officials said."),
               ("  Strike   at  port\nends ", "Dockers at Port Lemon returned to work after a week.")]
    seeds = [Seed(id=f"s{i}", path=Path(f"s{i}.txt"), date=TUESDAY, title=title, paragraphs=text.split("\n\n"))
             for i, (title, text) in enumerate(stories)]
    together = list(title_docs(seeds))
    assert [d is None for d in together] == [False, True, False]
    columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_TYPE, ENT_IOB]
    for seed, doc in zip(seeds, together):
        alone = parse_title(seed.title)
        if alone is not None:
            assert doc.text == alone.text
            assert (doc.to_array(columns) == alone.to_array(columns)).all()
    assert [b.to_dict() for b in extract(seeds)] == [
        facts_from_doc(nlp(seed.text), seed).to_dict() for seed in seeds]


# issue 27, third round: a headline rebuilt from the lede agrees and joins as the story writes it, and
# keeps what completes its verb or its object
REBUILT = [
    # the verb agrees with its subject as the story's own verb does
    ("A survey for the charity suggests 69% of voters over 55 say they always vote in a general election.",
     "69% of voters"),
    ("The Lib Dems called for transport secretary Ann Lee to make a statement on the leak. A Lib Dem spokesman "
     "said the matter was serious.", "Lib Dems call for Ann Lee to make statement"),
    ("The Supreme Court \u2014 and an array of contentious social issues \u2014 has become a major focus of the "
     "campaign.", "Supreme Court and array of contentious social issues have become"),
    ("A Conservative MP and former minister has defected to Labour, the party said.",
     "Conservative MP and former minister defects to Labour"),
    # sums joined as written, a currency sign whose sum went with its aside left out
    ("Chancellor Ruth Amadi has called on rich nations to fund a \u00a35.5bn ($10bn) plan to fight malaria.",
     "calls on rich nations to fund \u00a35.5bn plan"),
    ("Britain is to give a \u00a34m grant to flood-hit towns in Cumbria, ministers have announced.", "\u00a34m grant"),
    # what the verb says its object is, and the verb's "of" phrase
    ('French president Jean Dupont has called the UK\'s \u00a33bn rebate from the European Union "unjustified".',
     "calls UK's \u00a33bn rebate unjustified"),
    ("Opposition leader Marta Kowalczyk has accused the prime minister of breaking his promise on taxes.",
     "accuses prime minister of breaking his promise"),
    # a noun keeps what it holds; a preposition of two words keeps both; an age its number
    ("Mr Okonjo's closest ally has denied suggestions there will be a tax giveaway in the Budget.",
     "denies suggestions there will be tax giveaway"),
    ("The first attempt to sell the stadium failed due to a catalogue of errors, a report by the auditors says.",
     "fails due to catalogue of errors"),
    ("Former judge Lord Fenwick, who led the inquiry into the riots, has died aged 93.", "dies aged 93"),
    # a word capitalised only to open what was said is no name
    ("People on low incomes should pay less tax, the Lib Dems say.", "Lib Dems say people"),
]


@pytest.mark.parametrize("text, wanted", REBUILT, ids=[w for _, w in REBUILT])
def test_a_rebuilt_headline_agrees_joins_and_keeps_its_complements(nlp, text, wanted):
    head = headline(nlp, text)
    assert wanted in head, head
    assert "$" not in head and " \u00a3 " not in head and "says they" not in head and "say People" not in head


@pytest.mark.parametrize("text, unfinished", [
    ("Former civil service chief Lord Fenwick has criticised the way Ann Lee's government operates, accusing it "
     "of chasing headlines.", "criticises way"),
    ("A former intelligence officer who risked his life for his country is entering the seventh week of a hunger "
     "strike near parliament.", "officer enters"),
    ("Anti-hunt campaigners say the ban will be obeyed.", "campaigners say"),
    # a measure is nothing until its clause sets it, nor does a relative clause end at its subject
    ("Chancellor Dana Okonjo has doubled the level at which house buyers pay stamp duty to £120,000 as she put "
     "the economy at the heart of the campaign.", "doubles level"),
    ("Chancellor Dana Okonjo has doubled the level at which house buyers pay stamp duty to £120,000 as she put "
     "the economy at the heart of the campaign.", "house buyers"),
])
def test_a_headline_never_ends_before_what_completes_its_last_word(nlp, text, unfinished):
    assert not headline(nlp, text).endswith(unfinished)


# Issue 27, fourth round: a plural's possessive, a part's determiner and a pointing noun's clause stay
@pytest.mark.parametrize("lede, wanted", [
    ("The government has rejected its opponents' calls for free long-term care for the elderly, health minister "
     "Tom Lake said on Monday.", "opponents' calls"),
    ("The state has rejected the teachers' demands for a pay rise of 9%, Governor Tom Bright said on Friday.",
     "teachers' demands"),
    ("The Greens are set for their best results in the general election, one of their frontbenchers has predicted.",
     "One of their frontbenchers"),
    ("Former home secretary David Blunt has given fresh clues that the general election will be held in May.",
     "clues that"),
    ("Premier Dana Boyce has dropped a hint that the provincial election will be called for June.", "hint that"),
    # a measure keeps the clause that sets it, to the subordinate clause hung on its verb
    ("Chancellor Dana Okonjo has doubled the level at which house buyers pay stamp duty to £120,000 as she put "
     "the economy at the heart of the campaign.", "level at which house buyers pay stamp duty"),
    ("The chancellor raised the rate at which the top band of tax is paid, Treasury figures show.",
     "rate at which top band of tax is paid"),
    # where a verb moves its object: an adverb right after it, a "to" the parser took for a dative, the phrases
    # of a bare infinitive ("helped send")
    ("Fences along the frontier have only helped push smugglers underground, experts say.",
     "push smugglers underground"),
    ("The Kelvin Bureau illegally helped send Japanese Americans to WWII internment camps.",
     "send Japanese Americans to WWII internment camps"),
    ("The tax could make corporations reconsider moving jobs overseas.", "moving jobs overseas"),
])
def test_a_headline_keeps_the_words_that_make_its_phrase_english(nlp, lede, wanted):
    title = story(nlp, lede).title
    assert wanted in title, title


def test_a_link_to_another_page_is_never_the_headline(nlp):
    b = story(nlp, "How the council spends your money In graphics\n\n"
                   "Mayor Elena Marsh has vetoed the city budget passed by the council last week.")
    assert "graphics" not in b.title and "graphics" not in (b.what.text if b.what else ""), b.title


def test_an_agent_put_in_front_is_a_possessive_and_said_once(nlp):
    title = story(nlp, "Ministers rejected the offer made by Unison on Monday.").title
    assert title.startswith("Ministers reject Unison's offer") and title.count("Unison") == 1, title


def test_a_headline_is_never_only_a_quotation_s_words(nlp):
    """Someone's words told as fact, their speaker left out: the statement is passed over."""
    from generator.extract.headline import _all_quoted
    sent = list(nlp('As Paul Flinn said: "The whole thing was wrecked by a piece of childishness."').sents)[0]
    assert _all_quoted(sent, "thing is wrecked by piece of childishness".split())
    assert not _all_quoted(sent, "Paul Flinn says thing was wrecked by childishness".split())


def test_a_pronoun_is_the_person_whose_the_sentence_s_subject_is(nlp):
    text = ("Sacked MP Howard Fleet's local Conservative association has insisted he will not be its candidate at "
            "the election.\n\nParty agent Russell Tangye said the matter was closed. Mr Tangye said members had voted.")
    title = story(nlp, text).title
    assert "Fleet will not be" in title and "Tangye will" not in title, title


def test_a_clause_s_that_goes_before_the_clause_does(nlp):
    title = story(nlp, "The Tories say ministers must respond in Parliament to claims that the legal advice was "
                       "drawn up in a hurry.").title
    assert title.endswith("legal advice was drawn up") or "claims legal advice" in title, title


@pytest.mark.parametrize("text, name", [
    ("Robert Ashby-Vane has quit the Reform Alliance to form a new party, he said on Monday.", "Ashby-Vane"),
    ("Mr Ashby-Vane has quit the Reform Alliance to form a new party. Robert Ashby Vane said the party had "
     "lost its way.", "Ashby-Vane"),
    ("Sunita Rao-Menon has resigned as chief minister after the coalition collapsed.", "Rao-Menon"),
])
def test_a_hyphenated_surname_is_one_word_in_a_headline(nlp, text, name):
    title = headline(nlp, text)
    assert name in title and not title.startswith(name.split("-")[-1]), title


# seventh round: a headline is a clause with a finite verb and its complements whole
@pytest.mark.parametrize("text, wanted", [
    # UK: an adjective's phrase completes it
    ("Most first-time voters are interested in local politics, holding strong views on housing and transport.",
     "Most first-time voters are interested in local politics"),
    # the sum the parser hung on a particle ("up to £410,000"; a guard: this parse kept it before)
    ("The register shows former minister Clara Fenwick earning up to £410,000 on top of her salary, much of it "
     "from speeches.", "Register shows Clara Fenwick earns up to £410,000 on top of her salary"),
    # what was told, which the parser hung on the noun of the report
    ("Jean Dubois has dismissed reports he told Marc Lavoie he would quit before the next federal election.",
     "Jean Dubois dismisses reports he told Marc Lavoie he would quit"),
    # an adverb of how often stays
    ("A poll for the charity finds 72% of pensioners say they always vote in local elections.",
     "Poll finds 72% of pensioners say they always vote in local elections"),
    # a sum as the verb's measure
    ("The Conservatives' campaign cost £3.1m, Plaid Cymru's £240,000 and the SNP's £610,000, according to figures "
     "published by the Electoral Commission.", "Conservatives' campaign costs £3.1m"),
    # an object's complement: "take X for granted"
    ("Political parties cannot afford to take older voters for granted in the coming election, says a charity.",
     "Charity says political parties cannot afford to take older voters for granted"),
])
def test_a_headline_keeps_its_complements_whole(nlp, text, wanted):
    assert headline(nlp, text) == wanted


def test_a_headline_never_moves_a_phrase_onto_another_word(nlp):
    # Indian: "to the state's land records" is reform's (the parser hung it on the verb): never "raise pressure to"
    title = headline(nlp, "A group of MLAs has tried to raise the pressure on the chief minister over reform to the "
                          "state's land records by publishing a draft bill.")
    # (what the pressure is over may follow, as the infinitive's own phrase: "... on chief minister over reform")
    assert title in ("Group of MLAs tries to raise pressure on chief minister",
                     "Group of MLAs tries to raise pressure on chief minister over reform"), title


@pytest.mark.parametrize("text, never", [
    # UK: "that challenge" points at what only the story says
    ("Fell's constituency party deselected him as a result of that challenge. Sir Anthony Fell, the Tory "
     "backbencher who challenged the prime minister in 1989, has died aged 84.", "that challenge"),
    # "them" with no referent in the headline (a guard: another statement won before as well)
    ("The two main parties signal the intention of making them central to their campaigns. Voters in the suburbs "
     "rank housing costs and crime as their top concerns in a new poll by the Angus Reid Institute.", "them"),
])
def test_a_headline_never_points_at_what_it_does_not_name(nlp, text, never):
    title = headline(nlp, text)
    assert never not in title.split() and never not in title, title


@pytest.mark.parametrize("text, claim", [
    # US: a plain "if" stays, or the statement is not the headline
    ("The old rail tunnel under the river between the two halves of the city would close for a year if engineers "
     "find cracks in the main arch, the transport authority said. Commuters were warned of delays.", "would close"),
    # Indian
    ("Air India's planned new route between Kochi and Toronto will be dropped if passenger numbers stay low "
     "through the winter, the airline said. The route opened in June.", "will be dropped"),
])
def test_a_headline_with_no_room_for_a_condition_passes_over_the_statement(nlp, text, claim):
    title = headline(nlp, text)
    assert " if " in title or claim not in title, title


# ninth round: a headline is a clause with its verb's complements whole, its words in the story's order,
# a capital only where a name has one (UK, US, Canadian, Indian house styles)
@pytest.mark.parametrize("text, wanted", [
    # a time is what a verb names when an "as" phrase says what it is made
    ("Prime Minister Ann Cole is likely to name 6 June as polling day when MPs return from their summer break.",
     "name 6 June as polling day"),
    ("Governor Ray Lott is expected to set Friday as the deadline for a budget deal with state lawmakers.",
     "set Friday as deadline"),
])
def test_a_time_named_as_something_is_the_verbs_object(nlp, text, wanted):
    title = headline(nlp, text)
    assert wanted in title, title


@pytest.mark.parametrize("text, lowered", [
    ("Eight out of 10 teachers do not expect a pay rise this year, a new survey for the union suggests.", "eight"),
    ("Nine in 10 Albertans want a provincial pension plan, a new poll for the Calgary Herald suggests.", "nine"),
    ("Six out of 10 voters in Kerala do not trust exit polls, a new survey by a Kochi think tank suggests.", "six"),
])
def test_a_word_capitalised_only_to_open_its_sentence_is_lower_case_mid_headline(nlp, text, lowered):
    title = headline(nlp, text)
    assert f" {lowered} " in title and f" {lowered.capitalize()} " not in title, title


@pytest.mark.parametrize("text, never", [
    ("Senator Ruth Amadi had already broken away from her prepared text to attack the governor's record on schools.",
     "breaks already"),
    ("The chief minister has already handed over the files on the land deal to the state police.", "hands already"),
])
def test_an_adverb_stands_before_the_verb_and_its_particle(nlp, text, never):
    title = headline(nlp, text)
    assert never not in title, title


@pytest.mark.parametrize("text, never", [
    # a clause opened by "after" is a time, never what a noun holds
    ("The premier's spokesman set out Ms Ward's view after the archbishop of Toronto backed the opposition's stance "
     "on the bill.", "view backs"),
    ("The prime minister's spokesman set out Mr Kumar's position after the chief minister of Kerala backed the "
     "opposition's stance on the dam.", "position backs"),
])
def test_two_clauses_never_run_together(nlp, text, never):
    title = headline(nlp, text)
    assert never not in title and title.endswith(never.split()[0]), title


# tenth round: a headline keeps what its words mean nothing without (UK, US, Canadian, Indian styles)
@pytest.mark.parametrize("text, kept", [
    # a phrasal verb keeps its particle, the parser's adverb on it too
    ("Each side's bid to have the last word means the fight over the pipeline drags on.", "fight over pipeline drags on"),
    ("The premier's decision to call an early vote will be looked back on as a gamble that failed.",
     "will be looked back on as gamble"),
    ("The judge said the girl had been looked after by her grandmother since 2019.", "looked after by"),
    # the noun a verb says its subject is: its "of" phrase's noun keeps its own "of" (the failure is nothing
    # until whose)
    ("The chief minister's address was a stinging indictment of the failure of district officials in Bihar.",
     "indictment of failure of district officials"),
    ("The inspector general's report is a damning indictment of the failure of federal agencies to protect tribal "
     "lands.", "indictment of failure of federal agencies"),
    # a passive's "by" where the participle means little without it
    ("The finance minister seems haunted by the collapse of the pension fund in Alberta.", "haunted by collapse"),
])
def test_a_headline_keeps_a_particle_an_of_phrase_and_an_agent(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title, title


@pytest.mark.parametrize("text, wrong, right", [
    # a noun's phrase that stood before its clause never moves after the clause, onto another phrase
    ("The opposition leader dismissed fears from some backbenchers that his plans for £3bn of tax cuts were too "
     "modest.", "too modest from some backbenchers", "fears that his plans were too modest"),
    ("The premier brushed aside concerns among rural MPs that the carbon tax rebate was too small.",
     "too small among rural MPs", "concerns that carbon tax rebate was too small"),
])
def test_a_modifier_is_never_moved_onto_another_phrase(nlp, text, wrong, right):
    title = headline(nlp, text)
    assert wrong not in title and right in title, title


def test_a_preposition_before_its_clause_s_subject_is_no_particle(nlp):
    # guard: "for" opens "for Peter Hain to make a statement", its own clause
    title = headline(nlp, "The Liberal Democrats have called for Peter Hain to make a statement to MPs on the leaked memo.")
    assert "call for Peter Hain to make statement" in title and "for for" not in title, title


@pytest.mark.parametrize("text, kept", [
    # a career the story tells in the perfect is not put in the present, which would say it holds now
    ("Anita Rao has served as a consultant to three state governments in the south.", "has served as consultant"),
    ("Tom Reyes has worked as a pollster for any number of Republican senators.", "has worked as pollster"),
])
def test_a_past_career_stays_in_the_perfect(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title, title


@pytest.mark.parametrize("text, kept", [
    # a verb whose clause after the person told carries the news keeps it: "promises teachers" says nothing
    ("Governor Lisa Hart promised striking teachers she would restore their pension payments before the summer.",
     "she would restore"),
    ("The chancellor assured nervous backbenchers the deficit would be closed within four years.",
     "deficit would be closed"),
    # the pair a verb acts on stays a pair
    ("Republican senators have sharply criticised Governor Ann Cole and Mayor Ray Diaz over the stalled bridge project.",
     "criticise Ann Cole and Ray Diaz"),
    ("Opposition MLAs in Lucknow angrily condemned Akhil Verma and Sunita Rao amid fresh reports of a feud.",
     "condemn Akhil Verma and Sunita Rao"),
    # a particle's place is what the verb means, and an idiom keeps its intensifier
    ("The two party leaders are desperately trying to push the dispute over pipelines back into the courts.",
     "back into courts"),
    ("The mayor and the police chief of Winnipeg are said to have declared all out war on each other.",
     "declared all out war"),
    # a plural name's figures are its own: never "Liberals figures"
    ("Hospital waiting lists in Nova Scotia have grown sharply, figures compiled by the Liberals suggest.",
     "Liberals' figures say"),
])
def test_a_headline_keeps_what_its_words_mean_nothing_without(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title, title


@pytest.mark.parametrize("text, never", [
    # a comparison without its other term: more likely than whom?
    ("Students from rural districts are four times more likely to leave school early than those from the cities, a "
     "report by the education ministry says. The ministry said more students finished high school last year.",
     "more likely to leave school"),
    ("Girls in Kerala are far more likely to finish secondary school than boys in Bihar, a survey says. The survey "
     "was carried out by a Delhi research group in 2,000 villages.", "more likely to finish"),
    # a noun made definite by what follows it, without it: the best chance for whom?
    ("A provincial election is the best opportunity most small charities get to press their case with cabinet "
     "ministers. Here is how four of them plan to be heard before the May vote.", "is best opportunity"),
    ("The views expressed by backbenchers and peers at the meeting clearly demonstrated the anger felt across the "
     "party. The prime minister had called the meeting for Monday.", "Views demonstrate"),
    ("The anger voiced by farmers and traders over the new levy clearly showed the depth of feeling across the "
     "state. The chief minister has called a meeting of farm unions for Friday.", "Anger shows"),
])
def test_a_headline_never_ends_before_what_its_words_need(nlp, text, never):
    title = headline(nlp, text)
    assert never not in title, title


@pytest.mark.parametrize("text, source", [
    # a claim whose source comes last keeps its source in the headline, as What keeps it
    ("Tony Okafor promised his deputy he would stand down before the next election, a new book about the deputy claims.",
     "book claims"),
    ("The premier promised her finance minister she would retire within a year, a new memoir by a former aide claims.",
     "memoir claims"),
])
def test_a_claim_told_last_keeps_its_source_in_the_headline(nlp, text, source):
    title = headline(nlp, text)
    assert source in title.lower(), title


@pytest.mark.parametrize("text, kept", [
    # guards: an expectation is no term of a comparison, and a noun with a word of its own that says which
    # needs no clause
    ("More jobs than expected were created in Ontario last month, figures from Statistics Canada show.",
     "more jobs"),
    ("Archbishop Ana Lima has called for the release of the remaining detainees held without charge in the capital.",
     "release of remaining detainees"),
])
def test_a_headline_may_leave_out_what_its_words_do_not_need(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title.lower(), title


@pytest.mark.parametrize("text, kept", [
    # a standing won in the past is told in the perfect, never as if it were being won now
    ("Rahul Mehta made his name as a fearless crime reporter in Mumbai before entering politics.", "has made his name"),
    ("Councillor Joan Pike built her reputation as a plain-speaking farmer from Manitoba.", "has built her reputation"),
])
def test_a_past_standing_stays_in_the_perfect(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title, title


@pytest.mark.parametrize(
    "lede, name",
    [
        ("Ministers will publish the files under the Freedom of Information Act next month, the Cabinet Office said.",
         "Freedom of Information Act"),
        ("The Trade and Industry Secretary said the plans should be prominent in Labour's manifesto.",
         "Trade and Industry Secretary"),
        ("A Chamber of Commerce survey found that exporters expect slower growth this year.",
         "Chamber of Commerce"),
        ("The Bank of England governor warned MPs that household debt was rising fast.", "Bank of England"),
        ("The All Party Parliamentary Group on Betting and Gaming has called for tighter rules on online bets.",
         "Group on Betting and Gaming"),
        ("The Reserve Bank of India governor told lenders in Mumbai that rates would stay on hold until March.",
         "Reserve Bank of India"),
        ("The International Federation of Professional and Technical Engineers sent a dozen questions to the "
         "candidates on Monday.", "International Federation of Professional and Technical Engineers"),
    ],
)
def test_a_proper_name_goes_whole_into_a_headline(nlp, lede, name):
    # "Freedom Information Act", "Bank England governor", "Group calls": a name without its joining
    # word or its "of"/"on" part names nothing, or something else
    b = story(nlp, lede)
    assert b.title_generated
    assert name in b.title, b.title


def test_two_names_joined_stay_two_in_a_headline(nlp):
    # "and" between two whole names joins no name: the headline may take either alone
    b = story(nlp, "Britain and France signed a defence pact in Paris on Tuesday, officials said.")
    assert b.title_generated
    assert "Britain and France" in b.title or "France" not in b.title, b.title


@pytest.mark.parametrize(
    "lede, ends",
    [
        ("The Liberal Democrats are promising to raise the stamp duty threshold if they win power, in a bid to "
         "court first-time buyers.", "threshold"),
        ("The opposition leader has denied his front bench was split over its decision to back the identity card "
         "plans.", "plans"),  # (since the defining complement's room: the phrase goes whole where it fits)
        ("Premier Dana Wells has ordered a report on the decision to let a violent patient leave the hospital "
         "unguarded.", "unguarded"),
    ],
)
def test_a_headline_goes_without_a_phrase_whose_noun_says_nothing_alone(nlp, lede, ends):
    # "... in bid", "... split over decision": a noun whose infinitive says what it is, with no room for
    # it, goes with its phrase; a phrase goes whole or stays whole
    title = headline(nlp, lede)
    assert title.split()[-1] == ends, title


@pytest.mark.parametrize(
    "lede, kept",
    [
        ("The Police Federation says it opposes giving community support officers the power to detain suspects.",
         "power to detain"),
        ("The Police Federation has said it strongly opposes giving Community Support Officers (CSOs) the power "
         "to detain suspects for up to 30 minutes.", "power to detain"),
        ("The state government has refused to give flood-hit farmers in Assam the compensation they were promised.",
         "compensation"),
    ],
)
def test_a_headline_never_ends_on_the_first_of_two_objects(nlp, lede, kept):
    # "opposes giving community support officers": giving them what is the news
    title = headline(nlp, lede)
    assert kept in title, title


def test_a_warning_named_last_heads_its_headline(nlp):
    # ", a committee of MPs and peers has warned": the parser's second verb is the source's
    title = headline(nlp, 'Deaths in police custody have reached "shocking" levels, a committee of MPs and peers '
                          'has warned.')
    assert title.startswith("Committee of MPs") and " warns " in title, title


@pytest.mark.parametrize("text, kept, never", [
    # "used to" + infinitive is a past habit; it has no present ("uses to skip")
    ("Senator Ruth Amadi has admitted she used to skip lectures at university.", "used to skip lectures", "uses to"),
    ("The mayor used to fund the hall from her own pocket, her office said.", "used to fund hall", "uses to"),
    # a past progressive tells a change under way when it was said: still going on, never done ("loses")
    ("Maria Lane said the council was losing control over who was allowed to build on the green belt.",
     "council is losing control", "council loses"),
    ("Police were investigating a burglary at the town hall on Monday night.", "Police are investigating burglary",
     "Police investigate"),
])
def test_a_headline_keeps_a_past_habit_and_a_change_under_way(nlp, text, kept, never):
    title = headline(nlp, text)
    assert kept in title and never not in title, title


def test_a_headline_keeps_the_and_that_joins_a_subject_s_modifiers(nlp):
    # "the energy and transport minister" is one minister of two portfolios, never an "energy transport minister"
    title = headline(nlp, "The energy and transport minister said trains should run later on weekends.")
    assert title.startswith("Energy and transport minister says"), title


@pytest.mark.parametrize("text, kept", [
    # a gerund after a preposition keeps what it acts on: "from demonising" alone says nothing of whom
    ('The BBC should steer away from "demonising" ex-council media chief Ruth Amadi, Omar Lane has said.',
     "from demonising Ruth Amadi"),
    ('The board should steer away from "punishing" the striking nurses, Omar Lane has said.',
     "from punishing striking nurses"),
    ("The ministry must stop from charging pensioners for parking, the watchdog warned.",
     "from charging pensioners"),
    ("Union leader Maria Lane warned against blaming nurses for the delays.", "against blaming nurses"),
])
def test_a_gerund_keeps_what_it_acts_on(nlp, text, kept):
    title = headline(nlp, text)
    assert kept in title, title


@pytest.mark.parametrize("text, kept", [
    # a claim made now about the past keeps its past: no reported speech's shift of tense to undo
    ("A Green councillor believes the police were involved in some break-ins blamed on animal rights activists.",
     "police were involved"),
    ("The opposition leader insists the ballot was rigged by officials in three northern districts.", "ballot was rigged"),
    ("A Tory councillor believes the police were not told about the break-ins at the depot.", "police were not told"),
])
def test_a_claim_in_the_present_about_the_past_keeps_the_past(nlp, text, kept):
    assert kept in headline(nlp, text)


@pytest.mark.parametrize("text", [
    # a sum's scale written on to it, which the tokenizer cut off, goes with it: "£250" is not "£250m"
    "The Harbour Club2Sea policy would provide up to £250m yearly for local sailing clubs to deliver after-school sailing.",
])
def test_a_sum_keeps_the_scale_written_on_to_it(nlp, text):
    b = story(nlp, text)
    assert "£250m" in b.title, b.title
    assert b.what.text.endswith("£250m"), b.what.text


@pytest.mark.parametrize("text, kept", [
    # "have" + object + participle: what was done to the object is the news, wherever the parser hung it
    ("The Ramblers Association had its latest legal bid to block the new fence thwarted on Tuesday when the High "
     "Court ruled the order was lawful.", "bid to block new fence thwarted"),
    ("The harbour union had its pay claim rejected by the board on Monday.", "pay claim rejected by board"),
])
def test_had_its_bid_thwarted_keeps_what_was_done(nlp, text, kept):
    b = story(nlp, text)
    assert kept in b.title, b.title
    assert kept.split()[-1] in b.what.text, b.what.text


@pytest.mark.parametrize("text, kept", [
    # a list of three or more keeps its commas, one "and" before its last: "Catholic Hindu" reads as one kind
    ('Ms Hale said Catholic, Hindu and Quaker schools must be "tolerant of dissent".', "Catholic, Hindu and Quaker schools"),
    ("The small, noisy and crowded cafes must close early, the council said.", "small, noisy and crowded cafes"),
])
def test_a_list_of_three_keeps_its_commas(nlp, text, kept):
    assert kept in headline(nlp, text)


@pytest.mark.parametrize("lede, wanted", [
    # a noun whose phrase says which one keeps it: "Call is rejected", "law is enforceable" name nothing
    ("A call for longer opening hours at the library has been rejected by the council.",
     "Call for longer opening hours is rejected by council"),
    ("Plans to allow cruise ships to be permanently moored in the harbour have been branded reckless by the Greens.",
     "Plans to allow cruise ships to be moored are branded reckless by Greens"),
    ("The rule banning dogs on the beach is enforceable, Mayor Ruth Amadi has said.",
     "Ruth Amadi says rule banning dogs on beach is enforceable"),
])
def test_a_subject_keeps_the_phrase_that_says_which_one(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # what a hearing was told is evidence, not its finding: the hearing stays in the headline
    ('Three Green councillors in Leeds were caught running a "ballot factory", a planning tribunal has heard.',
     "Planning tribunal hears three Green councillors are caught running ballot factory"),
])
def test_what_a_hearing_heard_stays_with_the_hearing(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # an infinitive's object is completed by what the infinitive is for or of: the parser hangs the phrase
    # on the infinitive's verb, and a headline with room takes it ("his target" of what? a grant for what?)
    ("Gordon Marsh wants other European nations to match his target for spending on schools.",
     "Gordon Marsh wants other European nations to match his target for spending on schools"),
    ("Wales is to give a £2m grant to help farmers who lost their herds in the floods.",
     "Wales is to give £2m grant to help farmers who lost their herds in floods"),  # (and which farmers)
    # a phrase of how often that limits the claim stays: "fail to collect rubbish" alone says they never do
    ("Councils are failing to collect rubbish from older estates on a regular basis, the audit office has said.",
     "Audit office says councils fail to collect rubbish from older estates on regular basis"),
])
def test_an_infinitive_keeps_the_phrase_that_says_what_for(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, kept", [
    # a plan the story tells in the past ("was due to", "was to", "was expected to") stays in the past: it was
    # dropped or has happened, and "is due to" would announce it anew
    ("Councillor Peter Dune was due to stand in the Northfield ward in May. He has been suspended by his party.",
     "Peter Dune was due to stand"),
    ("Home Secretary Maria Lodge was to open the new prison in Hampshire next month. The visit is now off.",
     "Maria Lodge was to open"),
    ("The new bridge over the Tyne was expected to open in the spring. Engineers have found cracks in its deck.",
     "was expected to open"),
])
def test_a_plan_told_in_the_past_stays_in_the_past(nlp, lede, kept):
    assert kept in headline(nlp, lede)


def test_a_plan_in_the_present_stays_in_the_present(nlp):
    assert "is due to open" in headline(nlp, "Home Secretary Maria Lodge is due to open the new prison in Hampshire.")


@pytest.mark.parametrize("text", [
    # "The news came as ...", "The move comes after ...": a statement that points back at the story's news and
    # only sets it beside another states no event; the headline comes from the statements that do
    "Ministers have confirmed that soldiers are ready. The news came as it emerged Spain had begun evacuating "
    "its citizens from the port city of Tarsa.",
    "Ministers have confirmed that soldiers are ready. It comes after Spain began evacuating its citizens from "
    "the port city of Tarsa.",
])
def test_a_statement_that_comes_as_another_gives_no_headline(nlp, text):
    title = headline(nlp, text)
    assert not title.lower().startswith(("news", "move", "the news", "the move")), title
    assert " comes " not in title and " came " not in title, title


@pytest.mark.parametrize("lede, wanted", [
    # an office with its holder's name beside it is the person, by name: the office cut to fit names no office
    ("The Secretary of State for Transport, Media and Tourism, Tessa Marlow, has hit out at critics of the new "
     "roads bill. Ms Marlow said the bill was fair.", "Tessa Marlow has hit out at critics of new roads bill"),
    ("The Foreign Secretary, Jack Straw, has condemned the attack on the embassy in Lima.",
     "Jack Straw condemns attack on embassy in Lima"),
])
def test_an_office_with_its_holder_named_is_the_person(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # "£4m" prints as one word, and a headline with room for the purpose takes it
    ("Wales is to give a £4m grant to help women survivors of the floods who lost their homes in the winter.",
     "Wales is to give £4m grant to help women survivors of floods"),
    # a "particle" with an object of its own is a preposition: "put on" says nothing without "standby"
    ("A company of 100-120 UK troops is understood to have been put on standby. They are ready to fly out.",
     "is understood to have been put on standby"),
])
def test_a_headline_keeps_what_completes_its_last_word(nlp, lede, wanted):
    assert headline(nlp, lede).endswith(wanted)


@pytest.mark.parametrize("text, never", [
    # "..., he told a conference on ageing": what was said comes before the speaker; the frame alone says nothing
    ("The retirement age may go, a minister has said. It was also keen to stamp out age bias and would ban it, he "
     "told a conference on ageing. All three parties have been wooing older voters with both the Tories and the "
     "Greens pledging higher pensions.", "tells conference"),
    # a pair cut to its first half: "with both Tories"
    ("All three parties have been wooing older voters with both the Tories and Lib Dems pledging higher pensions.",
     "both Tories"),
])
def test_a_headline_never_keeps_a_frame_or_half_a_pair(nlp, text, never):
    assert never not in headline(nlp, text)


@pytest.mark.parametrize("lede, wanted", [
    # after a gerund's object, the participle that says which: "introducing pensions" alone says there are none
    ("Mr Johnson told the conference in London the government was considering introducing pensions based on "
     "residency rather than work.", "Johnson says government is considering introducing pensions based on residency"),
    # a bare noun cut from its own phrase is left out: "despite call" (for what? from whom?)
    ("Home Secretary Ann Carter has vowed to press on with plans for a new prison despite a call for her to think "
     "again from the mayor.", "Ann Carter vows to press on with plans for new prison"),
])
def test_an_objects_phrase_goes_whole_or_not_at_all(nlp, lede, wanted):
    assert headline(nlp, lede).endswith(wanted)


def test_a_headline_never_strands_a_verbs_preposition(nlp):
    # 'denied being "leant on" by the council': "being leant by council" means something else
    title = headline(nlp, 'The minister has again denied being "leant on" by Downing Street to make the legal case '
                          "for the new airport. Claims the answer was drafted by officials were unfounded, he said.")
    assert "leant by" not in title, title


@pytest.mark.parametrize("lede, wanted", [
    # a relative clause without a comma says which ones the noun means: "Nine farmers are charged" names no one
    ("Nine farmers who blocked the motorway during a protest over fuel prices have been charged with obstruction.",
     "Nine farmers who blocked motorway are charged with obstruction"),
    # on the object too, its quotation marks gone as everywhere in a headline
    ('Councillors are preparing to debate a motion which critics say would close every library "by stealth".',
     "Councillors prepare to debate motion which critics say would close every library by stealth"),
    ("The health secretary has criticised a union leader who said the row over pay was harming the hospital service.",
     "Health secretary criticises union leader who said row over pay was harming hospital service"),
])
def test_a_noun_keeps_the_relative_clause_that_says_which_ones(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


def test_a_verb_of_saying_with_only_where_it_was_said_says_nothing(nlp):
    # "claims in Sunday Herald": what was claimed is the news, where it was claimed is not
    title = headline(nlp, "Tom Reeve claimed in the Observer that an MI5 officer played a key role in consigning him to "
                          "the army camp in Chad.")
    assert not title.endswith(("in Observer", "claims")), title


def test_he_under_a_speaker_named_by_office_stays_he(nlp):
    # "The home secretary said he would not ...": "he" is told as written, never another person of the story
    title = headline(nlp, "The defence secretary said he would not be launching an investigation into the claims of "
                          "Tom Reeve, a former soldier held in Chad.")
    assert title.startswith("Defence secretary says he would not launch investigation"), title


@pytest.mark.parametrize("lede, wanted", [
    # what someone had is a state: "has chance" would say it still holds; a second verb with nothing after it
    # turns the first ("and has failed"), even where the parser hangs it on the infinitive
    ("The governor has had the chance to fix the roads and has failed, his rival has said.",
     "Governor has had chance to fix roads and has failed"),
])
def test_what_was_had_keeps_its_time_and_its_turn(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


def test_a_coming_act_keeps_the_date_it_is_set_for(nlp):
    # "will give his spending review" happens every year; the date is the announcement
    title = headline(nlp, "The chancellor will give his spending review to parliament on 12 June, the Treasury has announced.")
    assert title.endswith("on 12 June"), title


@pytest.mark.parametrize("lede, wanted", [
    # a relative "that" points at the noun before it, which the headline gives
    ("The mayor has rejected a rival compromise offer that could have eased the passage of the housing bill.",
     "Mayor rejects rival compromise offer that could have eased passage of housing bill"),
    # a clause whose time the verb needs goes whole or not at all: never "patients who have waited"
    ("A city hospital has suspended plans to stop treating rural patients who have waited more than three months.",
     "City hospital suspends plans to stop treating rural patients"),
])
def test_a_defining_clause_goes_whole_or_not_at_all(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # "as" with a noun of its own says in what capacity, no time: "resigns from his post" alone reads as his office
    ("Tom Reid has resigned from his post as a partner in a law firm following criticism over his two jobs.",
     "Tom Reid resigns from his post as partner in law firm"),
    # the participle right after a phrase's noun says which one: "draw line" under what?
    ("The mayor said it was time to draw a line under the row surrounding his deputy.",
     "Mayor says it is time to draw line under row surrounding his deputy"),
])
def test_a_phrase_keeps_what_says_which_or_in_what_capacity(nlp, lede, wanted):
    assert headline(nlp, lede).startswith(wanted)


@pytest.mark.parametrize("text, title", [
    # a claim with no one to say it ("it has been suggested") is no headline: the next statement is
    ("New city casinos will be banned from using tricks of the trade to keep gamblers playing, it has been "
     "suggested.\n\nCulture minister Ana Silva said the casinos would differ from their rivals abroad.",
     "Ana Silva says casinos would differ from rivals"),
    # a plain report ("it is reported") tells what was reported
    ("A Danish aid worker held in Yemen for 20 months plans to sue the government, it is reported.\n\n"
     "Jens Holm said officials had ignored his letters.",
     "Danish aid worker plans to sue government"),
])
def test_hearsay_is_no_headline_unless_a_plain_report(nlp, text, title):
    assert headline(nlp, text) == title


@pytest.mark.parametrize("lede, wanted", [
    # a quantity's "of" noun with a participle right after it says which ones are counted
    ("Thousands of pounds raised by the fair should go to the hospital, the mayor has said.",
     "Mayor says thousands of pounds raised by fair should go to hospital"),
    ("The number of nurses applying to rural clinics has risen sharply.",
     "Number of nurses applying to rural clinics rises"),
    # a past participle with its phrase says which, as a present one does
    ("Money spent on new roads should go to schools, the bishop has said.",
     "Bishop says money spent on new roads should go to schools"),
])
def test_a_subject_keeps_the_participle_that_says_which_ones(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


def test_an_agent_put_in_front_is_not_said_again_by_its_participle(nlp):
    title = headline(nlp, "Figures compiled by the Greens say council staff have stepped up the shredding of papers.")
    assert title.count("Greens") == 1, title


@pytest.mark.parametrize("lede, wanted", [
    # the past perfect tells what was done or held before a past time: the headline keeps it past
    ("The minister denied that fathers' groups had forced the new rules.",
     "Minister denies fathers' groups forced new rules"),
    ("Before he quit on Friday, Tom Reid had been in charge of the city's housing department.",
     "Tom Reid was in charge of city's housing department"),
    ("The mayor said the council had been warned about the bridge.",
     "Mayor says council was warned about bridge"),
])
def test_a_past_perfect_stays_in_the_past(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # where the headline ends on the object of the clause its verb governs, the object's own phrase is the
    # clause's to complete: "denies groups forced changes" - changes to what?
    ("The minister denied that fathers' groups had forced changes to the divorce law.",
     "Minister denies fathers' groups forced changes to divorce law"),
])
def test_a_governed_clause_s_object_keeps_its_phrase(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


def test_what_a_speaker_says_was_done_to_them_stays_done(nlp):
    # "said he was beaten": under "says", "is beaten" would tell it still going on
    text = ("Former detainee Omar Khan said he was beaten and threatened by guards at the camp.\n\n"
            "The Home Office said it would not comment.")
    assert headline(nlp, text) == "Omar Khan says he was beaten"
    # an event told as fact keeps the headline's present
    assert headline(nlp, "Police said two men were arrested in the city centre on Friday night.") == \
        "Two men are arrested in city centre"


@pytest.mark.parametrize("lede, wanted", [
    # a noun's or a verb's defining complement, straight after it, goes with it, a few words over the bound
    # for it alone: a purpose infinitive (a body to do what?) ...
    ("A former health minister has called for an independent panel to be created to oversee hospital waiting lists.",
     "Former health minister calls for independent panel to be created to oversee hospital waiting lists"),
    # ... a noun's "that" clause (which ruling?) ...
    ("Jane Porter has criticised the ruling by the country's top court that holding migrants without charge breaks the law.",
     "Jane Porter criticises ruling by country's top court that holding migrants without charge breaks law"),
    # ... and the second term of a "between"
    ("Farmers will face a stark choice between the loss of subsidies and the loss of their land, the union leader said.",
     "Farmers will face stark choice between loss of subsidies and loss of their land"),
    # a complement longer than the few words' room stays out, the headline as before
    ("The council leader has called for a new watchdog to be set up to examine the way the council awarded its "
     "contracts for road repairs and street lighting across the county.",
     "Council leader calls for new watchdog to be set up"),
    # what a comma sets off is an aside, no complement
    ("Union leader Sam Okoro has attacked the closure of the steelworks, saying it would devastate the town.",
     "Sam Okoro attacks closure of steelworks"),
    # a noun's participle phrase, with no comma, says which ones (orders to do what?) ...
    ("The information commissioner says he is urgently asking the council for details of planning orders telling "
     "staff to shred old files.",
     "Information commissioner says he asks council for details of planning orders telling staff to shred old files"),
    # ... and so does its relative clause (which patients?)
    ("The health minister has apologised to four patients who suffered some of the worst hospital blunders in the "
     "country's history.",
     "Health minister apologises to four patients who suffered some of worst hospital blunders in country's history"),
    # a function word the headline shares with the complement ("will") is no sign the headline took it another way
    ("Welsh ministers insist that they will still have the final say on whether a new airport will be built in Cardiff.",
     "Welsh ministers insist they will still have final say on whether new airport will be built in Cardiff"),
])
def test_a_word_keeps_its_defining_complement_a_few_words_over_the_bound(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # a subject's phrase that says which ones takes the few words over the bound, as a last word's complement
    # does: "talks begin" names no talks ("of" a duration counts them, "on the future" is what about) ...
    ("Three days of talks on the future of the fishing fleet begin at the farm minister's country house later.",
     "Three days of talks on future of fishing fleet begin at farm minister's country house"),
    # ... and a participle with its infinitive says which agency
    ("A national agency designed to tackle shortages of nurses in rural clinics should be set up, a committee of MPs "
     "has said.",
     "Committee of MPs says national agency designed to tackle shortages of nurses should be set up"),
    # a phrase longer than the room still goes whole
    ("Three days of talks on the future of the fishing fleet and the coastal towns that depend on it begin at the "
     "farm minister's country house later.",
     "Three days of talks begin at farm minister's country house"),
])
def test_a_subject_keeps_what_defines_it_a_few_words_over_the_bound(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("lede, wanted", [
    # where a defining phrase has no room, the rest of the line is shortened first, as a sub-editor does: a
    # determiner that only points, as an article does ("his", "its", "any"), goes, and the phrase stays whole
    # (divided over what?) ...
    ("Sarah Patel has denied her party was divided over its decision to support the government's plans to charge "
     "drivers for using motorways.",
     "Sarah Patel denies party is divided over decision to support government's plans to charge drivers for using "
     "motorways"),
    # ... a revolt over what ...
    ("Tom Reyes faces his first big test as party leader on Monday with a possible revolt over the unpopular new "
     "fuel duty bill.",
     "Tom Reyes faces first big test as party leader with possible revolt over unpopular new fuel duty bill"),
    # ... and a speech used to do what
    ("The mayor used his speech to a packed hall in the north west to set out his ambitious plans for new homes.",
     "Mayor uses speech to packed hall in north west to set out his ambitious plans for new homes"),
    # a phrase that no shortening makes room for stays out, the line as it was
    ("Sarah Patel has denied her party was divided over its decision to support the government's costly and "
     "unpopular plans to charge all of the country's drivers for using motorways.",
     "Sarah Patel denies her party is divided"),
    # inside the phrase a determiner goes only before a noun its own complement defines ("its decision | to
    # support"): "lost jobs under administration" would no longer say whose
    ("Senator Ann Lee castigated Tom Price for exploiting the fears of working class Americans who have lost their "
     "jobs under his administration.",
     "Ann Lee castigates Tom Price for exploiting fears of working class Americans"),
])
def test_a_headline_drops_what_a_sub_editor_drops_before_it_cuts_a_defining_phrase(nlp, lede, wanted):
    assert headline(nlp, lede) == wanted


@pytest.mark.parametrize("text, most, wanted", [
    # what a sub-editor drops to make room: a title or description before a full name ...
    ("Chancellor Gordon Green met the bankers.", 4, "Gordon Green met bankers"),
    ("Former civil service chief Lord Bexley met the bankers.", 5, "Lord Bexley met bankers"),
    # ... "Mr" before a surname, an adverb of the verb, a date, a place of setting, an apposition
    ("Mr Harding met the bankers.", 3, "Harding met bankers"),
    ("Jane Ross quietly met the bankers on Monday.", 6, "Jane Ross met bankers on Monday"),
    ("Jane Ross met the bankers on Monday.", 4, "Jane Ross met bankers"),
    ("Jane Ross met the bankers in London.", 4, "Jane Ross met bankers"),
    ("Jane Ross, the party's leader, met the bankers.", 4, "Jane Ross met bankers"),
    # never a negation, nor the name itself
    ("Jane Ross never met the bankers.", 4, None),
])
def test_a_line_made_shorter_loses_only_what_a_sub_editor_drops(nlp, text, most, wanted):
    from generator.extract import headline as h

    sent = next(nlp(text).sents)
    words = [t.text for t in sent if t.lower_ not in ("the", "a", "an") and t.text != "."]
    out = h._made_room(sent, words, lambda w: h._size(w) <= most)
    assert (" ".join(out) if out else None) == wanted


def test_a_name_with_an_emphatic_himself_takes_a_singular_verb(nlp):
    # "Sanders himself" is one man, whatever tag the model gives a surname ending in s
    from .conftest import generated_headline
    title = generated_headline(nlp, "Sanders himself, who wasn\u2019t present at the rally, has toned down his criticism "
                                    "of Mayor Ruth Amadi, shifting his focus to defeating the harbour plan.")
    assert " tone " not in f" {title} " and "tones" in title, title


# "The candidates' estimates of the number of refugees Obama will accept ranges from 100,000 to 250,000", as the
# model parsed it: "accept" the root with two subjects, "ranges" its object
_RUN_IN = """
    The det 1 DET
    candidates poss 3 NOUN
    ' case 1 PART
    estimates nsubj 10 NOUN
    of prep 3 ADP
    the det 6 DET
    number pobj 4 NOUN
    of prep 6 ADP
    refugees pobj 7 NOUN
    Obama nsubj 10 PROPN
    accept ROOT 10 VERB
    ranges dobj 10 NOUN
    . punct 10 PUNCT"""
# "Former Secretary of State and frontrunner Hillary Clinton is calling ...": a description before the name
_DESCRIBED = """
    Former amod 1 ADJ
    Secretary nsubj 7 PROPN
    and cc 1 CCONJ
    frontrunner conj 1 NOUN
    Hillary compound 5 PROPN
    Clinton nsubj 7 PROPN
    is aux 7 AUX
    calling ROOT 7 VERB
    . punct 7 PUNCT"""


# "Already an icon for his role in the series, comedian Tim Allen hit another milestone": an opening phrase the
# parser made a subject, its comma with it
_OPENING = """
    Already advmod 1 ADV
    icon nsubj 12 NOUN
    for prep 1 ADP
    his poss 4 PRON
    role pobj 2 NOUN
    in prep 4 ADP
    the det 7 DET
    series pobj 5 NOUN
    , punct 7 PUNCT
    comedian compound 11 NOUN
    Tim compound 11 PROPN
    Allen nsubj 12 PROPN
    hit ROOT 12 VERB
    milestones dobj 12 NOUN
    . punct 12 PUNCT"""


@pytest.mark.parametrize("rows, root, run_in", [(_RUN_IN, 10, True), (_DESCRIBED, 7, False), (_OPENING, 12, False)],
                         ids=["relative run in", "description before a name", "opening phrase"])
def test_a_relative_clause_without_that_run_into_its_noun_gives_no_headline(nlp, rows, root, run_in):
    from generator.extract.headline import _relative_run_in
    assert _relative_run_in(parsed(nlp, rows)[root]) == run_in


@pytest.mark.parametrize("text, wanted", [
    # a title-case heading's capitals are its style: the headline made from it takes sentence case, names and
    # abbreviations kept
    ("CNN Responds To Okonjo's Massive Debate Demand.\n\nSenator Dana Okonjo asked the network for more debates "
     "on Monday, and the network answered.", "CNN responds to Okonjo's massive debate demand"),
    ("Dana Okonjo Gets More Votes In Ohio.\n\nThe governor won many votes in Ohio on Tuesday, officials said.",
     "gets more votes in Ohio"),
])
def test_a_headline_from_a_title_case_heading_is_in_sentence_case(nlp, text, wanted):
    title = story(nlp, text).title
    assert wanted in title, title


@pytest.mark.parametrize("text, wanted, never", [
    # what a negation denies may be a focusing adverb: without it the headline says the opposite
    ("But the minister said bullying doesn't just happen to children.", "does not just happen", "does not happen"),
    ("The minister does not always agree with the party, aides say.", "does not always agree", "always not"),
    # "not only ... but": a correlative, no negation
    ("Partisans warn that the leading candidate would not only pursue unwelcome policies but would imperil "
     "the nation's values.", None, "would not pursue"),
])
def test_a_headline_keeps_what_a_negation_denies(nlp, text, wanted, never):
    head = headline(nlp, text)
    if wanted:
        assert wanted in head, head
    assert never not in head, head


def test_a_defining_clause_keeps_the_verb_s_own_preposition_and_ends_before_its_when_clause(nlp):
    head = headline(nlp, "In an excerpt of the interview, Okonjo says he\u2019s a counterpuncher who goes after "
                         "people when they go after him, only 10 times harder.")
    assert head.endswith("counterpuncher who goes after people"), head


def test_a_headline_never_tells_a_said_clause_as_the_verb_s_object(nlp):
    """"has denied his statement to Parliament ... was drafted by Downing Street officials": the parser splits
    a clause said without its "that" into the object and a second verb with no subject of its own; "denies his
    statement" without it says the opposite, and another statement of the story stands in."""
    title = story(nlp, "The attorney general has denied his statement to Parliament about the legality of the war "
                       "was drafted by Downing Street officials.\n\nLord Fenwick said Dana Lee and Tom Wright played "
                       "no part in drafting the answer.").title
    assert not title.startswith("Attorney general denies his statement to Parliament"), title


@pytest.mark.parametrize("text, wanted", [
    # a speaker's label: what follows is theirs, never the story's fact
    ("Lopez: Harbour plan would cost the city thousands of jobs.\n\nMayor Maria Lopez spoke at the harbour on "
     "Monday, where the harbour plan was unveiled last week. Thousands of jobs at the port depend on the deal, "
     "she said.",
     "Maria Lopez says harbour plan would cost city thousands of jobs"),
    ("Maria Lopez: Council's parking rules could hurt shops in the town centre.\n\nMayor Maria Lopez spoke "
     "after Monday's meeting. The council approved the parking rules by one vote.",
     "Maria Lopez says council's parking rules could hurt shops in town centre"),
    ("Poll: Lopez and Smith hold narrow leads in the north.\n\nA new poll for the Harbour Gazette shows the "
     "race for mayor between Maria Lopez and John Smith is close. The vote is in May.",
     "Poll says Lopez and John Smith hold narrow leads in north"),
])
def test_a_speaker_s_label_keeps_what_follows_theirs(nlp, text, wanted):
    assert headline(nlp, text) == wanted


def test_a_column_s_label_is_no_part_of_the_statement_it_labels(nlp):
    # the parser runs the label into the statement ("Latest casts first votes"); read apart, it stands alone
    title = headline(nlp, "The Latest: 3 NH towns cast first votes of primary.\n\nThe Latest on the New "
                          "Hampshire primary (all times local):\n\n12:05 a.m.\n\nVoters in three New Hampshire "
                          "towns have cast the first ballots of the primary at midnight.")
    assert title == "3 NH towns cast first votes of primary"


@pytest.mark.parametrize("text", [
    "The council needs to get away from all of this personality stuff with the mayor, John Smith said on Monday.",
    "Smith: Maria Lopez needs to get away from all of this personality stuff with the council.\n\nJohn Smith "
    "spoke after Monday's meeting. He is her rival.",
])
def test_an_adverb_is_never_set_before_a_preposition_it_did_not_stand_before(nlp, text):
    # "get away from X with the mayor" cut to "get away with mayor" says another thing
    title = headline(nlp, text)
    assert title.endswith("needs to get away"), title


@pytest.mark.parametrize("text, wanted", [
    # a name's capitalised word the tagger took for an adjective is still the name's
    ("Red Hot Chili Peppers announce benefit concert for the mayor.\n\nThe concert for the mayor will be held in "
     "Boston.", "Red Hot Chili Peppers announce benefit concert for mayor"),
    # and a capitalised modifier before a noun of the name keeps the name whole
    ("Black Lives Matter seeks mayor's ear; One protest organizer says the city ignores the movement.\n\nSeveral "
     "hundred demonstrators marched through the city on Tuesday.", "Black Lives Matter seeks mayor's ear"),
])
def test_a_subject_s_name_is_whole(nlp, text, wanted):
    assert headline(nlp, text) == wanted


def test_what_a_naming_verb_calls_its_object_stays_after_it(nlp):
    # the parser hangs "unworkable" on the noun before it; "brands proposal" alone says nothing
    title = headline(nlp, "Labour has already branded the council's parking proposal unworkable but party "
                          "strategists have seen the Tories seizing a poll advantage over the issue.")
    assert title == "Labour already brands council's parking proposal unworkable", title


def test_the_last_resort_never_ends_on_a_conjunction(nlp):
    from generator.extract.headline import _lede_words
    doc = nlp("Labour has already branded the council's parking proposal unworkable but party strategists have "
              "seen the Tories seizing a poll advantage over the issue.")
    assert _lede_words(next(doc.sents)) == "Labour has already branded the council's parking proposal unworkable"


@pytest.mark.parametrize("text, wanted, never", [
    # the one person the sentence before names is who "she" is, not the story's most named person
    ("Governor Paul Ortiz and Senator Ada Marsh: a strained alliance.\n\nFor Senator Marsh, it was a week of "
     "triumph. She had just passed the most important bill of her career, a housing reform. So when Governor "
     "Paul Ortiz arrived at the capitol for a hastily arranged meeting, it was not the main thing on her mind.",
     "Marsh passed", "Ortiz passed"),
    ("Governor Paul Ortiz: a strained alliance.\n\nWhen Governor Paul Ortiz arrived at the capitol, he was tired."
     "\n\nFor Senator Ada Marsh, it was a week of triumph. She had just passed the most important bill of her "
     "career, a housing reform.", "Ada Marsh passed", "Ortiz passed"),
    # a pronoun never stands for someone its own clause names after it
    ("Last month, when I asked Senator Tom Reyes if he would ever endorse Governor Lena Park, he laughed and said "
     "he would endorse me instead.\n\nI guess we can all agree now that he was joking. He is backing Lena Park, "
     "and he says he will campaign for her across the state.", "Reyes backs Lena Park", "Park backs"),
])
def test_a_pronoun_s_person_is_whom_the_story_means_by_it(nlp, text, wanted, never):
    title = headline(nlp, text)
    assert wanted in title and never not in title, title


def test_two_people_the_parser_ran_together_are_both_the_subject(nlp):
    # the parser hangs "Donald Trump and Democrat" on "Hillary Clinton" as a modifier
    title = headline(nlp, "After a night of wins, Republican Donald Trump and Democrat Hillary Clinton tightened "
                          "their grip on the race.")
    assert title.startswith("Donald Trump and Hillary Clinton tighten"), title


def test_a_measure_never_ends_a_headline_without_what_it_measures(nlp):
    from generator.extract.headline import _ends_unfinished
    sent = next(nlp('State Rep. Ann Cole is "99.9" percent certain she will vote for the bill.').sents)
    assert _ends_unfinished(sent, ["Ann", "Cole", "is", "99.9", "percent"])
    assert not _ends_unfinished(sent, ["Ann", "Cole", "is", "99.9", "percent", "certain"])


def test_a_preposition_without_an_object_keeps_the_phrase_that_completes_it(nlp):
    # "is not up for renegotiation", never "is not at next week's council meeting"
    title = headline(nlp, "The city's parking levy is not up for renegotiation at next week's council meeting, "
                          "Mayor Ana Ruiz said.\n\nThe levy raised \u00a34m last year.")
    assert "is not up for renegotiation" in title, title


def _person_meant(nlp, text: str, nth: int = 0):
    """Whom the `nth` "he" or "she" of the text stands for, where the resolver is sure, and the resolver."""
    from generator.extract.actors import extract_actors
    from generator.extract.sentences import quote_regions_of
    from generator.extract.speakers import SpeakerResolver
    doc = nlp(text)
    resolver = SpeakerResolver(doc, extract_actors(doc), quote_regions_of(doc))
    pronoun = [t for t in doc if t.lower_ in ("he", "she")][nth]
    meant = resolver.person_meant(pronoun)
    return (meant.name if meant is not None else None), resolver, pronoun


@pytest.mark.parametrize("text, nth, wanted", [
    ("For Senator Ada Marsh, it was a week of triumph. She had just passed the most important bill of her career.",
     0, "Ada Marsh"),
    # the one person the sentence before names is no one's "he" when they only own a noun there, or when that
    # sentence has a "he" of its own, or when the "he" stands in someone's quoted words
    ("His team is talking to Governor Paul Ortiz's aides. He has not held a rally in a week.", 0, None),
    ("His aides met Governor Paul Ortiz on Monday. He has not held a rally in a week.", 0, None),
    ('Senator Tom Reyes praised the bill. "He was very good on the detail," said Ana Ruiz of the governor.', 0, None),
])
def test_the_person_a_pronoun_surely_stands_for(nlp, text, nth, wanted):
    assert _person_meant(nlp, text, nth)[0] == wanted


def test_a_pronoun_never_stands_for_a_name_its_clause_holds_but_may_for_one_in_a_clause_beside_it(nlp):
    _, resolver, pronoun = _person_meant(nlp, "Senator Tom Reyes met Governor Lena Park. He is backing Lena Park.", 0)
    park = next(a for a in resolver.index.actors if a.name == "Lena Park")
    assert not resolver.could_mean(pronoun, park)
    text = ("Governor Paul Ortiz flew to Lima. He spent an hour with the president, but whoever was speaking for Ortiz "
            "sounded nothing like the man.")
    _, resolver, pronoun = _person_meant(nlp, text, 0)
    ortiz = next(a for a in resolver.index.actors if a.name == "Paul Ortiz")
    assert resolver.could_mean(pronoun, ortiz)


def test_a_death_told_with_its_time_is_a_headline(nlp):
    title = headline(nlp, "Former Labour prime minister Lord Ashdown of Fell has died on the eve of his 93rd "
                          "birthday.\n\nHe was the longest-lived former prime minister.")
    assert title.startswith("Lord Ashdown") and " dies" in title, title


def test_a_condition_hung_on_the_tag_is_the_reported_clause_s(nlp):
    from generator.extract.headline import _loses_condition
    sent = next(nlp("Drivers will be fined if they park on the verge Mayor Ana Ruiz has ruled.").sents)
    assert _loses_condition(sent, ["Drivers", "will", "be", "fined"])


def test_a_condition_after_two_joined_verbs_holds_for_both(nlp):
    from generator.extract.headline import _loses_condition
    sent = next(nlp("But Ms Ruiz will stun the council and break every precedent if she fails to cut the levy.").sents)
    assert _loses_condition(sent, ["Ana", "Ruiz", "will", "stun", "council"])
    assert not _loses_condition(sent, ["Ana", "Ruiz", "will", "stun", "council", "if", "she", "fails", "to", "cut", "levy"])


def test_a_gerund_subject_is_never_cut_inside_the_clause_it_takes(nlp):
    from generator.extract.headline import _gerund_subject
    doc = nlp("She said ensuring every pupil in Wales had a free meal could be a legacy to match the creation of the "
              "health service.")
    words = _gerund_subject(doc[2].head)
    assert words is None or "meal" in words, words
    doc = nlp("Closing the harbour in winter would be a mistake.")
    assert _gerund_subject(doc[0].head) == ["closing", "harbour"]  # a phrase of time still goes (a guard)


def test_what_is_asserted_before_a_denial_is_the_headline_s(nlp):
    # "worse, not better": the parser hangs "worse" on the "better" denied after it
    title = headline(nlp, "Racial divisions have gotten worse, not better. The governor said so on Monday.")
    assert title == "Racial divisions get worse", title


@pytest.mark.parametrize("text, never", [
    # "now that ..." is no clause of what the verb says ("spends other people contribute")
    ("WASHINGTON - After bragging for a year about how cheaply he was running his campaign, Paul Ortiz is spending "
     "more freely now that other people are contributing.\n\nOrtiz nearly quintupled the monthly rent his campaign "
     "pays his own company.", "contribute"),
    # of a word written twice, what defines it is the occurrence taken: "race" is Cole's, not Hale's later
    ("Indiana Rep. Ann Cole is planning to withdraw from her House reelection race and seek her party's nomination "
     "if Governor Tom Hale leaves his race to serve as the nominee's running mate.\n\nCole declined to comment.",
     "serve"),
])
def test_a_headline_takes_nothing_its_words_do_not_govern(nlp, text, never):
    title = headline(nlp, text)
    assert never not in title, title


def test_what_defines_the_last_word_never_leaves_the_headline_unfinished(nlp):
    title = headline(nlp, "Twelve people were injured tonight in a crowded market in Millbrook by an explosion that "
                          "Mayor Ana Ruiz described as \u201can intentional act.\u201d\n\nPolice closed the market.")
    assert not title.endswith(" as"), title


def test_the_only_one_keeps_the_clause_that_says_which(nlp):
    from generator.extract.headline import _ends_unfinished
    sent = next(nlp("Reyes added that he is the only one who has spent his entire life fighting for the valley.").sents)
    assert _ends_unfinished(sent, ["Reyes", "says", "he", "is", "only", "one"])


def test_one_object_the_parser_split_in_two_stays_whole(nlp):
    # the parser makes "core" and "Labour voters" two objects of "keep"
    title = headline(nlp, "The aim of his package will be to keep any disillusioned core Labour voters in the fold, "
                          "while ensuring the middle England voters stay.\n\nThe budget is on Wednesday.")
    assert "core Labour voters" in title or "core" not in title, title


@pytest.mark.parametrize("text, wanted", [
    # what a naming verb calls its object is said once (the parser makes it a second object)
    ("Paul Ortiz has deemed certain releases a reasonable trade-off.\n\nThe prisoners were flown to Doha.",
     "reasonable trade-off"),
    # a name's "'s" ends a defining complement whole ("to cure Alzheimer's")
    ("Ortiz to call for wider efforts to cure Alzheimer's.\n\nGovernor Paul Ortiz will speak in Millbrook on Tuesday.",
     "to cure Alzheimer's"),
])
def test_a_headline_s_last_phrase_is_whole_and_said_once(nlp, text, wanted):
    title = headline(nlp, text)
    assert title.endswith(wanted) and title.count(wanted.split()[-1]) == 1, title


def test_a_heading_s_infinitive_keeps_its_to(nlp):
    # headline English for what is planned: "X to do", never "X do"
    title = headline(nlp, "Ortiz to call for wider efforts to cure malaria.\n\nGovernor Paul Ortiz will speak on Tuesday.")
    assert title.startswith("Ortiz to call for wider efforts") or "to call" in title, title
    assert " call for" not in title.replace("to call for", ""), title


@pytest.mark.parametrize("text, wanted", [
    # a heading's comma is its "and": the parser gives the second name the verb as a subject of its own ...
    ("Lopez, Hart had opposing views on farm subsidies.\n\nSenator Maria Lopez and Senator Tom Hart were on opposing "
     "sides of the farm bill while they served together in the Senate, records show.",
     "Maria Lopez and Tom Hart had opposing views"),
    # ... or takes the first for an adverb
    ("Moreno, Blake to campaign for Ortiz in May.\n\nGovernor Ana Moreno and Mayor Tim Blake will campaign for Luis "
     "Ortiz in May at separate events in Ohio, the campaign announced.", "Ana Moreno and Tim Blake to campaign"),
    # the second's title, read as a conjunct of the first, names no one: the second is named
    ("President Barack Obama and Vice President Joe Biden will campaign for Luis Ortiz and Rosa Diaz in September "
     "at separate events in Pennsylvania and Ohio, the nominee's campaign announced Friday.\n\nBiden will appear "
     "at a rally in Toledo.", "Barack Obama and Joe Biden will campaign"),
])
def test_every_name_of_a_subject_the_parser_split_is_in_the_headline(nlp, text, wanted):
    title = headline(nlp, text)
    assert title.startswith(wanted), title


@pytest.mark.parametrize("text, wanted", [
    # how far, and where to: without them the verb says nothing ("does not get in his bid") or another thing
    ("Senator Ann Cole didn't get very far in her presidential bid, and she is out of a Senate seat as of January."
     "\n\n\"I have no intention of being vice president,\" Cole said on Friday.", "does not get very far"),
    ("Despite the protests, Mayor Ana Ruiz pushed ahead on Monday.\n\nThe council had asked her to wait.",
     "Ana Ruiz pushes ahead"),
    # a number right after a noun says which one
    ("The Harbour Cup was suspended on lap 20 after Tom Reyes crashed out in heavy rain at Kyalami.\n\nThe race "
     "restarted an hour later.", "suspended on lap 20"),
])
def test_a_headline_keeps_the_word_that_says_how_far_where_or_which(nlp, text, wanted):
    title = headline(nlp, text)
    assert wanted in title, title


def test_a_verb_s_form_where_a_noun_stands_is_the_noun(nlp):
    # the tagger reads "plans" as a verb, "to airports" its infinitive; as the object of "for" it is a noun,
    # and the headline that ends on it is whole
    title = headline(nlp, "UK airport operator Harbex has reiterated its support for the government's aviation "
                          "expansion plans to airports throughout the country.\n\nThe comments come a day ahead of "
                          "a court challenge by residents.")
    assert "reiterates support" in title, title


def test_a_headline_never_stops_where_the_parser_split_one_phrase(nlp):
    # "requests" read as a verb joined to "granted": the words after "thwarted" are its object all the same
    b = story(nlp, "A federal judge granted Civic Watch's request for discovery into whether Mayor Ana Ruiz and the "
                   "city council deliberately thwarted the government watchdog's Freedom of Information Act (FOIA) "
                   "requests over a six-year time period.\n\nThe order came as part of a lawsuit brought by the group.")
    assert b.what.text.endswith("(FOIA) requests"), b.what.text
    assert not b.title.endswith("thwarted"), b.title


@pytest.mark.parametrize("text, wanted", [
    ("Neither Ana Ruiz nor Tom Hale voted for the budget on Monday.\n\nThe vote was close.", "Neither Ana Ruiz nor Tom Hale"),
    ("Either Ana Ruiz or Tom Hale will chair the committee, officials said.\n\nThe vote is on Monday.",
     "Either Ana Ruiz or Tom Hale"),
])
def test_a_subject_s_neither_or_either_stays(nlp, text, wanted):
    # "Neither X nor Y voted" told as "X and Y vote" says the opposite
    title = headline(nlp, text)
    assert title.startswith(wanted), title


def test_a_comparison_never_ends_a_headline_without_what_it_is_compared_with(nlp):
    from generator.extract.headline import _meaning_cut
    title = headline(nlp, "In a written answer, Constitutional Affairs Minister Chris Leslie said the poll was likely to "
                          "cost the same as a general election.\n\nThe vote is next year.")
    assert "same as general election" in title or "same" not in title, title
    # a verb of comparing keeps its "with" ("cost could not be compared" says nothing)
    sent = next(nlp("Mr Leslie said the cost could not be compared with the only previous British referendum.").sents)
    assert _meaning_cut(sent, "Leslie says cost could not be compared".split())
    assert not _meaning_cut(sent, "Leslie says cost could not be compared with previous British referendum".split())


def test_the_lean_statement_never_ends_on_a_word_whose_own_phrase_it_leaves(nlp):
    from generator.extract.headline import _own_phrase_left
    sent = next(nlp("Ana Ruiz is to make a pitch for the votes of farmers and promised to refrain from using the phrase.").sents)
    assert _own_phrase_left(sent, "Ana Ruiz is to make pitch".split())
    assert _own_phrase_left(sent, "Ana Ruiz promises to refrain".split())
    sent = next(nlp("UK citizens could face house arrest as part of a series of new measures.").sents)
    assert not _own_phrase_left(sent, "UK citizens could face house arrest".split())


def test_a_group_s_phrase_goes_whole_or_not_at_all(nlp):
    # "as part of series" says nothing: the headline is the statement without the phrase
    title = headline(nlp, "UK citizens suspected of involvement in terrorism could face house arrest as part of a series "
                          "of new measures outlined by the home secretary.\n\nThe plans were welcomed by police.")
    assert title.endswith("could face house arrest"), title


@pytest.mark.parametrize("clause", [
    "who refuse to allow former partners contact with their children",
    # too long for the headline: then no headline of this statement
    "who refuse to allow former partners contact with their children and their many friends and relatives in the area",
])
def test_a_generic_plural_keeps_the_clause_that_restricts_it(nlp, clause):
    # "Parents could be tagged" tells of every parent
    title = headline(nlp, f"Parents {clause} could be electronically tagged under plans being considered by ministers."
                          "\n\nCampaigners welcomed the plans on Monday.")
    assert title.startswith("Parents who refuse to allow") or not title.startswith("Parents"), title
