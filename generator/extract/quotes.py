"""Quotations: find them, tell them from names in quotation marks, find who said them.

`briefing_quotes` is a pipeline component; it writes `doc._.quotes`, a list of
`QuoteMatch` records (plain dicts, so docs travel between `nlp.pipe` processes) with
the quoted text's character span, the cue verb, the speaker mention as it stands in
the text, and the channel. Turning the mention into a canonical actor is
`attribute()`'s job, once the actors of the whole story are known.

How the cases come out:

* `"...," he said.` / `He said: "..."` / `"...," said X, the Y.` / `X said "..."`: one
  Quote; the speaker is the subject of the cue verb (the name, not the appositive).
* `"A," she said, "B."` and `"A," she said. "B."`: one quotation in two parts, one Quote
  whose text is the two parts joined with an ellipsis ("A, … B."), the speech tag left
  out: the reporter's words never stand inside a quote. `parts` gives each part's span,
  `start`/`end` the whole. Only when B has no cue of its own and both stand in one paragraph.
* a quotation over several paragraphs (`quote_marks`): one Quote a paragraph, the
  speaker found anywhere in the quotation goes to every part.
* a paragraph that is nothing but a quotation, after a paragraph that ends with an
  attributed one, continues that speaker (with less confidence).
* partial quotations in reported speech (`added that "..."`, `called the report
  "deeply flawed"`): a Quote when a speech verb with a speaker governs them; short
  quoted words without one are scare quotes or names, and not quotes.
* names and titles in quotation marks (`its "Empowered Action Group"`) are not quotes.
* when no speaker can be established the Quote has `speaker=None` (unattributed).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..facts import Actor, Quote
from ..slugs import actor_slug
from ..lexicon.gazetteer import initials
from .actors import ActorIndex, names_no_one
from .quote_marks import DOUBLE_MARKS, OPENING_MARKS, SINGLE_MARKS, QuoteMask, token_mask
from .sentences import forget_per_doc, quoted_spans_of, sentence_index, text_of
from .entities import names_a_body
from .cues import SPEECH_VERBS, SUBORDINATORS, as_tag, find_cue, says_its_noun, sentence_of
from .speakers import Speaker, SpeakerResolver

MIN_QUOTE_WORDS = 4  # fewer words in quotation marks: a quote only with a speech verb and speaker
PARTIAL_WORDS = 6  # a quoted fragment shorter than this inside reported speech is quoted with its clause
# speech tags outside the quotation's sentence
ELSEWHERE_CUES = frozenset(("previous_sentence", "previous_sentence_inside", "introduced"))
LISTENER_VERBS = frozenset(("tell", "inform", "assure", "reassure", "remind"))  # their object is the one told
SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs is but nor".split())

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@dataclass
class QuoteMatch:
    start: int  # character span of the quoted words, without the marks
    end: int
    cue: str | None  # the cue verb as written
    speaker: tuple[int, int] | None  # character span of the speaker mention
    channel: str | None
    evidence: list[str]  # the quotation's own evidence for its speaker: keys of `confidence.EVIDENCE`
    group: int = -1  # parts of one quotation (interrupted by "she said", or over paragraphs)
    follows: bool = False  # no cue of its own: continues the quotation before it
    partial: bool = False  # a few quoted words, given with the clause of reported speech around them
    cue_at: int = -1  # character offset of the cue verb
    direct: bool = False  # the speaker mention is the subject of the quotation's own cue verb
    parts: list[list[int]] | None = None  # character spans of the parts around a speech tag, when interrupted


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’#@&-]+", text)


def _is_title(content: str) -> bool:
    """Names and titles: every word that is not a small word is capitalised."""
    words = [w for w in _words(content) if w.lower() not in SMALL_WORDS]
    if not words:
        return True
    caps = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return caps == len(words) or (caps / len(words) >= 0.8 and not content.rstrip().endswith((".", "?", "!", ",")))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _reported_clause(doc: Doc, verb: Token, ts: int, te: int, inside: QuoteMask) -> tuple[int, int] | None:
    """The clause a short partial quotation stands in: `called the report "deeply flawed"`.

    Character span from after the cue verb to the end of the verb's argument that
    holds the quoted words; None when the words are not inside that argument.
    """
    sent = sentence_of(doc, ts)
    if verb.i >= te and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
            verb.head.i < ts and doc[ts:te].root in verb.head.subtree:
        # `praised the decision as "wonderful," telling journalists ...`: the words stand in the clause
        # the participle hangs from, and are given with it
        verb = verb.head
    if verb.i >= te and as_tag(verb):
        # `"a steady and lawful income," as the home secretary put it`: the words the tag is about
        return doc[ts].idx, doc[te - 1].idx + len(doc[te - 1])
    if verb.i >= te:
        # `The answers are "not meeting the demand," says X`: the clause before the words
        first = sent.start
        while first < ts and (doc[first].is_punct or doc[first].is_space):
            first += 1
        # (another verb of saying before the words reports them, unless it said the noun it describes:
        # `Nothing the premier said "will ease the town's worries," the senator said`)
        if first >= ts or ts - first > 40 or any(t.lemma_.lower() in ("say", "tell") and not says_its_noun(t, ts)
                                                 for t in doc[first:ts]):
            return None
        last = te - 1
        while last > ts and doc[last].text in (",", ";", ":"):
            last -= 1
        if last + 1 < len(doc) and doc[last + 1].text in ("\u201d", '"', "''"):
            last += 1
        return doc[first].idx, doc[last].idx + len(doc[last])
    if verb.i >= ts:
        return None
    arg = doc[ts:te].root
    while arg.head.i != verb.i and arg.head.i != arg.i:
        arg = arg.head
    if arg.head.i != verb.i:
        return None
    first = verb.i + 1
    while first < ts and doc[first].dep_ == "prt" and doc[first].head.i == verb.i:
        first += 1  # "pointed out that ...": the particle is the verb's
    if verb.lemma_.lower() in LISTENER_VERBS:
        # `told the Leeds Gazette simply, "We lost."`: the one told is no part of what was said
        told = [c.right_edge.i for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < ts]
        first = max([first] + [i + 1 for i in told])
        while first < ts and doc[first].pos_ == "ADV":
            first += 1  # "told the agency simply, ..."
    while first < ts and (doc[first].is_punct or doc[first].is_space):
        first += 1
    last = max(arg.right_edge.i, te - 1)
    last = min(last, sent.end - 1)
    for k in range(te, last + 1):
        # the clause ends with its sentence, whatever the parse joined after it (`called the target
        # "hugely unambitious". "It leaves ...`)
        if doc[k].text in (".", "?", "!") and not inside[k]:
            last = k - 1
            break
        if k > te and "," in (doc[k - 1].text, doc[k - 2].text) and doc[k].lower_ in SUBORDINATORS and doc[k].lower_ != "as" and \
                doc[k].dep_ in ("mark", "advmod") and not inside[k]:
            last = k - 1  # `saying, "That makes me careful," when the mayor attacked him`: another clause
            break
    while last > te and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in ("\u201d", '"', "''"):
        last -= 1
    if last == te - 1 and te < len(doc) and doc[te].text in ("\u201d", '"', "''"):
        last = te  # the quotation's own closing mark, where the model ended the sentence before it
    if first >= ts and last <= te:
        # nothing around the quoted words (`admitted "big challenges"`): they are all the verb says, a
        # quote when they are more than a word ("fraud" is a word the story uses, no quotation)
        # (capitalised, they are a quotation of their own: `shouted, "Stop the coverup!"`)
        if sum(t.is_alpha or t.like_num for t in doc[ts:te]) < 2 or not doc[ts].is_lower:
            return None
        return doc[ts].idx, doc[te - 1].idx + len(doc[te - 1])
    if last - first > 45:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def _is_lead_in(doc: Doc, text: str, prev: QuoteMatch, start: int, fragment: bool) -> bool:
    """Only a speech tag lies between two quoted parts: `"A," she said, "B."` / `"A," he said. "B."`.
    Between a few words quoted in running prose (`fragment`) and another quotation, the reporter's
    own words are no tag (`Despite this "underhand trick," the bill stood "no chance"`): a speech verb is."""
    between = text[prev.end : start]
    if "\n" in between:
        return False
    # a tag is one sentence: another between them introduces someone or something else (`"A," he said.
    # Resident Mary Durning disagreed. "B."`)
    words = doc.char_span(prev.end, start, alignment_mode="contract")
    if words is not None and _introduces_another(doc, words, prev):
        return False
    if fragment and re.search(r"\w", between):
        words = doc.char_span(prev.end, start, alignment_mode="contract")
        if words is not None and not any(t.lemma_.lower() in SPEECH_VERBS for t in words):
            return False
    # short, or the first part's own tag however long its appositive ("said X, the Y of Z, who ...")
    return len(between.split()) <= 12 or (prev.end <= prev.cue_at < start and len(between.split()) <= 45)


@Language.component("briefing_quotes", assigns=["doc._.quotes"], requires=["token.dep", "token.lemma"])
def find_quotes(doc: Doc) -> Doc:
    text = text_of(doc)
    spans = quoted_spans_of(doc)
    token_spans = []
    for qs in spans:
        s = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        token_spans.append((s.start, s.end) if s is not None and len(s) else (0, 0))
    inside = token_mask(len(doc), token_spans)
    matches: list[QuoteMatch] = []
    for qs, (ts, te) in zip(spans, token_spans):
        start, end = _trim(text, qs.start, qs.end)
        if te <= ts or end <= start:
            continue
        content = text[start:end]
        words = _words(content)
        cue = find_cue(doc, ts, te, inside, text)
        prev = matches[-1] if matches else None
        same_group = prev is not None and prev.group == qs.group
        fragment = prev is not None and (prev.partial or _fragment(content) or
                                         _fragment(text[prev.start : prev.end]))
        # a few words quoted in reported speech (`partial`) end with their sentence: a quotation that
        # opens the next sentence does not go on from them
        part_of_previous = prev is not None and (same_group or (
            _is_lead_in(doc, text, prev, start, fragment) and not (prev.partial and _new_sentence(text, prev.end, start))))
        title = _is_title(content)
        if len(words) < MIN_QUOTE_WORDS or title:
            # names, titles and scare quotes, unless someone is said to have said these words (a speech
            # verb in another sentence says so only of words that are an utterance of their own: "Go!")
            if title or cue is None or cue.verb is None or cue.speaker is None or \
                    (cue.kind in ELSEWHERE_CUES and not text[qs.start : qs.end].rstrip().endswith((".", "!", "?", ","))):
                if not same_group:
                    continue
        clause = None
        cue_at = cue.verb.idx if cue is not None and cue.verb is not None else -1
        if len(words) < PARTIAL_WORDS and cue is not None and cue.verb is not None and cue.speaker is not None:
            # a few quoted words in reported speech: the quote is the clause that carries them
            clause = _reported_clause(doc, cue.verb, ts, te, inside)
            if clause is not None and _trim(text, *clause)[1] <= _trim(text, *clause)[0]:
                clause = None  # a sentence the model ended before the words: no clause around them
            if clause is not None:
                start, end = _trim(text, *clause)
                if matches and matches[-1].start <= start < matches[-1].end:
                    continue  # "deeply flawed" and "a distraction": one clause, one quote
        if clause is None and len(words) < PARTIAL_WORDS and content[:1].islower() and not same_group:
            continue  # a fragment that is not someone's sentence: scare quotes
        if not qs.closed and len(words) > 80:
            continue  # a stray mark: the "quotation" would swallow the rest of the paragraph
        evidence = [cue.kind, *cue.hearsay] if cue is not None and cue.speaker is not None else []
        if len(words) < PARTIAL_WORDS and "nested_report" in evidence:
            # `Cruz said CNN called the announcement "highly significant"`: a few words in a report of a
            # report may be either speaker's
            evidence[evidence.index("nested_report")] = "nested_fragment"
        if not qs.closed:
            evidence.append("unclosed")
        follows = False
        if part_of_previous and cue_at != -1 and cue_at == prev.cue_at:
            cue = None  # `"A," she said, "B."`: the tag of the first part, not a new one
            follows = True
        elif cue is None or cue.speaker is None:
            if part_of_previous or (prev is not None and _continues(text, prev, start)):
                follows = True
            else:
                evidence = ["unattributed"]
        group = qs.group
        if part_of_previous and not same_group and cue is None:
            group = prev.group
        if prev is not None and group == prev.group and follows and "\n" not in text[prev.end : start] and \
                not (same_group and _lost_break(text, prev.end, start)):
            # the second part of `"A," she said, "B."`: one quotation, one Quote of two parts; the
            # reporter's words between them are no part of it (`parts`)
            if re.search(r"\w", text[prev.end : start]):
                prev.parts = (prev.parts or [[prev.start, prev.end]]) + [[start, end]]
            elif prev.parts:
                prev.parts[-1][1] = end
            prev.end = end
            continue
        matches.append(
            QuoteMatch(
                start=start,
                end=end,
                cue=cue.verb.text if cue is not None and cue.verb is not None else None,
                speaker=(cue.speaker.start_char, cue.speaker.end_char) if cue is not None and cue.speaker is not None else None,
                channel=cue.channel if cue is not None else None,
                evidence=evidence,
                group=group,
                follows=follows,
                partial=clause is not None,
                cue_at=cue_at,
                direct=cue is not None and cue.speaker is not None and cue.direct,
            )
        )
    doc._.quotes = [dataclasses.asdict(m) for m in matches]
    forget_per_doc(doc)
    return doc


def _introduces_another(doc: Doc, words, prev: QuoteMatch) -> bool:
    """A sentence after the tag whose subject is someone other than the speaker: `"A," he said.
    Resident Mary Durning disagreed. "B."`; "B" does not go on from "A" ("She plans to vote" or
    "Roloson supports Clinton" about the same speaker does)."""
    ends = [k for k, t in enumerate(words) if t.text in (".", "?", "!")]
    if not ends or not any(w.is_alpha for w in words[ends[0] + 1 :]):
        return False
    speaker = text_of(doc)[prev.speaker[0] : prev.speaker[1]].lower() if prev.speaker else ""
    for t in words[ends[0] + 1 :]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and \
                not (t.pos_ == "PROPN" and t.lower_ in speaker):
            return True
    return False


def _fragment(content: str) -> bool:
    """A few words quoted in running prose, no sentence of their own: "underhand trick"."""
    return len(_words(content)) < PARTIAL_WORDS and content[:1].islower()


def _new_sentence(text: str, end: int, start: int) -> bool:
    """Only marks and the end of a sentence between two quotations: `"hugely unambitious". "It ...`."""
    between = text[end:start]
    return not re.search(r"\w", between) and bool(re.search(r"[.?!]", between))


def _lost_break(text: str, end: int, start: int) -> bool:
    """Between two parts of one quotation (`quote_marks` gives them one group), nothing but the mark
    that reopens it: `... is ready. "We start`, a paragraph break the copy lost. Paragraphs are a
    Quote each."""
    return not re.search(r"\w", text[end:start])


def _continues(text: str, prev: QuoteMatch, start: int) -> bool:
    """A paragraph that opens with a quotation, right after a paragraph that closed with one."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip() not in ("",) + OPENING_MARKS:
        return False
    if text.count("\n\n", prev.end, start) != 1:
        return False
    tail = text[prev.end : para_start]
    return len(tail.split()) <= 12


