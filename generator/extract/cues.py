"""Reading the speech tag of a quotation: the cue verb, the speaker mention, the channel.

`find_cue` reads the dependency parse around a quotation (outside its marks) for the
speech verb and its subject ("..., he said", "said X, the Y", "X told reporters: ...",
"according to X"), and says what kind of evidence it found (`Cue.kind`, a key of
`confidence.EVIDENCE`). Turning the mention into one of the story's actors is
`speakers.SpeakerResolver`'s job.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..lexicon.titles import FEMALE_HONORIFICS, MALE_HONORIFICS
from .quote_marks import DOUBLE_MARKS, OPENING_MARKS, SINGLE_MARKS, QuoteMask
from .sentences import entity_at, per_doc, sents, text_of

_CUES = lexicon.load("cues")
SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
CHANNEL_NOUNS: dict[str, str] = _CUES["channels"]
# words for people that show their gender ("chairwoman", "his brother") and titles that do ("Mrs")
MALE_WORDS = frozenset(_CUES["gender"]["male"]) | MALE_HONORIFICS
FEMALE_WORDS = frozenset(_CUES["gender"]["female"]) | FEMALE_HONORIFICS
SPOKES_WORDS = lexicon.words("cues", "spokes_words")
SPEAKS_FOR = frozenset(("office", "campaign", "team", "staff", "camp", "administration"))
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
NOT_SPEAKERS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
NOT_SOMEONE = frozenset(("it", "this", "that", "there", "which", "what"))  # subjects that cannot say anything
WINDOW = 80  # tokens either side of a quotation where its speech tag may stand
# "said X": the model labels an inverted subject any of these ways
INVERTED = ("nsubj", "dobj", "attr", "npadvmod", "appos", "oprd", "dep", "nmod", "conj")


# "a Democratic staffer": nouns for people that may stand as an unnamed speaker
DESCRIPTION_NOUNS = lexicon.words("speaker_nouns") | {w for w in lexicon.words("roles") if " " not in w} | \
    lexicon.words("people_nouns")
# "Hoff's letter": documents that speak for whoever wrote them
DOCUMENT_NOUNS = lexicon.words("document_nouns")
# what someone says, as a noun: "Clinton's answer was: ..." is Clinton's
UTTERANCE_NOUNS = frozenset("answer response reply reaction retort remark comment word claim assertion accusation "
                            "allegation charge promise pledge suggestion insistence argument".split())
# conjunctions that make a clause say when or why, not what someone said
SUBORDINATORS = frozenset("after before when whenever while because since as although though until once unless "
                          "if".split())
# verbs whose object is the person spoken to or about ("telling Reuters", "called Trump a liar"): never the speaker
ADDRESSEE_VERBS = lexicon.words("cues", "addressee_verbs")



@dataclass
class Cue:
    verb: Token | None
    speaker: Span | None
    channel: str | None
    direct: bool = False  # the speaker is the subject of the quotation's own cue verb
    kind: str = ""  # which reading found it: a key of `confidence.EVIDENCE`
    # what makes the words second-hand (`second_hand`): more keys of `confidence.EVIDENCE`
    hearsay: tuple[str, ...] = ()


def _name_span(tok: Token) -> Span:
    """The mention a subject token stands for: its name, or its noun phrase without clauses."""
    doc = tok.doc
    if tok.ent_type_ in NAME_LABELS:
        ent = entity_at(doc, tok.i)
        if ent is not None:
            return ent
    if tok.pos_ == "PRON":
        return doc[tok.i : tok.i + 1]
    a, b = _hyphenated(tok)
    if b > a:
        # "The e-mail said": the model splits the word in three and any part may be the subject
        left = min([a] + [c.left_edge.i for t in doc[a : b + 1] for c in t.lefts
                          if c.i < a and c.dep_ in ("det", "amod", "compound", "poss", "nummod")])
        return doc[left : b + 1]
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "case") or child.pos_ == "PROPN":
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        # "a spokesman for Disney", "the governor of Ohio": the organisation belongs to the mention
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with") and \
                any(t.pos_ == "PROPN" for t in child.subtree):
            right = max(right, child.right_edge.i)
        elif child.dep_ == "compound" or (child.pos_ == "PROPN" and child.dep_ in ("flat", "appos") and child.i == right + 1):
            right = max(right, child.i)
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left : right + 1]


mention_span = _name_span  # for the resolver: the mention a subject token stands for


def _hyphenated(tok: Token) -> tuple[int, int]:
    """The tokens of the hyphenated word a token is part of ("e - mail"), as first and last index."""
    doc = tok.doc
    a = b = tok.i
    while a > 0 and not doc[a - 1].whitespace_ and (doc[a - 1].text == "-" or doc[a].text == "-") and \
            doc[a - 1].is_alpha | (doc[a - 1].text == "-"):
        a -= 1
    while b + 1 < len(doc) and not doc[b].whitespace_ and (doc[b + 1].text == "-" or doc[b].text == "-") and \
            doc[b + 1].is_alpha | (doc[b + 1].text == "-"):
        b += 1
    return a, b


def _subject(verb: Token, outside) -> Token | None:
    # a preposition is no subject, whatever the parse says ("Of Carson, Levine said")
    found = [c for c in verb.children if c.dep_ in SUBJECTS and outside(c) and c.pos_ != "ADP"]
    if len(found) > 1:
        # `LONDON (Reuters) - Donald Trump said`: the model gives the dateline a subject's label too;
        # the subject is the one nearest the verb
        found.sort(key=lambda c: abs(verb.i - c.i))
        found = _name_before_appositive(found)
    for child in found:
        if child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "X, who said ..."
        if child.dep_ == "csubj" and child.tag_ == "VBG":
            # "Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council, said:": the parser took
            # the opening participle's clause for the subject and hung the name on it; an opening participle
            # says what its sentence's subject does, the name after its comma
            doc = verb.doc
            named = next((c for c in child.rights if c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "appos", "dep", "nsubj")
                          and doc[c.left_edge.i - 1].text == "," and outside(c)), None)
            if named is not None:
                return named
        return child
    # `"...," Conway notes.`, `Beck joked, "..."`: the model may take a name right before a verb for a
    # compound of it; a verb has no compounds, the name is its subject
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head.i == verb.i and before.dep_ == "compound" and before.pos_ == "PROPN" and \
            outside(before) and before.ent_type_ not in NOT_SPEAKERS:
        return before
    # `"...," Will wrote.`: a modal takes the bare verb, never "wrote" or "says"; a capitalised "Will"
    # before one is a name
    if before is not None and before.head.i == verb.i and before.dep_ == "aux" and \
            verb.lower_ != verb.lemma_.lower() and before.text[:1].isupper() and \
            before.lower_ in ("will", "may", "can", "shall") and outside(before):
        return before
    return None


def _agent(verb: Token, outside) -> Token | None:
    """`Sanders was asked by host Bill Maher, "..."`: a passive speech verb's speaker is its agent,
    not its subject ("quoted by the Times as saying" is the subject's words, not the Times')."""
    # (`Asked by Jane Holt whether the mayor "understands" the valley, Ortega ...`: a passive participle with
    # no subject of its own is the agent's doing too)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) or \
        (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ in SUBJECTS for c in verb.children))
    if verb.lemma_.lower() == "quote" or not passive:
        return None
    for child in verb.children:
        if child.dep_ == "agent" and outside(child):
            return next((c for c in child.children if c.dep_ == "pobj" and outside(c)), None)
    return None


def _name_before_appositive(found: list[Token]) -> list[Token]:
    """`Rhodri Glyn Thomas, Plaid Cymru health spokesman said`: the model makes the appositive a
    second subject, nearer the verb; a person's name set off by a comma before it is the speaker."""
    near = found[0]
    if near.pos_ != "NOUN" or near.ent_type_:
        return found
    doc = near.doc
    for other in found[1:]:
        if other.ent_type_ == "PERSON" and other.i + 1 < near.i and doc[other.i + 1].text == "," and \
                near.left_edge.i == other.i + 2:
            return [other] + [t for t in found if t is not other]
    return found


