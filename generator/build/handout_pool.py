"""Many PDF handouts at once: a process pool whose workers load WeasyPrint once, in an initializer.

The HTML of each handout is rendered in the parent (it is also the cache key); workers only
turn HTML into PDF bytes, which do not depend on the worker or the order: results come
back in the order given.

A worker that dies (killed, crashed) breaks the whole pool, and every handout not yet done is in
doubt, not only the one it was rendering. So those are rendered again in a fresh pool; what is
in doubt once more is then rendered one at a time, alone, so that a death costs only the handout
that really causes it ("its worker process died, each time it was tried").
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from ..processes import end_with_parent, sigint_blocked

POOL_MIN_ITEMS = 6  # fewer handouts than this render faster in-process than a pool starts
# Bounds on one render in a worker (SECURITY.md: bound each render in time and memory).
# A handout is a page or two (templates clip long texts); these only stop a runaway.
PDF_TIMEOUT_S = 120
PDF_MEMORY_BYTES = 2 << 30


def _load_weasyprint(parent: int | None = None) -> None:
    """Worker initializer: end with the build (`parent`), cap the worker's memory, import WeasyPrint
    once per process."""
    if parent is not None:
        end_with_parent(parent)
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = PDF_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(PDF_MEMORY_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # a platform without RLIMIT_AS: render unbounded
        pass
    import weasyprint  # noqa: F401


def to_pdf(html: str) -> tuple[bytes | None, str | None]:
    """PDF bytes, or the reason there are none; an exception never crosses the process boundary."""
    from ..publish.handouts import html_to_pdf

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
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_load_weasyprint,
                               initargs=(os.getpid(),))


def start_workers(jobs: int) -> None:
    """Start the workers of the next `render_pdfs(..., jobs)` now: each takes a second or more to
    start and load WeasyPrint, time the caller spends preparing the rest of the handouts' HTML."""
    if jobs > 1 and jobs not in _started:
        pool = _started[jobs] = _new_pool(jobs)
        with sigint_blocked():
            for _ in range(jobs):  # a task with no worker idle starts one
                pool.submit(int)


DIED = "handout failed: its worker process died each time it was tried"
_IN_DOUBT = (None, None)  # a round's answer for a handout whose pool broke before it was done


Work = Callable[[str], tuple["bytes | None", "str | None"]]


def render_pdfs(htmls: list[str], jobs: int, work: Work = to_pdf) -> Iterator[tuple[bytes | None, str | None]]:
    """(pdf, None) or (None, reason) for each HTML, in order. `work` is what a worker does with one
    (a module-level function: it goes to the workers by name)."""
    if jobs <= 1 or len(htmls) < POOL_MIN_ITEMS:
        _load_weasyprint()
        for html in htmls:
            yield work(html)
        return
    workers = min(jobs, len(htmls))
    pool = _started.pop(jobs, None)
    if pool is None or getattr(pool, "_broken", False):  # a started worker may have died meanwhile
        pool = _new_pool(workers)
    done: dict[int, tuple[bytes | None, str | None]] = {}
    nxt = 0
    todo = list(range(len(htmls)))
    try:
        # all together; what a death left in doubt, again in a fresh pool; what is still in doubt, alone
        for alone in (False, False, True):
            doubt = []
            for group in ([[i] for i in todo] if alone else [todo]):
                if getattr(pool, "_broken", False) or (alone and pool._max_workers != 1):
                    pool.shutdown(wait=False)
                    pool = _new_pool(1 if alone else workers)
                for i, result in _round(pool, htmls, group, 1 if alone else workers, work):
                    if result is _IN_DOUBT:
                        doubt.append(i)
                    else:
                        done[i] = result
                    while nxt in done:  # in order: what came back early waits for those before it
                        yield done.pop(nxt)
                        nxt += 1
            todo = doubt
            if not todo:
                break
        for i in todo:
            done[i] = (None, DIED)
        while nxt in done:
            yield done.pop(nxt)
            nxt += 1
    finally:
        # Not waiting: the workers' exit (a second or two) overlaps the build's next step; the pool's
        # own thread reaps them. Python 3.11's pool errors on cancelled futures once broken.
        pool.shutdown(wait=False, cancel_futures=not getattr(pool, "_broken", False))


def _round(pool: ProcessPoolExecutor, htmls: list[str], indexes: list[int], workers: int,
           work: Work) -> Iterator[tuple[int, tuple[bytes | None, str | None]]]:
    """(index, result) for each index, in order: a PDF, a failure, or _IN_DOUBT when the pool broke
    (a worker died) before that handout was done."""
    # One deadline for the round: every item may take PDF_TIMEOUT_S on its worker.
    deadline = time.monotonic() + PDF_TIMEOUT_S * (-(-len(indexes) // workers) + 1)
    hung = False
    with sigint_blocked():  # a submit may start a worker
        futures = [(i, pool.submit(work, htmls[i])) for i in indexes]
    try:
        for i, future in futures:
            try:
                yield i, future.result(timeout=max(0.0, deadline - time.monotonic()))
            except FutureTimeout:
                hung = True
                yield i, (None, f"handout failed: not done in time (over {PDF_TIMEOUT_S} s a handout)")
            except BrokenProcessPool:  # a worker died (killed, crashed): this and every later item not done
                yield i, _IN_DOUBT
    except GeneratorExit:  # the build stopped asking (it failed meanwhile): render no more
        if not getattr(pool, "_broken", False):
            for _, future in futures:
                future.cancel()
        raise
    finally:
        if hung:
            # a worker stuck in a render never returns: end the workers rather than wait for them
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
