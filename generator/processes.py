"""Bounded worker processes (the extract, handout and web-page pools): each ends with the build
that started it, never sees Ctrl-C, and holds no more memory than its bound.

A build killed by SIGTERM or SIGKILL runs none of its own clean-up, and a process pool's workers
wait on their queue forever: each would go on holding a spaCy model or WeasyPrint (hundreds of
MB) after the build is gone. So every worker watches its parent and exits once it is gone
(`end_with_parent`). And a worker never sees SIGINT: Ctrl-C reaches every process of the
terminal's group, and the build, not each worker, decides what stopping means (and prints one
line, not a traceback per worker). Workers are started with SIGINT blocked (`sigint_blocked`: the
signal mask is inherited through fork and exec, so even a worker still importing its libraries
is spared), and ignore it once running.
"""
from __future__ import annotations

import os
import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

WATCH_EVERY_S = 0.5


def end_with_parent(parent: int) -> None:
    """Call first thing in a worker process, with the pid of the process that started it (as the
    parent knew it: a worker still starting up when the build was killed must not take its new
    parent for the build)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: the caller is not a worker process of ours
        return
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCH_EVERY_S)
            if os.getppid() != parent:  # re-parented: the build is gone
                os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Around the start of worker processes: they are born with SIGINT blocked. Here, a Ctrl-C
    meanwhile waits (it is not lost) until the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def limit_memory(limit: int) -> None:
    """Bound this process's address space to `limit` bytes (or to the hard limit, if lower)."""
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    except (ValueError, OSError):  # a platform without RLIMIT_AS: the time bound still holds
        pass