def _past_dateline(subj: Token) -> Token:
    """`Washington (AFP) - Democrat Hillary Clinton has ...`: the model makes the dateline's place
    the subject and the person its appositive; the person is the speaker."""
    # the dateline's place in capitals, whatever label the model gave it ("PARIS (Reuters) -")
    if subj.ent_type_ in ("GPE", "LOC") or (subj.is_upper and len(subj.text) > 2):
        for child in subj.rights:
            if child.dep_ in ("appos", "conj", "dep") and child.ent_type_ == "PERSON":
                return child
    return subj


def _named_by_apposition(subj: Token) -> Token:
    """`her senior policy adviser, Jake Sullivan, said`: the description's appositive name is the speaker,
    not whoever the description's possessive names."""
    # "One of the university's top executives, Michael Sexton, testified": "One" too
    if (subj.pos_ == "NOUN" and not subj.ent_type_) or (subj.pos_ == "NUM" and subj.ent_type_ in ("", "CARDINAL")):
        for child in subj.rights:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                return child
        # "Labour's deputy minister for women Jacqui Smith accused ...": the parser hangs the name on the
        # office's "for" phrase; a person's name run on to the office's last noun, right before the verb, is who
        # holds it (not "An aide to Ms Okafor said", where the name is the phrase's own: the aide speaks)
        last = subj.right_edge
        first = last
        while first.i > subj.i and first.doc[first.i - 1].ent_type_ == "PERSON" and first.ent_iob_ == "I":
            first = first.doc[first.i - 1]
        before = first.doc[first.i - 1]
        if last.i > subj.i and last.ent_type_ == "PERSON" and last.dep_ == "pobj" and last.i + 1 == subj.head.i and \
                before.pos_ == "NOUN" and before.is_lower:
            return last
    return subj


def _inverted_subject(verb: Token, outside) -> Token | None:
    # `"How big is that wall?" asked the boy`: right after a quotation, even "asked" inverts
    addressee = verb.lemma_.lower() in ADDRESSEE_VERBS and not _after_close(verb)
    for child in verb.rights:
        if not outside(child) or child.dep_ not in INVERTED or child.ent_type_ in NOT_SPEAKERS:
            continue
        if addressee and child.dep_ in ("dobj", "dative", "oprd", "attr"):
            continue
        if child.ent_type_ in NAME_LABELS or child.pos_ in ("PROPN", "PRON") or \
                (child.pos_ == "NOUN" and any(t.dep_ == "det" for t in child.lefts)):
            if child.pos_ == "PRON" and child.lower_ not in ("he", "she", "they", "i", "we"):
                continue
            return _person_described(child) or child
    return None


def _person_described(first: Token) -> Token | None:
    """`said Tory shadow local government secretary Caroline Spelman`: the name a description after "said"
    ends on is who speaks, whatever the parser made of the description's words (it took "Tory" for the
    subject of a verb "shadow"); the party, the body or the office before the name only say which one."""
    if first.ent_type_ == "PERSON":
        return None
    doc = first.doc
    for tok in doc[first.i + 1 : min(first.sent.end, first.i + 8)]:
        if tok.is_punct or tok.pos_ in ("CCONJ", "ADP", "DET", "PRON", "AUX"):
            return None
        if tok.ent_type_ == "PERSON":
            end = tok.i
            while end + 1 < first.sent.end and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
                end += 1
            return doc[end]
    return None


def _after_close(verb: Token) -> bool:
    """The verb follows a closing quotation mark with only punctuation between."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in OPEN_CLOSE:
        i -= 1
    return i >= 0 and doc[i].text in ('"', "\u201d", "''")


def _issuer(noun: Token, outside) -> Token:
    """`Black Lives Matter issued a statement saying "..."`, `Trump released a video that said
    "..."`: a document that speaks is its issuer's words, when a person or organisation issued it."""
    if noun.lower_ in DOCUMENT_NOUNS and noun.dep_ == "dobj":
        subj = _subject(noun.head, outside)
        if subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in ("he", "she")):
            return subj
    return noun


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the story's PERSON names (`doc.ents` walks every token on each call)."""
    return per_doc(doc, "person_words",
                   lambda d: frozenset(t.lower_ for e in d.ents if e.label_ == "PERSON" for t in e if t.is_alpha))


