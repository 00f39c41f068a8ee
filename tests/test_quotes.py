"""Quotations and their speakers, through the real model, on sentences written for these tests."""
from __future__ import annotations

import dataclasses

import pytest

from generator.extract.actors import extract_actors
from generator.extract.confidence import EVIDENCE, FLAG_BELOW, confidence
from generator.extract.quote_marks import quoted_spans
from generator.extract.quotes import attribute


@pytest.fixture
def quotes(nlp):
    def run(text: str):
        doc = nlp(text)
        found = attribute(doc, extract_actors(doc))
        for q in found:
            # verbatim, with offsets; a quotation interrupted by its tag: its verbatim parts, joined
            parts = [text[b:e].strip() for b, e in q.parts] or [text[q.start : q.end]]
            assert q.text == " \u2026 ".join(parts)
            assert q.confidence == confidence(q.evidence) or (q.speaker is None and q.confidence < FLAG_BELOW)
        return found

    return run


def one(found, words: str):
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


# --- the marks ---------------------------------------------------------------------------


def test_straight_and_curly_marks_pair_up():
    text = 'She said "the tax is fair" and he said \u201cthe tax is not fair at all\u201d on Monday.'
    assert [text[s.start : s.end] for s in quoted_spans(text)] == ["the tax is fair", "the tax is not fair at all"]


def test_nested_single_quotes_stay_inside():
    text = "\u201cThey told me \u2018wait your turn\u2019 and I did not,\u201d she said."
    (span,) = quoted_spans(text)
    assert text[span.start : span.end] == "They told me \u2018wait your turn\u2019 and I did not,"


def test_a_quotation_over_paragraphs_reopens_each_paragraph():
    text = "\u201cWe will rebuild the port.\n\n\u201cWe will pay the workers on time.\n\n\u201cAnd we will start tomorrow,\u201d he said."
    spans = quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We will rebuild the port.", "We will pay the workers on time.", "And we will start tomorrow,"]
    assert len({s.group for s in spans}) == 1


def test_lost_paragraph_breaks_and_double_apostrophes():
    lost = 'He said: "The plan is ready. "We start in May." Then he left.'
    assert [lost[s.start : s.end] for s in quoted_spans(lost)] == ["The plan is ready. ", "We start in May."]
    archive = "The mayor called it ''a very good day for the town,'' and left."
    assert [archive[s.start : s.end] for s in quoted_spans(archive)] == ["a very good day for the town,"]


def test_apostrophes_are_not_quotation_marks():
    text = "The farmers' union said it won't back the bill and the workers' party agreed."
    assert quoted_spans(text) == []


# --- who said it: one story, the words of a quotation, its speaker ---------------------------

