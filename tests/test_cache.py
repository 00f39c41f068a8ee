"""The content-keyed cache and incremental builds: what is redone, what is reused, and that an
incremental build gives the same bytes as a build from scratch."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache as cache_mod
from generator.build import handout_pool
from generator.build.steps import BuildResult, Project, build, extract_facts, read_seeds
from generator.build.engine import PARALLEL_MIN_SEEDS
from generator.cache import Cache, facts_key, pdf_key, write_atomic

from .conftest import ROOT, make_seed, new_project

QUIET = {"progress": lambda m: None}

# Stories written for these tests: Jane Roe appears in the first and the last, so the last
# links the first as related; the middle one arrives later and shares her too.
FIRST = ("first.txt", "date 2021-03-01 Roe opens talks\n\nMinister Jane Roe opened talks with the "
         "Farmers Union in Leeds on Monday.\n\n\"We will listen,\" Roe said.")
MIDDLE = ("middle.txt", "date 2021-03-05 Roe meets Smith\n\nMinister Jane Roe met opposition leader "
          "John Smith in London on Friday to discuss the budget.")
LAST = ("last.txt", "date 2021-03-09 Union rejects offer\n\nThe Farmers Union rejected the offer made "
        "by Minister Jane Roe on Tuesday because prices had fallen.")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def site_files(project: Project) -> dict[str, bytes]:
    # the sitemap carries the build date; everything else must match byte for byte
    return {k: v for k, v in tree(project.site).items() if not k.startswith("sitemap")}


def generated(project: Project) -> dict[str, bytes]:
    return {k: v for k, v in tree(project.docs).items() if k != "about.md"}


def test_entries_round_trip_and_are_written_atomically(tmp_path):
    c = Cache(tmp_path / ".cache")
    assert c.get("facts", "ab" * 32) is None
    c.put("facts", "ab" * 32, b"{}")
    assert c.get("facts", "ab" * 32) == b"{}"
    assert [p.name for p in (tmp_path / ".cache").rglob("*") if p.is_file()] == ["ab" * 32]  # no temp files left
    # a cache that cannot be written is a slower build, not a crash
    (tmp_path / "file").write_text("x")
    assert write_atomic(tmp_path / "file" / "below", b"data") is False
    Cache(tmp_path / "file").put("pdf", "cd" * 32, b"x")
    # no cache at all
    off = Cache(None)
    off.put("facts", "ab" * 32, b"x")
    assert off.get("facts", "ab" * 32) is None


def test_prune_keeps_what_was_used_and_leaves_other_tools_alone(tmp_path):
    c = Cache(tmp_path)
    c.put("facts", "aa" * 32, b"1")
    c.put("pdf", "bb" * 32, b"2")
    (tmp_path / "plugin").mkdir()
    (tmp_path / "plugin" / "theirs").write_text("x")
    fresh = Cache(tmp_path)
    assert fresh.get("facts", "aa" * 32) == b"1"
    assert fresh.prune() == 1
    assert fresh.get("pdf", "bb" * 32) is None and (tmp_path / "plugin" / "theirs").exists()


def test_facts_key_changes_with_each_input():
    base = facts_key("a.txt", b"date 2020-01-01 Words.", "model-1")
    assert base == facts_key("a.txt", b"date 2020-01-01 Words.", "model-1")
    assert len({base, facts_key("b.txt", b"date 2020-01-01 Words.", "model-1"),
                facts_key("a.txt", b"date 2020-01-01 Words!", "model-1"),
                facts_key("a.txt", b"date 2020-01-01 Words.", "model-2")}) == 4


def test_a_code_change_is_a_new_key(monkeypatch):
    before = facts_key("a.txt", b"x", "m")
    cache_mod.code_digest.cache_clear()
    monkeypatch.setattr(cache_mod, "__version__", "0.0.0-other")
    try:
        assert facts_key("a.txt", b"x", "m") != before
    finally:
        cache_mod.code_digest.cache_clear()


def test_pdf_key_changes_with_each_input():
    args = ('{"id": "a"}', "templates-1", "fonts-1", "a4", "https://example.org/a/")
    base = pdf_key(*args)
    assert base == pdf_key(*args)
    others = {pdf_key(*args[:i], "other", *args[i + 1:]) for i in range(len(args))}
    assert len(others | {base, pdf_key(*args[:4], None)}) == len(args) + 2


def closure(*roots: str) -> set[str]:
    """The package's modules that `roots` import, directly or not (tests/test_layout.py reads them)."""
    from .test_layout import GRAPH

    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += GRAPH[name]
    return seen - {"generator"}  # generator: __version__, in every key


