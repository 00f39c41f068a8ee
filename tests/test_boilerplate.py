"""Page furniture in a seed (`input/furniture.py`, marked by `extract/boilerplate.py`): told from the
story, kept in the seed, giving no fact. Invented lines, the real pipeline."""
from __future__ import annotations

import pytest

from generator.input.furniture import is_boilerplate

from .conftest import story


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("By Jane Kowalski and Tom Reyes", True),
        ("By Sarah Jones, BBC News", True),
        ("Jane Doe | Staff writer", True),
        ("(Reporting by Ann Lee; Editing by Tom Hale.)", True),
        ("Photo: Mark Dunn/Getty Images", True),
        ("Getty.", True),
        ("Image caption The minister arrives at the meeting", True),
        ("Protesters outside parliament. (AP Photo/Ann Lee)", True),
        ("READ MORE: Council approves budget after long night", True),
        ("Related: How the vote was won", True),
        ('"Related:"', True),
        ("Share this article", True),
        ("Follow Jane Kowalski on Twitter @janekreports.", True),
        ("Sign up for our daily politics newsletter.", True),
        ("@cityhallwatch", True),
        ("https://example.org/story", True),
        ("pic.twitter.com/a1B2c3", True),
        ("This story has been updated to include a statement from the mayor.", True),
        ("By winning the primary, the senator took all 66 delegates.", False),
        ("The council said it would share the costs with the region.", False),
        ("Photos showed mourners crouched over the bodies.", False),
        ("Related parties must declare their interests, the law says.", False),
    ],
)
def test_boilerplate_lines_are_told_from_story(line, furniture):
    assert is_boilerplate(line) is furniture


def test_boilerplate_stays_in_the_seed_and_gives_no_fact(nlp):
    text = ("By Jane Kowalski and Tom Reyes\n\n"
            "Mayor Elena Marsh has vetoed the city budget passed by the council last week.\n\n"
            "Photo: Mark Dunn/Getty Images\n\n"
            "READ MORE: Council approves budget after Gareth Pryce deal\n\n"
            "Marsh said the budget would leave the transit system short of money.\n\n"
            "Follow Jane Kowalski on Twitter @janekreports.\n\n"
            "https://example.org/story\n\n@cityhallwatch")
    b = story(nlp, text)
    assert "By Jane Kowalski" in b.text  # kept in the seed
    names = " ".join(a.name for a in b.who)
    for furniture in ("Kowalski", "Reyes", "Dunn", "Getty", "Pryce", "cityhallwatch", "janekreports"):
        assert furniture not in names
    facts = [b.what.text, b.title] + [f.text for f in b.why + b.context] + [p.name for p in b.where]
    for fact in facts:
        assert not is_boilerplate(fact) and "Getty" not in fact and "Kowalski" not in fact, fact
    # the home page and the feeds show the headline without the story: the person by their full name
    assert b.title.startswith("Elena Marsh vetoes")