SPEAKER_CASES = [
    pytest.param('Tom Becker spoke after the vote. He said: "Our party will not support this budget."',
                 'support this budget', 'Tom Becker', id='said_colon_before_the_quote'),
    pytest.param('Governor Paul Hendry said "the bridge will open next spring, as promised" at the event.',
                 'bridge will open', 'Paul Hendry', id='name_said_quote'),
    pytest.param('Senator Helen Park met Governor James Ortiz in Boise on Monday. Afterwards Mrs Park '
                 'spoke to the press for an hour. Mr Ortiz left early. "The talks were useful for both '
                 'states," she said.',
                 'talks were useful', 'Helen Park', id='pronoun_follows_gender'),
    pytest.param('Senator Helen Park criticised the deal with Acme Corp. "This deal fails the workers of '
                 'this state," the senator said.',
                 'fails the workers', 'Helen Park', id='description_resolves_to_the_actor_with_that_role'),
    pytest.param('Disney has closed the park. "Safety comes first for our guests and staff," a spokesman '
                 'for Disney said.',
                 'Safety comes first', 'Disney', id='spokesman_for_an_organisation'),
    pytest.param('The Ministry of Health published new figures. "Hospital admissions fell by a third last '
                 'month," the ministry said.',
                 'admissions fell', 'Ministry of Health', id='organisation_as_speaker'),
    pytest.param('Senator Tom Barker spoke in Ohio on Monday. "We will not give up on this bill at all," '
                 "Barker's office said.",
                 'give up on this bill', 'Tom Barker', id='an_office_speaks_for_its_holder'),
    pytest.param('The debate ran late on Monday. After the host asked about the budget, D’Souza replied, '
                 '“If I had to bet now, I would bet on the governor.”',
                 'had to bet now', 'D’Souza', id='a_name_the_model_takes_for_a_noun_is_kept'),
    pytest.param('Governor Amy Lutz vetoed the bill on Monday.\n\n"This bill would close six rural '
                 'clinics," Lutz\'s letter to the assembly said.',
                 'six rural clinics', 'Amy Lutz', id='a_document_speaks_for_whoever_wrote_it'),
    pytest.param('Flooding closed the ring road on Sunday.\n\n“I will just make this promise to you: we '
                 'will reopen it by Friday,” Leeds highways Chief Omar Haddad said Monday.',
                 'reopen it by Friday', 'Omar Haddad', id='a_tag_the_parse_ties_into_the_quotation_is_read_by_its_words'),
    pytest.param('Senator Tom Barker met Governor Ruth Hale on Monday.\n\nSpeaking later in Dayton, Hale '
                 'insisted that she had "turned the state around," claiming that she is responsible for '
                 'the new jobs.',
                 'turned the state around', 'Ruth Hale', id='a_pronoun_finds_the_subject_of_its_own_sentence'),
    # "Lowell scolded him": Lowell is not thereby a man; "she said" is Lowell, not Hale
    pytest.param('Governor Ruth Hale visited the plant on Monday. She toured the floor.\n\nCongressman '
                 'Tom Barker defended the plan, and Sen. Jo Lowell scolded him: “The plan would close the '
                 'only clinic in the county,” she said.',
                 'only clinic', 'Jo Lowell', id='an_object_pronoun_says_nothing_of_the_subjects_gender'),
    pytest.param('Mayor Lena Ortiz spoke to the council on Monday, calling the move “a betrayal of every '
                 'family in this city.”',
                 'betrayal', 'Lena Ortiz', id='a_gerund_does_not_invert_its_object_into_the_speaker'),
    pytest.param('Governor Amy Lutz spoke in Dayton on Friday.\n\n“We will find the money for the bridge '
                 'before the winter comes.” Lutz said.',
                 'money for the bridge', 'Amy Lutz', id='a_speech_tag_split_off_as_its_own_sentence'),
    pytest.param('Governor Amy Lutz spoke in Dayton on Friday.\n\nSenator Tom Barker groused that the '
                 'paper “never treats me fairly” before leaving.',
                 'never treats me', 'Tom Barker', id='manner_of_speaking_verbs_are_cues'),
    pytest.param('PARIS (Reuters) - Senator Tom Barker said he was “deeply worried about the new tariffs '
                 'on French cheese” on Tuesday.',
                 'French cheese', 'Tom Barker', id='a_dateline_is_not_the_speaker'),
    pytest.param('Smt. Kavita Rao and Shri Anil Mehta met in Pune on Monday.\n\nMehta praised the plan. '
                 '“The water scheme will reach every village by March,” she said.',
                 'water scheme', 'Kavita Rao', id='indian_honorifics_give_a_gender_and_leave_the_name'),
    pytest.param('The Harbour Trust issued a statement saying it would “fight the closure of the north '
                 'pier in every court in the land.”',
                 'north pier', 'Harbour Trust', id='a_statement_speaks_for_whoever_issued_it'),
    pytest.param('Singer Mara Holt shared the news on social media last week, writing “Feels great to '
                 'support someone I believe in.”',
                 'support someone', 'Mara Holt', id='a_gerund_before_the_quotation_speaks_for_the_subject_of_its_sentence'),
    # the last person named before "She" is Barker; the sentence's subject is Kowalczyk
    pytest.param("Ministers announced the ban on Wednesday.\n\nThe Green Party's leader in the city, Anna "
                 'Kowalczyk, welcomed the move with Tom Barker. She said: “The time has come for cleaner '
                 'air in every street of this city.”',
                 'cleaner air', 'Anna Kowalczyk', id='a_pronoun_finds_a_subject_named_in_apposition'),
    # the speech verb of a relative clause that quotes words of its own is not this quotation's
    pytest.param('Councillor Ravi Mendes spoke on Monday.\n\nIn a clip that Judge Oren Pike called "distasteful",'
                 ' Mendes expressed a desire to "close every office in the town hall and send the staff home."',
                 'close every office', 'Ravi Mendes', id='a_relative_clause_quoting_its_own_words_is_no_tag'),
    # right after the quotation, "asked X" inverts: X asks, X is not the one asked
    pytest.param('Councillor Ravi Mendes answered questions from children at the depot.\n\n"How long is that road'
                 ' going to be?" asked the boy, who was wearing a red hat.',
                 'How long is that road', 'the boy', id='asked_right_after_the_quotation_inverts'),
    # a name right before its verb is its subject, whatever label the model gives it
    pytest.param('Ravi Mendes threw a reporter out of his news conference.\n\n"Go back to Univision," Mendes barked'
                 ' and a security guard escorted the reporter out.',
                 'Go back to', 'Ravi Mendes', id='a_name_before_its_verb_is_its_subject'),
    # the one a message is addressed to, right before the colon, is not the speaker
    pytest.param('Mayor Ines Albright and Councillor Ravi Mendes met on Monday.\n\nSenate Majority Leader Tomas'
                 ' Varga, R-Ky., delivered a blunt message to Mendes: "It\'s time to quit attacking the people you'
                 ' competed with and get on message."',
                 'quit attacking', 'Tomas Varga', id='the_one_addressed_before_the_colon_is_not_the_speaker'),
    # "One of ...", named in apposition, is the one named
    pytest.param("Mayor Ines Albright ran the Valley Academy for a decade.\n\nOne of the academy's top managers, Tomas"
                 ' Varga, later testified in one of the suits that "none of the teachers at the live sessions" were'
                 ' chosen by Albright.',
                 'none of the teachers', 'Tomas Varga', id='one_of_them_named_in_apposition'),
    # "as X pointed out" speaks, as "as X puts it" does
    pytest.param('Mayor Ines Albright released her tax form on Monday.\n\nBut as the Valley Courier pointed out,'
                 ' "Albright has so far declined to release any tax returns, something every candidate has done."',
                 'declined to release', 'Valley Courier', id='as_x_pointed_out'),
    # a colon that ends a clause and opens the quotation: the clause's subject introduces it
    pytest.param('The council published its review on Monday.\n\nRavi Mendes was blunt in his findings: "Further'
                 ' discussion of the bridge is unnecessary and the money is gone."',
                 'Further discussion', 'Ravi Mendes', id='the_subject_of_a_clause_a_colon_ends'),
    pytest.param('Donald Trump spoke at the depot. "We have incompetent people," Trump said.\n\nDonald Trump also'
                 ' embraced the new toll plan -- "I think the toll is peanuts compared to what the bridge costs us."',
                 'toll is peanuts', 'Donald Trump', id='a_dash_opening_the_quotation_as_a_colon_does'),
    # no modal comes before "wrote": "Will" is a name there ...
    pytest.param('The columnist George Will turned on the candidate this week.\n\n"The war is a reminder that the'
                 ' nominating process will send a commander in chief to Washington," Will wrote.',
                 'nominating process', 'Will', id='will_before_a_past_tense_is_a_name'),
    # ... but a modal before its bare verb is no speaker
    pytest.param('Will the council act? "We will finish the road by spring," Mayor Ines Albright said.',
                 'finish the road', 'Ines Albright', id='will_as_a_modal_is_no_speaker'),
    # a party, a body or an office before the name after "said" only says which one (UK)
    pytest.param('"This is typical of Lib Dem hypocrisy," said Tory shadow local government secretary Caroline '
                 'Spelman.', 'typical of Lib Dem', 'Caroline Spelman', id='said_a_description_ending_on_a_name'),
    # a name the parser hung on an office's "for" phrase, right before the verb, is the subject (UK)
    pytest.param("Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering \"false "
                 "promises\" to women.", 'false promises', 'Jacqui Smith', id='an_office_s_for_phrase_ending_on_a_name'),
    # "X has ..., he said": the one the said clause is about is not who says it (UK)
    pytest.param("The mayor's enthusiasm for the job remains undimmed, John Smith, the party's election strategist, "
                 "told a radio programme on Saturday. Mayor Tom Brandt has \"the same passion and the same "
                 "commitments for the job\" as when he was first elected, he said.", 'same passion', 'John Smith',
                 id='he_said_after_a_clause_about_another'),
    # ... but a clause that is the same person's own report goes on with her (UK)
    pytest.param('Ms Kirsty Williams said the reshuffle changed nothing. Meanwhile Ms Jane Hutt said she hoped '
                 '"that the people of Wales would benefit from my investment" Asked about waiting lists, she said '
                 'that waiting times were "only 10% of the health agenda".', 'only 10%', 'Jane Hutt',
                 id='she_said_after_her_own_report'),
]


