"""Who: the story's actors, not its mentions.

Mentions of one person ("Prashant Kishor", "Kishor") merge into one actor with the
full name; roles come from the words in front of a name ("Congress President") and
from appositives ("X, the party's treasurer"). Names inside quotation marks only add
mentions to actors named outside them. A lede whose subject is an unnamed group of
people ("At least seven people were killed ...") gets that group as an actor. Actors
are ranked by salience: position, frequency and subject role.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..facts import MENTIONS_THAT_TAKE_PART, Actor
from ..slugs import actor_slug
from ..input.furniture import credit_word
from ..lexicon.first_names import first_name_gender, is_first_name, is_surname, one_first_name
from ..lexicon.gazetteer import country_of, initials, is_media, one_country, org_aliases, place_levels, towns
from ..lexicon.titles import (FEMALE_HONORIFICS, HONORIFICS, HONOURS, MALE_HONORIFICS, PEERAGE, POSTNOMINALS, ROLE_SPELLINGS,
                              SURNAME_TITLES, TITLE_WORDS, TITLES)
from .claims import a_view
from .entities import _NAME_PARTICLES, BODY_NOUNS, an_english_word, BODY_WORDS, COMPASS_WORDS, INSTITUTION_WORDS, list_title, predicative, \
    role_before
from .numbers import POLL_NOUNS
from .participants import ITS_PEOPLE, agent_of_a_deed, named_only_as_context, takes_a_part
from .name_shapes import NAME_SUFFIXES, OUTLET_NOUNS, a_thing, ends_with_surname, folded_name, in_credit, lower_case_words, names_an_outlet, not_a_name, \
    hyphen_tail, a_common_phrase, a_plural_noun_opening, a_glossed_abbreviation, an_epithet, \
    a_date, one_of_a_kind, a_common_noun_for_people
from .times import MONTHS
from .when import WEEKDAYS
from .works import PERFORMER_NOUNS, a_character, names_a_work, qualifies_a_work, titles_of_works
from .sentences import DATELINE, entity_at, inside, lede, position_weight, quote_regions_of, sentence_index, text_of

KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place"}
PEOPLE_NOUNS = lexicon.words("people_nouns")
ROLE_WORDS = lexicon.words("roles")
KIN_NOUNS = lexicon.words("kin_nouns")
SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
LEDE_SUBJECT_BONUS = 5.0  # the lede's subject is who the news is about
LEDE_SENTENCES = 3  # a role description this early, qualified by a name, is the protagonist
PROTAGONIST_MARGIN = 3.0  # salience over the next person's that makes someone the story's protagonist


@dataclass
class ActorIndex:
    """The actors of one document, and which character spans mention each."""

    actors: list[Actor]
    mentions: list[tuple[int, int, Actor]] = field(default_factory=list)
    # descriptions linked to the protagonist for want of a holder ("The I-PAC founder"), by span,
    # and the roles they gave: good enough for who the story is about, not to name a speaker by
    guessed: dict[tuple[int, int], str] = field(default_factory=dict)
    # actors named only as one person of a people ("the top Catholic in Wales", "another Muslim at the
    # mosque"): someone unnamed, no group; a quote's speaker may be them, Who lists no one for them
    one_of_a_people: list[Actor] = field(default_factory=list)
    # countries a mention of which tells a deed of their state ("Germany proposed a freeze"): the others are
    # the scene, Where, though the index keeps them for the headline and as speakers ("the UK and US must ...")
    acting_states: list[Actor] = field(default_factory=list)
    # the mentions, by span, that give their actor a part of its own (`participants.takes_a_part`): with a
    # second mention or a quote, what `mark_parts` shows an actor as taking part by
    parts: set[tuple[int, int]] = field(default_factory=set)

    @property
    def who(self) -> list[Actor]:
        """The actors a briefing lists: places are Where, except a country that acts as a state (its
        government), and one person of a people is no group; the index keeps the others so that a
        place never becomes a speaker and such a person still may."""
        return [a for a in self.actors if (a.kind != "place" or place_levels().get(a.name.casefold()) == "country"
                                           and any(a is s for s in self.acting_states))
                and not any(a is p for p in self.one_of_a_people)]

    def __post_init__(self) -> None:
        # `mentions` are in order of their start, and final once the index is made: where each starts,
        # the longest, and the people's, so that a lookup is a bisection (27,000 quotes ask 27,000 times)
        self._starts = [m[0] for m in self.mentions]
        self._longest = max((e - s for s, e, _a in self.mentions), default=0)
        self._people = [i for i, m in enumerate(self.mentions) if m[2].kind == "person"]
        self._people_starts = [self.mentions[i][0] for i in self._people]

    def at(self, start: int, end: int, guesses: bool = True) -> Actor | None:
        """The actor of the first mention that overlaps [start, end)."""
        i = bisect.bisect_left(self._starts, start - self._longest + 1)  # none before can reach `start`
        for s, e, actor in self.mentions[i:bisect.bisect_left(self._starts, end)]:
            if start < e and (guesses or (s, e) not in self.guessed):
                return actor
        return None

    def add(self, actor: Actor, start: int, end: int) -> None:
        """An actor found after the index was made: a named speaker the entities missed (every
        named speaker is an actor, `quotes.attribute`), mentioned at [start, end)."""
        self.actors.append(actor)
        self.mentions.append((start, end, actor))
        self.mentions.sort(key=lambda m: m[0])

    def sure_roles(self, actor: Actor) -> list[str]:
        """The actor's roles, less those a guessed description gave."""
        guessed = {role for (s, e), role in self.guessed.items() if any(
            m[0] == s and m[1] == e and m[2] is actor for m in self.mentions)}
        return [r for r in actor.roles if r not in guessed]

    def last_person_before(self, pos: int) -> Actor | None:
        i = bisect.bisect_left(self._people_starts, pos)
        return self.mentions[self._people[i - 1]][2] if i else None

    def find_by_words(self, words: list[str]) -> Actor | None:
        """The actor a name refers to by its words ("Clinton" -> Hillary Clinton): surname first, people first."""
        if not words:
            return None
        wanted = [w.lower() for w in words]
        for pick in (lambda n: n[-1] == wanted[-1], lambda n: wanted[-1] in n, lambda n: bool(set(wanted) & set(n))):
            for kind in ("person", None):
                for actor in self.actors:
                    if kind is not None and actor.kind != kind:
                        continue
                    for name in [actor.name, *actor.aliases]:
                        if pick([w.lower() for w in name.split()]):
                            return actor
        return None


# words a description may add that say nothing about who is meant
HEDGE_WORDS = frozenset("former then top longtime current new veteran outgoing incoming first-term two-term "
                        "presumptive embattled likely probable one-time onetime".split())


# words before an office that make it another office: a "shadow chancellor" is no chancellor
OTHER_OFFICE = frozenset("shadow former ex deputy vice assistant junior acting outgoing".split())


def holds_office(roles: Iterable[str], head: str, said: set[str]) -> bool:
    """Whether someone with these roles holds the office a description names by its head word,
    the description's words being `said`: a "shadow chancellor" is no chancellor, a "former
    president" no president, unless the description says so."""
    own = [r.lower().split() for r in roles if head in r.lower().split()]
    return not own or any(not (set(r) & OTHER_OFFICE) - said and not _another_field(r, head, said) for r in own)


_DETERMINERS = frozenset("the a an our his her their its my your this that these those".split())


def _another_field(role: list[str], head: str, said: set[str]) -> bool:
    """A "home secretary" is no "foreign secretary": an office whose head a word before it narrows
    ("home", "education") is another office when the description narrows the same head by other words
    (not a party's or a body's words: the "Tory leader" is the "Conservative leader")."""
    at = role.index(head)
    field = role[at - 1] if at else None
    if field is None or field in OTHER_OFFICE | {"new", "the", "a"} or field in said:
        return False
    others = said - {head, "new"} - _DETERMINERS - OTHER_OFFICE  # ("our correspondent" is the BBC correspondent)
    return bool(others) and all(w.isalpha() for w in others) and not _bodies_in(field) and \
        not _bodies_in(" ".join(others))


def _role_word(word: str) -> str:
    word = word.strip(".,()").removesuffix("'s").removesuffix("’s")
    return ROLE_SPELLINGS.get(word, word)


def _bodies_in(text: str) -> set[str]:
    """The organisations (parties, houses) a role's words name, by their one name: "Tory" and
    "Conservative" are the Conservative Party."""
    words = [w.strip(".,'’").removesuffix("'s") for w in text.casefold().split()]
    aliases = org_aliases()
    found = set()
    for n in (1, 2, 3):
        for k in range(len(words) - n + 1):
            phrase = " ".join(words[k : k + n])
            for form in (phrase, phrase + "s"):  # "Liberal Democrat chairman": of the Liberal Democrats
                if form in aliases:
                    found.add(aliases[form])
    return found


def _qualifying_names(words: Iterable[str]) -> set[str]:
    """The outlets a role's words name as whose office it is ("Sun" of "former Sun editor", "ITN" of "ex-ITN
    political editor"): an editor or a correspondent of one outlet is none of another's (a party's office is
    `_bodies_in`'s; a place or a people's word says where, not whose: "the New York senator")."""
    parts = [p for w in words for p in re.split(r"[-‐‑]", w.strip(".,'’").removesuffix("'s"))]
    return {p.casefold() for p in parts if p[:1].isupper() and is_media(p)}


# words before an office's head that say nothing of its field ("the senior police chief")
_NO_FIELD = HEDGE_WORDS | OTHER_OFFICE | frozenset("the a an and of for senior local acting interim chief".split())


def _fields_said(words: list[Token], head: Token) -> set[str]:
    """The field or the place a description's own nouns give its office ("trade", "industry" of "the trade and
    industry secretary"; "Metropolitan" of "the Metropolitan police chief"): nouns and names before the head,
    no office's word, no party's (a party is `_bodies_in`'s: "the Ealing North MP" may be the "Labour MP")."""
    return {_role_word(t.lower_) for t in words if t.i < head.i and (t.pos_ in ("NOUN", "PROPN") or t.ent_type_ in
            ("NORP", "GPE", "LOC")) and t.lower_ not in ROLE_WORDS and t.lower_ not in _NO_FIELD
            and not _bodies_in(t.text)}


def _fields_held(roles: Iterable[str], head: str) -> set[str]:
    """The fields of the roles that hold the office's head, by their words before it ("culture", "media",
    "sport" of "Culture, Media and Sport Secretary"; "norfolk" of "Norfolk police chief")."""
    fields = set()
    for role in roles:
        words = role.replace(",", " ").split()
        folded = [_role_word(w.lower()) for w in words]
        if head in folded:
            fields |= {f for w, f in zip(words, folded) if f in folded[: folded.index(head)]
                       and f not in ROLE_WORDS and f not in _NO_FIELD and f.isalpha() and not _bodies_in(w)}
    return fields


def role_holders(actors: Iterable[Actor], head: Token, words: Iterable[Token],
                 roles: Callable[[Actor], list[str]] | None = None) -> list[Actor]:
    """The actors a description fits ("the Florida senator": head "senator"): those whose roles
    (`roles(actor)`, by default all of them) or names hold the head; when several do, those that
    also hold every word it adds."""
    words = list(words)
    wanted = {_role_word(t.lower_) for t in words if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN", "NUM")
              and t.lower_ not in HEDGE_WORDS}
    said = {t.lower_ for t in words}
    said_bodies = _bodies_in(" ".join(t.text for t in words))
    said_names = _qualifying_names(t.text for t in words if t.i != head.i)
    said_fields = _fields_said(words, head)
    holders, fits = [], []
    for actor in actors:
        own_roles = actor.roles if roles is None else roles(actor)
        own_bodies = _bodies_in(" ".join(own_roles))
        if said_bodies and own_bodies and not said_bodies & own_bodies:
            continue  # "the local Tory chairman" is not the "Liberal Democrat chairman": another party's office
        own_names = _qualifying_names(w for r in own_roles for w in r.split())
        if said_names and own_names and not said_names & own_names:
            continue  # "the former Sun editor" is not the "ex-ITN political editor": another paper's
        held = _fields_held(own_roles, _role_word(head.lower_))
        if said_fields and held and not said_fields & held:
            continue  # "the trade and industry secretary" is not the "Culture Secretary", "the Metropolitan police
            # chief" not the "Norfolk police chief": an office of another field or place
        known = {_role_word(w) for text in [*own_roles, actor.name, *actor.aliases] for w in text.lower().split()}
        # a word of the office's own before its head ("prime", "deputy", "chief") makes it another office: the
        # "Aid minister" holds no "prime minister"'s
        if _role_word(head.lower_) in known and holds_office(own_roles, head.lower_, said) and \
                {w for w in wanted if w in ROLE_WORDS} <= known:
            holders.append(actor)
            if wanted <= known:
                fits.append(actor)
    return holders if len(holders) == 1 else fits


_ASIDE_MARKS = frozenset({"-", "\u2013", "\u2014", "--", ",", "("})
_CLOSING = {"(": ")"}


def _to_closing_mark(ent: Span, start: int, end: int) -> int:
    """Where a role set off by dashes, commas or brackets ends: at the mark that closes it, when
    only lower-case words the parser hung elsewhere stand between ("Lord Bingham - a senior law
    lord - said": "lord" read as the verb's, the role is "senior law lord", not "senior law")."""
    doc = ent.doc
    opener = doc[ent.end] if ent.end < len(doc) else None
    if opener is None or opener.text not in _ASIDE_MARKS:
        return end
    closing = _CLOSING.get(opener.text, opener.text)
    for k in range(end, min(end + 3, len(doc))):
        if doc[k].text == closing:
            return k
        if not (doc[k].is_lower and doc[k].is_alpha) or doc[k].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET"):
            break
    return end


def _appositive_role(ent: Span) -> Span | None:
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            if any(t.text == ":" for t in ent.doc[ent.end : child.left_edge.i]):
                continue  # "Clinton: Time for 'intensification' of ISIL strategy": a label's colon sets off what she says
            span = ent.doc[child.left_edge.i : child.right_edge.i + 1]
            if span and span[0].pos_ == "DET":
                span = span[1:]
            # "Lord Bingham - a senior law lord -": the parser may hang "lord" beside "law";
            # the role runs on to the punctuation that closes it
            end = span.end
            while end < len(ent.doc) and end - span.end < 2 and ent.doc[end].head.i == root.i \
                    and ent.doc[end].dep_ in ("appos", "compound") and ent.doc[end].is_lower and ent.doc[end].is_alpha:
                end += 1
            span = ent.doc[span.start : _to_closing_mark(ent, span.start, end)]
            if span and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span if not t.is_punct):
                continue  # "Steve Arthur, 46, ..., Leeds": a place apposed is where someone is from, no role
            if span and len(span) <= 8 and any(t.lower_ in ROLE_WORDS or t.pos_ == "NOUN" for t in span) \
                    and not any(t.ent_type_ == "PERSON" for t in span):
                return span
    return None


def _role_before_apposition(ent: Span) -> Span | None:
    """"Her chief of staff, Marcus Lee," / "Its president, Rod Kaminski": a name in apposition
    to a role noun before it; the role is that noun phrase without its determiner or owner."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lower_ in KIN_NOUNS and owner is not None and owner.ent_type_ == "PERSON":
        # "Michael Howard's ex-model wife, Sandra": whose wife is who she is
        start = min([c.i for c in owner.lefts if c.dep_ == "compound"] + [owner.i])  # the owner's name, not a list
        return ent.doc[start : head.i + 1]
    # ("In response to Mr Brody's comments, Angus McKay, leader of ...": in a phrase put before the clause
    # the name is the subject of, the role words after the name are its own apposition's, and a noun before
    # it that names no role is no one's role)
    fronted = _in_a_fronted_phrase(head, ent)
    if not (head.lower_ in ROLE_WORDS or head.lower_ in PEOPLE_NOUNS
            or any(t.lower_ in ROLE_WORDS for t in head.subtree if t.i < ent.start or not fronted)):
        return None
    # "Following Mr Straw's announcement, lawyer Louise Christian": the role starts after a comma
    last = max((t.i for t in head.subtree if t.i < ent.start and not t.is_punct), default=-1)
    stops = [t.i for t in head.subtree if t.i < last and t.is_punct and t.text != "-"]
    words = [t for t in head.subtree if t.i < ent.start and not t.is_punct and t.i > max(stops, default=-1)]
    while words and (words[0].pos_ in ("DET", "PRON") or words[0].tag_ in ("PRP$", "POS") or words[0].dep_ == "poss"
                     or (words[0].ent_type_ and words[0].i + 1 < len(ent.doc) and ent.doc[words[0].i + 1].tag_ == "POS")):
        words = words[1:]
    while words and words[0].tag_ == "POS":
        words = words[1:]
    if not words or len(words) > 6 or predicative(ent.doc, words[0].i):
        return None  # ("how good a prime minister Tom Reed will make": what he may be)
    return ent.doc[words[0].i : words[-1].i + 1]


def _in_a_fronted_phrase(noun: Token, ent: Span) -> bool:
    """Whether a noun is in a prepositional phrase that opens the clause, hung on a word after the name
    ("In response to Mr Brody's comments, Angus McKay ... said"), not on one before it ("held talks with
    his Israeli counterpart, Ariel Sharon")."""
    tok = noun
    while tok.dep_ in ("pobj", "prep", "pcomp") and tok.head.i != tok.i:
        tok = tok.head
    if tok.i != noun.i and tok.i >= ent.end:
        return True
    # the parser may leave the preposition without its object and make the noun the clause's subject
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start else None
    return noun.dep_ != "pobj" and before is not None and before.pos_ == "ADP" and \
        not any(c.dep_ == "pobj" for c in before.children)


def _whole_words(span: Span) -> Span:
    """The span grown to whole words where it was cut at a hyphen: "co-ordinator", not "ordinator";
    "Tory co-chairman", not "Tory co"."""
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2
    return doc[start:end]


# words that open a sentence, not a title, and that the model tags as adjectives ("Earlier" JJR)
_SENTENCE_TIME = frozenset("earlier later meanwhile yesterday today tonight now then also".split())


# plural nouns for the people around someone, who come before his name and title in apposition
_GROUPS_OF_PEOPLE = frozenset("colleagues allies rivals friends supporters critics officials members figures "
                              "including like".split())


def _of_then(tokens: list[Token]) -> bool:
    """"then Attorney General Mark Furey": a lower-case "then" before a title dates the role (the
    story's tense), unlike a sentence's "Then" or "and then"."""
    first = tokens[0]
    return first.text == "then" and not first.is_sent_start and \
        (tokens[1].is_title or tokens[1].text == "-" or tokens[1].lower_ in ROLE_WORDS) and \
        not (first.i > 0 and first.doc[first.i - 1].lower_ in ("and", "but", "since", "until"))


def _without_an_owners_thing(span: Span, tokens: list[Token]) -> list[Token]:
    """"Following Mr Straw's announcement lawyer Louise Christian": a person's possessive and the
    thing it owns, governed by a preposition before them, close that phrase (its comma left out);
    the role starts after them. "Mr Blair's spokesman" is a role: the owned word is one."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or not (before.pos_ == "ADP" or before.dep_ == "prep"):
        return tokens
    for k, tok in enumerate(tokens[:-2]):
        owned = tokens[k + 1]
        if tok.text in ("'s", "’s") and k > 0 and tokens[k - 1].ent_type_ == "PERSON" and owned.is_lower \
                and owned.pos_ == "NOUN" and owned.lower_ not in ROLE_WORDS and owned.lower_ not in PEOPLE_NOUNS:
            return tokens[k + 2:]
    return tokens


_SPEAKERS = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _with_its_owner(ent: Span, span: Span, role: str) -> str:
    """A role of one word is whose it is, where the story says so: "The charity's director, Barbara
    Jones" after Oxfam is named is Oxfam's director; "spokesman Jorg Weber" after "A spokesman for the
    Anti-Fraud Office said" is that office's. The role is whole with its owner ("Oxfam director")."""
    if " " in role or not role.islower() or role not in ROLE_WORDS | _SPEAKERS:
        return role
    doc = ent.doc
    sents = [s for s in doc.sents if s.start <= ent.start][-3:]
    window = doc[sents[0].start : ent.start] if sents else doc[:0]
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].lower_ in BODY_NOUNS and \
            doc[span.start - 2].is_lower:
        # "the charity's director": the body named last before it
        bodies = [e for e in doc.ents if e.label_ == "ORG" and window.start <= e.start and e.end <= span.start - 2]
        return f"{_name(bodies[-1])} {role}" if bodies else role
    if role in _SPEAKERS:
        # "A spokesman for the Anti-Fraud Office said ... spokesman Jorg Weber said": the same body's
        for tok in reversed(window):
            if tok.lower_ == role and tok.i + 2 < ent.start and doc[tok.i + 1].lower_ == "for":
                body = next((e for e in doc.ents if e.label_ == "ORG" and tok.i + 1 < e.start <= tok.i + 3), None)
                if body is not None:
                    return f"{_name(body)} {role}"
                named = _a_capitalised_body(doc[tok.i + 1])
                return f"{named} {role}" if named else role
    return role


