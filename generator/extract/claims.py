"""Whose word a statement is: a claim stays with the one who makes it.

What a source reports may stand as the story's own fact only when the source is unnamed and
states it plainly, with a neutral verb ("officials said two people were killed"). An accusation,
a promise, a forecast, a hypothesis or a condition is the speaker's ("a collision expert said a
stop sign would have prevented the crash"): the What and the headline keep who says it. And a
cause named inside such a claim ("accused him of parsing his words to avoid answering") is the
accuser's account, not a cause the story gives. Word lists: data/claims.json.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon

_DATA = lexicon.load("claims")
NEUTRAL_REPORTS = frozenset(_DATA["neutral_reports"])
DEFINITE_MODALS = frozenset(_DATA["definite_modals"])
CLAIM_VERBS = frozenset(_DATA["claim_verbs"])
CLAIM_NOUNS = frozenset(_DATA["claim_nouns"])
CONDITIONS = frozenset(_DATA["conditions"])
# "Maybe the rules still apply", "has reportedly amassed": the teller vouches for less than a fact
HEDGE_ADVERBS = frozenset(_DATA["hedge_adverbs"])
ASKING_VERBS = frozenset(_DATA["asking_verbs"])
JUDGING_VERBS = frozenset(_DATA["judging_verbs"])
# verbs of a person and then a clause, what they were told or promised: "promised Gordon Brown he would stand down"
TELLING_VERBS = frozenset(_DATA["telling_verbs"])
# what a claim verb governs is its claim: what is said or alleged, and "of"/"with" what one is accused
# or charged; its adjuncts ("accused him after the debate") are the accusation's own time and place
_CLAIM_PARTS = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd"})
_CLAIM_PREPS = frozenset({"of", "with", "that", "to"})


def conditional(clause: Token) -> bool:
    """An adverbial clause opened by "if", "unless" ...: a condition, not a fact (an indirect question is
    none: "asked Sanders if he would ever endorse her")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children) and \
        not _asked(clause)


def _asked(clause: Token) -> bool:
    """Whether an "if"/"whether" clause follows a verb of asking or its object: what is asked, wherever the
    parser hung it ("when I asked Bernie Sanders if he would ever endorse Clinton, he looked ...")."""
    if clause.left_edge.i == 0:
        return False
    before = clause.doc[clause.left_edge.i - 1]
    asker = before if before.pos_ == "VERB" else before.head if before.dep_ in ("dobj", "dative") else None
    if asker is None and before.dep_ == "compound":  # "asked Bernie Sanders": the object's last word
        asker = before.head.head if before.head.dep_ in ("dobj", "dative") else None
    return asker is not None and asker.lemma_ in ASKING_VERBS


def hedged(clause: Token) -> bool:
    """Whether a clause states less than a plain fact: a modal on its verb ("would have prevented",
    "could face"; "will reopen" is a plain future), a hedge ("reportedly took", "maybe"), a condition
    on it ("if the vote fails"), or a claim verb at its head ("they alleged ...")."""
    modal = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lower_ not in DEFINITE_MODALS
                for c in clause.children)
    return modal or any(hedge(c) for c in clause.children) or any(conditional(c) for c in clause.children) or \
        clause.lemma_ in CLAIM_VERBS


def addressee(verb: Token) -> Token | None:
    """Whom a passive report was made to: "the department was told that forces were ready" (whoever told it
    is unnamed; that the department was told is the news), never the "it" of "it was reported that"."""
    if verb.lemma_ not in NEUTRAL_REPORTS | TELLING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)


def hedge(adverb: Token) -> bool:
    """Whether a word is a hedge on the verb it hangs on ("has reportedly amassed"), which a statement of
    that verb keeps."""
    return adverb.dep_ == "advmod" and adverb.lower_ in HEDGE_ADVERBS


