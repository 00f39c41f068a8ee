"""What a quote's confidence is worth: each piece of evidence measured on the dev sets.

    .venv/bin/python bench/calibration.py [--shared ../shared] [--outputs DEV.jsonl BBC.jsonl] [--write]

Runs `python -m generator extract --json` over gold/quotes-dev and gold/quotes-bbc-dev (or reads
saved outputs of it, one file per set, in that order), matches each gold direct quotation whose
source names someone to its predicted quote the way the shared scorer does (`score.py quotes`:
the prediction of best token F1, at least 0.5; the speaker right when it shares a capitalised word
with the gold source), and prints:

* per piece of evidence (`generator/extract/confidence.py`): the quotes carrying it (n), how many
  have the speaker right, that share, and the value used: the share, or its family's pooled share
  when the piece is seen fewer than `MIN_SEEN` times;
* per family, the same counts;
* a reliability table per set and per half of each set (`zlib.crc32(id)` even: A), with the
  confidences the values give: quotes by bin of confidence, mean confidence, share right, and the
  expected calibration error (ECE: the bins' gaps between share right and mean confidence, weighted
  by their quotes);
* the scorer's trust figures with those confidences: flagged share (confidence < 0.6), how many
  flagged quotes name the right speaker, and misattributions shown as sure per 100 quotes.

`--write` writes the counts to `generator/extract/data/evidence.json`, which the extractor reads:
the values are never set by hand. The counts are pooled over both sets; check the tables per set
and per half before keeping them.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import confidence as conf  # noqa: E402

SETS = ("quotes-dev", "quotes-bbc-dev")
DATA = ROOT / "generator" / "extract" / "data" / "evidence.json"
EDGES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def extract(score, gold: dict) -> dict:
    """The extractor's answers for the gold articles, written as seeds the way the scorer does."""
    with tempfile.TemporaryDirectory(prefix="calibration-") as seeds:
        for key, item in gold.items():
            Path(seeds, f"{key}.txt").write_text(score.seed_text(item), encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "generator", "extract", "--json", seeds],
                              capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"the extractor exited {proc.returncode}: {proc.stderr[-2000:]}")
    return score.parse_output(proc.stdout)


def records(score, gold: dict, answers: dict, name: str) -> list[dict]:
    """One record per gold direct quotation with a named source that a prediction matches."""
    out = []
    for key, item in gold.items():
        preds = [q for q in (answers.get(key) or {}).get("quotes") or [] if isinstance(q, dict) and q.get("text")]
        for a in item["annotations"]["quotes"]:
            content = (a.get("content") or {}).get("text")
            if not content or not a.get("content_has_quote_marks"):
                continue
            match = max(preds, key=lambda p: score.token_f1(p["text"], content), default=None)
            if match is None or score.token_f1(match["text"], content) < 0.5:
                continue
            gold_names = score.names((a.get("source") or {}).get("text") or "") - score.PRONOUNS
            if not gold_names:
                continue
            evidence = list(match.get("evidence") or []) if match.get("speaker") else ["unattributed"]
            out.append({"set": name, "id": key, "half": "A" if zlib.crc32(key.encode()) % 2 == 0 else "B",
                        "evidence": evidence or ["unattributed"],
                        "right": bool(gold_names & score.names(match.get("speaker") or ""))})
    return out


def measure(rows: list[dict]) -> dict:
    """Counts per piece and per family (a quote counts once in a family)."""
    pieces: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    families: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        for piece in set(r["evidence"]):
            pieces[piece]["n"] += 1
            pieces[piece]["right"] += r["right"]
        for family in {conf.FAMILY_OF[p] for p in r["evidence"]}:
            families[family]["n"] += 1
            families[family]["right"] += r["right"]
    return {
        "measured_on": list(SETS),
        "evidence": {k: {"n": v["n"], "right": v["right"]} for k, v in sorted(pieces.items())},
        "families": {k: {"n": v["n"], "right": v["right"]} for k, v in sorted(families.items())},
    }


