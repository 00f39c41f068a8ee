"""The build's handout step: a PDF per briefing, rendered while the pages and the site are made.

MkDocs runs on one core; the PDF workers take the others. So the build starts the handouts
(`start_handouts`: HTML for each, cached PDFs at once, the rest sent to the engine and collected
by a background thread), writes the pages and runs MkDocs meanwhile, then `finish`es: the PDFs
are written into the staged docs and, when the site was built meanwhile, into it too (MkDocs
copied a placeholder of each: a page's link to its handout must resolve for a strict build).
A handout that fails keeps the one its briefing had on the site (`last_published`); a briefing
that had none leaves the site, so the build then writes the pages again without it (rare:
every list changes).
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import Cache, digest, files_digest, pdf_key
from .engine import Engine
from ..facts import Briefing
from .progress import Meter, Progress
from ..publish.render import Renderer, TemplateError
from ..publish.site import HANDOUTS_DIR, page_url


def generation_date(b: Briefing) -> str:
    """The date a handout says it was generated: the newest story it draws on (its own and the
    earlier briefings it links). Deterministic, and unchanged until the handout's content
    changes, so a rebuild on another day (or a CI run per commit) re-renders no PDF."""
    return max([b.date] + [r.date for r in b.related])


@dataclass
class PendingHandouts:
    """Handouts on their way: `briefings` are those whose HTML was made (the pages assume each
    gets its PDF); `rendering` tells whether any PDF is still to come from the engine;
    `failures` are (seed file, reason), in story order."""

    briefings: list[Briefing]
    out: Path
    # the handout each briefing last had on the site, or None: what it keeps when its own fails
    last_published: Callable[[Briefing], bytes | None] = lambda b: None
    # each briefing's handout: its bytes, or the cache entry that holds them (linked, not read: `place`)
    pdfs: dict[str, bytes | Path] = field(default_factory=dict)
    # a folded report's old handout address (slug) -> its story's lead (id): an old link to the paper
    # gets the story's handout, as an old link to the page gets a page that points to it
    aliases: dict[str, str] = field(default_factory=dict)
    todo: list[tuple[Briefing, str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    _results: dict[int, tuple[bytes | None, str | None]] = field(default_factory=dict)
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _error: BaseException | None = None

    @property
    def rendering(self) -> bool:
        return bool(self.todo)

    def _collect(self, engine: Engine, cache: Cache, meter: Meter) -> None:
        # Light work (bytes in, a cache file out): it shares the process with MkDocs.
        results = engine.render([html for *_, html in self.todo])
        try:
            for j, data, problem in results:
                self._results[j] = (data, problem)
                if data is not None:  # written as it comes: a build stopped here resumes with the rest
                    cache.put("pdf", self.todo[j][1], data)
                meter.tick()
                if self._stop.is_set():
                    break
        except BaseException as exc:  # noqa: BLE001  re-raised in the build's thread by finish()
            self._error = exc
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()

    def _write_alias(self, slug: str, lead: str, site: Path | None = None) -> None:
        data = self.pdfs.get(lead)
        if data is None:  # the story's handout failed, and it had none: nor has the old address
            (self.out / f"{slug}.pdf").unlink(missing_ok=True)
            return
        place(data, self.out / f"{slug}.pdf")
        copied = site / HANDOUTS_DIR / f"{slug}.pdf" if site is not None else None
        if copied is not None and copied.exists():
            place(data, copied)

    def keep_last(self, b: Briefing, problem: str) -> bytes | None:
        """A handout failed: the failure, and the handout the briefing last had on the site (None: it
        had none, and it leaves the site). A render fault never takes a briefing off the site."""
        last = self.last_published(b)
        self.failures.append((b.source_file, problem + ("; the briefing keeps the handout it had" if last else "")))
        return last

    def stop(self, wait: bool = True) -> None:
        """Stop waiting for PDFs (the build failed meanwhile): the thread ends after the PDF in hand.
        `wait=False` (the build was interrupted): nor wait for that one; the workers end with the build."""
        self._stop.set()
        if self._thread is not None and wait:
            self._thread.join()

    def finish(self, progress: Progress, site: Path | None = None) -> list[Briefing]:
        """Wait for the PDFs; write each into the docs (and `site`, built meanwhile). The briefings
        that have their handout, in the given order."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        for j, (b, _key, _html) in enumerate(self.todo):
            data, problem = self._results.get(j, (None, "handout failed: no result came back"))
            if data is None:
                data = self.keep_last(b, problem or "handout failed")
            if data is None:
                (self.out / f"{b.slug}.pdf").unlink(missing_ok=True)
                continue
            self.pdfs[b.id] = data
            place(data, self.out / f"{b.slug}.pdf")
            copied = site / HANDOUTS_DIR / f"{b.slug}.pdf" if site is not None else None
            if copied is not None and copied.exists():  # MkDocs copied (or linked) its placeholder
                place(data, copied)
        for slug, lead in self.aliases.items():
            self._write_alias(slug, lead, site)
        progress(f"handouts of {len(self.briefings)} briefing(s) in {time.monotonic() - self.started:.1f} s")
        return [b for b in self.briefings if b.id in self.pdfs]


