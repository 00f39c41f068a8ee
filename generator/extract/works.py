"""Titles of works: books, comics, films, songs, shows. Named in a story, never acting in it.

The model often takes a title for a person ("the comic Undead Soldier"): a name the story
introduces with a noun for a work, right before it or set beside it ("his new comic, Undead
Soldier,"), is a title wherever else it appears (the model's own label for works of art
falls on people's names too often to go by). Such a name
founds no actor (`actors.extract_actors`) and is no speaker (`speakers.SpeakerResolver`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicon

WORK_NOUNS = lexicon.words("work_nouns")


def titles_of_works(doc: Doc) -> frozenset[str]:
    """The names a story gives as titles of works, casefolded."""
    out = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "WORK_OF_ART"):
            continue
        root = ent.root
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ in WORK_NOUNS and before.pos_ == "NOUN":
            # "the comic Undead Soldier", "the comic book Undead Soldier"
            out.add(ent.text.casefold())
        elif before is not None and before.text == "," and root.dep_ == "appos" and root.head.i == ent.start - 2 and \
                root.head.lower_ in WORK_NOUNS and root.head.dep_ != "pobj":
            # "his new comic, Undead Soldier," (not "the author of the book, Mitchell Zuckoff,")
            out.add(ent.text.casefold())
    return frozenset(out)
