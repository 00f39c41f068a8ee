"""Every file a build reads (seeds, corrections, actors.yml, templates and stylesheets, hand-written
pages, mkdocs.yml) is read only as a regular file inside its folder, bounded: a FIFO hangs nothing,
a device fills no memory, a link out publishes nothing, and each is refused by name (issue 35, item 2)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.steps import BuildError, build
from generator.safe_files import UnsafeFile, read_regular
from generator.input.seeds import read_seed_bytes

from .conftest import ROOT, make_seed, new_project

QUIET = {"progress": lambda m: None}
SECRET = "Zanzibar-7 private notes"  # text of a file outside the project: it must never be published
STORY = "date 2023-05-0{n} Vale opens talks {n}\n\nHarbour Minister Ada Vale opened talks in Portmere on Monday."
TIMEOUT = 600  # a hang would otherwise be forever


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def published_text(project) -> str:
    texts = []
    for folder in (project.site, project.docs):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink() and path.suffix in (".html", ".json", ".md", ".xml", ".css"):
                texts.append(path.read_text("utf-8", "replace"))
    return "\n".join(texts)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("special")
    project = new_project(root / "project")
    outside = root / "outside.yml"
    outside.write_text(f"headline: {SECRET}\ncontext:\n  - {SECRET}\n")
    for n in (1, 2, 3, 4):
        make_seed(project.seeds, f"s{n}.txt", STORY.format(n=n))
    os.mkfifo(project.seeds / "s1.corrections.yml")
    os.symlink("/dev/zero", project.seeds / "s2.corrections.yml")
    os.symlink(outside, project.seeds / "s3.corrections.yml")
    (project.seeds / "s4.corrections.yml").write_text("headline: Vale opens the harbour talks\n")  # a good one
    (project.root / "corrections").mkdir()
    os.mkfifo(project.root / "corrections" / "actors.yml")
    os.symlink(outside, project.docs / "notes.md")
    os.mkfifo(project.docs / "pipe.md")
    proc = run("build", "--project", str(project.root), "--jobs", "1")
    return project, proc


def test_the_build_goes_through_and_names_each_refused_file(hostile):
    project, proc = hostile
    # a corrections file refused is a problem of the corrections (exit 1): the briefings it concerns
    # wait (none was published before; the FIFO actors.yml concerns them all); the site is built
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert "built 0 briefing(s), 0 failed" in out
    for name, what in (("seeds/s1.corrections.yml", "is a FIFO"), ("seeds/s2.corrections.yml", "out of its folder"),
                       ("seeds/s3.corrections.yml", "out of its folder"), ("corrections/actors.yml", "is a FIFO")):
        line = next((line for line in out.splitlines() if f"ERROR {name}:" in line), None)
        assert line is not None and what in line, (name, out)
    for name, what in (("briefings/notes.md", "out of the docs folder"), ("briefings/pipe.md", "is a FIFO")):
        line = next((line for line in out.splitlines() if f"WARNING {name}:" in line), None)
        assert line is not None and what in line, (name, out)
    assert "HELD s1.txt: not published until seeds/s1.corrections.yml is fixed" in out
    assert "HELD s4.txt: not published until corrections/actors.yml is fixed" in out
    assert (project.site / "index.html").is_file()


def test_once_the_site_wide_file_is_readable_the_good_correction_applies(tmp_path):
    project = new_project(tmp_path / "project")
    make_seed(project.seeds, "s4.txt", STORY.format(n=4))
    (project.seeds / "s4.corrections.yml").write_text("headline: Vale opens the harbour talks\n")
    (project.root / "corrections").mkdir()
    os.mkfifo(project.root / "corrections" / "actors.yml")
    assert build(project, **QUIET).held == ["s4.txt: not published until corrections/actors.yml is fixed"]
    (project.root / "corrections" / "actors.yml").unlink()
    result = build(project, **QUIET)
    assert result.errors == [] and len(result.built) == 1
    assert "Vale opens the harbour talks" in (project.site / "index.html").read_text("utf-8")  # the good one applies


def test_nothing_of_a_refused_file_is_published(hostile):
    project, _ = hostile
    assert SECRET not in published_text(project)
    assert not (project.site / "notes").exists() and not (project.site / "pipe").exists()


def test_what_was_refused_stays_where_it_was(hostile):
    project, _ = hostile  # the docs folder is swapped whole: what it held, unread, is still there
    assert (project.docs / "notes.md").is_symlink() and Path(os.readlink(project.docs / "notes.md")).name == "outside.yml"
    assert (project.docs / "pipe.md").is_fifo() and (project.docs / "about.md").is_file()


def test_extract_reads_no_special_corrections_file(hostile):
    project, _ = hostile
    proc = run("extract", "--project", str(project.root), str(project.seeds))
    # a corrections file that cannot be read is an error, as in a build; the facts are still printed
    assert proc.returncode == 1 and proc.stdout.strip(), proc.stderr
    assert "s1.corrections.yml: is a FIFO" in proc.stderr and SECRET not in proc.stdout + proc.stderr


def test_a_fifo_named_on_the_command_line_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    proc = run("extract", str(tmp_path / "pipe.txt"))
    assert proc.returncode == 1 and "pipe.txt: is a FIFO, not a regular file" in proc.stderr


def test_a_template_that_is_a_fifo_or_a_link_out_stops_the_build_by_name(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "s1.txt", STORY.format(n=1))
    (tmp_path / "secret.j2").write_text(SECRET)
    (project.templates / "home.md.j2").unlink()
    os.symlink(tmp_path / "secret.j2", project.templates / "home.md.j2")
    with pytest.raises(BuildError, match="home.md.j2.*symbolic link out of the templates folder"):
        build(project, **QUIET)
    (project.templates / "home.md.j2").unlink()
    os.mkfifo(project.templates / "home.md.j2")
    proc = run("build", "--project", str(project.root))
    assert proc.returncode == 2 and "home.md.j2" in proc.stderr and "is a FIFO" in proc.stderr
    assert not project.site.exists()


def test_a_stylesheet_or_the_config_linked_out_is_refused(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "s1.txt", STORY.format(n=1))
    (tmp_path / "secret.css").write_text(f"/* {SECRET} */")
    (project.templates / "site.css").unlink()
    os.symlink(tmp_path / "secret.css", project.templates / "site.css")
    with pytest.raises(BuildError, match="site.css.*symbolic link out of the templates folder"):
        build(project, **QUIET)
    (project.templates / "site.css").unlink()
    (tmp_path / "mkdocs.yml").write_bytes(project.config.read_bytes())
    project.config.unlink()
    os.symlink(tmp_path / "mkdocs.yml", project.config)
    with pytest.raises(BuildError, match="mkdocs.yml: is a symbolic link out of the project folder"):
        build(project, **QUIET)


def test_one_reader_for_every_file(tmp_path):
    """The seeds' reader is `safe_files.read_regular`: the same refusals, the same bound."""
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    (tmp_path / "big.txt").write_bytes(b"x" * 2_000)
    with pytest.raises(UnsafeFile, match="is a FIFO"):
        read_regular(tmp_path / "pipe.txt", 1_000)
    with pytest.raises(UnsafeFile, match="is a device"):
        read_regular(tmp_path / "zero.txt", 1_000)
    with pytest.raises(UnsafeFile, match="out of its folder"):
        read_regular(tmp_path / "zero.txt", 1_000, inside=tmp_path)
    with pytest.raises(UnsafeFile, match="is 2,000 bytes; a file may be at most 1,000 bytes"):
        read_regular(tmp_path / "big.txt", 1_000)
    from generator.input.seeds import SeedError

    with pytest.raises(SeedError, match="is a FIFO, not a regular file"):
        read_seed_bytes(tmp_path / "pipe.txt")
