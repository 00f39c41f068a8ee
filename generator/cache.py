"""A content-keyed store for what is slow to make: a seed's facts (Briefing JSON) and a PDF handout.

A key is the SHA-256 of everything the entry depends on, so an entry is never stale:
change a seed, the extractor's code, the model, a template or a font and the key
changes with it. Entries are files under `.cache/<kind>/<key[:2]>/<key>`, written to a
temporary file and renamed into place, so a reader never sees half an entry.

Like Pelican's cache, this one never crashes the build: an entry that cannot be read,
or a cache folder that cannot be written, is treated as a miss and the work is redone.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypeVar

from . import __version__
from .safe_files import UnsafeFile, hash_regular

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent
# The code and data behind each kind of entry; a change to any of them is a new key.
FACTS_CODE = ("extract", "lexicon", "input", "facts.py", "slugs.py")
# A handout: its HTML made from a briefing's facts, rendered by the pool (every module they import:
# tests/test_cache.py checks the list against the imports)
PDF_CODE = ("publish/handouts.py", "publish/render.py", "publish/numbers_block.py", "publish/sources.py",
            "publish/typography.py", "facts.py", "errors.py", "safe_files.py", "processes.py", "build/handout_pool.py")
# A briefing's page (Markdown) and published JSON: the publish code, and what it reads (editorial's
# "what's new", the lexicon's outlets, the facts, slugs); tests/test_cache.py checks it against the imports
PAGE_CODE = ("publish", "editorial", "lexicon", "input", "facts.py", "slugs.py", "errors.py", "safe_files.py",
             "project.py", "yaml_bounded.py", "cache.py", "processes.py")
PAGE_READER = ("trafilatura", "htmldate", "courlan", "justext", "lxml")  # what reads a saved web page (input/webpage.py)
DIGEST_MAX_BYTES = 1 << 30  # a file digested (a template, a font, a staged page): read a piece at a time
KINDS = ("facts", "pdf", "over-bound", "minhash", "page", "seed")  # over-bound: why a seed's extraction ran over a bound,
# by the facts' key; minhash: a story's signature for the cluster index (editorial/clusters.py), by its text;
# page: a briefing's page and published facts (publish/site.py), by the facts and all else the page shows; seed: a
# seed as parsed (build/seed_cache.py), by its path, its bytes and the parsing code


def digest(*parts: bytes | str) -> str:
    """SHA-256 of the parts, each length-prefixed so no two lists of parts run together."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def files_digest(paths: Iterable[Path], base: Path | None = None) -> str:
    """One digest of files (and the files under folders): names relative to `base`, and contents.
    A file is read as every file of a project is (`safe_files`): a FIFO, a device or a link out of
    its folder counts by what it is, unread."""
    # walked with os.scandir and strings, in Path's order (the digests stay what they were): the staged
    # docs of 10,000 briefings are 36,000 files, and Path.rglob with a resolve per file took seconds
    files: dict[tuple[str, str], bool] = {}  # (file, its folder) -> a regular file found by the walk
    for path in paths:
        if path.is_dir():
            _walk_files(str(path), files, str(path))
        elif path.exists() or path.is_symlink():
            files[(str(path), str(path.parent))] = False
    base_text = str(base) + "/" if base is not None else None
    parts: list[bytes | str] = []
    for (f, folder), regular in sorted(files.items(), key=lambda item: (_parts(item[0][0]), _parts(item[0][1]))):
        content = _hash_plain(f) if regular else None
        if content is None:
            try:
                content = hash_regular(Path(f), DIGEST_MAX_BYTES, Path(folder))
            except UnsafeFile as exc:
                content = f"not read: {exc.problem}"
        parts += [f[len(base_text):] if base_text and f.startswith(base_text) else os.path.basename(f), content]
    return digest(*parts)


def _walk_files(folder: str, files: dict[tuple[str, str], bool], top: str) -> None:
    """Every entry under `folder` that is not a folder (a link to one included, unfollowed), as Path.rglob
    finds them, but for `__pycache__`."""
    with os.scandir(folder) as found:
        for entry in found:
            if entry.name == "__pycache__":
                continue
            if entry.is_dir(follow_symlinks=False):
                _walk_files(entry.path, files, top)
            else:
                files[(entry.path, top)] = entry.is_file(follow_symlinks=False)


def _parts(path: str) -> tuple[str, ...]:
    """PurePosixPath(path).parts of a path made by joining names to a clean one (how Path sorts)."""
    if path.startswith("/"):
        return ("/", *path[1:].split("/")) if len(path) > 1 else ("/",)
    return tuple(path.split("/"))


def _hash_plain(path: str) -> str | None:
    """The SHA-256 of a regular file (not a link), or None for `hash_regular` to say what it is."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > DIGEST_MAX_BYTES:
            return None
        h = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


@functools.lru_cache(maxsize=None)
def code_digest(names: tuple[str, ...]) -> str:
    """The generator's version plus the source of the modules named (relative to the package)."""
    return digest(__version__, files_digest([PACKAGE / n for n in names], PACKAGE))


@functools.lru_cache(maxsize=None)  # per process: asked once per seed, and each lookup reads metadata files
def package_versions(*names: str) -> str:
    out = []
    for name in names:
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return " ".join(out)


