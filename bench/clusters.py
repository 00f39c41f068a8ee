"""One story, one briefing (issue 32): how the clustering of `generator/editorial/clusters.py` does
on the corpus, and what it costs at 10,000 stories.

    .venv/bin/python bench/clusters.py                      # the corpus: pairs, folds, clusters
    .venv/bin/python bench/clusters.py --sample 40 --pairs /tmp/pairs.txt   # pairs to read by hand
    .venv/bin/python bench/clusters.py --timing 10000       # clustering alone on 10,000 texts
    .venv/bin/python bench/clusters.py --events             # 76 articles of 13 events, several outlets each

The corpus's facts (actors, dates) are extracted once and kept in a cache folder outside the
project (`--cache`, default /tmp/clusters-bench-cache). Every figure of shared text is the exact
Jaccard similarity of two stories' 5-word shingle sets (`clusters.shared`), which the issue's
counts use. The texts are read from ../shared at run time; nothing of them is written into the
project (`--pairs` writes the sample to a file you name, for reading, outside the repo).
"""
from __future__ import annotations

import argparse
import copy
import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.cache import Cache, facts_key  # noqa: E402
from generator.editorial import clusters as cl  # noqa: E402
from generator.facts import Briefing  # noqa: E402
from generator.input.seeds import read_seed_folder  # noqa: E402
from generator.model import model_id  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"
DEV = [ROOT.parent / "shared" / "gold" / "quotes-dev", ROOT.parent / "shared" / "gold" / "5w1h-dev"]


def corpus_facts(cache_dir: Path) -> list[Briefing]:
    """The corpus's briefings, extracted once (the build's facts cache, in a folder of its own)."""
    cache = Cache(cache_dir)
    folder = read_seed_folder([CORPUS])
    model = model_id()
    out, todo = {}, []
    for sf in folder.seeds:
        key = facts_key(sf.seed.path.name, sf.raw, model)
        data = cache.get("facts", key)
        if data is not None:
            out[sf.seed.id] = Briefing.from_json(data.decode("utf-8"))
        else:
            todo.append((key, sf.seed))
    if todo:
        from generator.extract import extract

        print(f"extracting {len(todo)} stories (once; kept in {cache_dir})", file=sys.stderr)
        for (key, seed), b in zip(todo, extract([s for _, s in todo])):
            cache.put("facts", key, b.to_json().encode("utf-8"))
            out[seed.id] = b
    return [out[k] for k in sorted(out)]


def measure(briefings: list[Briefing]) -> dict:
    texts = {b.id: b.text for b in briefings}
    shingles = {i: cl.shingles(t) for i, t in texts.items()}
    pairs = {}
    for a, b in itertools.combinations(sorted(texts), 2):
        inter = len(shingles[a] & shingles[b])
        if inter:
            pairs[(a, b)] = inter / len(shingles[a] | shingles[b])
    started = time.perf_counter()
    leads, folded = cl.fold_stories([copy.copy(b) for b in briefings])
    took = time.perf_counter() - started
    cluster_of = {}
    for lead in leads:
        for i in [lead.id, *lead.same_story]:
            cluster_of[i] = lead.id
    together = {p for p in itertools.combinations(sorted(texts), 2) if cluster_of[p[0]] == cluster_of[p[1]]}
    near = {p for p, j in pairs.items() if j > 0.9}
    return {
        "stories": len(briefings), "briefings": len(leads), "clusters_of_2_or_more": len(folded),
        "largest_cluster": max([1 + len(f) for f in folded.values()] or [1]),
        "pairs_near_identical_over_0.9": len(near),
        "near_identical_pairs_in_one_briefing": len(near & together),
        "pairs_sharing_over_0.15": sum(j > 0.15 for j in pairs.values()),
        "of_which_folded": sum(1 for p, j in pairs.items() if j > 0.15 and p in together),
        "folded_pairs": len(together),
        "folded_pairs_sharing_under_0.02": sum(1 for p in together if pairs.get(p, 0.0) < 0.02),
        "min_shared_in_a_fold": round(min([pairs.get(p, 0.0) for p in together] or [1.0]), 3),
        "seconds_clustering_417": round(took, 2),
        "_pairs": pairs, "_together": together,
    }


def sample(briefings: list[Briefing], m: dict, n: int, out: Path) -> None:
    """n folded pairs (every near-identical one first, then a seeded draw of the others) and the n
    unfolded pairs that share the most text, each with both stories' headline and opening, to read."""
    by_id = {b.id: b for b in briefings}
    pairs, together = m["_pairs"], m["_together"]
    folded = sorted(together, key=lambda p: (-pairs.get(p, 0.0), p))
    copies = [p for p in folded if pairs.get(p, 0.0) > 0.9]
    rest = [p for p in folded if p not in copies]
    random.Random(32).shuffle(rest)
    chosen = (copies + sorted(rest[:max(0, n - len(copies))], key=lambda p: -pairs.get(p, 0.0)))[:n]
    misses = sorted((p for p in pairs if p not in together), key=lambda p: (-pairs[p], p))[:n]
    with out.open("w", encoding="utf-8") as f:
        for label, items in (("FOLDED", chosen), ("NEAR MISS", misses)):
            for k, (a, b) in enumerate(items, 1):
                f.write(f"\n===== {label} {k}: {a} + {b}  shared {pairs.get((a, b), 0.0):.3f}\n")
                for i in (a, b):
                    x = by_id[i]
                    f.write(f"--- {i} {x.date} {x.title}\n    who: {', '.join(w.name for w in x.who[:6])}\n")
                    f.write("    " + x.text[:900].replace("\n\n", "\n    ") + "\n")
    print(f"wrote {len(chosen)} folded pairs and {len(misses)} near misses to {out}", file=sys.stderr)


