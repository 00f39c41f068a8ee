"""Who (issue 27): person actors are people the story names, told from evidence in the story's own
words and the gazetteer, never from a list of the stories' names. Invented stories, the real pipeline.

* never a credit, a place, a drug or product, a work's title, an outlet or a programme;
* a title with a surname ("Prof Halvorsen") is the person the story names in full;
* kinds from evidence (a gazetteer place, a seat, a list, an apposition), not a guess;
* roles whole and in the story's tense."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.extract import facts_from_doc
from generator.input.seeds import Seed


def brief(nlp, text: str):
    seed = Seed(id="t", path=Path("t.txt"), date=dt.date(2023, 3, 14), title=None, paragraphs=text.split("\n\n"))
    return facts_from_doc(nlp(seed.text), seed)


def _who(b) -> dict[str, object]:
    return {a.name: a for a in b.who}


def _all_names(b) -> str:
    return " | ".join(n for a in b.who for n in [a.name, *a.aliases])


def test_a_photo_credit_is_no_actor(nlp):
    b = brief(nlp, "Premier Dana Boyce speaks to reporters in Halifax on Tuesday. (Priya Sandhu/CBC)\n\n"
                   "Premier Dana Boyce has promised to hire 300 nurses before the end of the year.\n\n"
                   "Boyce said the province would pay for the plan from its surplus. Mark Ellery/Canadian Press")
    names = _all_names(b)
    assert "Dana Boyce" in names
    assert "Sandhu" not in names and "Ellery" not in names and "/" not in names


def test_places_are_no_people(nlp):
    b = brief(nlp, "A man from Dartmouth, Ont., was charged after a crash that closed a highway in Nova Scotia.\n\n"
                   "Constable Rita Ames said the driver, Owen Pratt, 42, had been drinking.\n\n"
                   "Dan Orme, the Labour MP for Penwick South, said protests were held in towns including Cardiff, "
                   "Bangor, Llanfair and Wrexham.")
    people = [a.name for a in b.who if a.kind == "person"]
    for place in ("Nova Scotia", "Dartmouth", "Ont", "Llanfair", "Wrexham", "Penwick South"):
        assert not any(place in p for p in people), (place, people)
    assert {"Rita Ames", "Owen Pratt", "Dan Orme"} <= set(people)


def test_drugs_and_things_are_no_people(nlp):
    b = brief(nlp, "A Halifax man accused of stealing Ativan and fentanyl from a pharmacy was sentenced to four "
                   "years in prison on Tuesday.\n\n"
                   "Justice Helen Marsh said fentanyl had killed three people in the town. Fentanyl is an opioid.\n\n"
                   "Symbolically, the pharmacy has closed.")
    names = _all_names(b)
    assert "Helen Marsh" in names
    for thing in ("Ativan", "Fentanyl", "Symbolically"):
        assert thing not in names, names


def test_titles_of_works_are_no_people(nlp):
    b = brief(nlp, "Leo Varga has won a prize for the comic Captain Maple, which sold 40,000 copies.\n\n"
                   "Varga said his next book, Harold Finch, would follow a retired detective.\n\n"
                   "His work featured in a documentary called 'No More Mr Grey' last year.")
    names = _all_names(b)
    assert "Leo Varga" in names
    for title in ("Captain Maple", "Harold Finch", "Grey"):
        assert title not in names, names


def test_a_title_and_surname_is_the_person_named_in_full(nlp):
    b = brief(nlp, "Ingrid Halvorsen, a sociologist, says the plan to cut benefits will fail.\n\n"
                   "Prof Halvorsen told the committee that families would lose out.\n\n"
                   "Joseph Tembo, the former archbishop of Lusaka, agreed. Archbishop Tembo said the poor would pay.")
    who = _who(b)
    assert "Prof Halvorsen" not in who and "Archbishop Tembo" not in who
    assert "Prof Halvorsen" in who["Ingrid Halvorsen"].aliases and "Professor" in who["Ingrid Halvorsen"].roles
    assert "Archbishop Tembo" in who["Joseph Tembo"].aliases


def test_a_title_and_surname_alone_stays_as_the_story_names_them(nlp):
    b = brief(nlp, "Prof Okafor said the figures were wrong. The university will publish new figures on Friday.")
    assert "Prof Okafor" in _who(b)


def test_outlets_and_programmes_quoted_are_sources_not_actors(nlp):
    b = brief(nlp, "Health Secretary Mina Clarke told WKTV's Sunday programme that waiting lists would fall.\n\n"
                   "She said the same on BBC2 and on the Dan Foyle show, and the Scotsman newspaper reported "
                   "that the plan would cost £2bn. CBC News reported that the talks had stalled. Opposition leader "
                   "Ray Dunn told CTV's Power Hour that the plan had failed.")
    names = _all_names(b)
    assert "Mina Clarke" in names
    for outlet in ("WKTV", "BBC2", "Dan Foyle", "Scotsman", "CBC", "Power Hour"):
        assert outlet not in names, names


def test_an_outlet_that_acts_is_an_actor(nlp):
    b = brief(nlp, "The BBC has apologised to viewers after a presenter swore on air.\n\n"
                   "The BBC said it had spoken to the presenter, Tom Reade.")
    assert "BBC" in _who(b)


def test_kinds_from_evidence(nlp):
    b = brief(nlp, "Agrifa, the rural affairs ministry, said the cull would go ahead.\n\n"
                   "The union BTWU said it would strike. Lord Pemberton said the plan was cruel.\n\n"
                   "Miles Harker QC, for the farmers, said they would appeal.")
    who = _who(b)
    assert who["Agrifa"].kind == "organisation"
    assert who["BTWU"].kind == "organisation"
    assert who["Lord Pemberton"].kind == "person"
    assert who["Miles Harker"].kind == "person"


def test_roles_are_whole_and_in_the_story_s_tense(nlp):
    b = brief(nlp, "On Thursday, Lord Hartwell - a senior law lord - said the detention was unlawful.\n\n"
                   "The inquiry had been ordered by then Attorney General Mark Doyle in 2019.\n\n"
                   "Following Ms Lowe's announcement, lawyer Petra Vance said her clients would sue.\n\n"
                   "Labour's deputy minister for women Jane Ashby said the party would act.\n\n"
                   "Gov. Gen. Ada Moore signed the bill on Friday.")
    who = _who(b)
    assert "senior law lord" in who["Lord Hartwell"].roles
    assert "then Attorney General" in who["Mark Doyle"].roles
    assert who["Petra Vance"].roles == ["lawyer"]
    assert "deputy minister for women" in who["Jane Ashby"].roles
    assert "Governor General" in who["Ada Moore"].roles


def test_people_of_similar_shape_stay_people(nlp):
    b = brief(nlp, "The book's author, Ann Lee, said she had been threatened.\n\n"
                   "Mr Blair's spokesman Tom Kelly said the talks had gone well, and Smith and others agreed. "
                   "Smith is a farmer from Kent.")
    who = _who(b)
    assert who["Ann Lee"].kind == "person"
    assert "Tom Kelly" in who and "spokesman" in " ".join(who["Tom Kelly"].roles)