# speech verbs that go on with what the speaker said before, in the same place
GOES_ON_CUES = frozenset({"added", "add", "adds", "continued", "continues", "went on"})


def attribute(doc: Doc, index: ActorIndex) -> list[Quote]:
    """Quotes with canonical speakers, resolved against the actors of the story."""
    records = [QuoteMatch(**d) for d in doc._.quotes or []]
    # the words inside quotation marks, not the clauses a partial quote was widened to: the
    # speaker of `Trump insisted that he has "expanded the party"` stands in that clause
    text = text_of(doc)
    marks = [(qs.start, qs.end) for qs in quoted_spans_of(doc)]
    resolver = SpeakerResolver(doc, index, marks)
    resolved: list[Speaker] = []
    last_speaker = None  # the actor of the last attributed quotation: "he" in the next one is likely them
    by_name = {a.name: a for a in index.actors}
    for m in records:
        if m.speaker is not None:
            s, e = m.speaker
            found = resolver.resolve(s, e, by_name.get(last_speaker), describe=m.direct)
            resolved.append(found._replace(evidence=tuple(m.evidence) + found.evidence))
            if found.name and not found.described:
                last_speaker = found.name
        else:
            resolved.append(Speaker(None, evidence=tuple(m.evidence)))
    _speakers_as_actors(doc, index, records, resolved)
    # parts of one quotation share the speaker; a continuing paragraph takes the one before it
    by_group: dict[int, Speaker] = {}
    for m, r in zip(records, resolved):
        if r.name and m.group not in by_group:
            by_group[m.group] = r
    out = []
    prev: Speaker | None = None
    for m, who in zip(records, resolved):
        if who.name is None and m.group in by_group:
            who = by_group[m.group]._replace(evidence=_also(by_group[m.group].evidence, "same_quotation"))
        elif who.name is None and m.follows and prev is not None and prev.name:
            who = prev._replace(evidence=_also(prev.evidence, "continues"))
        if m.partial and who.name is None:
            continue  # a few words in quotation marks and nobody to have said them: scare quotes
        channel = m.channel
        if channel is None and out and who.name and out[-1].speaker == who.name and m.cue in GOES_ON_CUES:
            channel = out[-1].channel  # "He further added that ...": goes on in the tweet he was quoted from
        prev = who
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        out.append(
            Quote(
                text=_joined(text, m),
                parts=m.parts or [],
                speaker=who.name,
                role=who.role,
                cue=m.cue,
                channel=channel,
                sentence=-1 if span is None else _sent_index(doc, span[0]),
                start=m.start,
                end=m.end,
                confidence=round(who.confidence, 2),
                evidence=list(who.evidence) if who.name else ["unattributed"],
                enclosed=_enclosed(text, m.start, m.end),
                described=who.described,
            )
        )
    return out


