"""Where a project's parts are: seeds, templates, config, pages, site and cache."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Project:
    root: Path
    seeds: Path
    templates: Path
    config: Path
    docs: Path
    site: Path
    cache: Path

    @classmethod
    def at(cls, root: Path) -> "Project":
        root = root.resolve()
        return cls(root, root / "seeds", root / "templates", root / "mkdocs.yml", root / "briefings", root / "site",
                   root / ".cache")
