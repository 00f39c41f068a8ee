"""Where (`extract/places.py`): the places that matter, most relevant first, each a place by evidence
in the story's own words or the gazetteer. Invented stories, the real pipeline."""
from __future__ import annotations

from generator.extract.places import extract_where


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