def reliability(rows: list[dict], table: dict[str, float]) -> tuple[list[tuple], float]:
    """Bins of confidence: (low, high, quotes, mean confidence, share right); and the ECE."""
    bins = []
    ece = 0.0
    for lo, hi in zip(EDGES, EDGES[1:]):
        inside = [r for r in rows if lo <= conf.confidence(r["evidence"], table) < hi]
        if not inside:
            continue
        mean = sum(conf.confidence(r["evidence"], table) for r in inside) / len(inside)
        share = sum(r["right"] for r in inside) / len(inside)
        bins.append((lo, min(hi, 1.0), len(inside), mean, share))
        ece += len(inside) / len(rows) * abs(share - mean)
    return bins, ece


def trust(rows: list[dict], table: dict[str, float]) -> str:
    flagged = [r for r in rows if conf.confidence(r["evidence"], table) < conf.FLAG_BELOW]
    sure_wrong = sum(1 for r in rows if conf.confidence(r["evidence"], table) >= conf.FLAG_BELOW and not r["right"])
    return (f"flagged {len(flagged)}/{len(rows)} ({len(flagged) / len(rows):.1%}), of them the speaker right "
            f"{sum(r['right'] for r in flagged)}; shown as sure with a wrong speaker {sure_wrong} "
            f"({100 * sure_wrong / len(rows):.1f} per 100)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--outputs", nargs=2, type=Path, metavar=("DEV", "BBC"),
                        help="saved `extract --json` outputs for quotes-dev and quotes-bbc-dev")
    parser.add_argument("--write", action="store_true", help=f"write the counts to {DATA.relative_to(ROOT)}")
    args = parser.parse_args()
    score = load_scorer(args.shared)
    rows = []
    for k, name in enumerate(SETS):
        gold = score.load_gold(str(args.shared / "gold" / name))
        answers = score.parse_output(args.outputs[k].read_text("utf-8")) if args.outputs else extract(score, gold)
        rows += records(score, gold, answers, name)
    measured = measure(rows)
    table = conf.values(measured)
    if args.write:
        DATA.write_text(json.dumps(measured, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {DATA.relative_to(ROOT)}")

    print(f"\nper piece of evidence, pooled over {' + '.join(SETS)} ({len(rows)} quotes; a piece seen fewer "
          f"than {conf.MIN_SEEN} times takes its family's share)")
    print(f"{'evidence':34} {'family':20} {'n':>5} {'right':>6} {'share':>6} {'value':>6}")
    for family, keys in conf.FAMILIES.items():
        for key in keys:
            c = measured["evidence"].get(key, {"n": 0, "right": 0})
            share = f"{c['right'] / c['n']:.2f}" if c["n"] else "-"
            print(f"{key:34} {family:20} {c['n']:5d} {c['right']:6d} {share:>6} {table[key]:6.2f}")
    print(f"\n{'family':20} {'n':>5} {'right':>6} {'share':>6}")
    for family in conf.FAMILIES:
        c = measured["families"].get(family, {"n": 0, "right": 0})
        print(f"{family:20} {c['n']:5d} {c['right']:6d} {c['right'] / c['n'] if c['n'] else 0:6.2f}")

    for name in SETS:
        for half in ("all", "A", "B"):
            part = [r for r in rows if r["set"] == name and half in ("all", r["half"])]
            if not part:
                continue
            bins, ece = reliability(part, table)
            print(f"\nreliability, {name}, {'both halves' if half == 'all' else 'half ' + half}: "
                  f"{len(part)} quotes, ECE {ece:.3f}")
            print(f"  {'confidence':12} {'quotes':>6} {'mean':>6} {'right':>6}")
            for lo, hi, n, mean, share in bins:
                print(f"  {lo:.2f}-{hi:.2f}    {n:6d} {mean:6.3f} {share:6.3f}")
            print("  " + trust(part, table))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
