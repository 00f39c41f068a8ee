"""Extraction and handouts as Dask tasks, on a cluster or on a LocalCluster of this machine.

    python -m generator build --engine dask [--scheduler tcp://HOST:PORT] [--jobs N]

Workers get seeds (text and metadata) and handout HTML from the driver, and give back facts
and PDF bytes: they need the generator and its locked packages, never the seeds folder or the
site. Each worker loads WeasyPrint once (`BriefingWorker`, a worker plugin) and extracts in a
process of its own that loads the spaCy model once (`extract_pool`, as a local build does), so
each seed is bounded in time and memory there as here, and both engines give the same output.
Work comes in batches. A LocalCluster listens on 127.0.0.1 only, and its HTTP servers serve no
page unless a dashboard is asked for (`dashboard=True`, on 127.0.0.1 too): the dashboard shows
call stacks and logs. The driver alone writes the cache and the site; it submits a bounded
window of batches and writes each result to the content-keyed cache as it arrives, so the cache
is the checkpoint and a build stopped after any batch resumes with the rest.

A worker that dies (killed, out of memory) has its tasks run again elsewhere, up to the
scheduler's `distributed.scheduler.allowed-failures` times; a batch that still fails is tried
again at the end one story at a time, alone on the cluster, each with the same bound, and a
story that fails that way fails by name.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

try:
    from distributed import Client, LocalCluster, WorkerPlugin, as_completed
except ImportError as exc:  # the optional extra is missing: say how to get it
    raise ImportError("the dask engine needs the packages of the 'dask' extra (dask, distributed): "
                      "install requirements.lock, or pip install 'briefing-generator[dask]'") from exc

from ..errors import BuildError
from .result import BuildResult, Failure

if TYPE_CHECKING:
    from .engine import Rendered, Todo
    from ..facts import Briefing
    from ..input.seeds import Seed

EXTRACT_BATCH = 16  # stories a task: about a second of spaCy, so scheduling costs little
PDF_BATCH = 8  # handouts a task
WINDOW_PER_WORKER = 2  # batches in flight per worker: one running, one queued behind it
ALLOWED_FAILURES = 2  # on a LocalCluster: a task is given up when its worker has died 1 + this many times


class BriefingWorker(WorkerPlugin):
    """Loads WeasyPrint once per worker (the spaCy model lives in the worker's extraction process)."""

    name = "briefing-generator"

    def setup(self, worker: Any) -> None:
        import weasyprint  # noqa: F401


def extract_batch(seeds: list[Seed], timeout: float, memory: int) -> list[tuple[Briefing | None, str | None]]:
    """(facts, None) or (None, reason) for each seed, in order; runs on a worker, under the very
    bounds of a local build: the worker extracts in a process of its own (`extract_pool`, which
    loads the model once and stays up between tasks), so that a seed over `timeout` seconds or
    `memory` bytes fails alone, by the same reason, as on this machine."""
    from .extract_pool import extract_bounded

    out: list[tuple[Briefing | None, str | None]] = [(None, "facts could not be extracted")] * len(seeds)
    for i, b, problem in extract_bounded(seeds, workers=1, timeout=timeout, memory=memory):
        out[i] = (b, problem)
    return out


def render_batch(htmls: list[str]) -> list[tuple[bytes | None, str | None]]:
    """(PDF bytes, None) or (None, reason) for each handout HTML, in order; runs on a worker."""
    from .handout_pool import to_pdf

    return [to_pdf(html) for html in htmls]


def map_batches(client: Client, fn: Callable[[list], list], items: list, batch: int, window: int,
                lost: Callable[[BaseException], str]) -> Iterator[tuple[int, Any]]:
    """`(index, result)` for each item, as batches finish: `fn` maps a list of items to a list of
    results. At most `window` batches are submitted at a time (memory stays flat however many
    items there are).

    A batch whose task fails (its workers died more often than the scheduler allows: the
    scheduler counts a death against every task the worker held, not only the one that
    killed it) is tried again at the end, one item a task with nothing else running, so a
    death is that item's own; an item that fails alone gives `(index, (None, lost(error)))`.
    """
    pending = [list(range(i, min(i + batch, len(items)))) for i in range(0, len(items), batch)]
    pending.reverse()  # pop() from the end takes them in order
    running: dict[Any, list[int]] = {}
    suspects: list[int] = []
    done = as_completed()

    def submit() -> None:
        while pending and len(running) < window:
            indexes = pending.pop()
            future = client.submit(fn, [items[i] for i in indexes], pure=False)
            running[future] = indexes
            done.add(future)

    submit()
    for future in done:
        indexes = running.pop(future)
        try:
            results = future.result()
        except Exception:  # noqa: BLE001  KilledWorker, or the task could not run at all
            suspects += indexes
            results, indexes = [], []
        del future  # hold no result longer than needed
        if len(results) != len(indexes):
            results = [(None, lost(RuntimeError("a batch came back short")))] * len(indexes)
        yield from zip(indexes, results)
        submit()
    for i in sorted(suspects):
        try:
            (result,) = client.submit(fn, [items[i]], pure=False).result()
        except Exception as exc:  # noqa: BLE001
            result = (None, lost(exc))
        yield i, result


def _lost(what: str) -> Callable[[BaseException], str]:
    def reason(exc: BaseException) -> str:
        name = exc.__class__.__name__
        if name == "KilledWorker":
            return f"{what}: its Dask worker died every time it was tried"
        return f"{what} on the Dask cluster ({name}: {exc})"
    return reason


class DaskEngine:
    """The build's slow work on a Dask cluster: `scheduler` (an address such as tcp://host:8786),
    or a LocalCluster of `workers` processes started here when it is None. Connects when first
    asked for work, so a build with everything in the cache starts nothing; `close()` (or a
    `with` block) shuts down what it started."""

    def __init__(self, scheduler: str | None = None, workers: int = 2, extract_batch: int = EXTRACT_BATCH,
                 pdf_batch: int = PDF_BATCH, allowed_failures: int = ALLOWED_FAILURES, dashboard: bool = False):
        self.scheduler, self.workers = scheduler, workers
        self.extract_size, self.pdf_size = extract_batch, pdf_batch
        self.allowed_failures = allowed_failures
        # the LocalCluster's dashboard shows call stacks and logs: off unless asked for, and then
        # on this machine only (127.0.0.1, a free port: `dashboard_link`)
        self.dashboard = dashboard
        self._client: Client | None = None
        self._cluster: LocalCluster | None = None

    def client(self) -> Client:
        if self._client is None:
            if self.scheduler:
                try:
                    self._client = Client(self.scheduler)
                except OSError as exc:  # refused, timed out, not an address
                    raise BuildError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from None
            else:
                import dask

                # the scheduler runs in this process: its bound on retries is set here
                settings: dict[str, Any] = {"distributed.scheduler.allowed-failures": self.allowed_failures}
                if not self.dashboard:  # Dask always starts HTTP servers: without a dashboard they serve no page
                    settings.update({"distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []})
                with dask.config.set(settings):  # (the workers get it from their nannies, started here)
                    self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                                 host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                                 scheduler_kwargs={"dashboard": self.dashboard})
                self._client = Client(self._cluster)
            self._client.register_plugin(BriefingWorker())
        return self._client

    def _window(self) -> int:
        return WINDOW_PER_WORKER * max(1, len(self.client().scheduler_info().get("workers", {})))

    def where(self, count: int) -> str:
        n = len(self.client().scheduler_info().get("workers", {}))
        board = f", dashboard {self.dashboard_link}" if self.dashboard_link else ""
        return f"on Dask ({self.scheduler or 'LocalCluster'}, {n} worker(s){board})"

    @property
    def dashboard_link(self) -> str | None:
        """The LocalCluster's dashboard, when one was asked for and is running."""
        return self._cluster.dashboard_link if self._cluster is not None and self.dashboard else None

    def extract(self, todo: list[Todo], result: BuildResult) -> Iterator[tuple[Todo, Briefing | None]]:
        from . import extract_pool

        seeds = [seed for _, _, seed in todo]
        # the bounds as they are here and now, sent with each task (a worker's own module may differ)
        task = functools.partial(extract_batch, timeout=extract_pool.EXTRACT_TIMEOUT_S,
                                 memory=extract_pool.EXTRACT_MEMORY_BYTES)
        for i, (b, problem) in map_batches(self.client(), task, seeds, self.extract_size, self._window(),
                                           _lost("facts could not be extracted")):
            if b is None:
                result.failures.append(Failure(todo[i][2].path.name, problem,
                                               isinstance(problem, extract_pool.OverBound)))
            yield todo[i], b

    def render(self, htmls: list[str]) -> Iterator[Rendered]:
        for i, (data, problem) in map_batches(self.client(), render_batch, htmls, self.pdf_size, self._window(),
                                              _lost("handout failed")):
            yield i, data, problem

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