@pytest.mark.parametrize("text, words, speaker", SPEAKER_CASES)
def test_the_speaker_of_a_quotation(quotes, text, words, speaker):
    assert one(quotes(text), words).speaker == speaker


# --- speech tags ------------------------------------------------------------------------


def test_quote_then_pronoun_said(quotes):
    found = quotes('Maria Lopez won the vote in Leeds. "We have earned the trust of this city," she said.')
    q = one(found, "earned the trust")
    assert q.text == "We have earned the trust of this city"
    assert (q.speaker, q.cue) == ("Maria Lopez", "said")


def test_inverted_said_name_with_appositive(quotes):
    found = quotes('"The money has already been spent," said Anna Kowalski, the city treasurer.')
    q = one(found, "money has already")
    assert q.speaker == "Anna Kowalski"
    assert q.role and "treasurer" in q.role


def test_one_quotation_in_two_parts_is_one_quote(quotes):
    text = '"We cannot wait any longer," she said, "because the schools are falling apart." Laura Finch is the mayor.'
    found = quotes('Laura Finch spoke on Friday. ' + text)
    q = one(found, "cannot wait")
    # both parts in one record, the reporter's tag left out
    assert q.text == "We cannot wait any longer \u2026 because the schools are falling apart."
    assert "said" not in q.text and len(q.parts) == 2
    assert q.speaker == "Laura Finch"


def test_second_sentence_after_the_tag_joins_the_quote(quotes):
    found = quotes('Omar Haddad runs the clinic. "The queue is long," he said. "We need two more doctors."')
    q = one(found, "queue is long")
    assert "two more doctors" in q.text and q.speaker == "Omar Haddad"
    assert "he said" not in q.text


def test_a_quote_over_several_paragraphs_keeps_its_speaker(quotes):
    text = ("Peter Quinn, the union leader, spoke to the crowd.\n\n"
            "\u201cWe have waited ten years for this contract.\n\n"
            "\u201cNobody here will accept another delay,\u201d he said.")
    found = quotes(text)
    assert [q.speaker for q in found] == ["Peter Quinn", "Peter Quinn"]


# --- partial quotations -----------------------------------------------------------------


def test_partial_quote_after_that(quotes):
    found = quotes('Sara Blom left the party in May. She further added that "in my honest view, the leadership '
                   'has lost touch with its own voters."')
    q = one(found, "in my honest view")
    assert q.text.startswith("in my honest view") and q.speaker == "Sara Blom"


def test_short_partial_quotes_come_with_their_clause(quotes):
    found = quotes('Minister Ruth Adair rejected the audit. The minister called the report "deeply flawed" '
                   'and "a distraction."')
    q = one(found, "deeply flawed")
    assert "a distraction" in q.text and "report" in q.text
    assert q.speaker == "Ruth Adair"


# --- channels -------------------------------------------------------------------------


@pytest.mark.parametrize("text, channel", [
    ('"I will not run again," Ken Moss announced in a tweet on Monday.', "Twitter"),
    ('Ken Moss tweeted: "I will not run again this year."', "Twitter"),
    ('"I will not run again this year," Ken Moss said in a statement.', "statement"),
    ('"I will not run again this year," Ken Moss told reporters.', "reporters"),
    ("Ken Moss told GMTV's Sunday programme: \"I will not run again this year.\"", "Sunday programme"),
])
def test_channels(quotes, text, channel):
    q = one(quotes(text), "run again")
    assert q.speaker == "Ken Moss"
    assert channel in (q.channel or "")


# --- speakers that are not names --------------------------------------------------------


# --- not quotations -------------------------------------------------------------------


def test_names_titles_and_scare_quotes_are_not_quotes(quotes):
    found = quotes('The council joined its "Green Streets Task Force" and launched "Coffee with Captain" to '
                   'meet residents. Critics say the "reform" changes little.')
    assert found == []


