"""Where a project's parts are: seeds, templates, config, pages, site and cache."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .safe_files import UnsafeFile, read_regular

CONFIG_MAX_BYTES = 1_000_000  # mkdocs.yml: a few KB

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
        text = read_regular(config_file, CONFIG_MAX_BYTES, config_file.parent).decode("utf-8")
        cfg = yaml.load(text, Loader=Loader) or {}
    except (UnsafeFile, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return cfg if isinstance(cfg, dict) else {}
