"""Reading a saved web page in a process of its own, bounded in time and in memory.

A page is untrusted, and lxml and trafilatura cannot be stopped from a thread: a megabyte of HTML
in some shapes (a hundred thousand attributes on one tag, tens of thousands of spans in one
paragraph) costs them minutes, all of it inside C or inside loops that never return to the build.
So `webpage.read_page` runs in a worker process that the build can end, as extraction does
(`extract_pool.py`):

* the worker caps its own address space, has no network (every socket connection it would open
  raises), and is sent one page at a time;
* a page that takes longer than `PAGE_TIMEOUT_S` ends its worker, and so does one that runs it
  out of memory: that seed fails, named, and the next page gets a fresh worker.

One worker serves the whole process (a build reads its pages one after another; it starts in a
fraction of a second, on the first page) and ends with it.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import Connection

from ..processes import end_with_parent, limit_memory, sigint_blocked
from .webpage import Page, PageError

# A news page is read in tens of milliseconds, the largest seed allowed (1 MB of ordinary HTML)
# in a few seconds (bench/webpage_speed.py); these bounds only stop what would hang or sink a build.
PAGE_TIMEOUT_S = 20
PAGE_MEMORY_BYTES = 1 << 30
START_TIMEOUT_S = 120  # importing lxml and trafilatura; a worker that cannot is a fault of the installation


def _no_network() -> None:
    """No connection can be opened in this process: reading a page fetches nothing, whatever a
    library would try."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("no network while reading a seed")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def _worker(conn: Connection, memory: int, parent: int) -> None:
    import logging

    end_with_parent(parent)
    limit_memory(memory)
    _no_network()
    logging.disable(logging.CRITICAL)  # trafilatura's log lines ("discarding data") are not the build's
    try:
        from .webpage import read_page
    except BaseException as exc:  # noqa: BLE001  said to the parent
        conn.send(("broken", f"{exc.__class__.__name__}: {str(exc)[:200]}"))
        return
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(("page", read_page(task)))
        except PageError as exc:
            conn.send(("error", exc.problem))
        except MemoryError:
            conn.send(("error", f"could not be read as a web page: it needed more than {memory >> 20} MB"))
            return  # a process that ran out of memory is not trusted with the next page
        except Exception as exc:  # noqa: BLE001  a fault of the reader on this page is this seed's
            conn.send(("error", f"could not be read as a web page ({exc.__class__.__name__}: {str(exc)[:200]})"))


class WebpageReaderError(RuntimeError):
    """The reader cannot run at all (trafilatura is not installed): a fault of the installation,
    said against each page seed."""


class _Worker:
    def __init__(self, memory: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # not fork: the parent may hold threads and locks
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, memory, os.getpid()), daemon=True,
                                name="briefing-webpage")
        with sigint_blocked():
            self.proc.start()
        child.close()
        self.memory = memory
        self.ready = False

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


_worker_now: _Worker | None = None
_lock = threading.Lock()  # one page at a time through the one worker


def shutdown() -> None:
    """End the worker (it ends with the process anyway)."""
    global _worker_now
    with _lock:
        if _worker_now is not None:
            _worker_now.stop()
            _worker_now = None


def read_page_bounded(raw: bytes, timeout: float | None = None, memory: int | None = None) -> Page:
    """`webpage.read_page(raw)`, in the worker: the page, or a `PageError` that says why
    (the page's own problem, or that it ran over a bound)."""
    global _worker_now
    timeout = PAGE_TIMEOUT_S if timeout is None else timeout
    memory = PAGE_MEMORY_BYTES if memory is None else memory
    with _lock:
        w = _worker_now
        if w is None or not w.proc.is_alive() or w.memory != memory:
            if w is not None:
                w.stop()
            w = _worker_now = _Worker(memory)
        try:
            if not w.ready:
                _wait_ready(w)
            w.conn.send(raw)
            if not w.conn.poll(timeout):
                raise PageError(f"could not be read as a web page: took longer than {timeout:g} s")
            kind, payload = w.conn.recv()
        except (EOFError, OSError):
            _worker_now = None
            w.stop()
            raise PageError(f"could not be read as a web page: its process died (exit code {w.proc.exitcode}; "
                            f"over {memory >> 20} MB of memory?)") from None
        except BaseException:
            _worker_now = None  # over the time bound, or stopped: the worker is busy with this page
            w.stop()
            raise
        if kind == "page":
            return payload
        raise PageError(payload)


def _wait_ready(w: _Worker) -> None:
    """The new worker has imported its libraries, or `WebpageReaderError` says why it could not."""
    try:
        msg = w.conn.recv() if w.conn.poll(START_TIMEOUT_S) else ("broken", f"no answer in {START_TIMEOUT_S} s")
    except (EOFError, OSError):
        w.proc.join(1)
        msg = ("broken", f"its process exited with code {w.proc.exitcode}")
    if msg[0] != "ready":
        raise WebpageReaderError(f"the web page reader could not start ({msg[1]})")
    w.ready = True
