"""scripts/who_precision.py: Who precision against people's labels (eval/who_labels/)."""
from __future__ import annotations

import json
from pathlib import Path

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def _script():
    return load_script(ROOT / "scripts" / "who_precision.py")


def test_precision_counts_what_is_listed_dropped_and_unjudged():
    labels = {"001": {"Ann Lee": 1, "Kelvin Club": 0, "Tom Reed": 1}, "002": {"Dana Hale": 1, "Britain": 0}}
    who = {"001": ["Ann Lee", "Kelvin Club", "Brack Trust"], "002": ["Dana Hale"]}
    m = _script().measure(labels, who)
    assert (m["listed"], m["take_part"], m["precision"]) == (3, 2, 0.667)
    assert m["stories_all_take_part"] == 1  # 002: every listed, labelled name takes part
    assert (m["non_actors_dropped"], m["actors_dropped"]) == (1, 1)  # Britain gone (a gain), Tom Reed gone (a loss)
    assert m["unjudged"] == [("001", "Brack Trust")]


def test_the_first_names_listed_are_judged_alone():
    labels = {"001": {"Ann Lee": 1, "Kelvin Club": 0, "Tom Reed": 1, "Britain": 0}}
    who = {"001": ["Ann Lee", "Kelvin Club", "Brack Trust", "Britain"]}
    first, shown = _script().first_listed(labels, who, 3)
    assert shown == {"001": ["Ann Lee", "Kelvin Club", "Brack Trust"]}
    m = _script().measure(first, shown)
    # Britain, listed fourth, is not judged; Tom Reed, not listed, is no loss among the first three
    assert (m["listed"], m["take_part"], m["actors_dropped"], m["unjudged"]) == (2, 1, 0, [("001", "Brack Trust")])


def test_who_is_the_names_shown_taking_part_and_the_names_listed_apart_are_dropped_from_it():
    facts = {"who": [{"name": "National Audit Office", "aliases": ["NAO"], "acts": True},
                     {"name": "Kelvin Club", "aliases": [], "acts": False},
                     {"name": "Ann Lee", "aliases": []}]}  # (facts from before `acts`: all shown)
    who, named = _script().shown(facts)
    assert who == [("National Audit Office", ("NAO",)), ("Ann Lee", ())] and named == [("Kelvin Club", ())]
    labels = {"001": {"NAO": 1, "Kelvin Club": 0, "Ann Lee": 1}}
    m = _script().measure(labels, _script().as_labelled(labels, {"001": who}))
    assert (m["precision"], m["non_actors_dropped"]) == (1.0, 1)


def test_an_actor_shown_by_a_fuller_name_keeps_its_label():
    labels = {"001": {"NAO": 1, "Kelvin Club": 0}}
    who = {"001": [("National Audit Office", ("NAO",)), ("Kelvin Club", ()), ("Brack Trust", ("Trust",))]}
    assert _script().as_labelled(labels, who) == {"001": ["NAO", "Kelvin Club", "Brack Trust"]}


def test_every_label_file_is_whole_and_names_its_stories_once():
    for path in sorted((ROOT / "eval" / "who_labels").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        assert rows, path
        assert all(row["acts"] in (0, 1) and isinstance(row["kind_ok"], bool) for row in rows), path
        keys = [(row["story"], row["name"]) for row in rows]
        assert len(keys) == len(set(keys)), path


def test_a_corpus_seed_loses_its_title_line_only(tmp_path):
    corpus = tmp_path / "corpus" / "bbc-politics"
    corpus.mkdir(parents=True)
    (corpus / "bbc-politics-007.txt").write_text(" date 2005-02-01 A made-up title\n\nFirst paragraph.\n\nSecond.")
    data, name = _script().seed_bytes("007", tmp_path)
    assert name == "bbc-politics-007.txt"
    assert data.decode() == " date 2005-02-01 \n\nFirst paragraph.\n\nSecond."
