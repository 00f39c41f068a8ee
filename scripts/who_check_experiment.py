#!/usr/bin/env python3
"""An experiment, kept so that its figures can be made again: can a learned check over an actor's mentions
tell the names a story only passes through from its actors? (It could not: docs/evaluation.md, "A learned Who
check".)

    .venv/bin/pip install scikit-learn==1.9.1   # the `experiment` extra of pyproject.toml
    .venv/bin/python scripts/who_check_experiment.py --train eval/who_labels/train.jsonl \
        --test eval/who_labels/heldout-bbc.jsonl --test eval/who_labels/heldout-5w1h.jsonl

The rules of `generator/extract/participants.py` judge one mention at a time, by the phrase it sits in. This
looks at an actor's mentions together, as a reader does: whether it is ever a subject, an object or a speaker,
sits only inside another's phrase, inside someone's claim or late in the page. It fits a logistic regression
(scikit-learn) on the features below, from the human labels of eval/who_labels/ (see scripts/who_precision.py
for what they are), chooses a threshold by five-fold cross-validation over whole stories (kept only while it
drops at least three non-actors for each actor it loses), and prints, for the folds and for each held-out file,
what dropping below it would do: non-actors dropped, actors lost, stories whose listed actors all take part.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from spacy.tokens import Doc, Span, Token  # noqa: E402

from generator import lexicon  # noqa: E402
from generator.extract import long_text  # noqa: E402
from generator.extract.actors import ActorIndex, extract_actors  # noqa: E402
from generator.extract.pipeline import load_nlp  # noqa: E402
from generator.extract.quotes import attribute  # noqa: E402
from generator.extract.sentences import inside, quote_regions_of, sentence_index  # noqa: E402
from generator.facts import Actor  # noqa: E402
from generator.input.seeds import parse_seed  # noqa: E402
from generator.lexicon.first_names import is_first_name  # noqa: E402
from who_precision import read_labels, seed_bytes  # noqa: E402

MIN_RATIO = 3.0  # non-actors dropped for each actor lost, at the least, for a threshold to be worth it
FOLDS = 5

_SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
# verbs whose clause is what someone holds or says, not an event the story tells
_CLAIM_VERBS = _SPEECH_VERBS | frozenset("think believe suggest claim argue hope fear expect want".split())
# links inside one name or one noun phrase: a mention's place in its clause is its phrase's
_NAME_LINKS = frozenset(("compound", "flat", "appos", "conj"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))
_OBJECTS = frozenset(("dobj", "iobj", "dative", "attr", "oprd"))
LATE = 0.8  # the last fifth of a page: where readers' comments and background sit

FEATURES = (
    "mentions",        # log(1 + mentions)
    "subject",         # share of mentions that are a clause's subject or a passive's agent
    "any_subject",     # some mention is a subject or an agent
    "object",          # share of mentions that are a verb's object
    "prep_object",     # share of mentions inside a prepositional phrase
    "owner",           # share of mentions that own a noun ("Labour's plans")
    "modifier",        # share of mentions that qualify another noun ("BBC director-general")
    "quoted",          # share of mentions inside quotation marks
    "claimed",         # share of mentions inside what someone says or thinks
    "speaker",         # speaks a quote of the story
    "lede",            # named in the first two sentences
    "first_at",        # where the first mention is, as a share of the text
    "late",            # share of mentions in the last fifth of the text
    "has_role",        # a role the story gives
    "person", "organisation", "group", "place",
    "one_word",        # a name of one word
    "capitals",        # a name in capitals ("RKS", "PCS")
    "first_name",      # a person's name that starts with a census first name
    "salience",        # log(1 + the salience actors.py gave)
)


def _clause_head(token: Token) -> Token:
    """The word that stands for the mention in its clause: up through the name's own words, its apposition
    and its coordination ("Lord Falconer, the Lord Chancellor, and Mr Clarke said")."""
    seen = 0
    while token.dep_ in _NAME_LINKS and token.head.i != token.i and seen < 8:
        if token.dep_ == "compound" and token.head.ent_iob_ == "O":
            break  # a name qualifying a common noun: its own place ("BBC director-general")
        token = token.head
        seen += 1
    return token


def _claimed(token: Token, subject_of_actor: bool) -> bool:
    """Whether the word sits in a clause another says or thinks ("he said Germany saw the EU as ...")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("ccomp", "xcomp") and ancestor.head.lemma_.lower() in _CLAIM_VERBS:
            return not subject_of_actor
    return False


def _mention_spans(doc: Doc, index: ActorIndex, actor: Actor) -> list[Span]:
    spans = []
    for start, end, who in index.mentions:
        if who is actor:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
    return spans


