"""`briefing_entities`: settle entity spans and labels with evidence from the whole story.

The small English model splits and mislabels names: "Election strategist Prashant
Kishor" comes out as "Kishor" (ORG), later "Kishor" (GPE). This component runs
after `ner` and

* widens an entity over the proper nouns that compound into it ("Prashant" + "Kishor");
* gives every mention of a surname the label that the best evidence supports: a
  two-word PERSON mention, or a person's role word in front of it, wins over ORG/GPE.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ROLE_WORDS = frozenset(
    line.strip()
    for line in resources.files(__package__).joinpath("data/roles.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def _widen(ent: Span) -> Span:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ in ("", ent.label_) \
                and prev.dep_ == "compound" and prev.lower_ not in ROLE_WORDS:
            start -= 1
        else:
            break
    return Span(doc, start, end, label=ent.label_)


def role_before(ent: Span) -> Span | None:
    """The role words in the same noun phrase before a name: 'Congress President' Sonia Gandhi."""
    doc = ent.doc
    i = ent.start
    while i > 0:
        prev = doc[i - 1]
        if prev.is_punct or prev.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ") or prev.is_space:
            break
        if prev.head.i < ent.start or prev.head.i >= ent.end:
            if not (prev.head.i < ent.start and prev.head.i >= i - 1):
                break
        i -= 1
    span = doc[i : ent.start]
    if span and any(t.lower_ in ROLE_WORDS or (t.pos_ == "NOUN" and t.is_lower) for t in span):
        return span
    return None


@Language.component("briefing_entities", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def settle_entities(doc: Doc) -> Doc:
    ents = [_widen(e) for e in doc.ents]
    ents = filter_spans(ents)
    # evidence per surname: how many mentions of it look like a person
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            continue
        key = ent[-1].text
        weight = 1
        if ent.label_ == "PERSON" and len(ent) >= 2:
            weight = 3
        votes[key][ent.label_] += weight
        role = role_before(ent)
        if role is not None and any(t.lower_ in ROLE_WORDS for t in role) and ent[0].pos_ == "PROPN":
            votes[key]["PERSON"] += 3
    fixed = []
    for ent in ents:
        label = ent.label_
        if label in ("PERSON", "ORG", "GPE") and ent[-1].text in votes:
            best, score = votes[ent[-1].text].most_common(1)[0]
            if best == "PERSON" and score >= 3 and label != "PERSON":
                label = "PERSON"
        fixed.append(Span(doc, ent.start, ent.end, label=label))
    doc.ents = fixed
    return doc
