"""The build, as a short list of named steps (after MkDocs' own `commands/build.py`).

    read seeds -> extract facts (what changed) -> link briefings -> stage pages
               -> handouts (what changed), and meanwhile the pages and mkdocs -> swap in

A seed that fails is recorded with its file name and reason; the others go on. Facts and
PDFs come from the content-keyed cache (`cache.py`) when their inputs are unchanged. All
output is staged in a fresh folder inside the project and swapped in at the end, so a
build that dies halfway leaves the previous site and pages whole.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import BuildError, DigestError
from ..cache import Cache, code_digest, digest, facts_key, files_digest, package_versions
from ..editorial.clusters import fold_stories
from ..editorial.corrections import correct_all
from .engine import Engine, LocalEngine, default_jobs, extract_processes
from ..facts import SCHEMA_VERSION, Briefing
from ..editorial.identity import link_related
from ..model import model_id
from .handout_step import start_handouts
from .site_process import build_site_apart
from ..publish.policy import DEFAULT as DEFAULT_POLICY, PolicyError, shown, story_text_policy
from .progress import Meter, Progress
from ..project import CONFIG_MAX_BYTES, Project
from ..publish.render import Renderer, TemplateError
from ..input.seeds import Seed, SeedFile, read_seed_folder
from ..safe_files import UnsafeFile, copy_regular, problem_of, read_regular
from ..slugs import assign_slugs
from ..publish.topics import with_topic_tags
from ..publish.site import (BRIEFINGS_DIR, GENERATED, HANDOUTS_DIR, PUBLISHED_MAX_BYTES, SiteError,
                            site_url_of, write_pages)
from .swap import exchange
from ..input.textclean import shown_name
from .result import BuildResult, Failure
from .seed_cache import read_seed_folder_cached
from .related_cache import identities_cached, link_related_cached
from .slug_cache import assign_slugs_cached
from .published import last_published, remember as remember_published
from .briefing_digests import FOLDED, RECORDED, BriefingDigests

# said of a seed that ran over a bound in an earlier build, and is not tried again until it changes
REMEMBERED = " (in an earlier build; it is tried again once the seed changes, or with --no-cache)"
SLUGS_ENTRY = "slugs.json"  # in the cache folder: last build's slug of each seed id
DOCS_FILE_MAX_BYTES = 256 << 20  # a hand-written page or what it shows (an image, a report as PDF)
SITE_ENTRY = "site.json"  # in the cache folder: what the last site was built from, and what it holds
# mkdocs.yml settings that bring in files outside the docs folder: with them, MkDocs always runs
_CONFIG_REACHES_OUT = re.compile(r"custom_dir|hooks|INHERIT|!!python|!relative|overrides", re.I)


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- steps ---------------------------------------------------------------------------------------

def read_seeds(paths: list[Path], result: BuildResult, cache: Cache | None = None) -> list[SeedFile]:
    """Every seed under the paths (`read_seed_folder`; with a `cache`, an unchanged seed's parse from
    it: `seed_cache.py`); a file that gave none is a failure naming it."""
    folder = read_seed_folder_cached(paths, cache) if cache is not None else read_seed_folder(paths)
    result.failures += [Failure(u.name, u.problem) for u in folder.unread]
    return folder.seeds


def _cached_briefing(cache: Cache, key: str, seed: Seed, digests: BriefingDigests | None = None) -> Briefing | None:
    """A briefing from the cache, or None when the entry is missing, unreadable or not this seed's.
    `digests` is told what it was read from."""
    data = cache.get("facts", key)
    if data is None:
        return None
    b = _as_loaded(data, seed, digests)
    if b is None:
        cache.forget("facts", key)
    return b


def _as_loaded(entry: bytes, seed: Seed, digests: BriefingDigests | None) -> Briefing | None:
    """The briefing a later build reads from `entry` (None where it would not: then it is extracted
    again there, and the object just made is published as before)."""
    try:
        b = Briefing.from_json(entry.decode("utf-8"))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if b.id != seed.id or b.schema != SCHEMA_VERSION or b.text != seed.text:
        return None
    if digests is not None:
        digests.loaded(b, entry)
    return b


def extract_facts(seeds: list[SeedFile], result: BuildResult, progress: Progress, cache: Cache,
                  jobs: int = 1, engine: Engine | None = None, digests: BriefingDigests | None = None) -> list[Briefing]:
    """Facts for every seed, from the cache where its key matches, else from spaCy (and then as read
    back from the entry written). `digests`: told which briefings are their cache entry as loaded, and
    from what bytes (`briefing_digests.py`).

    Cached entries are each seed's own facts, before slugs are made unique and briefings
    linked: those depend on the other seeds and are redone every build (they are cheap).
    """
    started = time.monotonic()
    model = model_id()
    found: list[Briefing | None] = []
    todo: list[tuple[int, str, Seed]] = []
    remembered = 0
    for i, sf in enumerate(seeds):
        key = facts_key(sf.seed.path.name, sf.raw, model)
        b = _cached_briefing(cache, key, sf.seed, digests)
        found.append(b)
        over = cache.get("over-bound", key) if b is None else None
        if over is not None:  # it ran over a bound before, with these very bytes: not again
            result.failures.append(Failure(sf.seed.path.name, over.decode("utf-8", "replace") + REMEMBERED, True))
            remembered += 1
        elif b is None:
            todo.append((i, key, sf.seed))
    result.stats["facts_cached"] = len(seeds) - len(todo) - remembered
    result.stats["facts_extracted"] = len(todo)
    if todo:
        engine = engine or LocalEngine(jobs)
        progress(f"extracting {len(todo)} seed(s) ({len(seeds) - len(todo)} from cache), {engine.where(len(todo))}")
        meter = Meter("extracted", len(todo), progress)
        keys = {seed.path.name: key for _, key, seed in todo}
        seen = len(result.failures)
        for (i, key, seed), b in engine.extract(todo, result):
            if b is not None:  # written as it comes: a build stopped here resumes with the rest
                entry = b.to_json().encode("utf-8")
                cache.put("facts", key, entry)
                # from here on the briefing is its entry as loaded, as the next build will load it: the
                # same object either way, so `digests` keeps its JSON's digest from this build on
                b = _as_loaded(entry, seed, digests) or b
            for f in result.failures[seen:]:  # a seed over a bound is remembered by its content
                if f.over_bound and f.file in keys:
                    cache.put("over-bound", keys[f.file], f.reason.encode("utf-8"))
            seen = len(result.failures)
            found[i] = b
            meter.tick()
    progress(f"facts of {len(seeds)} seed(s) in {time.monotonic() - started:.1f} s")
    return [b for b in found if b is not None]


def stage_docs(project: Project, stage: Path, warn: Callable[[str], None] = lambda w: None) -> Path:
    """A copy of the hand-written pages, without last build's generated ones: what MkDocs reads.
    Only regular files inside the docs folder are copied (`safe_files`); a link out of it, a FIFO or
    a device is left out by name (`warn`), unread, and stays where it is (`swap_in` keeps it)."""
    docs = stage / "docs"
    docs.mkdir(parents=True)
    if project.docs.is_dir():
        _copy_pages(project.docs, docs, project.docs, warn, top=True)
    return docs


def _copy_pages(src: Path, dst: Path, docs: Path, warn: Callable[[str], None], top: bool = False) -> None:
    for entry in sorted(os.scandir(src), key=lambda e: e.name):
        if top and entry.name in GENERATED:
            continue
        path, out = Path(entry.path), dst / entry.name
        if entry.is_dir(follow_symlinks=False):
            out.mkdir()
            _copy_pages(path, out, docs, warn)
            continue
        try:
            copy_regular(path, out, DOCS_FILE_MAX_BYTES, docs, "the docs folder", "a page")
        except UnsafeFile as exc:
            out.unlink(missing_ok=True)
            warn(f"{path.relative_to(docs.parent).as_posix()}: {exc.problem}; not published")


def write_site_pages(docs: Path, briefings: list[Briefing], renderer: Renderer, site_url: str | None,
                     policy: str, folded: dict[str, list[Briefing]] | None = None, cache: Cache | None = None,
                     facts: dict[str, str] | None = None) -> None:
    """The generated Markdown pages and feeds of the briefings (`site.write_pages`); `folded`: by
    lead id, the reports folded into it (a page each that points to the lead's); `cache`: where
    briefing pages are kept for the next build; `facts`: the digest of each briefing's JSON, by id."""
    # the actors' identities of these very briefings, kept like link_related's (`related_cache.py`)
    ids = identities_cached(briefings, cache) if cache is not None and cache.root is not None else None
    try:
        write_pages(docs, briefings, renderer, site_url=site_url, policy=policy, folded=folded, cache=cache,
                    facts=facts, ids=ids)
    except TemplateError as exc:
        raise BuildError(str(exc)) from None


def clear_site_pages(docs: Path) -> None:
    """The staged docs without the generated pages (the handouts stay), to write them again."""
    for name in GENERATED:
        if name != HANDOUTS_DIR:
            _remove(docs / name)


def run_mkdocs(project: Project, docs: Path, site: Path, progress: Progress, use_cache: bool) -> Path:
    """The site of the staged docs, built by MkDocs into `site`."""
    progress("building the site with MkDocs")
    started = time.monotonic()
    try:
        build_site_apart(project.config, docs, site, page_cache=project.cache / "pages" if use_cache else None)
    except SiteError as exc:
        raise BuildError(str(exc)) from None
    progress(f"mkdocs build in {time.monotonic() - started:.1f} s")
    return site


def swap_in(project: Project, docs: Path, site: Path | None) -> None:
    """Replace the docs folder (its generated pages) and the site (unless `site` is None) with the
    staged ones, each in one step.

    The docs folder is swapped whole, so that a build killed at any moment leaves it all old or all
    new, never some generated folders of each build: the folder swapped in is the docs folder as it
    is now (the hand-written pages as hard links, nothing read nor followed, so an edit made during
    the build is kept) with the staged generated pages in it. Where hard links cannot be made (another
    file system inside the folder), each generated page is swapped on its own, as before.

    The stage lives inside the project folder, so every rename stays on one file system and is
    atomic; nothing is swapped until every step has succeeded. The old trees are renamed into a
    trash folder and deleted in the background: deleting thousands of files is slow on some file
    systems, and no reader needs to wait for it.
    """
    trash = Path(tempfile.mkdtemp(prefix=".build-trash-", dir=project.root))
    try:
        target = project.docs.resolve() if project.docs.is_symlink() else project.docs
        whole = _docs_as_they_will_be(target, docs)
        if whole is not None:
            _replace(target, whole, trash)
        else:
            for name in GENERATED:
                _replace(target / name, docs / name, trash)
        if site is not None:
            _replace(project.site, site, trash)
    finally:
        _discard(sorted(project.root.glob(".build-trash-*")))  # this one, and any a killed build left


def _docs_as_they_will_be(target: Path, docs: Path) -> Path | None:
    """Beside the staged `docs`, the docs folder to swap in: `target`'s hand-written entries as hard
    links, and the staged generated pages moved in. None where hard links cannot be made."""
    whole = docs.with_name(docs.name + "-whole")
    try:
        whole.mkdir()
        if target.is_dir():
            for entry in sorted(os.scandir(target), key=lambda e: e.name):
                if entry.name not in GENERATED:
                    _link_tree(Path(entry.path), whole / entry.name)
            shutil.copystat(target, whole)
    except OSError:
        shutil.rmtree(whole, ignore_errors=True)
        return None
    for name in GENERATED:
        if (docs / name).exists() or (docs / name).is_symlink():
            (docs / name).rename(whole / name)
    return whole


def _link_tree(src: Path, dst: Path) -> None:
    """`dst` as `src` is, made of hard links: nothing is read or followed, a link stays a link."""
    if stat.S_ISDIR(src.lstat().st_mode):
        dst.mkdir()
        for entry in sorted(os.scandir(src), key=lambda e: e.name):
            _link_tree(Path(entry.path), dst / entry.name)
        shutil.copystat(src, dst, follow_symlinks=False)
    else:
        os.link(src, dst, follow_symlinks=False)


def remove_leftovers(project: Project) -> None:
    """Stages and trash that killed builds left in the project (`.build-<pid>-*` of a process that
    is gone); a build still running keeps its own."""
    stale = []
    for path in project.root.glob(".build-*"):
        m = re.match(r"\.build-(\d+)-", path.name)
        if m is None or not _running(int(m.group(1))):
            stale.append(path)
    _discard(sorted(stale))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, and is someone else's
        return True
    return True


def _discard(paths: list[Path]) -> None:
    """Delete folders without waiting: a detached `rm -rf`, or here and now where there is none."""
    rm = shutil.which("rm")
    if rm and paths:
        try:
            subprocess.Popen([rm, "-rf", "--", *map(str, paths)], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            return
        except OSError:
            pass
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _replace(target: Path, new: Path, trash: Path | None = None) -> None:
    """`target` becomes `new` (or disappears when `new` does not exist). The old one is moved
    aside (into `trash`, else beside it, then deleted) and put back if the new one cannot
    take its place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old")
    if trash is not None:
        old, n = trash / target.name, 1
        while old.exists() or old.is_symlink():
            old, n = trash / f"{target.name}.{n}", n + 1
    _remove(old)
    had_old = target.exists() or target.is_symlink()
    if had_old and new.exists() and exchange(new, target):
        # one atomic step: there is never a moment without `target`; the old tree is now at `new`
        try:
            new.rename(old)
        except OSError:  # it stays in the stage, which is removed with it
            return
        if trash is None:
            _remove(old)
        return
    if had_old:
        target.rename(old)
    try:
        if new.exists():
            new.rename(target)
    except OSError:
        if had_old:
            old.rename(target)
        raise
    if trash is None:
        _remove(old)


def load_slugs(project: Project) -> dict[str, str]:
    """The slug each seed id was last published at: the memory in the cache folder, read whatever
    the build's `use_cache` (`--no-cache` redoes the work; it does not move pages); without it (a
    deleted .cache), the published facts JSON of each page."""
    memory = Cache(project.cache).get_meta(SLUGS_ENTRY)
    try:
        data = json.loads(memory) if memory is not None else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        return {str(k): str(v) for k, v in data.items()}
    slugs = {}
    for path in sorted((project.docs / BRIEFINGS_DIR).glob("*.json")):
        try:
            facts = json.loads(read_regular(path, PUBLISHED_MAX_BYTES, project.docs))
        except (UnsafeFile, ValueError):
            continue
        if isinstance(facts, dict) and isinstance(facts.get("id"), str) and facts.get("slug") == path.stem:
            slugs[facts["id"]] = path.stem
    return slugs


def save_slugs(project: Project, briefings: list[Briefing], previous: dict[str, str], present: set[str]) -> None:
    """Remember each briefing's slug, and keep the slug of a seed that is still there but failed this
    time: it is that story's address, which no other story may take meanwhile (`assign_slugs`)."""
    slugs = {k: v for k, v in previous.items() if k in present}
    slugs.update((b.id, b.slug) for b in briefings)
    data = json.dumps(dict(sorted(slugs.items())), ensure_ascii=False, indent=0).encode("utf-8")
    Cache(project.cache).put_meta(SLUGS_ENTRY, data)


def site_inputs(project: Project, docs: Path, templates: list[Path] = ()) -> str | None:
    """Everything `mkdocs build` reads, as one digest: the staged docs, the configuration, MkDocs and
    its theme, our plugin and theme overrides (`generator/publish/theme/`), and the templates. None when the configuration reaches for other files (a theme
    override folder, hooks): then the site is always rebuilt."""
    config = read_regular(project.config, CONFIG_MAX_BYTES, project.root)
    if _CONFIG_REACHES_OUT.search(config.decode("utf-8", "replace")):
        return None
    return digest(config, files_digest([docs], docs), code_digest(("publish/site.py", "publish/theme")), files_digest(list(templates)),
                  package_versions("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"))


def site_state(site: Path) -> str | None:
    """The built site as it lies on disk (names, sizes, modification times): a site changed or
    damaged since the last build does not match."""
    if not (site / "index.html").is_file():
        return None
    entries: list[str] = []
    _walk_state(str(site), "", entries)
    return digest(*sorted(entries))


def _walk_state(folder: str, prefix: str, entries: list[str]) -> None:
    # os.scandir and strings, not Path.rglob: a site of 10,000 briefings holds 55,000 files, walked twice a build
    with os.scandir(folder) as found:
        for entry in found:
            st = entry.stat(follow_symlinks=False)
            entries.append(f"{prefix}{entry.name}\0{st.st_size}\0{st.st_mtime_ns}")
            if stat.S_ISDIR(st.st_mode):
                _walk_state(entry.path, f"{prefix}{entry.name}/", entries)


def _site_unchanged(cache: Cache, inputs: str | None, state: str | None) -> bool:
    """`inputs` are what the site was built from last time, and `state` (`site_state`) what it holds."""
    if inputs is None or state is None:
        return False
    try:
        last = json.loads(cache.get_meta(SITE_ENTRY) or b"{}")
    except ValueError:
        return False
    return isinstance(last, dict) and last.get("inputs") == inputs and last.get("site") == state


# -- the build -----------------------------------------------------------------------------------

def build(project: Project, progress: Progress = _stderr, jobs: int | None = None,
          user_templates: Path | None = None, paper: str = "a4", use_cache: bool = True,
          engine: Engine | None = None) -> BuildResult:
    """Build the site and handouts. `jobs`: worker processes (default: the cores, at most 4);
    `use_cache=False` redoes everything (and leaves the cache alone, but for the memory of each
    story's address, which it reads and keeps as any build); `engine`: where extraction and
    handouts run (default: `LocalEngine(jobs)`, this machine)."""
    jobs = jobs or default_jobs()
    engine = engine or LocalEngine(jobs)
    result = BuildResult()
    renderer = Renderer(user_templates, project.templates)
    problems = renderer.check(renderer.names())  # every template, before any seed is rendered
    if problems:
        raise BuildError("; ".join(problems))
    if not (project.config.exists() or project.config.is_symlink()):
        raise BuildError(f"{project.config}: no MkDocs configuration")
    problem = problem_of(project.config, project.root, "the project folder")  # MkDocs reads it too: check first
    if problem is not None:
        raise BuildError(f"{project.config}: {problem}")
    cache = Cache(project.cache if use_cache else None)
    try:
        policy = story_text_policy(project.config)
    except PolicyError as exc:
        raise BuildError(str(exc)) from None

    seeds = read_seeds([project.seeds], result, cache)
    progress(f"read {len(seeds)} seed(s) from {project.seeds}")
    # every seed there is, read or not: a story that fails this time keeps its address
    present = {sf.seed.id for sf in seeds} | {Path(f.file).stem for f in result.failures}
    # each briefing's JSON as a digest, kept by what makes the briefing (briefing_digests.py)
    digests = BriefingDigests(cache, policy)
    briefings = extract_facts(seeds, result, progress, cache, jobs=jobs, engine=engine, digests=digests)
    # editors' corrections, on top of the (cached) extractor's facts, every build
    briefings = apply_corrections(project, briefings, seeds, result)
    digests.settle(briefings)
    previous = load_slugs(project)
    built = {b.id for b in briefings}
    # kept by what it reads, like link_related (slug_cache.py)
    assign_slugs_cached(briefings, previous, {slug for k, slug in previous.items() if k in present and k not in built},
                        cache)
    # one briefing per story: the reports of one event folded into the newest (editorial/clusters.py)
    briefings, folded = fold_stories(briefings, cache, project.root, result.errors.append, present)
    link_related_cached(briefings, cache)  # kept by what it reads: a no-change rebuild links nothing again
    # what the story-text policy lets the pages, the JSON and the handouts show of each, with
    # topic tags where the seed gave none
    as_corrected = {b.id: b for b in briefings}  # what is remembered as published, once the build is through
    briefings = [with_topic_tags(shown(b, policy, digests.context_kept)) for b in briefings]
    folded = {lead: [shown(b, policy, digests.context_kept) for b in items] for lead, items in folded.items()}

    def last_published(b: Briefing) -> bytes | None:
        """The handout the site has for this briefing now, if any (it keeps it when its new one fails)."""
        path = project.docs / HANDOUTS_DIR / f"{previous.get(b.id, b.slug)}.pdf"
        try:
            data = read_regular(path, PUBLISHED_MAX_BYTES, project.docs)
        except UnsafeFile:
            return None
        return data if data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] else None

    remove_leftovers(project)
    site_url = site_url_of(project.config)
    with tempfile.TemporaryDirectory(prefix=f".build-{os.getpid()}-", dir=project.root) as tmp:
        stage = Path(tmp)
        docs = stage_docs(project, stage, result.warnings.append)
        # the digest of each briefing's JSON, for the keys of its handout and its pages: kept by what makes it
        facts = {b.id: digests.of(b) for b in briefings} if use_cache else None
        if facts is not None:
            facts.update((f.id, digests.of(f, FOLDED)) for items in folded.values() for f in items)
        handouts = start_handouts(briefings, docs, renderer, progress, paper, cache, engine, site_url,
                                  last_published, folded, facts)
        result.stats.update(pdf_cached=len(handouts.pdfs), pdf_rendered=len(handouts.todo))
        site: Path | None = None
        try:
            listed = handouts.briefings
            write_site_pages(docs, listed, renderer, site_url, policy, folded, cache, facts)
            if handouts.rendering:  # new PDFs, so a new site: MkDocs takes a core while they render
                site = run_mkdocs(project, docs, stage / "site", progress, use_cache)
            briefings = handouts.finish(progress, site)
        except BaseException as exc:
            handouts.stop(wait=not isinstance(exc, KeyboardInterrupt))  # Ctrl-C, SIGTERM: at once
            raise
        handouts.stop()
        result.failures += [Failure(file, reason) for file, reason in handouts.failures]
        if len(briefings) < len(listed):  # a handout failed: its briefing leaves every list, so the pages change
            clear_site_pages(docs)
            write_site_pages(docs, briefings, renderer, site_url, policy, folded, cache, facts)
            site = None
        inputs = site_inputs(project, docs, renderer.dirs) if use_cache else None
        kept = site_state(project.site) if site is None and inputs is not None else None
        if site is None and _site_unchanged(cache, inputs, kept):
            # MkDocs' output is a function of its inputs: the same pages give the same site.
            progress("pages unchanged since the last build: the site is kept as it is")
        else:
            kept = None
        if site is None and kept is None:
            site = run_mkdocs(project, docs, stage / "site-2" if (stage / "site").exists() else stage / "site",
                              progress, use_cache)
        swap_in(project, docs, site)
    # Only a build that went all the way through decides what the cache keeps.
    if inputs is not None:
        # a site kept as it was is the state just read: not walked again
        state = json.dumps({"inputs": inputs, "site": kept if kept is not None else site_state(project.site)})
        cache.put_meta(SITE_ENTRY, state.encode("utf-8"))
    # a folded report keeps its address: its page points to its story's briefing
    save_slugs(project, briefings + [b for items in folded.values() for b in items], previous, present)
    remember_published(project, [as_corrected[b.id] for b in briefings], present, keep=use_cache,
                       digest_of=lambda b: digests.of(b, RECORDED))
    digests.save()
    result.corrected = [b.slug for b in briefings if b.id in result.corrected]
    cache.prune()
    result.built = briefings
    result.site_dir = project.site
    return result