def _a_person_named(tok: Token) -> bool:
    """`"...," Roe said`, where the model takes "Roe" for a law: a proper noun that is a word of a
    person's name elsewhere in the story is that person, whatever label it got here."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ in _person_words(tok.doc)


def speaker_of(verb: Token, outside) -> Span | None:
    """The speaker mention of a cue verb; up the tree for "..., he said, adding ..." and "quoted as saying"."""
    return speaker_and_steps(verb, outside)[0]


def speaker_and_steps(verb: Token, outside) -> tuple[Span | None, int]:
    """`speaker_of`, and how many clauses up from the verb the speaker was found (0: its own subject)."""
    tok: Token | None = verb
    joined = False  # reached from a verb coordinated with this one
    for step in range(4):
        if tok is None:
            break
        # a passive verb's agent is not the subject of a verb coordinated with it: `X was joined by Y
        # and joked` is X's (`X was singled out by Y for not doing enough` is Y's)
        subj = (None if joined else _agent(tok, outside)) or _subject(tok, outside)
        if subj is None and tok.i > verb.i - 1 and tok is verb and verb.tag_ != "VBG" and \
                (verb.lemma_.lower() in SPEECH_VERBS or _after_close(verb)):
            # "said X" inverts; "..., calling the move X" does not: a gerund's speaker is up the tree;
            # nor does a verb of another kind, unless right after the quotation (`"...!" boomed X`): in
            # `the decision to quit the Northern Partnership as "wonderful"` the partnership says nothing
            subj = _inverted_subject(tok, outside)
        if subj is not None and step and subj.lower_ in NOT_SOMEONE:
            # `Suu Kyi said it was too early but added, "..."`: the parse hangs "added" on the clause
            # whose subject is "it"; a clause of what was said is no speaker, the speaker is further up
            subj = None
        if subj is not None and subj.pos_ == "NUM":
            subj = _named_by_apposition(subj)
        if subj is not None and (subj.ent_type_ not in NOT_SPEAKERS or _a_person_named(subj)):
            return _name_span(_named_by_apposition(_past_dateline(_issuer(subj, outside)))), step
        if tok.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "relcl", "acl", "dep") and \
                tok.head.pos_ in ("VERB", "AUX", "NOUN") and tok.head is not tok:
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
                return _name_span(_issuer(tok.head, outside)), step + 1
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.lemma_.lower() in SPEECH_VERBS and \
                    tok.head.head.lemma_.lower() in SPEECH_VERBS:
                # `Clinton said Trump is responsible and accused him of "..."`: the parse joins the second
                # speech verb to the reported clause; it goes with the first, whose subject speaks
                tok = tok.head.head
                continue
            joined = tok.dep_ == "conj"
            tok = tok.head
        elif tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"):
            joined = False
            tok = tok.head.head
        else:
            break
    return None, 0


def _according_to(tokens: list[Token]) -> Span | None:
    for tok in tokens:
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(tok.doc) else False:
            for child in tok.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return _name_span(child)
    return None


def channel_of(verb: Token | None, tokens: list[Token], outside) -> str | None:
    """How it was said: "told reporters", "in a statement", "tweeted", "on Fox News Sunday"."""
    if verb is not None:
        if verb.lemma_.lower() == "tweet":
            return "Twitter"
        for child in verb.children:
            if not outside(child):
                continue
            if verb.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and child.pos_ in ("NOUN", "PROPN"):
                span = _name_span(child)
                return " ".join(t.text for t in span if t.dep_ != "det" or t.i != span.start).replace(" 's", "'s")
            if child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "during", "at", "via", "through"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    word = pobj.lower_
                    if word in CHANNEL_NOUNS:
                        return CHANNEL_NOUNS[word]
                    if pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "WORK_OF_ART", "FAC") and child.lower_ in ("on", "to"):
                        return _name_span(pobj).text
    words = " ".join(t.lower_ for t in tokens)
    for key in ("tweet", "tweeted", "statement", "press conference", "news conference", "interview"):
        if re.search(rf"\b(in|on|during) (a|an|the|his|her|their|its) (\w+ )?{re.escape(key)}\b", words):
            return CHANNEL_NOUNS[key]
    return None


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence of token i, by bisection over the sentences computed once: `Token.sent` walks
    the whole sentence on each call, which a sentence of thousands of quotations makes quadratic."""
    spans = sents(doc)
    starts = per_doc(doc, "sentence_starts", lambda d: [s.start for s in spans])
    return spans[bisect_right(starts, i) - 1]


def find_cue(doc: Doc, start: int, end: int, inside: QuoteMask, text: str | None = None) -> Cue | None:
    """Cue verb, speaker mention and channel of the quotation at token span [start, end), with what
    makes the words second-hand (`Cue.hearsay`)."""
    cue = _find_cue(doc, start, end, inside, text)
    if cue is not None and cue.verb is not None and cue.speaker is not None:
        cue.hearsay, teller = second_hand(cue.verb, cue.speaker, lambda t: not inside[t.i])
        # (`The council denied it, with its spokesman taking to Twitter to call the story "made up"`: whoever
        # takes to Twitter calls; an infinitive's subject is that of the verb it hangs from, the parse's
        # participle's not)
        if teller is not None and (cue.kind == "clause_subject" and cue.verb.tag_ == "VBG" or
                                   _reported_by_another(cue.verb) and _someone(teller)):
            # `Byrne wrote the agents knew to brace for it, saying, "..."`: a participle the parse hangs
            # from a reported clause goes on with the one who reports it (still a guess); and `Meeks said
            # Clinton called on members to be "closely coordinated"`: the story has the words from the
            # one who reports them, in whose reported clause they stand ("leaked documents suggested X
            # branded it" are no one: the words stay X's)
            cue.speaker = teller
    return cue


def _reported_by_another(verb: Token) -> bool:
    """Whether a speech verb stands in what another speech verb reports: reached from it through
    clausal complements only (`Meeks said Clinton called on them`, not `Axelrod tweeted after Clinton
    argued`), or with it set in as an aside (`CNN, Cruz said, called it`)."""
    if _aside_teller(verb) is not None:
        return True
    tok = verb
    while tok.dep_ in ("ccomp", "xcomp") and tok.head is not tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def _aside_teller(verb: Token) -> Token | None:
    """A speech verb set in a clause as an aside, reporting it: `CNN, Cruz said, called it "..."`.
    A clause that says when or why (`Ortega said, after Holt said ...`) is no one's report, whatever
    the parse joined to it."""
    if _subordinate(verb, opens=False):
        return None
    return next((c for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS), None)


def second_hand(verb: Token, speaker: Span, outside) -> tuple[tuple[str, ...], Span | None]:
    """How the story says it did not hear the words itself: `"...," Walker said, according to an
    Associated Press account` (the reporter has them from the account, which may word them its own
    way: "according_to_other"), and `Cruz said CNN called the announcement "..."` (one speaker
    reports what another said: "nested_report", with the one who reports it). The speaker read from
    the tag is likely right, but the words are the reporter's source's, not a record: such
    attributions are shown as unsure."""
    out: list[str] = []
    sent = sentence_of(verb.doc, verb.i)

    def apart(span: Span) -> bool:
        return span.end <= speaker.start or span.start >= speaker.end

    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to" and outside(tok):
            source = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if source is not None and apart(_name_span(source)):
                out.append("according_to_other")
                break
    # the speech verb above this one, or set in it as an aside (`CNN, Cruz said, called it "..."`)
    tellers = [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in SPEECH_VERBS
               and outside(a)][:1]
    aside = _aside_teller(verb)
    tellers += [aside] if aside is not None and outside(aside) else []
    # "he" in what someone reports is most often the reporter himself: `Trump said he told them "..."`;
    # `"...," as a memo put it` says who said the words, in whatever sentence it stands
    for teller_verb in tellers if speaker.root.pos_ != "PRON" and not as_tag(verb) else ():
        teller = speaker_of(teller_verb, outside)
        if teller is not None and apart(teller):
            return tuple(out) + ("nested_report",), teller
    return tuple(out), None


