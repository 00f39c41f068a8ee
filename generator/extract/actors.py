"""Who: the story's actors, not its mentions.

Mentions of one person ("Prashant Kishor", "Kishor") merge into one actor with the
full name; roles come from the words in front of a name ("Congress President") and
from appositives ("X, the party's treasurer"). Actors are ranked by salience.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from slugify import slugify

from ..facts import Actor
from .entities import ROLE_WORDS, role_before

KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me"})


@dataclass
class ActorIndex:
    """The actors of one document, and which character spans mention each."""

    actors: list[Actor]
    mentions: list[tuple[int, int, Actor]] = field(default_factory=list)

    def at(self, start: int, end: int) -> Actor | None:
        for s, e, actor in self.mentions:
            if s < end and start < e:
                return actor
        return None

    def last_person_before(self, pos: int) -> Actor | None:
        best = None
        for s, _e, actor in self.mentions:
            if s < pos and actor.kind == "person":
                best = actor
        return best

    def resolve(self, start: int, end: int, text: str) -> Actor | None:
        """A speaker mention to an actor: a name directly, a pronoun by the nearest person before it."""
        actor = self.at(start, end)
        if actor is not None:
            return actor
        if text.lower() in PERSON_PRONOUNS:
            return self.last_person_before(start)
        return None


def _appositive_role(ent: Span) -> Span | None:
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            span = ent.doc[child.left_edge.i : child.right_edge.i + 1]
            if span and span[0].pos_ == "DET":
                span = span[1:]
            if span and len(span) <= 8 and any(t.lower_ in ROLE_WORDS or t.pos_ == "NOUN" for t in span) \
                    and not any(t.ent_type_ == "PERSON" for t in span):
                return span
    return None


def _clean_role(span: Span) -> str | None:
    words = [t.text for t in span if not t.is_punct or t.text in ("-", "'s")]
    text = " ".join(words).replace(" 's", "'s").strip()
    return text or None


def extract_actors(doc: Doc) -> ActorIndex:
    people: dict[str, Actor] = {}  # canonical name -> actor
    others: dict[str, Actor] = {}
    mentions: list[tuple[int, int, Actor]] = []
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    ents = [e for e in doc.ents if e.label_ in KINDS]
    # full names first, so that a lone surname finds the person it belongs to
    for ent in sorted(ents, key=lambda e: (-len(e), e.start)):
        name = " ".join(ent.text.split())
        if name.lower().startswith("the "):
            name = name[4:]
        kind = KINDS[ent.label_]
        if kind == "person":
            actor = people.get(name) or next(
                (a for n, a in people.items() if n.split()[-1] == name.split()[-1] or n.split()[0] == name), None
            )
            if actor is None:
                actor = people[name] = Actor(name=name, kind=kind, mentions=0)
        else:
            key = name.lower()
            actor = others.get(key)
            if actor is None:
                actor = others[key] = Actor(name=name, kind=kind, mentions=0)
        actor.mentions += 1
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        sent = sent_index.get(ent.sent.start, -1)
        if actor.start == -1 or ent.start_char < actor.start:
            actor.start, actor.end, actor.sentence = ent.start_char, ent.end_char, sent
        if kind == "person":
            for role_span in (role_before(ent), _appositive_role(ent)):
                role = _clean_role(role_span) if role_span is not None else None
                if role and role not in actor.roles:
                    actor.roles.append(role)
        # salience: early, frequent, and in the subject position
        weight = 1.0 + (1.0 if ent.root.dep_ in ("nsubj", "nsubjpass") else 0.0)
        weight *= 2.0 if sent == 0 else (1.5 if sent in (1, 2) else 1.0)
        actor.salience += weight
        mentions.append((ent.start_char, ent.end_char, actor))
    actors = list(people.values()) + list(others.values())
    for actor in actors:
        actor.roles.sort(key=lambda r: (-len(r.split()) if len(r.split()) <= 4 else 0))
        actor.role = actor.roles[0] if actor.roles else None
        actor.salience = round(actor.salience, 3)
        actor.slug = slugify(actor.name) or "actor"
    actors.sort(key=lambda a: (-a.salience, a.start))
    mentions.sort(key=lambda m: m[0])
    return ActorIndex(actors=actors, mentions=mentions)