def _a_capitalised_body(prep: Token) -> str | None:
    """The name after a preposition written with capitals to a body's noun, which the model missed:
    "for the European Anti-Fraud Office"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in BODY_WORDS | INSTITUTION_WORDS:
        return None
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
    if not words or not all(t.is_title or t.text == "-" for t in words) or words[-1].i != obj.i:
        return None
    return "".join(t.text + t.whitespace_ for t in words).strip()


# offices an outlet has: its name before one is whose office it is ("BBC news correspondent"), not a wire's credit
_AN_OUTLET_S_OFFICES = frozenset("correspondent editor reporter presenter host journalist columnist anchor producer "
                                 "chairman chairwoman chair director director-general governor governors controller "
                                 "executive boss".split())


_ROLE_PREPOSITIONS = frozenset(("at", "for", "of", "with"))


def _one_person_s_role(tokens: list[Token]) -> bool:
    """Whether the words can say what one person is: their head noun (before any "of", "at", "for" phrase)
    names one ("front-runners Donald Trump and ..." makes each a front-runner the role cannot name; "hundreds of
    thousands" counts), and is more than a bond to someone the role leaves unnamed ("husband", "friend": whose?)."""
    head = _role_head(tokens)
    if head.tag_ == "NNS" and head.is_lower and not head.lower_.endswith("ss"):
        return False
    return not (len(tokens) == 1 and tokens[0].lower_ in KIN_NOUNS | _BONDS)


def _role_head(tokens: list[Token]) -> Token:
    """The head noun of a role's words: an English noun phrase ends on its head, before its phrases (a
    capitalised plural there is a name's, "Friends of the Earth director"; "tycoon worth millions": an
    adjective after the noun opens its phrase too)."""
    return next((tokens[k - 1] for k, t in enumerate(tokens) if k and (
        t.pos_ in ("ADP", "VERB", "AUX", "SCONJ") or t.tag_ in ("WP", "WDT", "TO") or
        t.pos_ == "ADJ" and tokens[k - 1].pos_ in ("NOUN", "PROPN") and t.head.i < t.i)),
        tokens[-1])  # (not "BBC political editor": "political" is the editor's; "historian who attended": "who" opens)


# nouns that say what one person is, beyond the role words and the nouns for people (data/role_heads.txt)
_ROLE_HEADS = lexicon.words("role_heads")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "eer")


def _names_what_someone_is(tokens: list[Token]) -> bool:
    """Whether a role's head noun can say what a person is: a role word, a noun for people, a kin's, a
    performer's, a title or a post-nominal, one of data/role_heads.txt, or a noun of an agent's shape
    ("strategist", "consultant", "businessman"). "a conspiracy Marquez plotted" and "One label Rubio resists"
    give no role: the noun before the name heads a clause the name is the subject of."""
    known = ROLE_WORDS | PEOPLE_NOUNS | KIN_NOUNS | PERFORMER_NOUNS | _ROLE_HEADS | TITLES | SURNAME_TITLES | POSTNOMINALS

    def says_who(k: int, plural: bool = False) -> bool:
        # a hyphenated word by its parts, however the tokenizer cut it ("chancellor-in-waiting", "MP-elect",
        # "co-founder", "ex-minister")
        a = b = k
        while a > 0 and (tokens[a - 1].text == "-" or tokens[a].text == "-") and not tokens[a - 1].whitespace_:
            a -= 1
        while b + 1 < len(tokens) and (tokens[b + 1].text == "-" or tokens[b].text == "-") and not tokens[b].whitespace_:
            b += 1
        parts = [w.strip("'’").rstrip(".") for t in tokens[a : b + 1] for w in t.lower_.split("-") if w]
        if plural:  # "one of his closest aides", "one of the signatories"
            parts += [w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in parts if w.endswith("s") and not w.endswith("ss")]
        two = " ".join(t.lower_ for t in tokens[max(0, a - 1) : b + 1])  # "chief executive"
        return any(w in known for w in parts + [two]) or bool(parts) and parts[-1].endswith(_AGENT_ENDINGS)

    head = _role_head(tokens)
    k = next(k for k, t in enumerate(tokens) if t.i == head.i)
    # ("one of the stars of the play", "one of the signatories": a part is what its "of" noun is)
    of = next((j + 1 for j in range(k + 1, len(tokens) - 1) if tokens[j].lower_ == "of" and j == k + 1), None)
    whole = next((j for j in range(of, len(tokens)) if tokens[j].pos_ == "NOUN" and
                  (j + 1 == len(tokens) or tokens[j + 1].pos_ != "NOUN")), None) if of is not None else None
    partitive = head.lower_ == "one"  # (one person: not "two of his own officials")
    # (the head, or the last word where a body's name with its "of" stands before it: "Association of Chief Police
    # Officers president")
    return says_who(k) or says_who(len(tokens) - 1) or partitive and whole is not None and says_who(whole, plural=True)


_BONDS = frozenset({"friend", "friends", "ally", "neighbour", "neighbor", "colleague", "classmate", "boyfriend",
                    "girlfriend", "relative"})


def _clean_role(span: Span) -> str | None:
    span = _whole_words(span)
    last = span[-1] if len(span) else None
    if last is not None and last.ent_type_ and last.ent_type_ != "PERSON" and last.ent_iob_ != "O":
        # "spokesman for North East Says No": a role that ends inside a body's name runs to the name's end
        body = next((e for e in span.doc.ents if e.start <= last.i < e.end), None)
        if body is not None and body.end > span.end and body.end - span.end <= 4:
            span = span.doc[span.start : body.end]
    # (a comma between a title's nouns is the title's: "Culture, Media and Sport Secretary")
    tokens = [t for t in span if not t.is_punct or t.text in ("-", "'s") or t.tag_ == "POS"
              or t.text == "," and span.start < t.i < span.end - 1 and t.head.dep_ in ("compound", "amod", "nmod")
              and any(c.dep_ == "conj" for c in t.head.children)
              # ("Minister for Children, Young People and Families": a list of capitalised nouns "and" ends)
              or t.text == "," and span.start < t.i < span.end - 1 and span.doc[t.i - 1].is_title
              and span.doc[t.i + 1].is_title and any(x.lower_ in ("and", "&") for x in span.doc[t.i + 1 : span.end])]
    # a role is a noun phrase: an adverb or particle before it belongs to the sentence
    # ("Earlier Foreign Secretary Jack Straw", "not just President Bush")
    while len(tokens) > 1 and (tokens[0].pos_ in ("ADV", "PART", "CCONJ") or tokens[0].lower_ in _SENTENCE_TIME) \
            and "-" not in tokens[0].text and not _of_then(tokens) \
            and not (not tokens[0].whitespace_ and tokens[1].text == "-"):  # ("newly-appointed": one word)
        tokens = tokens[1:]
    # "he was confident shadow home secretary Mr Davis would ...": an adjective right after a form of "be", before
    # a name that is the subject of a clause of its own, is the predicate that takes the clause ("confident
    # [that] X would"), not a word of the title (not "Among them were senior shadow cabinet members X and Y")
    named = span[-1].head if len(span) else None
    while len(tokens) > 1 and tokens[0].pos_ == "ADJ" and tokens[0].i > 0 and \
            span.doc[tokens[0].i - 1].lemma_ == "be" and tokens[0].lower_ not in HEDGE_WORDS | OTHER_OFFICE and \
            named is not None and named.i >= span.end and named.dep_ in SUBJECT_DEPS and named.head.i > named.i:
        tokens = tokens[1:]
    tokens = _without_an_owners_thing(span, tokens)
    # "his cabinet colleagues Foreign Secretary Jack Straw": the group he is one of is not his role
    cut = max((i for i, t in enumerate(tokens[:-1]) if t.lower_ in _GROUPS_OF_PEOPLE), default=-1)
    tokens = tokens[cut + 1:]
    if tokens and tokens[0].pos_ == "ADP" and tokens[0].lower_ != "ex":
        return None  # "one of the chief critics of the plans": a role is a noun phrase, never its "of" phrase alone
    if len(tokens) > 1 and tokens[0].tag_ == "PRP$":
        tokens = tokens[1:]  # "his chief of staff": whose it is the pronoun cannot say beside the name; the office can
    # (an honorific after the role is the name's: "shadow home secretary Mr Davis")
    bare = tokens[: max(1, len(tokens) - sum(1 for _ in itertools.takewhile(
        lambda t: t.lower_.rstrip(".") in HONORIFICS, reversed(tokens))))]
    if not _one_person_s_role(tokens) or not _names_what_someone_is(bare):
        return None
    # "head of policy at Aids charity the Lyle Trust": a role never ends on its preposition, nor inside the
    # phrase after it; it runs on to the body that phrase names when one follows close, else it ends before it
    at = max((k for k, t in enumerate(tokens) if k and t.lower_ in _ROLE_PREPOSITIONS and len(tokens) - k <= 3),
             default=None)
    if at is not None:
        prep, doc = tokens[at], span.doc
        body = next((e for e in doc.ents if e.label_ in ("ORG", "GPE") and prep.i < e.start <= prep.i + 4
                     and e.end > tokens[-1].i + 1 and not any(t.is_punct for t in doc[prep.i + 1 : e.end])), None)
        if body is not None:
            tokens = [*tokens[: at + 1], *(t for t in body if not (t.i == body.start and t.lower_ == "the"))]
        elif at == len(tokens) - 1:
            tokens = tokens[:-1]
    # joined as written where the story joins them ("co-ordinator", "Straw's"), else by one space
    text = "".join(t.text + ("" if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 and not t.whitespace_ else " ")
                   for i, t in enumerate(tokens)).strip()
    # a role says what someone is: words, not sums or dates ("£ 644 m.") or a lone short word
    if not any(c.isalpha() for c in text) or any(c.isdigit() or c in "£$€%" for c in text) or " - " in text:
        return None
    while text.split()[-1].lower() in HONORIFICS and len(text.split()) > 1:
        text = text.rsplit(" ", 1)[0]  # "London mayor Mr": the honorific is the name's
    if span[0].text.isupper() and len(span[0].text) <= 4 and is_media(span[0].text) and len(span) > 1 and \
            text.split()[-1].lower() not in _AN_OUTLET_S_OFFICES:
        text = text.split(" ", 1)[1]  # a wire's name run into the role: "CP Foreign Affairs Minister"
        # (an outlet's own office keeps its name: "BBC news correspondent", "BBC chairman")
    return text


def _letters_after(ent: Span) -> str | None:
    """The letters of a seat or a rank after a name, its role ("Keshav Rao QC": QC, "Ann Lee MPP": MPP);
    never an honour's ("OBE")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    word = doc[ent.end]
    folded = word.lower_.rstrip(".")
    return word.text if word.text.isupper() and folded in POSTNOMINALS and folded not in HONOURS else None


# words of rank before a title of address: "Rt Rev", "Very Rev", "Most Rev", "Rt Hon"
STYLE_RANKS = frozenset({"rt", "right", "very", "most"})


def _title(ent: Span) -> str | None:
    """A title at the start of a person's name, when a name of two words or more follows it."""
    words = ent.text.split()
    word = words[0].lower().rstrip(".") if words else ""
    # "Rt Rev Michael Lunn", "Rt Rev Lunn", "Very Rev Ann Hale", "Rt Hon Jack Straw": a style of address,
    # a word of rank before a title, is no part of the name, with a full name or a surname alone after it
    styled = words[1:] if word == "the" else words  # ("the Rt Rev Peter Lunn": the article is no name's)
    if ent.label_ == "PERSON" and len(styled) > 2 and styled[0].lower().rstrip(".") in STYLE_RANKS \
            and styled[1].lower().rstrip(".") in TITLES | SURNAME_TITLES and styled[2][:1].isupper():
        return f"{styled[0]} {styled[1]}"
    # ("Cardinal Cormac Murphy O'Connor": a title before a surname goes before a full name too)
    # (not "Cardinal Murphy O'Connor": a surname of two words after it, no first name)
    if ent.label_ == "PERSON" and len(words) > 2 and (word in TITLES or word in SURNAME_TITLES and word not in HONORIFICS
                                                      and (len(words) > 3 or is_first_name(words[1]))):
        title = TITLE_WORDS.get(word, words[0].rstrip("."))
        second = words[1].lower().rstrip(".")
        if len(words) > 3 and second in TITLES:  # "Gov. Gen. Mary Simon": the Governor General, whole
            title += " " + TITLE_WORDS.get(second, words[1].rstrip("."))
        return title
    # "Gen Musharraf", "Lt Smith": a rank written short is no one's first name, so before a surname alone it
    # is the title too, never part of the name ("General" is the role; "General Motors" is no person); a title
    # that says who someone is before a surname ("Prof Okafor", data/titles.txt "surname") stays as written
    if ent.label_ == "PERSON" and len(words) == 2 and word in TITLES and word not in SURNAME_TITLES \
            and TITLE_WORDS.get(word, word).lower() != word \
            and words[1].lower().rstrip(".") not in TITLES | HONORIFICS:
        return TITLE_WORDS[word]
    return None


def _possessor(ent: Span) -> Span | None:
    """The capitalised name in a possessive right before a name: "Gateshead" of "Gateshead's Sage Centre"."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s"):
        return None
    start = ent.start - 1
    while start > 0 and doc[start - 1].is_title and not (doc[start - 1].is_sent_start and doc[start - 1].ent_type_ == ""):
        start -= 1
    return doc[start : ent.start - 1] if start < ent.start - 1 else None


def _school_s_namesake(ent: Span, words: list[str]) -> list[str]:
    """"St Egwin's" of "St Egwin's Middle School": a school is named after its namesake's possessive,
    which the model cut off."""
    owner = _possessor(ent)
    if ent.label_ != "ORG" or owner is None or not words or words[-1].lower() not in ("school", "college", "academy"):
        return []
    return [*owner.text.split()[:-1], owner[-1].text + ent.doc[ent.start - 1].text]


# a venue's noun: a place's "Sage Centre" is where something happens, no one who acts
VENUE_WORDS = lexicon.words("venue_nouns")
# what is done to a ship: "the sinking of the Belgrano", "the Belgrano was torpedoed"
SHIP_WORDS = frozenset(("sinking", "sink", "torpedo", "torpedoing", "scuttle", "scuttling", "wreck", "crew"))


def _a_venue_or_a_ship(ent: Span, words: list[str]) -> bool:
    """"Gateshead's Sage Centre" (a venue someone's or somewhere's), "the Belgrano" of "the sinking of the
    Belgrano" (a ship)."""
    doc = ent.doc
    if words and words[-1].lower() in VENUE_WORDS and len(words) >= 2 and \
            (_possessor(ent) is not None or any(w.endswith(("'s", "’s")) for w in words[:-1])):
        return True  # a venue its town or its owner has, named with the possessive
    root = ent.root
    if len(words) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in SHIP_WORDS:
        return True
    return root.dep_ in ("nsubjpass", "dobj") and root.head.lemma_.lower() in SHIP_WORDS


def _places_and_after(ent: Span, words: list[str]) -> list[str]:
    """["and", "Wales"] of "the Police Federation of England and Wales": a body's name that ends on
    "of" and a place goes on through an "and" and the next place, which the model cut off."""
    doc = ent.doc
    at = ent.end
    if ent.label_ != "ORG" or len(words) < 3 or words[-2].lower() != "of" or words[-1].lower() not in place_levels() \
            or at + 1 >= len(doc) or doc[at].lower_ != "and" or doc[at + 1].ent_type_ != "GPE" or doc[at + 1].ent_iob_ != "B":
        return []
    end = at + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    place = doc[at + 1 : end].text
    return ["and", *place.split()] if place.lower() in place_levels() else []


def _an_occupation(words: list[str]) -> str | None:
    """"Farmer Geoff Brooks": a people's noun capitalised before a name of two words or more is what the
    person is, his role, not his first name (unless it is a first name: "Hunter Davies Jones")."""
    first = words[0]
    if len(words) >= 3 and first[:1].isupper() and first[1:].islower() and first.lower() in PEOPLE_NOUNS | PERFORMER_NOUNS and \
            first.lower() not in TITLES | HONORIFICS and not first_name_gender(first) and \
            all(w[:1].isupper() for w in words[1:3]):
        return first.lower()
    return None


def _surname_shared(ent: Span, first: str) -> list[str]:
    """The surname a first name shares with the full name "and" joins it to: "Robert and Rebekah Mercer",
    "Bill and Hillary Clinton" name Robert Mercer and Bill Clinton."""
    doc = ent.doc
    if not is_first_name(first) or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and" or \
            ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS or \
            ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON":
        return []  # (not the last of a list, "Brandy, Monica and Lauryn Hill", nor a surname, "Mr Blair and John Major")
    if any(e.label_ == "PERSON" and e.start != ent.start and first in e.text.split() for e in doc.ents):
        # a word of another's name in the story ("Prince Charles", "Ash Carter") is that person's; one the story
        # names someone by again alone is how it calls them ("Carson and Donald Trump ... Carson said")
        return []
    other = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "PERSON"), None)
    words = other.text.split() if other is not None else []
    surname = [w for w in words[1:] if w not in NAME_SUFFIXES]
    if len(words) < 2 or not surname or not is_first_name(words[0]) or not all(w[:1].isupper() for w in words[1:]):
        return []  # ("Eric and Don Jr.": a suffix is no surname)
    return words[1:]



def _name(ent: Span) -> str:
    text = ent.text
    if ent.label_ == "PERSON":
        text = re.sub(r'\s*["\u201c\u201d][^"\u201c\u201d]{1,40}["\u201c\u201d]\s*', " ", text)  # Jimmy "the Whirlwind" White
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):  # "an International Finance Facility"
        words = words[1:]
    if len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    title = _title(ent)
    if title is not None:
        words = words[len(title.split()):]
    if ent.label_ == "PERSON" and len(words) >= 3 and words[0].lower() not in TITLES | HONORIFICS \
            and not first_name_gender(words[0]) and (first_name_gender(words[1]) or _an_occupation(words)) \
            and not (words[0] == ent[0].text and ent.start > 0 and (ent.doc[ent.start - 1].lower_ in ROLE_WORDS or ent.doc[ent.start - 1].text == ",")):
        # a word before the first name is not the name: "Cyclist Liam Carver", "Farmer Geoff Brooks", capitalised
        # only as it opens the sentence or a noun of its own ("fellow Welshman Ray Reardon"); after a role word the
        # name starts at its first word ("leader Iain Duncan Smith"), as after a comma ("one man, Sion Aubrey Roberts,")
        words = words[1:]
    if ent.label_ == "PERSON":
        # a caption's credit glued to its subject's name: "GETTY Trump", "Melania Trump REUTERS"
        while len(words) > 1 and credit_word(words[0]):
            words = words[1:]
        while len(words) > 1 and credit_word(words[-1]):
            words = words[:-1]
        # a sentence adverb run on into the name, where a caption ran into the next sentence ("... Mike Pence
        # Previously, Trump said"): an "-ly" word the parser hangs on as an adverb, set off by its comma, opens a
        # sentence of its own; no name's last word ("Kelly", a first name, stays)
        last = ent[-1]
        if len(words) >= 3 and words[-1] == last.text and last.lower_.endswith("ly") and last.dep_ == "advmod" and \
                ent.end < len(ent.doc) and ent.doc[ent.end].text == "," and not is_first_name(last.text):
            words = words[:-1]
        # a caption's or a heading's capitals run into the name: "HOPE Hillary Clinton"
        while len(words) > 2 and words[0].isupper() and len(words[0]) > 1 and words[1][:1].isupper() \
                and not words[1].isupper():
            words = words[1:]
    if ent.label_ == "PERSON" and len(words) == 1:
        words += _surname_shared(ent, words[0])
    while len(words) > 1 and words[-1].lower() in ("the", "of", "and", "a", "at", "in", "for", "on", "to"):
        words = words[:-1]  # "Office of the", "Independent the": the model ran on into the next phrase
    for dash in ("-", "–", "—"):
        if dash in words[1:]:
            words = words[: words.index(dash, 1)]  # "Veritas - Latin for truth": a name ends at a spaced dash, its gloss or an aside after it
    words[:0] = _school_s_namesake(ent, words)
    words += _places_and_after(ent, words)
    if words:
        words[-1] = words[-1].rstrip("'’")  # "Sky News'"
        if len(words) > 1 and ent.label_ == "PERSON" and re.search(r"\w[‘'’]s$", words[-1]):
            words[-1] = words[-1][:-2]  # "Donald Trump‘s attack": the possessive, its mark whichever a page typed
    if ent.label_ == "PERSON" and "and" in words[1:-1]:
        words = words[: words.index("and")]  # "Lord Falconer and Downing Street": no one's name holds an "and"
    # "British National Party(BNP": a bracket glued to a word ends the name (the entities component cuts
    # names at brackets the tokenizer split off)
    name = re.split(r"[(\[]", " ".join(words))[0] if re.search(r"\w[(\[]", " ".join(words)) else " ".join(words)
    return name.strip(" -–—,:;")  # "Alan Beith -": a dash the model took in


