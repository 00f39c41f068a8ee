#!/usr/bin/env python3
"""How many of the names a briefing lists as Who take part in the story, against people's labels.

    .venv/bin/python scripts/who_precision.py eval/who_labels/*.jsonl [--shared ../shared] [--python PY]
        [--show] [--top N]

`--top 3` judges only the first three names listed, the Who the key facts show a reader first (the whole
list is on the briefing's page below them).

Who is the names the page lists as Who: the actors the story gives a part (`acts` in the facts JSON). The
names it lists apart, as only named once (`acts` false, "Also named"), count as dropped from Who, and the
script says how many of those dropped are listed apart: a non-actor there is a gain, an actor there is still
on the page, but no longer shown as taking part.

The labels (eval/who_labels/, JSON Lines) are people's judgements of the Who lists the generator printed at
52fb76c, one line per listed actor: `acts` 1 (does, says or is done to something in the story; a speaker, a
source quoted or cited, a body whose plan is at issue) or 0 (named only in another's title or affiliation, as a
medium, a venue or an audience, inside someone's claim, as a comparison or an example, in readers' comments or
page furniture; a fragment of a longer name, a double of a listed actor, a place or a common noun taken for a
name), by the standard of the graded readings (docs/evaluation.md). `kind_ok` says whether the kind shown fits.

A story id "NNN" is corpus story bbc-politics-NNN with its title line taken away, as the graded readings read
it; "w5-NN" is the NN-th of the 25 5W1H dev articles from the 51st on, in file-name order ("w5b-NN": from the
first on), and "qd-NAME" the
quotes-dev article NAME.json, each with its title, as `../shared/eval/score.py` makes its seeds. The script writes those seeds to a temporary folder, runs
`python -m generator extract --json` on them, and prints for each label file: the labelled names still
listed, how many of them take part (the Who precision), the stories whose every listed and labelled name takes
part, the labelled names no longer listed (non-actors dropped: gains; actors dropped: losses), and the names
listed now that no label judges (to read by hand before trusting the figure). Article texts stay in
../shared; the labels hold names and story ids only.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W5_FROM = 50  # the first 5W1H dev article labelled, by its place in file-name order


def _gold_seed(item: dict) -> bytes:
    """A gold article as a seed, its title its first paragraph, as ../shared/eval/score.py makes it."""
    title, text = (item.get("title") or "").strip(), item["text"].strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return f" date {item.get('date') or '2000-01-01'} {text}".encode()


def seed_bytes(story: str, shared: Path) -> tuple[bytes, str]:
    """The seed a label's story id names, and its file name."""
    if story.startswith("qd-"):  # a quotes-dev article by its file's name
        item = json.loads((shared / "gold" / "quotes-dev" / f"{story[3:]}.json").read_text("utf-8"))
        return _gold_seed(item), f"{story}.txt"
    if story.startswith(("w5-", "w5b-")):
        first = W5_FROM if story.startswith("w5-") else 0
        gold = sorted((shared / "gold" / "5w1h-dev").glob("*.json"))[first + int(story.split("-")[1]) - 1]
        return _gold_seed(json.loads(gold.read_text("utf-8"))), f"{story}.txt"
    raw = (shared / "corpus" / "bbc-politics" / f"bbc-politics-{story}.txt").read_text("utf-8")
    # the readings' seeds: the first line keeps its date, not its title, so that the headline is made
    first, _, rest = raw.partition("\n")
    first = re.sub(r"^( date \d{4}-\d{2}-\d{2} ).*$", r"\1", first)
    return f"{first}\n{rest}".encode(), f"bbc-politics-{story}.txt"


def read_labels(path: Path) -> dict[str, dict[str, int]]:
    """story id -> listed name -> 1 (takes part) or 0."""
    labels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["story"]][row["name"]] = int(row["acts"])
    return labels


def listed_now(stories: list[str], shared: Path, python: str,
               ) -> tuple[dict[str, list[tuple[str, tuple[str, ...]]]], dict[str, list[tuple[str, tuple[str, ...]]]]]:
    """story id -> the names its briefing lists as Who today (the actors it shows taking part), and story id
    -> the names it lists apart, as only named (`Actor.acts` False)."""
    with tempfile.TemporaryDirectory() as tmp:
        for story in stories:
            data, name = seed_bytes(story, shared)
            (Path(tmp) / name).write_bytes(data)
        out = subprocess.run([python, "-m", "generator", "extract", "--json", tmp], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
    who, named = {}, {}
    for line in out.splitlines():
        facts = json.loads(line)
        story = facts["id"].removeprefix("bbc-politics-")
        who[story], named[story] = shown(facts)
    return who, named


def shown(facts: dict) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, tuple[str, ...]]]]:
    """A briefing's Who as its page shows it, each name with its aliases: the actors that take part, and the
    names listed apart as only named."""
    names = [(a["name"], tuple(a.get("aliases") or ()), a.get("acts", True)) for a in facts["who"]]
    return [(n, al) for n, al, acts in names if acts], [(n, al) for n, al, acts in names if not acts]