def place(data: bytes | Path, path: Path) -> None:
    """A handout at `path`: its bytes written, or a cache entry's file linked there (copied where it cannot
    be linked). 8,859 cached handouts are 215 MB a build would otherwise read and write again."""
    path.unlink(missing_ok=True)  # never written into: the file there may be a link to a cache entry
    if isinstance(data, bytes):
        path.write_bytes(data)
        return
    try:
        os.link(data, path)
    except OSError:
        shutil.copyfile(data, path)


def handout_templates(renderer: Renderer) -> str:
    """What of the template folders a handout reads, as one digest: its template with all it includes,
    extends or imports (asked of Jinja: `Renderer.sources`) and its stylesheet. A change to a page's
    template renders no handout again; where a reference is computed at render time, every file of
    the template folders counts."""
    from ..publish.handouts import HANDOUT_CSS, HANDOUT_TEMPLATE, template_css

    sources = renderer.sources(HANDOUT_TEMPLATE)
    if sources is None:
        return digest("every template", files_digest(renderer.dirs))
    return digest(*(part for name, text in sources.items() for part in (name, text)),
                  HANDOUT_CSS, template_css(renderer, HANDOUT_CSS) or "")


def start_handouts(briefings: list[Briefing], docs: Path, renderer: Renderer, progress: Progress,
                   paper: str, cache: Cache, engine: Engine, site_url: str | None = None,
                   last_published: Callable[[Briefing], bytes | None] = lambda b: None,
                   folded: dict[str, list[Briefing]] | None = None,
                   facts: dict[str, str] | None = None) -> PendingHandouts:
    """Each briefing's handout: cached PDFs (by its facts) written now, the others' HTML sent to
    the engine, each with an empty placeholder file until `finish` writes it. `last_published`:
    the handout a briefing had on the site, kept when its new one cannot be made; `folded`, by
    lead id: the reports folded into it, whose handout addresses serve the lead's handout; `facts`, by
    id: the digest of each briefing's `to_json()`, where the build has it (`briefing_digests.py`)."""
    from .handout_pool import POOL_MIN_ITEMS
    from ..publish.handouts import FONT_DIR, HandoutError, also_reported, handout_html

    out = docs / HANDOUTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    templates, fonts = handout_templates(renderer), files_digest([FONT_DIR])
    pending = PendingHandouts([], out, last_published)
    for b in briefings:
        url = page_url(site_url, b.slug)
        also = also_reported((folded or {}).get(b.id, []))
        made = (facts or {}).get(b.id) or digest(b.to_json())
        key = pdf_key(made + json.dumps(also, ensure_ascii=False, sort_keys=True), templates, fonts, paper, url)
        entry = cache.entry("pdf", key, b"%PDF-", b"%%EOF")
        if entry is not None:
            pending.briefings.append(b)
            pending.pdfs[b.id] = entry
            place(entry, out / f"{b.slug}.pdf")
            continue
        try:
            html = handout_html(b, renderer, generation_date(b), paper, page_url=url, also=also)
        except (HandoutError, TemplateError) as exc:
            last = pending.keep_last(b, str(exc))
            if last is not None:
                pending.briefings.append(b)
                pending.pdfs[b.id] = last
                (out / f"{b.slug}.pdf").write_bytes(last)
            continue
        pending.briefings.append(b)
        cache.forget("pdf", key)  # a damaged entry, if any: not tried again
        pending.todo.append((b, key, html))
        (out / f"{b.slug}.pdf").write_bytes(b"")
        if len(pending.todo) == POOL_MIN_ITEMS and hasattr(engine, "start_render"):
            engine.start_render()  # its workers start while the rest of the HTML is made
    pending.aliases = {f.slug: lead for lead, items in (folded or {}).items() for f in items}
    for slug in pending.aliases:
        (out / f"{slug}.pdf").write_bytes(b"")  # a placeholder, for MkDocs to copy, until `finish`
    if pending.todo:
        progress(f"rendering {len(pending.todo)} handout(s) ({len(pending.pdfs)} from cache)")
        meter = Meter("handouts", len(pending.todo), progress)
        pending._thread = threading.Thread(target=pending._collect, args=(engine, cache, meter),
                                           name="handouts", daemon=True)
        pending._thread.start()
    return pending
