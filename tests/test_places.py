"""Where (`extract/places.py`): the places that matter, most relevant first, each a place by evidence
in the story's own words or the gazetteer. Invented stories, the real pipeline."""
from __future__ import annotations

from generator.extract.places import extract_where

from .conftest import KELKAR, story, titled


def _where(nlp, text: str) -> list[str]:
    return [p.name for p in extract_where(nlp(text))]


def test_a_topic_the_model_tags_as_a_place_is_no_place(nlp):
    # "Brexit" reads like "Britain" to the model; the story never puts anything *in* it
    places = _where(nlp, "Prices of the Fennick chocolate bar rose in the wake of Brexit, the firm said.\n\n"
                         "The firm denied the rise was a result of Brexit. Shoppers in the UK will pay 10p more.\n\n"
                         "Brexit talks on tariffs resume next week.")
    assert "Brexit" not in places
    assert places[:1] == ["UK"]


def test_a_place_the_story_puts_something_in_counts_at_every_mention(nlp):
    # "Pelworth" is no name the gazetteer knows: "in Pelworth" makes it a place, its other mentions too
    places = _where(nlp, "Pelworth's council has closed the town's library. Pelworth voted to keep it.\n\n"
                         "Protesters gathered in Pelworth on Saturday.")
    assert places[:1] == ["Pelworth"]


def test_a_road_or_a_site_is_a_place_by_its_own_name(nlp):
    places = _where(nlp, "A tram derailed near the Marlow stop on Quenby Road on Tuesday, injuring six people.")
    assert "Quenby Road" in places


def test_the_place_of_a_place_noun_is_a_place(nlp):
    places = _where(nlp, "Two people died when a bomb exploded in the northern city of Jalalabad on Monday.")
    assert places[:1] == ["Jalalabad"]


def test_a_visit_to_a_town_puts_the_story_there(nlp):
    places = _where(nlp, "The prime minister's visit to Sheffield was cut short on Friday after protests.")
    assert places[:1] == ["Sheffield"]


def test_a_list_holds_places_when_one_of_them_is_placed(nlp):
    # Jalalabad and Kandahar are nowhere *in*: listed with Kunduz, which troops are in, they are places too
    places = _where(nlp, "Kunduz, Jalalabad and Kandahar all reported attacks on Monday. Troops remain in Kunduz.")
    assert places == ["Kunduz", "Jalalabad", "Kandahar"]


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


def test_where_puts_the_events_place_before_the_country(nlp):
    b = story(nlp, "Thousands of protesters gathered in Nairobi on Saturday. Kenya has seen weeks of unrest, "
                   "and Kenya's government has promised talks.")
    names = [p.name for p in b.where]
    assert names.index("Nairobi") < names.index("Kenya")


def test_a_dateline_names_the_place(nlp):
    b = story(nlp, "OTTAWA (Reuters) - Canada's parliament passed the bill on Monday after a long debate.")
    assert b.where[0].name == "OTTAWA"


def test_where_the_headline_names_leads(nlp):
    text = ("Two carriages left the rails on Monday morning, injuring twelve passengers, officials in Nairobi said.\n\n"
            "The line through Mombasa reopened later.")
    assert story(nlp, text).where[0].name == "Nairobi"
    assert titled(nlp, "Train derails in Mombasa, twelve hurt", text).where[0].name == "Mombasa"


def test_a_hyphenated_town_the_model_took_for_a_person_is_one_place(nlp):
    b = story(nlp, "Hundreds of protesters gathered in Stratford-upon-Avon on Saturday to oppose the new road.")
    assert b.where[0].name == "Stratford-upon-Avon"


def test_a_place_named_once_far_down_the_story_is_not_where(nlp):
    lines = [f"The committee met again and discussed item number {n} of the agenda." for n in range(1, 15)]
    b = story(nlp, "The committee approved the plan on Monday. " + " ".join(lines) + " One member later flew to Lisbon.")
    assert b.where == []


def test_a_grouping_of_countries_is_no_place():
    """Babel's territories include the EU, the UN and the eurozone: bodies and areas, never a country."""
    from generator.lexicon.gazetteer import country_of, place_levels
    for name in ("european union", "united nations", "eurozone"):
        assert name not in place_levels() and name not in country_of(), name
    assert place_levels()["france"] == "country"


# a headline's short name for someone the story names is no place, a town's name though it is (UK, US)
def test_a_headline_s_surname_of_a_person_in_the_story_is_no_place(nlp):
    text = ("Labour has defended a poster showing Tory leader Michael Howard as a hypnotist. Mr Howard said the "
            "poster was offensive and asked for it to be withdrawn.")
    where = titled(nlp, "Labour attacked on Howard poster", text).where
    assert not where or where[0].name != "Howard", [p.name for p in where]


def test_a_headline_s_town_the_story_puts_something_in_still_leads(nlp):
    text = "A tram derailed in Croydon on Wednesday, killing seven people. Police in Croydon said the driver was held."
    assert titled(nlp, "Seven die in Croydon tram crash", text).where[0].name == "Croydon"