def test_what_someone_becomes_in_quotation_marks_is_no_one_s_words(quotes):
    # the writer's label for them, quoted; a verb of saying or doing to someone still quotes (a guard)
    assert quotes('Former minister Tom Hale, who died on Monday, went on to become the prime minister\'s '
                  '"chief enforcer" in the cabinet.') == []
    q = one(quotes('Mayor Ana Ruiz branded the levy "a reckless waste of money" on Monday.'), "reckless waste")
    assert q.speaker is not None and q.speaker.endswith("Ana Ruiz")
    # what someone says or fears a thing is becoming is theirs
    q = one(quotes('In the depths of the recession, Senator Paul Ryan worried that the safety net was becoming "a '
                   'hammock that lulls people to lives of dependency."'), "hammock")
    assert q.speaker is not None and q.speaker.endswith("Paul Ryan")


def test_unattributed_quote_has_no_speaker(quotes):
    found = quotes('The vote was close.\n\n"Nothing will change for the families in this valley."')
    q = one(found, "Nothing will change")
    assert q.speaker is None and q.confidence < 0.6


# --- speakers: round 2 ---------------------------------------------------------------------


def test_speech_tag_split_off_after_a_question_mark(quotes):
    text = ("Senator Ana Morales met the governor in Lima on Monday.\n\n"
            "\u201cWill you run for office again next year?\u201d Morales asked. The governor smiled.")
    q = one(quotes(text), "run for office")
    assert q.speaker == "Ana Morales"


def test_the_one_told_is_not_the_speaker(quotes):
    text = ("Governor Peter Hall praised the plan on Friday, telling Reuters, "
            "\u201cThe budget is balanced and the schools will open on time.\u201d")
    q = one(quotes(text), "budget is balanced")
    assert q.speaker == "Peter Hall"


def test_a_place_in_the_description_is_not_the_speaker(quotes):
    text = ("A bridge collapsed in Porto on Sunday.\n\n"
            "\u201cIt was complete chaos on the bridge and nobody knew where to go,\u201d a resident of Porto said.")
    q = one(quotes(text), "complete chaos")
    assert q.speaker == "a resident of Porto" and q.described  # the resident, as described; not the city


def test_a_verb_before_the_colon_introduces_the_next_paragraph(quotes):
    text = ("Governor Peter Hall leaned over the podium and boomed:\n\n"
            "\u201cWe will win this fight in November and we will win it together.\u201d")
    q = one(quotes(text), "win this fight")
    assert q.speaker == "Peter Hall"


def test_a_newspaper_reports(quotes):
    text = ("The Lisbon Herald reported:\n\n"
            "\u201cThe council approved the new budget late on Friday night after a long debate.\u201d")
    q = one(quotes(text), "council approved")
    assert q.speaker is not None and "Herald" in q.speaker


def test_the_name_beside_a_description_is_the_speaker(quotes):
    text = ("Senator Maria Lopez toured the harbour on Monday.\n\n"
            "\u201cWe will rebuild every pier before the winter storms arrive,\u201d "
            "Lopez\u2019s campaign manager, Daniel Price, said in an interview.")
    q = one(quotes(text), "rebuild every pier")
    assert q.speaker == "Daniel Price"


def test_a_possessive_description_is_not_the_person_it_names(quotes):
    found = quotes('Senator Tom Barker spoke in Ohio on Monday. "We will not give up on this bill at all," '
                   "Barker's campaign manager said.")
    q = one(found, "give up on this bill")
    assert q.speaker == "Barker's campaign manager" and q.described  # as the story puts it, not Barker


# --- speakers the story does not name ------------------------------------------------------


def test_an_unnamed_source_is_the_speaker_as_described(quotes):
    found = quotes('Mayor Lena Ortiz opened the bridge on Friday. "The budget will not survive the winter," '
                   "a senior council official told reporters.")
    q = one(found, "budget will not survive")
    assert q.speaker == "a senior council official" and q.described
    assert q.speaker != "Lena Ortiz"


def test_a_bare_plural_is_not_a_speaker(quotes):
    found = quotes('Mayor Lena Ortiz opened the bridge on Friday. "We want the old ferry back next spring," '
                   "residents said.")
    q = one(found, "old ferry")
    assert q.speaker is None and not q.described


def test_a_description_fits_only_the_actor_it_describes(quotes):
    # Hale is the protagonist and a senator, but "the Kansas senator" is Moreno, named just before
    found = quotes("Senator Ruth Hale of Ohio won the primary on Tuesday. Hale thanked her volunteers in Columbus.\n\n"
                   "Senator Tomas Moreno of Kansas spoke next. Moreno lost the primary.\n\n"
                   '"We will be back in two years," the Kansas senator said.')
    assert one(found, "back in two years").speaker != "Ruth Hale"


def test_a_name_and_colon_introduce_a_quotation(quotes):
    found = quotes("The polls closed at ten.\n\n"
                   "TURNOUT WAS HIGHER THAN EXPECTED - Priya Natarajan and Tom Ellery: \u201cThe late surge came "
                   "from voters under thirty who had not voted before.\u201d")
    assert one(found, "late surge").speaker in ("Tom Ellery", "Priya Natarajan")


def test_a_quotation_signed_on_the_line_below(quotes):
    text = ("Councillor Ravi Mendes and Mayor Ines Albright debated on Monday. Their claims, checked.\n\n"
            "\"Acme and Bolt pay no local taxes at all.\"\n\n- Mendes.\n\nThe claim is old.\n\n"
            "\"I was the one who warned the council about the bridge.\"\n\n-Mayor Ines Albright, in her closing"
            " remarks.\n\n\"We hear about a closed council all the time, and it needs to stop.\"\n\n-Tomas Varga,"
            " Springfield.")
    found = quotes(text)
    assert one(found, "pay no local taxes").speaker == "Ravi Mendes"
    assert one(found, "warned the council").speaker == "Ines Albright"
    assert "Varga" in one(found, "closed council").speaker
    assert all("signature" in q.evidence for q in found)


