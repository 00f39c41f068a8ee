"""Where a project's parts are: seeds, templates, config, pages, site and cache."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


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
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        cfg = yaml.load(config_file.read_text("utf-8"), Loader=Loader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return cfg if isinstance(cfg, dict) else {}
