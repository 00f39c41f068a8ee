"""Read and validate one seed file: a `Seed`, or a `SeedError` naming the file and the problem.

Two formats arrive:

* plain text: ` date YYYY-MM-DD <story>`, paragraphs split by blank lines; the first
  paragraph is a headline when it is short and has no closing full stop; an optional
  `source: URL` line may follow the date line;
* Markdown with YAML front matter (`date`, `title`, `source`, `tags`) and the story below;
* a web page saved from a browser (`.html`, `.htm`): its article, read by `webpage.py`.

Nothing here knows spaCy: a seed is just validated text.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SeedError
from . import frontmatter
from .furniture import is_boilerplate
from ..safe_files import UnsafeFile, problem_of, read_regular
from .textclean import clean_body, clean_label
from .webpage import PAGE_SUFFIXES, PageError, is_saved_page_folder

SEED_SUFFIXES = (".txt", ".md") + PAGE_SUFFIXES
MAX_BYTES = 1_000_000  # a news story is a few KB; spaCy's own limit is 1M characters
HEADLINE_MAX_WORDS = 20
MAX_TITLE_CHARS = 300
MIN_YEAR = 1900  # a briefing's date is 1900 to today
MAX_TAGS = 30  # each tag is a page: a seed does not make thousands
MAX_TAG_CHARS = 60
MAX_SOURCE_CHARS = 2_000
SEEDS_FOLDER = "the seeds folder"  # in the reasons a file is skipped

_DATE_LINE = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
# An optional `source: URL` line right after a plain seed's date line; a story that merely starts
# with "Source:" and words is a story (only a line holding one address is taken).
_SOURCE_LINE = re.compile(r"source:[ \t]*(\S+)[ \t]*(?:\n|\Z)", re.IGNORECASE)
_HTTP_URL = re.compile(r"https?://\S+\Z")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# a headline may end in '?', '!' or a closing quotation mark; a full stop, colon, semicolon
# or comma (before any closing mark) ends a sentence or leads into one
_SENTENCE_END = ('.', ':', ';', ',')
_CLOSING = '"\u201d\'\u2019)'
# a wire's dateline ("TRENTON, N.J. (AP) \u2014", "LONDON --") starts a story's first paragraph, never its headline
_OPENING_DATELINE = re.compile(
    # "TRENTON, N.J. (AP) \u2014", "NEW YORK (Reuters) -": a place with its state or wire
    r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:,[\w .,]{1,30}?\s*\([\w .]{1,20}\)|,[\w .]{1,30}?|\s*\([\w .]{1,20}\))\s*"
    r"(?:--|[\u2014\u2013\u2015-])\s"
    # "LOS ANGELES \u2014", "LONDON --": capitals alone, then a long dash (not "US - China talks")
    r"|[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*\s*(?:--|\u2014|\u2015)\s")


@dataclass
class Seed:
    id: str  # the file's stem: stable, what the scorer and the cache key on
    path: Path
    date: dt.date
    title: str | None  # None: the story has no headline; one is generated from its facts
    paragraphs: list[str]
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    author: str | None = None  # a web page's byline, as its metadata gives it

    @property
    def text(self) -> str:
        """The story body; every fact's character offsets point into this string."""
        return "\n\n".join(self.paragraphs)


@dataclass
class SeedFile:
    """A valid seed and the bytes it was read from (what the cache keys on)."""

    seed: Seed
    raw: bytes


@dataclass
class Unread:
    """A file of a seed folder that gave no seed: where it is, its name as the folder has it
    (`seeds/2022/x.txt` is `2022/x.txt`), and why."""

    path: Path
    name: str
    problem: str


@dataclass
class SeedFolder:
    """What the seed folders held: the seeds, and the files that gave none, each in order."""

    seeds: list[SeedFile] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)


def read_seed_folder(paths: list[Path], today: dt.date | None = None,
                     parse: Callable[[bytes, Path, dt.date | None], Seed] | None = None) -> SeedFolder:
    """Every seed under the given files and folders: the one reader of seed folders (the build,
    `extract`, `digest`, `serve`). One bad file never stops the others: a file skipped as no
    regular file of the folder (`scan_seed_files`), one that cannot be read or parsed, and a
    second file with an id already read (`a.txt` and `a.md`: one id, one page) are each `Unread`,
    naming the file and the problem. Whatever a seed holds, reading it raises nothing: even a
    fault of the reader is that seed's. `parse` (raw bytes, path, today) stands in for `parse_seed`
    where a parse may be had without parsing (build/seed_cache.py)."""
    parse = parse or (lambda raw, path, day: parse_seed(raw, path, today=day))
    out = SeedFolder()
    ids: dict[str, str] = {}
    files, skipped = scan_seed_files(paths)
    out.unread += [Unread(path, _name_in_folder(path, paths), why) for path, why in skipped]
    for path in files:
        name = _name_in_folder(path, paths)
        try:
            raw = read_seed_bytes(path, _root_of(path, paths))
            seed = parse(raw, path, today)
        except SeedError as exc:
            out.unread.append(Unread(path, name, exc.problem))
            continue
        except Exception as exc:  # noqa: BLE001  a reader bug on one seed must not stop the others
            out.unread.append(Unread(path, name, f"could not be read ({exc.__class__.__name__}: {exc})"))
            continue
        if seed.id in ids:  # the id is the briefing's identity
            out.unread.append(Unread(path, name, f"has the same name as {ids[seed.id]} (id {seed.id!r}); "
                                                 "rename one of them"))
            continue
        ids[seed.id] = name
        out.seeds.append(SeedFile(seed, raw))
    return out


