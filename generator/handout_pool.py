"""Many PDF handouts at once: a process pool whose workers load WeasyPrint once, in an initializer.

The HTML of each handout is rendered in the parent (it is also the cache key); workers only
turn HTML into PDF bytes, which do not depend on the worker or the order: results come
back in the order given.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

POOL_MIN_ITEMS = 6  # fewer handouts than this render faster in-process than a pool starts


def _load_weasyprint() -> None:
    """Worker initializer: import WeasyPrint (and its fonts machinery) once per process."""
    import weasyprint  # noqa: F401


def _to_pdf(html: str) -> tuple[bytes | None, str | None]:
    """PDF bytes, or the reason there are none; an exception never crosses the process boundary."""
    from .handouts import html_to_pdf

    try:
        return html_to_pdf(html), None
    except Exception as exc:  # WeasyPrint raises many kinds; the build records one failure
        return None, f"handout failed ({exc.__class__.__name__}: {exc})"


def render_pdfs(htmls: list[str], jobs: int) -> Iterator[tuple[bytes | None, str | None]]:
    """(pdf, None) or (None, reason) for each HTML, in order."""
    if jobs <= 1 or len(htmls) < POOL_MIN_ITEMS:
        _load_weasyprint()
        for html in htmls:
            yield _to_pdf(html)
        return
    # spawn, not fork: the parent may hold spaCy's model and its threads
    ctx = multiprocessing.get_context("spawn")
    workers = min(jobs, len(htmls))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_load_weasyprint) as pool:
        yield from pool.map(_to_pdf, htmls, chunksize=max(1, min(8, len(htmls) // (workers * 4))))
