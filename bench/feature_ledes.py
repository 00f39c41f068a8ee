#!/usr/bin/env python3
"""Which ledes a feature's scene moves: the stories whose lede is not their first statement of news
because it opens on a scene (`sentences.is_scene`) and the nut graf after it carries the news.

    .venv/bin/python bench/feature_ledes.py [--sets corpus,5w1h-dev,quotes-dev,quotes-bbc-dev] [--show]

Counts, for each set, the stories whose first statement (`sentences.is_statement`) is a scene and
whose lede is therefore a later sentence; `--show` prints each such story's scene and the lede
taken instead, to read (corpus stories 381-400 are left out: they are kept for a graded reading).
Gold sets are read as `../shared/eval/score.py` writes them as seeds (title, blank line, text).
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract.pipeline import load_nlp  # noqa: E402
from generator.extract.sentences import is_scene, is_statement, lede, sents  # noqa: E402
from generator.input.seeds import parse_seed  # noqa: E402

SHARED = ROOT.parent / "shared"
RESERVED = re.compile(r"bbc-politics-(38[1-9]|39\d|400)$")


def _texts(name: str) -> list[tuple[str, bytes]]:
    if name == "corpus":
        return [(p.stem, p.read_bytes()) for p in sorted((SHARED / "corpus" / "bbc-politics").glob("*.txt"))
                if not RESERVED.search(p.stem)]
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.load_gold(str(SHARED / "gold" / name))
    return [(key, score.seed_text(item).encode("utf-8")) for key, item in gold.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="corpus,5w1h-dev,quotes-dev,quotes-bbc-dev")
    parser.add_argument("--show", action="store_true", help="print each moved lede")
    args = parser.parse_args()
    nlp = load_nlp()
    for name in args.sets.split(","):
        items = _texts(name)
        seeds = [parse_seed(raw, Path(f"{key}.txt")) for key, raw in items]
        moved = 0
        for seed, doc in zip(seeds, nlp.pipe(s.text for s in seeds)):
            first = next(((i, s) for i, s in enumerate(sents(doc)[:8]) if is_statement(s)), None)
            found = lede(doc)
            if first is None or found is None or found[0] == first[0]:
                continue
            moved += 1
            if args.show:
                print(f"  {seed.id}\n    scene: {first[1].text.strip()[:160]}\n    lede:  {found[1].text.strip()[:160]}")
        print(f"{name}: {len(seeds)} stories, lede moved past a scene in {moved}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
