"""`python -m generator serve`: build, serve the site on 127.0.0.1, rebuild on every change.

The server is MkDocs' own live-reload server (`mkdocs.livereload.LiveReloadServer`, the one
`mkdocs serve` runs): it serves `site/`, watches files with watchdog and reloads open pages when
a rebuild has finished. What it watches is what a build reads: the seeds (and the corrections
beside them), the templates, `corrections/` and `mkdocs.yml`. Each rebuild is a whole `build()`
with the cache, so a changed seed costs one extraction (the model stays loaded in the build's
worker processes between rebuilds) plus the pages the page cache cannot reuse.

A bad seed is reported in the terminal and the rest is served; a build that stops (a broken
template) keeps the last site and the server running, waiting for the next change.
"""
from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

from .steps import BuildError, Project, build
from ..editorial.corrections import ACTORS_FILE


def watched_paths(project: Project, user_templates: Path | None = None) -> list[Path]:
    """What a build reads and an editor changes. Not the docs folder: a build writes into it."""
    paths = [project.seeds, project.templates, project.root / ACTORS_FILE.parent, project.config]
    if user_templates is not None:
        paths.append(user_templates)
    return [p for p in paths if p.exists()]


def rebuild(project: Project, say: Callable[[str], None], **options: object) -> bool:
    """One build, reported in the terminal; never raises for what a seed or a template holds."""
    try:
        result = build(project, progress=say, **options)
    except BuildError as exc:
        say(f"error: build stopped: {exc}; still serving the last site, waiting for the next change")
        return False
    except OSError as exc:
        say(f"error: build stopped: {exc.strerror or exc}; still serving the last site")
        return False
    say(result.summary())
    return True


def serve(project: Project, host: str = "127.0.0.1", port: int = 8000, say: Callable[[str], None] | None = None,
          **options: object) -> int:
    """Build, then serve until interrupted (Ctrl-C or SIGTERM); `options` go to `build()`."""
    from mkdocs.livereload import LiveReloadServer

    say = say or (lambda msg: print(msg, file=sys.stderr, flush=True))
    rebuild(project, say, **options)
    project.site.mkdir(parents=True, exist_ok=True)  # served even when the first build stopped

    server = LiveReloadServer(builder=lambda: rebuild(project, say, **options), host=host, port=port,
                              root=str(project.site))

    def not_found(code: int) -> bytes | None:
        page = project.site / "404.html"
        return page.read_bytes() if code == 404 and page.is_file() else None

    server.error_handler = not_found
    for path in watched_paths(project, options.get("user_templates")):  # type: ignore[arg-type]
        server.watch(str(path))

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    say(f"serving {project.site} on {server.url} (Ctrl-C to stop); rebuilding when seeds, templates, "
        f"corrections or {project.config.name} change")
    try:
        server.serve()
    except KeyboardInterrupt:
        say("stopped")
    except OSError as exc:  # the port is taken, or the address is not this machine's
        say(f"error: cannot serve on {host}:{port}: {exc.strerror or exc}")
        return 2
    finally:
        server.shutdown()
        signal.signal(signal.SIGTERM, previous)
    return 0
