"""Who is who across briefings: one page per identity, and earlier briefings linked only through
an actor they really share (invented briefings, as the facts JSON carries them)."""
from slugify import slugify

from generator.facts import Actor, Briefing, Place
from generator.lexicon.gazetteer import is_media
from generator.editorial.identity import briefing_country, identities, link_related
from generator.publish.site import actor_pages


def briefing(id_, date, who, where=()):
    actors = [Actor(name=n, kind=k, aliases=list(al), slug=slugify(n)) for n, k, *al in
              [(w[0], w[1], *w[2:]) for w in who]]
    return Briefing(id=id_, slug=id_, title=id_, title_generated=False, date=date, source_file=f"{id_}.txt",
                    text="", who=actors, where=[Place(name=p) for p in where])


INDIA = briefing("india", "2022-04-26", [("Congress", "organisation"), ("Meera Iyer", "person")], ["Kerala"])
INDIA_LATER = briefing("india-2", "2022-05-01", [("Congress", "organisation")])  # no place named
USA = briefing("usa", "2022-04-20", [("Congress", "organisation"), ("Jo Lowell", "person")], ["Ohio"])
OUTLET_ONLY = briefing("bbc-1", "2022-04-27", [("BBC", "organisation"), ("Anna Price", "person")], ["Kerala"])
OUTLET_ONLY_2 = briefing("bbc-2", "2022-04-28", [("BBC", "organisation"), ("Tom Hale", "person")], ["Ohio"])


def test_the_country_of_a_story_comes_from_its_places():
    assert briefing_country(INDIA) == "India" and briefing_country(USA) == "United States"
    assert briefing_country(briefing("x", "2022-01-01", [], ["Iraq", "London"]), "United Kingdom") == "United Kingdom"
    assert briefing_country(INDIA_LATER) is None


def test_a_name_many_countries_use_is_one_identity_per_country():
    ids = identities([INDIA, USA])
    assert ids[("india", "Congress")] != ids[("usa", "Congress")]
    assert ids[("india", "Meera Iyer")].slug == "meera-iyer"  # a person's name is their identity


def test_a_story_of_unknown_country_joins_the_one_country_the_name_is_known_in():
    ids = identities([INDIA, INDIA_LATER])
    assert ids[("india-2", "Congress")] == ids[("india", "Congress")]
    # known in two countries: the site's home country, the one most of its stories name
    usa_2 = briefing("usa-2", "2022-04-21", [("Jo Lowell", "person")], ["Texas"])
    ids = identities([INDIA, USA, usa_2, INDIA_LATER])
    assert ids[("india-2", "Congress")] == ids[("usa", "Congress")] != ids[("india", "Congress")]


def test_a_british_story_that_names_iraq_is_still_set_in_the_home_country():
    uk = [briefing(f"uk-{n}", "2005-01-0" + str(n + 1), [("Labour Party", "organisation")], ["London"])
          for n in range(3)]
    war = briefing("war", "2005-02-01", [("Labour Party", "organisation")], ["Iraq", "UK"])
    ids = identities(uk + [war])
    assert ids[("war", "Labour Party")] == ids[("uk-0", "Labour Party")] == identities(uk)[("uk-0", "Labour Party")]
    assert ids[("war", "Labour Party")].label == "Labour Party (United Kingdom)"


def test_a_lone_surname_is_the_site_s_one_person_of_that_name():
    full = [briefing(f"b{n}", "2005-01-0" + str(n + 1), [("Tony Blair", "person")]) for n in range(3)]
    wife = briefing("c", "2005-01-05", [("Cherie Blair", "person")])
    bare = briefing("d", "2005-01-06", [("Blair", "person")])
    assert identities(full + [wife, bare])[("d", "Blair")].label == "Tony Blair"
    assert identities(full[:1] + [wife, bare])[("d", "Blair")].label == "Blair"  # no one stands out


def test_india_s_congress_and_the_us_congress_get_two_pages_told_apart():
    pages = actor_pages([INDIA, USA])
    assert {p.name for p in pages.values() if p.name.startswith("Congress")} == {
        "Congress (India)", "Congress (United States)"}
    pages = actor_pages([INDIA, INDIA_LATER])
    (congress,) = [p for p in pages.values() if p.name.startswith("Congress")]
    assert len(congress.appearances) == 2


def test_earlier_briefings_link_through_shared_people_and_parties_not_news_outlets():
    goa = briefing("india-2", "2022-05-01", [("Congress", "organisation")], ["Goa"])
    stories = [briefing(b.id, b.date, [(a.name, a.kind) for a in b.who], [p.name for p in b.where])
               for b in (INDIA, USA, goa, OUTLET_ONLY, OUTLET_ONLY_2)]
    link_related(stories)
    related = {b.id: [r.id for r in b.related] for b in stories}
    assert related["india-2"] == ["india"]  # the same Congress; not the US one
    assert related["usa"] == [] and related["bbc-2"] == []  # sharing a news outlet is not sharing a story
    assert related["bbc-1"] == []


def test_actor_pages_list_each_alias_once():
    a = briefing("a", "2022-01-01", [("Indian National Congress", "organisation", "Congress", "congress")])
    b = briefing("b", "2022-01-02", [("Indian National Congress", "organisation", "CONGRESS", "INC")])
    (page,) = actor_pages([a, b]).values()
    assert page.aliases in (["Congress", "INC"], ["CONGRESS", "INC"])


def test_news_outlets_by_name():
    for name in ("BBC", "India Today", "the Hindustan Times", "Fox News", "Reuters"):
        assert is_media(name), name
    for name in ("Indian National Congress", "Labour", "Meera Iyer", "British Transport Police"):
        assert not is_media(name), name


def test_an_organisation_s_initials_are_the_organisation_they_abbreviate():
    a = briefing("a", "2005-01-01", [("Public and Commercial Services Union", "organisation")])
    b = briefing("b", "2005-01-02", [("PCS", "organisation")])
    c = briefing("c", "2005-01-03", [("NATO", "organisation")])
    ids = identities([a, b, c])
    assert ids[("b", "PCS")] == ids[("a", "Public and Commercial Services Union")]
    assert ids[("c", "NATO")].label == "NATO"  # abbreviates no organisation of the site