# what a name may be that is not an actor: an event, a document or a law ("General Election",
# "the Budget", "Criminal Justice Bill", "European Convention on Human Rights")
NOT_ACTOR_WORDS = lexicon.words("non_actors", "heads")
# whole names of things no one is: a meeting ("the EGM"), a disease ("TB")
NOT_ACTOR_NAMES = lexicon.words("non_actors", "names")
_KINDS_OF_BODY = lexicon.words("non_actors", "kinds")
ABSTRACT_SUFFIXES = tuple(lexicon.words("non_actors", "abstract_suffixes"))
# words too generic to be an organisation's name on their own ("the House", "the Party")
GENERIC_ORG_WORDS = frozenset("house party parties group union council committee association commission company "
                              "department ministry office assembly court bank government authority agency service "
                              "trust board institute foundation cabinet opposition state".split())


# heads of a building's, a line's or a road's name: a first name before one is a place's ("Victoria Tower")
PLACE_HEADS = lexicon.words("non_actors", "place_heads")
FIGURE_HEADS = lexicon.words("non_actors", "figure_heads")
PERSON_PRONOUNS = frozenset(("he", "she", "him", "his", "her"))


def _thing_head(name: str) -> str | None:
    """The head noun that makes a name a thing's ("Convention on Human Rights": convention), or None."""
    folded = [w.casefold() for w in name.split()]
    if not folded:
        return None
    head = next((folded[i - 1] for i, w in enumerate(folded) if w in ("of", "on", "for", "to") and i), folded[-1])
    if head in NOT_ACTOR_WORDS:
        return head
    return folded[-1] if folded[-1] in ("bill", "bills", "act", "acts") else None


def short_names_of_things(doc: Doc) -> frozenset[str]:
    """Abbreviations the story gives a thing's name as its short form, in brackets or after ", or" right
    after it ("the Freedom of Information Act (FOIA)", "the Iran Sanctions Act, or ISA"): a name headed by
    a law's, a treaty's or a scheme's noun names no one, nor does its short name, wherever it appears
    ("a FOIA lawsuit", "a renewal of ISA"). Casefolded."""
    out = set()
    for ent in doc.ents:
        root, i = ent.root, ent.start
        if len(ent) != 1 or not ent.text.isupper() or root.dep_ not in ("appos", "conj") or i < 2:
            continue
        # (the parser takes ", or KSA" for a list's second item)
        glossed = doc[i - 1].text == "(" and root.dep_ == "appos" or doc[i - 1].lower_ == "or" and doc[i - 2].text == ","
        head = root.head
        if glossed and head.i < i and head.is_title and head.lower_ in NOT_ACTOR_WORDS:
            out.add(ent.text.casefold())
    return frozenset(out)


def names_no_one(name: str) -> bool:
    """A name of a thing by its head noun or as a whole: an event, a document or a law, a meeting,
    a disease ("Convention on Human Rights", "the Terrorism Bill", "the EGM", "TB"), or a kind of body
    no one in particular is ("a super PAC")."""
    folded = [w.casefold() for w in name.split()]
    if not folded:
        return True
    # "Convention on Human Rights" is a convention, "Prevention of Terrorism Bill" a bill; "Election
    # Commission" a body
    if _thing_head(name) is not None:
        return True
    whole = " ".join(folded).removeprefix("the ")
    return whole in NOT_ACTOR_NAMES or whole in _KINDS_OF_BODY  # "the EGM", "TB", "super PAC": no one in particular


def _a_person_by_evidence(ent: Span, name: str) -> bool:
    """Whether a name a thing's head noun ends ("Fred West", "Sir Robin Day", "Oliver North, the former
    marine", "Shirley Temple said") is a person's by the story's evidence: an honorific or a title, a
    role before it, an apposition of a person's noun, a speech verb or a he/she in its clause; or, when
    the head is no building's, line's or road's noun, a census first name before it ("Victoria Tower",
    "Albert Road" stay places)."""
    words = name.split()
    head = _thing_head(name)
    if ent.label_ != "PERSON" or all(w.casefold() in COMPASS_WORDS for w in words):
        return False  # "the North East": a region
    doc = ent.doc
    previous = doc[ent.start - 1] if ent.start else None
    if len(words) == 1 and previous is not None and _in_a_run_of_capitals(previous):
        return False  # "Bill" of "the Criminal Justice Bill": the last word of a thing's name the model cut
    place = head in PLACE_HEADS
    first = ent[0].lower_.rstrip(".")
    before = previous.lower_.rstrip(".") if previous is not None else ""
    if not place and (first in HONORIFICS or first in TITLES or before in HONORIFICS or before in TITLES):
        return True  # "Sir Robin Day", "Mr West" (not "Shri Swaminarayan Mandir Temple")
    role = role_before(ent)
    if role is not None and role[-1].pos_ in ("NOUN", "PROPN") and \
            (role[-1].lower_ in ROLE_WORDS or role[-1].lower_ in PEOPLE_NOUNS):
        return True  # "Labour MP Fred West" (not "the official North East Says No campaign")
    root = ent.root
    # "Oliver North, the former US marine" (not "Charing Cross Police Station, his lawyer Tom Reed":
    # a noun that carries its own name is that name's)
    if any(t.dep_ == "appos" and (t.lower_ in ROLE_WORDS or t.lower_ in PEOPLE_NOUNS or t.lower_ in KIN_NOUNS)
           and not any(c.ent_type_ == "PERSON" for c in t.children) for t in root.children):
        return True
    if root.dep_ == "appos" and (root.head.lower_ in PEOPLE_NOUNS or root.head.lower_ in KIN_NOUNS
                                 or root.head.lower_ in ROLE_WORDS):
        return True  # "her husband, Bill"
    if root.dep_ in SUBJECT_DEPS:
        verb = root.head
        if verb.lemma_.lower() in SPEECH_VERBS:
            return True  # "Doris Day told reporters"
        if any(t.lower_ in PERSON_PRONOUNS and t.i >= ent.end for t in verb.subtree):
            return True  # "Oliver North ... told the hearing he had followed orders"
    # "Doris Day", "Timothy West" (not "the rarely used Royal Prerogative": an article before a name
    # makes it a thing's, as English names a person without one)
    return head is not None and not place and len(words) >= 2 \
        and words[-1].casefold() == head and is_first_name(words[-2]) \
        and not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in root.children)


def _in_a_run_of_capitals(token: Token) -> bool:
    """Whether a capitalised word before a name is part of a longer name ("Criminal Justice" before
    "Bill"), not a title or an honorific on its own ("Senator", "Mr")."""
    if not token.is_title or token.is_sent_start:
        return False
    word = token.lower_.rstrip(".")
    if word in HONORIFICS:
        return False
    before = token.doc[token.i - 1] if token.i else None
    return word not in TITLES or (before is not None and before.is_title and not before.is_sent_start)


def _not_an_actor(ent: Span) -> bool:
    """Names that are no actor: events and documents, plural titles ("MPs"), generic words."""
    words = _name(ent).split()
    folded = [w.casefold() for w in words]
    if names_no_one(" ".join(words)) and not _a_person_by_evidence(ent, " ".join(words)):
        return True
    if _a_venue_or_a_ship(ent, words):
        return True
    if len(words) == 1 and _abstract_noun(words[0], ent.doc):
        return True  # "Britishness", "Blairism": an idea
    if len(words) == 1 and (re.fullmatch(r"[A-Z]{2,4}s", words[0]) or folded[0] in POSTNOMINALS):
        return True  # "MPs", "MEP", "MSPs": people of a kind, not a body
    if len(words) == 1 and words[0].isupper() and folded[0] in PEOPLE_NOUNS:
        return True  # "a GP", "every teacher, GP and nurse": a person of a kind written in capitals
    if len(words) == 1 and ((ent.label_ == "ORG" and ent[-1].pos_ == "ADJ") or folded[0].endswith(("entary", "ical"))):
        return True  # "Parliamentary": a word about a body, not its name
    if len(words) == 1 and folded[0] in GENERIC_ORG_WORDS and ent.ent_id_ != "gazetteer":
        return True
    if len(words) == 1 and ent.label_ == "PERSON" and folded[0] in INSTITUTION_WORDS | {"library", "museum", "gallery"}:
        return True  # "Library" of "the British Library", "University": a body's or a place's noun is nobody's name
    if len(ent) > 1 and ent[0].tag_ == "VBG" and ent[0].pos_ == "VERB":
        return True  # "Entering Westminster, he ...": a participle and its object, a clause, not a name
    if _places_joined(ent, words):
        return True
    if ent.label_ == "ORG" and _office_s_title(folded):
        return True
    if _members_described(ent, folded):
        return True
    named = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    if len(named) == 1 and ent.label_ != "PERSON" and _a_fragment(named[0]):
        return True  # ("the Sunday" of "the Sunday Times")
    if len(ent) > 1 and ent[-1].lower_ in ("the", "of", "and", "for") and ent.end < len(ent.doc) and ent.doc[ent.end].is_title:
        return True  # "The Elect the" + "Lords Campaign": no name ends in a small word; the model cut a longer one
    if _a_quoted_phrase(ent) or _a_title_s_end(ent) or _names_paired(ent) or _a_figure_of_speech(ent) or \
            _where_something_is_done(ent) or _a_plural_name_s_end(ent) or _in_a_list_of_bodies(ent) or \
            _a_seat_as_a_place(ent) or _listed_with_things(ent) or _a_prison(ent) or _in_a_portfolio(ent) or \
            (ent.label_ == "PERSON" and _a_coloured_make(ent)):
        return True
    return " ".join(folded).removesuffix("s") in DEMONYMS  # "Britons", "Indians"


_COLOURS = frozenset("red blue green black white silver grey gray yellow orange purple pink brown maroon beige "
                     "gold golden navy turquoise".split())


def _a_coloured_make(ent: Span) -> bool:
    """"a red Vauxhall Corsa", "a silver Ford Focus": a name after "a" and a colour is a made thing's, a car's
    or a product's, of which there are many; a person is not told by a colour and an article ("a defiant
    Tony Blair" has no colour, "a John Smith of Leeds" no adjective)."""
    doc = ent.doc
    i = ent.start
    coloured = False
    while i > 0 and (doc[i - 1].pos_ in ("ADJ", "PROPN") or doc[i - 1].text == "-") and doc[i - 1].head.i == ent.root.i \
            or i > 0 and doc[i - 1].lower_ in _COLOURS:
        coloured = coloured or doc[i - 1].lower_ in _COLOURS
        i -= 1
    return coloured and i > 0 and doc[i - 1].lower_ in ("a", "an") and doc[i - 1].head.i == ent.root.i


QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def _a_quoted_phrase(ent: Span) -> bool:
    """A phrase in quotation marks is no actor's name: a quotation mark inside a name ends it ('the
    "Abstentions Party"', 'appoint the best person': the model ran a determiner into the quotation),
    and a name quoted whole, its marks right around it, is a coinage or a jibe, not a body that acts."""
    doc = ent.doc
    inner = next((t for t in ent[1:] if t.text in QUOTE_MARKS), None)
    if inner is not None:
        return all(t.pos_ == "DET" or t.text in QUOTE_MARKS for t in doc[ent.start : inner.i])
    opens = ent[0].text in QUOTE_MARKS or ent.start > 0 and doc[ent.start - 1].text in QUOTE_MARKS
    return opens and ent.end < len(doc) and doc[ent.end].text in QUOTE_MARKS


def _a_title_s_end(ent: Span) -> bool:
    """A body's name after a person's title and its "to", "of" or "for" ends the title ("Chief Secretary to
    the Treasury Paul Bateman", "the President of the Board of Trade"): the office is the person's, the body
    no actor on that mention; "State for Constitutional Affairs" of "Secretary of State for ..." no body
    at all."""
    doc = ent.doc
    i = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)  # the name's first word
    if ent.label_ != "ORG":
        return False
    if doc[i].lower_ == "state" and i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "secretary":
        return True  # "Secretary of State for ...": the title's own words
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("to", "of", "for"):
        return False
    title = doc[j - 1]
    return title.is_title and (title.lower_ in ROLE_WORDS or title.lower_ in TITLES) and title.lower_ != "state"


def _in_a_portfolio(ent: Span) -> bool:
    """"Culture, Media and Sport Secretary Tessa Jowell": capitalised words listed with commas and an "and"
    that run straight into a capitalised title are that title's portfolio, each no body of its own."""
    doc = ent.doc
    crossed = False
    if ent.label_ == "PERSON":
        return False  # "Aid minister Hilary Benn and Deputy Prime Minister John Prescott": a list of people
    for t in doc[ent.end : ent.end + 8]:
        if t.is_title and (t.lower_ in ROLE_WORDS or t.lower_ in TITLES):
            # the list's last item runs into the title ("and Sport Secretary"), no comma before it ("Islam, President X")
            return crossed and doc[t.i - 1].is_title
        if t.lower_ == "and":
            crossed = True
        elif t.lower_ == ",":
            pass
        elif not t.is_title:
            return False
    return False


def _a_plural_name_s_end(ent: Span) -> bool:
    """"the Kings Own Scottish Borderers", "the Argyll and Sutherland Highlanders": a name in the plural (a
    regiment's, a team's, a body's) that the model began late, after a capitalised word of the same name (no
    title, no other name) or after "and" and such a word that "the" opens, is the end of a longer name: no
    one by itself."""
    doc = ent.doc
    last = ent[-1]
    if ent.label_ not in ("PERSON", "NORP") or last.tag_ not in ("NNP", "NNPS") or not last.text.endswith("s") or \
            ent.start < 2 or is_first_name(ent[0].text):
        return False  # (not "Peter Evans": a first name makes it a person's)
    prev = doc[ent.start - 1]
    if prev.lower_ == "and" and ent.start >= 3:
        word, the = doc[ent.start - 2], doc[ent.start - 3]
        return word.is_title and the.lower_ == "the" and word.ent_type_ in ("", "GPE")
    folded = prev.lower_.rstrip(".")
    return prev.is_title and not prev.is_sent_start and not prev.ent_type_ and \
        folded not in HONORIFICS | TITLES | PEERAGE | ROLE_WORDS


# bodies' nouns a list of names follows: "the departments of Environment, Food and Rural Affairs and Trade"
_BODY_PLURALS = frozenset("departments ministries offices committees councils".split())


def _in_a_list_of_bodies(ent: Span) -> bool:
    """A name inside a list after "the departments of" (or ministries, offices, committees): the model ran
    the list's names together ("Food and Rural Affairs and Trade"); the bodies are each a department of ...,
    none of them named by that span."""
    token = ent.root
    for _ in range(8):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return token.head.head.lower_ in _BODY_PLURALS
        if token.dep_ not in ("conj", "compound") or token.head.i == token.i:
            return False
        token = token.head
    return False


# verbs and nouns of getting out of or being held in a prison: the name after their "from" or "in" is one
_PRISON_WORDS = frozenset("escape breakout flee jail imprison detain lock".split())


def _a_prison(ent: Span) -> bool:
    """"the mass escape from the Maze", "detained in Belmarsh": a name where someone escapes from or is
    held is a prison, a place, not a body that acts."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "in", "at", "of"):
        return False
    governor = root.head.head
    if root.head.lower_ == "of":
        if governor.lower_ != "out":
            return False
        governor = governor.head  # "broke out of the Maze"
    return governor.lemma_.lower() in _PRISON_WORDS | {"break"} if root.head.lower_ == "of" else \
        governor.lemma_.lower() in _PRISON_WORDS


def _listed_with_things(ent: Span) -> bool:
    """"dance, yoga and Tai Chi": a name listed only with common nouns of things (no person's, role's or
    body's word among them) is a thing of their kind, an activity or a product, not an actor, unless
    the story names it again (as a person by surname) or gives it a person's title or honorific."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return False  # "pensions and the NHS": a body listed with things is still named as a body
    # (a verb the parser joined to the list is none of its items: "yoga and Tai Chi being options")
    fellows = [c for c in ent.root.conjuncts if not (ent.start <= c.i < ent.end) and c.pos_ in ("NOUN", "PROPN")]
    # a bare noun each, as things of a kind are listed ("yoga"), not one of someone's ("her operation",
    # "Bruce Forsyth's birthday": the parser's list may join what belongs to two clauses)
    if not fellows or any(not c.is_lower or c.pos_ != "NOUN" or c.ent_type_ or c.lower_ in ("others", "people") or
                          c.lower_ in PEOPLE_NOUNS | ROLE_WORDS | INSTITUTION_WORDS or c.lemma_ in PEOPLE_NOUNS or
                          any(d.dep_ in ("det", "poss", "amod", "compound") for d in c.children)
                          for c in fellows):
        return False
    if any(t.text == ent[-1].text and t.i != ent.end - 1 for t in doc):
        return False  # "poverty, bad housing and Tony Blair ... Mr Blair said": a person named again
    before = doc[ent.start - 1] if ent.start else None
    return before is None or before.lower_ not in HONORIFICS | TITLES


def _names_paired(ent: Span) -> bool:
    """"the Blair-Brown rift", "the Ortiz-Nash deal": two names joined by a hyphen before a thing's noun
    qualify it (the two people, each named alone in the story, or their camps); the pair is no one."""
    doc = ent.doc
    hyphens = [t for t in ent if t.text == "-" and not t.whitespace_ and t.i > ent.start and not doc[t.i - 1].whitespace_]
    if len(hyphens) != 1 or hyphens[0].i + 2 != ent.end or ent.end >= len(doc):
        return False
    h = hyphens[0].i
    left, right, noun = doc[h - 1], doc[h + 1], doc[ent.end]
    if right.dep_ not in ("compound", "amod", "nmod") or right.head.i != noun.i or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    alone = lambda word: any(t.text == word.text and not (ent.start <= t.i < ent.end) for t in doc)  # noqa: E731
    return left.is_title and right.is_title and alone(left) and alone(right)


# verbs of looking a thing up or buying it: a name after their "on", "at" or "from" is where it is done
_LOOKUP_VERBS = frozenset("look search google browse buy shop purchase".split())
# nouns of an event someone gives: a body after their "at" is its venue ("a lecture at the LSE")
_EVENT_NOUNS = frozenset("lecture speech talk seminar address dinner reception".split())


def _where_something_is_done(ent: Span) -> bool:
    """A shop, a website or a venue, no actor by that mention: a body's name where something is looked up
    or bought ("look it up on Google", "bought at Rymans"), where a lecture or a speech is given ("In a
    lecture at the London School of Economics, ..."), or counted as things are ("one Starbucks, one
    Rymans and one small cafe": a branch)."""
    if ent.label_ not in ("ORG", "NORP"):
        return False
    root = ent.root
    if any(c.dep_ == "nummod" and c.i < ent.start and c.lower_ in ("one", "two", "three") for c in root.children):
        return True
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "at", "from"):
        return False
    prep = root.head
    governor = prep.head
    if governor.pos_ == "VERB" and governor.lemma_.lower() in _LOOKUP_VERBS:
        return True
    return prep.lower_ == "at" and governor.pos_ == "NOUN" and governor.lower_ in _EVENT_NOUNS


# the bodies the gazetteer names ("Downing Street", "Treasury")
_BODIES = frozenset(p["pattern"].casefold() for p in lexicon.load("gazetteer")
                    if p.get("label") == "ORG" and isinstance(p.get("pattern"), str))
_SEATS = frozenset(name for name in country_of() if name in _BODIES)  # "Downing Street", "the Kremlin"
_LOCATIVE = frozenset("in at outside inside into near to up down".split())
# verbs of going into or out of a place: their object is the place ("entered Downing Street")
_MOVING_VERBS = frozenset("enter leave quit reach visit walk".split())


