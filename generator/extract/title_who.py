"""Who comes first: the actor a story's own headline makes its subject.

A news desk writes the headline's subject as the one the news is about ("Lady Gaga stages
protest ...", "Brits blame new shape on Brexit", "Driver arrested as seven die"), so an actor
named in that subject leads the story's actors, ahead of one the body mentions more often. A
subject that names no one but a kind of person ("Driver", "Fans") is that group. A generated
headline is not evidence: it was built from the actors in the first place.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..facts import Actor
from ..slugs import actor_slug

PEOPLE_NOUNS = lexicon.words("people_nouns")

_SUBJECTS = ("nsubj", "nsubjpass")
_ACTING = ("PERSON", "ORG", "NORP", "GPE")


# a verb in one of these relations, or with a subordinator ("as FBI clears Clinton"), heads a clause
# that only frames the headline's own
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "xcomp", "pcomp", "pobj"})


def _main_verb(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ not in _SUBORDINATE and \
        not any(c.dep_ == "mark" for c in verb.children)


def title_subject(title: Doc) -> Span | None:
    """The subject of the headline's first main clause: 'Clinton' in 'Trump election: Clinton
    blames defeat on FBI director', not 'FBI' in '... as FBI clears Clinton'."""
    # "Croydon tram crash: Driver arrested as ...": after a topic and a colon comes the headline proper,
    # whatever the parser hung it on
    colon = next((t.i for t in title if t.text == ":"), None)
    for tok in sorted(title, key=lambda t: colon is not None and t.i < colon):
        after_topic = colon is not None and tok.i > colon and tok.head.i > colon and tok.head.head.i < colon
        if tok.dep_ in _SUBJECTS and (_main_verb(tok.head) or after_topic and tok.head.pos_ == "VERB") \
                and tok.pos_ != "PRON":
            edge = [t for t in tok.subtree if not t.is_punct]
            if edge:
                return title[edge[0].i : edge[-1].i + 1]
    # headlines leave out the "is" of a passive: "Driver arrested after derailment" is read as a noun
    # with a participle after it
    for tok in title:
        if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
            done = next((c for c in tok.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            if done is not None:
                return title[tok.left_edge.i : tok.i + 1]
    return None


def _names(actor: Actor) -> set[str]:
    return {n.casefold() for n in [actor.name, *actor.aliases]}


def _actor_for(ent: Span, who: list[Actor]) -> Actor | None:
    text = " ".join(ent.text.split()).removesuffix("'s").removesuffix("\u2019s").casefold()
    exact = next((a for a in who if text in _names(a)), None)
    if exact is not None:
        return exact
    words = text.split()
    if ent.label_ == "PERSON":  # "Clinton" for Hillary Clinton, "Max Verstappen" for a "Verstappen" actor
        for actor in who:
            if actor.kind == "person" and any(n.split()[-1] == words[-1] for n in _names(actor)):
                return actor
    return None


def _group(subject: Span) -> Actor | None:
    """'Driver', 'Angry fans': a kind of person as the headline's subject, when it names no one."""
    head: Token = subject.root
    # a name in the subject is someone's, not a kind's; a capitalised "Driver" the model took for a name is not
    named = any(t.ent_type_ and t.ent_type_ != "CARDINAL" and t.lower_ not in PEOPLE_NOUNS for t in subject)
    if head.lower_ not in PEOPLE_NOUNS or named:
        return None
    words = [t.text for t in subject if t.lower_ not in ("the", "a", "an") and not t.is_punct]
    if not words or len(words) > 4:
        return None
    name = " ".join(words)
    name = name[0].upper() + name[1:]
    return Actor(name=name, kind="group", mentions=1, sentence=-1, slug=actor_slug(name))


def lead_with_title(who: list[Actor], title: Doc | None) -> list[Actor]:
    """The actors, those the headline's subject names first (in the headline's order)."""
    if title is None:
        return who
    subject = title_subject(title)
    if subject is None:
        return who
    first: list[Actor] = []
    for ent in title.ents:
        # the subject's head or one listed with it, not a name that only qualifies it ("Formula One star X")
        heads = {subject.root.i} | {t.i for t in subject.root.conjuncts}
        if ent.label_ in _ACTING and ent.root.i in heads | {t.i for t in ent if t.head.i in heads and t.dep_ == "appos"}:
            actor = _actor_for(ent, who)
            if actor is not None and actor not in first:
                first.append(actor)
    if not first:
        group = _group(subject)
        if group is not None and group.name.casefold() not in {n for a in who for n in _names(a)}:
            first.append(group)
    for actor in first:
        actor.acts = True  # the headline's subject takes part, however seldom the body names it
    return first + [a for a in who if a not in first]
