#!/usr/bin/env python3
"""Defects a news desk would not print, counted over generated headlines.

    .venv/bin/python bench/headline_audit.py FILE [--examples N] [--half A|B]

FILE is what `../shared/eval/headline.py ... --pairs FILE` wrote (one JSON line per article with
"headline"). Each headline is read by the project's spaCy pipeline, alone, and checked for:

- ending: it ends on a function word (article, preposition, conjunction, pronoun, auxiliary, a
  determiner such as "some"), a modifier whose noun is gone (an adjective, "late", "early");
- tense: its main verb is in the past tense, or the model finds no finite verb in it at all;
- object: a verb or adjective that takes an object or complement (promise, try, say, plan, want,
  vow; prepared, ready, able ...) whose object is missing or only a time ("promises Monday");
- deixis: the reporter's "here" (a headline has no here);
- length: more than 14 words as printed ("Labour's", "all-black" one word each);
- quote: it starts inside a quotation (a quotation mark left in it, a first- or second-person
  subject: "We will fight", "You can't trust").

The model reads headline English less well than the story's prose ("votes", "interviews" taken
for nouns), so "tense" counts some good headlines; the other kinds are read from words and
dependencies that the model gets right far more often. Counts are per headline (a headline with
two defects counts once in each kind) and "any" counts headlines with at least one.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract.headline import DEFINING_ROOM, PARTICLES  # noqa: E402
from generator.extract.pipeline import load_nlp  # noqa: E402

# the product's bound, and the few words over it a headline takes for what defines its last word only
# ("calls for body to be set up to monitor immigration")
MAX_WORDS = 14 + DEFINING_ROOM
KINDS = ("ending", "tense", "object", "deixis", "length", "quote")
# verbs and adjectives that need what they promise, try, say ... to make a statement
TAKES_OBJECT = frozenset({
    "promise", "try", "say", "plan", "want", "vow", "pledge", "seek", "hope", "aim", "decide", "agree", "refuse",
    "threaten", "intend", "urge", "attempt", "offer", "need", "expect", "tell", "ask", "call", "demand", "make",
    "give", "take", "get", "put", "bring", "announce", "reveal", "claim", "suggest", "insist", "warn", "predict",
    "propose", "consider", "unveil", "release", "launch", "back", "endorse", "support", "oppose", "reject",
})
TAKES_COMPLEMENT = frozenset({"prepared", "ready", "set", "able", "unable", "likely", "unlikely", "willing",
                              "eager", "poised", "due", "about", "going", "determined", "keen", "reluctant"})
TIME_WORDS = frozenset({"time", "times", "today", "tonight", "yesterday", "tomorrow", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month",
                        "year", "day", "morning", "evening", "night", "afternoon", "now"})
WHOLE_PRONOUNS = frozenset({"nothing", "everything", "none", "nobody", "everyone", "everybody", "anything"})
_QUOTES = ('"', "\u201c", "\u201d", "\u2018", "``", "''")
_FUNCTION_POS = ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART")


def half(article_id: str) -> str:
    return "A" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _finite(doc) -> list:
    return [t for t in doc if t.tag_ in ("VBZ", "VBP", "VBD", "MD")]


def _read_as_verb(doc) -> bool:
    """Whether a word the model read as a plural noun is the headline's verb: "Martin O'Malley
    shifts staff" is read as nouns, but with "also" before "shifts" the model reads the verb.
    Tried only when the first reading has no finite verb."""
    nlp = load_nlp()
    for tok in doc:
        if tok.i and tok.tag_ in ("NNS", "NN", "VB", "VBD", "VBN", "JJ") and doc[tok.i - 1].pos_ in ("PROPN", "NOUN"):
            again = nlp(doc[: tok.i].text + " also " + doc[tok.i :].text)
            if again[tok.i + 1].tag_ in ("VBZ", "VBP"):
                return True
    return False


def defects(doc) -> list[str]:
    """The kinds of defect one parsed headline shows."""
    words = [t for t in doc if not t.is_punct]
    found: list[str] = []
    if not words:
        return ["ending"]
    last = words[-1]
    # "runs out", "speaks out": a particle completes its verb; "tells itself", "says nothing": a pronoun
    # that needs no one named; "those who doubted him": a relative clause names its own
    # "the row goes on": an adverb particle straight after its verb, with no noun of its own, is one too
    whole = last.dep_ == "prt" or last.lower_.endswith(("self", "selves")) or last.lower_ in WHOLE_PRONOUNS or \
        last.lower_ in PARTICLES and last.i == last.head.i + 1 and last.head.pos_ in ("VERB", "AUX") and \
        not any(True for _ in last.children) or \
        last.pos_ == "PRON" and any(a.dep_ == "relcl" for a in last.ancestors)
    if last.pos_ in _FUNCTION_POS and not whole \
            or last.lower_ in ("late", "early") or last.pos_ == "ADJ" and last.dep_ == "amod":
        found.append("ending")
    finite = _finite(doc)
    main = doc[:].root
    # "put", "set", "cut": a past form that is also the present reads as the present
    if main.tag_ == "VBD" and main.lower_ != main.lemma_.lower() or not any(t.tag_ in ("VBZ", "VBP", "MD") for t in finite) and not _read_as_verb(doc):
        found.append("tense")
    for tok in doc:
        # "is prepared", "is set": the adjective or participle after "be" wants its infinitive
        after_be = tok.head.lemma_ == "be" or any(c.lemma_ == "be" for c in tok.children)
        wants = tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in TAKES_OBJECT or \
            tok.pos_ in ("ADJ", "VERB") and tok.lower_ in TAKES_COMPLEMENT and after_be
        # a participle before a noun ("threatening letter") or a passive ("is rejected by") wants nothing
        passive = tok.lemma_.lower() in TAKES_OBJECT and any(c.dep_ == "auxpass" for c in tok.children)
        if not wants or tok.dep_ in ("amod", "compound") or passive:
            continue
        taken = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "prep", "dative", "oprd",
                                                       "acomp", "pcomp", "prt", "advcl", "conj")]
        timed = [c for c in taken if c.ent_type_ in ("DATE", "TIME") or c.lower_ in TIME_WORDS]
        said_alone = tok.lemma_ == "say" and all(
            c.dep_ != "ccomp" or len(list(c.subtree)) <= 2 for c in taken) and \
            not any(c.dep_ == "dobj" and c.lower_ in WHOLE_PRONOUNS or c.lower_ in ("no", "yes") for c in tok.children)
        if not taken or len(timed) == len(taken) or said_alone:
            found.append("object")
            break
    if any(t.lower_ == "here" for t in doc):
        found.append("deixis")
    if len(doc.text.split()) > MAX_WORDS:  # words as printed: "Farook's", "first-in-the-nation" are one each
        found.append("length")
    subj = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head == main), None)
    if any(t.text in _QUOTES for t in doc) or doc[0].text in ("'",) or \
            subj is not None and subj.lower_ in ("i", "we", "you") or words[0].lower_ in ("i", "we", "you", "my", "our"):
        found.append("quote")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--examples", type=int, default=5, help="examples printed per kind")
    parser.add_argument("--half", choices=("A", "B"), help="only the articles of one half (SHA-1 of the id)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.pairs.read_text("utf-8").splitlines() if line.strip()]
    if args.half:
        rows = [r for r in rows if half(r["id"]) == args.half]
    nlp = load_nlp()
    heads = [r.get("headline") or "" for r in rows]
    by_kind: dict[str, list[str]] = defaultdict(list)
    anything = 0
    for head, doc in zip(heads, nlp.pipe(heads)):
        kinds = defects(doc) if head.strip() else ["ending"]
        anything += bool(kinds)
        for kind in kinds:
            by_kind[kind].append(head)
    n = len(rows) or 1
    print(f"headlines {len(rows)}; with a defect (any kind) {anything} ({100 * anything / n:.1f} %)")
    for kind in KINDS:
        found = by_kind.get(kind, [])
        print(f"  {kind:<8} {len(found):>4} ({100 * len(found) / n:.1f} %)")
        for head in found[: args.examples]:
            print(f"      {head}")


if __name__ == "__main__":
    main()
