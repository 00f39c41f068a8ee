"""A quote's confidence is a measured share (issue 28): the values in `confidence.EVIDENCE` are what
`bench/calibration.py` gives from the committed counts (`data/evidence.json`), never a number set
by hand, and a piece seen too seldom takes its family's share."""
from __future__ import annotations

import json
from pathlib import Path

from generator.extract import confidence as conf

from .conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
COUNTS = json.loads((ROOT / "generator" / "extract" / "data" / "evidence.json").read_text("utf-8"))


def _calibration():
    return load_script(ROOT / "bench" / "calibration.py")


def test_every_piece_has_a_family_and_a_value():
    assert set(conf.EVIDENCE) == set(conf.FAMILY_OF)
    assert set(COUNTS["evidence"]) <= set(conf.FAMILY_OF)
    assert set(COUNTS["families"]) <= set(conf.FAMILIES)
    assert COUNTS["measured_on"] == ["quotes-dev", "quotes-bbc-dev"]


def test_each_value_is_the_measured_share_or_its_family_s():
    for key, value in conf.EVIDENCE.items():
        own = COUNTS["evidence"].get(key, {"n": 0, "right": 0})
        family = COUNTS["families"].get(conf.FAMILY_OF[key], {"n": 0, "right": 0})
        counts = own if own["n"] >= conf.MIN_SEEN else family
        assert value == (round(counts["right"] / counts["n"], 2) if counts["n"] else 0.0), key
        assert 0.0 <= value <= 1.0


def test_the_committed_counts_are_consistent():
    # a family's quotes are at least those of its most frequent piece, at most those of all its pieces
    for family, keys in conf.FAMILIES.items():
        pieces = [COUNTS["evidence"][k] for k in keys if k in COUNTS["evidence"]]
        if not pieces:
            continue
        got = COUNTS["families"][family]
        assert max(p["n"] for p in pieces) <= got["n"] <= sum(p["n"] for p in pieces), family
        for p in pieces:
            assert 0 <= p["right"] <= p["n"]


def test_the_script_counts_a_quote_once_per_family():
    rows = [{"set": "quotes-dev", "id": "a", "half": "A", "right": True,
             "evidence": ["verb_subject", "name", "name_words"]},
            {"set": "quotes-dev", "id": "b", "half": "B", "right": False, "evidence": ["verb_subject_far", "name"]},
            {"set": "quotes-bbc-dev", "id": "c", "half": "A", "right": False, "evidence": ["unattributed"]}]
    measured = _calibration().measure(rows)
    assert measured["evidence"]["name"] == {"n": 2, "right": 1}
    assert measured["families"]["name"] == {"n": 2, "right": 1}  # "name" and "name_words" of one quote: once
    assert measured["families"]["nobody"] == {"n": 1, "right": 0}
    table = conf.values(measured)
    assert table["unattributed"] == 0.0
    assert table["name"] == 0.5  # seen twice: its family's share, which is its own here


def test_a_quote_is_worth_its_weakest_piece():
    table = dict(conf.EVIDENCE, verb_subject=0.9, pronoun_last_of_gender=0.4)
    assert conf.confidence(["verb_subject", "pronoun_last_of_gender"], table) == 0.4
    assert conf.confidence([], table) == table["unattributed"]


def test_the_reliability_table_and_its_error():
    calibration = _calibration()
    table = dict(conf.EVIDENCE, tag_after=0.9)
    rows = [{"evidence": ["tag_after"], "right": k < 9} for k in range(10)]
    bins, ece = calibration.reliability(rows, table)
    assert [(n, round(mean, 2), share) for _lo, _hi, n, mean, share in bins] == [(10, 0.9, 0.9)]
    assert abs(ece) < 1e-9