def _find_cue(doc: Doc, start: int, end: int, inside: QuoteMask, text: str | None = None) -> Cue | None:
    """`find_cue` without the hearsay.

    `inside` marks the tokens within quotation marks; `text` is `doc.text` (which joins every token
    on each call). The search stays within `WINDOW` tokens of the quotation, so a sentence of
    thousands of quotations costs each of them the same."""

    def outside(tok: Token) -> bool:
        return not inside[tok.i]

    first, last = sentence_of(doc, start), sentence_of(doc, end - 1)
    lo, hi = max(first.start, start - WINDOW), min(last.end, end + WINDOW)
    # "... the law?" he asked.  The model may end the sentence at the quote's end
    if hi < len(doc) and end >= hi - 1 and hi == last.end:
        nxt = sentence_of(doc, hi)
        nxt = doc[nxt.start : min(nxt.end, hi + WINDOW)]
        head = next((t for t in nxt if not (t.is_punct or t.is_space)), None)
        if head is not None and outside(head) and \
                (head.is_lower or head.lemma_.lower() in SPEECH_VERBS or
                 (_split_tag(doc, lo, start, end) and _speech_tag(nxt, any_verb=True)) or (_short(nxt) and _speech_tag(nxt))) and \
                "\n\n" not in doc[hi - 1 : hi + 1].text_with_ws:
            hi = nxt.end
    signed = _dash_signature(doc, end)
    if signed is None:
        signed = _signature_below(doc, text_of(doc) if text is None else text, end)
    if signed is not None:
        return Cue(None, signed, None, direct=True, kind="signature")
    tagged = _name_then_verb(doc, start, end, hi, outside)
    if tagged is not None:
        return Cue(tagged.verb, tagged.speaker, channel_of(tagged.verb, list(doc[lo:hi]), outside), direct=True,
                   kind="tag_after")
    around = [t for t in doc[lo:hi] if outside(t)]
    verbs = [t for t in around if t.pos_ in ("VERB", "AUX") and
             ((t.lemma_.lower() in SPEECH_VERBS and not _aspectual(t) and not _negated(t)) or _puts_it(t) or
              _points_out(t))]

    def distance(v: Token) -> int:
        return start - v.i if v.i < start else v.i - end + 1

    verbs.sort(key=lambda v: (distance(v), v.i < start))
    # `in a clip that Judge Mosman called "distasteful", Santilli expressed a desire to "..."`: a speech
    # verb in a clause of its own that holds another quotation and not this one is that quotation's
    verbs = [v for v in verbs if not _owns_another(v, start, end, inside) and not _clause_after(v, start, end)
             and not _relative_before(v, start) and not says_its_noun(v, start)]
    clause = _subordinate_around(doc, start, end)
    if clause is not None:
        # `When Holt noted that ... "homes for everyone," the mayor jumped on ...`: the tag is in the clause
        verbs = [v for v in verbs if clause.left_edge.i <= v.i <= clause.right_edge.i]
    if not verbs or distance(verbs[0]) > 3:
        # `When Trump suggested ..., Rubio fired back: "..."`: the verb that introduces the quotation
        # with a colon governs it, whatever verb it is, before a speech verb further off
        colon_verb = _colon_verb(doc, start, lo, outside)
        speaker = speaker_of(colon_verb, outside) if colon_verb is not None else None
        if speaker is not None and (speaker.root.pos_ in ("PROPN", "PRON") or speaker.root.ent_type_):
            return Cue(colon_verb, speaker, channel_of(colon_verb, around, outside), direct=True,
                       kind="colon_intro_verb")
    owner = _claim_owner(doc, start, end, outside)
    if owner is not None:
        # `The mayor blamed the papers for Ortega's claim that the council "wasted millions"`: whoever's
        # claim it is; the noun stands for the speech verb (the words are given with its clause)
        return Cue(owner.head, _name_span(owner), None, direct=True, kind="claim_owner")
    for verb in verbs:
        speaker, steps = speaker_and_steps(verb, outside)
        if speaker is not None:
            # the verb's own subject, or that of a clause the verb hangs from ("X ..., saying")
            kind = "verb_subject" if distance(verb) <= 3 else "verb_subject_far"
            kind = kind if steps == 0 else "clause_subject"
            return Cue(verb, speaker, channel_of(verb, around, outside), direct=True, kind=kind)
    for verb in verbs:
        # `X shared the news, writing "..."`, where the parse loses the gerund's attachment:
        # the subject of the sentence it stands in
        if verb.tag_ == "VBG" and verb.i < start and start - verb.i <= 3 and doc[verb.i - 1].text == ",":
            root = sentence_of(doc, verb.i).root
            subj = next((c for c in root.children if c.dep_ in ("nsubj",) and outside(c) and c.i < verb.i), None)
            if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
                return Cue(verb, _name_span(subj), channel_of(verb, around, outside), direct=True, kind="gerund_subject")
    surface = _surface_cue(doc, start, end, lo, hi, outside)
    if surface is not None:
        return surface
    according = _according_to(around)
    if according is not None:
        return Cue(None, according, channel_of(None, around, outside), direct=True, kind="according_to")
    governing = _governing_verb(doc, start, end, outside)
    if governing is not None:
        speaker = speaker_of(governing, outside)
        # a document speaks for its author (`The letter demanded that ...`)
        if speaker is not None and (_someone(speaker) or speaker.root.lower_ in DOCUMENT_NOUNS):
            return Cue(governing, speaker, channel_of(governing, around, outside), direct=True, kind="governing_verb")
    introducer = _colon_clause(doc, start, lo, outside)
    if introducer is not None:
        speaker = speaker_of(introducer, outside)
        if speaker is not None and _someone(speaker):
            return Cue(introducer, speaker, channel_of(introducer, around, outside), direct=True, kind="colon_clause")
    if verbs:
        return Cue(verbs[0], None, channel_of(verbs[0], around, outside), kind="verb_only")
    # `"...," Toomey fumed.` / `She laughed: "..."`: any verb with a subject right at the quote
    for verb in _adjacent_verbs(doc, start, end, lo, hi, outside):
        speaker = speaker_of(verb, outside)
        if speaker is not None and (speaker.root.pos_ in ("PROPN", "PRON") or speaker.root.ent_type_):
            return Cue(verb, speaker, channel_of(verb, around, outside), kind="adjacent_verb")
    # "He said:" closing the previous sentence introduces this one; so does the sentence before,
    # in the same paragraph or closing the one before, whose speaker is named with a speech verb
    # ("X called him a master." / `..." said X.` then a paragraph of quotation)
    if lo > 0 and lo == first.start:
        prev = sentence_of(doc, lo - 1)
        prev = doc[max(prev.start, lo - WINDOW) : prev.end]
        same_paragraph = "\n" not in doc[prev.start : lo].text_with_ws.strip()
        if prev.text.rstrip().endswith(":") or same_paragraph:
            pverbs = [t for t in prev if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS and outside(t)]
            # `Carter said that critics had been predicting ...`: the speech verb of the main clause
            # speaks; one inside what it reports is part of the report
            pverbs.sort(key=lambda v: (_reported(v), -v.i))
            for verb in pverbs:
                speaker = speaker_of(verb, outside)
                if speaker is not None:
                    colon = prev.text.rstrip().endswith(":")
                    # the quotation opens its own sentence (`X said ... . "..."`), or stands inside a
                    # sentence whose own frame the parse lost (`X's answer was that "..."`)
                    opens = all(t.is_punct or t.is_space for t in doc[first.start : start])
                    own = None if colon or opens else _own_subject(first, start, outside)
                    if own is not None:
                        # `Sanders shot back, "..."`, `Clinton's response was: "..."`: the sentence the
                        # quotation stands in has a speaker of its own, before it
                        return Cue(own[0], own[1], channel_of(own[0], around, outside), kind="own_subject")
                    return Cue(verb, speaker, channel_of(verb, list(prev), outside),
                               kind="colon_intro" if colon else "previous_sentence" if opens else "previous_sentence_inside")
            if prev.text.rstrip().endswith(":"):
                # `Trump leaned in and boomed:` / `Stated Stone:`: whatever verb introduces the quotation
                colon = max(t.i for t in prev if t.text == ":")
                named = _capitalised_before(doc, colon - 1, prev.start)
                if named is not None and named.start > prev.start and _speech_word(doc[named.start - 1]) and \
                        outside(named[0]):
                    return Cue(None, named, None, direct=True, kind="colon_name")
                verb = next((t for t in reversed(doc[prev.start : colon]) if t.pos_ == "VERB" and outside(t)), None)
                speaker = speaker_of(verb, outside) if verb is not None else None
                if speaker is not None and (speaker.root.pos_ in ("PROPN", "PRON") or speaker.root.ent_type_):
                    return Cue(verb, speaker, channel_of(verb, list(prev), outside), kind="colon_intro_verb")
    introduced = _introduced(doc, text_of(doc) if text is None else text, start, end, outside)
    if introduced is not None:
        return Cue(None, introduced, None, kind="introduced")
    return None


