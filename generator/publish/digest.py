"""A digest: every briefing of a period in one PDF, with a cover and a table of contents.

    python -m generator digest --since 2005-01-01 [--until 2005-01-31] [-o digest.pdf]

The briefings come from a built project (`<docs>/briefings/<slug>.json`, the facts the
site publishes) or, with --seeds, from extracting seed files. Each briefing is set as in
its handout (the same `handout_body.html.j2` macro), one after the other, each from a new
page; the contents give page numbers with WeasyPrint's `target-counter()`. WeasyPrint
runs with the handouts' URL fetcher (bundled fonts only), and the output is byte-stable.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from ..errors import DigestError
from .. import __version__
from ..facts import Briefing
from .handouts import HandoutError, font_css, html_to_pdf, long_date, paper_css, template_css
from .policy import story_key
from ..safe_files import UnsafeFile, read_regular
from .render import Renderer, TemplateError
from .site import PUBLISHED_MAX_BYTES


def load_built(docs: Path) -> list[Briefing]:
    """The briefings a build published as JSON in the docs folder."""
    folder = docs / "briefings"
    briefings = []
    for path in sorted(folder.glob("*.json")):
        try:  # read as a build reads (safe_files): a FIFO or a link out of the docs folder is refused
            briefings.append(Briefing.from_json(read_regular(path, PUBLISHED_MAX_BYTES, docs).decode("utf-8")))
        except UnsafeFile as exc:
            raise DigestError(f"{path}: {exc.problem}") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise DigestError(f"{path}: not a briefing ({exc.__class__.__name__}: {exc})") from None
    return briefings


def select(briefings: list[Briefing], since: str, until: str | None = None) -> list[Briefing]:
    """The briefings dated since..until (inclusive), oldest first: a digest reads as a chronicle.
    A story that arrived twice (the same text) is printed once, at its first date."""
    chosen = [b for b in briefings if b.date >= since and (until is None or b.date <= until)]
    seen: set[str] = set()
    unique = []
    for b in sorted(chosen, key=lambda b: (b.date, b.slug)):
        key = story_key(b)  # the text, or what the JSON kept of it under the story-text policy
        if key not in seen:
            seen.add(key)
            unique.append(b)
    return unique


def made_on(environ: Mapping[str, str] = os.environ) -> str:
    """The day the digest is made: SOURCE_DATE_EPOCH's (UTC) when it is set, so that a rebuild of
    the same inputs gives the same bytes; else today's."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
        except (ValueError, OverflowError, OSError):
            raise DigestError(f"SOURCE_DATE_EPOCH={epoch[:20]!r} is not a number of seconds since 1970") from None
    return dt.date.today().isoformat()


def period(since: str, until: str) -> str:
    return long_date(since) if since == until else f"{long_date(since)} to {long_date(until)}"


def digest_html(briefings: list[Briefing], renderer: Renderer, since: str, until: str, generated: str,
                paper: str = "a4", site_url: str | None = None) -> str:
    keywords = sorted({a.name for b in briefings for a in b.actors[:3]} | {t for b in briefings for t in b.tags})
    return renderer.render(
        "digest.html.j2",
        briefings=briefings,
        period=period(since, until),
        date_long=long_date,
        generated_long=long_date(generated),
        keywords=", ".join(keywords[:40]),
        version=__version__,
        site_url=site_url,
        font_css=font_css(),
        css="\n".join([template_css(renderer), template_css(renderer, "digest.css"), paper_css(paper)]),
    )


def render_digest(briefings: list[Briefing], renderer: Renderer, since: str, until: str, generated: str,
                  paper: str = "a4", site_url: str | None = None) -> bytes:
    html = digest_html(briefings, renderer, since, until, generated, paper, site_url)
    try:
        return html_to_pdf(html)
    except Exception as exc:  # WeasyPrint raises many kinds
        raise DigestError(f"digest failed ({exc.__class__.__name__}: {exc})") from exc


def write_digest(project_root: Path, since: str, until: str | None = None, output: Path | None = None,
                 briefings: list[Briefing] | None = None, paper: str = "a4",
                 user_templates: Path | None = None) -> tuple[Path, int]:
    """Write the digest PDF; returns its path and the number of briefings in it. `briefings`: those
    to choose from (a digest without a build, `generator.build.steps.extract_seeds`); by default
    the built ones in the docs folder."""
    from ..project import Project
    from .site import site_url_of

    project = Project.at(project_root)
    if briefings is None:
        if not (project.docs / "briefings").is_dir():
            raise DigestError(f"no built briefings in {project.docs / 'briefings'}: build first, or give --seeds")
        briefings = load_built(project.docs)
    chosen = select(briefings, since, until)
    if not chosen:
        raise DigestError(f"no briefings dated from {since}" + (f" to {until}" if until else ""))
    last = until or chosen[-1].date
    renderer = Renderer(user_templates, project.templates)
    try:
        pdf = render_digest(chosen, renderer, since, last, made_on(), paper, site_url=site_url_of(project.config))
    except (TemplateError, HandoutError) as exc:
        raise DigestError(str(exc)) from None
    out = output or Path(f"digest-{since}" + (f"-{until}" if until else "") + ".pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    return out, len(chosen)
