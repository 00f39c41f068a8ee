"""Where the slow work of a build runs: extraction (spaCy) and handouts (WeasyPrint).

The build asks an engine for two things and does everything else itself (the cache, slugs,
pages, the site), so an engine never writes a file:

* `extract(todo, result)`: for each `(index, cache key, Seed)` of `todo`, that item and its
  `Briefing`, or None after recording a `Failure` in `result`; in any order;
* `render(htmls)`: for each handout HTML, `(its index, PDF bytes, None)` or `(index, None,
  reason)`; in any order.

Results may come in any order because the build writes each one to the content-keyed cache
as it arrives: the cache is the checkpoint, and a build stopped halfway redoes only the rest.

`LocalEngine` (the default) runs on this machine: spaCy's `nlp.pipe(n_process=jobs)` and the
PDF pool of `handout_pool.py`. `dask_engine.DaskEngine` runs the same work on a Dask cluster;
it is imported only when asked for, so a local build never imports Dask.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from ..errors import BuildError
from .result import BuildResult, Failure

if TYPE_CHECKING:
    from ..facts import Briefing
    from ..input.seeds import Seed

PARALLEL_MIN_SEEDS = 20  # fewer seeds to extract than this extract faster in one process


def default_jobs() -> int:
    """Worker processes: the cores this process may use, at most 4 (each holds a model or WeasyPrint)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def extract_processes(count: int, jobs: int | None = None) -> int:
    """The processes that extract `count` seeds, decided here for every command: `jobs` (default:
    `default_jobs()`), but one for fewer than PARALLEL_MIN_SEEDS seeds, which a second model's
    loading would cost more than it saves."""
    return (jobs or default_jobs()) if count >= PARALLEL_MIN_SEEDS else 1


Todo = tuple[int, str, "Seed"]
Rendered = tuple[int, "bytes | None", "str | None"]


class Engine(Protocol):
    def where(self, count: int) -> str:
        """Where the extraction of `count` seeds will run, for the progress line: `2 process(es)`."""

    def extract(self, todo: list[Todo], result: BuildResult) -> Iterator[tuple[Todo, Briefing | None]]:
        """Each item with its facts (None: a failure is recorded in `result`)."""

    def render(self, htmls: list[str]) -> Iterator[Rendered]:
        """Each handout's index with its PDF bytes, or None and the reason."""


class LocalEngine:
    """Processes on this machine: `jobs` spaCy processes (for 20 seeds or more) and a PDF pool."""

    def __init__(self, jobs: int = 1, release_extractors: bool = False):
        # release_extractors: end the spaCy workers once the facts are in, so the model's memory
        # (about 400 MB a worker) is free for the handouts and MkDocs. A one-off build (the CLI)
        # wants that; a process that builds again (tests, `serve`) keeps them, model loaded.
        self.jobs, self.release_extractors = jobs, release_extractors

    def _processes(self, count: int) -> int:
        return extract_processes(count, self.jobs)

    def where(self, count: int) -> str:
        return f"{self._processes(count)} process(es)"

    def extract(self, todo: list[Todo], result: BuildResult) -> Iterator[tuple[Todo, Briefing | None]]:
        yield from extract_each(todo, result, self._processes(len(todo)))
        if self.release_extractors:
            from .extract_pool import shutdown

            shutdown()

    def start_render(self) -> None:
        """Start the PDF workers ahead of `render` (the build calls it once it knows a pool's worth
        of handouts is to be rendered, and goes on preparing their HTML meanwhile)."""
        from .handout_pool import start_workers

        start_workers(self.jobs)

    def close(self) -> None:
        """Nothing to shut down: the pools end with the process."""

    def render(self, htmls: list[str]) -> Iterator[Rendered]:
        from .handout_pool import render_pdfs

        for i, (data, problem) in enumerate(render_pdfs(htmls, self.jobs)):
            yield i, data, problem


def extract_each(todo: list[Todo], result: BuildResult, n_process: int) -> Iterator[tuple[Todo, Briefing | None]]:
    """(item, briefing) for each item; a seed the extractor fails on, or that runs over the bound
    in time or memory (`extract_pool.py`), is a failure, not a crash nor a hang."""
    from .extract_pool import ExtractPoolError, OverBound, extract_bounded  # spaCy's pool, only when used

    try:
        for i, b, problem in extract_bounded([s for _, _, s in todo], workers=n_process):
            if b is None:
                result.failures.append(Failure(todo[i][2].path.name, problem or "facts could not be extracted",
                                               isinstance(problem, OverBound)))
            yield todo[i], b
    except ExtractPoolError as exc:
        raise BuildError(str(exc)) from None
