"""Issue 15: whatever a seed holds, it is one failed seed (named, with a one-line reason) and the
rest is built; the feeds stay valid XML and JSON; nothing outside seeds/ is read.

Every shape the issue lists is here, through a real build (spaCy, WeasyPrint, MkDocs)."""
import errno
import json
import os
import pathlib
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET

import pypdf
import pytest

from generator.build import steps as build_mod
from generator import cli
from generator.build import extract_pool
from generator.build.steps import Project, _replace, build, remove_leftovers
from generator.slugs import SLUG_MAX_CHARS, briefing_slug
from generator.build.swap import exchange

from .conftest import make_seed, new_project

QUIET = {"progress": lambda m: None}
GOOD = "date 2021-03-04 Minister Jane Roe opened a bridge in Leeds on Monday."
OUTSIDE = "date 2021-01-01 SECRET-OUTSIDE-SEEDS Minister Jane Roe spoke in private."

# file name -> (bytes, what its failure says)
FAILS = {
    "impossible.md": (b"---\ndate: 2022-02-30\n---\nMinister Jane Roe spoke.", "impossible date"),
    "nested.md": (b"---\ndate: 2020-01-02\ntags: " + b"[" * 50_000 + b"\n---\nMinister Jane Roe spoke.",
                  "front matter may be at most"),
    "deep.md": (b"---\ndate: 2020-01-02\ntags: " + b"[" * 40 + b"x" + b"]" * 40 + b"\n---\nRoe spoke.",
                "nests more than"),
    "longdate.md": (b"---\ndate: " + b"7" * 5_000 + b"\n---\nMinister Jane Roe spoke.", "malformed date"),
    "longdate.txt": (b"date " + b"7" * 5_000 + b" Minister Jane Roe spoke.", "malformed date"),
    "bomb.md": (b"---\ndate: 2020-01-02\na: &a [x, x, x, x, x, x, x, x, x]\n"
                + b"".join(b"%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n" % ((c,) * 2 + (c - 1,) * 9)
                           for c in range(ord("b"), ord("k")))
                + b"tags: *j\n---\nMinister Jane Roe spoke.", "YAML alias"),
    "ancient.md": (b"---\ndate: 0001-01-01\n---\nMinister Jane Roe spoke.", "before 1900"),
    "ancient.txt": (b"date 0001-01-01 Minister Jane Roe spoke.", "before 1900"),
    "twice.md": (b"---\ndate: 2020-01-02\ndate: 2020-01-03\n---\nMinister Jane Roe spoke.", "written twice"),
    "pytag.md": (b"---\ndate: 2020-01-02\ntitle: !!python/object/apply:os.system [ls]\n---\nRoe spoke.", "YAML tag"),
    "manytags.md": (b"---\ndate: 2020-01-02\ntags: [" + b", ".join(b"t%d" % i for i in range(500)) + b"]\n---\n"
                    b"Minister Jane Roe spoke.", "at most 30"),
    "tags5000.md": (b"---\ndate: 2020-01-02\ntags: [" + b", ".join(b"t%d" % i for i in range(5_000)) + b"]\n---\n"
                    b"Minister Jane Roe spoke.", "front matter may be at most"),
    "sparse.txt": (None, "a seed may be at most"),  # an 8 GB sparse file: refused by its size, unread
    os.fsdecode(b"latin-\xe9.txt"): (b"date 2021-01-01 Minister Jane Roe spoke.", "not UTF-8"),
    "bell\x07.txt": (b"date 2021-01-01 Minister Jane Roe spoke.", "control or invisible characters"),
    "evil\n::error file=x::pwned.txt": (b"date 2021-01-01 Minister Jane Roe spoke.", "control or invisible"),
}
# file name -> bytes: odd but valid; each must be built, cleaned
BUILDS = {
    "good.txt": GOOD.encode(),
    "longword.md": b"---\ndate: 2021-02-01\ntitle: " + b"x" * 250 + b"\n---\nMinister Jane Roe spoke in York.",
    "surrogate.md": b'---\ndate: 2021-02-02\ntitle: Roe in Hull\ntags: ["\\udfff", "ok\\udfff"]\n---\n'
                    b"Minister Jane Roe spoke in Hull.",
    "controls.md": b'---\ndate: 2021-02-03\ntitle: "Roe\\0 in\\x07 Derby\\x1b[31m"\ntags: ["a\\x07b"]\n---\n'
                   b"Minister Jane Roe spoke in Derby.",
    "nonchars.txt": "date 2021-02-04 Roe in Bath\ufffe\n\nMinister Jane Roe\uffff spoke in Bath.".encode(),
    "spoof.md": "---\ndate: 2021-02-05\ntitle: \"Roe \u202egnikaeps\u202c in\u200b Ely\"\ntags: [\"\u2066x\u2069\"]\n"
                "---\nMinister Jane Roe spoke in Ely.".encode(),
    "reserved.md": b"---\ndate: 2021-02-06\ntitle: Roe in Wells\ntags: [Index, search, 404, feed, assets]\n---\n"
                   b"Minister Jane Roe spoke in Wells.",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile15")
    project = new_project(root / "project")
    seeds = project.seeds
    for name, (raw, _) in FAILS.items():
        if raw is not None:
            (seeds / name).write_bytes(raw)
    with open(seeds / "sparse.txt", "wb") as f:
        f.write(b"date 2021-01-01 Roe")
        f.truncate(8 << 30)
    for name, raw in BUILDS.items():
        (seeds / name).write_bytes(raw)
    (root / "outside.txt").write_text(OUTSIDE)
    os.symlink(root / "outside.txt", seeds / "link-out.txt")
    os.symlink(root / "nowhere.txt", seeds / "dangling.txt")
    os.symlink(seeds / "loop-b.txt", seeds / "loop-a.txt")
    os.symlink(seeds / "loop-a.txt", seeds / "loop-b.txt")
    os.symlink(root, seeds / "folder-link")
    os.mkfifo(seeds / "fifo.txt")
    os.symlink("/dev/zero", seeds / "device.txt")
    os.symlink("good.txt", seeds / "alias.txt")  # a link to a seed inside seeds/ is read
    result = build(project, **QUIET)
    return project, result


LINKS = {"link-out.txt": "out of the seeds folder", "dangling.txt": "leads nowhere", "loop-a.txt": "leads nowhere",
         "loop-b.txt": "leads nowhere", "folder-link": "link to a folder", "fifo.txt": "FIFO",
         "device.txt": "out of the seeds folder"}


def test_every_hostile_seed_is_one_failure_with_its_reason(hostile):
    _, result = hostile
    failed = {f.file: f.reason for f in result.failures}
    assert set(failed) == set(FAILS) | set(LINKS), sorted(failed)
    for name, (_, says) in {**FAILS, **{k: (None, v) for k, v in LINKS.items()}}.items():
        assert says in failed[name], (name, failed[name])
        assert "\n" not in failed[name]


def test_the_others_are_built_with_clean_titles_and_tags(hostile):
    project, result = hostile
    built = {b.id: b for b in result.built}
    assert set(built) == {os.path.splitext(n)[0] for n in BUILDS} | {"alias"}
    for b in built.values():
        assert (project.site / "briefings" / b.slug / "index.html").is_file()
        assert (project.site / "handouts" / f"{b.slug}.pdf").is_file()
        assert len(b.slug) <= SLUG_MAX_CHARS
        for text in [b.title, *b.tags]:
            assert text.isprintable() and all(not ("\ud800" <= c <= "\udfff") for c in text), repr(text)
    assert built["controls"].title == "Roe in Derby [31m" and built["controls"].tags == ["a b"]
    assert built["spoof"].title == "Roe gnikaeps in Ely" and built["spoof"].tags == ["x"]
    assert built["surrogate"].tags == ["ok"]
    assert "\ufffe" not in built["nonchars"].title and "\uffff" not in built["nonchars"].text


def test_nul_reaches_neither_the_page_title_nor_the_pdf(hostile):
    project, result = hostile
    b = next(b for b in result.built if b.id == "controls")
    page = (project.site / "briefings" / b.slug / "index.html").read_bytes()
    assert b"\x00" not in page and b"\x07" not in page
    pdf = pypdf.PdfReader(project.site / "handouts" / f"{b.slug}.pdf")
    assert pdf.metadata.title == "Roe in Derby [31m"


def test_nothing_outside_seeds_is_published(hostile):
    project, _ = hostile
    for path in project.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            assert b"SECRET-OUTSIDE-SEEDS" not in path.read_bytes(), path


def test_the_feeds_parse_as_xml_and_json(hostile):
    project, result = hostile
    rss = ET.parse(project.site / "feed.xml").getroot()  # expat refuses any character XML forbids
    titles = [item.findtext("title") for item in rss.iter("item")]
    assert len(titles) == len(result.built) and "Roe in Derby [31m" in titles
    feed = json.loads((project.site / "feed.json").read_bytes().decode("utf-8"))
    assert len(feed["items"]) == len(result.built)
    assert {"tags": ["a b"]}.items() <= next(i for i in feed["items"] if i["title"] == "Roe in Derby [31m").items()


def test_reserved_names_never_come_from_content(hostile):
    project, _ = hostile
    tags_index = (project.site / "tags" / "index.html").read_text("utf-8")
    for tag in ("index", "search", "404", "feed", "assets"):
        assert (project.site / "tags" / f"tag-{tag}" / "index.html").is_file()
        assert f"tag-{tag}/" in tags_index  # the list of every tag is still the list


def test_the_summary_shows_file_names_escaped_on_one_line_each(hostile):
    _, result = hostile
    lines = result.summary().splitlines()
    assert not [line for line in lines if line.startswith("::")]
    assert any("FAILED evil\\n::error file=x::pwned.txt: has control" in line for line in lines)
    assert any("FAILED latin-\\xe9.txt: has a file name that is not UTF-8" in line for line in lines)
    assert any("FAILED bell\\x07.txt" in line for line in lines)


def test_slugs_are_capped():
    assert len(briefing_slug("2021-01-01", "x" * 250)) == SLUG_MAX_CHARS
    assert briefing_slug("2021-01-01", "Roe " + "y" * 100) == "2021-01-01-roe"


# -- the bound on extraction ---------------------------------------------------------------------

# 3,800 paragraphs of plain sentences, just under 1 MB: a legitimate shape, the slowest there is.
PARA = "The council of Westby met on Monday to discuss the new budget for roads and schools. " * 3
HEAVY = "date 2021-01-05 " + "\n\n".join([PARA] * 3_800)


def test_a_seed_over_the_time_bound_fails_and_the_others_are_built(project, monkeypatch):
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 3)
    make_seed(project.seeds, "good.txt", GOOD)
    make_seed(project.seeds, "heavy.txt", HEAVY)
    result = build(project, **QUIET)
    assert [b.id for b in result.built] == ["good"]
    assert [(f.file, f.reason) for f in result.failures] == [
        ("heavy.txt", "facts could not be extracted: took longer than 3 s")]
    assert (project.site / "index.html").is_file()