def _a_seat_as_a_place(ent: Span) -> bool:
    """A body named by its building or street ("Downing Street", "the White House") is the place where
    it is said to be somewhere or where someone goes ("met in Downing Street", "called him back to
    Downing Street", "entered Downing Street", "10 Downing Street"), not the body that acts, which is
    its subject or its voice ("Downing Street said")."""
    root = ent.root
    if _name(ent).casefold() not in _SEATS:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].like_num:
        return True  # "10 Downing Street": the house, by its number
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE or \
        root.dep_ == "dobj" and root.head.lemma_.lower() in _MOVING_VERBS


def _a_figure_of_speech(ent: Span) -> bool:
    """"Solomon's wisdom", "Hobson's choice", "Pandora's box": a one-word name owning a figure's noun
    (`figure_heads`), the story writing it nowhere else, is a proverb's owner, no actor of the story."""
    root = ent.root
    if len([t for t in ent if t.tag_ != "POS"]) != 1 or root.dep_ != "poss":
        return False
    head = root.head
    return head.is_lower and head.lower_ in FIGURE_HEADS and \
        not any(t.text == root.text and t.i != root.i for t in ent.doc)


def _a_place(name: str) -> bool:
    return name in towns() or name.casefold() in place_levels()


def _places_joined(ent: Span, words: list[str]) -> bool:
    """"Bristol, Isle of Wight": a comma inside a name the model took for a person or a body joins
    two names; when the first is a place, the whole is a list of places or a place and its region,
    each a place."""
    text = " ".join(words)
    return "," in text and _a_place(text.split(",")[0].strip())


def _office_s_title(folded: list[str]) -> bool:
    """"the Roman Catholic Archbishop", "Archbishop of Westminster": a name headed by a person's title
    (the word before "of", or the last) names an office, whoever holds it, not a body."""
    if len(folded) < 2:
        return False
    # (not "Commission on Social Justice", "Fathers 4 Justice": a body's noun heads them, not "justice")
    if any(w.isdigit() or w in ("on", "for", "to") for w in folded):
        return False
    head = next((folded[i - 1] for i, w in enumerate(folded) if w == "of" and i), folded[-1])
    return head in TITLES | SURNAME_TITLES and not head.endswith("s")  # (not "Lords": the House)


def _members_described(ent: Span, folded: list[str]) -> bool:
    """"Senior Tories have warned ...": a word capitalised only because it opens the sentence, before
    a party's or a people's name in the plural, describes some of its members; they are people of a
    kind, no body (not "Liberal Democrats", "Scottish Conservatives": names the party goes by)."""
    doc = ent.doc
    opener = doc[ent.start - 1] if ent.start else None
    if opener is not None and opener.is_sent_start and opener.is_title and opener.dep_ == "amod" and \
            ent.start <= opener.head.i < ent.end and ent.label_ in ("ORG", "NORP") and len(folded) == 1 and \
            folded[0].endswith("s") and ent.root.tag_ in ("NNPS", "NNS") and opener.lower_ not in DEMONYMS and \
            not _a_place(opener.text):
        # "Senior Democrats", "Leading Republicans": the model left the opener out of the name, which is a
        # party's plural, or a people's, as a whole
        return True
    if len(folded) < 2 or not ent[0].is_sent_start or ent.label_ not in ("ORG", "NORP"):
        return False
    whole, first, rest = " ".join(folded), folded[0], " ".join(folded[1:])
    if whole in org_aliases() or first in DEMONYMS or _a_place(ent[0].text) or is_first_name(ent[0].text):
        return False
    party = org_aliases().get(rest, "").casefold()
    return rest.endswith("s") and (party.endswith(" party") or rest.removesuffix("s") in DEMONYMS)  # (not "Law Lords")


def _a_fragment(word: Token) -> bool:
    """A capitalised word that is no name on its own: part of a longer name the model cut ("Democrat"
    of "Liberal Democrat chief executive", "Sunday" of "the Sunday Times": a capitalised word beside
    it that is no title, no role and no other name, the two one phrase), a weekday or a month
    ("Sunday", "March"), or a verb's base form ("Elect" of "the Elect the Lords Campaign")."""
    doc = word.doc
    if word.lower_ in WEEKDAYS or word.lower_ in MONTHS and not is_first_name(word.text):
        return True  # (not "April", "June": first names too)
    if word.tag_ == "VB":
        return True
    for other in (doc[word.i - 1] if word.i else None, doc[word.i + 1] if word.i + 1 < len(doc) else None):
        if other is None or not other.is_title or other.ent_type_ or other.is_sent_start and other.pos_ != "PROPN":
            continue
        folded = other.lower_.rstrip(".")
        if folded in HONORIFICS or folded in TITLES or folded in PEERAGE or folded in ROLE_WORDS:
            continue
        if other.head.i == word.i and other.dep_ in ("compound", "amod") or word.head.i == other.i and \
                word.dep_ in ("compound", "amod"):
            return True
    return False


def _abstract_noun(word: str, doc: Doc) -> bool:
    """"Britishness", "Englishness", "Blairism": an abstract noun made from an adjective of a people
    or from a name the story writes is an idea, not someone's name ("Guinness", "Furness" are not made
    of a word the story has)."""
    folded = word.casefold()
    for suffix in ABSTRACT_SUFFIXES:
        stem = folded.removesuffix(suffix)
        if stem == folded or len(stem) < 3:
            continue
        if stem in DEMONYMS or stem.endswith("ish") or any(t.lower_ == stem and t.is_title for t in doc):
            return True
    return False


# what a constituency's name stands beside: "the Horsham by-election", "the constituency now known as
# Copeland", "MP for Hexham": a seat or a town, named as a place, is no actor in any of its mentions
SEAT_AFTER = re.compile(r"\s*(?:by-?\s?elections?|constituency|constituencies|seat|ward)\b", re.IGNORECASE)
SEAT_BEFORE = re.compile(r"\b(?:(?:constituency|seat|ward)(?:,? (?:now|later|formerly|then))? (?:known as|called|of)"
                         r"|MPs? for|MSPs? for|AMs? for|candidate for)\s*$")


def _two_names(ent: Span) -> bool:
    """"Hornsey and Wood Green" taken for one person: no one's name holds "and" between its words, so
    such a span is two names (a seat named for two places), never a person run into a seat."""
    return any(t.lower_ == "and" and t.i > ent.start for t in ent)


def _seat_names(doc: Doc) -> set[str]:
    """Names the story gives a constituency or its town by, as a seat (see SEAT_AFTER, SEAT_BEFORE)."""
    text = text_of(doc)
    # (not "MP for Hexham Tom Reed": a person's name the model ran the seat into is the person's; nor
    # "the Labour constituencies", "a safe Tory seat": a party's seats)
    parties = org_aliases()
    seats = {_name(e).casefold() for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE")
             and e.ent_id_ != "gazetteer" and _name(e).casefold() not in parties
             and (SEAT_AFTER.match(text, e.end_char) or (e.label_ != "PERSON" or len(e) == 1 or _two_names(e))
                  and SEAT_BEFORE.search(text, max(0, e.start_char - 40), e.start_char))}
    # a seat named for two places names each ("Hornsey and Wood Green": Hornsey, Wood Green)
    return seats | {part.strip() for seat in seats if " and " in seat for part in seat.split(" and ")}


def _in_dateline(ent: Span) -> bool:
    """"DEHRADUN:", "OTTAWA (CP) -": the place and the wire a story is filed from."""
    if ent.start_char > 80:
        return False
    found = DATELINE.match(text_of(ent.doc), 0) or DATELINE.search(text_of(ent.doc), 0, 80)
    return found is not None and ent.start_char < found.end()


def _is_actor_mention(ent: Span) -> bool:
    """An entity that acts in the story, not one that only qualifies a noun ('German consulate')."""
    if ent.label_ not in KINDS or (ent.label_ in ("PERSON", "ORG", "NORP") and _not_an_actor(ent)) or _in_dateline(ent):
        return False
    if _a_pollster(ent) and not in_credit(ent) and not is_media(_name(ent)):
        return True  # "an ICM poll": a name that qualifies a poll is its pollster, which acts
    # a picture's credit ("Alex Lynch/CBC"), a work's title ("the comic Captain Canuck") and a name that
    # qualifies a work ("the Captain Canuck comic") name no actor,
    # nor does a one-word "name" that is no proper noun ("Symbolically", "Ex-" in "Ex-Labour minister")
    if in_credit(ent) or (ent.label_ in ("PERSON", "ORG") and (names_a_work(ent) or qualifies_a_work(ent) or a_character(ent))) or \
            (ent.label_ == "PERSON" and not_a_name(ent)):
        return False
    # nor the end of a compound word ("the e-University", "anti-Tory"), nor a common noun phrase the
    # story also writes in lower case ("National Insurance" beside "national insurance")
    # nor a plural common noun capitalised because it opens a sentence ("Groups challenging the plans")
    # nor an abbreviation the story spells out in lower case ("anti-social behaviour orders (Asbos)"), nor a
    # person's epithet ("Pitt the Younger"), nor a date ("October 13, 2016"), nor one of a kind ("A Marine stood")
    if ent.label_ in ("PERSON", "ORG") and (hyphen_tail(ent) or a_common_phrase(ent) or a_plural_noun_opening(ent)
                                            or a_glossed_abbreviation(ent) or an_epithet(ent) or a_date(ent)
                                            or one_of_a_kind(ent)):
        return False
    if _where_one_is_from(ent) or a_common_noun_for_people(ent):
        return False  # (nor "Critics" beside "critics": a common noun for people, no people's name)
    root = ent.root
    if ent.label_ == "NORP":
        # (nor "one is a Liberal Democrat", "Democrat" of "Liberal Democrat chief executive": a member of
        # a party described, a party's name qualifying a noun)
        # (nor "four of them were Muslim": a people's word as the complement of "be" describes)
        # (nor "Muslim, Jewish and Evangelical Christian schools": a list's later words qualify the noun as
        # its first does, whose part the parser gives the whole list)
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        return first.dep_ not in ("amod", "compound", "nmod", "attr", "acomp") and root.tag_ != "JJ"
    if ent.label_ == "GPE":
        # a country that says or does something, not one only described ("Iraq would not be a
        # factor", "X continued to be in breach"): the subject of "be" is what is talked about; Who
        # lists it only where a mention tells a deed of its state (`_a_state_s_deed`, ActorIndex.who)
        return root.dep_ in SUBJECT_DEPS and not _subject_of_be(root) or agent_of_a_deed(ent)
    return True


# verbs that say what a subject is or lacks, no deed: "Iraq had become a crucible", "England needs Europe";
# "have" with "to" is a duty, no deed either ("Britain had to set an example"), but what a country has may be
# its news ("the UK has a crisis on its hands")
_STATE_VERBS = frozenset("become remain need".split())
_DUTY_VERBS = frozenset("have need ought".split())
# modals of what may, could, would, should or must be done: a wish, a duty, a hypothesis, no deed done
# ("will" tells what a state is going to do: "the US will act on global warming")
_MODALS = frozenset("would could should must may might can ca cannot ought shall".split())
# clause openers of a condition: "If Wales decided to keep its assembly ..."
_CONDITIONS = frozenset("if unless whether".split())


