#!/usr/bin/env python3
"""What a headline made of the lede's words can score against the real titles, and the generated
headlines' figure by halves.

    .venv/bin/python bench/headline_ceiling.py [--gold ../shared/gold/quotes-dev] [--pairs FILE]

Reads the articles as ../shared/eval/headline.py does (its tokens and token F1, the title taken
away from the text) and prints, for 6-14 word headlines, the best token F1 reachable by a
contiguous span of the lede's first sentence, of its first paragraph and of its first three
paragraphs; by any choice of the first paragraph's words (a bag chosen knowing the title: an
upper bound no rule reaches); and the lede's first 12 and 20 words. With --pairs (a file that
`headline.py --pairs` wrote) it also prints the generated headlines' token F1 on the two halves
of the set, split by the SHA-1 of the article id (even: A, odd: B), the split the rules were
written on (A) and checked on (B).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("headline_scorer", shared / "eval" / "headline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half(article_id: str) -> str:
    return "A" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def best_span(words: list[str], title: str, f1, shortest: int = 6, longest: int = 14) -> float:
    best = 0.0
    for i in range(len(words)):
        for n in range(shortest, longest + 1):
            if i + n > len(words):
                break
            best = max(best, f1(" ".join(words[i : i + n]), title))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "quotes-dev")
    parser.add_argument("--pairs", type=Path)
    args = parser.parse_args()
    scorer = _scorer(args.gold.parent.parent)
    f1, tokens = scorer.f1, scorer.tokens
    names = ("first sentence", "first paragraph", "first 3 paragraphs", "bag", "lead-12", "lead-20")
    rows: dict[str, list[float]] = {k: [] for k in names}
    for path in sorted(args.gold.glob("*.json")):
        art = json.loads(path.read_text("utf-8"))
        paras = [p for p in art["text"].split("\n\n") if p.strip()]
        if paras and f1(paras[0], art["title"]) > 0.9:
            paras = paras[1:]
        if not paras or not art.get("title"):
            continue
        title, lede = art["title"], paras[0]
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", lede)[0]
        rows["first sentence"].append(best_span(tokens(sentence), title, f1))
        rows["first paragraph"].append(best_span(tokens(lede), title, f1))
        rows["first 3 paragraphs"].append(best_span(tokens(" ".join(paras[:3])), title, f1))
        words, wanted = tokens(lede), tokens(title)
        common = sum(min(words.count(t), wanted.count(t)) for t in set(wanted))
        # the title's words that the paragraph holds, padded to the shortest headline
        size = max(common, 6)
        p, r = common / size, common / len(wanted)
        rows["bag"].append(2 * p * r / (p + r) if common else 0.0)
        rows["lead-12"].append(f1(" ".join(lede.split()[:12]), title))
        rows["lead-20"].append(f1(" ".join(lede.split()[:20]), title))
    n = len(rows["bag"])
    print(f"articles {n}; token F1 of a 6-14 word headline made of the lede's words:")
    for name, values in rows.items():
        print(f"  {name:<20} {sum(values) / n:.3f}")
    if args.pairs:
        by_half: dict[str, list[float]] = {"A": [], "B": []}
        for line in args.pairs.read_text("utf-8").splitlines():
            pair = json.loads(line)
            by_half[half(pair["id"])].append(f1(pair["headline"], pair["title"]))
        print("generated headlines: " + ", ".join(f"{h} {sum(v) / len(v):.3f} ({len(v)})"
                                                  for h, v in by_half.items() if v))


if __name__ == "__main__":
    main()
