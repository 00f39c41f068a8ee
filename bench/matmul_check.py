"""Same annotations, faster: the model through numpy's BLAS against blis's kernel.

    .venv/bin/python bench/matmul_check.py [--corpus DIR] [--limit K]

`load_nlp()` builds the model under thinc's NumpyOps(use_blis=False). This loads the raw
model both ways, runs each over the same stories (alternately, best of two), hashes every
token's tag, dependency, head, entity, lemma and sentence start, and prints both times and
whether the hashes agree. A change of thinc, numpy or the model is checked here before the
dev-set scores are.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc-politics")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()

    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    from generator.model import MODEL_NAME

    texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob("*.txt"))[: args.limit]]
    if not texts:
        sys.exit(f"no .txt files in {args.corpus}")
    threadpool_limits(limits=1, user_api="blas")  # as load_nlp(): one BLAS thread a process
    blis = spacy.load(MODEL_NAME)
    with use_ops("numpy", use_blis=False):
        numpy = spacy.load(MODEL_NAME)

    def run(nlp) -> tuple[float, str]:
        digest = hashlib.sha256()
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts))
        elapsed = time.perf_counter() - t0
        for doc in docs:
            for t in doc:
                digest.update(
                    f"{t.tag_}|{t.dep_}|{t.head.i}|{t.ent_iob_}{t.ent_type_}|{t.lemma_}|{t.is_sent_start}\n".encode()
                )
        return elapsed, digest.hexdigest()

    for nlp in (blis, numpy):
        list(nlp.pipe(texts[:4]))  # warm up
    times: dict[str, list[float]] = {"blis": [], "numpy": []}
    hashes: dict[str, str] = {}
    for _ in range(2):
        for name, nlp in (("blis", blis), ("numpy", numpy)):
            elapsed, hashes[name] = run(nlp)
            times[name].append(elapsed)
    b, n = min(times["blis"]), min(times["numpy"])
    print(f"{len(texts)} stories: blis {b:.2f} s, numpy BLAS {n:.2f} s (one thread), speed-up {b / n:.2f}x")
    same = hashes["blis"] == hashes["numpy"]
    print("annotations identical" if same else "annotations DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