NAMED_ONLY = ("unlisted_name", "looks_like_name")  # evidence of a speaker named as written, no actor yet


def _body_by_its_short_form(doc: Doc, index: ActorIndex, name: str, speaker) -> Actor | None:
    """A body's name in full is the body its short form names: the short form in brackets right after
    it ("The Schools Standards Authority (SSA)"), whatever its letters, or its initials ("SSA")."""
    if len(name.split()) < 2:
        return None
    after = re.match(r"\s*\(([^()]{1,20})\)", doc.text[speaker[1]:]) if speaker else None
    bracketed = after.group(1).strip() if after else None
    return next((a for a in index.actors if a.kind == "organisation" and a.name != name and
                 (a.name == bracketed or (a.name.isupper() and len(a.name) >= 2 and initials(name) == a.name))),
                None)


def _speakers_as_actors(doc: Doc, index: ActorIndex, records: list[QuoteMatch], resolved: list[Speaker]) -> None:
    """Every named speaker is an actor (in Who, with a page of their own): a name the actor list
    missed ("Tory co-chairman Theresa May said") joins it, a person or an organisation as the model
    saw the name; a place that speaks for its government does not."""
    known = {a.name for a in index.actors}
    for k, (m, who) in enumerate(zip(records, resolved)):
        if not who.name or who.described or who.name in known or not NAMED_ONLY_SET.intersection(who.evidence) \
                or names_no_one(who.name):  # "The Bill proposes 'control orders'": a law, no actor
            continue
        # "Mr Grieve" after "Dominic Grieve": the person named before
        same = next((a for a in index.actors if a.kind != "place" and len(who.name.split()) > 1 and
                     a.name.split()[-1] == who.name.split()[-1] and a.name != who.name), None)
        if same is not None:
            resolved[k] = who._replace(name=same.name)
            continue
        body = _body_by_its_short_form(doc, index, who.name, m.speaker)
        if body is not None:
            # "The Schools Standards Authority (SSA) has told ...": the body listed as "SSA", named in full
            if who.name not in body.aliases:
                body.aliases.append(who.name)
            resolved[k] = who._replace(name=body.name)
            continue
        span = doc.char_span(*m.speaker, alignment_mode="expand") if m.speaker else None
        words = set(who.name.split())
        labels = {t.ent_type_ for t in span if t.text in words} if span is not None else set()
        if labels & {"GPE", "LOC", "FAC"}:
            continue
        kind = "organisation" if "PERSON" not in labels and (labels & {"ORG", "NORP"} or names_a_body(who.name)) else "person"
        start, end = (span.start_char, span.end_char) if span is not None else (m.start, m.start)
        sentence = sentence_index(doc).get(sentence_of(doc, span.start).start, -1) if span is not None else -1
        actor = Actor(name=who.name, kind=kind, mentions=sum(w.name == who.name for w in resolved), sentence=sentence,
                      start=start, end=end, salience=1.0, slug=actor_slug(who.name))
        index.add(actor, start, end)
        known.add(who.name)