def _clause_after(verb: Token, start: int, end: int) -> bool:
    """A speech verb after the quotation in a clause of its own that the quotation's clause governs:
    `The Tories dismissed the plan as "desperate", while Labour said it was too late`. Labour did
    not say the words; a tag (`"...," Labour said`) governs the quotation or hangs from it."""
    if verb.i < end or verb.dep_ not in ("advcl", "conj", "relcl"):
        return False
    if as_tag(verb):
        return False  # `"...," as a memo put it` is a tag
    if _subordinate(verb):
        return True  # `"That makes me careful," when the mayor attacked him`: a clause that says when is no tag
    head = verb.head
    quoted = verb.doc[start:end].root
    return head.i < start and quoted in head.subtree and quoted not in verb.subtree


def as_tag(verb: Token) -> bool:
    """`"a steady and lawful income," as the home secretary put it`: a clause opened by "as" that says
    who said the words before it."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _subordinate(verb: Token, opens: bool = True) -> bool:
    """A clause with a conjunction that says when, why or on what condition (`when the mayor attacked
    him`, `after Holt said ...`): it tells of something else, not of who said the words beside it. With
    `opens`, the conjunction opens the clause and the clause is none a verb takes (`asked the mayor if
    she would resign` is what is asked); without, a conjunction the parse gave the verb will do."""
    if opens and verb.dep_ == "ccomp":
        return False
    return any(c.dep_ in (("mark", "advmod") if opens else ("mark",)) and c.lower_ in SUBORDINATORS and
               c.lower_ != "as" and (c.i == verb.left_edge.i or not opens) for c in verb.children)


def _relative_before(verb: Token, start: int) -> bool:
    """A speech verb of a relative clause that closes before the quotation: `a candidate who pledged to
    shut the library: "..."`. A relative clause describes its noun; it speaks only for words inside it."""
    return verb.dep_ == "relcl" and verb.i < start and verb.right_edge.i < start


def says_its_noun(verb: Token, start: int) -> bool:
    """`Nothing the premier said "will ease the town's worries," the senator said`: a verb of saying in
    a relative clause with a subject of its own said the noun it describes ("nothing"), not the words
    after it. (A verb that takes a person and a name for them, `the man she called "a loser"`, is
    another matter.)"""
    return verb.dep_ == "relcl" and verb.i < start and verb.lemma_.lower() not in ADDRESSEE_VERBS and \
        any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" for c in verb.children)


def _owns_another(verb: Token, start: int, end: int, inside: QuoteMask) -> bool:
    """A verb of a relative clause whose words hold a quotation other than the one at [start, end)."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    return not (lo < end and start < hi) and any(inside[i] for i in range(lo, hi))


# verbs that say what someone becomes or stays, not what they say or do to anyone
_BECOMING_VERBS = frozenset("become remain stay".split())


def _governing_verb(doc: Doc, start: int, end: int, outside) -> Token | None:
    """The verb whose object holds the quoted words, outside the marks: `welcomed the new targets
    "to make ..."`, `Trump attacked "the hateful ideology ..."`. Whoever does it is quoting."""
    tok = doc[start:end].root
    for _ in range(3):
        head = tok.head
        if head is tok or not outside(head):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.pos_ in ("NOUN", "PROPN") and owner is not None and owner.pos_ != "PRON":
            # `mocked Trump's claim that "..."`: the words are Trump's ("repeated his claim" is left
            # to the subject, who is likely "his")
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in _BECOMING_VERBS:
            # `went on to become Tony Blair's "cabinet enforcer"`: what someone becomes or stays is the
            # writer's label for them, quoted, no words of theirs, unless the clause is what someone says or
            # fears (`Ryan worried that the safety net was becoming "a hammock ..."`), whose words they are
            if head.dep_ != "ccomp":
                return None
            tok = head
            continue
        if head.pos_ == "VERB":
            # the quotation stands in what the verb takes, not in a clause of its own beside it
            if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "oprd", "acl", "relcl", "amod", "compound",
                                "ccomp", "xcomp", "appos", "npadvmod", "advcl"):
                return None
            if head.dep_ == "relcl" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == "," and \
                    any(t.text == "," for t in doc[head.i : start]) and head.head.head.pos_ == "VERB" and \
                    outside(head.head.head):
                # `praising Albright, who ended her run on Sunday, as "a rival who didn't sink to smears"`: a
                # relative clause set off by commas ends at its second comma; what follows is the main verb's
                head = head.head.head
            # `The letter demanded that the firm make "a full public apology"`: a clause that another verb
            # takes ("that ...") is what that verb's subject says, wants or thinks
            while head.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) and \
                    head.head.pos_ in ("VERB", "AUX") and outside(head.head) and \
                    any(c.dep_ in SUBJECTS for c in head.head.children):
                head = head.head
            return head
        tok = head
    return None