def as_labelled(labels: dict[str, dict[str, int]], who: dict[str, list[tuple[str, tuple[str, ...]]]]) -> dict[str, list[str]]:
    """Each listed actor by the name its label knows it by: an actor now shown under a fuller name keeps the
    label of the name it had ("NAO", now "National Audit Office", keeps its alias), where no label judges the
    new name; an actor that now stands for several labelled names (a party's "GOP" and "Republicans" made one)
    holds all their mentions, so it takes part if any of them was labelled taking part."""
    out = {}
    for story, actors in who.items():
        known = labels.get(story, {})
        names = [[n for n in (name, *aliases) if n in known] for name, aliases in actors]
        out[story] = [next((n for n in judged if known[n]), judged[0]) if judged else name
                      for (name, _), judged in zip(actors, names)]
    return out


def first_listed(labels: dict[str, dict[str, int]], who: dict[str, list[str]],
                 top: int) -> tuple[dict[str, dict[str, int]], dict[str, list[str]]]:
    """The labels and lists of the first `top` names listed only, as the key facts show them: a name below
    them is not shown first, so neither judged nor counted as dropped."""
    shown = {s: names[:top] for s, names in who.items()}
    return {s: {n: a for n, a in ls.items() if n in shown.get(s, [])} for s, ls in labels.items()}, shown


def measure(labels: dict[str, dict[str, int]], who: dict[str, list[str]]) -> dict:
    kept = [labels[s][n] for s in labels for n in who.get(s, []) if n in labels[s]]
    dropped = [labels[s][n] for s in labels for n in labels[s] if n not in who.get(s, [])]
    unjudged = [(s, n) for s in labels for n in who.get(s, []) if n not in labels[s]]
    return {
        "stories": len(labels),
        "listed": len(kept), "take_part": sum(kept),
        "precision": round(sum(kept) / len(kept), 3) if kept else None,
        "stories_all_take_part": sum(all(labels[s][n] for n in who.get(s, []) if n in labels[s]) for s in labels),
        "non_actors_dropped": dropped.count(0), "actors_dropped": dropped.count(1),
        "unjudged": unjudged,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--show", action="store_true", help="list the names dropped, the names unjudged and the "
                        "non-actors still listed")
    parser.add_argument("--top", type=int, default=0, help="judge only the first N listed, as the key facts show "
                        "them (templates/briefing.md.j2 shows three); 0: the whole list")
    args = parser.parse_args()
    for path in args.labels:
        labels = read_labels(path)
        listed, only_named = listed_now(sorted(labels), args.shared, args.python)
        who, named = as_labelled(labels, listed), as_labelled(labels, only_named)
        if args.top:
            labels, who = first_listed(labels, who, args.top)
        m = measure(labels, who)
        print(f"{path.name}: {m['stories']} stories; {m['take_part']} of {m['listed']} labelled names listed take "
              f"part (precision {m['precision']}); every listed name takes part in {m['stories_all_take_part']} "
              f"stories; dropped since labelled: {m['non_actors_dropped']} non-actors, {m['actors_dropped']} "
              f"actors; {len(m['unjudged'])} names listed that no label judges")
        apart = [labels[s][n] for s in labels for n in named.get(s, []) if n in labels[s] and n not in who.get(s, [])]
        if apart:
            print(f"  of those dropped, listed apart as only named: {apart.count(0)} non-actors, {apart.count(1)} actors")
        if args.show:
            for s in sorted(labels):
                for n, acts in labels[s].items():
                    if n not in who.get(s, []):
                        apart = " (listed as only named)" if n in named.get(s, []) else ""
                        print(f"  dropped {s} {n!r} ({'actor' if acts else 'non-actor'}){apart}")
            for s, n in m["unjudged"]:
                print(f"  unjudged {s} {n!r}")
            for s in sorted(labels):
                for n in who.get(s, []):
                    if labels[s].get(n) == 0:
                        print(f"  listed non-actor {s} {n!r}")


if __name__ == "__main__":
    main()