def _a_state_s_deed(subject: Token) -> bool:
    """Whether a place's mention tells a deed of its state: the subject of a verb that the story says it did,
    does or will do ("Germany proposed a freeze", "before Britain takes over the presidency", "the US will
    act"). A place is only the scene, Where, as the subject of a passive ("Britain could be defended"), of
    "be", "become" or "need" (what it is or lacks), of "have to" (a duty), of a modal ("Britain should take its share",
    "the UK would abide by its obligations"), of a condition ("if Wales decided"), of an infinitive another
    wants, allows or makes ("wants Britain to use its influence", "to make Britain more competitive", "let
    Britain keep its rebate") or of a
    clause that describes a noun ("the G8, which Britain chairs", "skills the UK needs")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or _subject_of_be(subject):
        return False
    children = list(verb.children)
    if verb.lemma_.lower() in _STATE_VERBS or verb.dep_ in ("relcl", "acl") or verb.lemma_.lower() in _DUTY_VERBS \
            and any(c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in children):
        return False
    if any(c.dep_ == "auxpass" or c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "TO") for c in children):
        return False
    if verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") and not any(c.dep_ == "aux" for c in children):
        return False  # a bare infinitive another makes, lets or helps it do: "to help Taiwan defend itself"
    return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children))


# nouns for one person a place before them says where they are from ("a Devon man", "a Leeds teenager")
_ONE_FROM = frozenset("man woman boy girl teenager youth pensioner couple family mother father grandmother "
                      "grandfather student".split())


def _where_one_is_from(ent: Span) -> bool:
    """"a Devon man", "an Essex couple": one word between "a" and a noun for one person or a household is
    where they come from, a place, never a person's name (the person is unnamed); a body's name there says
    whose they are ("a Labour woman"), which other rules weigh."""
    doc = ent.doc
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and ent.end < len(doc) and \
        doc[ent.start - 1].lower_ in ("a", "an") and doc[ent.end].lower_ in _ONE_FROM


def _subject_of_be(subject: Token) -> bool:
    """Whether a subject's verb is a copula ("is", "would be"), or one whose clause goes on in
    "to be" ("continued to be", "seems to be")."""
    verb = subject.head
    if verb.lemma_ == "be":
        # an act all the same: "is to hold elections", "is ready to sign", "was the first to ratify"
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        return not any(c.dep_ == "xcomp" for c in verb.children) and not any(
            g.dep_ in ("xcomp", "acl", "relcl") and g.pos_ in ("VERB", "AUX") for c in complements for g in c.children)
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" and c.i > verb.i for c in verb.children)


def _one_case(roles: list[str]) -> list[str]:
    """A role written twice but for its capitals once ("Chancellor" opening a sentence or before a name,
    "chancellor" in the story's own style), as the story writes it with the fewer capitals."""
    best: dict[str, str] = {}
    for role in roles:
        key = role.casefold()
        if key not in best or sum(c.isupper() for c in role) < sum(c.isupper() for c in best[key]):
            best[key] = role
    return list(dict.fromkeys(best[r.casefold()] for r in roles))


def _titled_surname(name: str) -> tuple[str, str] | None:
    """(title word, surname) of a name that is a title and a surname alone: "Prof Etzioni", "Cardinal
    Murphy O'Connor" (a surname of several words)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words[1:]):
        return None
    word = words[0].lower().rstrip(".")
    if word in TITLES or word in SURNAME_TITLES or word in PEERAGE or word in HONORIFICS:
        return word, " ".join(words[1:])
    return None


def _same_person(name: str, people: dict[str, Actor]) -> Actor | None:
    """The person of this full name, whatever its capitals ("DONALD Trump" is Donald Trump)."""
    if name in people:
        return people[name]
    folded = folded_name(name)
    return next((a for n, a in people.items() if folded_name(n) == folded), None)


def _hyphenated_surnames(people: dict[str, Actor], mentions: list) -> None:
    """A person whose surname the story writes with its hyphen and without ("Robert Kilroy Silk",
    "Mr Kilroy-Silk") is one person, named with it: the hyphen is the name's spelling, its absence
    a house style's or a slip's; the surname alone either way ("Kilroy Silk") is the same person."""
    for key, actor in list(people.items()):
        if people.get(key) is not actor:
            continue
        words = actor.name.split()
        written = next((a for a in actor.aliases if "-" in a and a not in words and len(a.split()) <= len(words)
                        and (folded_name(a) == folded_name(actor.name)
                             or len(a.split()) == 1 and ends_with_surname(actor.name, a))), None)
        if written is not None and folded_name(written) != folded_name(actor.name):
            written = " ".join(words[: len(words) - len(written.split("-"))] + [written])
        if written is not None and written not in people:
            del people[key]
            actor.aliases = [actor.name] + [a for a in actor.aliases if a != written]
            actor.name = written
            people[written] = actor
        surname = actor.name.split()[-1]
        if "-" not in surname or len(actor.name.split()) < 2:
            continue
        for other_key, other in list(people.items()):  # "Kilroy Silk" alone: the surname, unhyphenated
            if other is not actor and folded_name(other.name) == folded_name(surname):
                _merge_into(actor, other, mentions)
                del people[other_key]


def _one_letter_more(short: str, long: str) -> bool:
    """Whether `long` is `short` with one letter added ("Abbot", "Abbott"; "Smyth", "Smythe")."""
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _two_letters_swapped(one: str, other: str) -> bool:
    """Whether `other` is `one` with two letters side by side swapped ("Kiedis", "Keidis")."""
    if len(one) != len(other) or one == other:
        return False
    diff = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == other[diff[1]] and one[diff[1]] == other[diff[0]]


def _a_slip_of(short: str, surname: str, slip_only: bool) -> bool:
    """Whether `short` is `surname` with one letter more or less, or (a word no one bears as a name, which
    only a slip makes) two letters swapped; never its plural ("the Clintons")."""
    if short == surname + "s" or short == surname + "es":
        return False
    return _one_letter_more(short, surname) or _one_letter_more(surname, short) or \
        slip_only and _two_letters_swapped(short, surname)


def _surnames_spelt_two_ways(doc: Doc, people: dict[str, Actor], mentions: list) -> None:
    """"Labour MP Diane Abbot ... Ms Abbott said": a surname the story gives only after an honorific, that
    names no one else and is a full name's surname with one letter more or less, is that person's surname
    spelt two ways (a slip, or a house style's doubled letter), one person, not two; the honorific's gender,
    where it has one, must not be the first name's other. Without an honorific, a word that is no name at all
    (neither a first name nor a surname of the census) is such a slip too, one letter swapped with the next
    also ("Sharption", "Keidis" beside Al Sharpton and Anthony Kiedis)."""
    text = doc.text
    for key, short in list(people.items()):
        if people.get(key) is not short or len(short.name.split()) != 1 or len(short.name) < 4:
            continue
        spans = [(s, e) for s, e, a in mentions if a is short]
        honorifics = [re.match(r"(\w+)\.?\s", text[s:e]) if len(text[s:e].split()) > 1
                      else re.search(r"\b(\w+)\.?\s+$", text[max(0, s - 12):s]) for s, e in spans]
        slip = len(short.name) >= 5 and short.name.isalpha() and not is_first_name(short.name) and \
            not is_surname(short.name)
        if not spans or not slip and not all(h and h.group(1).lower() in HONORIFICS for h in honorifics):
            continue
        genders = {"female" if h.group(1).lower() in FEMALE_HONORIFICS else "male" if h.group(1).lower() in MALE_HONORIFICS
                   else None for h in honorifics if h} - {None}
        fits = [a for a in {id(a): a for a in people.values()}.values()
                if a is not short and len(a.name.split()) >= 2 and _a_slip_of(short.name, a.name.split()[-1], slip)
                and not any(first_name_gender(a.name.split()[0]) not in (None, "either", g) for g in genders)]
        if len(fits) != 1:
            continue
        _merge_into(fits[0], short, mentions)
        for k in [k for k, a in people.items() if a is short]:
            del people[k]


def _a_marked_prefix(words: list[str]) -> bool:
    """A word glued before a surname that is no part of a name: a caption's or a heading's label in capitals
    ("MVP"), a hyphenated epithet ("Euro-Sceptic"); not a capitalised word, nor words, that may be a first
    and a middle name the lexicon lacks ("Rajiv Kumar"), nor two or three capitals that may be initials
    ("JR"), nor a title, which the title-and-surname rule weighs."""
    if len(words) != 1 or _titled(words[0]):
        return False
    word = words[0]
    if word.isupper() and word.isalpha():
        return len(word) >= 3
    parts = [p for p in word.split("-") if p]
    return len(parts) >= 2 and not any(is_first_name(p) for p in parts)


def _words_before_a_name(prefix: list[str], lower: frozenset[str], named: set[str]) -> bool:
    """Capitalised words glued before a name that are no part of it: a role, a people's or a relation's noun
    ("Actress", "Wife": English names someone by a noun before the name, the name is the words after it), one the
    story writes in lower case as a common noun, or a name of its own, a people's, a place's or a body's the
    story lists or the gazetteer knows ("Democrat", "Oval Office", "Capitol Hill": where, or of what side, the
    person is). Never a first name (two people of one surname are told apart by first names: "Kasia Rynkiewicz"
    is not Dorota Rynkiewicz), nor a title, which the title-and-surname rule weighs."""
    if not prefix or not all(w[:1].isupper() for w in prefix) or any(is_first_name(w) or _titled(w) for w in prefix):
        return False
    phrase = " ".join(prefix)
    if len(prefix) == 1:
        word = prefix[0].lower()
        if word in ROLE_WORDS or word in PEOPLE_NOUNS or word in KIN_NOUNS or word in lower or \
                word.removesuffix("s") in DEMONYMS or word in DEMONYMS:
            return True
    # (a place the gazetteer alone knows glues on only as a phrase, "Capitol Hill": one word may be a first name
    # the lexicon lacks, "Jos Verstappen" beside "Max Verstappen", Jos a town too)
    return phrase.casefold() in named or phrase.casefold() in org_aliases() or (len(prefix) >= 2 and _a_place(phrase))


def _personal_initials(name: str) -> str:
    """"Robert Kilroy-Silk" -> "RKS": the first letters of a person's names, a hyphenated one's parts each."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper()).upper()


def _one_person_written_otherwise(doc: Doc, people: dict[str, Actor], others: dict[str, Actor],
                                  mentions: list) -> None:
    """One person the story names in full (a first name and a surname) and also in another shape is one
    actor, not two: "the Blairs" (the person's family, by the plural of the surname after "the"), a name
    with words before it that are no first name ("Lady Michelle Obama", "MVP Zobrist", "Euro-Sceptic
    Kilroy-Silk": English tells two people of one surname apart by their first names, not by a word glued
    before it), the same name with a first name one letter longer or shorter ("Hilary
    Clinton", "Hillary Clinton"), the person's initials ("RKS", "RK-S" for Robert Kilroy-Silk). A surname
    that two people named in full share is left alone, but where the whole full name is there."""
    full = [a for a in {id(a): a for a in people.values()}.values()
            if len(a.name.split()) >= 2 and is_first_name(a.name.split()[0]) and not _titled(a.name.split()[0])]
    text = doc.text
    # a first name spelt two ways: the person goes by the spelling the story uses more, or gives first
    for one in sorted(full, key=lambda a: (-a.mentions, a.start)):
        if not any(one is a for a in full):
            continue
        first, rest = one.name.split()[0], one.name.split()[1:]
        for other in [a for a in {id(a): a for a in people.values()}.values()
                      if a is not one and a.name.split()[1:] == rest
                      and (_one_letter_more(first, a.name.split()[0]) or _one_letter_more(a.name.split()[0], first))
                      and {first_name_gender(first), first_name_gender(a.name.split()[0])} - {None, "either"}
                      != {"male", "female"}]:
            _merge_into(one, other, mentions)
            full = [a for a in full if a is not other]
            for k in [k for k, a in people.items() if a is other]:
                del people[k]

    def one_owner(fits: list[Actor]) -> Actor | None:
        return fits[0] if len({id(a) for a in fits}) == 1 else None

    lower = lower_case_words(doc)

    for pool in (people, others):
        for key, actor in list(pool.items()):
            if pool.get(key) is not actor or any(actor is a for a in full):
                continue
            words = actor.name.split()
            spans = [(s, e) for s, e, a in mentions if a is actor]
            owner = None
            if len(words) == 1 and actor.kind != "place" and spans and all(
                    re.search(r"\bthe\s+$", text[max(0, s - 5):s], re.I) for s, _e in spans):
                # "the Blairs", "the Joneses": a family by its surname's plural
                # (of several of the family named in full, the one the story names first)
                owner = min((a for a in full if words[0] in (a.name.split()[-1] + "s", a.name.split()[-1] + "es")),
                            key=lambda a: a.start, default=None)
            # (glued words are capitalised as a name's are: "non-Roma Czechs" are others than the "Roma Czechs")
            if owner is None and actor.kind == "person" and len(words) >= 2 and words[0][:1].isupper() and \
                    (not is_first_name(words[0]) or _titled(words[0])):
                owner = one_owner([a for a in full if len(a.name.split()) < len(words)
                                   and words[-len(a.name.split()):] == a.name.split()])
                same = [a for a in full if a.name.split()[-1] == words[-1]]
                if owner is None and len(same) == 1 and _a_marked_prefix(words[:-1]):
                    owner = same[0]
            if owner is None and actor.kind in ("person", "organisation") and len(words) >= 2:
                # "Wife Ann Lowe", "Democrat Obama", "Oval Office Trump": a role, a side or a place glued before a
                # name the story gives a person, in full or as their surname, is that person (whatever kind the
                # model took the whole for); the surname of one named in full by a first name ("Harold Walsh")
                listed = list({id(a): a for a in people.values()}.values())
                # (a people's, a place's or a body's name: a person's own name before a surname is a first
                # name, "his father, Jorn," and "Jorn Vandermolen" beside "Max Vandermolen")
                named = {n.casefold() for p in (people, others) for a in p.values() if a is not actor
                         and a.kind != "person" for n in [a.name, *a.aliases]}
                for cut in range(1, len(words)):
                    rest = " ".join(words[cut:]).casefold()
                    fits = [a for a in listed if a is not actor and a.kind == "person"
                            and rest in {n.casefold() for n in [a.name, *a.aliases]}] or \
                        [a for a in full if a is not actor and ends_with_surname(a.name, " ".join(words[cut:]))]
                    if fits and _words_before_a_name(words[:cut], lower, named - {rest}):
                        owner = one_owner(fits)
                        break
            if owner is None and actor.kind != "place" and len(words) == 1 and len(words[0]) >= 4 \
                    and words[0].isupper() and \
                    words[0].isalpha() and words[0].casefold() not in org_aliases() and not is_media(words[0]):
                # "HAMILTON" beside "Lewis Hamilton": a heading's or a caption's capitals are no other name; the one
                # person whose first name or surname it is
                owner = one_owner([a for a in {id(a): a for a in people.values()}.values() if a is not actor and
                                   a.kind == "person" and words[0].casefold() in {w.casefold() for n in [a.name, *a.aliases] for w in n.split()}])
            if owner is None and len(words) == 1 and re.fullmatch(r"[A-Z](?:-?[A-Z]){2,4}", words[0]) and \
                    words[0].casefold() not in org_aliases() and not is_media(words[0]):
                owner = one_owner([a for a in full if _personal_initials(a.name) == words[0].replace("-", "")])
            if owner is None or owner is actor:
                continue
            _merge_into(owner, actor, mentions)
            for k in [k for k, a in pool.items() if a is actor]:
                del pool[k]


def _people_taken_for_bodies(people: dict[str, Actor], others: dict[str, Actor], mentions: list) -> None:
    """A person's name the model took for a body's in some of its mentions is the person's: a surname alone,
    of the one person the story names in full ("Sanders" beside "Bernie Sanders", "Romney" beside "Mitt
    Romney"), and a first name with a surname the story gives a person alone ("Rahm Emanuel" beside
    "Emanuel"). Not a name a body is known by (the gazetteer's, an outlet's) nor one with a body's word
    ("Clinton Foundation")."""
    full = list({id(a): a for a in people.values() if len(a.name.split()) >= 2}.values())
    for key, actor in list(others.items()):
        words = actor.name.split()
        if others.get(key) is not actor or actor.kind != "organisation" or len(words) > 3 or \
                actor.name.casefold() in org_aliases() or is_media(actor.name) or \
                any(w.casefold() in BODY_WORDS or not w[:1].isupper() for w in words):
            continue
        if len(words) == 1:
            owners = [a for a in full if a.name.split()[-1] == words[0]]
            if len(owners) != 1:
                continue
            owner = owners[0]
        else:
            alone = [a for a in people.values() if a.name == words[-1]]
            if not alone or any(a is not actor and a.name.split()[-1] == words[-1] for a in full):
                continue
            # the full name is the person's, and the surname alone goes with it
            del others[key]
            actor.kind = "person"
            people[actor.name] = actor
            owner, actor = actor, alone[0]
        _merge_into(owner, actor, mentions)
        for pool in (people, others):
            for k in [k for k, a in pool.items() if a is actor]:
                del pool[k]


def _one_name_spelt_otherwise(pools: tuple[dict[str, Actor], ...], mentions: list) -> None:
    """A people or a body written twice, but for a hyphen, its capitals or its accents ("Cuban Americans",
    "Cuban-Americans") is one, by the spelling the story uses more, or first (as one person's name is: `folded_name`)."""
    entries = [(pool, key, a) for pool in pools for key, a in pool.items() if a.kind in ("group", "organisation")]
    entries.sort(key=lambda e: (-e[2].mentions, e[2].start if e[2].start != -1 else 10 ** 9))
    _merge_into_the_first(pools, mentions, entries, lambda actor: folded_name(actor.name))


def _merge_into_the_first(pools: tuple[dict[str, Actor], ...], mentions: list, entries: list,
                          same: Callable[[Actor], str | None]) -> None:
    """Each actor of `entries` (pool, key, actor; in order of preference) merged into the first one before it that
    `same` gives the same key, and taken out of every pool."""
    seen: dict[str, Actor] = {}
    for pool, key, actor in entries:
        if pool.get(key) is not actor:
            continue
        first = seen.setdefault(same(actor), actor)
        if first is actor:
            continue
        _merge_into(first, actor, mentions)
        for p in pools:
            for k in [k for k, a in p.items() if a is actor]:
                del p[k]


def _a_party_s_side(name: str) -> str | None:
    """The side a party's name says, by the one spelling of `same_role.txt`: "Republican Party", "Republicans" and
    "GOP" say "gop"; "Democratic Party", "Democrats", "Dems" say "democrat". None for any other name: a member in
    the singular ("the Ohio Republican" is a person), a part or a kind of the side ("Senate Republicans", "Catholic
    Republicans", "Democratic National Committee"), which are other bodies or groups."""
    words = name.split()
    if len(words) == 2 and words[1].casefold() == "party":
        side = words[0].casefold()  # the party's name
    elif len(words) == 1 and words[0].isupper():
        side = words[0].casefold()  # its short name
    elif len(words) == 1 and words[0].endswith("s"):
        side = words[0].casefold().removesuffix("s")  # its members' plural
    else:
        return None
    side = ROLE_SPELLINGS.get(side, side)
    return side if side in _PARTY_SIDES else None


# the sides `same_role.txt` spells one way that are parties' (not offices': "congressman")
_PARTY_SIDES = frozenset(v for k, v in ROLE_SPELLINGS.items() if k in ("democratic", "republican", "dem"))


def _one_party_under_its_names(pools: tuple[dict[str, Actor], ...], mentions: list) -> None:
    """A party is one actor under its name, its short name and its members' plural: "the Republican Party",
    "the GOP" and "Republicans" in one story are one side, as "the Democratic Party" and "Democrats" are (English
    names a party by its members). It goes by its full name where the story writes it ("Republican Party": the
    clearest name, and the one a quote's speaker keeps), else by the name the story makes most of (its salience:
    the name it uses most, earliest and as a subject)."""
    entries = [(pool, key, a) for pool in pools for key, a in pool.items()
               if a.kind in ("group", "organisation") and _a_party_s_side(a.name)]
    entries.sort(key=lambda e: (not e[2].name.casefold().endswith(" party"), -e[2].salience,
                                e[2].start if e[2].start != -1 else 10 ** 9))
    _merge_into_the_first(pools, mentions, entries, lambda actor: _a_party_s_side(actor.name))


_QUALIFIED = r"(?:also|better|more|otherwise|commonly|popularly|widely|now|formerly|previously|once|later)"
# only set off as an aside (after a comma or a bracket): "Trump called Clinton a liar" names two people
_KNOWN_AS = re.compile(r"\s*[,(\[]\s*(?:(?:" + _QUALIFIED + r"\s+)?(?:known\s+as|a\.?k\.?a\.?|nicknamed)|"
                       + _QUALIFIED + r"\s+(?:called|dubbed))\s*[\"'\u201c\u2018]?\s*")


def _names_known_as(doc: Doc, pools: tuple[dict[str, Actor], ...], mentions: list) -> None:
    """"Mahmoud Abbas, also known as Abu Mazen", "Yusuf Islam (formerly known as ...)": a name given right after
    another's by "(also) known as", "a.k.a." or "nicknamed" is the same one's other name, one actor."""
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m[0])
    for (_s1, e1, first), (s2, _e2, second) in zip(ordered, ordered[1:]):
        if first is second or first.kind != second.kind or not _KNOWN_AS.fullmatch(text[e1:s2]) \
                or not re.search(r"known|k\.?a|named|dubbed|called", text[e1:s2]):
            continue
        pool = next((p for p in pools if any(a is second for a in p.values())), None)
        if pool is None or not any(a is first for a in pool.values()):
            continue
        _merge_into(first, second, mentions)
        for key in [k for k, a in pool.items() if a is second]:
            del pool[key]
        ordered = [(s, e, first if a is second else a) for s, e, a in ordered]


def _middle_names(people: dict[str, Actor], mentions: list) -> None:
    """A full name given once more with middle names ("Anthony Meyer", "Anthony John Charles Meyer",
    as an obituary gives it) is one person: the same first name and surname, the shorter name's
    words all in the longer in order. The person goes by the shorter name, as the story calls them."""
    for long_key, long in sorted(people.items(), key=lambda kv: -len(kv[0].split())):
        words = long.name.split()
        if people.get(long_key) is not long or len(words) < 3:
            continue
        for short_key, short in list(people.items()):
            parts = short.name.split()
            # (not "Rt Rev Scott-Joynt" for "Rt Rev Michael Scott-Joynt": a title and a surname are no full name)
            if short is long or len(parts) < 2 or len(parts) >= len(words) or _titled(parts[0]) or \
                    (parts[0], parts[-1]) != (words[0], words[-1]) or not _in_order(parts, words):
                continue
            _merge_into(short, long, mentions)
            short.roles += [r for r in long.roles if r not in short.roles]
            del people[long_key]
            break


def _first_names_and_nicknames(people: dict[str, Actor], mentions: list) -> None:
    """"Patrick Kennedy" and "Pat Kennedy", "Sandra Paradis" and "Sandy Paradis": a full name and the same
    name with the first name's nickname are one person. The person goes by the name the story gives
    first; any middle words must agree."""
    order = sorted({id(a): a for a in people.values()}.values(), key=lambda a: a.start)
    for i, first in enumerate(order):
        words = first.name.split()
        if len(words) < 2 or not any(a is first for a in people.values()):
            continue
        for other in order[i + 1:]:
            parts = other.name.split()
            if len(parts) != len(words) or parts[1:] != words[1:] or not one_first_name(words[0], parts[0]) or \
                    not any(a is other for a in people.values()):
                continue
            _merge_into(first, other, mentions)
            for key in [k for k, a in people.items() if a is other]:
                del people[key]


def _titled(word: str) -> bool:
    folded = word.lower().rstrip(".")
    return folded in TITLES or folded in HONORIFICS or folded in PEERAGE or folded in SURNAME_TITLES \
        or folded == "rt"  # the "Right" of a style: "Rt Rev", "Rt Hon"


def _in_order(parts: list[str], words: list[str]) -> bool:
    """Whether `parts` are words of `words` in the same order."""
    rest = iter(words)
    return all(part in rest for part in parts)


def _person_named(name: str, people: dict[str, Actor], mentions: list, at: int,
                  gender: str | None = None, surname: bool = False, title: str | None = None) -> Actor | None:
    """The person a shorter name refers to: a lone surname or first name ("Kishor", "Priya"),
    never another full name ("David Miliband" is not Ed Miliband). Of two people who share
    the surname, the one the story introduced first: news style calls the main one by the
    surname and the other by a first name ("Trump" ... "Melania"); after a title (`title`, lower case), the one
    the story gives it ("President Clinton" beside "President Bill Clinton" and "Secretary Hillary Clinton")."""
    if len(name.split()) > 1:
        return None
    # ("Mr Howard" is a surname: not Howard Flight)
    # (a part of a double-barrelled surname is the surname: "Kilroy" of "Robert Kilroy-Silk")
    fits = [a for n, a in people.items() if (n.split()[-1] == name or ends_with_surname(n, name) or n.split()[0] == name and not surname
                                             or len(n.split()) > 1 and name in n.split()[-1].split("-")[:-1])
            and (gender is None or first_name_gender(n.split()[0]) in (None, "either", gender))]  # "Mrs Carver" is not Liam
    holders = [a for a in fits if title is not None and any(r.lower().split()[-1] == title for r in a.roles)]
    if len(holders) == 1 and len(fits) > 1:
        return holders[0]
    return min(fits, key=lambda a: a.start) if fits else None


def _title_before(ent: Span) -> str | None:
    """The title right before a name, as the roles write it, lower case ("president" of "President Clinton")."""
    word = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    return TITLE_WORDS.get(word, word).lower() if word in TITLES else None


def _person_by_surname(surname: str, people: dict[str, Actor], mentions: list, at: int,
                       gender: str | None = None) -> Actor | None:
    """The person a title and a surname name ("Prof Etzioni", "Cardinal Murphy O'Connor"): the one whose
    full name ends in the surname's words, of two the one introduced first."""
    parts = surname.split()
    if len(parts) == 1:
        return _person_named(surname, people, mentions, at, gender)
    fits = [a for n, a in people.items() if len(n.split()) > len(parts) and n.split()[-len(parts):] == parts]
    return min(fits, key=lambda a: a.start) if fits else None


def _full_name_of_a_surname(name: str, people: dict[str, Actor], doc: Doc) -> Actor | None:
    """A full name only a quotation gives ("'Tony Blair has failed'") names the person the story
    calls by the surname alone ("Mr Blair"): that person, now under the full name."""
    words = name.split()
    if len(words) < 2 or not is_first_name(words[0]):
        return None
    actor = people.get(words[-1])
    if actor is None or len(actor.name.split()) != 1:
        return None
    # ("Mr Blair" is not the "Cherie Blair" of a quotation)
    gender = first_name_gender(words[0])
    honoured = {"female" if t.lower_ in FEMALE_HONORIFICS else "male" for t in doc[:-1]
                if t.lower_ in FEMALE_HONORIFICS | MALE_HONORIFICS and doc[t.i + 1].text == words[-1]}
    if gender in ("female", "male") and honoured - {gender}:
        return None
    del people[actor.name]
    actor.aliases.insert(0, actor.name)
    actor.name = name
    people[name] = actor
    return actor


def _honorific_gender(ent: Span) -> str | None:
    first = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if ent[0].lower_ in FEMALE_HONORIFICS | MALE_HONORIFICS:
        first = ent[0].lower_
    return "female" if first in FEMALE_HONORIFICS else "male" if first in MALE_HONORIFICS else None


REPORTING_VERBS = SPEECH_VERBS | {"report", "reveal", "publish", "learn", "understand", "quote", "print"}
# what an outlet does as a source of the news, not an actor in it: "The Times broke the story",
# "The Independent has contacted the firm", "a poll for the Guardian found"
OUTLET_VERBS = REPORTING_VERBS | {"be", "break", "run", "carry", "obtain", "contact", "interview", "ask", "poll",
                                  "survey", "see", "find", "investigate", "approach", "air", "broadcast"}
# people of a place ("Indian", from data/country_of.txt; continents' too), as NORP names them; not the
# institutions that file also places ("Downing Street", "the Kremlin"): a body the gazetteer names acts
DEMONYMS = frozenset({"african", "european", "asian", "arab", "latin american"}) | {
    name for name, country in country_of().items()
    if name not in place_levels() and name != country.casefold() and name not in _BODIES}


def _surnames_the_model_missed(doc: Doc, people: dict[str, Actor], mentions: list, quoted: list) -> None:
    """Once the story names someone in full, a later bare surname ("Tremblay made the
    announcement", "Mr Pritchard said") is theirs even where the model tagged no entity."""
    by_surname: dict[str, list[Actor]] = {}
    for name, actor in people.items():
        if len(name.split()) >= 2:
            by_surname.setdefault(name.split()[-1], []).append(actor)
    taken = [(s, e) for s, e, _a in mentions]
    for tok in doc:
        owners = by_surname.get(tok.text)
        if not owners or tok.ent_type_ or not tok.is_title or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN":
            continue  # part of another name
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken) or inside(quoted, start, end):
            continue
        actor = min(owners, key=lambda a: a.start)
        if actor.start > start:
            continue  # named in full only later: not yet theirs
        if tok.i > 0 and doc[tok.i - 1].lower_ in HONORIFICS:
            start = doc[tok.i - 1].idx
        actor.mentions += 1
        mentions.append((start, end, actor))


POLL_WORDS = POLL_NOUNS
POLL_PHRASES = frozenset(w for w in lexicon.words("numbers", "poll") if " " in w)  # "exit poll", "opinion poll"
# verbs by which a poll is done to people ("1,000 adults quizzed by ICM") or done at all ("carried out by")
_POLLING_VERBS = frozenset("poll survey quiz question interview sample".split())
_DOING_VERBS = frozenset("conduct carry commission".split())


