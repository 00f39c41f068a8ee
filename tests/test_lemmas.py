"""The silent e of a verb's lemma (extract/lemmas.py), on the real pipeline."""
from __future__ import annotations

import pytest

from generator.extract.lemmas import silent_e


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Trump is still waging a primary-campaign fight.", "waging", "wage"),
    ("The army waged war for a decade.", "waged", "wage"),
    ("She is hoping to win the seat.", "hoping", "hope"),
    ("They are taping the show tonight.", "taping", "tape"),
    ("He is riding a horse in the parade.", "riding", "ride"),
    # a doubled consonant, a base of two syllables, a base that ends in w, x or y: the base as the model gives it
    ("He hopped on the bus.", "hopped", "hop"),
    ("They are planning a visit.", "planning", "plan"),
    ("He is visiting Ohio this week.", "visiting", "visit"),
    ("He is fixing the roof.", "fixing", "fix"),
    ("It is raining in London.", "raining", "rain"),
])
def test_a_verb_that_keeps_its_single_consonant_has_a_silent_e(nlp, sentence, word, lemma):
    token = next(t for t in nlp(sentence) if t.text == word)
    assert token.lemma_ == lemma


def test_the_rule_needs_the_base_with_its_e_to_be_a_verb():
    assert silent_e("waging", "wag", frozenset({"wage"})) == "wage"
    assert silent_e("waging", "wag", frozenset()) == "wag"
    assert silent_e("wagging", "wag", frozenset({"wage"})) == "wag"