def covered(code: tuple[str, ...]) -> set[str]:
    from .test_layout import MODULES

    prefixes = ["generator." + n.removesuffix(".py").replace("/", ".") for n in code]
    return {m for m in MODULES if any(m == p or m.startswith(p + ".") for p in prefixes)}


def test_the_page_key_names_every_module_a_page_is_made_with():
    """Briefing pages are cached by what they show: the code that writes them must all be in the key."""
    missing = closure("generator.publish.site") - covered(cache_mod.PAGE_CODE)
    assert not missing, sorted(missing)


def test_the_pdf_key_names_every_module_a_handout_is_made_with():
    """A handout is cached by its briefing's facts, not its HTML: the code that turns facts into the
    PDF must all be in the key, or a change to it would leave stale handouts."""
    missing = closure("generator.publish.handouts", "generator.build.handout_pool") - covered(cache_mod.PDF_CODE)
    assert not missing, sorted(missing)


@pytest.fixture(scope="module")
def twin(tmp_path_factory):
    """One project built incrementally (first + last, then middle added), for the tests below."""
    root = tmp_path_factory.mktemp("incremental")
    project = new_project(root)
    for name, text in (FIRST, LAST):
        make_seed(root / "seeds", name, text)
    first = build(project, **QUIET)
    second = build(project, **QUIET)
    return project, first, second


def test_a_rebuild_with_nothing_changed_reuses_everything(twin):
    _, first, second = twin
    assert (first.stats["facts_extracted"], first.stats["pdf_rendered"]) == (2, 2)
    assert (second.stats["facts_cached"], second.stats["facts_extracted"]) == (2, 0)
    assert (second.stats["pdf_cached"], second.stats["pdf_rendered"]) == (2, 0)


def test_a_rebuild_with_nothing_changed_makes_no_handout_html(twin, monkeypatch):
    """The handouts' cache is keyed on the facts: a build with nothing new renders no HTML to find
    its PDFs (at 3,000 briefings that was a third of a no-change rebuild)."""
    from generator.publish import handouts

    project, _, _ = twin
    before = tree(project.docs / "handouts")

    def refuse(*args, **kwargs):
        raise AssertionError("handout HTML made in a build with nothing new")

    monkeypatch.setattr(handouts, "handout_html", refuse)
    result = build(project, **QUIET)
    assert (result.stats["pdf_cached"], result.stats["pdf_rendered"]) == (2, 0) and not result.failures
    assert tree(project.docs / "handouts") == before


def test_a_rebuild_with_nothing_changed_renders_no_briefing_page(twin, monkeypatch):
    """Briefing pages are kept by everything they show: a build with nothing new renders none, and
    writes the same bytes."""
    from generator.publish import site

    project, _, _ = twin
    before = tree(project.docs)

    def refuse(*args, **kwargs):
        raise AssertionError("a briefing page rendered in a build with nothing new")

    monkeypatch.setattr(site, "briefing_page", refuse)
    result = build(project, **QUIET)
    assert not result.failures and not result.errors
    assert tree(project.docs) == before


def test_a_rebuild_with_nothing_changed_renders_no_actor_page(twin, monkeypatch):
    """Actor pages are kept by all they may show (the actor, each of their briefings' facts): a build
    with nothing new renders none, and writes the same bytes."""
    from generator.publish.render import Renderer

    project, _, _ = twin
    build(project, **QUIET)
    before = tree(project.docs)
    assert [p for p in before if p.startswith("actors/") and p.count("/") == 1 and p != "actors/index.md"], sorted(before)
    real = Renderer.render

    def refuse(self, name, **kwargs):
        assert name != "actor.md.j2", "an actor page rendered in a build with nothing new"
        return real(self, name, **kwargs)

    monkeypatch.setattr(Renderer, "render", refuse)
    result = build(project, **QUIET)
    assert not result.failures and not result.errors
    assert tree(project.docs) == before


def test_an_added_seed_is_extracted_alone_and_the_result_equals_a_build_from_scratch(twin, tmp_path):
    project, _, _ = twin
    make_seed(project.seeds, *MIDDLE)
    result = build(project, **QUIET)
    assert (result.stats["facts_cached"], result.stats["facts_extracted"]) == (2, 1)
    # the last briefing now also links the middle one, so its handout is redone too
    last = next(b for b in result.built if b.id == "last")
    assert {r.id for r in last.related} == {"first", "middle"}
    assert result.stats["pdf_rendered"] == 2 and result.stats["pdf_cached"] == 1

    scratch = Project.at(tmp_path / "scratch")
    shutil.copytree(project.root, scratch.root, ignore=shutil.ignore_patterns(".cache", "site", ".build-*"))
    for name in ("briefings", "handouts", "index.md"):
        (scratch.docs / name).exists() and (shutil.rmtree if (scratch.docs / name).is_dir() else Path.unlink)(scratch.docs / name)
    build(scratch, use_cache=False, **QUIET)
    # nothing of the work is kept; only the address each story was published at (issue 35)
    assert [p.name for p in (scratch.root / ".cache").rglob("*")] == ["slugs.json"]
    assert generated(scratch) == generated(project)
    assert site_files(scratch) == site_files(project)


