#!/usr/bin/env python3
"""Which ledes a feature's opening moves: the stories whose lede is not their first statement of news
because it opens on a scene (`sentences.is_scene`), a question or a portrait of someone it does not
name (`sentences.speaks_of_no_one_named`), and a later statement carries the news; and the ledes
whose statement is the clause that names the portrait's person (`sentences.named_clause`).

    .venv/bin/python bench/feature_ledes.py [--sets corpus,5w1h-dev,quotes-dev,quotes-bbc-dev] [--show]
                                            [--skip REGEX]

Counts, for each set, the stories whose first statement (`sentences.is_statement`) is such an
opening and whose lede is therefore a later sentence, by kind, and the named clauses; `--show` prints
each one's opening and the lede taken instead, to read (corpus stories held out for a graded reading,
`--skip`, default 261-280, are never read). Gold sets are read as `../shared/eval/score.py` writes
them as seeds (title, blank line, text).
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
from generator.extract.sentences import (is_scene, is_statement, lede, named_clause, sents,  # noqa: E402
                                         speaks_of_no_one_named)
from generator.input.seeds import parse_seed  # noqa: E402

SHARED = ROOT.parent / "shared"
RESERVED = re.compile(r"bbc-politics-(26[1-9]|27\d|280)$")


def _texts(name: str, skip: re.Pattern) -> list[tuple[str, bytes]]:
    if name == "corpus":
        return [(p.stem, p.read_bytes()) for p in sorted((SHARED / "corpus" / "bbc-politics").glob("*.txt"))
                if not skip.search(p.stem)]
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.load_gold(str(SHARED / "gold" / name))
    return [(key, score.seed_text(item).encode("utf-8")) for key, item in gold.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="corpus,5w1h-dev,quotes-dev,quotes-bbc-dev")
    parser.add_argument("--show", action="store_true", help="print each moved lede")
    parser.add_argument("--skip", type=re.compile, default=RESERVED, help="corpus stories never read (held out)")
    args = parser.parse_args()
    nlp = load_nlp()
    for name in args.sets.split(","):
        items = _texts(name, args.skip)
        seeds = [parse_seed(raw, Path(f"{key}.txt")) for key, raw in items]
        moved = {"scene": 0, "question": 0, "portrait": 0}
        named = 0
        for seed, doc in zip(seeds, nlp.pipe(s.text for s in seeds)):
            first = next(((i, s) for i, s in enumerate(sents(doc)[:8]) if is_statement(s)), None)
            found = lede(doc)
            if first is None or found is None:
                continue
            if found[0] == first[0]:
                clause = named_clause(found[1])
                if clause is not None:
                    named += 1
                    if args.show:
                        print(f"  {seed.id} (named clause)\n    lede:   {found[1].text.strip()[:160]}\n"
                              f"    clause: {doc[clause.left_edge.i : clause.right_edge.i + 1].text[:160]}")
                continue
            opening = first[1]
            kind = "scene" if is_scene(opening) else "question" if opening.text.rstrip(" \n\"'\u201d\u2019").endswith("?") \
                else "portrait" if speaks_of_no_one_named(opening) else "scene"
            moved[kind] += 1
            if args.show:
                print(f"  {seed.id} ({kind})\n    opening: {opening.text.strip()[:160]}\n    lede:    {found[1].text.strip()[:160]}")
        print(f"{name}: {len(seeds)} stories, lede moved past a scene in {moved['scene']}, a question in "
              f"{moved['question']}, a portrait in {moved['portrait']}; a portrait's named clause in {named}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