def _claim_owner(doc: Doc, start: int, end: int, outside) -> Token | None:
    """The owner of the claim, remark or answer whose words the quotation stands in: `Senator Ortega's
    claim that the council "wasted millions"` is Ortega's, whoever speaks of the claim."""
    tok = doc[start:end].root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or not outside(head):
            return None
        # the words are what the claim says ("claim that ...", "promise of ..."), not said of it ("called
        # Ortega's remarks "unfair"")
        if head.pos_ == "NOUN" and head.lemma_.lower() in UTTERANCE_NOUNS and \
                (tok.dep_ in ("acl", "ccomp", "appos") or (tok.dep_ == "prep" and tok.lower_ == "of")):
            owner = next((c for c in head.children if c.dep_ == "poss" and outside(c)), None)
            if owner is None or not (owner.lower_ in ("his", "her") or owner.ent_type_ in ("PERSON", "ORG", "NORP")):
                return None
            return owner
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SPEECH_VERBS:
            return None  # a report inside the claim has its own speaker
        tok = head
    return None


def _own_subject(sent: Span, start: int, outside) -> tuple[Token, Span] | None:
    """The named subject of a sentence's main clause, before the quotation at token `start` and
    outside quotation marks, or the owner of that subject ("Clinton's response was"): the verb and
    the mention."""
    # the main clause's verb: the sentence's root, or a verb the parse hung on the quotation itself
    roots = [t for t in sent.doc[sent.start : start] if t.pos_ in ("VERB", "AUX") and outside(t)
             and (t.head is t or not outside(t.head))]
    root = roots[0] if roots else None
    subj = _subject(root, outside) if root is not None else None
    if subj is None or subj.i >= start:
        return None
    # "Clinton's response was": words or a document speak for their owner; "Obama's questioners" do not
    owner = next((c for c in subj.children if c.dep_ == "poss" and outside(c) and c.pos_ == "PROPN"), None) \
        if subj.lemma_.lower() in UTTERANCE_NOUNS | DOCUMENT_NOUNS else None
    mention = _name_span(owner if owner is not None else subj)
    return (root, mention) if _someone(mention) else None


def _someone(span: Span) -> bool:
    """A mention that can be a speaker by itself: a name or a personal pronoun."""
    root = span.root
    return root.ent_type_ in ("PERSON", "ORG", "NORP") or root.lower_ in ("he", "she") or \
        (root.pos_ == "PROPN" and root.ent_type_ not in NOT_SPEAKERS)


def _introduced(doc: Doc, text: str, start: int, end: int, outside) -> Span | None:
    """`Valastro praised Christie's leadership.` then a paragraph that is nothing but a quotation:
    the person the paragraph before ended on, as its subject, is likely the one quoted. A guess,
    flagged as one; never when that paragraph ends with a quotation of its own (that speaker goes on)."""
    s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    para_start = text.rfind("\n\n", 0, s_char)
    para_end = text.find("\n\n", e_char)
    para_end = len(text) if para_end < 0 else para_end
    if text[e_char:para_end].strip(" \n\"\u201d.,!?") != "":
        return None
    if para_start < 0 or text[para_start:s_char].strip() not in ("",) + OPENING_MARKS:
        # or a quotation that is the last sentence of its paragraph, after a sentence that introduces
        # someone: `"A," he said. Resident Mary Durning disagreed. "B."`
        sent_start = sentence_of(doc, start).start_char
        if sent_start <= para_start or text[sent_start:s_char].strip() not in ("",) + OPENING_MARKS:
            return None
        para_start = sent_start
    before = text[:para_start].rstrip()
    if not before or before[-1] in ('"', "\u201d") or before[-2:] in ('."', ".\u201d"):
        return None
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return None
    sent = sentence_of(doc, last.start)
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj",) and outside(c)), None)
    if subj is None or sent.root.lemma_.lower() in ("be",):
        return None
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"):
        return _name_span(subj)
    return None


TAG_WORDS = ("PROPN", "PRON", "DET", "NOUN", "ADJ", "PART", "PUNCT")
SPEAKER_LABELS = ("PERSON", "ORG", "NORP")
DASHES = ("\u2015", "\u2014", "\u2013", "-", "--")
OPEN_CLOSE = tuple(sorted(DOUBLE_MARKS | SINGLE_MARKS)) + ("''", "``")  # marks as tokens, "''" and "``" too


def _entity_at(doc: Doc, i: int) -> Span | None:
    if 0 <= i < len(doc) and doc[i].ent_type_ in SPEAKER_LABELS:
        return entity_at(doc, i)
    return None


def _ends_line(doc: Doc, i: int) -> bool:
    """Nothing but punctuation from token i to the end of its line or the next quotation: a
    signature, not a clause."""
    while i < len(doc) and "\n" not in doc[i].text:
        if doc[i].text in ("\u201c", '"') and i + 1 < len(doc) and not doc[i + 1].is_space:
            return True  # the next quotation opens (lines within a paragraph are joined)
        if not (doc[i].is_punct or doc[i].is_space):
            return False
        i += 1
    return True


def _past_close(doc: Doc, end: int, hi: int, within_line: bool = False) -> int:
    """The first token after a quotation's closing mark and the punctuation around it."""
    i = end
    while i < hi and (doc[i].is_space or doc[i].text in OPEN_CLOSE or doc[i].text in (",", ".", "?", "!")):
        if within_line and "\n" in doc[i].text:
            break
        i += 1
    return i


