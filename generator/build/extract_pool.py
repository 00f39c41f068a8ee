"""Extraction with a bound on each seed, in time and in memory (as `handout_pool.py` bounds each PDF).

A seed is untrusted text, and some texts make spaCy or our rules slow or hungry (a megabyte on
one line, thousands of quotation marks). Python cannot stop a thread that is inside spaCy, so
extraction runs in worker processes that the build can end:

* each worker loads the model once, caps its own address space (RLIMIT_AS) and runs
  `nlp.pipe` over batches of seeds, sending back each seed's facts as soon as they are made;
* a worker that sends nothing for `timeout` seconds is killed; a worker that runs out of
  memory reports it (or dies, and the build sees it die);
* the seeds of a batch that went wrong are tried again one at a time, so that only the seed
  that is really to blame fails ("took longer than N s"), and every other seed is built.

The workers stay up for the life of the process (a test session builds many times; the CLI
once), and a killed one is replaced. Facts do not depend on which worker made them, nor on the
order: results carry the index of their seed.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait

from ..errors import ExtractPoolError
from ..facts import Briefing
from ..processes import end_with_parent, limit_memory, sigint_blocked
from ..input.seeds import Seed

# A news story extracts in well under a second; a seed of the largest size allowed (1 MB) in
# tens of seconds. These bounds only stop what would otherwise hang or sink the build.
EXTRACT_TIMEOUT_S = 120  # as a PDF (handout_pool.py)
EXTRACT_MEMORY_BYTES = 2 << 30
BATCH = 16  # seeds a worker takes at once: nlp.pipe's batch
START_TIMEOUT_S = 600  # loading the model; a worker that cannot is a fault of the installation

Item = tuple[int, Seed]


class OverBound(str):
    """The reason a seed failed when it ran over a bound, in time or in memory, or its process died
    with it: the seed's own doing, so a build remembers it by the seed's content (`build.py`) and
    does not try again, at that cost, until the seed changes."""



def _short(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {str(exc)[:200]}"


def _worker(conn: Connection, memory: int, parent: int) -> None:
    """Load the model, then extract each batch sent; one message per seed."""
    end_with_parent(parent)
    # One BLAS thread a worker (there are --jobs workers): per-thread buffers on a many-core
    # machine would otherwise eat the address space the bound allows.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    limit_memory(memory)
    try:
        from ..extract import facts_from_doc, load_nlp, title_docs
        from ..extract.long_text import pipe

        nlp = load_nlp()
    except BaseException as exc:  # noqa: BLE001  said to the parent, which stops the build
        conn.send(("broken", _short(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            task: tuple[int, list[Item]] | None = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, items = task  # every answer names its batch: the parent ignores those of a batch it gave up
        try:
            docs = pipe(nlp, ((s.text, (i, s)) for i, s in items), batch_size=BATCH)
            titles = title_docs(s for _, s in items)
            for (doc, (i, seed)), title_doc in zip(docs, titles):
                try:
                    conn.send(("done", seq, i, facts_from_doc(doc, seed, title_doc)))
                except MemoryError:
                    raise
                except Exception as exc:  # noqa: BLE001  this seed's failure, not the batch's
                    conn.send(("failed", seq, i, f"facts could not be extracted ({_short(exc)})"))
        except MemoryError:
            conn.send(("memory", seq))
            return  # a process that ran out of memory is not trusted with the next batch
        except Exception as exc:  # noqa: BLE001  the batch is retried seed by seed
            conn.send(("error", seq, f"facts could not be extracted ({_short(exc)})"))


class _Worker:
    def __init__(self, memory: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # not fork: the parent may hold threads and locks
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, memory, os.getpid()), daemon=True, name="briefing-extract")
        me = multiprocessing.current_process()
        daemonic = me._config.get("daemon")  # a Dask worker is a daemonic process
        # multiprocessing refuses a daemonic process children only lest they outlive it; ours end
        # with their parent (processes.py), so the bounds hold on a Dask worker as here
        me._config["daemon"] = False
        try:
            with sigint_blocked():
                self.proc.start()
        finally:
            if daemonic is not None:
                me._config["daemon"] = daemonic
            else:
                me._config.pop("daemon", None)
        child.close()
        self.ready = False
        self.since = time.monotonic()  # start of the wait the bound applies to
        self.task: list[Item] = []  # its batch's seeds not yet answered
        self.task_size = 0
        self.seq = 0

    def send(self, task: list[Item]) -> None:
        self.task, self.task_size, self.since = list(task), len(task), time.monotonic()
        self.seq += 1
        self.conn.send((self.seq, task))

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


# by memory bound and calling thread (a Dask worker may run tasks in several): live workers, kept between builds
_POOLS: dict[tuple[int, int], list[_Worker]] = {}


def shutdown() -> None:
    """End every worker (they end with the process anyway)."""
    for key in list(_POOLS):
        for w in _POOLS.pop(key, []):
            w.stop()


def extract_bounded(seeds: list[Seed], workers: int = 1, timeout: float | None = None,
                    memory: int | None = None) -> Iterator[tuple[int, Briefing | None, str | None]]:
    """(index, briefing, None) or (index, None, reason) for every seed, in the order they finish."""
    timeout = EXTRACT_TIMEOUT_S if timeout is None else timeout
    memory = EXTRACT_MEMORY_BYTES if memory is None else memory
    alive = {t.ident for t in threading.enumerate()}
    for key in [k for k in _POOLS if k[1] not in alive]:  # a thread that is gone needs its workers no more
        for w in _POOLS.pop(key):
            w.stop()
    pool = _POOLS.setdefault((memory, threading.get_ident()), [])
    pool[:] = [w for w in pool if w.proc.is_alive()]
    while len(pool) < max(1, workers):
        pool.append(_Worker(memory))
    run = _Run(pool, list(enumerate(seeds)), timeout, memory)
    try:
        yield from run.results()
    finally:
        for w in list(pool):  # a build stopped halfway: workers still busy with its seeds are ended
            if w.task or not w.proc.is_alive():
                w.stop()
                pool.remove(w)


def extract_in_order(seeds: list[Seed], workers: int = 1) -> Iterator[tuple[Seed, Briefing | None, str | None]]:
    """(seed, briefing, None) or (seed, None, reason) for every seed, in the seeds' order, under
    the same bounds as a build: for the commands that print or gather facts without building.
    Results that finish early wait for those before them (at most a few batches)."""
    waiting: dict[int, tuple[Briefing | None, str | None]] = {}
    nxt = 0
    for i, b, problem in extract_bounded(seeds, workers=workers):
        waiting[i] = (b, problem)
        while nxt in waiting:
            b, problem = waiting.pop(nxt)
            yield seeds[nxt], b, problem
            nxt += 1


class _Run:
    """One call's seeds through the pool: hand out batches, collect answers, enforce the bounds."""

    def __init__(self, pool: list[_Worker], items: list[Item], timeout: float, memory: int) -> None:
        self.pool, self.total, self.timeout, self.memory = pool, len(items), timeout, memory
        batch = max(1, min(BATCH, -(-len(items) // len(pool))))
        self.queue: deque[list[Item]] = deque(items[i:i + batch] for i in range(0, len(items), batch))
        self.retry: deque[list[Item]] = deque()  # one seed each: what a batch that went wrong held
        self.answered = 0

    def results(self) -> Iterator[tuple[int, Briefing | None, str | None]]:
        while self.answered < self.total:
            self._hand_out()
            now = time.monotonic()
            bounds = [w.since + (self.timeout if w.ready else START_TIMEOUT_S)
                      for w in self.pool if w.task or not w.ready]
            wait([w.conn for w in self.pool] + [w.proc.sentinel for w in self.pool],
                 timeout=max(0.0, min(bounds) - now) if bounds else None)
            for w in list(self.pool):
                yield from self._collect(w)

    def _hand_out(self) -> None:
        for w in list(self.pool):
            if w.ready and not w.task and (self.retry or self.queue):
                task = self.retry.popleft() if self.retry else self.queue.popleft()
                try:
                    w.send(task)
                except OSError:  # it died while idle: the batch goes back, the worker is replaced
                    w.task = []
                    (self.retry if len(task) == 1 else self.queue).appendleft(task)
                    self._replace(w)

    def _collect(self, w: _Worker) -> Iterator[tuple[int, Briefing | None, str | None]]:
        dead = False
        try:
            while w.conn.poll():
                msg = w.conn.recv()
                kind = msg[0]
                if kind in ("done", "failed", "error", "memory") and msg[1] != w.seq:
                    continue  # about a batch already given up
                if kind == "ready":
                    w.ready, w.since = True, time.monotonic()
                elif kind in ("done", "failed"):
                    _, _, i, payload = msg
                    if any(it[0] == i for it in w.task):
                        w.task = [it for it in w.task if it[0] != i]
                        w.since = time.monotonic()
                        self.answered += 1
                        yield (i, payload, None) if kind == "done" else (i, None, payload)
                elif kind == "error":
                    yield from self._give_up(w, msg[2])
                elif kind == "memory":
                    yield from self._give_up(w, OverBound(f"facts could not be extracted: it needed more "
                                                          f"than {self.memory >> 20} MB"))
                    dead = True
                elif kind == "broken":
                    shutdown()
                    raise ExtractPoolError(f"the spaCy model could not be loaded ({msg[1]})")
        except (EOFError, OSError):
            dead = True
        if not dead and not w.proc.is_alive() and not w.conn.poll():
            dead = True
        if dead:
            if not w.ready:
                shutdown()
                raise ExtractPoolError("an extraction process died while loading the spaCy model")
            yield from self._give_up(w, OverBound(f"facts could not be extracted: its process died (exit code "
                                                  f"{w.proc.exitcode}; over {self.memory >> 20} MB of memory?)"))
            self._replace(w)
        elif w.task and time.monotonic() > w.since + self.timeout:
            yield from self._give_up(w, OverBound(f"facts could not be extracted: took longer than {self.timeout:g} s"))
            self._replace(w)
        elif not w.ready and time.monotonic() > w.since + START_TIMEOUT_S:
            shutdown()
            raise ExtractPoolError(f"the spaCy model did not load in {START_TIMEOUT_S} s")

    def _give_up(self, w: _Worker, reason: str) -> Iterator[tuple[int, Briefing | None, str | None]]:
        """The worker's batch went wrong: a seed that ran alone fails with the reason; the seeds of
        a larger batch are tried again one at a time, so only the one to blame fails."""
        left, w.task = w.task, []
        if w.task_size == 1:
            for i, _ in left:
                self.answered += 1
                yield i, None, reason
        else:
            self.retry.extend([item] for item in left)

    def _replace(self, w: _Worker) -> None:
        w.stop()
        self.pool[self.pool.index(w)] = _Worker(self.memory)
