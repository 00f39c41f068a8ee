"""What happened, and why: the main event from the lede, the stated reason if any."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..facts import Fact

MAX_WHAT_WORDS = 25
# cue -> confidence that the clause it opens states a reason (not merely a time)
CAUSAL_CUES = {
    "because of": 0.9, "because": 0.9, "due to": 0.9, "owing to": 0.9, "as a result of": 0.9,
    "in a bid to": 0.8, "in order to": 0.8, "so as to": 0.7, "in protest at": 0.8, "in protest against": 0.8,
    "in response to": 0.8, "amid": 0.7, "following": 0.6, "after": 0.5, "over": 0.4, "since": 0.4,
    "to protest": 0.7, "to avoid": 0.6, "to prevent": 0.6, "the reason": 0.8, "prompted by": 0.8,
    "sparked by": 0.8, "triggered by": 0.8, "blamed": 0.6, "led to": 0.6,
}
_CUE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(c) for c in CAUSAL_CUES), key=len, reverse=True)) + r")\b", re.I)


def _main_verb(sent: Span) -> Token:
    return sent.root


def _lede(doc: Doc) -> Span | None:
    for sent in doc.sents:
        if sum(t.is_alpha for t in sent) >= 4 and not sent.text.lstrip().startswith(('"', "\u201c")):
            return sent
    return next(iter(doc.sents), None)


def extract_what(doc: Doc) -> Fact | None:
    """Subject and predicate of the lede's main clause, trimmed to a short statement."""
    sent = _lede(doc)
    if sent is None:
        return None
    root = _main_verb(sent)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    start = subj.left_edge.i if subj is not None else sent.start
    end = sent.end
    # drop trailing clauses set off by a comma ("..., ending weeks of speculation")
    for tok in sent:
        if tok.i > root.i and tok.text in (",", ";", "\u2014", "--", ":") and tok.i - start >= 6:
            end = tok.i
            break
    tokens = [t for t in sent.doc[start:end] if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len([t for t in tokens if not t.is_punct]) > MAX_WHAT_WORDS:
        tokens = tokens[: MAX_WHAT_WORDS + 3]
        while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART")):
            tokens.pop()
    if not tokens:
        return None
    s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Fact(text=doc.text[s:e], sentence=_index(doc, sent), start=s, end=e)


def extract_why(doc: Doc, limit: int = 2) -> list[Fact]:
    """Clauses that state a cause, from the cue to the end of its clause; none when none is stated."""
    found = []
    for i, sent in enumerate(doc.sents):
        if i > 6:
            break
        text = sent.text
        for m in _CUE_RE.finditer(text):
            cue = m.group(1).lower()
            conf = CAUSAL_CUES[cue]
            # "after" and "following" are causal when they open an event, not a date
            rest = text[m.end():].strip()
            if cue in ("after", "following", "since", "over") and re.match(r"(the\s+)?(\d|last|a |an |weeks|months|years|days)", rest):
                continue
            if conf < 0.5:
                continue
            s = sent.start_char + m.start()
            clause_end = re.search(r"[.;]\s|,\s(?=(he|she|they|it|but|and)\b)|$", text[m.end():])
            e = sent.start_char + m.end() + (clause_end.start() if clause_end else len(rest))
            words = doc.text[s:e].rstrip(" ,.;")
            if len(words.split()) < 3:
                continue
            # a cue inside a quotation is the speaker's reason: still a reason
            found.append((-(conf - i * 0.05), Fact(text=words, sentence=i, start=s, end=s + len(words),
                                                    confidence=round(conf, 2), cue=cue)))
    found.sort(key=lambda x: (x[0], x[1].start))
    return [f for _, f in found[:limit]]


def _index(doc: Doc, sent: Span) -> int:
    for i, s in enumerate(doc.sents):
        if s.start == sent.start:
            return i
    return -1