def _root_of(path: Path, roots: list[Path]) -> Path | None:
    """The seeds folder a seed was found in (nothing it reads may lie outside it); None for a file
    named on its own."""
    return next((root for root in roots if root.is_dir() and path.is_relative_to(root)), None)


def _name_in_folder(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir() and path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def scan_seed_files(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(seed files, [(path, why it is skipped)]) under the given files and folders, each sorted.

    Only regular files inside a folder are read: a symbolic link is followed only to a regular
    file inside the same folder; links out of it, dangling links, link loops, FIFOs, sockets and
    devices are skipped with a reason. Folders are walked without following links. Names that
    start with a dot, files without a seed's suffix, and the folder a browser saves beside a page
    (`story_files/`), are skipped without a word."""
    found: set[Path] = set()
    skipped: dict[Path, str] = {}
    for path in paths:
        if not path.is_dir():
            found.add(path)  # named on the command line: read_seed_bytes still refuses what is not a file
            continue
        root = path.resolve()
        for folder, dirs, files in os.walk(path, followlinks=False):
            # a saved page's own folder of images and scripts (`story_files/`) holds no seed
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not is_saved_page_folder(Path(folder) / d))
            for name in files:
                if name.startswith("."):
                    continue
                child = Path(folder) / name
                problem = _not_a_seed_file(child, root)
                if problem is None:
                    if child.suffix.lower() in SEED_SUFFIXES:
                        found.add(child)
                elif problem:
                    skipped[child] = problem
            for name in list(dirs):  # a link to a folder is listed with the folders, and not followed
                child = Path(folder) / name
                if child.is_symlink():
                    skipped[child] = "is a symbolic link to a folder; only files inside the seeds folder are read"
    return sorted(found), sorted(skipped.items())


def _not_a_seed_file(path: Path, root: Path) -> str | None:
    """None for a regular file (or a link to one inside `root`); "" for a file that is not a seed
    (no seed suffix) and needs no word here (a corrections file is refused, by name, where it is
    read); else why it is skipped (`safe_files.problem_of`)."""
    if path.suffix.lower() not in SEED_SUFFIXES:
        return ""
    return problem_of(path, root, SEEDS_FOLDER)


def read_seed_bytes(path: Path | str, root: Path | None = None) -> bytes:
    """A seed's bytes: a regular file's, inside `root` when it is given (a link is followed only to a
    regular file inside it, as `scan_seed_files` allowed), its size checked before anything is read,
    never more than MAX_BYTES + 1 read (`safe_files.read_regular`)."""
    try:
        return read_regular(path, MAX_BYTES, root, SEEDS_FOLDER, "a seed")
    except UnsafeFile as exc:
        raise SeedError(path, exc.problem) from None


def read_seed(path: Path | str, today: dt.date | None = None) -> Seed:
    path = Path(path)
    return parse_seed(read_seed_bytes(path), path, today=today)


def parse_seed(raw: bytes, path: Path | str, today: dt.date | None = None) -> Seed:
    path = Path(path)
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise SeedError(path, "has a file name that is not UTF-8; rename it") from None
    if re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", path.name) or clean_label(path.name) != " ".join(path.name.split()):
        raise SeedError(path, "has control or invisible characters in its file name; rename it")
    if len(raw) > MAX_BYTES:
        raise SeedError(path, f"is {len(raw):,} bytes; a seed may be at most {MAX_BYTES:,} bytes")
    if b"\x00" in raw:
        raise SeedError(path, "is a binary file, not text")
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _parse_page(raw, path, today)
    try:
        text = raw.decode("utf-8-sig")  # a UTF-8 byte-order mark is fine
    except UnicodeDecodeError as exc:
        raise SeedError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters other than newline and tab have no place in a story (Python-Markdown
    # also uses \x02/\x03 as internal markers), nor have invisible ones that reorder or hide text.
    text = clean_body(text)
    if not text.strip():
        raise SeedError(path, "is empty")
    if path.suffix.lower() == ".md" and _FRONT_MATTER.match(text):
        return _parse_markdown(text, path, today)
    return _parse_plain(text, path, today)


def _parse_plain(text: str, path: Path, today: dt.date | None) -> Seed:
    match = _DATE_LINE.match(text)
    if not match:
        raise SeedError(path, "has no date: a seed starts with 'date YYYY-MM-DD'")
    date = _parse_date(match.group(1), path, today)
    body, source = text[match.end():], None
    line = _SOURCE_LINE.match(body)
    if line and "/" in line.group(1):  # one address on its own line: it must be a web address
        if len(line.group(1)) > MAX_SOURCE_CHARS:  # as front matter's 'source'
            raise SeedError(path, f"has a 'source:' line of {len(line.group(1)):,} characters; "
                                  f"a source URL may be at most {MAX_SOURCE_CHARS:,}")
        if not _HTTP_URL.match(line.group(1)):
            raise SeedError(path, f"has a 'source:' line that is not an http(s) URL: {line.group(1)[:80]!r}")
        body, source = body[line.end():], line.group(1)
    paragraphs = _paragraphs(body)
    title = None
    if len(paragraphs) > 1 and _looks_like_headline(paragraphs[0]):
        title, paragraphs = clean_label(paragraphs[0]) or None, paragraphs[1:]
    return _finish(Seed(id=path.stem, path=path, date=date, title=title, paragraphs=paragraphs, source=source))


def _parse_markdown(text: str, path: Path, today: dt.date | None) -> Seed:
    match = _FRONT_MATTER.match(text)
    assert match
    try:
        meta = frontmatter.load(match.group(1)) or {}
    except frontmatter.FrontMatterError as exc:
        raise SeedError(path, f"has malformed front matter: {exc}") from None
    if not isinstance(meta, dict):
        raise SeedError(path, "has front matter that is not a mapping of fields")
    if "date" not in meta:
        raise SeedError(path, "has no 'date' in its front matter")
    if not isinstance(meta["date"], str):
        raise SeedError(path, "has a 'date' that is not a date (YYYY-MM-DD)")
    date = _parse_date(meta["date"].strip(), path, today)
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        raise SeedError(path, "has a 'title' that is not text")
    if title is not None and len(title) > MAX_TITLE_CHARS:
        raise SeedError(path, f"has a 'title' of {len(title):,} characters; a headline may be at most {MAX_TITLE_CHARS}")
    source = meta.get("source")
    if source is not None and not (isinstance(source, str) and len(source) <= MAX_SOURCE_CHARS
                                   and source.isprintable() and re.match(r"https?://\S+\Z", source)):
        raise SeedError(path, "has a 'source' that is not an http(s) URL")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SeedError(path, "has 'tags' that are not a list of words")
    tags = sorted({clean_label(t) for t in tags} - {""})
    if len(tags) > MAX_TAGS:
        raise SeedError(path, f"has {len(tags):,} tags; a seed may have at most {MAX_TAGS}")
    if any(len(t) > MAX_TAG_CHARS for t in tags):
        raise SeedError(path, f"has a tag longer than {MAX_TAG_CHARS} characters")
    seed = Seed(
        id=path.stem,
        path=path,
        date=date,
        title=clean_label(title) or None if title else None,
        paragraphs=_paragraphs(text[match.end():]),
        source=source,
        tags=tags,
    )
    return _finish(seed)


def _parse_page(raw: bytes, path: Path, today: dt.date | None) -> Seed:
    """A saved web page's article (`webpage.py`, in its bounded process), under the seed rules."""
    from .webpage_pool import read_page_bounded

    try:
        page = read_page_bounded(raw)
    except PageError as exc:
        raise SeedError(path, exc.problem) from None
    if page.title is not None and len(page.title) > MAX_TITLE_CHARS:
        raise SeedError(path, f"has a headline of {len(page.title):,} characters; a headline may be at most {MAX_TITLE_CHARS}")
    source = page.url if page.url and len(page.url) <= MAX_SOURCE_CHARS else None
    return _finish(Seed(id=path.stem, path=path, date=_parse_date(page.date, path, today), title=page.title,
                        paragraphs=page.paragraphs, source=source, author=page.author))


def _finish(seed: Seed) -> Seed:
    if not seed.paragraphs:
        raise SeedError(seed.path, "has a date but no story")
    if not any(re.search(r"[^\W\d_]{2}", p) for p in seed.paragraphs):
        raise SeedError(seed.path, "has no sentences: the story holds no words")
    return seed


def _parse_date(value: str, path: Path, today: dt.date | None) -> dt.date:
    if not _ISO_DATE.match(value):
        raise SeedError(path, f"has a malformed date {value[:40]!r}: expected YYYY-MM-DD")
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise SeedError(path, f"has an impossible date {value!r}") from None
    today = today or dt.date.today()
    if date > today:
        raise SeedError(path, f"is dated {value}, in the future")
    if date.year < MIN_YEAR:
        raise SeedError(path, f"is dated {value}, before {MIN_YEAR}")
    return date


def _paragraphs(body: str) -> list[str]:
    """Blank lines split paragraphs; the lines inside one paragraph are joined by spaces."""
    out = []
    for block in _BLANK_LINE.split(body.strip()):
        para = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if para:
            out.append(para)
    return out


def _looks_like_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return (0 < len(words) <= HEADLINE_MAX_WORDS and len(paragraph) <= MAX_TITLE_CHARS
            and not paragraph.rstrip(_CLOSING).endswith(_SENTENCE_END)
            and not is_boilerplate(paragraph)  # a byline ("By Jane Doe") is not the headline
            and not _OPENING_DATELINE.match(paragraph))  # "TRENTON, N.J. (AP) — Was that ...?" opens the story