def features(doc: Doc, index: ActorIndex, actor: Actor, speakers: set[str]) -> list[float]:
    """The actor's features, in the order of `FEATURES`."""
    spans = _mention_spans(doc, index, actor)
    n = max(len(spans), 1)
    length = max(len(doc.text), 1)
    quoted = quote_regions_of(doc)
    sent_of = sentence_index(doc)
    counts = dict.fromkeys(("subject", "object", "prep_object", "owner", "modifier", "quoted", "claimed", "late"), 0)
    lede = False
    for span in spans:
        word = _clause_head(span.root)
        dep = word.dep_
        agent = dep == "pobj" and word.head.dep_ == "agent"
        subject = dep in _SUBJECTS or agent
        counts["subject"] += subject
        counts["object"] += dep in _OBJECTS
        counts["prep_object"] += dep == "pobj" and not agent
        counts["owner"] += dep == "poss"
        counts["modifier"] += dep in ("compound", "amod", "nmod") and word.head.ent_iob_ == "O"
        counts["quoted"] += inside(quoted, span.start_char, span.end_char)
        counts["claimed"] += _claimed(word, subject)
        counts["late"] += span.start_char >= LATE * length
        lede = lede or sent_of.get(span.sent.start, 99) < 2
    words = actor.name.split()
    first = min((s.start_char for s in spans), default=actor.start if actor.start >= 0 else 0)
    values = {
        "mentions": math.log1p(len(spans)),
        "subject": counts["subject"] / n,
        "any_subject": float(counts["subject"] > 0),
        "object": counts["object"] / n,
        "prep_object": counts["prep_object"] / n,
        "owner": counts["owner"] / n,
        "modifier": counts["modifier"] / n,
        "quoted": counts["quoted"] / n,
        "claimed": counts["claimed"] / n,
        "speaker": float(actor.name in speakers),
        "lede": float(lede),
        "first_at": first / length,
        "late": counts["late"] / n,
        "has_role": float(bool(actor.roles)),
        "person": float(actor.kind == "person"),
        "organisation": float(actor.kind == "organisation"),
        "group": float(actor.kind == "group"),
        "place": float(actor.kind == "place"),
        "one_word": float(len(words) == 1),
        "capitals": float(any(w.isupper() and len(w) > 1 for w in words)),
        "first_name": float(actor.kind == "person" and len(words) > 1 and is_first_name(words[0])),
        "salience": math.log1p(max(actor.salience, 0.0)),
    }
    return [values[name] for name in FEATURES]


def probability(model: dict, row: list[float]) -> float:
    """The model's probability that an actor with these features takes part."""
    z = model["intercept"] + sum(w * (x - m) / s for w, x, m, s in zip(model["coef"], row, model["mean"], model["scale"]))
    return 1.0 / (1.0 + math.exp(-z))


def speakers_of(quotes) -> set[str]:
    return {q.speaker for q in quotes if q.speaker and not q.described}


def rows_for(labels: dict[str, dict[str, int]], shared: Path) -> tuple[list[tuple[str, str, list[float], int, bool]], int]:
    """(story, name, features, label, speaks) for each labelled actor the generator lists today."""
    nlp = load_nlp()
    stories = sorted(labels)
    seeds = [parse_seed(*seed_bytes(s, shared)) for s in stories]
    rows, unmatched = [], 0
    for (doc, seed), story in zip(long_text.pipe(nlp, ((s.text, s) for s in seeds)), stories):
        index = extract_actors(doc)
        speakers = speakers_of(attribute(doc, index))
        found = set()
        for actor in index.who:
            if actor.name in labels[story]:
                found.add(actor.name)
                rows.append((story, actor.name, features(doc, index, actor, speakers), labels[story][actor.name],
                             actor.name in speakers))
        unmatched += len(set(labels[story]) - found)
    return rows, unmatched


def effect(rows, probs, threshold: float) -> dict:
    dropped = [r for r, p in zip(rows, probs) if p < threshold and not r[4]]
    stories = defaultdict(list)
    for r, p in zip(rows, probs):
        if p >= threshold or r[4]:
            stories[r[0]].append(r[3])
    before = defaultdict(list)
    for r in rows:
        before[r[0]].append(r[3])
    return {
        "actors": sum(r[3] for r in rows), "non_actors": sum(1 - r[3] for r in rows),
        "non_actors_dropped": sum(1 - r[3] for r in dropped), "actors_lost": sum(r[3] for r in dropped),
        "stories": len(before), "all_act_before": sum(all(v) for v in before.values()),
        "all_act_after": sum(all(stories.get(s, [])) for s in before),
    }


def fit(rows):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=0.5, max_iter=2000).fit((x - scaler.mean_) / scale, y)
    return {"features": list(FEATURES), "mean": [round(float(v), 6) for v in scaler.mean_],
            "scale": [round(float(v), 6) for v in scale], "coef": [round(float(v), 6) for v in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6)}


def predict(model: dict, rows) -> list[float]:
    return [probability(model, r[2]) for r in rows]


def choose_threshold(rows) -> tuple[float, list[float]]:
    """Five folds by story: each story's probabilities from a model fitted without it."""
    stories = sorted({r[0] for r in rows})
    fold_of = {s: i % FOLDS for i, s in enumerate(stories)}
    probs = [0.0] * len(rows)
    for k in range(FOLDS):
        model = fit([r for r in rows if fold_of[r[0]] != k])
        for i, r in enumerate(rows):
            if fold_of[r[0]] == k:
                probs[i] = predict(model, [r])[0]
    best = 0.0
    for step in range(1, 80):
        threshold = step / 100
        e = effect(rows, probs, threshold)
        if e["non_actors_dropped"] >= MIN_RATIO * max(e["actors_lost"], 1) or e["non_actors_dropped"] == 0:
            if e["non_actors_dropped"] >= MIN_RATIO * e["actors_lost"]:
                best = threshold
        else:
            break
    return best, probs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--test", type=Path, action="append", default=[])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    rows, unmatched = rows_for(read_labels(args.train), args.shared)
    threshold, probs = choose_threshold(rows)
    print(f"training labels: {len(rows)} matched, {unmatched} no longer listed")
    print(f"threshold (cross-validated, >= {MIN_RATIO:g} non-actors dropped per actor lost): {threshold:.2f}")
    for t in sorted({threshold, 0.3, 0.4, 0.5}):
        print(f"  cross-validated at {t:.2f}: {effect(rows, probs, t)}")
    model = fit(rows)
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, model["coef"])))
    for path in args.test:
        test_rows, missing = rows_for(read_labels(path), args.shared)
        print(f"held out {path.name}: {len(test_rows)} matched, {missing} no longer listed")
        print(f"  at {threshold:.2f}: {effect(test_rows, predict(model, test_rows), threshold)}")


if __name__ == "__main__":
    main()