def a_view(clause: Token) -> bool:
    """Whether a clause states how things are as its source sees them rather than an event: its verb
    in the simple present, active or passive ("X proves the need for Y", "the plan is unfair", "parents
    are often disadvantaged by the courts"). What happened ("two people were killed"), has happened, is happening or will
    happen is an event a source may report as fact; a state of affairs in the simple present is
    their view of it (a finding, a judgement), and stays theirs; so is "be" in the present perfect ("X
    has been a failure"), how things have been, and the progressive of a verb that judges ("X is
    failing pensioners", JUDGING_VERBS), how things are going."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does")]
    if aux:  # the passive of the present ("are often left without heating") states how things are too
        present = len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")
        # and so does "be" in the present perfect, how things have been up to now ("have been 'a lot
        # smarter'", "has been a failure"); not the perfect of an act ("has approved") nor its passive
        # ("has been arrested": "been" is the auxiliary there)
        present = present or len(aux) == 1 and aux[0].lemma_ == "have" and aux[0].tag_ in ("VBZ", "VBP") \
            and clause.lemma_ == "be" and clause.tag_ == "VBN"
        # and so does the progressive of a verb that judges what someone does ("is failing pensioners",
        # "are wasting money"): how things are going, as the source sees it; an act going on ("police are
        # investigating", "troops are withdrawing") is an event
        # ("is being naive", "are being unfair": how someone behaves, as the source sees it)
        present = present or len(aux) == 1 and aux[0].dep_ == "aux" and aux[0].lemma_ == "be" and \
            aux[0].tag_ in ("VBZ", "VBP") and clause.tag_ == "VBG" and (clause.lemma_.lower() in JUDGING_VERBS or
                                                                     clause.lemma_ == "be")
    else:
        present = clause.tag_ in ("VBZ", "VBP")
    # ("keeps falling", "continues to rise": an event going on)
    return present and not any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in clause.children)


def according_to(verb: Token) -> Token | None:
    """The source an "according to" phrase on a statement's verb names ("according to a report by
    X": "report"), when what it gives stays theirs: a hedged statement or a view ("MPs should give up
    second jobs, according to a report"), not an event a report gives ("the blast was followed by
    gunfire, according to reports": the When and Where tell the rest)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    to = next((c for c in prep.children if c.lower_ == "to"), None) if prep is not None else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    forecast = any(c.tag_ == "MD" for c in verb.children)  # a report's "will" is its forecast
    return source if source is not None and (forecast or hedged(verb) or a_view(verb)) else None


def told_as_fact(verb: Token, said: Token) -> bool:
    """Whether what `verb` reports (its clause `said`) may be told without its source: a neutral
    report ("said", "told", "ruled", "announced") of a plain statement of an event, not of a view
    ("X proves the need for Y, says a race group")."""
    return verb.lemma_ in NEUTRAL_REPORTS and not hedged(said) and not a_view(said)


def named_source(source: Token, owned: bool = True) -> bool:
    """Whether the source of "X said Y" is named, so that their saying it is the news with it: a name
    ("Sanders", "the BBC"), a description the parser gave the name as its apposition or conjunct
    ("presidential candidate Senator Bernie Sanders (I-VT) stated that ...", "GOP contender and former
    neurosurgeon Ben Carson said"), or, unless `owned` is False, a body a name owns (`owned_body`)."""
    if source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or source.pos_ == "PROPN":
        return True
    return source.pos_ == "NOUN" and any(c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON"
                                         for c in source.children) or owned and owned_body(source)


def owned_body(source: Token) -> bool:
    """Whether a source is a body a name owns ("the Clinton campaign says", "Trump's lawyers said"): an
    interested party, whose word stays theirs."""
    return source.pos_ == "NOUN" and not source.ent_type_ and \
        any(c.dep_ in ("compound", "poss") and _a_name(c) for c in source.children)


def _a_name(tok: Token) -> bool:
    """A person's or a body's name, or the surname of a person the story names in full ("Clinton" of "the
    Clinton campaign", which the model may take for the town)."""
    return tok.ent_type_ in ("PERSON", "ORG") or tok.pos_ == "PROPN" and \
        any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in tok.doc.ents)


_OFFICES = lexicon.words("roles")
_DOCUMENTS = lexicon.words("document_nouns")
_KIN = lexicon.words("kin_nouns")
_ONE_PERSON = lexicon.words("speaker_nouns") | lexicon.words("people_nouns")


