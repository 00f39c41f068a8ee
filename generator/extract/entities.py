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
        # only unlabelled proper nouns: a neighbouring entity ("Oval Office Trump") is another name
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ == "" \
                and prev.dep_ == "compound" and prev.lower_ not in ROLE_WORDS:
            start -= 1
        else:
            break
    # a title the model took into a name ("Councillor Priya Raman", even labelled ORG) is a
    # role in front of a person's name, not part of the name
    label = ent.label_
    if label in ("PERSON", "ORG") and doc[start].lower_ in ROLE_WORDS:
        rest = doc[start + 1 : end]
        if len(rest) >= 2 and all(t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS for t in rest):
            start, label = start + 1, "PERSON"
    return Span(doc, start, end, label=label, span_id=ent.id_)


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


def _vote(votes: dict[str, Counter], ent: Span) -> None:
    weight = 3 if ent.label_ == "PERSON" and len(ent) >= 2 else 1
    votes[ent.text][ent.label_] += weight
    if ent.label_ == "PERSON" and len(ent) >= 2:
        # a lone first name or surname later refers to this person
        votes[ent[0].text]["PERSON"] += 3
        votes[ent[-1].text]["PERSON"] += 3
    role = role_before(ent)
    if role is not None and any(t.lower_ in ROLE_WORDS for t in role) and ent[0].pos_ == "PROPN":
        votes[ent[-1].text]["PERSON"] += 3


def _settled(ent: Span, votes: dict[str, Counter]) -> str:
    label = ent.label_
    if ent.ent_id_ == "place" or label not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
        return label
    tally = Counter(votes.get(ent.text, {}))
    if len(ent) > 1:
        tally.update(votes.get(ent[-1].text, {}))
    if not tally:
        return label
    best, score = tally.most_common(1)[0]
    if tally["PERSON"] >= 3 and tally["PERSON"] >= score and label != "PERSON":
        return "PERSON"
    # a single-word name takes the label most of its mentions have ("Ferrari" ORG, not GPE)
    if len(ent) == 1 and best != label and score > tally[label] and best != "PERSON":
        return best
    return label


def _without_possessive(ent: Span) -> Span:
    """"Barker's" (tagged ORG with its 's) names Barker: the possessive is not part of the name."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    return ent


@Language.component("briefing_entities", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def settle_entities(doc: Doc) -> Doc:
    ents = filter_spans([_widen(e) for e in (_without_possessive(e) for e in doc.ents) if len(e)])
    # evidence per name: how its mentions across the story are labelled
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        if ent.label_ in NAME_LABELS:
            _vote(votes, ent)
    doc.ents = [Span(doc, e.start, e.end, label=_settled(e, votes), span_id=e.id_) for e in ents]
    return doc