def _a_pollster(ent: Span) -> bool:
    """A name the story gives a poll to: "an ICM poll", "a YouGov survey", "a poll by ICM", "a survey
    carried out by Ipsos for the Herald", "1,000 adults quizzed by ICM". The pollster states its poll
    and acts; the outlet that commissioned it ("for the Guardian") is a source."""
    root = ent.root
    head = root.head
    name = _name(ent).casefold()
    if ent.label_ not in ("ORG", "PERSON", "NORP", "GPE") or root.pos_ == "ADJ" or root.tag_ == "JJ" or \
            name.removesuffix("s") in DEMONYMS or name in place_levels():
        # (a people's, a party's or a country's poll, "a Democratic poll", "a Scottish survey", "a UK poll";
        # a pollster may share a small town's name, "a Mori poll")
        return False
    if root.dep_ in ("compound", "nmod", "amod") and head.i >= ent.end and head.lemma_.lower() in POLL_WORDS:
        # (not "Exit polls" opening a sentence: a kind of poll)
        return f"{ent.text.lower()} {head.lemma_.lower()}" not in POLL_PHRASES  # "an ICM poll"
    if root.dep_ not in ("pobj",) or head.lower_ != "by":
        return False
    owner = head.head
    if owner.lemma_.lower() in POLL_WORDS and owner.pos_ == "NOUN":
        return True  # "a poll by ICM"
    if owner.pos_ != "VERB":
        return False
    if owner.lemma_.lower() in _DOING_VERBS:
        return owner.head.lemma_.lower() in POLL_WORDS  # "a survey carried out by Ipsos"
    if owner.lemma_.lower() in ("poll", "survey", "quiz", "sample"):
        return True  # "voters polled by YouGov"
    # ("questioned by ICM", "interviewed by Mori": of a count of people, as a poll questions them; not
    # "questioned by police")
    return owner.lemma_.lower() in _POLLING_VERBS and owner.dep_ == "acl" and \
        any(c.like_num or c.pos_ == "NUM" for c in owner.head.subtree if c.i < owner.head.i)


# words that make a people's word in the singular one person of it: "a Catholic", "another Muslim", "the
# top Catholic in Wales", "one Sikh"
_ONE_OF = frozenset("a an another the one each every this that".split())


def _a_body_by_its_mentions(name: str, doc: Doc) -> bool:
    """Whether a name the model took for a person's is a body's by how the story writes it, in any of
    its mentions: "the" straight before it, not as another noun's modifier ("The Royal Mail is
    investigating"; not "the Blair government"); "which" after it ("Tods Murray, which has a client"); a
    spokesman "for" it ("a spokeswoman for Royal Mail"); a body's word before it ("law firm Tods Murray"); an
    ampersand, or an ordinary English word for its last that no one bears as a surname ("Edison Research").
    A person is none of these; a name with a first name of the census is a person's whatever is said."""
    words = name.split()
    if "&" in words:
        return True  # "Johnson & Johnson": no one's name holds an ampersand
    if not words or is_first_name(words[0]) or words[0].lower().rstrip(".") in HONORIFICS | PEERAGE | TITLES:
        return False
    # ("Edison Research", "Latino Decisions"): nor ends in a common noun the story writes in lower case too,
    # that is no surname of the census
    if len(words) >= 2 and words[-1].istitle() and len(words[-1]) > 3 and words[-1].lower() in lower_case_words(doc) \
            and not is_surname(words[-1]) and not is_first_name(words[-1]):
        return True
    n = len(words)
    found = [i for i in range(len(doc) - n + 1) if [t.text for t in doc[i : i + n]] == words]
    # ("Mr Peston", "Gerry Conlon", "Lord Ashcroft"): a name the story ever gives with a first name or an
    # honorific is a person's
    if any(i and (doc[i - 1].lower_.rstrip(".") in HONORIFICS | PEERAGE or is_first_name(doc[i - 1].text)) for i in found):
        return False
    for i in found:
        before = doc[i - 1] if i else None
        after = doc[i + n] if i + n < len(doc) else None
        # (not "the Blair government", "the Conlon and Maguire families": a name qualifying a noun)
        if before is not None and before.lower_ == "the" and after is not None and \
                (after.pos_ in ("AUX", "VERB") or after.is_punct and not after.is_quote):
            return True
        if after is not None and (after.lower_ == "which" or after.text == "," and i + n + 1 < len(doc) and
                                  doc[i + n + 1].lower_ == "which"):
            return True
        if i >= 2 and before.lower_ == "for" and doc[i - 2].lower_ in _SPEAKERS:
            return True
        if before is not None and before.is_lower and before.lower_ in BODY_NOUNS:
            return True
    return False


def _a_plural_name(ent: Span) -> bool:
    """A person's name is never plural: a name the model took for a person's whose last word is the plural
    of a follower's or a people's word ("Roman Catholics", "Anglicans", "Methodists": -ic, -an, -ist, -ite
    and an "s") names a people, unless the word less its "s" is a first name ("Evans") or an honorific or a
    title goes before it anywhere in the story ("Dr Adams"): a surname ending so ("Mendes") is no plural."""
    last = ent[-1]
    single = last.text[:-1]
    if last.tag_ != "NNPS" or not last.text.endswith("s") or not single.endswith(("ic", "an", "ist", "ite")) or \
            is_first_name(single) or single.casefold() in DEMONYMS and len(ent) > 1:
        return False  # (nor "Cleveland Indians": a name before a country's people is a team's)
    titled = HONORIFICS | TITLES
    return not any(t.text == last.text and t.i > 0 and t.doc[t.i - 1].lower_.rstrip(".") in titled for t in ent.doc) and \
        not (ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in titled)


def one_of_a_people(ent: Span) -> bool:
    """Whether a people's word is one person of that people, a noun in the singular with a determiner
    ("the top Catholic in England", "another Muslim at the mosque") or in apposition to a person's name
    ("Paul Ryan, Republican of Wisconsin"), not the people ("Catholics") nor an adjective ("the Catholic
    church")."""
    root = ent.root
    return ent.label_ == "NORP" and root.tag_ in ("NN", "NNP") and not root.text.endswith("s") and \
        root.dep_ not in ("amod", "compound", "nmod") and \
        (any(c.lower_ in _ONE_OF and c.dep_ in ("det", "nummod", "predet") for c in root.children) or
         root.dep_ == "appos" and root.head.ent_type_ == "PERSON")  # "Michele Bachmann, Republican of Minnesota"


def _qualifies_a_thing(ent: Span) -> bool:
    """A one-word name in front of a thing's noun ("the Aston ward"), not of a role ("Labour leader")."""
    root = ent.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod") and head.i == ent.end and head.is_lower and head.pos_ == "NOUN" \
        and head.lower_ not in ROLE_WORDS and head.lower_ not in PEOPLE_NOUNS


def _in_anothers_role(ent: Span) -> bool:
    """A one-word name inside the role before another person's name: "Shadow Europe minister
    Graham Brady" (a portfolio), "Clinton aide Huma Abedin" (someone the story names in full
    elsewhere, if at all), "Brighton nurse Marion Brown" (a town before a person's noun): a name
    qualifying a role is not one that acts."""
    doc = ent.doc
    for i in range(ent.end, min(ent.end + 5, len(doc))):
        other = entity_at(doc, i)
        if other is None and doc[i].is_lower and (doc[i].lower_ in ROLE_WORDS or doc[i].lower_ in PEOPLE_NOUNS) and \
                i + 2 < len(doc) and doc[i + 1].is_title and doc[i + 2].is_title and is_first_name(doc[i + 1].text):
            return True  # the name the model missed: "Brighton nurse Marion Brown"
        if other is not None and other.label_ == "PERSON" and other.start > ent.end:
            role = role_before(other)
            return role is not None and role.start <= ent.start and \
                any(t.lower_ in ROLE_WORDS or t.lower_ in PEOPLE_NOUNS for t in doc[ent.end : other.start])
        if doc[i].is_punct or other is not None:
            return False
    return False


def _inside_a_title(ent: Span) -> bool:
    """Whether a name lies inside the title the next person's name is given with: "Young People" of
    "Minister for Children, Young People and Families Jo Hale", an item of the portfolio, no one who acts."""
    doc = ent.doc
    for i in range(ent.end, min(ent.end + 8, len(doc))):
        other = entity_at(doc, i)
        if other is not None and other.label_ == "PERSON" and other.start >= ent.end:
            role = role_before(other)
            return role is not None and role.start < ent.start
        if doc[i].text in (".", ";", ":", "(", '"'):
            return False
    return False


def _kin_by_first_name(ent: Span) -> bool:
    """"His wife Sarah", "their daughter Jennifer", "his brother Ed", "his guide dog Lucy": a first
    name alone after a noun of family or pet, whose owner is no one named, is someone the story names
    only through another; a page of their own would show a first name and nothing of who they are.
    A name the story gives in full elsewhere is kept, and so is "Michael Howard's wife, Sandra" (her
    role says whose)."""
    doc = ent.doc
    if not is_first_name(ent.text):
        return False
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.text == "," and ent.start >= 2:
        before = doc[ent.start - 2]
    if before is None or before.lower_ not in KIN_NOUNS:
        return False
    # "Michael Howard's wife, Sandra": known through a named person, she is theirs to describe (her role)
    owner = next((c for c in before.children if c.dep_ == "poss"), None)
    return owner is None or owner.pos_ == "PRON"


def _owned_before(people: Token, ent: Span) -> bool:
    """Whether the people a name stands before are another body's, named before it ("the Lib Dems' Treasury
    spokesman", "the Tory Treasury spokesman"): then the name is their portfolio, not the body they act for."""
    return any(t.i < ent.start and (t.dep_ == "poss" and t.pos_ != "PRON" or t.ent_type_ in ("ORG", "NORP"))
               for c in people.children for t in c.subtree if not (ent.start <= t.i < ent.end))


def _owns_a_title(ent: Span) -> bool:
    """"Prime Minister Tony Blair's official spokesman said", "Peter Hale, the Association of Rural Councils'
    spokesman on farm crime": the owner of someone's title or office names whose they are; the one
    who holds it acts, not the owner (who may act elsewhere in the story, and is listed then)."""
    doc, last = ent.doc, ent[-1]
    if ent.end >= len(doc) or doc[ent.end].tag_ != "POS" or last.dep_ != "poss":
        return False
    owned = last.head
    if not (owned.i > last.i and owned.pos_ == "NOUN" and (owned.lower_ in ROLE_WORDS or owned.lower_ in ITS_PEOPLE)):
        return False
    if owned.i + 1 < len(doc) and doc[owned.i + 1].tag_ == "POS":
        return False  # "Patrick Mercer's private member's bill": the owned word owns a thing in turn, his
    # a body's unnamed officer speaks for it ("Amnesty International's chief has said", as "a spokesman for
    # X said"); one whose holder the story names is that person's title ("Peter Hale, the X's spokesman")
    return ent.label_ == "PERSON" or _holder_named(owned, ent)


def _holder_named(owned: Token, ent: Span) -> bool:
    """Whether a role noun is a named person's: apposed to a name, before one, or after a name and a comma."""
    doc = owned.doc
    left = min(owned.left_edge.i, ent.start)
    right = owned.right_edge.i + 1
    near = [doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None,
            doc[owned.i + 1] if owned.i + 1 < len(doc) else None,
            doc[right + 1] if right + 1 < len(doc) and doc[right].text == "," else None]
    apposed = ([owned.head] if owned.dep_ == "appos" else []) + [c for c in owned.children if c.dep_ == "appos"]
    if ent.root.dep_ == "appos":
        apposed.append(ent.root.head)
    # (a name the model left unlabelled is a name still: "Suffolk Chief Constable Alastair McWhirter, the X's spokesman")
    return any(t is not None and (t.ent_type_ == "PERSON" or t.ent_type_ == "" and t.pos_ == "PROPN" and t.text[:1].isupper())
               for t in near + apposed)


_AFFILIATION_PREPOSITIONS = frozenset(("at",))


def _an_affiliation(ent: Span) -> bool:
    """"Helen Marsh, head of policy at education charity the Learning Trust": a body after "at" in a
    role is where its holder works, named to say who they are, not one that acts."""
    tok = ent.root
    if tok.dep_ == "appos" and tok.head.i < ent.start and tok.head.pos_ == "NOUN":
        tok = tok.head  # "charity the Learning Trust": the body's noun stands in its place
    if tok.dep_ != "pobj" or tok.head.lower_ not in _AFFILIATION_PREPOSITIONS:
        return _after_a_role_s_at(ent)
    holder = tok.head.head
    for _ in range(3):  # "head of policy at": the role's own "of" phrase is the role's
        if holder.lower_ in ROLE_WORDS and holder.pos_ == "NOUN":
            return True
        if holder.dep_ != "pobj" or holder.head.lower_ != "of":
            return False
        holder = holder.head.head
    return False


def _after_a_role_s_at(ent: Span) -> bool:
    """The same read off the words where the parser lost the phrase (a closing comma left out: "Lisa
    Power, head of policy at Aids charity the Lyle Trust said"): "at", a few words of the body's
    description, the name; before the "at", with no punctuation between, a role's noun."""
    doc = ent.doc
    at = next((i for i in range(ent.start - 1, max(ent.start - 5, 0), -1) if doc[i].lower_ in _AFFILIATION_PREPOSITIONS),
              None)
    if at is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[at + 1 : ent.start]):
        return False
    before = doc[max(at - 3, 0) : at]
    return any(t.lower_ in ROLE_WORDS and t.pos_ == "NOUN" and t.is_lower for t in before) and \
        not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in before if t.i > max(
            (r.i for r in before if r.lower_ in ROLE_WORDS), default=at))


def _after_a_name_and_comma(noun: Token) -> bool:
    """"Rhodri Glyn Thomas, Plaid Cymru health spokesman said": a role noun phrase right after a
    person's name and a comma is that person's title (the closing comma left out), its body named in
    it to say whose."""
    doc, start = noun.doc, noun.left_edge.i
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON"


# what is done to a programme: the name of what "is shown" or "is broadcast" is a programme's
_SHOWING_VERBS = frozenset("show broadcast screen air televise repeat".split())


# nouns of a vessel: the name before one is its fleet's or owner's, the name after it the vessel's
VESSEL_NOUNS = frozenset("ship vessel frigate destroyer warship tanker ferry submarine trawler liner yacht "
                         "cruiser carrier minesweeper".split())


# nouns of a machine that flies or fires: a name before one is a type's ("the Tornado jets")
MACHINE_NOUNS = frozenset("aircraft airliner airliners jet jets plane planes helicopter helicopters fighter fighters "
                          "bomber bombers missile missiles drone drones rocket rockets satellite satellites".split())


def _a_vessel(ent: Span) -> bool:
    """"The Royal Fleet Auxiliary ship Diligence", "the ferry Estonia": a lower-case vessel noun after a
    name says the name is a fleet's or a line's, before one that the name is the vessel's. A name before a
    noun of a machine that flies or fires is the machine's type ("the Nimrod aircraft"), and so is each name
    of a list that noun ends ("the Nimrod and A400M aircraft", "Tornado, Jaguar or Harrier jets")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start else None
    if any(t is not None and t.is_lower and t.lower_ in VESSEL_NOUNS for t in (after, before)):
        return True
    i = ent.end
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "or", ",") and i - ent.end < 6:
        i += 1  # over the list's next names, each written with a capital or a digit
        while i < len(doc) and (doc[i].is_title or doc[i].is_upper or doc[i].text[:1].isdigit()) and i - ent.end < 8:
            i += 1
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in MACHINE_NOUNS


def _an_ethnic_label(ent: Span) -> bool:
    """"An ethnic Hutu leader": a name the story writes after "ethnic" is a people's, wherever it
    stands ("Hutu militias"), never one person or body."""
    words = [t.lower_ for t in ent]
    doc = ent.doc
    return any(doc[i].lower_ == "ethnic" and [t.lower_ for t in doc[i + 1 : i + 1 + len(words)]] == words
               for i in range(len(doc) - len(words)))


# nouns of leaving an office: the title before the name of who left ("the resignation of immigration
# minister Jane Dover") is one that person held until then, no longer (not "departure" or "exit", which
# may be from a party or a body, the office kept: "the departure of MEP X" from a party)
_LEAVING_NOUNS = frozenset("resignation sacking dismissal retirement ousting removal".split())
# words in a title that say its holder holds it no longer ("a former aide", "ex-minister")
NO_LONGER_HELD = frozenset("former ex".split())
# words in a title that already say it was held then: such a title stays true
_HELD_THEN = NO_LONGER_HELD | frozenset("then late".split())


def _left_the_office(ent: Span) -> bool:
    """Whether a name is who left the office its title before it names: "the resignation of immigration
    minister Jane Dover last year" (she is minister no more; "the then minister" says so, and stays)."""
    root = ent.root
    if not (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _LEAVING_NOUNS):
        return False
    return not any(t.lower_.split("-")[0] in _HELD_THEN for t in ent.doc[root.head.i + 1 : ent.start])


# verbs whose "to" takes what one comes to hold: "succeed to the Crown" (not "succeed the King", a person)
_INHERITING_VERBS = frozenset({"succeed", "accede", "ascend"})


def _before_a_bracketed_title(ent: Span) -> bool:
    """Whether a name is the first words of a thing's title that a bracket interrupts, or what the
    bracket holds: "the Health Service (Miscellaneous Provisions) Bill" (a bracket in a law's title
    ends in a capitalised word that names a thing no one is, a bill or an act)."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text == ")" and ent.start > 0 and doc[ent.start - 1].text == "(":
        i += 1  # what the bracket holds
    elif i < len(doc) and doc[i].text == "(":
        i = next((t.i for t in doc[i + 1 : i + 12] if t.text == ")"), -1) + 1
        if i <= 0:
            return False
    else:
        return False
    return i < len(doc) and doc[i].is_title and doc[i].lower_ in NOT_ACTOR_WORDS and doc[i].pos_ in ("PROPN", "NOUN")


def _one_of_a_shared_head(ent: Span) -> bool:
    """Whether a name after "and" runs into a plural noun written in lower case that it and the name
    before share ("the Home Affairs and Constitutional Affairs select committees"): each name says which
    of them is meant, and the name alone is a piece of one's name, no body (not "Treasury officials",
    who are a body's people, nor "Labour and Tory MPs")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("and", "&", "or"):
        return False
    i = ent.end
    while i < len(doc) and i - ent.end < 2 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].tag_ != "NNS":
        i += 1  # "select"
    return i < len(doc) and doc[i].is_lower and doc[i].tag_ == "NNS" and doc[i].lower_ not in ITS_PEOPLE \
        and doc[i].lower_ not in PEOPLE_NOUNS


def _founds(ent: Span, outlets: frozenset[str] = frozenset()) -> bool:
    """Whether a mention can found an actor of its own. An organisation named only to qualify a
    noun ("the Lok Sabha elections", "the I-PAC founder") is not one that acts, and one written
    in lower case ("the communication department") is a description, not a name; either may
    still add mentions to an actor the story names elsewhere. `outlets` are the names the story
    gives an outlet's shape anywhere ("BBC Two's Farmwatch programme"): each of their mentions
    is the outlet's ("For Farmwatch they asked ...")."""
    root = ent.root
    name = _name(ent)
    if _a_pollster(ent) and not is_media(name) and name not in outlets:
        return True  # "an ICM poll", "quizzed by ICM": the pollster states its poll (not "the Countryfile survey")
    if (name in outlets or names_an_outlet(ent, name)) and \
            (root.dep_ not in SUBJECT_DEPS or root.head.lemma_ in OUTLET_VERBS):
        # "according to India Today", "told GMTV's Sunday programme", "the Scotsman reported":
        # a source, not an actor, unless it acts
        return False
    if _owns_a_title(ent) or _an_affiliation(ent):
        return False  # "Tony Blair's official spokesman said", "head of policy at the Learning Trust"
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in _SHOWING_VERBS:
        return False  # "A BBC News Special will be shown on BBC One": a programme, shown
    if _a_vessel(ent):
        return False  # "the Royal Fleet Auxiliary ship Diligence": a fleet and a ship, no actors
    if _an_ethnic_label(ent):
        return False  # "an ethnic Hutu leader", "Hutu militias": a people's word
    if ent.label_ == "NORP" and ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "-" and \
            not ent.doc[ent.end - 1].whitespace_ and not ent.doc[ent.end].whitespace_:
        return False  # "Albanian-born teenagers", "Irish-based firms": a word of a compound adjective, no people
    if ent.label_ == "NORP":  # "Africans", "Indians": people of a place, not an actor
        return name.casefold().removesuffix("s") not in DEMONYMS
    if ent.label_ == "PERSON" and len(ent) == 1 and _qualifies_a_thing(ent):
        return False  # "the Brighton conference", "a Mori poll", "the Hefce report"
    if ent.label_ == "PERSON" and len(ent) == 1 and _in_anothers_role(ent):
        return False  # "Shadow Europe minister Graham Brady": a portfolio, not a person
    if ent.label_ == "PERSON" and len(ent) > 1 and ent.end < len(ent.doc) and ent.doc[ent.end].is_title and \
            ent.doc[ent.end].lower_ in ROLE_WORDS and not is_first_name(ent[0].text) and _in_anothers_role(ent):
        return False  # "Lifelong Learning Minister Jim Wallace": the words before a title's capitalised head, a portfolio
    if ent.label_ in ("PERSON", "ORG") and _inside_a_title(ent):
        return False  # "Minister for Children, Young People and Families Jo Hale": a portfolio's item
    if ent.label_ == "PERSON" and len(ent) == 1 and _kin_by_first_name(ent):
        return False  # "his wife Sarah", "his guide dog Lucy": known through someone else
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in _INHERITING_VERBS:
        return False  # "succeed to the Crown", "accede to the throne": what is inherited, no actor
    if _before_a_bracketed_title(ent):
        return False  # "the Health Service (Miscellaneous Provisions) Bill": the first words of a law's title
    if ent.label_ != "ORG":
        return True
    if not any(c.isupper() for c in ent.text):
        return False
    if _one_of_a_shared_head(ent):
        return False  # "the Home Affairs and Constitutional Affairs select committees": a fragment
    # a name joined by "and" to a noun that qualifies another qualifies it too: "Home Affairs" of "Justice and
    # Home Affairs Commissioner X" is a portfolio as "Justice" is, "Tory" of "Labour and Tory MPs" their party
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ in ("PROPN", "NOUN", "ADJ") \
            and ent.start - root.head.i <= 6 and not (ent.start <= root.head.i < ent.end):
        root = root.head
    joined = ent.doc[min(root.left_edge.i, ent.start) : ent.end]  # (the names joined, each no owner of the others)
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in ITS_PEOPLE and root.head.dep_ in SUBJECT_DEPS and \
            not _owned_before(root.head, joined) and not _after_a_name_and_comma(root.head):
        return True  # "Ministry of Defence lawyers argued", "Treasury officials said": it acts through them
    return not (root.dep_ in ("compound", "amod", "nmod") and not (ent.start <= root.head.i < ent.end))


