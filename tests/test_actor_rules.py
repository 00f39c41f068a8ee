"""The rules behind the real seed's actors and places, each on an invented story of the same
shape (no real article text): who is a person, which names are one actor, which are none,
whose title a bare title is, and which country a story is set in."""
import pytest
from spacy.tokens import Span

from generator.extract.actors import extract_actors
from generator.extract.entities import settle_entities
from generator.extract.places import extract_where

KELKAR = (
    "Poll strategist Arvind Kelkar has turned down an offer from the Nationalist Democratic Front to lead "
    "its campaign for the 2026 Rajya Sabha elections.\n\n"
    "\"I thank the party for its kind offer,\" he wrote on Twitter.\n\n"
    "Front chairwoman Meera Iyer had convened a strategy committee and invited Kelkar to join it. "
    "\"Party Chair has convened a committee and invited him to lead it,\" a spokesman for the Front said.\n\n"
    "Kelkar, 47, had earlier advised the Front's rivals in Kerala and Karnataka, and the communication "
    "department of the party had briefed the press."
)


def actors(nlp, text):
    return {a.name: a for a in extract_actors(nlp(text)).actors}


def test_evidence_of_a_person_beats_the_model_label(nlp):
    """The small model calls an unknown name a firm or a place; a role noun before it, an age
    after it, a known first name and a speech verb say it is a person."""
    doc = nlp("Election strategist Mohan Pradhan has declined the offer. Pradhan, 45, had reportedly "
              "said the party should change. Pradhan met the leaders later. Leaders met Pradhan twice. "
              "Pradhan left.")
    names = [(i, i + 2) if doc[i].text == "Mohan" else (i, i + 1)
             for i, t in enumerate(doc) if t.text in ("Mohan",) or (t.text == "Pradhan" and doc[i - 1].text != "Mohan")]
    doc.ents = [Span(doc, s, e, label="ORG" if n == 0 else "GPE") for n, (s, e) in enumerate(names)]
    assert [e.label_ for e in settle_entities(doc).ents] == ["PERSON"] * 5


@pytest.mark.parametrize("text, name, label", [
    ("Virginia Tech beat its rivals on Saturday.", "Virginia Tech", "ORG"),  # a first name before an institution word
    ("Supporters gathered in Sterling Heights on Monday.", "Sterling Heights", "GPE"),  # people are not *in* someone
])
def test_a_first_name_alone_does_not_make_a_place_or_institution_a_person(nlp, text, name, label):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + len(name.split()), label=label)]
    assert settle_entities(doc).ents[0].label_ == label


def test_person_with_role_alias_and_age(nlp):
    found = actors(nlp, KELKAR)
    kelkar = found["Arvind Kelkar"]
    assert (kelkar.kind, kelkar.role, kelkar.aliases) == ("person", "Poll strategist", ["Kelkar"])
    assert "Kelkar" not in found


def test_a_role_is_whole_words_never_cut_at_a_hyphen(nlp):
    found = actors(nlp, "Labour election co-ordinator Alan Mercer said the campaign would start in May. "
                        "Tory co-chairman Liam Forde disagreed on Monday.")
    roles = [found[name].role for name in ("Alan Mercer", "Liam Forde")]
    assert all(role and not role.startswith(("ordinator", "chairman")) and not role.endswith(" co")
               for role in roles), roles
    assert "co-ordinator" in roles[0] and "co-chairman" in roles[1]


def test_a_role_starts_at_its_noun_phrase_not_at_the_sentence_before_it(nlp):
    found = actors(nlp, "Earlier Foreign Secretary Jack Stroud said the talks would start in May. It was not "
                        "just President George Bosh who disagreed. Former minister Clare Shore left on Monday. "
                        "Bosh thanked his cabinet colleagues Defence Secretary Tim Hewn and Clare Shore.")
    assert [found[n].role for n in ("Jack Stroud", "George Bosh", "Clare Shore", "Tim Hewn")] == [
        "Foreign Secretary", "President", "Former minister", "Defence Secretary"]


def test_short_form_of_an_organisation_is_one_actor(nlp):
    found = actors(nlp, KELKAR)
    front = found["Nationalist Democratic Front"]
    assert front.kind == "organisation" and "Front" in front.aliases
    assert "Front" not in found


def test_an_acronym_is_the_organisation_it_abbreviates(nlp):
    found = actors(nlp, "The Scottish Renewal Party has chosen a new leader. The SRP said the vote was close. "
                        "Party members in Fife welcomed the result.")
    assert "SRP" in found["Scottish Renewal Party"].aliases and "SRP" not in found


def test_institutions_named_as_modifiers_and_departments_are_not_actors(nlp):
    found = actors(nlp, KELKAR)
    assert "Rajya Sabha" not in found  # "the 2026 Rajya Sabha elections": a name qualifying a noun
    assert not any("department" in name.lower() for name in found)  # a description, not a name


def test_a_title_used_as_a_name_is_the_title_of_the_person_doing_the_same(nlp):
    found = actors(nlp, KELKAR)
    assert "Party Chair" in found["Meera Iyer"].roles  # convened ... and invited, as Meera Iyer did
    assert "Party Chair" not in found["Arvind Kelkar"].roles


def test_two_people_who_share_a_surname_stay_two(nlp):
    found = actors(nlp, "Labour leader Ed Miliband has said his brother David Miliband will not return to "
                        "frontline politics.\n\nEd Miliband told reporters his brother was happy in New York. "
                        "Miliband said the family had talked about it over Christmas.")
    assert {"Ed Miliband", "David Miliband"} <= set(found)
    assert found["Ed Miliband"].mentions == 3 and found["David Miliband"].mentions == 1


def test_the_country_the_story_is_set_in_leads_where(nlp):
    places = [p.name for p in extract_where(nlp(KELKAR))]
    assert places[0] == "India"  # the Rajya Sabha, Kerala, Karnataka: no other country named
    assert {"Kerala", "Karnataka"} <= set(places)


def test_a_city_named_in_the_story_is_not_replaced_by_its_country(nlp):
    places = [p.name for p in extract_where(nlp(
        "Thousands of farmers marched in Pune on Monday against the new law passed by the Lok Sabha. "
        "Protests also spread to Punjab and Haryana."))]
    assert places[0] == "Pune" and "India" not in places[:1]


def test_a_list_of_places_is_not_one_place(nlp):
    places = [p.name for p in extract_where(nlp(
        "The party lost elections in Punjab, Goa, Manipur and Uttarakhand this year, and in Punjab "
        "its leader resigned."))]
    assert not any("," in p for p in places)
    assert {"Punjab", "Goa", "Manipur", "Uttarakhand"} <= set(places)


@pytest.mark.parametrize("text, name, not_name", [
    ('Campaign adviser Roger Stone spoke on Monday. Stated Stone: "I have nothing to hide."', "Roger Stone", "Stated Stone"),
    ('Lawyer Ana Reyes met the judge. Added Reyes: "We will appeal the ruling."', "Ana Reyes", "Added Reyes"),
])
def test_an_inverted_speech_tag_is_not_part_of_the_name(nlp, text, name, not_name):
    found = actors(nlp, text)
    assert name in found and not_name not in found
    assert found[name].mentions == 2


def test_said_as_a_first_name_stays(nlp):
    found = actors(nlp, "Said Ahmed, the mayor of the town, opened the new bridge on Friday.")
    assert "Said Ahmed" in found