def test_a_removed_seed_removes_its_page_and_pdf(twin):
    project, _, _ = twin
    result = build(project, **QUIET)
    gone = next(b for b in result.built if b.id == "first")
    (project.seeds / "first.txt").unlink()
    try:
        result = build(project, **QUIET)
        assert "first" not in {b.id for b in result.built}
        assert not (project.site / "handouts" / f"{gone.slug}.pdf").exists()
        assert not (project.site / "briefings" / gone.slug).exists()
        assert not (project.docs / "briefings" / f"{gone.slug}.md").exists()
    finally:
        make_seed(project.seeds, *FIRST)


def test_corrupt_cache_entries_are_ignored_and_replaced(twin):
    project, _, _ = twin
    build(project, **QUIET)
    entries = [p for p in (project.cache).rglob("*") if p.is_file() and p.parent.parent.name in ("facts", "pdf")]
    assert entries
    for i, path in enumerate(entries):
        path.write_bytes([b"", b"\x00\xff garbage", b'{"id": 1}', b"%PDF-1.7 truncated"][i % 4])
    before = site_files(project)
    result = build(project, **QUIET)
    assert result.failures == []
    assert result.stats["facts_cached"] == 0 and result.stats["pdf_cached"] == 0
    assert site_files(project) == before
    assert build(project, **QUIET).stats["facts_cached"] == len(result.built)


def test_a_template_change_redoes_the_handouts_but_not_the_facts(twin):
    project, _, _ = twin
    css = project.templates / "handout.css"
    old = css.read_text()
    css.write_text(old + "\n/* a change */\n")
    try:
        result = build(project, **QUIET)
        assert result.stats["facts_extracted"] == 0
        assert result.stats["pdf_rendered"] == len(result.built)
    finally:
        css.write_text(old)


def test_a_page_template_change_renders_no_handout_and_the_handouts_own_templates_render_all(twin):
    """A handout is keyed on the templates it reads (Jinja's references from handout.html.j2, and
    handout.css), not on every template folder."""
    project, _, _ = twin
    build(project, **QUIET)  # the handouts of the templates as they are (a test above changed one)
    for name, handouts in (("briefing.md.j2", 0), ("actor.md.j2", 0), ("handout_body.html.j2", None),
                           ("handout.html.j2", None)):
        path = project.templates / name
        old = path.read_text()
        path.write_text(old + "\n{# a change #}\n")
        try:
            result = build(project, **QUIET)
            assert not result.failures
            assert result.stats["pdf_rendered"] == (len(result.built) if handouts is None else handouts), name
        finally:
            path.write_text(old)
    build(project, **QUIET)  # back as it was: the next test's starting point


def test_a_handout_template_reached_only_at_render_time_counts_every_template(tmp_path):
    from generator.build.handout_step import handout_templates
    from generator.publish.render import Renderer

    user = tmp_path / "user"
    user.mkdir()
    renderer = Renderer(user)
    fixed = handout_templates(renderer)
    assert set(renderer.sources("handout.html.j2")) == {"handout.html.j2", "handout_body.html.j2"}
    (user / "page_note.md.j2").write_text("a page's template\n")
    assert handout_templates(Renderer(user)) == fixed
    (user / "handout_body.html.j2").write_text("{% macro briefing(b) %}{{ b.title }}{% endmacro %}\n")
    assert handout_templates(Renderer(user)) != fixed  # the user's own, found first
    (user / "handout.html.j2").write_text('{% include b.kind ~ ".html.j2" %}\n')
    computed = Renderer(user)
    assert computed.sources("handout.html.j2") is None
    before = handout_templates(computed)
    (user / "page_note.md.j2").write_text("another\n")
    assert handout_templates(Renderer(user)) != before


