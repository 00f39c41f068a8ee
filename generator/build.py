"""The build, as a short list of named steps (after MkDocs' own `commands/build.py`).

    read seeds -> extract facts -> link briefings -> stage pages -> handouts -> mkdocs -> swap in

A seed that fails is recorded with its file name and reason; the others go on. All
output is staged in a fresh folder and swapped in at the end, so a build that dies
halfway leaves the previous site and pages whole.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .facts import Briefing, Related
from .render import Renderer, TemplateError
from .seeds import Seed, SeedError, find_seed_files, read_seed
from .site import GENERATED, HANDOUTS_DIR, SiteError, mkdocs_build, write_pages

TEMPLATES = ["briefing.md.j2", "home.md.j2", "handout.html.j2"]
MAX_RELATED = 5


class BuildError(Exception):
    """The build as a whole cannot run (a broken template, a missing config)."""


@dataclass
class Failure:
    file: str
    reason: str


@dataclass
class BuildResult:
    built: list[Briefing] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    site_dir: Path | None = None

    def summary(self) -> str:
        lines = [f"built {len(self.built)} briefing(s), {len(self.failures)} failed"]
        lines += [f"  FAILED {f.file}: {f.reason}" for f in self.failures]
        if self.site_dir:
            lines.append(f"site: {self.site_dir}/index.html")
        return "\n".join(lines)


@dataclass
class Project:
    root: Path
    seeds: Path
    templates: Path
    config: Path
    docs: Path
    site: Path

    @classmethod
    def at(cls, root: Path) -> "Project":
        root = root.resolve()
        return cls(root, root / "seeds", root / "templates", root / "mkdocs.yml", root / "briefings", root / "site")


Progress = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def generation_date(briefings: list[Briefing]) -> str:
    """The date handouts say they were generated: SOURCE_DATE_EPOCH if set, for byte-stable builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return max((b.date for b in briefings), default="1970-01-01")


# -- steps ---------------------------------------------------------------------------------------

def read_seeds(paths: list[Path], result: BuildResult) -> list[Seed]:
    seeds = []
    for path in find_seed_files(paths):
        try:
            seeds.append(read_seed(path))
        except SeedError as exc:
            result.failures.append(Failure(path.name, exc.problem))
    return seeds


def extract_facts(seeds: list[Seed], result: BuildResult, progress: Progress, n_process: int = 1) -> list[Briefing]:
    from .extract import extract

    briefings = []
    for i, (seed, briefing) in enumerate(zip(seeds, extract(seeds, n_process=n_process)), 1):
        briefings.append(briefing)
        if i % 25 == 0 or i == len(seeds):
            progress(f"extracted {i}/{len(seeds)}")
    return briefings


def assign_slugs(briefings: list[Briefing]) -> None:
    """Slugs are unique: a clash gets -2, -3, ... in seed-id order."""
    taken: set[str] = set()
    for b in sorted(briefings, key=lambda b: b.id):
        slug, n = b.slug, 2
        while slug in taken:
            slug, n = f"{b.slug}-{n}", n + 1
        b.slug = slug
        taken.add(slug)


def link_related(briefings: list[Briefing]) -> None:
    """Context across briefings: each gets the earlier ones that share its people and organisations."""
    order = sorted(briefings, key=lambda b: (b.date, b.id))
    names = {b.id: {a.name for a in b.who if a.kind in ("person", "organisation")} for b in order}
    for i, b in enumerate(order):
        scored = []
        for earlier in order[:i]:
            shared = sorted(names[b.id] & names[earlier.id])
            if shared:
                scored.append((-len(shared), earlier.date, earlier.id, earlier, shared))
        scored.sort(key=lambda x: (x[0], tuple(-ord(c) for c in x[1]), x[2]))
        b.related = [Related(id=e.id, slug=e.slug, title=e.title, date=e.date, shared=s)
                     for *_, e, s in scored[:MAX_RELATED]]


def stage_docs(project: Project, stage: Path) -> Path:
    """A copy of the hand-written pages, without last build's generated ones."""
    docs = stage / "docs"
    if project.docs.is_dir():
        shutil.copytree(project.docs, docs, ignore=lambda d, names: [n for n in names if Path(d) == project.docs and n in GENERATED])
    else:
        docs.mkdir(parents=True)
    return docs


def write_handouts(briefings: list[Briefing], docs: Path, renderer: Renderer, result: BuildResult,
                   progress: Progress) -> list[Briefing]:
    from .handouts import HandoutError, render_pdf

    out = docs / HANDOUTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    generated = generation_date(briefings)
    ok = []
    for i, b in enumerate(briefings, 1):
        try:
            (out / f"{b.slug}.pdf").write_bytes(render_pdf(b, renderer, generated))
            ok.append(b)
        except (HandoutError, TemplateError) as exc:
            result.failures.append(Failure(b.source_file, str(exc)))
        if i % 25 == 0 or i == len(briefings):
            progress(f"handouts {i}/{len(briefings)}")
    return ok


def swap_in(project: Project, docs: Path, site: Path) -> None:
    """Replace the generated pages and the site with the staged ones, each by a rename."""
    for name in GENERATED:
        _replace(project.docs / name, docs / name)
    _replace(project.site, site)


def _replace(target: Path, new: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    if target.exists():
        target.rename(old)
    if new.exists():
        shutil.copytree(new, target) if new.is_dir() and new.stat().st_dev != target.parent.stat().st_dev else new.rename(target)
    if old.exists():
        shutil.rmtree(old) if old.is_dir() else old.unlink()


# -- the build -----------------------------------------------------------------------------------

def build(project: Project, progress: Progress = _stderr, n_process: int = 1,
          user_templates: Path | None = None) -> BuildResult:
    result = BuildResult()
    renderer = Renderer(user_templates, project.templates)
    problems = renderer.check(TEMPLATES)
    if problems:
        raise BuildError("; ".join(problems))
    if not project.config.is_file():
        raise BuildError(f"{project.config}: no MkDocs configuration")

    seeds = read_seeds([project.seeds], result)
    progress(f"read {len(seeds)} seed(s) from {project.seeds}")
    briefings = extract_facts(seeds, result, progress, n_process=n_process)
    assign_slugs(briefings)
    link_related(briefings)

    with tempfile.TemporaryDirectory(prefix=".build-", dir=project.root) as tmp:
        stage = Path(tmp)
        docs = stage_docs(project, stage)
        briefings = write_handouts(briefings, docs, renderer, result, progress)
        try:
            write_pages(docs, briefings, renderer)
        except TemplateError as exc:
            raise BuildError(str(exc)) from None
        progress("building the site with MkDocs")
        try:
            mkdocs_build(project.config, docs, stage / "site")
        except SiteError as exc:
            raise BuildError(str(exc)) from None
        swap_in(project, docs, stage / "site")
    result.built = briefings
    result.site_dir = project.site
    return result
