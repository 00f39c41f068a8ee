"""Shared fixtures and helpers: the real spaCy pipeline, loaded once per test session; invented stories
as facts (`story`, `titled`, `generated_headline`); seed files and projects of their own."""
from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ef864ac17dea223c.txt"  # the real seed, byte for byte
INVENTED = ROOT / "tests" / "fixtures" / "invented-kishor-rewrite.txt"  # a rewrite, for a second story

# an invented story of the real seed's shape (a strategist, a party, its chairwoman, two states), for Who and Where
KELKAR = (
    "Poll strategist Arvind Kelkar has turned down an offer from the Nationalist Democratic Front to lead "
    "its campaign for the 2026 Rajya Sabha elections.\n\n"
    "\"I thank the party for its kind offer,\" he wrote on Twitter.\n\n"
    "Front chairwoman Meera Iyer had convened a strategy committee and invited Kelkar to join it. "
    "\"Party Chair has convened a committee and invited him to lead it,\" a spokesman for the Front said.\n\n"
    "Kelkar, 47, had earlier advised the Front's rivals in Kerala and Karnataka, and the communication "
    "department of the party had briefed the press."
)


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


TUESDAY = dt.date(2023, 3, 14)  # the date of the invented stories: a Tuesday


def story(nlp, text: str, title: str | None = None):
    """The facts of an invented story (paragraphs split at blank lines), dated Tuesday 14 March 2023."""
    from generator.extract import facts_from_doc
    from generator.input.seeds import Seed

    seed = Seed(id="t", path=Path("t.txt"), date=TUESDAY, title=title, paragraphs=text.split("\n\n"))
    return facts_from_doc(nlp(seed.text), seed)


def titled(nlp, title: str, text: str):
    """The facts of an invented story under its own headline."""
    return story(nlp, text, title=title)


def generated_headline(nlp, text: str) -> str:
    """The headline generated for an invented story without one (dated Tuesday 14 March 2023)."""
    b = story(nlp, text)
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


def load_script(path: Path, name: str | None = None):
    """A script or a bench of the repository (not a package) as a module, by its path."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(nlp, rows: str):
    """A Doc from rows of "word dep head pos" (head: the word's index), the parse the model gave a real story."""
    from spacy.tokens import Doc
    table = [r.split() for r in rows.strip().splitlines()]
    return Doc(nlp.vocab, words=[r[0] for r in table], deps=[r[1] for r in table], heads=[int(r[2]) for r in table],
               pos=[r[3] for r in table], lemmas=[r[0].lower() for r in table])