def _dash_signature(doc: Doc, end: int) -> Span | None:
    """`"..." ― Veronica Cruz`: a name signed after the quotation with a dash."""
    i = _past_close(doc, end, len(doc), within_line=True)
    # `...every year.”― Pedro Alvarez`, `...so late?”― Maria Lopez`: the tokenizer keeps a closing mark and
    # a dash with no space between them whole, with the last word and its stop too
    glued = 0 < end <= len(doc) and doc[end - 1].text[-1:] in DASHES and len(doc[end - 1]) > 1 and \
        doc[end - 1].text[-2:-1] in OPEN_CLOSE
    if glued or (i < len(doc) and (doc[i].text in DASHES or (doc[i].text[:1] in OPEN_CLOSE and
                                                            doc[i].text[1:] in DASHES))):
        j = end if glued else i + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        ent = _entity_at(doc, j)
        # a signature is someone, whatever label the model gave the name
        if ent is not None and ent.label_ in ("PERSON", "ORG") and all(t.text[:1].isupper() for t in ent) \
                and _ends_line(doc, ent.end):
            return doc[j : ent.end]
    elif i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].text[:1] in DASHES and len(doc[i]) == 1:
        ent = _entity_at(doc, i)  # the model took the dash into the name
        if ent is not None and ent.end > i + 1 and _ends_line(doc, ent.end):
            return doc[i + 1 : ent.end]
    return None


# `"..."` then, on a line of its own, `- Sen. Bernie Sanders, in the debate.`: a dash, a few capitalised
# words, and at most a short description after a comma
SIGNATURE_LINE = re.compile(r"[-\u2015\u2014\u2013]+[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w.'\u2019-]*)"
                            r"[ \t]*(?:,[^\n]{0,100})?[ \t]*(?:\n|$)")


def _signature_below(doc: Doc, text: str, end: int) -> Span | None:
    """A quotation signed on the line below it, the way fact-checks and round-ups set a quotation apart:
    the quotation closes its paragraph and the next line is the dash and the name."""
    i = _past_close(doc, end, len(doc))
    if i >= len(doc) or end >= len(doc) or text.count("\n", doc[end].idx, doc[i].idx) not in (1, 2):
        return None
    m = SIGNATURE_LINE.match(text, doc[i].idx)
    if m is None:
        return None
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if name is None or name.start_char > m.start(1):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")  # the dash glued to the name
    return name if name is not None and len(name) else None


def _surface_cue(doc: Doc, start: int, end: int, lo: int, hi: int, outside) -> Cue | None:
    """The speech tag by its words where the parse found none: `"...," said NAME` and
    `Pew Research: "..."`."""
    # after the quotation: `"...," said NAME`
    i = _past_close(doc, end, hi)
    # `"...," telling Radio Leeds that ...`: a participle does not invert; the name after it is whom it tells
    if i < hi and outside(doc[i]) and doc[i].lemma_.lower() in SPEECH_VERBS and doc[i].tag_ != "VBG":
        for j in range(i + 1, min(i + 4, hi)):
            ent = _entity_at(doc, j)
            if ent is not None and all(t.text[:1].isupper() for t in doc[i + 1 : j]):
                person = _person_described(doc[j])
                return Cue(doc[i], (_entity_at(doc, person.i) if person is not None else None) or ent, None,
                           direct=True, kind="said_name")
    # before the quotation: `Pew Research: "..."`, `Said Ellis: "..."`, `- Mark Blumenthal and Jon Cohen: "..."`
    j = start - 1
    while j >= lo and (doc[j].is_space or doc[j].text in OPEN_CLOSE):
        j -= 1
    if j > lo and doc[j].text in (":", "):"):
        k = j - 1 if doc[j].text == ":" else j  # the tokenizer keeps "):" whole
        if doc[k].text in (")", "):"):
            # `Rep. Trey Gowdy (R-S.C.): "..."`: the party and state in brackets after the name
            k = next((m - 1 for m in range(k - 1, max(lo, k - 8), -1) if doc[m].text == "("), k)
        ent = _entity_at(doc, k)
        if ent is not None and ent.end == k + 1 and outside(doc[k]):
            verb = _addressing(ent)
            speaker = speaker_of(verb, outside) if verb is not None else None
            if speaker is not None and _someone(speaker):
                # `McConnell delivered a blunt message to Trump: "..."`: the one addressed is not the speaker
                return Cue(verb, speaker, None, direct=True, kind="colon_intro_verb")
            return Cue(None, ent, None, direct=True, kind="colon_name")
        named = _capitalised_before(doc, k, lo)
        if named is not None and outside(named[0]):
            return Cue(None, named, None, direct=True, kind="colon_name")
    return None


def _addressing(name: Span) -> Token | None:
    """The verb of a clause whose object (or its preposition's) is the name: `... a message to Trump:`."""
    tok = name.root
    if tok.dep_ not in ("pobj", "dobj", "dative"):
        return None
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _speech_word(tok: Token) -> bool:
    """A speech verb, also when the model takes its capitalised form for a name (`Stated Stone:`)."""
    low = tok.lower_
    return tok.lemma_.lower() in SPEECH_VERBS or low.removesuffix("d") in SPEECH_VERBS or \
        low.removesuffix("ed") in SPEECH_VERBS


def _capitalised_before(doc: Doc, k: int, lo: int) -> Span | None:
    """`- Pew Research: "..."`, `Continued Stone: "..."`: a few capitalised words that end at token k and
    open their line, follow a dash or follow a speech verb: a name introducing the quotation, whatever
    the model made of it."""
    m = k
    while m >= lo and k - m < 5 and doc[m].text[:1].isupper() and not doc[m].is_upper and \
            (doc[m].is_alpha or doc[m].text.endswith(".")):
        m -= 1
    first = m + 1
    if first <= k and _speech_word(doc[first]):
        first += 1  # `Continued Stone:`, `Said Ellis:`
    elif not (m < 0 or "\n" in doc[m].text or doc[m].text in DASHES):
        return None
    if first > k:
        return None
    return doc[first : k + 1]


def _name_then_verb(doc: Doc, start: int, end: int, hi: int, outside) -> Cue | None:
    """`"...," NAME[, appositive,] said`, read by its words: the parse often ties such a tag into
    the quotation or makes a title its subject ("Leeds highways Chief Omar Haddad said")."""
    i = _past_close(doc, end, hi)
    if i >= hi or not outside(doc[i]) or doc[i].text in DASHES:
        return None
    for j in range(i, min(i + 6, hi)):
        # title words before the name: "Tulsa police Chief Chuck Jordan said"
        if doc[j].is_punct or doc[j].lemma_.lower() in SPEECH_VERBS or \
                doc[j].pos_ in ("PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART"):
            return None
        ent = _entity_at(doc, j)
        if ent is None:
            continue
        k = ent.end
        if k < hi and doc[k].text == ",":
            # an appositive: "Gene Sperling, a top outside Clinton adviser, said"
            close = next((m for m in range(k + 1, min(k + 16, hi)) if doc[m].text == ","), None)
            k = close + 1 if close is not None else k
        while k < hi and doc[k].pos_ == "ADV":
            k += 1
        if k < hi and doc[k].pos_ == "VERB" and outside(doc[k]) and ent.label_ == "PERSON" and \
                (doc[k].lemma_.lower() in SPEECH_VERBS or (doc[k].tag_ == "VBD" and _ends_for_a_tag(doc, end, i))) \
                and _subordinate_around(doc, start, end) is None:
            return Cue(doc[k], ent, None, direct=True, kind="tag_after")
        return None
    return None


