"""Where: the places that matter, most relevant first."""
from __future__ import annotations

from spacy.tokens import Doc

from ..facts import Place

PLACE_LABELS = ("GPE", "LOC", "FAC")


def extract_where(doc: Doc) -> list[Place]:
    places: dict[str, Place] = {}
    score: dict[str, float] = {}
    sent_starts = {s.start: i for i, s in enumerate(doc.sents)}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = " ".join(ent.text.split())
        if name.lower().startswith("the "):
            name = name[4:]
        key = name.lower()
        sent = sent_starts.get(ent.sent.start, -1)
        if key not in places:
            places[key] = Place(name=name, mentions=0, sentence=sent, start=ent.start_char, end=ent.end_char)
            score[key] = 0.0
        places[key].mentions += 1
        # a place named where the event happens ("in New Delhi") counts more than an adjective
        weight = 1.5 if ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at", "near", "from", "to") else 1.0
        score[key] += weight * (2.0 if sent == 0 else 1.0)
    return sorted(places.values(), key=lambda p: (-score[p.name.lower()], p.start))