def test_mkdocs_is_skipped_only_when_nothing_it_reads_changed(twin, monkeypatch):
    project, _, _ = twin
    build(project, **QUIET)
    calls = []
    import generator.build.steps as b

    real = b.build_site_apart
    monkeypatch.setattr(b, "build_site_apart", lambda *a, **k: (calls.append(1), real(*a, **k)))
    build(project, **QUIET)
    assert calls == []
    (project.docs / "about.md").write_text((project.docs / "about.md").read_text() + "\nMore.\n")
    build(project, **QUIET)
    assert calls == [1]
    assert "More." in (project.site / "about" / "index.html").read_text()
    (project.site / "index.html").unlink()  # a damaged site is rebuilt
    build(project, **QUIET)
    assert calls == [1, 1] and (project.site / "index.html").is_file()
    # a file deep in the site written over since (same size, another time): rebuilt too
    page = next((project.site / "briefings").glob("*/index.html"))
    data = page.read_bytes()
    page.write_bytes(data.replace(b"<body", b"<BODY", 1))
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    build(project, **QUIET)
    assert calls == [1, 1, 1] and page.read_bytes() == data
    build(project, **QUIET)  # and a build after that one keeps it
    assert calls == [1, 1, 1]


def test_handouts_are_linked_from_the_cache_never_written_into_it(twin):
    """A cached handout is linked into the docs and the site, not read and written again: a build
    replaces a handout's file, so the cache entry behind it keeps its bytes."""
    project, _, _ = twin
    build(project, **QUIET)
    entries = {p.read_bytes(): p for p in (project.cache / "pdf").rglob("*") if p.is_file()}
    docs = sorted((project.docs / "handouts").glob("*.pdf"))
    assert docs and all(p.read_bytes() in entries for p in docs)
    css = project.templates / "handout.css"
    old = css.read_text()
    css.write_text(old + "\n/* another look */\n")
    try:
        result = build(project, **QUIET)
        assert result.stats["pdf_rendered"] == len(result.built)
    finally:
        css.write_text(old)
    for data, path in entries.items():  # pruned or kept, never changed
        assert not path.exists() or path.read_bytes() == data
    for p in (project.site / "handouts").glob("*.pdf"):
        assert p.read_bytes().startswith(b"%PDF-")


def test_worker_count_does_not_change_the_bytes(project, monkeypatch):
    """Extraction with spaCy's n_process=2 and the PDF pool give what one process gives."""
    for name, text in (FIRST, MIDDLE, LAST):
        make_seed(project.seeds, name, text)
    monkeypatch.setattr("generator.build.engine.PARALLEL_MIN_SEEDS", 2)
    assert PARALLEL_MIN_SEEDS > 2
    seeds = read_seeds([project.seeds], BuildResult())
    one = [b.to_json() for b in extract_facts(seeds, BuildResult(), lambda m: None, Cache(None), jobs=1)]
    two = [b.to_json() for b in extract_facts(seeds, BuildResult(), lambda m: None, Cache(None), jobs=2)]
    assert one == two

    monkeypatch.setattr(handout_pool, "POOL_MIN_ITEMS", 2)
    htmls = [f"<html><body><h1>Handout {i}</h1><p>{text}</p></body></html>" for i, (_, text) in enumerate((FIRST, MIDDLE, LAST))]
    serial = list(handout_pool.render_pdfs(htmls, jobs=1))
    pooled = list(handout_pool.render_pdfs(htmls, jobs=2))
    assert all(pdf and pdf.startswith(b"%PDF-") for pdf, _ in serial)
    assert pooled == serial


def test_a_build_from_the_cache_never_loads_spacy(tmp_path):
    """Extraction runs in worker processes; the build itself (pages, site, PDFs from the cache)
    must not pay for importing spaCy when every fact comes from the cache."""
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "a.txt", "date 2023-05-01 Ada Vale opened the port talks in Portmere on Monday.")
    code = ("import sys\nfrom generator.cli import main\n"
            f"assert main(['build', '--project', {str(project.root)!r}]) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))")
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert first.stdout.strip().splitlines()[-1] == "[]"  # extracted in a worker, not here
    assert second.stdout.strip().splitlines()[-1] == "[]"
    assert "1 from cache" in second.stderr + second.stdout


def test_a_one_off_build_ends_its_spacy_workers_once_the_facts_are_in(tmp_path):
    """The CLI's engine frees the model's memory for the handouts and MkDocs; the default engine
    (tests, serve) keeps its workers for the next build."""
    from generator.build import extract_pool
    from generator.build.engine import LocalEngine

    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "a.txt", "date 2023-05-01 Ada Vale opened the port talks in Portmere on Monday.")
    build(project, progress=lambda m: None)
    assert any(w.proc.is_alive() for ws in extract_pool._POOLS.values() for w in ws)
    make_seed(project.seeds, "b.txt", "date 2023-05-02 Tom Reyes answered Ada Vale in Portmere on Tuesday.")
    build(project, progress=lambda m: None, engine=LocalEngine(1, release_extractors=True))
    assert not any(w.proc.is_alive() for ws in extract_pool._POOLS.values() for w in ws)
    assert (project.site / "index.html").is_file()
