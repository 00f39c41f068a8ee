"""A headline for a story that came without one: main actor + main event, in the present tense.

Built from the lede's grammar, not cut from its words: the subject's actor name, the
verb in the present tense, the object's core ("the offer made by the Congress" becomes
"Congress offer") and an infinitive that completes it ("to join the party"). Phrases are
kept whole or dropped, never cut in the middle.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..facts import Actor
from .pipeline import load_nlp
from .sentences import lede

MAX_WORDS = 12
_KEEP = ("compound", "amod", "nummod", "poss", "case")


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


def _noun_core(noun: Token) -> list[str]:
    """The noun with its close modifiers; an agent ('made by X') moves in front: 'X offer'."""
    words = [t.text for t in noun.lefts if t.dep_ in _KEEP and not t.is_punct
             for t in [t] if t.dep_ != "poss" or t.pos_ == "PROPN"]
    agent = None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            by = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None and pobj.pos_ == "PROPN":
                agent = " ".join(t.text for t in pobj.subtree if t.pos_ == "PROPN")
    return ([agent] if agent else []) + words + [noun.text]


def _infinitive(head: Token) -> list[str]:
    """'to join the party': an infinitive attached to the object or to a participle of it."""
    candidates = list(head.children) + [g for c in head.children if c.dep_ == "acl" for g in c.children]
    for verb in candidates:
        if verb.dep_ in ("acl", "xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
            words = ["to", verb.text]
            if obj is not None:
                words += [t.text for t in obj.lefts if t.dep_ in _KEEP] + [obj.text]
            return words
    return []


def make_headline(doc: Doc, actors: list[Actor]) -> str | None:
    found = lede(doc)
    if found is None:
        return None
    sent = found[1]
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ not in ("VERB", "AUX") or subj is None:
        words = sent.text.split()
        return " ".join(words[:MAX_WORDS]).rstrip(",;:.") or None
    who = None
    for actor in actors:
        if subj.left_edge.idx <= actor.start <= subj.right_edge.idx or \
                any(t.text in actor.name.split() for t in subj.subtree if t.pos_ == "PROPN"):
            who = actor.name
            break
    if who is None:
        who = " ".join(t.text for t in subj.subtree if t.pos_ != "DET" and t.dep_ not in ("relcl", "appos"))
    verb = [_present(root) if root.tag_ in ("VBD", "VBN", "VBZ", "VBP") else root.text]
    if root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children):
        verb = ["is", root.text]  # passive: "is arrested"
    verb += [c.text for c in root.children if c.dep_ == "prt"]
    obj = next((c for c in root.children if c.dep_ in ("dobj", "attr", "acomp")), None)
    rest: list[str] = []
    if obj is not None:
        rest = _noun_core(obj)
        more = _infinitive(obj)
        if len([who] + verb + rest + more) <= MAX_WORDS:
            rest += more
    else:
        prep = next((c for c in root.children if c.dep_ == "prep"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None:
            rest = [prep.text] + _noun_core(pobj)
    text = " ".join([who] + verb + rest).replace(" 's", "'s")
    return text.rstrip(" ,;:.") or None


def parse_title(title: str | None) -> Doc | None:
    """The story's own headline, processed by the same pipeline: what and where read it,
    since a headline states the event and its place in brief."""
    if not title or not title.strip():
        return None
    return load_nlp()(" ".join(title.split()))