def facts_key(file_name: str, raw: bytes, model: str) -> str:
    """A seed's facts depend on its bytes, its file name (the briefing's id), the extractor, the model
    and the libraries the extractor reads data from."""
    return digest("facts", code_digest(FACTS_CODE), model,
                  package_versions("spacy", "babel", "dateparser", "python-slugify", "names", "nicknames", "text2num"),
                  package_versions(*PAGE_READER), file_name, raw)


def pdf_key(briefing: str, templates: str, fonts: str, paper: str, page_url: str | None) -> str:
    """A PDF depends on the briefing as published (every fact, related briefing and date it shows, and
    the reports folded into it: its HTML is a function of these; `briefing`: the digest of its JSON
    and what the folded reports add), the templates it reads (`handout_step.handout_templates`), the fonts, the paper, the page's address,
    the code that makes the HTML and WeasyPrint. Keyed on the facts, not on the HTML, so a build
    with nothing new renders no handout HTML at all (it cost a third of a no-change rebuild)."""
    return digest("pdf", code_digest(PDF_CODE), package_versions("weasyprint", "pydyf", "jinja2", "markdown"),
                  templates, fonts, paper, page_url or "", briefing)


def page_key(templates: str, *parts: str) -> str:
    """A briefing's page depends on the briefing as published and what its links point to (the
    parts), the template folders, the publish code and the libraries that write it."""
    return digest("page", code_digest(PAGE_CODE), package_versions("jinja2", "markupsafe", "pyyaml"), templates,
                  *parts)


class Cache:
    """Entries by kind and key. `root=None` is a cache that holds nothing (for `--no-cache`)."""

    def __init__(self, root: Path | None):
        self.root = root
        self._base = str(root) if root is not None else ""
        self.used: set[str] = set()  # the entries' paths, as strings (tens of thousands a build: no Path each)
        self.hits = 0
        self.misses = 0

    def _file(self, kind: str, key: str) -> str:
        assert self.root is not None
        return f"{self._base}/{kind}/{key[:2]}/{key}"

    def _path(self, kind: str, key: str) -> Path:
        return Path(self._file(kind, key))

    def _read(self, kind: str, key: str, read: Callable[[BinaryIO], T | None]) -> tuple[str, T] | None:
        """`read` of an entry's open file, and its path; None (a miss) where there is none, it cannot
        be read, or `read` finds it unusable. Counts the hit or miss and marks the entry used."""
        if self.root is None:
            self.misses += 1
            return None
        path = self._file(kind, key)
        try:
            with open(path, "rb") as f:
                found = read(f)
        except OSError:
            found = None
        if found is None:
            self.misses += 1
            return None
        self.used.add(path)
        self.hits += 1
        return path, found

    def get(self, kind: str, key: str) -> bytes | None:
        got = self._read(kind, key, lambda f: f.read())
        return got[1] if got is not None else None

    def entry(self, kind: str, key: str, head: bytes = b"", tail: bytes = b"") -> Path | None:
        """The file of an entry that starts with `head` and ends with `tail` in its last 64 bytes, or
        None: for an entry that is copied whole (a PDF into the site), which need not be read
        whole here. Entries are never written in place (`write_atomic`), so the file may be linked."""
        def ends(f: BinaryIO) -> bool | None:
            start = f.read(len(head))
            f.seek(max(0, f.seek(0, os.SEEK_END) - 64))
            return True if start.startswith(head) and tail in f.read() else None

        got = self._read(kind, key, ends)
        return Path(got[0]) if got is not None else None

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Store an entry; a cache that cannot be written is only a slower build."""
        if self.root is not None:
            path = self._path(kind, key)
            if write_atomic(path, data):
                self.used.add(str(path))

    def get_meta(self, name: str) -> bytes | None:
        """A file of the cache's own (not content-keyed), e.g. last build's slugs."""
        try:
            return (self.root / name).read_bytes() if self.root is not None else None
        except OSError:
            return None

    def put_meta(self, name: str, data: bytes) -> None:
        if self.root is not None:
            write_atomic(self.root / name, data)

    def forget(self, kind: str, key: str) -> None:
        """Drop an entry found to be unusable (corrupt), so the next build does not trip on it again."""
        if self.root is not None:
            path = self._path(kind, key)
            self.used.discard(str(path))
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass

    def prune(self) -> int:
        """Remove every entry this build did not use: the cache holds what the last build needs, no more.
        Only the folders of this cache's kinds are touched (`.cache/` may hold other tools' files)."""
        if self.root is None:
            return 0
        removed = 0
        for kind in KINDS:
            for path in _files_under(f"{self._base}/{kind}"):
                if path not in self.used:
                    try:
                        os.unlink(path)
                        removed += 1
                    except OSError:
                        pass
        return removed


def _files_under(folder: str) -> list[str]:
    """The files under `folder` (links to folders not followed), as `prune` names them: joined strings,
    with os.scandir (a cache of 10,000 seeds holds 60,000 entries: Path.rglob took seconds)."""
    out: list[str] = []
    try:
        with os.scandir(folder) as found:
            for entry in found:
                if entry.is_dir(follow_symlinks=False):
                    out += _files_under(entry.path)
                elif entry.is_file():  # (a link to a file counts, as Path.is_file says)
                    out.append(entry.path)
    except OSError:
        pass
    return out


def write_atomic(path: Path, data: bytes) -> bool:
    """Write to a temporary file beside `path`, then rename it over `path`: readers see all or nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