def test_an_inverted_speech_verb_and_name_with_a_colon_introduce_the_next_paragraph(quotes):
    text = ("Ravi Mendes spoke to the radio station about the vote.\n\nStated Mendes:\n\n\"I think that the stakes"
            " are so high that they would do anything necessary to stay in power.\"")
    q = one(quotes(text), "stakes are so high")
    # the cue is read right; the actor list still takes "Stated" into the name (an actors debt)
    assert q.speaker.endswith("Mendes") and "colon_name" in q.evidence and q.confidence >= FLAG_BELOW


def test_a_quotation_signed_with_a_dash(quotes):
    found = quotes("We asked readers what they made of the debate.\n\n"
                   "\u201cHe never answered a single question about the budget.\u201d \u2015 Marta Quinones\n\n"
                   "\u201cI liked how calm she stayed the whole night.\u201d \u2015 Daniel Osei")
    assert one(found, "single question").speaker == "Marta Quinones"
    assert one(found, "calm she stayed").speaker == "Daniel Osei"


def test_a_description_linked_to_the_protagonist_does_not_name_a_speaker(quotes):
    # "the Ohio governor" is not Hale: the story has moved on to someone it does not name
    found = quotes("Senator Ruth Hale won the Ohio primary on Tuesday, and Hale thanked her volunteers.\n\n"
                   "Turnout was low across the state. Hale spoke in Columbus.\n\n"
                   "Later the Ohio governor spoke in Dayton. The Ohio governor said the result was "
                   "\u201ca wake-up call for every one of us in this party.\u201d")
    assert one(found, "wake-up call").speaker != "Ruth Hale"


def test_a_description_says_what_it_says_about_them(quotes):
    found = quotes("Senator Ruth Hale won the primary on Tuesday.\n\n"
                   '"She will need the suburbs in November," said a longtime adviser to the governor.')
    q = one(found, "need the suburbs")
    assert q.speaker == "a longtime adviser to the governor" and q.described


def test_an_indefinite_description_is_someone_new(quotes):
    found = quotes("Republican strategist Mark Dunn praised the ad on Monday.\n\n"
                   '"They spent far too little on turnout this year," said a Democratic strategist.')
    q = one(found, "far too little")
    assert q.speaker == "a Democratic strategist" and q.speaker != "Mark Dunn"


def test_a_paragraph_of_quotation_after_an_introduction_is_a_flagged_guess(quotes):
    found = quotes("Mayor Lena Ortiz opened the bridge on Friday.\n\n"
                   "Tom Vale, who runs the bakery, praised the mayor's work after the floods.\n\n"
                   "\u201cWe need someone who gets things done and brings people together.\u201d")
    q = one(found, "gets things done")
    assert q.speaker == "Tom Vale" and "introduced" in q.evidence  # a guess, worth what it measures


def test_as_x_puts_it(quotes):
    found = quotes("The council voted on Monday. As The Courier's Ana Ruiz puts it, the vote was "
                   "\u201ca victory for the parks and a defeat for the builders.\u201d")
    assert "Ana Ruiz" in one(found, "victory for the parks").speaker


# --- how sure: evidence and confidence (one table, `confidence.EVIDENCE`) -----------------------

TRUST_CASES = [
    # (story, words of the quote, the speaker, the piece of evidence the attribution must carry); the
    # confidence is the measured share of its weakest piece (`confidence.py`), checked by the fixture
    ('"The budget is balanced," Mayor Ines Albright said on Monday.', "budget is balanced", "Ines Albright",
     "tag_after"),
    ("Ines Albright, the mayor, said: \"The budget is balanced and the roads are next.\"", "roads are next",
     "Ines Albright", "verb_subject"),
    # a speech verb in the sentence before and no tag of its own: nobody, or a guess
    ("Ines Albright spoke to the council at length on Monday. \"We will not raise taxes this year,\" the"
     " statement went on.\n\nThe vote is next week.", "raise taxes", None, None),
    # "he" when the only person named is a woman: never her words
    ("Ines Albright opened the new bridge on Monday. Albright said she was proud of the work. A reporter"
     " asked about the cost.\n\n\"It was worth every penny,\" he said.", "every penny", "not Ines Albright", None),
    # second-hand words: the tag's speaker, marked as words the story has from someone else
    ("Mayor Ines Albright visited the depot.\n\n\"We will finish the road by spring,\" Albright said, according"
     " to the Valley Courier.", "finish the road", "Ines Albright", "according_to_other"),
    ("Mayor Ines Albright visited the depot.\n\nAccording to the council minutes, Albright said \"the road will be"
     " finished by the end of the spring.\"", "the road will be", "Ines Albright", "according_to_other"),
    # (the story has them from the one who reports them, in whose reported clause they stand)
    ("Mayor Ines Albright and Councillor Ravi Mendes argued on Monday.\n\nMendes said Albright called the plan"
     " \"a reckless waste of money that nobody in this town asked for.\"", "reckless waste", "Ravi Mendes",
     "nested_report"),
    ("Mayor Ines Albright and Councillor Ravi Mendes argued on Monday.\n\nAlbright, Mendes said, described the"
     " plan as \"a reckless waste of money that nobody in this town asked for.\"", "reckless waste", "Ravi Mendes",
     "nested_report"),
    # ... unless no one reports them: the words stay the named speaker's
    ("Mayor Ines Albright and Councillor Ravi Mendes argued on Monday.\n\nLeaked documents suggested Albright"
     " branded the plan \"a reckless waste of money that nobody in this town asked for.\"", "reckless waste",
     "Ines Albright", None),
    # ... and a few words of it may be either speaker's
    ("Mayor Ines Albright and Councillor Ravi Mendes argued on Monday.\n\nMendes said Albright called the plan"
     " \"a reckless waste\" before the vote.", "reckless waste", None, "nested_fragment"),
    # the subject of a verb whose object holds the quotation, named or through a pronoun
    ("Mayor Ines Albright opened the depot. Albright welcomed the new targets \"to make the town cleaner by the"
     " end of the decade.\"", "make the town cleaner", "Ines Albright", "governing_verb"),
    ("Mayor Ines Albright opened the depot. She welcomed the new targets \"to make the town cleaner by the end"
     " of the decade.\"", "make the town cleaner", "Ines Albright", "governing_verb"),
    # a participle hung from what someone reports goes on with the one who reports it
    ("Tomas Varga guarded the mayor's office for three years.\n\nVarga also wrote the clerks knew to brace for the"
     " outbursts, saying, \"They did not happen every day, but behind closed doors we learned about them fast.\"",
     "behind closed doors", "Tomas Varga", "nested_report"),
    # ... but "according to" the speaker herself, or "she" telling what she said, is first-hand
    ("Mayor Ines Albright visited the depot.\n\n\"We will finish the road by spring,\" according to Albright.",
     "finish the road", "Ines Albright", "according_to"),
    ("Mayor Ines Albright visited the depot.\n\nAlbright said she told the workers \"the road will be finished by"
     " the end of the spring.\"", "the road will be", "Ines Albright", "verb_subject_far"),
]