def particular_source(source: Token, offices: bool = True) -> bool:
    """Whether the source of "X said Y" is someone in particular, as a name would be, whose saying it is
    the news with it: one described by a clause of their own ("a barrister who has resigned in protest
    says ...": who they are and what they did is news) or one office's holder ("the lord chancellor has
    said", "the home secretary said"; "officials", "police" are no one in particular), a document with its
    author ("a report by the audit office says", "the watchdog's study found") or someone's kin ("his son
    said") or one person not named ("a veteran diplomat said"), unless `offices` is
    False (a headline names an office's holder by name or leaves them out)."""
    if any(c.dep_ in ("relcl", "acl") for c in source.children):
        return True
    if source.lower_ in _DOCUMENTS and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
                                           for c in source.children):
        return True  # "a report by the finance watchdog says": a finding, whose author is its news
    if source.tag_ == "NN" and source.lower_ in _KIN and any(c.dep_ == "poss" for c in source.children):
        return True  # "his son said The Donald is just getting started": one person, who speaks for himself
    if source.tag_ == "NN" and source.lower_ in _ONE_PERSON and not source.lower_.startswith("spokes") and \
            any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in source.children):
        return True  # "a veteran diplomat said ...", "one witness said": one person's account, theirs (a
        # spokesman speaks for a body, whose plain report of an event may be told as the event)
    return offices and source.tag_ in ("NN", "NNP") and source.lower_ in _OFFICES and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in source.children)


