"""Titles of works (`extract/works.py`): one rule says a name is a title, from the words around it;
a name the story introduces so is a title wherever it appears. Invented stories, the real pipeline."""
from __future__ import annotations

import pytest

from generator.extract.works import titles_of_works

from .conftest import story


def test_a_title_introduced_by_its_noun_is_a_title_everywhere(nlp):
    doc = nlp("Varga directed the film Harold Finch last year. Harold Finch won two awards.")
    assert "harold finch" in titles_of_works(doc)


def test_a_title_set_beside_its_noun_founds_no_actor(nlp):
    b = story(nlp, "His new novel, Martha Quill, is out next week.\n\nMartha Quill follows a retired detective. "
                   "Its author, Tom Reyes, said he wrote it in a year.")
    assert "Martha Quill" not in {a.name for a in b.who}
    assert "Tom Reyes" in {a.name for a in b.who}


def test_the_writer_of_a_book_is_no_title(nlp):
    # "the book Nadia Brook wrote": the name is the subject of the clause, the one who wrote
    doc = nlp("It was the book Nadia Brook wrote in prison that changed the law. Brook said she was proud.")
    assert "nadia brook" not in titles_of_works(doc)


def test_a_name_in_front_of_a_works_noun_is_no_title_elsewhere(nlp):
    # "the Corvids game": the team's game, not a game called "Corvids"; the team still acts in the story
    b = story(nlp, "The Halford Corvids won the title on Sunday. Fans packed the stadium for the Corvids game.\n\n"
                   "The Corvids said the win was for the city.")
    assert any("Corvids" in a.name for a in b.who)


def test_a_work_that_is_the_subject_of_its_own_clause_is_still_a_title(nlp):
    # "the book Nadia Brook wrote" leaves the book out as the object; "the game Nightstalker was blamed" does not
    doc = nlp("Parents were angry after the game Nightstalker was blamed for the attack.")
    assert "nightstalker" in titles_of_works(doc)


def test_a_title_beside_its_noun_after_a_preposition_is_a_title(nlp):
    # "in his new book, Borderless Empire," (not "the author of the book, Mitchell Zuckoff,": the author)
    doc = nlp("Mr Reyes sets out the case in his new book, Borderless Empire, published on Monday. "
              "Readers met the author of the book, Nadia Brook, on Friday.")
    assert "borderless empire" in titles_of_works(doc)
    assert "nadia brook" not in titles_of_works(doc)


def test_someone_a_book_tells_of_is_no_title(nlp):
    # the name opens the clause after "in Tom Reyes's book": someone the book is about, not the book
    doc = nlp("In Tom Reyes's book Nadia Brook is alleged to have told the minister she would resign.")
    assert "nadia brook" not in titles_of_works(doc)


@pytest.mark.parametrize("text, part", [
    ("Critics said the poster depicted opposition leader Mark Hollins as Scrooge. Hollins said he was not "
     "offended.", "Scrooge"),
    ("The comedian performed his impression of the minister as Frankenstein. The minister laughed.",
     "Frankenstein"),
])
def test_a_name_someone_is_shown_as_is_a_part_no_actor(nlp, text, part):
    """"depicted X as Y", "an impression of X as Y": Y is the figure X is shown as, no one acting."""
    from generator.extract.actors import extract_actors
    assert part not in {a.name for a in extract_actors(nlp(text)).actors}


# A name in front of a noun for a thing made, sold or posted, or for a work's players ("bars", "handgun",
# "account", "star", "actor") names the brand, the maker, the platform or the work: no actor by that mention.
# A maker that does something elsewhere in the story still acts.
@pytest.mark.parametrize("text, thing", [
    ("Shoppers said Golden Mill bars had shrunk. The maker, Hartwell Foods, blamed the price of cocoa.",
     "Golden Mill"),
    ("The Late Late Theory actor Ravi Nair added that he was devastated by the result.", "Late Late Theory"),
])
def test_a_name_qualifying_a_product_or_a_player_is_no_actor(nlp, text, thing):
    assert not any(thing in a.name for a in story(nlp, text).who)


@pytest.mark.parametrize("text, actor", [
    ("Hartwell Foods cut the size of its Golden Mill bars, the company said. Shoppers were angry.",
     "Hartwell Foods"),
    ("Brandt Motors said it would recall 4,000 vans. The Brandt Motors vans had faulty brakes.", "Brandt Motors"),
    ("Nina Vale, who stars in Harbour Lane, said she would campaign for the mayor.", "Nina Vale"),
])
def test_a_maker_or_a_player_that_acts_stays(nlp, text, actor):
    assert actor in {a.name for a in story(nlp, text).who}


# A part an actor plays is no one in the story: the one "portrayed", the "of" of a "portrayal", a name
# "portrayed by" or "played by" someone; the actor acts, and so does someone portrayed *as* something.
@pytest.mark.parametrize("text, part", [
    ("The lines are spoken by family patriarch Jim Carver, portrayed by Tom Hale. Hale said the show was a hit.",
     "Jim Carver"),
    ("Tom Hale won fame for his portrayal of Jim Carver in the series Home Base. Hale said he was proud.",
     "Jim Carver"),
    ("Nina Vale portrayed Jim Carver for six years, and Vale said she missed the part.", "Jim Carver"),
])
def test_a_part_someone_portrays_is_no_actor(nlp, text, part):
    assert part not in {a.name for a in story(nlp, text).who}


@pytest.mark.parametrize("text, actor", [
    ("The advert portrayed Mayor Ann Lutz as weak. Lutz said the advert was a lie.", "Ann Lutz"),
    ("Nina Vale portrayed Jim Carver for six years, and Vale said she missed the part.", "Nina Vale"),
])
def test_who_portrays_and_who_is_portrayed_as_something_act(nlp, text, actor):
    assert actor in {a.name for a in story(nlp, text).who}


def test_a_verb_the_parser_read_as_a_performer_s_noun_leaves_the_name_an_actor(nlp):
    # "stars" as the sentence's root noun, "Barack Obama" its modifier: the sentence has no verb but it
    b = story(nlp, "Senator Elena Cruz is the party unifier who speaks to liberals. President Barack Obama stars as "
                   "the motivator of the base. Obama will speak in Ohio on Monday. Obama won the state twice.")
    assert "Barack Obama" in {a.name for a in b.who}