def timing(briefings: list[Briefing], n: int) -> dict:
    """Clustering alone (signatures from an empty cache, the index, the clusters) on n texts: the
    corpus, the dev sets' texts, then copies of the corpus, each with one paragraph dropped and
    dated a month later than the last, to the count."""
    from generator.input.seeds import Seed
    import datetime as dt

    texts = list(briefings)
    for folder in DEV:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text("utf-8"))
            text = data.get("text") or data.get("body") or ""
            if text:
                texts.append(Briefing(id=f"dev-{path.stem}", slug="", title=str(data.get("title", ""))[:200],
                                      title_generated=False, date=str(data.get("date") or "2016-01-01")[:10],
                                      source_file=path.name, text=text))
    k = 0
    while len(texts) < n:
        for b in briefings:
            if len(texts) >= n:
                break
            paragraphs = b.text.split("\n\n")
            c = copy.copy(b)
            c.id = f"{b.id}-copy{k}"
            del paragraphs[k % len(paragraphs)]
            c.text = "\n\n".join(paragraphs) or b.text
            c.date = (dt.date.fromisoformat(b.date) + dt.timedelta(days=30 * (k + 1))).isoformat()
            texts.append(c)
        k += 1
    started = time.perf_counter()
    sigs = cl.signatures(texts)
    signed = time.perf_counter()
    found = cl.clusters(texts, sigs)
    done = time.perf_counter()
    return {"texts": len(texts), "signatures_s": round(signed - started, 2), "index_and_clusters_s": round(done - signed, 2),
            "total_s": round(done - started, 2), "ms_per_text": round(1000 * (done - started) / len(texts), 2),
            "clusters": len(found), "largest": max(1 + len(c.folded) for c in found)}


def events(cache_dir: Path) -> dict:
    """The 5W1H dev set's articles (75 with a date), in 13 events reported by several outlets (its `event_cluster`):
    which pairs of one event are folded, and which folded pairs are of two events."""
    import datetime as dt

    from generator.input.seeds import Seed

    cache = Cache(cache_dir)
    model = model_id()
    gold, out = {}, []
    for path in sorted(DEV[1].glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        paragraphs = [p.strip() for p in str(data.get("text") or "").split("\n") if p.strip()]
        if not paragraphs or not data.get("date"):  # one article has no date: left out
            continue
        seed = Seed(id=path.stem[:24], path=path, date=dt.date.fromisoformat(str(data["date"])[:10]),
                    title=str(data.get("title") or "") or None, paragraphs=paragraphs, source=data.get("url"))
        gold[seed.id] = data.get("event_cluster")
        key = facts_key(path.name, path.read_bytes(), model)
        hit = cache.get("facts", key)
        if hit is not None:
            out.append(Briefing.from_json(hit.decode("utf-8")))
            continue
        from generator.extract import extract

        b = next(extract([seed]))
        cache.put("facts", key, b.to_json().encode("utf-8"))
        out.append(b)
    leads, _ = cl.fold_stories([copy.copy(b) for b in out])
    cluster_of = {i: lead.id for lead in leads for i in [lead.id, *lead.same_story]}
    pairs = list(itertools.combinations(sorted(gold), 2))
    same = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    folded = {p for p in pairs if cluster_of[p[0]] == cluster_of[p[1]]}
    texts = {b.id: b.text for b in out}
    return {"articles": len(out), "events": len(set(gold.values())), "same_event_pairs": len(same),
            "folded_pairs": len(folded), "folded_and_same_event": len(folded & same),
            "pair_precision": round(len(folded & same) / len(folded), 3) if folded else None,
            "pair_recall": round(len(folded & same) / len(same), 3) if same else None,
            "same_event_pairs_sharing_over_0.15": sum(cl.shared(texts[a], texts[b]) > 0.15 for a, b in same)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/clusters-bench-cache"))
    ap.add_argument("--sample", type=int, default=0, help="folded pairs and near misses to write (--pairs)")
    ap.add_argument("--pairs", type=Path, default=Path("/tmp/clusters-pairs.txt"))
    ap.add_argument("--timing", type=int, default=0, help="time the clustering alone on this many texts")
    ap.add_argument("--events", action="store_true", help="the 5W1H dev set's events across outlets")
    args = ap.parse_args()
    if args.events:
        print(json.dumps(events(args.cache), indent=1))
        return
    briefings = corpus_facts(args.cache)
    m = measure(briefings)
    print(json.dumps({k: v for k, v in m.items() if not k.startswith("_")}, indent=1))
    if args.sample:
        sample(briefings, m, args.sample, args.pairs)
    if args.timing:
        print(json.dumps(timing(briefings, args.timing), indent=1))


if __name__ == "__main__":
    main()