def content_follows(noun: Token) -> bool:
    """Whether a claim's noun has what is claimed written right after it, without "that", wherever the parser
    hung that clause ("over claims its election campaign has broken the rules"): the noun says nothing
    without it, and a statement may not end on it."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (noun.pos_ == "NOUN" or noun.dep_ in ("pobj", "dobj")) and noun.lemma_.lower() in CLAIM_NOUNS and \
        nxt is not None and not nxt.is_punct and nxt.pos_ not in ("ADP", "CCONJ", "SCONJ") and nxt.head.i != noun.i


def within_claim(tok: Token) -> bool:
    """Whether a word lies inside someone's claim: what a claim verb governs ("accused him of
    parsing words to avoid answering", "insisted the cut was made to save money"), the clause or
    phrase of a claim noun ("allegations that he lied to protect a friend"), or a condition ("if
    it closed because of the strike")."""
    child = tok
    for head in tok.ancestors:
        if conditional(child):
            return True
        if head.lemma_ in CLAIM_VERBS and head.pos_ in ("VERB", "AUX") and \
                (child.dep_ in _CLAIM_PARTS or child.dep_ == "prep" and child.lower_ in _CLAIM_PREPS):
            return True
        if head.lemma_.lower() in CLAIM_NOUNS and head.pos_ == "NOUN" and \
                (child.dep_ in ("acl", "relcl") or child.dep_ == "prep" and child.lower_ in ("of", "that", "about")):
            return True
        child = head
    return False


def _named_before(sent: Span, comma: Token, verb: Token) -> bool:
    """", Downing Street has indicated.": between the last comma and the report verb, a name and the
    verb's auxiliaries only (the parser may hang the name on the noun before the comma): the source."""
    between = sent.doc[comma.i + 1 : verb.i]
    names = [t for t in between if t.dep_ not in ("aux", "auxpass", "neg")]
    return bool(names) and all(t.pos_ == "PROPN" or t.pos_ == "DET" and t.i == comma.i + 1 for t in names) and \
        all(t.dep_ in ("aux", "auxpass", "neg") for t in between if t.i > names[-1].i)


def _addressee(verb: Token, obj: Token) -> bool:
    """", police chiefs have told MPs.": the object of a telling verb after the statement is whom the
    source told it, a name or a noun of people with nothing after it but punctuation, no second act."""
    return verb.lemma_.lower() in TELLING_VERBS and obj.pos_ in ("PROPN", "NOUN", "PRON") and \
        all(t.is_punct or t.is_space for t in verb.doc[obj.right_edge.i + 1 : verb.sent.end])


# report verbs news puts before their source after what was said ("..., warn union leaders", "..., say MPs")
_INVERTED_REPORTS = frozenset({"say", "warn", "claim", "insist", "argue", "admit", "add", "tell", "predict", "believe",
                               "fear", "suggest", "allege", "report"})


def trailing_claim(sent: Span, top: Token) -> Token | None:
    """The report verb of a source named after the statement when the parser read it as a plural noun
    (", a new book about the chancellor claims.", ", a former aide claims in a lawsuit"): after the
    sentence's last comma, a noun phrase whose head is a report or claim verb's -s form and nothing after
    it but phrases and punctuation; None where there is none or what it reports may be told as fact (a
    neutral report of an event, as `told_as_fact` says)."""
    commas = [t for t in sent if t.text == "," and t.i > top.i]
    if not commas:
        return None
    comma = commas[-1]
    verb = next((t for t in sent if t.i > comma.i and t.tag_ == "NNS" and t.lower_.endswith("s")
                 and t.lemma_.lower() in CLAIM_VERBS | NEUTRAL_REPORTS), None)
    if verb is None:
        # (", a committee of MPs and peers has warned.": the parser joined the report verb to the statement
        # as a second verb of its own, with no "and", and gave it the source for subject)
        # (or as a clause of its own on the statement's verb: "... will end this year, sooner than expected, the
        # budget office reported on Tuesday")
        verb = next((t for t in sent if t.i > comma.i and t.dep_ in ("conj", "advcl") and t.head.i == top.i and t.pos_ == "VERB"
                     and t.lemma_.lower() in CLAIM_VERBS | NEUTRAL_REPORTS
                     and not any(c.dep_ == "cc" for c in top.children if c.i > comma.i)
                     and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not _addressee(t, c)
                                 for c in t.children)
                     and (any(c.dep_ == "nsubj" and c.i > comma.i for c in t.children) or _named_before(sent, comma, t))),
                    None)
        if verb is None:
            # (", warn union leaders.": the report verb before its source, as news writes it after what was
            # said, which the parser joined to the statement and gave the source for object)
            verb = next((t for t in sent if t.i == comma.i + 1 and t.dep_ == "conj" and t.head.i == top.i
                         and t.pos_ == "VERB" and t.lemma_.lower() in _INVERTED_REPORTS
                         and [c.dep_ for c in t.rights if not c.is_punct] == ["dobj"]
                         and all(x.is_punct or x.is_space or x.i <= next(c for c in t.rights if c.dep_ == "dobj").right_edge.i
                                 for x in sent if x.i > t.i)), None)
            if verb is not None:
                return verb if verb.lemma_.lower() in CLAIM_VERBS or hedged(top) or a_view(top) else None
        if verb is not None:
            source = sent.doc[comma.i + 1 : min((c.i for c in verb.children if c.dep_ in ("nsubj", "aux")), default=verb.i)]
            if any(t.pos_ in ("VERB",) or t.is_punct for t in source):
                return None
            # (a source named, as the statement's whole sentence would keep it: "the Congressional Budget Office
            # reported", whose report is the news with what it says)
            named = any(c.dep_ == "nsubj" and c.ent_type_ for c in verb.children)
            return verb if verb.lemma_.lower() in CLAIM_VERBS or hedged(top) or a_view(top) or named else None
    if verb is None or verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return None
    source = sent.doc[comma.i + 1 : verb.i]  # the source: a noun phrase, no verb of its own
    if not len(source) or source[0].pos_ not in ("DET", "PROPN", "ADJ", "NOUN", "NUM") or \
            any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in source):
        return None
    if any(t.i > verb.i and not (t.is_punct or t.is_space or any(a.head.i == verb.i and a.dep_ == "prep" for a in [t, *t.ancestors]))
           for t in sent):
        return None  # more than the source's own phrases after it: not a source named last
    if verb.lemma_.lower() in CLAIM_VERBS or hedged(top) or a_view(top):
        return verb
    return None
