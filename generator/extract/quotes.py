"""Quotations: find them, tell them from names in quotation marks, find who said them.

`briefing_quotes` is a pipeline component; it writes `doc._.quotes`, a list of
`QuoteMatch` records (as plain dicts, so docs travel between `nlp.pipe` processes) with the content's character span, the cue verb and the speaker
mention as it stands in the text. Turning the mention into a canonical actor is
`attribute()`'s job, once the actors of the whole story are known.
"""
from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts import Actor, Quote

_CUES = json.loads(resources.files(__package__).joinpath("data/cues.json").read_text("utf-8"))
SPEECH_VERBS = frozenset(_CUES["speech_verbs"])
CHANNELS: dict[str, str] = _CUES["channels"]
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
OPEN_MARKS = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d"}
MIN_QUOTE_WORDS = 4

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@dataclass
class QuoteMatch:
    start: int  # character span of the quoted words, without the marks
    end: int
    cue: str | None  # the cue verb as written
    speaker: tuple[int, int] | None  # character span of the speaker mention
    channel: str | None
    confidence: float


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks.

    Straight marks alternate open/close within a paragraph. An opening mark left
    open at the end of a paragraph is closed there (the newspaper convention for
    a quote that runs on over several paragraphs).
    """
    spans = []
    offset = 0
    for para in text.split("\n\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            if ch in OPEN_MARKS:
                close = OPEN_MARKS[ch]
                j = para.find(close, i + 1)
                if ch == '"' or close == "\u201d":
                    # curly open may be closed by a straight mark in sloppy copy
                    alt = para.find('"', i + 1) if ch != '"' else -1
                    if j == -1 or (alt != -1 and alt < j):
                        j = alt if alt != -1 else j
                end = j if j != -1 else len(para)
                spans.append((offset + i + 1, offset + end))
                i = end + 1
            else:
                i += 1
        offset += len(para) + 2
    return spans


def _is_quotation(content: str) -> bool:
    """Names and titles in quotation marks are not quotations."""
    words = re.findall(r"[\w'#@&-]+", content)
    if len(words) < MIN_QUOTE_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) < 0.8


def _cue_verb(tokens: list[Token]) -> Token | None:
    for tok in tokens:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
            return tok
    return None


def _speaker_of(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not child.dep_ == "nsubjpass":
            left = min(t.i for t in child.subtree)
            right = max(t.i for t in child.subtree)
            # keep the name, not a trailing appositive ("X, the Y")
            for t in child.subtree:
                if t.dep_ == "appos" and t.head == child:
                    right = min(right, min(x.i for x in t.subtree) - 1)
            while right > left and verb.doc[right].is_punct:
                right -= 1
            return verb.doc[left : right + 1]
    # "..., said X" parses X as a dependent after the verb in some sentences
    for child in verb.rights:
        if child.ent_type_ in ("PERSON", "ORG", "NORP") or child.pos_ == "PROPN":
            return verb.doc[child.left_edge.i : child.i + 1]
    return None


def _channel(tokens: list[Token]) -> str | None:
    words = " ".join(t.lower_ for t in tokens)
    for key, name in CHANNELS.items():
        if re.search(rf"\b{re.escape(key)}\b", words):
            return name
    return None


@Language.component("briefing_quotes", assigns=["doc._.quotes"], requires=["token.dep", "token.lemma"])
def find_quotes(doc: Doc) -> Doc:
    matches = []
    for start, end in _quote_spans(doc.text):
        content = doc.text[start:end].strip()
        if not _is_quotation(content):
            continue
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        start, end = start + lead, start + lead + len(content)
        # a trailing comma or full stop inside the marks belongs to the sentence, not the quote
        while end > start and doc.text[end - 1] in ",;":
            end -= 1
        inside = doc.char_span(start, end, alignment_mode="expand")
        if inside is None:
            continue
        # context outside the marks: the sentences the quote touches
        sents = {t.sent.start for t in inside}
        first = doc[min(sents)].sent
        last = inside[-1].sent
        around = [t for t in doc[first.start : last.end] if not (inside.start <= t.i < inside.end)]
        verb = _cue_verb(around)
        confidence = 0.9
        if verb is None and first.start > 0:
            # "He said:" closing the previous sentence introduces this one
            prev = doc[first.start - 1].sent
            if prev[-1].text in (":",) or prev.text.rstrip().endswith(":"):
                verb = _cue_verb(list(prev))
                confidence = 0.7
        speaker = _speaker_of(verb) if verb is not None else None
        if speaker is not None and speaker.start_char >= start and speaker.end_char <= end:
            speaker = None
        channel = _channel(around)
        if speaker is None:
            confidence = 0.3
        elif speaker.text.lower() in PRONOUNS:
            confidence = min(confidence, 0.75)
        matches.append(
            QuoteMatch(
                start=start,
                end=end,
                cue=verb.text if verb is not None else None,
                speaker=(speaker.start_char, speaker.end_char) if speaker is not None else None,
                channel=channel,
                confidence=confidence,
            )
        )
    doc._.quotes = [dataclasses.asdict(m) for m in matches]
    return doc


def attribute(doc: Doc, actors: list[Actor], resolve) -> list[Quote]:
    """Quotes with canonical speakers: `resolve(start, end, text)` maps a mention to an actor."""
    out = []
    for m in (QuoteMatch(**d) for d in doc._.quotes or []):
        speaker = role = None
        confidence = m.confidence
        if m.speaker is not None:
            s, e = m.speaker
            actor = resolve(s, e, doc.text[s:e])
            if actor is not None:
                speaker, role = actor.name, actor.role
            else:
                confidence = min(confidence, 0.4)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        out.append(
            Quote(
                text=doc.text[m.start : m.end],
                speaker=speaker,
                role=role,
                cue=m.cue,
                channel=m.channel,
                sentence=-1 if span is None else _sent_index(doc, span[0]),
                start=m.start,
                end=m.end,
                confidence=round(confidence, 2),
            )
        )
    return out


def _sent_index(doc: Doc, token: Token) -> int:
    for i, sent in enumerate(doc.sents):
        if sent.start <= token.i < sent.end:
            return i
    return -1
