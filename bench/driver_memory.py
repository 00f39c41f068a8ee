"""The Dask driver's memory while 100,000 stories' worth of tasks go through a LocalCluster.

    .venv/bin/python bench/driver_memory.py [--items 100000] [--batch 16] [--result-kb 8]

The build's Dask engine submits a bounded window of batches (`map_batches`), so what the driver
holds for work in flight does not grow with the archive. This runs `map_batches` itself over
N items on a LocalCluster of two workers, each task returning `--result-kb` of bytes an item
(about a story's facts), discarding each result as the build does once it is in the cache, and
prints the driver's resident memory as the items go by. A flat line is the claim; a submit-all
driver would grow with every item (futures, task state, results waiting to be read).

The items are numbers, not stories, so 100,000 of them take minutes, not the hours of spaCy;
what the build itself keeps a story (its seed and facts, for the pages and the links between
briefings) is measured by bench/build_bench.py, not here.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def payload(items: list[int], kb: int = 8) -> list[tuple[bytes, None]]:
    return [(bytes(kb * 1024), None) for _ in items]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--result-kb", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    import functools

    import psutil
    from distributed import Client, LocalCluster

    from generator.build.dask_engine import WINDOW_PER_WORKER, map_batches

    me = psutil.Process()
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        fn = functools.partial(payload, kb=args.result_kb)
        marks = {max(1, args.items * p // 100) for p in (1, 5, 10, 25, 50, 75, 100)}
        rows = []
        t0 = time.perf_counter()
        done = 0
        for _i, _result in map_batches(client, fn, list(range(args.items)), args.batch,
                                       WINDOW_PER_WORKER * args.workers, lost=str):
            done += 1
            if done in marks:
                rows.append((done, me.memory_info().rss / 2**20, time.perf_counter() - t0))
    print(f"{args.items:,} items, batches of {args.batch}, {args.result_kb} KB a result, "
          f"{args.workers} workers, window {WINDOW_PER_WORKER * args.workers} batches")
    print("| items done | driver RSS (MB) | seconds |")
    print("|---|---|---|")
    for done, rss, secs in rows:
        print(f"| {done:,} | {rss:.0f} | {secs:.0f} |")
    growth = rows[-1][1] - rows[1][1]
    print(f"growth from {rows[1][0]:,} to {rows[-1][0]:,} items: {growth:+.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