# words after a body's own name that say only what kind of body it is, dropped in its short form
# ("Conservative" of "Conservative Party": a party called by its adjective)
_KIND_SUFFIXES = frozenset("international group plc ltd limited inc uk worldwide holdings party".split())
# words after a body's own name that say only what kind of body it is, which the news leaves off once the
# body is named ("Monmouth University" -> "Monmouth", "the Justice Department" -> "Justice", "the Census
# Bureau" -> "the Census", "Time Magazine" -> "Time")
_BODY_KIND_WORDS = frozenset("department university college corporation company association foundation bureau magazine "
                              "newspaper".split())
# their abbreviations, as bodies' own signs and lists write them
_KIND_ABBREVIATIONS = {"dept": "department", "dept.": "department", "univ": "university", "univ.": "university",
                       "corp": "corporation", "corp.": "corporation", "co": "company", "co.": "company",
                       "assn": "association", "assn.": "association", "intl": "international",
                       "intl.": "international", "ltd.": "ltd", "inc.": "inc"}


def _kind_word(word: str) -> str:
    """A word of a body's name, lower case, its kind word's abbreviation written out ("Dept" -> department)."""
    return _KIND_ABBREVIATIONS.get(word.lower(), word.lower())


def _short_form_of(short: Actor, orgs: list[Actor]) -> Actor | None:
    """The organisation a shorter name stands for: "Congress" for "Indian National Congress"
    (its last words), "UKIP" for "UK Independence Party" (its initials). Of several, the one
    the story names first, as news style introduces a name in full before it shortens it."""
    words = short.name.split()
    lower = [w.lower() for w in words]
    fits = []
    known = org_aliases().get(short.name.casefold())  # a body the news names on its own ("Labour Party")
    for org in orgs:
        if org is short:
            continue
        if known is not None and org_aliases().get(org.name.casefold()) != known:
            # a known body's name is no short form of a longer name that holds it: that is another body,
            # a part of it or its kin ("the Parliamentary Labour Party", "the Scottish Conservative Party")
            continue
        full = org.name.split()
        if len(full) < len(words) or len(full) == len(words) and \
                not any(w.lower() != _kind_word(w) and f.lower() == _kind_word(w) for w, f in zip(words, full)):
            continue  # the same length: only an abbreviated kind word ("Dept") against the word in full
        if ([w.lower() for w in full[-len(words):]] == lower and " ".join(lower) not in GENERIC_ORG_WORDS) or \
                (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 and initials(" ".join(full)) == words[0]) or \
                (len(words) == 1 and words[0].istitle() and len(words[0]) >= 3 and initials(" ".join(full)) == words[0].upper()):
            # "Nato", "Gavi": British style writes an acronym spoken as a word with one capital
            fits.append(org)
        elif [_kind_word(w) for w in full[:len(words)]] == [_kind_word(w) for w in words] and \
                all(_kind_word(w) in _KIND_SUFFIXES | _BODY_KIND_WORDS for w in full[len(words):]):
            # "Amnesty" of "Amnesty International", "Rank" of "Rank Group", "Monmouth" of "Monmouth University",
            # "Justice" of "Justice Department", "Seattle Police Dept" of "Seattle Police Department": a body's
            # own words, less (or with an abbreviation of) the word that says what kind of body it is
            fits.append(org)
        elif len(words) >= 2 and lower[-1] in GENERIC_ORG_WORDS and \
                [w.lower() for w in full] == [lower[-1], "of", *lower[:-1]]:
            fits.append(org)  # "Appeal Court" of "Court of Appeal": a kind word before its name is the same body
        elif len(words) >= 3 and len(full) == len(words) + 1 and full[0] == words[0] and full[-1] == words[-1] and \
                _in_order(words, full) and next(w for w in full if w not in words).lower() not in GENERIC_ORG_WORDS:
            fits.append(org)  # "Powys Health Board" of "Powys Local Health Board": one qualifying word left out
        elif len(words) == 1 and "&" in words[0] and "&" in full and \
                "".join(w[0] for w in full if w != "&").upper() == words[0].replace("&", "").upper():
            fits.append(org)  # "E&Y" of "Ernst & Young": an ampersand's short form keeps the ampersand
    return min(fits, key=lambda a: a.start) if fits else None


def _merge_into(full: Actor, short: Actor, mentions: list) -> None:
    full.mentions += short.mentions
    full.salience += short.salience
    full.roles += [r for r in short.roles if r not in full.roles]  # "Monmouth", the pollster, is Monmouth University
    for alias in [short.name, *short.aliases]:
        if alias.casefold() != full.name.casefold() and alias.casefold() not in {a.casefold() for a in full.aliases}:
            full.aliases.append(alias)
    if short.start != -1 and (full.start == -1 or short.start < full.start):
        full.start, full.end, full.sentence = short.start, short.end, short.sentence
    mentions[:] = [(s, e, full if a is short else a) for s, e, a in mentions]


def _merge_bracketed(doc: Doc, others: dict[str, Actor], mentions: list) -> None:
    """"the Survivors Fund (SURF)": a name in brackets right after a body's name is its short form,
    whatever its letters."""
    by_start = {s: a for s, _e, a in mentions}
    ents = list(doc.ents)
    for first, second in zip(ents, ents[1:]):
        if first.label_ != "ORG" or second.label_ != "ORG" or second.start != first.end + 1 or \
                doc[first.end].text != "(" or second.end >= len(doc) or doc[second.end].text != ")":
            continue
        full, short = by_start.get(first.start_char), by_start.get(second.start_char)
        if full is None or short is None or full is short or short.kind != "organisation" or \
                others.get(short.name.lower()) is not short:
            continue
        _merge_into(full, short, mentions)
        del others[short.name.lower()]
        by_start = {s: a for s, _e, a in mentions}


def _canonical_names(people: dict[str, Actor], others: dict[str, Actor], mentions: list) -> None:
    """Organisations the news calls by several names take one ("Tories", "Conservatives" ->
    Conservative Party; data/org_aliases.txt), whatever the model called them ("Lib Dem" is no person)."""
    table = org_aliases()
    for pool in (others, people):
        for key, actor in list(pool.items()):
            canonical = table.get(actor.name.casefold())
            # (a name all in lower case is a common noun, "conservatives" of a view, no party's name)
            if canonical is None or actor.name == canonical and pool is others or actor.name.islower():
                continue
            del pool[key]
            target = others.get(canonical.casefold())
            if target is None:
                alias = actor.name
                actor.name, actor.kind, actor.roles = canonical, "organisation", []
                if alias.casefold() != canonical.casefold():
                    actor.aliases.insert(0, alias)
                others[canonical.casefold()] = actor
            else:
                _merge_into(target, actor, mentions)


def _named_beside(doc: Doc, full: Actor, short: Actor, mentions: list) -> bool:
    """Whether every mention of a shorter name stands in a sentence that names the longer one too, apart
    from it: two bodies named side by side ("merged the New University of Ulster and the Ulster
    Polytechnic to create the University of Ulster"), as a short form comes after the name in full or
    right beside it ("the UK Independence Party, UKIP,")."""
    def sentence(start: int) -> int:
        return doc.char_span(start, start + 1, alignment_mode="expand").sent.start

    fulls = [(sentence(s), s, e) for s, e, a in mentions if a is full]
    shorts = [(s, e) for s, e, a in mentions if a is short]
    return bool(shorts) and all(any(sentence(s) == f_sent and (s > f_end + 20 or e < f_start - 20)
                                    for f_sent, f_start, f_end in fulls) for s, e in shorts)


def _merge_short_forms(doc: Doc, others: dict[str, Actor], mentions: list) -> None:
    orgs = [a for a in others.values() if a.kind == "organisation"]
    for key, short in list(others.items()):
        if short.kind != "organisation":
            continue
        full = _short_form_of(short, orgs)
        if full is None or _named_beside(doc, full, short, mentions):
            continue
        _merge_into(full, short, mentions)
        orgs.remove(short)
        del others[key]
    _full_names_of_short_forms(doc, others)


def _full_names_of_short_forms(doc: Doc, others: dict[str, Actor]) -> None:
    """A body's short form goes by the full name the story writes, even where the full name only qualifies a
    noun and so founds no actor of its own ("Chicago Cubs fans ... the Cubs won": the Chicago Cubs), as news
    style writes a name in full before it shortens it."""
    orgs = [a for a in others.values() if a.kind == "organisation"]
    named = {a.name.casefold() for a in others.values()} | {n.casefold() for a in others.values() for n in a.aliases}
    written: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        if len(ent) > 1 and ent[0].is_sent_start and an_english_word(ent[0].lower_):
            ent = ent[1:]  # "Jubilant Chicago Cubs fans": a capital that opens a sentence is no sign of a name
        name = _name(ent)
        if name and name.casefold() not in named:
            written.setdefault(name.casefold(), Actor(name=name, kind="organisation", mentions=0, start=ent.start_char))
    if not written:
        return
    for short in orgs:
        full = _short_form_of(short, orgs + list(written.values()))
        if full is None or any(full is a for a in orgs) or full.start > short.start:
            continue  # (a full name the story writes only after the short one is some other, larger body)
        short.aliases.append(short.name)
        short.name = full.name


def _merge_countries(others: dict[str, Actor], mentions: list) -> None:
    """"Britain" and "the UK" in one story are one country, named as the story first names it."""
    table = one_country()
    first: dict[str, Actor] = {}
    for key, actor in sorted(others.items(), key=lambda kv: kv[1].start):
        country = table.get(actor.name.casefold()) if actor.kind == "place" else None
        if country is None:
            continue
        if country not in first:
            first[country] = actor
            continue
        _merge_into(first[country], actor, mentions)
        del others[key]


def _news_verb(sent: Span) -> Token:
    """The verb of the lede's news: in "A bomber rammed the gates, officials said" the report
    comes after what it reports, and the unnamed officials are its source, not its subject. A
    named source is the news itself: "Blair has failed, Michael Howard has said" is Howard's."""
    root = sent.root
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ in ("VERB", "AUX")), None)
    source = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    unnamed = source is None or not source.ent_type_ and source.pos_ not in ("PROPN", "PRON")
    if said is not None and unnamed and root.lemma_ in REPORTING_VERBS and any(c.dep_ in SUBJECT_DEPS for c in said.children):
        return said
    return root


