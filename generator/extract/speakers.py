"""Who a speaker mention stands for: from the words of a speech tag to one of the story's actors.

`SpeakerResolver` turns the mention `cues.find_cue` found into an actor: a name by its
words, a pronoun by the nearest person of the same gender outside quotation marks, a
description ("the senator", "a spokesman for Disney") by the actor whose role it names,
an organisation ("the ministry") by its head noun. Each way of resolving is a named
piece of evidence (named in `confidence.py`); the confidence is the share of quotes with that
evidence whose speaker was right, as bench/calibration.py measured it (`data/evidence.json`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..facts import Actor
from ..lexicon.titles import POSTNOMINALS, honorific_gender
from .actors import NO_LONGER_HELD, ActorIndex, holds_office, role_holders
from .confidence import EVIDENCE, confidence
from .cues import (DESCRIPTION_NOUNS, DOCUMENT_NOUNS, FEMALE_WORDS, MALE_WORDS, NAME_LABELS, PRONOUN_GENDER,
                   SPEAKS_FOR, SPOKES_WORDS, SUBJECTS)
from .cues import SPEECH_VERBS, mention_span, sentence_of
from .name_shapes import after_a_lower_case_hyphen
from .sentences import entity_at, text_of
from .works import titles_of_works


class Speaker(NamedTuple):
    """Who said a quotation, as `SpeakerResolver.resolve` finds it."""

    name: str | None  # an actor's canonical name, or the story's description (`described`)
    role: str | None = None
    described: bool = False
    evidence: tuple[str, ...] = ()  # keys of `confidence.EVIDENCE`

    @property
    def confidence(self) -> float:
        return confidence(list(self.evidence)) if self.name else EVIDENCE["unattributed"]


NOBODY = Speaker(None)
INDEFINITE = frozenset(("a", "an", "another", "one", "some", "any"))
ROLE_WORDS = lexicon.words("roles")
PARTY_WORDS = frozenset("tory labour conservative liberal democrat democratic republican green snp ukip".split())


def _in_modifier(tok: Token, span: Span) -> bool:
    """Whether a token of a mention stands in a prepositional phrase of it ("a reporter for AFP")."""
    while tok.i != span.root.i and span.start <= tok.head.i < span.end:
        if tok.dep_ in ("prep", "pobj"):
            return True
        # "Lopez's campaign manager" is not Lopez; "Lopez's office", "Lopez's spokeswoman" speak for her
        if tok.dep_ == "poss" and span.root.lower_ not in SPOKES_WORDS and span.root.lower_ not in SPEAKS_FOR:
            return True
        tok = tok.head
    return False


# the pronoun rules that leave no doubt who is meant (`SpeakerResolver.person_meant`)
_SURE_PRONOUN_RULES = frozenset(("pronoun_only_candidate", "pronoun_same_sentence", "pronoun_previous_subject"))


class SpeakerResolver:
    """Speaker mentions to actors, with the evidence of the whole story."""

    def __init__(self, doc: Doc, index: ActorIndex, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.index = index
        self.quoted = sorted(quoted)  # character spans inside quotation marks
        self.starts = [s for s, _e in self.quoted]
        self.people = [(s, e, a) for s, e, a in index.mentions
                       if a.kind == "person" and not self._in_quote(s) and (s, e) not in index.guessed]
        self.genders = self._genders()
        self.titles = titles_of_works(doc)  # a title of a work is never a speaker
        self.described = [t.idx for t in doc if t.dep_ in SUBJECTS and t.pos_ == "NOUN" and not self._in_quote(t.idx)
                          and (t.lower_ in SPOKES_WORDS or t.lower_ in DESCRIPTION_NOUNS)]

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1  # the quoted spans are in order and apart
        return k >= 0 and pos < self.quoted[k][1]

    def _genders(self) -> dict[str, str]:
        """Each person's gender from honorifics, role words and the pronouns that follow.

        (A first-name list added nothing measurable on the dev set and is GPL-licensed: left out.)"""
        votes: dict[str, dict[str, float]] = {}
        doc = self.doc
        for k, (s, e, actor) in enumerate(self.people):
            v = votes.setdefault(actor.name, {"m": 0.0, "f": 0.0})
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            # the honorific stands before the name or, as the model often tags it, inside it
            for tok in ([doc[span.start - 1]] if span.start > 0 else []) + [span[0]]:
                title = honorific_gender(tok.lower_)
                if title == "male":
                    v["m"] += 3
                elif title == "female":
                    v["f"] += 3
            for role in actor.roles:
                for w in role.lower().split():
                    if w in MALE_WORDS:
                        v["m"] += 2
                    elif w in FEMALE_WORDS:
                        v["f"] += 2
            # the first personal pronoun after a mention, before any other person is named
            nxt = next((p for p in self.people[k + 1 :] if p[0] > e), None)
            stop = nxt[0] if nxt is not None else float("inf")
            sent_end = sentence_of(doc, span.start).end
            window = doc[span.end : min(len(doc), sent_end + 25)]
            for tok in window:
                # a pronoun in the next paragraph is likely the speech tag being resolved: not evidence
                if tok.idx >= stop or (tok.is_space and "\n\n" in tok.text):
                    break
                # "he"/"she" as the subject: "X scolded him" says nothing of X
                g = PRONOUN_GENDER.get(tok.lower_) if tok.dep_ in SUBJECTS else None
                if g and not self._in_quote(tok.idx):
                    v[g] += 1
                    break
        out = {}
        for actor in self.index.actors:
            if actor.kind != "person":
                continue
            v = votes.get(actor.name, {"m": 0.0, "f": 0.0})
            if v["m"] != v["f"]:
                out[actor.name] = "m" if v["m"] > v["f"] else "f"
        return out

    def _nobody_else(self, pos: int) -> bool:
        """No unnamed person stands before: a description as the subject of a sentence ("A spokesman
        said ...") may be who "he" is."""
        return bisect_right(self.described, pos) == 0

    def _is_subject(self, pos: int) -> bool:
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None:
            return False
        tok = tok[0]
        # "Sturgeon" in "The SNP's leader, Nicola Sturgeon, welcomed ..." stands for the subject; a name that
        # qualifies a common noun does not ("the Trump campaign has yet to follow up": the campaign)
        while (tok.dep_ in ("flat", "appos") or tok.dep_ == "compound" and tok.head.pos_ == "PROPN") \
                and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in SUBJECTS

    def _qualifies_a_noun(self, pos: int) -> bool:
        """Whether the name at `pos` qualifies a common noun after it ("the Trump campaign", "a Clinton aide")."""
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None:
            return False
        tok = tok[0]
        while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            tok = tok.head  # the name's last word
        return tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i

    def _sentence_before(self, sent: Span) -> Span:
        """The sentence before, passing over the quotation's own sentences: in `"A. B," he said` the
        sentence before "he" is the one before the quotation."""
        prev = sentence_of(self.doc, sent.start - 1)
        while prev.start > 0 and self._quoted_sentence(prev):
            prev = sentence_of(self.doc, prev.start - 1)
        return prev

    def _quoted_sentence(self, sent: Span) -> bool:
        words = [t for t in sent if t.is_alpha]
        return bool(words) and all(self._in_quote(t.idx) for t in words)

    def _main_subject(self, sent: Span, agree: list[tuple[int, Actor]]) -> Actor | None:
        """The person the sentence's main clause is about, among those "he" may mean: `Mr Howard told
        the BBC Mr Blair had backtracked. He said: "..."` is Mr Howard, whoever the clause reported;
        `Mr Campbell's e-mail suggested they get Trevor Beattie to issue a statement. In it, he said`
        is the one whose e-mail it is."""
        # a sentence the model cut in two ("Mr Howard told the BBC" | "Mr Blair had ...") is one: the
        # part before that does not end a sentence belongs to it
        while sent.start > 0 and not self.doc[sent.start - 1].text in (".", "?", "!", '"', "\u201d") and \
                not self.doc[sent.start - 1].is_space:
            sent = self.doc[sentence_of(self.doc, sent.start - 1).start : sent.end]
        root = next((t for t in sent if t.head is t), sent.root)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(c.idx)), None)
        if subj is None:
            return None
        word = re.match(r"[\w-]+", text_of(self.doc)[subj.idx : subj.idx + 40])
        if word is not None and word.group(0).lower() in DOCUMENT_NOUNS:
            # "Mr Campbell's e-mail ... suggested": the one whose document it is
            subj = next((c for t in root.children if t.dep_ in ("nsubj", "nsubjpass")
                         for c in t.children if c.dep_ == "poss"), None)
            if subj is None:
                return None
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        # the subject's own name, not a name in a phrase of it ("a friend of Mr Blair")
        own = [a for s, a in agree if lo <= s < hi and self._is_subject(s) or s == subj.idx]
        if not own and subj.pos_ == "NOUN" and subj.lower_ in ROLE_WORDS:
            # "the chancellor said ... he told activists. He said:": the office's holder
            office = mention_span(subj)
            holder = self._by_description(office)[0]
            holder = holder if holder is not None and self._holds_office(holder, office) else self._office_holder(office)
            return holder if holder in [a for _s, a in agree] else None
        return own[-1] if own else None

    def person_meant(self, pronoun: Token) -> Actor | None:
        """The person a "he" or "she" of the story's own words stands for, by the rules a speaker's pronoun is
        resolved by, where they are sure: the only person named so far, one named earlier in the sentence, the
        subject of the sentence before or the one person it names, other than as an owner and with no "he" of
        its own (the headline names them: "He had just signed ..." after "For President Obama, it was a day of
        celebration.", not after "His team is talking to Hillary Clinton's camp."). None where they are not sure,
        and for a pronoun inside quotation marks, which is the speaker's."""
        if self._in_quote(pronoun.idx):
            return None
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        actor, how = self._by_pronoun(pronoun.idx, gender, None)
        if actor is not None and how not in _SURE_PRONOUN_RULES:
            sent = sentence_of(self.doc, pronoun.i)
            prev = self._sentence_before(sent) if sent.start > 0 else None
            if prev is None or any(PRONOUN_GENDER.get(t.lower_) == gender for t in prev):
                return None
            named = [(s, a) for s, _e, a in self.people if prev.start_char <= s < prev.end_char]
            if {id(a) for _s, a in named} != {id(actor)} or any(self._owner(s) for s, _a in named):
                return None
        return actor if actor is not None and self.could_mean(pronoun, actor) else None

    def _owner(self, start: int) -> bool:
        """Whether the name mentioned at `start` owns a noun ("Hillary Clinton's camp")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and any(t.dep_ == "poss" for t in (span.root, span.root.head) if t.ent_type_ == "PERSON")

    def could_mean(self, pronoun: Token, actor: Actor) -> bool:
        """Whether a "he" or "she" can stand for this person: of its gender or of none the story shows, and not
        named after it in its own clause ("He is backing Hillary Clinton" is no one's backing of herself; "She
        attended a Trump rally" is no man's). A clause joined to the pronoun's by "and" or "but" is a clause of its
        own ("He spent an hour with X, but whoever occupied Trump's body ..." may be Trump's)."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if gender is not None and self.genders.get(actor.name) not in (gender, None):
            return False
        clause = pronoun.head
        aside = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clause.children
                 if c.dep_ in ("conj", "parataxis")]
        lo, hi = pronoun.idx + len(pronoun), clause.right_edge.idx + len(clause.right_edge)
        return not any(a is actor and lo <= s < hi and not any(b <= s < e for b, e in aside) for s, _e, a in self.people)

    def _by_pronoun(self, pos: int, gender: str | None, prefer: Actor | None,
                    depth: int = 0) -> tuple[Actor | None, str]:
        sent_of = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        sent = sentence_of(self.doc, sent_of.start) if sent_of is not None else None
        sent_start = sent.start_char if sent is not None else pos
        before = [(s, a) for s, _e, a in self.people if s < pos]
        agree = [(s, a) for s, a in before if gender is None or self.genders.get(a.name) in (gender, None)]
        strict = [(s, a) for s, a in agree if gender is None or self.genders.get(a.name) == gender]
        # someone of that gender earlier in the same sentence, the subject first: "Nance said she would
        # like ...", "Perez hammered Trump, calling him ..., whom he described"
        # the only person the story has named so far who could be meant: no rule is needed to choose
        if len({id(a) for _s, a in agree}) == 1 and self._nobody_else(pos):
            return agree[-1][1], "pronoun_only_candidate"
        # "Standing next to Mr Blair he added": a name in the pronoun's own clause is someone else; nor is a
        # name that only qualifies a noun anyone "he" stands for ("the Trump campaign has yet to follow up,
        # though he contended")
        same = [(s, a) for s, a in agree if s >= sent_start and not self._in_own_clause(s, sent_of)
                and not self._qualifies_a_noun(s) and not self._subject_of_what_is_said(s, sent_of)]
        # one of that gender before one whose gender the story does not show
        same = [(s, a) for s, a in same if (s, a) in strict] or same
        if same:
            subjects = [(s, a) for s, a in same if self._is_subject(s)]
            return (subjects or same)[-1][1], "pronoun_same_sentence"
        # the subject of the sentence before, of that gender or of none known: `Sen. Claire McCaskill
        # scolded him: "..." she said`
        if sent is not None and sent.start > 0:
            prev = self._sentence_before(sent)
            subjects = [(s, a) for s, a in agree if prev.start_char <= s < prev.end_char and self._is_subject(s)]
            # the main clause's subject, of that gender where the story shows it
            main = self._main_subject(prev, strict) or self._main_subject(prev, agree)
            if main is not None and (main in [a for _s, a in strict] or not any(
                    prev.start_char <= s < prev.end_char for s, _a in strict)):
                return main, "pronoun_previous_subject"
            # `Mr Croucher said ... He said ... He told BBC News: "..."`: the same pronoun as the subject
            # of the sentence before goes on with whoever that one means, before the subject of a
            # clause inside that sentence (`He said ... and Mr Houston may be interviewed. He added`)
            chained = self._pronoun_subject(prev, gender) if depth < 3 else None
            if chained is not None:
                actor, how = self._by_pronoun(chained.idx, gender, prefer, depth + 1)
                if actor is not None and how in ("pronoun_previous_subject", "pronoun_previous_clause_subject",
                                                 "pronoun_same_sentence",
                                                 "pronoun_only_candidate"):
                    return actor, how
            if subjects:
                # the subject of a clause inside it, not of the sentence: `X e-mailed Y, suggesting Z
                # would see the funny side. He said` is seldom Z
                return subjects[-1][1], "pronoun_previous_clause_subject"
        if sent is not None and sent.start > 0 and self._described_subject(self._sentence_before(sent), gender):
            return None, "pronoun_previous_description"
        if prefer is not None and (gender is None or self.genders.get(prefer.name) in (gender, None)):
            # the speaker of the quotation just before, unless someone else of that gender (or of none
            # known) came between: `Yeo said ... But Simon Hart questioned how ... "...," he said`
            last = agree[-1][1] if agree else None
            if last is None or last is prefer:
                return prefer, "pronoun_previous_speaker"
        for pool, near, far in ((strict, "pronoun_last_of_gender", "pronoun_far_of_gender"),
                                (agree, "pronoun_last_any", "pronoun_far_any")):
            if pool:
                s, actor = pool[-1]
                return actor, near if s >= sent_start - 600 else far
        return None, ""

    def _subject_of_what_is_said(self, start: int, pronoun: Span | None) -> bool:
        """Whether the name at `start` is the subject of the clause the pronoun's verb reports, said before
        it: `Mr Blair has "the same passion ..." as in 1997, he said` is someone speaking of Mr Blair (who
        would have said "I have"), not Mr Blair."""
        name = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if pronoun is None or name is None or pronoun.root.dep_ != "nsubj":
            return False
        verb, doc = pronoun.root.head, self.doc
        # (the clause right before its tag, only a comma or a closing mark between: "..., he said")
        # (a clause that is itself someone's report, "Ms Hutt said she hoped ...", is no clause about her)
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and
                     c.lemma_.lower() not in SPEECH_VERBS and
                     all(t.is_punct for t in doc[c.right_edge.i + 1 : pronoun.root.i])), None)
        subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None) if said is not None else None
        return subj is not None and subj.left_edge.i <= name.root.i <= subj.right_edge.i

    def _in_own_clause(self, start: int, pronoun: Span | None) -> bool:
        """Whether the name at `start` stands in the clause whose subject is the pronoun, as its object
        or inside a phrase with no subject of its own ("Standing next to Mr Blair he added", "He told
        Blair"): the subject of that clause is not the name then."""
        name = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if pronoun is None or name is None or pronoun.root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb, tok = pronoun.root.head, name.root
        while tok.head.i != tok.i:
            tok = tok.head
            if tok.i == verb.i:
                return True
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
                return False  # a clause of its own: "After Blair arrived, he said" may be Blair
        return False

    def _pronoun_subject(self, sent: Span, gender: str | None) -> Token | None:
        """The main subject of a sentence when it is "he" or "she" of the given gender."""
        if gender is None:
            return None
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(c.idx)),
                    None)
        return subj if subj is not None and PRONOUN_GENDER.get(subj.lower_) == gender and subj.lower_ in ("he", "she") \
            else None

    def _described_subject(self, sent: Span, gender: str | None) -> Token | None:
        """`But a spokesman for the Home Office defended the plan. He said: "..."`: the subject of the
        sentence before is a person the story describes but does not name; "he" is most likely them."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(c.idx)),
                    None)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or \
                not (subj.lower_ in SPOKES_WORDS or subj.lower_ in DESCRIPTION_NOUNS) or subj.tag_ == "NNS":
            return None
        spokes_of = subj.lower_ in SPOKES_WORDS and any(c.dep_ == "poss" for c in subj.children)
        if not (spokes_of or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in subj.lefts)) or \
                any(c.dep_ == "appos" for c in subj.children):
            # someone new and unnamed; "the chancellor" is someone named before, whom the other
            # rules look for ("the chancellor, Gordon Brown," is named)
            return None
        word_gender = "m" if subj.lower_ in MALE_WORDS else "f" if subj.lower_ in FEMALE_WORDS else None
        if gender is not None and word_gender not in (gender, None):
            return None
        self._antecedent = subj
        return subj

    def _by_description(self, span: Span) -> tuple[Actor | None, str | None]:
        """'the senator' -> the actor whose role says senator; 'a spokesman for Disney' -> Disney."""
        words = [t.lower_ for t in span if not t.is_punct]
        head = span.root
        orgs = [t for t in span if t.ent_type_ in ("ORG", "GPE", "NORP") and t.i != head.i]
        if head.lower_ in SPOKES_WORDS or (head.lower_ in ("official", "aide", "source") and orgs):
            if any(t.lower_.split("-")[0] in NO_LONGER_HELD for t in span):
                return None, None  # "one former party aide" speaks for himself, no longer for the party
            for tok in orgs:
                actor = self.index.at(tok.idx, tok.idx + len(tok))
                if actor is not None and actor.kind != "person":
                    return actor, head.text
            return None, None
        if head.pos_ != "NOUN":
            return None, None
        if any(t.dep_ == "det" and t.lower_ in ("a", "an", "another", "one", "some", "any") for t in head.lefts):
            return None, None  # "a Democratic strategist" is someone new, not the strategist named before
        best = None
        # "the Florida senator" is the senator the story called a Florida senator, not any senator:
        # every word the description adds must be among the actor's roles or names
        own = [t for t in span if not _in_modifier(t, span)]
        before = {a.name: a for s, _e, a in self.people if s < span.start_char}
        fits = role_holders(before.values(), head, own, roles=self.index.sure_roles)
        if fits:
            # the one named last before the description
            best = next(a for s, _e, a in reversed(self.people) if s < span.start_char and a in fits)
        if best is not None:
            return best, None
        for actor in self.index.actors:
            if actor.kind != "person" and head.lower_ in actor.name.lower().split() and \
                    len(words) <= 4 and head.is_lower:
                return actor, None
        return None, None

    def resolve(self, start: int, end: int, prefer: Actor | None = None,
                describe: bool = False) -> Speaker:
        """The speaker the mention at [start, end) stands for.

        The speaker is an actor's canonical name; with `describe`, a mention that names nobody
        but describes a person ("a Democratic staffer") stands as written, and `described` is True.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return NOBODY
        text = span.text
        low = text.lower()
        if low in PRONOUN_GENDER or low in ("i", "me"):
            gender = PRONOUN_GENDER.get(low)
            actor, how = self._by_pronoun(start, gender, prefer)
            if how == "pronoun_previous_description":
                # whoever the description stands for: an actor by their role, or the description itself
                ante = mention_span(self._antecedent)
                found = self.resolve(ante.start_char, ante.end_char, describe=True)
                if found.name is None:
                    return NOBODY
                return found._replace(evidence=(how,) + tuple(e for e in found.evidence if not e.startswith("description")))
            if actor is None:
                return NOBODY
            # "he" for someone the story gives no gender: agreement is not evidence then
            unknown = ("gender_unknown",) if gender is not None and self.genders.get(actor.name) != gender else ()
            return Speaker(actor.name, actor.role, evidence=(how,) + unknown)
        if low in ("they", "we", "it", "you", "who", "that", "this"):
            return NOBODY
        if span.root.lower_ in SPOKES_WORDS and span.root.lower_ not in DOCUMENT_NOUNS:
            # "Mr Blair's official spokesman", "his aides": they speak for themselves, with the person
            # they speak for as their role; never the person (an organisation's spokesman is its voice)
            principal = self._principal(span)
            if principal is not None and principal.kind == "person":
                return self._spokesperson(span, principal)
        if _document_word(span) is not None:
            # "Hoff's letter", "a statement from the ministry": whoever the document speaks for
            actor = self._document_owner(span)
            if actor is not None:
                return Speaker(actor.name, actor.role if actor.kind == "person" else None, evidence=("document",))
        # the mention's own head first: "Labour's Mr Livingstone" is Mr Livingstone, not Labour
        root = span.root
        actor = self.index.at(root.idx, root.idx + len(root), guesses=False) if root.pos_ == "PROPN" else None
        if actor is None and span[0].text[:1].isupper() and span[0].lower_ in ROLE_WORDS:
            # "Chairman of the Environmental Audit Committee Peter Ainsworth MP said": a title before
            # the name, with no article, is the name's (not "the wife of John Smith")
            person = [e for e in self.doc.ents if e.label_ == "PERSON" and span.start < e.start and e.end <= span.end and
                      all(t.lower_ in POSTNOMINALS or t.is_punct for t in self.doc[e.end : span.end])]
            actor = self.index.at(person[-1].start_char, person[-1].end_char, guesses=False) if person else None
        actor = actor or self.index.at(start, end, guesses=False)
        if actor is None and any(t.text.casefold() in self.titles for t in (span, span[1:] if len(span) > 1 else span)):
            return NOBODY  # "Undead Soldier said", of a comic: the model's person is a title, no actor
        if actor is not None and span.root.lower_ in SPOKES_WORDS and \
                any(t.lower_.split("-")[0] in NO_LONGER_HELD for t in span):
            actor = None  # a spokesman speaks for his body, a former one no longer ("one former party aide")
        person_noun = span.root.lower_ in DESCRIPTION_NOUNS and span.root.lower_ not in SPOKES_WORDS
        if actor is not None and span.root.pos_ == "NOUN" and (actor.kind in ("place", "person") or person_noun):
            # a place or person in a description is not the speaker: "a resident of X", "the wife of Y"
            # (an organisation is kept when the noun speaks for it, "a spokesman for X"; "the head of
            # X's rules committee" and "State's reviewers" are people of X, not X)
            own = [t for t in span if not _in_modifier(t, span)]
            actor = self.index.at(own[0].idx, own[-1].idx + len(own[-1]), guesses=False) if own else None
        if actor is not None and actor.name.lower() not in ("i",):
            return Speaker(actor.name, actor.role if actor.kind == "person" else None, evidence=("name",))
        names = [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and not _in_modifier(t, span)]
        if span.root.lower_ in SPOKES_WORDS:
            # "a spokesman for X", "aides": the organisation they speak for, or as described
            actor, role = self._by_description(span)
            if actor is not None:
                return Speaker(actor.name, role or actor.role, evidence=("spokes_for",))
        else:
            # the words of the mention's own name: "the governor of Ohio" is not Ohio
            actor = self.index.find_by_words([t.text for t in names]) if names else None
            if actor is None and not names and span.root.text[:1].isupper() and span.root.pos_ == "NOUN" and \
                    all(t.text[:1].isupper() for t in span if t.pos_ != "DET"):
                # a name the model took for a common noun at the start of a sentence ("Trump asked ...")
                actor = self.index.find_by_words([t.text for t in span if t.pos_ != "DET"])
            if actor is not None:
                return Speaker(actor.name, actor.role, evidence=("name_words",))
            actor, role = self._by_description(span)
            if actor is not None and self._holds_office(actor, span):
                return Speaker(actor.name, role or actor.role, evidence=("role",))
            if names and span.root.pos_ == "PROPN":
                # a name the actor list missed: keep it as written (it becomes an actor, `quotes.attribute`)
                name = _unlisted_name(span, names)
                if name is not None:
                    return Speaker(name, None, evidence=("unlisted_name",))
            if describe and _looks_like_name(span):
                # "D’Souza replied", "M. Dane Waters predicted": a name the model tagged as a noun
                return Speaker(span.text.strip(" ,"), None, evidence=("looks_like_name",))
        if describe:
            description = _description(span)
            if description is not None:
                # "a spokesman" is someone the story does not name; "the chancellor" someone it names (or
                # takes as known) whom no rule found: a guess of another kind
                known = any(t.dep_ in ("det", "poss") and t.lower_ not in INDEFINITE for t in span.root.lefts)
                if known:
                    nearest = self._office_holder(span)
                    if nearest is not None:
                        return Speaker(nearest.name, role=span.text.strip(" ,"), evidence=("role_nearest",))
                return Speaker(description, None, described=True,
                               evidence=("description_definite" if known else "description",))
        return NOBODY

    def _holds_office(self, actor: Actor, span: Span) -> bool:
        """Whether the actor holds the office a description names: a "shadow chancellor" is no
        chancellor, a "former president" no president, unless the description says so."""
        return holds_office(actor.roles, span.root.lower_, {t.lower_ for t in span})

    def _office_holder(self, span: Span) -> Actor | None:
        """`The chancellor also hailed ...`: an office with no name of its own ("the chancellor", "the
        work and pensions minister", not "the Florida senator", which names itself) is a person the
        story names: the one named last before it, else the first named after it."""
        root = span.root
        if root.tag_ in ("NNS", "NNPS") or root.lower_ not in ROLE_WORDS or \
                not any(t.dep_ == "det" and t.lower_ == "the" for t in root.lefts) or \
                any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in span):
            return None
        before = [a for s, _e, a in self.people if s < span.start_char and self._holds_office(a, span)]
        if before:
            return before[-1]
        after = [a for s, _e, a in self.people if s >= span.end_char and self._holds_office(a, span)]
        return after[0] if after else None

    def _principal(self, span: Span) -> Actor | None:
        """Whom a spokesman, aide or lawyer speaks for: the possessor ("Mr Blair's", "his", "the
        prime minister's"), the object of "for"/"to", or a name before the noun ("a Blair aide")."""
        root = span.root
        owners = [c for c in root.children if c.dep_ == "poss"]
        owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                   for g in c.children if g.dep_ == "pobj"]
        owners += [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for tok in owners:
            if tok.pos_ == "PRON":
                actor, _how = self._by_pronoun(tok.idx, PRONOUN_GENDER.get(tok.lower_), None)
            else:
                owner = mention_span(tok)
                actor = self.index.at(owner.start_char, owner.end_char, guesses=False) or \
                    (self._by_description(owner)[0] if tok.pos_ == "NOUN" else None)
            if actor is not None:
                return actor
        return None

    def _spokesperson(self, span: Span, principal: Actor) -> Speaker:
        """A spokesman as the story describes them, the person they speak for named in the words
        ("his spokesman" is "spokesman for Tony Blair") and given as the role."""
        root = span.root
        role = f"{root.lower_} for {principal.name}"
        described = _description(span)
        if described is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children):
            described = " ".join(t.text for t in span if t.dep_ not in ("poss", "det", "case") and
                                 not _in_modifier(t, span) and t.i <= root.i) + f" for {principal.name}"
        return Speaker(described, role, described=True, evidence=("spokesperson",))

    def _document_owner(self, span: Span) -> Actor | None:
        """The actor a document mention speaks for: its possessive, its "from"/"by"/"of" phrase,
        or a name inside it ("One Club for Growth ad")."""
        root = span.root
        # "Mr Campbell's e-mail": the model may split the word, and hang the possessive on any part
        candidates = [c for t in span for c in t.children if c.dep_ == "poss"]
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of", "in"):
                candidates += [c for c in prep.children if c.dep_ == "pobj"]
        candidates += [t for t in span if (t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PROPN") and t.i != root.i]
        for tok in candidates:
            actor = self.index.at(tok.idx, tok.idx + len(tok))
            if actor is None and tok.pos_ == "PROPN":
                actor = self.index.find_by_words([tok.text])
            if actor is not None and actor.kind != "place":
                return actor
        if not candidates and span[0].lower_ in ("the", "this", "that"):
            return self._earlier_document(span)
        return None

    def _earlier_document(self, span: Span) -> Actor | None:
        """`Alastair Campbell sent an e-mail ... The e-mail said: "..."`: "the e-mail" is one the story
        told of before, whose sender, writer or publisher it speaks for."""
        doc = self.doc
        word = _document_word(span)
        text = text_of(doc)
        found = [m for m in re.finditer(rf"\b{re.escape(word)}\b", text[max(0, span.start_char - 3000) : span.start_char],
                                        re.I)]
        for m in reversed(found):
            at = max(0, span.start_char - 3000) + m.start()
            earlier = doc.char_span(at, at + len(word), alignment_mode="expand")
            if earlier is None or self._in_quote(at):
                continue
            owner = next((c for t in earlier for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            held = next((t for t in earlier if t.dep_ in ("dobj", "nsubjpass", "pobj") and t.head.i not in
                         range(earlier.start, earlier.end)), None)
            if held is not None and held.dep_ == "pobj":
                # "Oxfam says in a report", "she wrote in a letter": whoever the verb's subject is
                held = held.head if held.head.lower_ in ("in", "by") and held.head.head.pos_ in ("VERB", "AUX") else None
            if owner is None and held is not None:
                verb = held.head
                agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                owner = agent if held.dep_ == "nsubjpass" else \
                    next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if owner is None:
                if doc[earlier.start - 1].lower_ in ("the", "this", "that") if earlier.start else False:
                    continue  # "the report" again: the one it goes back to tells whose it is
                return None
            owner = mention_span(owner)
            if owner.root.pos_ == "PRON":
                actor, _how = self._by_pronoun(owner.start_char, PRONOUN_GENDER.get(owner.root.lower_), None)
            else:
                actor = self.index.at(owner.start_char, owner.end_char, guesses=False)
            return actor if actor is not None and actor.kind != "place" else None
        return None


def _unlisted_name(span: Span, names: list[Token]) -> str | None:
    """The name of a speaker the actor list missed, as written, less a word for their party before it
    ("Tory Dominic Grieve"); None for what only looks like a name: a title ("Finance Minister",
    "Salford MP"), a place, or a capitalised word opening a sentence that the model took for a name
    ("Qualifications")."""
    doc = span.doc
    ent = entity_at(doc, span.root.i)
    if ent is not None and ent.label_ in NAME_LABELS + ("WORK_OF_ART", "FAC", "PRODUCT"):
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        person = next((e for e in doc.ents if e.label_ == "PERSON" and ent.start <= e.start and e.end <= ent.end
                       and e != ent), None)
        if person is not None:
            words = list(person)
    else:
        if len(names) == 1 and (names[0].is_sent_start or span[0].lower_ == "the"):
            return None  # "Qualifications said", "The Archbishop of Canterbury said": no one's name
        if names and after_a_lower_case_hyphen(names[0]):
            return None  # "the e-University had": the end of a compound word, no one's name
        words = names
    # "Brighton nurse Marion Brown": a name is one run of words; a word before the noun between is the noun's
    while len(words) > 2 and words[1].i != words[0].i + 1:
        words = words[1:]
    # "Tory Dominic Grieve": the party is a word about the person, not their name
    while len(words) > 2 and (words[0].ent_type_ in ("NORP", "ORG") or words[0].lower_ in PARTY_WORDS):
        words = words[1:]
    if not words or words[-1].lower_.rstrip(".") in ROLE_WORDS or words[-1].lower_ in POSTNOMINALS or \
            all(w.ent_type_ in ("GPE", "LOC", "NORP") for w in words):
        return None  # "Scottish Finance Minister", "the Salford MP": a title, said of someone unnamed
    return " ".join(t.text for t in words)


def _document_word(span: Span) -> str | None:
    """The document a mention names ("the e-mail", "Hoff's letter"), by its last word as written: the
    model splits "e-mail" in three."""
    m = re.search(r"[\w-]+$", span.text.strip(" ,.:;"))
    word = m.group(0).lower() if m else ""
    return word if word in DOCUMENT_NOUNS else None


def _looks_like_name(span: Span) -> bool:
    """Capitalised words that are not a description: a name, whatever the tagger made of it."""
    words = [t for t in span if t.dep_ != "det" and not t.is_punct and not t.is_space]
    if not words or len(words) > 4 or not all(t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    root = span.root
    if root.lower_ in DESCRIPTION_NOUNS or root.lower_ in DOCUMENT_NOUNS or root.tag_ in ("NNS", "NNPS"):
        return False
    # a capitalised first word of a sentence may be any noun ("Critics said"): only as a name when
    # the model saw one
    return not (words[0].is_sent_start and len(words) == 1 and not words[0].ent_type_)


# "a source involved in the talks", "an aide briefed on the plan", "a lawyer based in Ohio"
MODIFIER_PARTICIPLES = frozenset("involve know base associate affiliate connect tie link brief authorize "
                                 "authorise familiarize employ".split())
PERSON_SUFFIXES = ("man", "men", "woman", "women", "person", "ist", "ists", "ian", "ians", "er", "ers", "or", "ors",
                   "ant", "ants", "ent", "ents", "ee", "ees")


def _phrase_end(phrase: Token) -> int:
    """The last token of a phrase, less a clause that describes a word of it: "a longtime adviser to
    Ruth Okafor, who declined to be identified" is an adviser to Ruth Okafor."""
    doc = phrase.doc
    clauses = [t.left_edge.i for t in phrase.subtree if t.dep_ in ("relcl", "acl") and t.left_edge.i > phrase.i]
    end = min([phrase.right_edge.i] + [i - 1 for i in clauses])
    while end > phrase.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def _description(span: Span) -> str | None:
    """A mention as it stands when it describes a person the story does not name ("a Democratic
    staffer", "one source close to the campaign"); None for anything else ("the move", "supporters")."""
    root = span.root
    if root.pos_ != "NOUN" or root.lower_ in DOCUMENT_NOUNS:
        return None
    # people's nouns; a noun with a person's ending ("businessman", "frontrunner", "commenter")
    # only as the subject of the speech verb itself, where little but a person can stand
    if root.lower_ not in DESCRIPTION_NOUNS and not (root.dep_ == "nsubj" and root.lower_.endswith(PERSON_SUFFIXES)
                                                     and root.head.lemma_.lower() in SPEECH_VERBS):
        return None
    # a determiner or number marks a description ("a source", "one official", "another aide"),
    # which bare plurals ("supporters", "officials") lack: those are too vague to be a speaker
    if not any(t.dep_ in ("det", "nummod", "poss") for t in root.lefts):
        return None
    doc = span.doc
    right = span.end - 1
    # what the description says about them: "a longtime adviser to Trump", "a person close to
    # the Clintons", "a source familiar with his thinking", "a woman in Worcester"
    for child in root.rights:
        if child.i <= right:
            continue
        # a participle only as a short modifier ("known as Bob"), not a clause ("called for a boycott")
        short_participle = child.dep_ == "acl" and child.tag_ == "VBN" and \
            (child.right_edge.i - child.i <= 3 or child.lemma_ in MODIFIER_PARTICIPLES)
        end = _phrase_end(child)
        if (child.dep_ in ("prep", "amod") or short_participle) and child.i == right + 1 and \
                end - span.start < 14 and \
                not any(t.pos_ in ("VERB", "AUX") and t.i != child.i for t in doc[child.i : end + 1]):
            right = end
    words = [t for t in doc[span.start : right + 1] if not t.is_space]
    while words and (words[0].is_punct or words[-1].is_punct):
        words = words[1:] if words[0].is_punct else words[:-1]
    if not words or len(words) > 14:
        return None
    return doc[words[0].i : words[-1].i + 1].text
