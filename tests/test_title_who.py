"""Who leads (`extract/title_who.py`): the actor a headline makes its subject leads Who; a name in a
framing clause, a kind of person, a report's source. Invented stories, the real pipeline."""
from __future__ import annotations

from .conftest import story


BODY = ("Prime Minister Helen Aldous met the mayor of Dunmore, Peter Quayle, on Monday to discuss flood defences.\n\n"
        "Aldous said the town would get new barriers. Aldous added that the money was already set aside. "
        "Quayle thanked the government for its help.")


def test_the_actor_a_headline_makes_its_subject_leads_who(nlp):
    assert story(nlp, BODY).who[0].name == "Helen Aldous"  # the body alone: the most salient person
    b = story(nlp, BODY, title="Peter Quayle wins flood money for Dunmore")
    assert b.who[0].name == "Peter Quayle"
    assert {a.name for a in b.who} == {a.name for a in story(nlp, BODY).who}  # reordered, none added


def test_a_name_in_a_framing_clause_or_qualifying_the_subject_does_not_lead(nlp):
    # "as Aldous visits": a subordinate clause; "Dunmore mayor": the place qualifies the subject
    assert story(nlp, BODY, title="Residents cheer as Helen Aldous visits Dunmore").who[0].name != "Helen Aldous"
    assert story(nlp, BODY, title="Flood barriers promised for Dunmore").who[0].name == "Helen Aldous"


def test_a_kind_of_person_as_the_headlines_subject_is_who(nlp):
    b = story(nlp, "A tram left the rails near the depot in Ashby on Monday, injuring nine people.\n\n"
                   "British Transport Police said the driver had been arrested on suspicion of dangerous driving.",
              title="Tram driver arrested after Ashby derailment")
    assert b.who[0].name == "Tram driver" and b.who[0].kind == "group" and b.who[0].slug == "tram-driver"


def test_after_a_topic_and_a_colon_comes_the_headline_proper(nlp):
    b = story(nlp, "A tram left the rails near the depot in Ashby on Monday, injuring nine people.\n\n"
                   "British Transport Police said the driver had been arrested on suspicion of dangerous driving.",
              title="Ashby tram crash: Driver arrested as nine are hurt")
    assert b.who[0].name == "Driver" and b.who[0].kind == "group"


def test_a_reports_source_is_not_the_subject_of_its_news(nlp):
    b = story(nlp, "A suicide bomber drove a truck into the gates of the consulate in Baltra, officials said.\n\n"
                   "The Liberation Front said it carried out the attack.")
    assert b.who[0].name == "A suicide bomber"


def test_a_named_source_is_the_news_and_keeps_its_own_role(nlp):
    # "X has failed, Howard has said": Howard's charge is the news; "the opposition leader" is Howard
    b = story(nlp, "Helen Aldous has had the chance to tackle the problems facing Britain and has failed, Peter Quayle "
                   'has said.\n\n"Britain is heading in the wrong direction," the Liberal leader said in his New Year '
                   "message. Mrs Aldous's government was a bossy government, he added.")
    roles = {a.name: a.roles for a in b.who}
    assert roles["Helen Aldous"] == [] and roles["Peter Quayle"] == ["Liberal leader"]
