"""Read and validate one seed file: a `Seed`, or a `SeedError` naming the file and the problem.

Two formats arrive:

* plain text: ` date YYYY-MM-DD <story>`, paragraphs split by blank lines; the first
  paragraph is a headline when it is short and has no closing full stop; an optional
  `source: URL` line may follow the date line;
* Markdown with YAML front matter (`date`, `title`, `source`, `tags`) and the story below.

Nothing here knows spaCy: a seed is just validated text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

SEED_SUFFIXES = (".txt", ".md")
MAX_BYTES = 1_000_000  # a news story is a few KB; spaCy's own limit is 1M characters
HEADLINE_MAX_WORDS = 20
MAX_TITLE_CHARS = 300
SLUG_MAX_WORDS = 8

_DATE_LINE = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
# An optional `source: URL` line right after a plain seed's date line; a story that merely starts
# with "Source:" and words is a story (only a line holding one address is taken).
_SOURCE_LINE = re.compile(r"source:[ \t]*(\S+)[ \t]*(?:\n|\Z)", re.IGNORECASE)
_HTTP_URL = re.compile(r"https?://\S+\Z")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_SENTENCE_END = ('.', '!', '?', ':', ';', '"', '\u201d', "'", '\u2019', ')', ',')


class SeedError(Exception):
    """A seed that cannot be read. The message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass
class Seed:
    id: str  # the file's stem: stable, what the scorer and the cache key on
    path: Path
    date: dt.date
    title: str | None  # None: the story has no headline; one is generated from its facts
    paragraphs: list[str]
    source: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The story body; every fact's character offsets point into this string."""
        return "\n\n".join(self.paragraphs)


def make_slug(date: str, title: str) -> str:
    """The one slug rule: ISO date plus the headline's first words, ASCII, lower case."""
    words = slugify(title, max_length=0, word_boundary=True).split("-")
    words = [w for w in words if w][:SLUG_MAX_WORDS]
    return "-".join([date] + words) if words else date


def find_seed_files(paths: list[Path]) -> list[Path]:
    """Seed files under the given files and folders, sorted; hidden files are skipped."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for child in path.rglob("*"):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and child.suffix.lower() in SEED_SUFFIXES:
                    found.add(child)
        else:
            found.add(path)
    return sorted(found)


def read_seed(path: Path | str, today: dt.date | None = None) -> Seed:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SeedError(path, f"cannot be read ({exc.strerror or exc})") from None
    return parse_seed(raw, path, today=today)


def parse_seed(raw: bytes, path: Path | str, today: dt.date | None = None) -> Seed:
    path = Path(path)
    if len(raw) > MAX_BYTES:
        raise SeedError(path, f"is {len(raw):,} bytes; a seed may be at most {MAX_BYTES:,} bytes")
    if b"\x00" in raw:
        raise SeedError(path, "is a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")  # a UTF-8 byte-order mark is fine
    except UnicodeDecodeError as exc:
        raise SeedError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters other than newline and tab have no place in a story;
    # Python-Markdown also uses \x02/\x03 as internal markers.
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)
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
        if not _HTTP_URL.match(line.group(1)):
            raise SeedError(path, f"has a 'source:' line that is not an http(s) URL: {line.group(1)[:80]!r}")
        body, source = body[line.end():], line.group(1)
    paragraphs = _paragraphs(body)
    title = None
    if len(paragraphs) > 1 and _looks_like_headline(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return _finish(Seed(id=path.stem, path=path, date=date, title=title, paragraphs=paragraphs, source=source))


def _parse_markdown(text: str, path: Path, today: dt.date | None) -> Seed:
    match = _FRONT_MATTER.match(text)
    assert match
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise SeedError(path, f"has malformed front matter ({exc.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise SeedError(path, "has front matter that is not a mapping of fields")
    if "date" not in meta:
        raise SeedError(path, "has no 'date' in its front matter")
    date = _parse_date(str(meta["date"]), path, today)
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        raise SeedError(path, "has a 'title' that is not text")
    if title is not None and len(title) > MAX_TITLE_CHARS:
        raise SeedError(path, f"has a 'title' of {len(title):,} characters; a headline may be at most {MAX_TITLE_CHARS}")
    source = meta.get("source")
    if source is not None and not (isinstance(source, str) and re.match(r"https?://\S+\Z", source)):
        raise SeedError(path, "has a 'source' that is not an http(s) URL")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int)) for t in tags):
        raise SeedError(path, "has 'tags' that are not a list of words")
    seed = Seed(
        id=path.stem,
        path=path,
        date=date,
        title=" ".join(title.split()) or None if title else None,
        paragraphs=_paragraphs(text[match.end():]),
        source=source,
        tags=sorted({" ".join(str(t).split()) for t in tags if str(t).strip()}),
    )
    return _finish(seed)


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
    return 0 < len(words) <= HEADLINE_MAX_WORDS and not paragraph.endswith(_SENTENCE_END)