@pytest.mark.parametrize("text, words, speaker, piece", TRUST_CASES)
def test_attribution_carries_its_evidence_and_a_confidence_that_says_how_sure(quotes, text, words, speaker, piece):
    q = one(quotes(text), words)
    assert q.evidence and set(q.evidence) <= set(EVIDENCE)
    if speaker == "not Ines Albright":
        assert q.speaker != "Ines Albright"
    elif speaker is not None:
        assert q.speaker == speaker
    if piece is not None:
        assert piece in q.evidence
        assert q.confidence == min(EVIDENCE[e] for e in q.evidence)


def test_the_sentence_before_names_a_speaker_only_as_a_guess(quotes):
    text = ("Councillor Ravi Mendes criticised the plan in a long speech.\n\n"
            "Mendes spoke for an hour. \"Nobody asked the people who live on this street what they wanted.\"")
    q = one(quotes(text), "Nobody asked")
    assert q.confidence < FLAG_BELOW  # never shown as sure, whether it names someone or nobody
    if q.speaker is None:
        assert q.evidence == ["unattributed"]
    else:  # a guess: the one person the sentence before names, and the evidence says so
        assert q.speaker == "Ravi Mendes" and ("previous_sentence" in q.evidence or "introduced" in q.evidence)


def test_thousands_of_quotations_in_one_sentence_each_find_the_tag(quotes):
    # the shape `bench/hostile_quotes.py` times: every quotation is searched near itself only
    text = "Tony Blair said " + " ".join(['"we will not go back on this promise"'] * 300) + "."
    (q,) = quotes(text)  # one quotation after one tag, nothing between its parts
    assert q.text.count("promise") == 300 and q.speaker == "Tony Blair"


def test_a_long_run_of_punctuation_keeps_the_text_and_its_quotes(nlp, quotes):
    run = '"' * 500
    doc = nlp(f'{run} Ines Albright said "the budget is balanced and fair".')
    assert doc.text.startswith(run) and len(doc) > 500
    found = quotes(f'Mayor Ines Albright said "the budget is balanced and fair". {"!" * 300}')
    assert one(found, "budget is balanced").speaker == "Ines Albright"


# --- how pages and handouts show an uncertain attribution ----------------------------------------


def _with_quotes(kishor, quotes):
    from generator.facts import Briefing

    b = Briefing.from_dict(kishor.to_dict())
    b.quotes = quotes
    return b


def test_a_flagged_quote_shows_its_best_guess_as_such(kishor):
    from generator.facts import Quote
    from generator.publish.render import Renderer
    from generator.publish.site import actor_pages, briefing_page, long_date, one_line

    b = _with_quotes(kishor, [Quote("We will win the seat back", "Ines Albright", confidence=0.9),
                              Quote("The count was rigged", "Ravi Mendes", confidence=0.5)])
    md = briefing_page(b, Renderer())
    guess = next(line for line in md.splitlines() if "Ravi Mendes" in line)
    assert "attribution uncertain (measured): possibly" in guess
    sure = next(line for line in md.splitlines() if "Ines Albright" in line)
    assert "uncertain" not in sure
    # on the actor page: shown as a guess, not counted among their quotes
    b.who = b.who + [dataclasses.replace(b.who[0], name="Ravi Mendes", slug="ravi-mendes", role=None, roles=[])]
    other = _with_quotes(kishor, [])
    other.who = b.who
    other.slug = other.slug + "-2"
    page = next(p for p in actor_pages([b, other]).values() if p.name == "Ravi Mendes")
    assert page.quote_count == 0
    text = Renderer().render("actor.md.j2", actor=page, date_long=long_date, one_line=one_line)
    assert "The count was rigged" in text and "attribution uncertain (measured): possibly Ravi Mendes" in text


def test_the_handout_takes_the_strongest_quotes_and_no_uncertain_one(kishor):
    import io

    import pypdf

    from generator.facts import Quote
    from generator.publish.handouts import render_pdf
    from generator.publish.render import Renderer

    quotes = [Quote('called the plan "a mess"', "Ines Albright", confidence=0.9, enclosed=False),
              Quote("Guessed words of someone", "Ravi Mendes", confidence=0.5),
              Quote("Words of a source nobody names", "a council official", confidence=0.7, described=True)]
    quotes += [Quote(f"Full quotation number {n} of the mayor", "Ines Albright", confidence=0.9) for n in range(1, 6)]
    data = render_pdf(_with_quotes(kishor, quotes), Renderer(), "2022-05-01")
    body = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split())
    for n in range(1, 5):
        assert f"Full quotation number {n}" in body
    for left_out in ("Full quotation number 5", "a mess", "Guessed words", "nobody names"):
        assert left_out not in body, left_out
    assert "4 more quotes in the online briefing" in body


