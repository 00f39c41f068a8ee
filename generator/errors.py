"""Every error the generator raises on purpose, in one tree (after MkDocs' `exceptions.py`).

    GeneratorError
    ├── FileError            one file cannot be used: `path` and `problem` ("is a FIFO, not ...")
    │   ├── SeedError        a seed that cannot be read: that seed fails, the others go on
    │   └── UnsafeFile       a file that is not read at all (safe_files.py)
    ├── FrontMatterError     a seed's YAML front matter (also a ValueError)
    ├── HandoutError         one handout cannot be made: its briefing keeps the last one
    ├── DigestError          the digest command cannot run
    └── BuildError           the build as a whole cannot run: it stops, the last site stays
        ├── PolicyError      mkdocs.yml's story-text policy is not one the site knows
        ├── TemplateError    a template cannot be read or rendered
        ├── SiteError        MkDocs cannot build the site
        └── ExtractPoolError the extraction workers cannot run (the model does not load)

Each stage raises its own kind and the one above decides what it means, so no module imports
another stage (or the build) for its error types. Messages name the file and the problem.
"""
from __future__ import annotations

from pathlib import Path


class GeneratorError(Exception):
    """Base of the errors the generator raises on purpose (not a bug's)."""


class FileError(GeneratorError):
    """One file that cannot be used: `problem` says why, in words that follow the file's name."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class SeedError(FileError):
    """A seed that cannot be read. The message names the file and the problem."""


class UnsafeFile(FileError):
    """A file that is not read (a FIFO, a device, a link out of its folder, too big): nothing of it
    is read (`safe_files`)."""


class FrontMatterError(GeneratorError, ValueError):
    """Front matter that is not a small mapping of plain values; the message says why."""


class HandoutError(GeneratorError):
    """A handout that cannot be made."""


class DigestError(GeneratorError):
    """The digest cannot be made; the message says why."""


class BuildError(GeneratorError):
    """The build as a whole cannot run (a broken template, a missing config)."""


class PolicyError(BuildError):
    """A story-text policy that is not one of `policy.POLICIES`; the message names the file."""


class TemplateError(BuildError):
    """A template that cannot be loaded or rendered; the message names it."""


class SiteError(BuildError):
    """MkDocs could not build the site."""


class ExtractPoolError(BuildError):
    """The extraction workers cannot run at all (the model does not load): a fault of the project."""
