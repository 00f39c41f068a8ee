"""Context (`extract/context.py`): the background of a story. Invented stories, the real pipeline."""
from __future__ import annotations

from .conftest import story


def test_context_holds_the_background_of_a_story_shaped_like_the_seed(nlp):
    text = ("Trade unionist Ines Duarte has rejected the offer made by the Workers' Alliance to lead its new "
            "committee. The decision comes amid the party's attempts to rebuild itself.\n\n"
            "The party leader had set up the committee and had invited Duarte to join the party.\n\n"
            "Duarte had been in talks with the Alliance since early February, weeks after the party lost "
            "three regional elections.\n\n"
            "The leader set up a six-member panel to study her proposals and write a report.\n\n"
            "Duarte had reportedly said that the Alliance should fight for 120 seats and form pacts for the rest.")
    context = " ".join(f.text for f in story(nlp, text).context)
    for words in ("lost three regional elections", "six-member panel", "120 seats"):
        assert words in context, words