def test_quotes_come_back_from_two_extraction_processes(tmp_path):
    # `nlp.pipe(n_process=2)` ships each Doc back with msgpack: the quote component must leave
    # nothing in it that msgpack cannot carry
    from generator.extract import extract
    from generator.input.seeds import read_seed

    from .conftest import make_seed

    # a surname the model labels a law ("Roe") sends the cue reader to the story's person names
    paths = [make_seed(tmp_path, f"2024-01-0{n}-story.txt",
                       f"date 2024-01-0{n} Roe speaks\n\nMinister Jane Roe said the plan was {{{{ 7*7 }}}} at the "
                       f"summit.\n\n\"We will not accept [a link](javascript:alert(1)) or {{{{ 7*7 }}}} in our "
                       f"**budget** at all,\" Roe said on Monday {n}.") for n in (1, 2, 3)]
    briefings = list(extract([read_seed(p) for p in paths], n_process=2))
    assert [b.quotes[0].speaker for b in briefings] == ["Jane Roe"] * 3


# --- the real seed's shape, on an invented story ------------------------------------------------

TWEET_STORY = (
    "Poll strategist Arvind Kelkar has turned down an offer from the Nationalist Front to run its "
    "campaign. The decision comes after weeks of talks.\n\n"
    "\"I thank the party for its generous offer,\" he announced in a tweet. He further added that "
    "\"the party needs new leaders more than it needs me.\"\n\n"
    "Front chairwoman Meera Iyer said the door remained open."
)


def test_a_pronoun_that_can_mean_only_one_person_named_so_far_is_sure(quotes):
    found = quotes(TWEET_STORY)
    for words in ("generous offer", "new leaders"):
        q = one(found, words)
        assert q.speaker == "Arvind Kelkar" and q.confidence >= 0.6, q
        assert "pronoun_only_candidate" in q.evidence


def test_added_goes_on_in_the_channel_of_the_quote_before(quotes):
    found = quotes(TWEET_STORY)
    assert one(found, "generous offer").channel == "Twitter"
    assert one(found, "new leaders").channel == "Twitter"  # "He further added": the same tweet


def test_an_unnamed_speaker_before_the_pronoun_leaves_it_a_guess(quotes):
    found = quotes("Poll strategist Arvind Kelkar has turned down the offer.\n\n"
                   "A party spokesman said talks had ended. \"We wish him well,\" he said.")
    q = one(found, "wish him well")
    assert "pronoun_only_candidate" not in q.evidence


# --- round 2 of issue 12: how English attributes speech, in invented stories ---------------------
# (story, words of the quote, its speaker, the evidence that names them)
SPEAKER_CASES = [
    # a verb that is no speech verb, whose object holds the quotation: its subject is quoting
    ("Harbour master Lena Okafor welcomed the new timetable \"as a real step towards safer crossings\".",
     "safer crossings", "Lena Okafor", "governing_verb"),
    # the model makes the appositive a second subject nearer the verb; the name is the speaker
    ("Councillor Tomas Reyes spoke first. Mirela Dobos, Green Party transport spokeswoman said: \"The ferry "
     "fares are far too high for families.\"", "ferry fares", "Mirela Dobos", None),
    # a passive speech verb: the speaker is its agent, not its subject
    ("Mayor Ann Price was asked by reporter Colm Burke, \"Will the bridge open before the winter storms?\"",
     "bridge open", "Colm Burke", None),
]


@pytest.mark.parametrize("text, words, speaker, piece", SPEAKER_CASES)
def test_who_said_it(quotes, text, words, speaker, piece):
    q = one(quotes(text), words)
    assert q.speaker == speaker
    if piece is not None:
        assert piece in q.evidence


def test_a_negated_speech_verb_does_not_speak(quotes):
    text = ("Senator Hugh Marley criticised Governor Ida Stone for not calling the flood \"a disaster for the "
            "whole valley and its farms\" on Monday.")
    q = one(quotes(text), "whole valley")
    assert q.speaker != "Ida Stone"


def test_continue_to_be_is_no_speech_tag(quotes):
    text = ("Minister Paul Ochoa said he is sure his deputy, Rita Lenz, will continue to be \"a strong voice "
            "for the coastal towns\" in the cabinet.")
    q = one(quotes(text), "coastal towns")
    assert q.speaker == "Paul Ochoa"


def test_a_person_of_an_organisation_is_not_the_organisation(quotes):
    text = ("The Harbour Board met on Friday. The head of the Harbour Board's finance committee said: \"We cannot "
            "pay for the new pier this year.\"")
    q = one(quotes(text), "new pier")
    assert q.speaker != "Harbour Board"


def test_he_after_an_unnamed_spokesman_is_the_spokesman(quotes):
    text = ("Councillor Brian Hale said the ferry plan was a mistake. \"It will cost the town dearly,\" he said. "
            "But a spokesman for the Harbour Trust defended the plan. He said: \"The new ferries will carry twice "
            "as many people.\"")
    q = one(quotes(text), "twice as many")
    assert "Harbour Trust" in q.speaker  # the spokesman speaks for the trust, not for Brian Hale
    assert "pronoun_previous_description" in q.evidence


@pytest.mark.parametrize("text, words, body", [
    # a former aide or spokesman speaks for himself, no longer for the body (US, UK)
    ("The Harbour Party met on Friday. \"The fares are doomed,\" said one former Harbour Party leadership aide.",
     "fares are doomed", "Harbour Party"),
    ("The Harbour Trust opened the pier. \"It will never pay,\" an ex-spokesman for the Harbour Trust said.",
     "never pay", "Harbour Trust"),
])
def test_a_former_aide_is_not_the_body_s_voice(quotes, text, words, body):
    q = one(quotes(text), words)
    assert q.speaker != body, q