def test_the_extract_command_bounds_each_seed_as_a_build_does(project, monkeypatch, capsys):
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 3)
    make_seed(project.seeds, "good.txt", GOOD)
    make_seed(project.seeds, "heavy.txt", HEAVY)
    assert cli.main(["extract", "--json", str(project.seeds)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["good"]
    assert "error: heavy.txt: facts could not be extracted: took longer than 3 s" in err


def _vm_peak(pid: int) -> int:
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmPeak:"))) << 10


def test_a_seed_over_the_memory_bound_fails_and_the_others_are_built(project, monkeypatch):
    if not pathlib.Path("/proc/self/status").is_file():
        pytest.skip("reads a worker's address space from /proc")
    from generator.input.seeds import parse_seed

    # The bound: what a worker needs for a short story, and a little more. The heavy story needs
    # more than that little even in pieces (its Doc alone is about 200,000 tokens).
    roomy = 4 << 30
    good = parse_seed(GOOD.encode(), pathlib.Path("good.txt"))
    assert list(extract_pool.extract_bounded([good], memory=roomy))[0][2] is None
    bound = _vm_peak(extract_pool._POOLS[(roomy, threading.get_ident())][0].proc.pid) + (64 << 20)
    monkeypatch.setattr(extract_pool, "EXTRACT_MEMORY_BYTES", bound)
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 3_600)
    make_seed(project.seeds, "good.txt", GOOD)
    make_seed(project.seeds, "heavy.txt", HEAVY)
    result = build(project, **QUIET)
    assert [b.id for b in result.built] == ["good"]
    assert [(f.file, f"needed more than {bound >> 20} MB" in f.reason) for f in result.failures] == [
        ("heavy.txt", True)], result.failures
    extract_pool.shutdown()


def test_a_long_story_is_processed_in_pieces_and_reads_the_same(nlp):
    from generator.extract import extract
    from generator.extract.long_text import LONG_TEXT, long_doc, pieces
    from generator.input.seeds import parse_seed

    filler = "\n\n".join([PARA] * (LONG_TEXT // len(PARA) + 20))
    story = f'date 2021-01-05 {filler}\n\n"We will build the bridge," said Minister Jane Roe on Monday.'
    seed = parse_seed(story.encode(), pathlib.Path("long.txt"))
    assert "".join(pieces(seed.text)) == seed.text and len(pieces(seed.text)) > 10
    one_line = seed.text.replace("\n\n", " ")
    assert "".join(pieces(one_line)) == one_line
    assert all(p.endswith(". ") for p in pieces(one_line)[:-1])  # cut after a sentence's end
    doc = long_doc(nlp, seed.text)
    assert doc.text == seed.text and doc[0].is_sent_start
    b = next(extract([seed]))
    assert b.text == seed.text
    assert [(q.text, q.speaker) for q in b.quotes] == [("We will build the bridge", "Jane Roe")]


# -- the swap, leftovers and faults --------------------------------------------------------------

def _exchange_works(tmp: pathlib.Path) -> bool:
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    return exchange(tmp / "a", tmp / "b")


def test_the_swap_never_leaves_a_moment_without_the_site(tmp_path, monkeypatch):
    if not _exchange_works(tmp_path):
        pytest.skip("this file system has no atomic exchange; the swap falls back to two renames")
    target, new, trash = tmp_path / "site", tmp_path / "stage", tmp_path / "trash"
    target.mkdir()
    (target / "index.html").write_text("old")
    new.mkdir()
    (new / "index.html").write_text("new")
    trash.mkdir()
    seen = []
    real = pathlib.Path.rename

    def rename(self, dest):  # the moment between two renames is where a kill used to leave no site
        seen.append((target / "index.html").is_file())
        result = real(self, dest)
        seen.append((target / "index.html").is_file())
        return result

    monkeypatch.setattr(pathlib.Path, "rename", rename)
    _replace(target, new, trash)
    assert (target / "index.html").read_text() == "new" and all(seen)
    assert (trash / "site" / "index.html").read_text() == "old"


def test_a_reader_always_finds_the_site_during_builds(project, tmp_path):
    if not _exchange_works(tmp_path):
        pytest.skip("no atomic exchange here")
    make_seed(project.seeds, "good.txt", GOOD)
    build(project, **QUIET)
    missing, stop = [], threading.Event()

    def read() -> None:
        while not stop.is_set():
            if not (project.site / "index.html").is_file():
                missing.append(1)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(2):
            make_seed(project.seeds, f"more{n}.txt", GOOD.replace("Leeds", f"Leeds {n}"))
            build(project, **QUIET)
    finally:
        stop.set()
        reader.join()
    assert not missing


def test_leftovers_of_killed_builds_are_removed(project, monkeypatch):
    started = []  # the detached rm the build starts: waited for here, not polled with a timer
    popen = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(popen(*a, **k)) or started[-1])
    make_seed(project.seeds, "good.txt", GOOD)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = [project.root / f".build-{int(dead.stdout)}-abc", project.root / ".build-trash-xyz",
             project.root / ".build-old-style"]
    live = project.root / f".build-{os.getpid()}-running"  # a build of this (running) process
    for folder in [*stale, live]:
        (folder / "site").mkdir(parents=True)
    remove_leftovers(Project.at(project.root))
    for proc in started:
        proc.wait()
    assert not any(p.exists() for p in stale) and live.is_dir()


def test_a_full_disk_is_one_clear_line_and_the_site_stays(project, monkeypatch, capsys):
    make_seed(project.seeds, "good.txt", GOOD)
    build(project, **QUIET)
    before = (project.site / "index.html").read_bytes()
    make_seed(project.seeds, "more.txt", GOOD.replace("Leeds", "York"))

    def full(docs, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(docs / "index.md"))

    monkeypatch.setattr(build_mod, "write_pages", full)
    assert cli.main(["build", "--project", str(project.root)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("error: build stopped: No space left on device ("), err
    assert (project.site / "index.html").read_bytes() == before
    assert not [p for p in project.root.glob(".build-*") if not p.name.startswith(".build-trash-")]


def test_the_theme_and_templates_are_in_the_site_key(project, tmp_path, monkeypatch):
    import shutil

    from generator import cache as cache_mod

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home")
    key = build_mod.site_inputs(project, docs, [project.templates])
    (project.templates / "handout.css").write_text("/* changed */")
    assert build_mod.site_inputs(project, docs, [project.templates]) != key
    package = tmp_path / "generator"
    shutil.copytree(cache_mod.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_mod, "PACKAGE", package)
    cache_mod.code_digest.cache_clear()
    try:
        key = build_mod.site_inputs(project, docs, [project.templates])
        (package / "publish" / "theme" / "main.html").write_text((package / "publish" / "theme" / "main.html").read_text() + "<!-- x -->")
        cache_mod.code_digest.cache_clear()
        assert build_mod.site_inputs(project, docs, [project.templates]) != key
    finally:
        cache_mod.code_digest.cache_clear()


def test_an_actor_named_like_a_reserved_page_gets_another_address():
    from generator.facts import Actor, Briefing
    from generator.publish.site import actor_pages, tags
    from generator.slugs import RESERVED_PAGE_NAMES

    briefings = [Briefing(id=f"s{i}", slug=f"2021-01-0{i}-x", title="x", title_generated=False, date=f"2021-01-0{i}",
                          source_file=f"s{i}.txt", text="", tags=["Index", "Search"],
                          who=[Actor(name="Index", kind="organisation", slug="index"),
                               Actor(name="Feed", kind="person", slug="feed")]) for i in (1, 2)]
    pages = actor_pages(briefings)
    assert sorted(pages) == ["actor-feed", "actor-index"]
    assert sorted(tags(briefings)) == ["tag-index", "tag-search"]
    assert not set(pages) & RESERVED_PAGE_NAMES