NAMED_ONLY_SET = frozenset(NAMED_ONLY)
ELLIPSIS = " \u2026 "  # between the parts of a quotation interrupted by its speech tag


def _joined(text: str, m: QuoteMatch) -> str:
    """The quoted words: the verbatim span, or its parts without the speech tag between them."""
    if not m.parts:
        return text[m.start : m.end]
    return ELLIPSIS.join(text[s:e].strip() for s, e in m.parts)


def _also(evidence: tuple[str, ...], piece: str) -> tuple[str, ...]:
    return evidence if piece in evidence else evidence + (piece,)


def _enclosed(text: str, start: int, end: int) -> bool:
    """Whether the quote opens and closes at quotation marks, so a page puts the marks back (a quote in
    two parts around its speech tag included), rather than a clause that carries its own marks."""
    marks = DOUBLE_MARKS | SINGLE_MARKS
    after_open = start > 0 and text[start - 1] in marks
    before_close = end < len(text) and (text[end] in marks or text[end:end + 2].lstrip(",.;:!?")[:1] in marks)
    return after_open and before_close


def _sent_index(doc: Doc, token: Token) -> int:
    # the sentences of the doc are computed once (`sents`), not walked again for every quote
    return sentence_index(doc).get(sentence_of(token.doc, token.i).start, -1)