def test_a_serving_aide_is_the_body_s_voice(quotes):
    text = "The Harbour Trust opened the pier. \"It will pay,\" a spokesman for the Harbour Trust said."
    assert "Harbour Trust" in (one(quotes(text), "will pay").speaker or "")


def test_a_chain_of_he_goes_back_to_the_named_subject(quotes):
    text = ("Lord Pemberton opened the debate on the ferry fares. Mr Croucher said the main issue was that Lord "
            "Pemberton's figures had been presented as party policy. He said they might have been a draft. "
            "He told the local radio station: \"We have suspended the report until the figures are checked.\"")
    q = one(quotes(text), "suspended the report")
    assert q.speaker == "Croucher"
    assert q.confidence >= FLAG_BELOW


@pytest.mark.parametrize("text, words, speaker", [
    ("The ferry debate, as recorded in the minutes.\n\nCouncillor Jo Marsh (Lab): \"The fares must come down "
     "before the summer season.\"", "fares must come down", "Jo Marsh"),
    ("The survey has its limits - Harbour Research: \"All the samples include more regular travellers than the "
     "town has.\"", "samples include", "Harbour Research"),
])
def test_a_name_before_the_colon_introduces_the_quotation(quotes, text, words, speaker):
    q = one(quotes(text), words)
    assert q.speaker == speaker
    assert "colon_name" in q.evidence


def test_the_sentence_before_names_the_speaker_of_a_quotation_that_opens_its_own(quotes):
    text = ("Harbour master Lena Okafor said the new ferries would arrive in May. \"We have waited six years for "
            "boats that can cross in a storm.\"")
    q = one(quotes(text), "six years")
    assert q.speaker == "Lena Okafor"
    assert "previous_sentence" in q.evidence and q.confidence >= FLAG_BELOW


@pytest.mark.parametrize("text, words, speaker", [
    # any verb after a quotation that closes on a comma: English punctuates so only before its tag
    ("The harbour meeting ran late. \"Go back to your own council,\" Mayor Ann Price barked at the visitors.",
     "own council", "Ann Price"),
    # a question closes the quotation and the model ends the sentence there: the tag is still its
    ("The ferry debate went on. \"Would the fares be negotiable?\" Colm Burke pressed. Nobody answered him.",
     "fares be negotiable", "Colm Burke"),
])
def test_a_speech_tag_with_any_verb(quotes, text, words, speaker):
    q = one(quotes(text), words)
    assert q.speaker == speaker


def test_the_main_speech_verb_of_the_sentence_before_speaks(quotes):
    text = ("Defence Minister Ash Carter said that for decades some critics had been predicting a withdrawal "
            "from the region.\n\n\"That is because this region is home to half the world's people.\"")
    q = one(quotes(text), "half the world")
    assert q.speaker == "Ash Carter"


def test_the_verb_before_the_colon_beats_a_speech_verb_further_off(quotes):
    text = ("When Mayor Ann Price suggested that the ferry company would sue the town, Councillor Colm Burke "
            "fired back: \"If they sue us in our own court, they are going to lose.\"")
    q = one(quotes(text), "going to lose")
    assert q.speaker == "Colm Burke"


def test_a_clause_that_comes_back_empty_leaves_the_quoted_words_alone(nlp, quotes, monkeypatch):
    """Where the model ends a sentence before a partial quotation's words, the clause around them
    came back empty (end before start), and the story failed to extract: the words are then read as
    when no clause is found (a few lower-case words with no clause are scare quotes)."""
    import generator.extract.quotes as quotes_mod

    text = 'Minister Ada Korr called the plan "a reckless and costly gamble" on Monday.'
    before = one(quotes(text), "reckless")
    assert before.speaker == "Ada Korr"
    monkeypatch.setattr(quotes_mod, "_reported_clause", lambda doc, verb, ts, te, inside: (doc[ts].idx, doc[ts].idx - 1))
    found = quotes(text)  # no IndexError from an empty span
    assert all(q.end > q.start for q in found) and not any("reckless" in q.text for q in found)


def test_one_person_of_a_people_speaks_as_that_person_not_the_people(quotes):
    # "another Muslim at the mosque" is one person, no group: the speaker is that person, the people
    # ("Muslims") is not (a guard: Who lists the people once, `actors.one_of_a_people`)
    found = quotes('Muslims in Orlando held a vigil on Sunday. "We are in shock," said another Muslim at the mosque.')
    assert one(found, "in shock").speaker == "Muslim"


def test_a_name_that_qualifies_a_noun_is_no_one_a_pronoun_stands_for(quotes):
    # "the Hale campaign" names a campaign, not Hale: "he" is the owner who said it, not the candidate the
    # story has shown to be a man
    found = quotes("Donald Hale has built a data machine for his campaign, aides said on Monday. Hale spent heavily "
                   "on it.\n\nSteve Marlow, the owner of a data firm, said the Hale campaign has yet to follow up, though "
                   "he contended his firm\u2019s services \u201cwould be the perfect system for Hale on many levels.\u201d")
    assert one(found, "perfect system").speaker == "Steve Marlow"


def test_the_name_after_an_opening_participle_s_comma_speaks(quotes):
    # the parser takes "Welcoming the ruling" for the subject of "said" and hangs the name on it
    text = ('The Law Lords ruled on Monday that the rules were unlawful.\n\nWelcoming the ruling, Maeve Sherlock, chief '
            'executive of the Refugee Council, said: "Human rights abuses against the Roma are well documented."')
    assert one(quotes(text), "well documented").speaker == "Maeve Sherlock"
