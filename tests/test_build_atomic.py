"""A build that dies halfway leaves the previous site and generated pages as they were."""
import pathlib

import pytest

from generator.build import steps as build_mod
from generator.build.steps import BuildError, _replace, build
from generator.publish.site import SiteError

from .conftest import SEED, make_seed

QUIET = {"progress": lambda m: None}


def snapshot(project) -> dict[str, bytes]:
    return {p.relative_to(project.root).as_posix(): p.read_bytes()
            for folder in (project.site, project.docs) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built_once(project):
    make_seed(project.seeds, SEED.name, SEED.read_text("utf-8"))
    build(project, **QUIET)
    return project


def no_leftovers(project) -> None:
    # .build-trash-*: the last good build's old trees, being deleted in the background
    assert not [p for p in project.root.glob(".build-*") if not p.name.startswith(".build-trash-")]
    assert not [p for p in project.root.rglob(".*.old")]


def test_mkdocs_failing_keeps_the_previous_site_and_pages(built_once, monkeypatch):
    project = built_once
    make_seed(project.seeds, "another.txt", "date 2021-02-03 Minister Jane Roe resigned on Monday.")
    before = snapshot(project)

    def fail(config, docs, site, strict=True, page_cache=None):
        (site / "half-written.html").parent.mkdir(parents=True, exist_ok=True)
        (site / "half-written.html").write_text("half")
        raise SiteError("mkdocs build failed: simulated")

    monkeypatch.setattr(build_mod, "build_site_apart", fail)
    with pytest.raises(BuildError, match="simulated"):
        build(project, **QUIET)
    assert snapshot(project) == before
    no_leftovers(project)


@pytest.mark.parametrize("step", ["write_site_pages", "start_handouts", "run_mkdocs", "link_related_cached"])
def test_a_crash_inside_any_step_keeps_the_previous_site_and_pages(built_once, monkeypatch, step):
    project = built_once
    (project.seeds / SEED.name).write_text(SEED.read_text("utf-8").replace("2022-04-26", "2022-04-27"))
    before = snapshot(project)

    def crash(*args, **kwargs):
        raise RuntimeError(f"simulated crash in {step}")

    monkeypatch.setattr(build_mod, step, crash)
    with pytest.raises(RuntimeError, match="simulated"):
        build(project, **QUIET)
    assert snapshot(project) == before
    no_leftovers(project)


def test_a_crash_while_swapping_puts_the_old_one_back(tmp_path, monkeypatch):
    monkeypatch.setattr(build_mod, "exchange", lambda a, b: False)  # a system without an atomic exchange
    target, new = tmp_path / "site", tmp_path / "stage"
    target.mkdir()
    (target / "index.html").write_text("old")
    new.mkdir()
    (new / "index.html").write_text("new")
    real = pathlib.Path.rename

    def rename(self, dest):
        if self == new:
            raise OSError("simulated: cannot rename")
        return real(self, dest)

    monkeypatch.setattr(pathlib.Path, "rename", rename)
    with pytest.raises(OSError, match="simulated"):
        _replace(target, new)
    assert (target / "index.html").read_text() == "old"


def test_replace_swaps_folders_and_files_and_removes_what_is_no_longer_made(tmp_path):
    target, new = tmp_path / "site", tmp_path / "stage"
    target.mkdir()
    (target / "stale.html").write_text("stale")
    (tmp_path / ".site.old").mkdir()  # left by a build killed mid-swap
    new.mkdir()
    (new / "index.html").write_text("new")
    _replace(target, new)
    assert [p.name for p in target.iterdir()] == ["index.html"] and not new.exists()
    assert not (tmp_path / ".site.old").exists()
    (tmp_path / "index.md").write_text("old page")
    _replace(tmp_path / "index.md", tmp_path / "missing.md")
    assert not (tmp_path / "index.md").exists()
