"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ef864ac17dea223c.txt"  # the real seed, byte for byte
INVENTED = ROOT / "tests" / "fixtures" / "invented-kishor-rewrite.txt"  # a rewrite, for a second story


@pytest.fixture(scope="session")
def nlp():
    from generator.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def kishor():
    """The briefing of the one real seed."""
    from generator.extract import extract
    from generator.input.seeds import read_seed

    return next(extract([read_seed(SEED)]))


def generated_headline(nlp, text: str) -> str:
    """The headline generated for an invented story without one (dated Tuesday 14 March 2023)."""
    import datetime as dt

    from generator.extract import facts_from_doc
    from generator.input.seeds import Seed

    seed = Seed(id="t", path=Path("t.txt"), date=dt.date(2023, 3, 14), title=None, paragraphs=text.split("\n\n"))
    b = facts_from_doc(nlp(seed.text), seed)
    assert b.title_generated
    return b.title


def make_seed(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def new_project(root: Path):
    """A project folder of its own: the repo's config, templates and hand-written pages, no seeds."""
    from generator.build.steps import Project

    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "briefings").mkdir()
    shutil.copy(ROOT / "briefings" / "about.md", root / "briefings" / "about.md")
    (root / "seeds").mkdir()
    return Project.at(root)


@pytest.fixture
def project(tmp_path: Path):
    return new_project(tmp_path / "project")
