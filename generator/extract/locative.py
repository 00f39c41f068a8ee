"""A preposition of place: the one definition, asked by entities (is a name a person's or a
place's?) and places (does the story put something there?).

The words are data (`lexicon/data/place_prepositions.json`): prepositions that only ever govern a
place ("in", "at", "near": no one is *in* someone), prepositions of place that may govern a person
too ("from Bolton", "a letter from Ann Lee"), and "to" after a verb or a noun of going ("travel to
Kyiv", "a visit to Sheffield"); never "on" or "of" ("talks on Brexit", "the wake of Brexit": a topic),
nor "at" or "in" after a word of aiming or of trust ("levelled at Ann Lee", "confidence in the minister").
"""
from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon

PLACE_ONLY = lexicon.words("place_prepositions", "place_only")
PLACE_OR_PERSON = lexicon.words("place_prepositions", "place_or_person")
NOT_AFTER = {prep: frozenset(words) for prep, words in lexicon.load("place_prepositions")["not_after"].items()}
MOTION_VERBS = lexicon.words("place_prepositions", "motion_verbs")
JOURNEY_NOUNS = lexicon.words("place_prepositions", "journey_nouns")


def of_place(prep: Token, people_too: bool = True) -> bool:
    """Whether `prep` is a preposition that puts what it governs in a place: always one of
    PLACE_ONLY, "to" after a verb or a noun of going; one of PLACE_OR_PERSON unless `people_too`
    is False (a caller weighing a person against a place asks only for the prepositions no
    person follows)."""
    word = prep.lower_
    if prep.head.lemma_.lower() in NOT_AFTER.get(word, ()):
        return False  # "criticism levelled at Ann Lee", "confidence in the minister": a target, not a place
    if word in PLACE_ONLY or people_too and word in PLACE_OR_PERSON:
        return True
    return word == "to" and (prep.head.lemma_ in MOTION_VERBS or prep.head.lower_ in JOURNEY_NOUNS)