def apply_corrections(project: Project, briefings: list[Briefing], seeds: list[SeedFile],
                      result: BuildResult) -> list[Briefing]:
    """The editors' corrections on every briefing. A briefing whose corrections have a problem keeps
    what it was last published as (page, JSON and handout stay as they were); one never published
    waits, unpublished, until they are fixed: the site never shows the extractor's version of what
    an editor fixed. Every problem is an error of the build, naming file, line and key."""
    outcome = correct_all(briefings, {sf.seed.id: sf.seed.path for sf in seeds}, project.root)
    result.errors += outcome.problems
    result.corrected = list(outcome.corrected)  # ids here; slugs once the build is through
    names = {sf.seed.id: sf.seed.path.name for sf in seeds}
    out = []
    for b in outcome.briefings:
        file = outcome.held.get(b.id)
        if file is None:
            out.append(b)
            continue
        last = last_published(project, b.id)
        if last is not None:
            out.append(last)
            result.held.append(f"{names.get(b.id, b.id)}: kept as last published until {file} is fixed")
        else:
            result.held.append(f"{names.get(b.id, b.id)}: not published until {file} is fixed")
    return out


def extract_seeds(seeds: Path, root: Path | None = None) -> list[Briefing]:
    """Briefings straight from seed files, for a digest without a build (unreadable seeds are skipped, said on stderr),
    with their editors' corrections (and `root`'s corrections/actors.yml) as a build applies them."""
    from .extract_pool import extract_in_order

    folder = read_seed_folder([seeds])
    for u in folder.unread:  # as the build says them: the file in its folder, and the problem
        print(f"warning: {shown_name(u.name)}: {shown_name(u.problem)}", file=sys.stderr)
    read = [sf.seed for sf in folder.seeds]
    # under the build's bounds in time and memory: a seed that runs over them is skipped, said on stderr
    extracted = []
    for seed, b, problem in extract_in_order(read, extract_processes(len(read))):
        if b is None:
            print(f"warning: {shown_name(seed.path.name)}: {shown_name(problem or 'facts could not be extracted')}",
                  file=sys.stderr)
        else:
            extracted.append(b)
    briefings = correct_all(extracted, {s.id: s.path for s in read}, root,
                            lambda w: print(f"warning: {w}", file=sys.stderr)).briefings
    assign_slugs(briefings)
    briefings, _ = fold_stories(briefings, root=root, warn=lambda w: print(f"warning: {w}", file=sys.stderr),
                                known={s.id for s in read})  # one entry per story, as on the site
    link_related(briefings)
    try:  # what the site would show of each, under its story-text policy
        policy = story_text_policy(root / "mkdocs.yml") if root is not None else DEFAULT_POLICY
    except PolicyError as exc:
        raise DigestError(str(exc)) from None
    return [with_topic_tags(shown(b, policy)) for b in briefings]
