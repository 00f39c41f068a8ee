"""`briefing_lemmas`: a verb's lemma where the model's rule lemmatizer strips a silent e.

The rule lemmatizer takes "-ing" and "-ed" off and keeps the first base its word lists know, so
"waging" is "wag", "hoping" "hop", "riding" "rid", "taping" "tap", "wading" "wad". English spelling
says otherwise: a verb of one syllable that ends in one vowel and one consonant doubles the consonant
before "-ing" and "-ed" ("wagging", "hopped", "ridding"), so a form that does not double it comes from
the base with a silent e ("wage", "hope", "ride"), where the word lists know that base as a verb. The
headline reads the lemma to put a verb in the present ("Trump still wags primary-campaign fight" for
"is still waging"); so do the rules that look verbs up by lemma.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# a base of one syllable that ends in one vowel and one consonant (not w, x or y, which never double)
_ONE_SHORT_SYLLABLE = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def silent_e(word: str, lemma: str, verbs: frozenset[str]) -> str:
    """The lemma of a verb form, its silent e restored where the spelling says so."""
    word = word.lower()
    if _ONE_SHORT_SYLLABLE.fullmatch(lemma) and word in (lemma + "ing", lemma + "ed") and lemma + "e" in verbs:
        return lemma + "e"
    return lemma


@Language.factory("briefing_lemmas")
def make_lemmas(nlp: Language, name: str):
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    verbs = frozenset(index.get("verb", ()))

    def restore_silent_e(doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBG", "VBD", "VBN"):
                lemma = silent_e(token.text, token.lemma_, verbs)
                if lemma != token.lemma_:
                    token.lemma_ = lemma
        return doc

    return restore_silent_e