def _group_subject(doc: Doc) -> Span | None:
    """The lede's subject when it is an unnamed group of people: 'At least seven people'."""
    found = lede(doc)
    if found is None:
        return None
    _i, sent = found
    subj = next((c for c in _news_verb(sent).children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ not in PEOPLE_NOUNS or subj.ent_type_:
        return None
    if subj.tag_ == "NN" and subj.lower_ in ROLE_WORDS:
        return None  # "The prime minister": one person the story names, not a group
    keep = [t for t in subj.subtree if t.i <= subj.i]  # determiners, numbers and modifiers, not relative clauses
    if any(t.ent_type_ in ("PERSON", "ORG") for t in keep):
        return None
    # a bare plural (no determiner, number or quantifier) of a verb that states no one event, a modal's or
    # the simple present's ("People in England must register", "Voters feel ignored"), means people in
    # general, no one named; of an event it is some who took part ("Fans flocked to the pit lane"), and the
    # holders of an office ("Ministers", "Senior officials", "Police") stand for their body and act
    verb = subj.head
    # ("are set to protest", "are to march": an event to come)
    general = a_view(verb) and not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children) or \
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if subj.tag_ == "NNS" and general and subj.lemma_ not in ROLE_WORDS and subj.lower_ not in ROLE_WORDS and \
            not any(t.dep_ in ("det", "nummod", "quantmod", "poss", "predet") or t.lower_ in QUANTIFIERS for t in keep):
        return None
    if any(t.text in QUOTE_MARKS for t in keep):
        return None  # 'The "best person for the job"': a phrase quoted, not a group that acts
    if _a_share(keep):
        return None  # "Eight out of 10 voters", "60% of voters", "Most voters": a statistic, not a group that acts
    return doc[keep[0].i : subj.i + 1]


# heads of a body named by description in lower case ("the Commons home affairs committee")
_DESCRIBED_BODY_HEADS = frozenset("committee commission inquiry tribunal panel".split())


def _bodies_by_description(doc: Doc, quoted) -> list[Span]:
    """Bodies a story names in lower case by their field, after a proper name that says whose they are ("The
    influential Commons home affairs committee was responding ..."):
    as a verb's subject, outside quotation marks, the body acts. The name runs from the first proper word to
    the head ("Commons home affairs committee"); an adjective or a determiner before it is no part of it."""
    found = []
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.lower_ not in _DESCRIBED_BODY_HEADS or not tok.is_lower or \
                tok.ent_type_ or tok.tag_ != "NN":
            continue
        words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod")]
        proper = [t for t in words if t.pos_ == "PROPN" and t.is_title and not t.is_sent_start]
        if not proper:
            continue
        start = proper[0].i
        span = doc[start : tok.i + 1]
        if any(t.lower_ in INSTITUTION_WORDS for t in proper):
            continue  # "The Standards Committee inquiry was launched": the named body's thing, no body of its own
        if any(t.ent_type_ in ("PERSON", "GPE", "NORP") or not t.is_alpha for t in span) or \
                any(t.is_lower and t.pos_ not in ("NOUN", "ADJ") for t in span):
            continue
        if inside(quoted, span.start_char, span.end_char):
            continue
        found.append(span)
    return found


# nouns a lede names a body by when it gives only its field ("says the education watchdog")
_SOURCE_BODY_NOUNS = frozenset("watchdog regulator inspectorate quango".split())
# a body's chief's titles, after the body's name ("Ofsted chief David Bell")
_CHIEF_WORDS = frozenset("chief head boss chairman chairwoman director president".split())


def _lede_body_by_its_field(doc: Doc) -> Span | None:
    """The lede's subject when it is a body named only by its field: "..., says the education watchdog"."""
    found = lede(doc)
    if found is None:
        return None
    _i, sent = found
    for tok in sent:
        if tok.dep_ in SUBJECT_DEPS and tok.lower_ in _SOURCE_BODY_NOUNS and not tok.ent_type_ and \
                any(c.lower_ == "the" for c in tok.children):
            return doc[min(t.i for t in tok.subtree if t.i <= tok.i) : tok.i + 1]
    return None


def _bodies_in_a_chief_s_title(doc: Doc) -> list[Span]:
    """The bodies named before their chief's title ("Ofsted chief David Bell", "the Ofsted chief")."""
    return [e for e in doc.ents if e.label_ == "ORG" and e.end < len(doc) and doc[e.end].lower_ in _CHIEF_WORDS]


def _body_of_its_people(group: Span, actors: list[Actor]) -> Actor | None:
    """The one body the story names in full by the bare word its lede's group is ("Police" and "South Wales
    Police", "Coastguard" and "HM Coastguard"): that word alone, with nothing before it, is the body's
    people acting for it."""
    if len(group) != 1:
        return None
    word = group[0].lower_
    bodies = [a for a in actors if a.kind == "organisation" and len(a.name.split()) > 1
              and a.name.split()[-1].casefold() == word]
    return bodies[0] if len(bodies) == 1 else None


# words that count a plural as a number does ("Several people were hurt")
QUANTIFIERS = frozenset("several many numerous countless few dozens hundreds thousands".split())
# words that make a number a share of a whole, not a count of people: "eight out of 10", "one in five",
# "60%", "60 per cent", "most", "half", "a majority of"
SHARE_WORDS = frozenset("out % percent cent most half majority minority third quarter fifth proportion share".split())


def _a_share(words: list[Token]) -> bool:
    """Whether a noun phrase's words before its noun give a share of a whole ("Eight out of 10 voters",
    "One in five voters", "60% of voters") rather than a count ("At least twelve people")."""
    numbers = [t for t in words if t.like_num or t.pos_ == "NUM"]
    if any(t.lower_ in SHARE_WORDS for t in words):
        return True
    return len(numbers) >= 2 and any(t.lower_ == "in" for t in words)


def _lede_subject_tokens(doc: Doc) -> set[int]:
    found = lede(doc)
    if found is None:
        return set()
    subj = next((c for c in _news_verb(found[1]).children if c.dep_ in SUBJECT_DEPS), None)
    return {t.i for t in subj.subtree} if subj is not None else set()


def _subject_before(doc: Doc, sent: Span, actor: Actor, mentions: list) -> bool:
    """Whether the actor is the subject of the sentence before `sent`."""
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    for s, e, a in mentions:
        if a is actor and prev.start_char <= s < prev.end_char:
            span = doc.char_span(s, e, alignment_mode="expand")
            # the sentence's own subject, not one of a clause inside it ("hours after Trump unleashed ...")
            if span is not None and span.root.dep_ in SUBJECT_DEPS and \
                    (span.root.head == prev.root or (span.root.head.dep_ == "conj" and span.root.head.head == prev.root)):
                return True
    return False


# offices one holds at a time: a senator described as "the Ohio governor" is someone else
OFFICES = frozenset("senator governor mayor president minister secretary chancellor premier congressman "
                    "congresswoman representative judge sheriff commissioner ambassador speaker".split())


def _other_office(actor: Actor, head: Token) -> bool:
    """Whether a description names an office other than the one the actor is known to hold."""
    office = _role_word(head.lower_)
    held = {_role_word(w) for role in actor.roles for w in role.lower().split()} & {_role_word(o) for o in OFFICES}
    return office in {_role_word(o) for o in OFFICES} and bool(held) and office not in held


def _another_s_office(actor: Actor, head: Token, span: Span) -> bool:
    """Whether the actor holds the office a description names by its head, but another body's, paper's, field's
    or place's (the "ex-CTV political editor" is not "the former Sun editor")."""
    said = _qualifying_names(t.text for t in span if t.i != head.i)
    own = [r for r in actor.roles if _role_word(head.lower_) in {_role_word(w) for w in r.lower().split()}]
    fields, held = _fields_said(list(span), head), _fields_held(actor.roles, _role_word(head.lower_))
    if fields and held and not fields & held:
        return True  # "the Metropolitan police chief" is not the "Norfolk police chief": another place's office
    return bool(said) and any(_qualifying_names(r.split()) and not _qualifying_names(r.split()) & said for r in own)


def _link_descriptions(doc: Doc, people: dict[str, Actor], mentions: list, quoted: list) -> dict[tuple[int, int], str]:
    """'The I-PAC founder has worked with ...': a definite role description as a subject is a
    person of the story: the one who holds that role, else (when a name qualifies the role,
    as news style does for its protagonist) the story's most salient person, while the story
    is on them."""
    guessed: dict[tuple[int, int], str] = {}
    if not people:
        return guessed
    named = {(s, e) for s, e, a in mentions if a.kind == "person"}
    sent_index = sentence_index(doc)
    main = max(people.values(), key=lambda a: a.salience)
    # a protagonist far more salient than anyone else is who a qualified role description
    # means anywhere in the story ("The I-PAC founder had crafted ..." after other people)
    others = sorted((a.salience for a in people.values() if a is not main), reverse=True)
    dominant = not others or main.salience >= PROTAGONIST_MARGIN * others[0]
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.lower_ not in ROLE_WORDS or tok.ent_type_:
            continue
        left = list(tok.lefts)
        if not left or left[0].lower_ != "the" or any(c.dep_ == "appos" for c in tok.children):
            continue
        span = doc[left[0].i : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in named) or \
                inside(quoted, span.start_char, span.end_char):
            continue
        holders = role_holders(people.values(), tok, span)
        # (a name before the role qualifies it, not the office's own words: "the Prime Minister")
        qualified = any((t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS) or t.ent_type_ in ("ORG", "NORP", "GPE")
                        for t in span[1:-1])
        # the protagonist only near the top or as the subject of the sentence before: elsewhere
        # "the Florida senator" may be anyone the story has moved on to, and a wrong link puts
        # words in the wrong mouth
        # dominance alone never links a description that speaks or one the story describes
        # again as speaking: a wrong link there puts words in the wrong mouth
        speaks = tok.head.lemma_ in REPORTING_VERBS | {"speak"} or any(
            t.dep_ in SUBJECT_DEPS and t.head.lemma_ in REPORTING_VERBS | {"speak"} and t.lower_ == tok.lower_
            for t in doc if t.i != tok.i)
        in_focus = (dominant and not speaks) or sent_index.get(tok.sent.start, LEDE_SENTENCES) < LEDE_SENTENCES or \
            _subject_before(doc, tok.sent, main, mentions)
        said_bodies = _bodies_in(span.text)
        other_body = bool(said_bodies) and bool(_bodies_in(" ".join(main.roles))) and \
            not said_bodies & _bodies_in(" ".join(main.roles))  # "the local Tory chairman" of a Lib Dem
        # where the sentence before names the protagonist and then someone else, not as its subject ("The
        # spokesman set out Mr Blair's view after the cardinal backed Michael Howard's stance. The Tory
        # leader supports ..."), the description may be either: it is no one's by a guess
        before = _named_before(doc, span, mentions, quoted)
        unclear = any(a is main for a in before) and before[-1] is not main and \
            not _subject_before(doc, tok.sent, main, mentions) and not _subject_in(doc, span, main, mentions)
        if len(holders) == 1:
            actor = holders[0]
        else:
            actor = main if qualified and not holders and in_focus and not unclear and not _other_office(main, tok) \
                and not other_body and not _another_s_office(main, tok, span) else None
        if actor is None:
            continue
        actor.mentions += 1
        role = " ".join(span[1:].text.split())
        if role not in actor.roles:
            if actor is not (holders[0] if len(holders) == 1 else None):
                guessed[(span.start_char, span.end_char)] = role
            if role.casefold() not in {r.casefold() for r in actor.roles}:  # (not "chancellor" beside "Chancellor")
                actor.roles.append(role)
        mentions.append((span.start_char, span.end_char, actor))
    return guessed


def _subject_in(doc: Doc, span: Span, actor: Actor, mentions: list) -> bool:
    """Whether the actor is named as a subject in the sentence of `span`, before it ("Michael Howard has
    said a claim by Peter Hain that the Tory leader ...")."""
    sent = span.sent
    for s, e, a in mentions:
        if a is actor and sent.start_char <= s < span.start_char:
            named = doc.char_span(s, e, alignment_mode="expand")
            if named is not None and named.root.dep_ in SUBJECT_DEPS:
                return True
    return False


def _named_before(doc: Doc, span: Span, mentions: list, quoted: list) -> list[Actor]:
    """The people named before a description, outside quotations, in its sentence or the one before
    it, in the order the story names them."""
    sent = span.sent
    first = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    named = sorted((s, i, a) for i, (s, e, a) in enumerate(mentions) if a.kind == "person"
                   and first <= s < span.start_char and not inside(quoted, s, e))
    return [a for _s, _i, a in named]


# verbs too common to tell who did something ("has", "said", "made")
LIGHT_VERBS = frozenset("be have do say tell add make get take go come give put see know want think "
                        "become seem include".split())


def _acts(subject: Token) -> set[str]:
    """The content verbs a subject governs: its verb and the verbs coordinated with it."""
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return {v.lemma_.lower() for v in verbs} - LIGHT_VERBS


def _roles_by_shared_act(doc: Doc, people: dict[str, Actor], mentions: list) -> None:
    """"Sonia Gandhi had constituted the panel and invited Kishor" ... "Congress President has
    constituted a group and invited him": a title used as a name (no name of its own), that
    does what exactly one named person of the story does, is that person's title."""
    acts: dict[int, set[str]] = {}
    for s, e, actor in mentions:
        if actor.kind != "person":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECT_DEPS:
            acts.setdefault(id(actor), set()).update(_acts(span.root))
    if not acts:
        return
    by_id = {id(a): a for a in people.values()}
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.lower_ not in ROLE_WORDS or tok.ent_type_ == "PERSON" or \
                not tok.text[:1].isupper() or any(c.dep_ in ("appos", "compound") and c.i > tok.i for c in tok.children):
            continue
        left = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
        if any(c.ent_type_ == "PERSON" for c in left) or any(c.dep_ == "det" for c in tok.lefts):
            continue  # "the president" may be anyone; "Congress President" is a title used as a name
        mine = _acts(tok)
        doers = [by_id[k] for k, verbs in acts.items() if verbs & mine]
        if len(doers) == 1 and mine:
            role = " ".join(t.text for t in doc[(left[0].i if left else tok.i) : tok.i + 1])
            if role not in doers[0].roles:
                doers[0].roles.append(role)


def extract_actors(doc: Doc) -> ActorIndex:
    people: dict[str, Actor] = {}  # canonical name -> actor
    others: dict[str, Actor] = {}
    as_one_person: dict[int, bool] = {}  # id of a people's actor -> whether every mention is one person of it
    context: set[tuple[int, int]] = set()  # mentions that are only context (participants.py)
    state_deeds: set[tuple[int, int]] = set()  # a country's mentions that tell a deed of its state
    parts: set[tuple[int, int]] = set()  # mentions that give their actor a part of its own (`ActorIndex.parts`)
    mentions: list[tuple[int, int, Actor]] = []
    sent_index = sentence_index(doc)
    quoted = quote_regions_of(doc)
    lede_subject = _lede_subject_tokens(doc)
    news = (lede(doc) or (0, None))[1]  # the story's news sentence
    seats = _seat_names(doc)
    ents = [e for e in doc.ents if _is_actor_mention(e) and _name(e).casefold() not in seats]
    # (every mention counts, those that only qualify a noun too: "the Farmwatch programme"; not an owner's
    # "programme", which may be a party's: "Labour's programme")
    outlets = frozenset(_name(e) for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP") and
                        (is_media(_name(e)) or e.end < len(doc) and doc[e.end].is_lower and doc[e.end].lower_ in OUTLET_NOUNS
                         and e.ent_id_ != "gazetteer" and _name(e).casefold() not in org_aliases()))  # ("the Labour programme")
    lower = lower_case_words(doc)
    # names the story gives a poll to: the pollster, a body, in each of its mentions ("YouGov found ...")
    pollsters = frozenset(_name(e) for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE") and _a_pollster(e)
                          and not is_media(_name(e)) and _name(e) not in outlets)
    # names outside quotations first, full names before short ones (by the name's words: "Mr Kennedy" is
    # one word of a name, "Charles Kennedy" two) and before a title with a
    # surname of as many words, so that a lone surname or "Prof Etzioni" finds the person it belongs to and a
    # quoted name never founds an actor
    ents.sort(key=lambda e: (inside(quoted, e.start_char, e.end_char) or not _founds(e, outlets),
                             -len(_name(e).split()), -len(e), _titled_surname(_name(e)) is not None, e.start))
    for ent in ents:
        name = _name(ent)
        if not name:
            continue
        listed = list_title(ent)  # "Lords Bingham, Steyn and Hope": Lord Steyn, a peer by his title
        if listed is not None and listed.lower() in PEERAGE:
            name = f"{listed} {name}"
        kind = KINDS[ent.label_] if name not in pollsters else "organisation"
        if kind == "person" and _a_plural_name(ent):
            kind = "group"  # "marrying Roman Catholics": a people, not a person
        if kind == "person" and _a_body_by_its_mentions(name, doc):
            kind = "organisation"  # "a spokeswoman for Royal Mail", "Tods Murray, which has a client"
        in_quote = inside(quoted, ent.start_char, ent.end_char) or not _founds(ent, outlets)
        title_word = None
        if kind == "person":
            gender = _honorific_gender(ent)
            honoured = ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS
            actor = _same_person(name, people) or _person_named(name, people, mentions, ent.start_char, gender, honoured,
                                                                 title=_title_before(ent))
            titled = _titled_surname(name)
            if actor is None and titled is not None:
                # "Prof Etzioni", "Archbishop Tutu": the person the story names in full, by the surname
                title_word, surname = titled
                actor = _person_by_surname(surname, people, mentions, ent.start_char, gender)
            if actor is None and len(name.split()) > 1 and \
                    (honoured or ent[0].lower_.rstrip(".") in HONORIFICS and _name(ent) != ent.text):
                # "Mr Duncan Smith": an honorific goes with a surname, here of two words, the surname of the
                # person named in full ("Iain Duncan Smith")
                actor = _person_by_surname(name, people, mentions, ent.start_char, gender)
            if actor is None and len(name.split()) > 1 and name.split()[0].lower() in _NAME_PARTICLES:
                # "Van Dyke", "de Klerk", "von der Leyen": a surname that opens with a particle, alone, is the surname
                # of the person named in full ("Jason Van Dyke"), as a one-word surname is
                actor = _person_by_surname(name, people, mentions, ent.start_char, gender)
            if actor is None and len(name.split()) == 2 and not is_first_name(name.split()[0]):
                # "Wasserman Schultz", "Peña Nieto": two words that end a full name the story gives ("Debbie
                # Wasserman Schultz"), the first no first name, are the surname of several words (not of a
                # name run into the next, "Theroux Miley Cyrus", whose first word is another's surname)
                actor = _person_by_surname(name, people, mentions, ent.start_char, gender)
                if actor is not None and any(p is not actor and len(p.name.split()) > 1 and
                                             p.name.split()[-1] == actor.name.split()[0] for p in people.values()):
                    actor = None
            if actor is None and in_quote:
                actor = _full_name_of_a_surname(name, people, doc)
            if actor is None and not in_quote and a_thing(ent, lower, PEOPLE_NOUNS):
                continue  # "Fentanyl" beside "fentanyl": a thing, not a person
            if actor is None and not in_quote:
                actor = people[name] = Actor(name=name, kind=kind, mentions=0)
        else:
            actor = others.get(name.lower())
            if actor is None and len(name.split()) == 1 and name.istitle():
                # "the Cardinal will ask ...": a title alone, after someone the story gave it, is that person
                actor = next((p for p in people.values() if name in p.roles or
                              p.name.startswith(name + " ") and name.lower() in TITLES | SURNAME_TITLES), None)
            if actor is None and not in_quote:
                actor = others[name.lower()] = Actor(name=name, kind=kind, mentions=0)
        if actor is None:
            continue
        as_one_person[id(actor)] = as_one_person.get(id(actor), True) and one_of_a_people(ent)
        if ent.label_ == "GPE" and not in_quote and (_a_state_s_deed(ent.root) or agent_of_a_deed(ent)):
            # (a deed inside a quotation is what someone says a state will do, as a quoted name founds no actor)
            state_deeds.add((ent.start_char, ent.end_char))
        if named_only_as_context(ent):
            context.add((ent.start_char, ent.end_char))
        elif not in_quote and takes_a_part(ent, news=news is not None and news.start <= ent.start < news.end):
            parts.add((ent.start_char, ent.end_char))
        if name in pollsters and "pollster" not in actor.roles:
            actor.roles.append("pollster")
        actor.mentions += 1
        if name.lower() != actor.name.lower() and name.lower() not in {a.lower() for a in actor.aliases}:
            actor.aliases.append(name)  # "#congress" in a tweet is no other name of Congress
        sent = sent_index.get(ent.sent.start, -1)
        if actor.start == -1 or ent.start_char < actor.start:
            actor.start, actor.end, actor.sentence = ent.start_char, ent.end_char, sent
        if kind == "person":
            title = _title(ent) or (TITLE_WORDS.get(title_word, title_word.capitalize())
                                    if title_word and title_word in TITLES | SURNAME_TITLES else None) or \
                (listed if listed is not None and listed.lower() not in PEERAGE | HONORIFICS else None)
            if title is not None and title not in actor.roles:
                actor.roles.append(title)
            for role_span in (None if _left_the_office(ent) else role_before(ent), _appositive_role(ent),
                              _role_before_apposition(ent)):
                role = _clean_role(role_span) if role_span is not None else None
                if role:
                    role = _with_its_owner(ent, role_span, role)
                if role and role not in actor.roles:
                    actor.roles.append(role)
            occupation = _an_occupation(ent.text.split())
            if occupation is not None and title is None and occupation not in actor.roles:
                actor.roles.append(occupation)  # "Farmer Geoff Brooks": a farmer
            letters = _letters_after(ent)
            if letters is not None and letters not in actor.roles:
                actor.roles.append(letters)
        # salience: early, frequent, and in the subject position
        weight = 1.0 + (1.0 if ent.root.dep_ in SUBJECT_DEPS else 0.0)
        weight *= position_weight(sent)
        if in_quote:
            weight *= 0.5
        if ent.root.i in lede_subject and ent.root.dep_ in SUBJECT_DEPS + ("compound", "appos"):
            weight += LEDE_SUBJECT_BONUS
        actor.salience += weight
        mentions.append((ent.start_char, ent.end_char, actor))
    _surnames_the_model_missed(doc, people, mentions, quoted)
    _canonical_names(people, others, mentions)
    _merge_bracketed(doc, others, mentions)
    _merge_short_forms(doc, others, mentions)
    _merge_countries(others, mentions)
    _roles_by_shared_act(doc, people, mentions)
    _hyphenated_surnames(people, mentions)
    _middle_names(people, mentions)
    _first_names_and_nicknames(people, mentions)
    _names_known_as(doc, (people, others), mentions)
    _surnames_spelt_two_ways(doc, people, mentions)
    _one_person_written_otherwise(doc, people, others, mentions)
    _people_taken_for_bodies(people, others, mentions)
    _one_name_spelt_otherwise((people, others), mentions)
    _one_party_under_its_names((people, others), mentions)
    # a name only ever context (another's title or affiliation, a medium, a means) is no actor; one mention
    # that takes part keeps it, its short form's too ("the Survivors Fund (SURF)")
    takes_part = {id(m[2]) for m in mentions if (m[0], m[1]) not in context}
    all_mentions = mentions
    mentions = [m for m in mentions if id(m[2]) in takes_part]
    people = {k: a for k, a in people.items() if id(a) in takes_part}
    actors = [a for a in list(people.values()) + list(others.values()) if id(a) in takes_part]
    group = _group_subject(doc)
    force = _body_of_its_people(group, actors) if group is not None else None
    if force is not None:
        # "Police are investigating ..." and later "South Wales Police said": the bare word is the body named in full
        force.mentions += 1
        force.salience += LEDE_SUBJECT_BONUS + 2.0 * position_weight(sent_index.get(group.sent.start, -1))
        if force.start == -1 or group.start_char < force.start:
            force.start, force.end, force.sentence = group.start_char, group.end_char, sent_index.get(group.sent.start, -1)
        mentions.append((group.start_char, group.end_char, force))
        parts.add((group.start_char, group.end_char))  # the lede's subject
        group = None
    if group is not None:
        text = group.text
        actor = Actor(name=text, kind="group", mentions=1, sentence=sent_index.get(group.sent.start, -1),
                      start=group.start_char, end=group.end_char,
                      salience=LEDE_SUBJECT_BONUS + 2.0 * position_weight(sent_index.get(group.sent.start, -1)))
        actors.append(actor)
        mentions.append((group.start_char, group.end_char, actor))
        parts.add((group.start_char, group.end_char))
    described = _lede_body_by_its_field(doc)
    chiefs = _bodies_in_a_chief_s_title(doc) if described is not None else []
    if len({_name(e).lower() for e in chiefs}) == 1 and not inside(quoted, chiefs[0].start_char, chiefs[0].end_char):
        # "..., says the education watchdog" and "Ofsted chief David Bell": the one body whose chief the story
        # names is the watchdog, the lede's source, though named only in his title
        name = _name(chiefs[0])
        body = others.get(name.lower())
        if body is None:
            body = others[name.lower()] = Actor(name=name, kind="organisation", mentions=0)
        if all(a is not body for a in actors):
            actors.append(body)
            mentions.extend(m for m in all_mentions if m[2] is body)
        sent = sent_index.get(described.sent.start, -1)
        body.mentions += 1
        body.salience += LEDE_SUBJECT_BONUS + 2.0 * position_weight(sent)
        if body.start == -1 or described.start_char < body.start:
            body.start, body.end, body.sentence = described.start_char, described.end_char, sent
        mentions.append((described.start_char, described.end_char, body))
        parts.add((described.start_char, described.end_char))  # the lede's source
    for span in _bodies_by_description(doc, quoted):
        # "the Commons home affairs committee": one the story names in full too is that body
        words = span.text.casefold().split()
        body = next((a for a in actors if a.kind == "organisation" and a.name.split()[-1].casefold() == words[-1] and
                     set(a.name.casefold().split()) & set(words[:-1])), None)
        sent = sent_index.get(span.sent.start, -1)
        if body is None:
            body = Actor(name=span.text, kind="organisation", mentions=0, sentence=sent, start=span.start_char,
                         end=span.end_char)
            actors.append(body)
        body.mentions += 1
        body.salience += 2.0 * position_weight(sent)
        mentions.append((span.start_char, span.end_char, body))
    # a character of fiction ("Fagin, the Dickens character") is named, not acting
    actors = [a for a in actors if not any(r.lower().split()[-1] == "character" for r in a.roles)]
    # so is a title of a work ("the comic Undead Soldier"), whatever the model took it for
    # and a thing's short name ("the Freedom of Information Act (FOIA)")
    titles = titles_of_works(doc) | short_names_of_things(doc)
    actors = [a for a in actors if a.name.casefold() not in titles]
    mentions = [m for m in mentions if m[2].name.casefold() not in titles]
    for actor in actors:
        # letters a longer role already holds say nothing more ("MP" beside "Bolton West MP")
        actor.roles = [r for r in actor.roles if not (r.isupper() and " " not in r and
                                                      any(r in o.split() for o in actor.roles if o != r))]
        actor.roles = _one_case(actor.roles)
        actor.roles.sort(key=lambda r: (-len(r.split()) if len(r.split()) <= 4 else 0))
        actor.role = actor.roles[0] if actor.roles else None
        actor.salience = round(actor.salience, 3)
        actor.slug = actor_slug(actor.name)
    guessed = _link_descriptions(doc, people, mentions, quoted)
    actors.sort(key=lambda a: (-a.salience, a.start))
    mentions.sort(key=lambda m: m[0])
    return ActorIndex(actors=actors, mentions=mentions, guessed=guessed, parts=parts,
                      one_of_a_people=[a for a in actors if as_one_person.get(id(a)) and a.kind == "group"],
                      acting_states=[a for a in actors if any(m[2] is a and (m[0], m[1]) in state_deeds for m in mentions)])


def mark_parts(index: ActorIndex, speakers: Iterable[str]) -> None:
    """Mark each actor the story gives a part (`Actor.acts`): named more than once, a speaker of a quote
    (`speakers`, by actor name), in a mention that takes a part (`participants.takes_a_part`), or the most
    salient of all. The others the story names once and only otherwise: pages list them apart, as named
    (`facts.who_order`)."""
    speakers = set(speakers)
    with_a_part = {id(actor) for start, end, actor in index.mentions if (start, end) in index.parts}
    for actor in index.actors:
        # (a people, "Muslims", "Iowans", is talked about more often than it acts: named twice is no part)
        actor.acts = actor.mentions >= MENTIONS_THAT_TAKE_PART and actor.kind != "group" or \
            actor.name in speakers or id(actor) in with_a_part
    if index.who:
        index.who[0].acts = True  # the name the story is most about is in it, however it names it
