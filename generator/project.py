"""Where a project's parts are: seeds, templates, config, pages, site and cache."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .safe_files import UnsafeFile, read_regular
from .yaml_bounded import Bounds, YamlProblem, load

CONFIG_MAX_BYTES = 1_000_000  # mkdocs.yml: a few KB
# MkDocs reads it too, with aliases and its own tags: those are allowed, aliases counted as expanded
CONFIG_BOUNDS = Bounds(CONFIG_MAX_BYTES, 32, 100_000, "mkdocs.yml")

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


def mkdocs_settings(config_file: Path) -> dict:
    """mkdocs.yml as plain data, read without running MkDocs: tags such as `!ENV` are read as
    nothing, and an unreadable file is {} (MkDocs itself reports it when the site is built)."""
    try:
        text = read_regular(config_file, CONFIG_MAX_BYTES, config_file.parent).decode("utf-8")
        cfg = load(text, CONFIG_BOUNDS, aliases=True, unknown_tags="null", duplicates="last") or {}
    except (UnsafeFile, UnicodeDecodeError, YamlProblem):
        return {}
    return cfg if isinstance(cfg, dict) else {}