def _subordinate_around(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of a clause that says when or why and holds the quotation: `When Jane Holt noted that
    Ortega refers to the plan as "homes for everyone," the mayor jumped on the phrase`. The quotation's
    tag is inside that clause; the comma after the quotation ends it, and what follows is the
    sentence's own."""
    tok = doc[start:end].root
    sent = sentence_of(doc, start)
    opening = next((t.i for t in sent if not (t.is_punct or t.is_space)), sent.start)
    for a in [tok, *tok.ancestors]:
        if not sent.start <= a.i < sent.end:
            return None
        if a.pos_ in ("VERB", "AUX") and _subordinate(a):
            # the clause that opens the sentence, before its own verb (`Ortega said "..." because "..."` gives
            # a reason within what he said), in a sentence nobody is said to say (`If landlords try to "dodge
            # the new rules" the law will be tightened, she said` is hers, the whole of it)
            main = a.head
            return a if a.left_edge.i <= opening and main.i > a.right_edge.i and main.dep_ == "ROOT" and \
                main.lemma_.lower() not in SPEECH_VERBS else None
    return None


def _ends_for_a_tag(doc: Doc, end: int, after: int) -> bool:
    """The quotation closes on a comma, question or exclamation mark (`"...," Trump barked`): English
    punctuates so only before the speech tag that follows, whatever its verb."""
    last = next((t for t in reversed(doc[max(0, end - 3) : after]) if t.text in (",", "?", "!", ".")), None)
    return last is not None and last.text in (",", "?", "!")


def _split_tag(doc: Doc, lo: int, start: int, end: int) -> bool:
    """`"That would be you?" Borger asked.`: the quotation is its whole sentence and ends in a
    question or exclamation mark, where the model ends the sentence before the speech tag."""
    last = next((t for t in reversed(doc[start:end]) if not t.is_space), None)
    return all(t.is_punct or t.is_space for t in doc[lo:start]) and last is not None and last.text in ("?", "!")


def _reported(verb: Token) -> bool:
    """A verb inside what a speech verb above it reports."""
    return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in SPEECH_VERBS for a in verb.ancestors)


REFUSALS = frozenset(("refuse", "decline", "fail"))  # `refusing to acknowledge ...`: not saying it


def _negated(tok: Token) -> bool:
    """`for not calling the attack "radical Islamic terrorism"`, `refusing to acknowledge that ...`:
    whoever did not say the words is not their speaker."""
    return any(c.dep_ == "neg" for c in tok.children) or \
        (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS)


def _aspectual(tok: Token) -> bool:
    """`Rubio will continue to be "..."`: "continue" with a verb or object after it says nothing;
    only `"...," he continued` does."""
    return tok.lemma_.lower() == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children)


def _puts_it(tok: Token) -> bool:
    """`As The Post's Ruth Marcus puts it, ...`"""
    return tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _points_out(tok: Token) -> bool:
    """`But as The Hill pointed out, "..."`: "point out" says something."""
    return tok.lemma_.lower() == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _short(sent: Span) -> bool:
    """`"... the 30,000 emails that are missing." Trump said.`: a sentence that is only a speech tag."""
    return len([t for t in sent if not (t.is_space or t.is_punct)]) <= 6


def _speech_tag(sent: Span, any_verb: bool = False) -> bool:
    """A sentence that opens with a speech tag: `Borger asked.` after `"That would be you?"`,
    which the model splits off at the question mark. With `any_verb`, after a quotation that ends
    in its own question or exclamation mark, any verb in the past tense is the tag's: English tells
    how words were said with verbs of every kind (`"...?" Hannity pressed.`, `"...!" she beamed.`)."""
    words = [t for t in sent if not t.is_space]
    for k, tok in enumerate(words[:6]):
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in SPEECH_VERBS or (any_verb and tok.tag_ == "VBD")):
            before = words[:k]
            return bool(before) and all(t.pos_ in TAG_WORDS and t.text not in ('"', "\u201c", "\u201d") for t in before) \
                and any(t.dep_ in SUBJECTS for t in before)
        if tok.pos_ not in TAG_WORDS:
            return False
    return False


def _colon_verb(doc: Doc, start: int, lo: int, outside) -> Token | None:
    """The verb right before the colon that opens the quotation (`Rubio fired back forcefully: "..."`)."""
    j = start - 1
    while j >= lo and (doc[j].is_space or doc[j].text in OPEN_CLOSE):
        j -= 1
    if j <= lo or doc[j].text != ":":
        return None
    k = j - 1
    while k >= lo and doc[k].pos_ in ("ADV", "ADP", "PART") and k > j - 4:
        k -= 1  # "fired back forcefully:", "shot back:"
    return doc[k] if k >= lo and doc[k].pos_ == "VERB" and outside(doc[k]) else None


def _colon_clause(doc: Doc, start: int, lo: int, outside) -> Token | None:
    """`Article 33 affirms: "..."`, `the Daily News focuses on how many ...: "..."`: the verb of the
    clause a colon (or a dash, used the same way: `Trump also embraced waterboarding -- "..."`) ends,
    when it opens the quotation; whoever that clause is about introduces it."""
    j = start - 1
    while j >= lo and (doc[j].is_space or doc[j].text in OPEN_CLOSE):
        j -= 1
    if j <= lo or (doc[j].text != ":" and doc[j].text not in DASHES):
        return None
    tok = doc[j - 1]
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and outside(verb) else None


def _adjacent_verbs(doc: Doc, start: int, end: int, lo: int, hi: int, outside) -> list[Token]:
    """Verbs within a few words after the quote's close, or just before its opening."""
    out = []
    i, seen = end, 0
    while i < hi and seen < 3:
        tok = doc[i]
        if outside(tok) and not (tok.is_punct or tok.is_space):
            seen += 1
            if tok.pos_ == "VERB":
                out.append(tok)
                break
        i += 1
    j = start - 1
    while j >= lo and (doc[j].is_punct or doc[j].is_space) and doc[j].text in (":", '"', "\u201c", " "):
        j -= 1
    if j >= lo and doc[j].pos_ == "VERB" and j < start - 1 and doc[j + 1].text == ":":
        out.append(doc[j])
    return out
