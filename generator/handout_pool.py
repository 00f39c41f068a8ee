"""Many PDF handouts at once: a process pool whose workers load WeasyPrint once, in an initializer.

The HTML of each handout is rendered in the parent (it is also the cache key); workers only
turn HTML into PDF bytes, which do not depend on the worker or the order: results come
back in the order given.
"""
from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

POOL_MIN_ITEMS = 6  # fewer handouts than this render faster in-process than a pool starts
# Bounds on one render in a worker (SECURITY.md: bound each render in time and memory).
# A handout is a page or two (templates clip long texts); these only stop a runaway.
PDF_TIMEOUT_S = 120
PDF_MEMORY_BYTES = 2 << 30


def _load_weasyprint() -> None:
    """Worker initializer: cap the worker's memory, import WeasyPrint once per process."""
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = PDF_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(PDF_MEMORY_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # a platform without RLIMIT_AS: render unbounded
        pass
    import weasyprint  # noqa: F401


def _to_pdf(html: str) -> tuple[bytes | None, str | None]:
    """PDF bytes, or the reason there are none; an exception never crosses the process boundary."""
    from .handouts import html_to_pdf

    try:
        return html_to_pdf(html), None
    except MemoryError:
        return None, f"handout failed: it needed more than {PDF_MEMORY_BYTES >> 20} MB"
    except Exception as exc:  # WeasyPrint raises many kinds; the build records one failure
        return None, f"handout failed ({exc.__class__.__name__}: {exc})"


_started: dict[int, ProcessPoolExecutor] = {}  # by size: a pool start_workers began, for render_pdfs


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may hold spaCy's model and its threads
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_load_weasyprint)


def start_workers(jobs: int) -> None:
    """Start the workers of the next `render_pdfs(..., jobs)` now: each takes a second or more to
    start and load WeasyPrint, time the caller spends preparing the rest of the handouts' HTML."""
    if jobs > 1 and jobs not in _started:
        pool = _started[jobs] = _new_pool(jobs)
        for _ in range(jobs):  # a task with no worker idle starts one
            pool.submit(int)


def render_pdfs(htmls: list[str], jobs: int) -> Iterator[tuple[bytes | None, str | None]]:
    """(pdf, None) or (None, reason) for each HTML, in order."""
    if jobs <= 1 or len(htmls) < POOL_MIN_ITEMS:
        _load_weasyprint()
        for html in htmls:
            yield _to_pdf(html)
        return
    workers = min(jobs, len(htmls))
    pool = _started.pop(jobs, None)
    if pool is None or getattr(pool, "_broken", False):  # a started worker may have died meanwhile
        pool = _new_pool(workers)
    # One deadline for the batch: every item may take PDF_TIMEOUT_S on its worker.
    deadline = time.monotonic() + PDF_TIMEOUT_S * (-(-len(htmls) // workers) + 1)
    hung = stopped = False
    try:
        futures = [pool.submit(_to_pdf, html) for html in htmls]
        for future in futures:
            try:
                yield future.result(timeout=max(0.0, deadline - time.monotonic()))
            except FutureTimeout:
                hung = True
                yield None, f"handout failed: not done in time (over {PDF_TIMEOUT_S} s a handout)"
            except BrokenProcessPool:  # a worker died (killed, crashed): this and later items fail
                yield None, "handout failed: its worker process died"
    except GeneratorExit:  # the build stopped asking (it failed meanwhile): render no more
        stopped = True
        raise
    finally:
        if hung:
            # a worker stuck in a render never returns: end the workers rather than wait for them
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
        # Futures are cancelled only when the build stopped asking: Python 3.11's pool errors on
        # cancelled futures once broken. Not waiting: the workers' exit (a second or two) overlaps
        # the build's next step; the pool's own thread reaps them.
        pool.shutdown(wait=False, cancel_futures=stopped and not getattr(pool, "_broken", False))
