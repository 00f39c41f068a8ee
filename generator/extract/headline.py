"""A headline for a story that came without one: main actor + main event, in the present tense."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..facts import Actor

MAX_WORDS = 12


def _present(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def make_headline(doc: Doc, actors: list[Actor]) -> str | None:
    sents = list(doc.sents)
    if not sents:
        return None
    sent = next((s for s in sents if not s.text.lstrip().startswith(('"', "\u201c"))), sents[0])
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ not in ("VERB", "AUX") or subj is None:
        words = sent.text.split()
        return " ".join(words[:MAX_WORDS]).rstrip(",;:.") or None
    # the subject by its actor's canonical name where one matches
    who = None
    for actor in actors:
        if subj.left_edge.idx <= actor.start < subj.right_edge.idx + len(subj.right_edge) or \
                any(t.text in actor.name.split() for t in subj.subtree if t.pos_ == "PROPN"):
            who = actor.name
            break
    if who is None:
        who = " ".join(t.text for t in subj.subtree if t.pos_ != "DET")
    verb = _present(root) if root.tag_ in ("VBD", "VBN", "VBZ", "VBP") else root.text
    rest = []
    for tok in sent.doc[root.i + 1 : sent.end]:
        if tok.text in (",", ";", ":", "\u2014") or tok.dep_ in ("advcl", "relcl"):
            break
        if tok.pos_ == "DET" or tok.is_space or tok.text in ('"', "\u201c", "\u201d"):
            continue
        rest.append(tok.text)
    words = [who, verb] + rest
    text = " ".join(words[:MAX_WORDS]).replace(" 's", "'s")
    return text.rstrip(" ,;:.") or None
