"""MkDocs in a process of its own.

MkDocs holds every page of the site at once (its Markdown, its HTML, its table of contents) from
the first page read to the last written, and the build's own process holds every briefing: in one
process the two peaks added up (10,000 briefings: the build's process alone held 1.1 GB before
MkDocs began). Apart, each process peaks on its own, and MkDocs' memory is given back when it ends.
The child is spawned (not forked: the build holds threads), starts with SIGINT blocked and ends
with the build (processes.py), so a Ctrl-C stops the build, which ends the child.
"""
from __future__ import annotations

import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path

from ..errors import SiteError
from ..processes import end_with_parent, sigint_blocked


def _child(conn: Connection, config: str, docs: str, site: str, strict: bool, page_cache: str | None,
           parent: int) -> None:
    end_with_parent(parent)
    try:
        from ..publish.site import mkdocs_build

        mkdocs_build(Path(config), Path(docs), Path(site), strict, Path(page_cache) if page_cache else None)
        conn.send(("ok", ""))
    except SiteError as exc:
        conn.send(("error", str(exc)))
    except BaseException as exc:  # noqa: BLE001  a fault of MkDocs or of ours: the build reports it
        conn.send(("error", f"mkdocs build failed: {exc.__class__.__name__}: {str(exc)[:500]}"))
    finally:
        conn.close()


def build_site_apart(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool = True,
                     page_cache: Path | None = None) -> None:
    """`publish.site.mkdocs_build` (MkDocs, then the search index) in a child process; its problems
    are raised here as the same SiteError."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, name="briefing-mkdocs", daemon=True,
                       args=(send, str(config_file), str(docs_dir), str(site_dir), strict,
                             str(page_cache) if page_cache is not None else None, os.getpid()))
    with sigint_blocked():
        proc.start()
    send.close()
    try:
        try:
            kind, message = receive.recv()
        except EOFError:  # it died without a word (killed, out of memory)
            proc.join()
            kind, message = "error", f"mkdocs build failed: its process ended (exit code {proc.exitcode})"
    finally:
        receive.close()
        if proc.is_alive():
            proc.join(30)
        if proc.is_alive():  # the build was interrupted meanwhile, or the child hangs on exit
            proc.kill()
            proc.join()
    if kind != "ok":
        raise SiteError(message)
