"""Editors' corrections, applied to extracted facts on every build (never re-running extraction).

Two kinds of file, both YAML written by people, both untrusted like seeds, both read by the
project's bounded reader (`yaml_bounded`), each with its schema of keys (`SCHEMAS`):

* `seeds/<stem>.corrections.yml`, beside its seed: this story's headline, what, when, where, why;
  its quotes and actors, each named by the number `corrections init` printed (`n`), by its words
  (a quote's first words, an actor's name as extracted) or by both, which must then agree; actors
  to add; figures (named as written: `number: "370"`); context lines to add;
* `corrections/actors.yml`, site-wide: canonical names with their aliases (within a date range,
  or only in stories that mention given words, to tell namesakes apart), kinds, standing roles
  (which override a story's), and names that are no actor anywhere (`drop: true`).

A corrected fact carries `corrected=True` and `original` (what the extractor had said; never
published, see `publish.policy.shown`), and keeps the story sentence it came from. Every problem
(a malformed file, an unknown key, a value of the wrong type, a target that is not there) names
the file, line and key, with the closest matches; `correct_all` holds back the briefings they
concern, which the build keeps as last published. Nothing here raises into the build.
"""
from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..facts import MENTIONS_THAT_TAKE_PART, Actor, Briefing, Fact, Number, Place, Quote, When, who_order
from ..safe_files import UnsafeFile, read_regular
from ..input.seeds import MAX_TITLE_CHARS, SEED_SUFFIXES
from ..slugs import actor_slug, briefing_slug
from ..yaml_bounded import Bounds, Node, YamlProblem, load_nodes

SUFFIX = ".corrections.yml"
ACTORS_FILE = Path("corrections") / "actors.yml"
CLUSTERS_FILE = Path("corrections") / "clusters.yml"  # splits and joins of folded stories (clusters.py)
MAX_BYTES = 256_000  # a corrections file is a few hundred lines
MAX_EVENTS = 20_000  # YAML values (scalars, collections) in one file
MAX_DEPTH = 8
BOUNDS = Bounds(MAX_BYTES, MAX_DEPTH, MAX_EVENTS, "a corrections file")
MAX_TEXT = 2_000  # a what, a why, a context line
MAX_NAME = 200  # a name, a role, a place, a quote's first words
KINDS = ("person", "organisation", "place", "group")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
                              "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()  # a key the file does not give (None is a value: "clear it")


# -- reading YAML with line numbers, safely ------------------------------------------------------

class Problems:
    """Warnings about one file, each naming the file, the line and the key."""

    def __init__(self, file: str):
        self.file = file
        self._items: list[tuple[int, str]] = []

    def add(self, line: int | None, key: str | None, message: str) -> None:
        where = [self.file] + ([f"line {line}"] if line else []) + ([f"key '{key}'"] if key else [])
        self._items.append((line or 0, f"{', '.join(where)}: {message}"))

    @property
    def items(self) -> list[str]:
        """In the order of the file's lines, as an editor reads it."""
        return [text for _, text in sorted(self._items, key=lambda item: item[0])]


def load_yaml(raw: bytes, problems: Problems) -> Node | None:
    """The file as Nodes (`yaml_bounded`), or None (with a problem) when it cannot be read at all.
    Safe: no tags but YAML's plain scalars, no aliases (so no billion laughs), bounded size and depth."""
    if len(raw) > MAX_BYTES:
        problems.add(None, None, f"is {len(raw):,} bytes; a corrections file may be at most {MAX_BYTES:,}")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(None, None, f"is not UTF-8 text (bad byte at offset {exc.start})")
        return None
    if "\x00" in text:
        problems.add(None, None, "is a binary file, not text")
        return None
    try:
        # tags are checked value by value, so one bad value leaves the rest of the file
        root = load_nodes(text, BOUNDS, lambda line, path, message: problems.add(line, path or None, message),
                          tags=None)
    except YamlProblem as exc:
        problems.add(exc.line, None, exc.message)
        return None
    if root is None or (root.value is None and not isinstance(root.value, (dict, list))):
        return Node({}, 1)  # an empty file, or only comments
    return root


def _clean(text: str) -> str:
    """One line, without control characters (Python-Markdown reads \\x02/\\x03 as its own markers)."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _norm(text: str) -> str:
    """For matching names and quotes: case, spacing, curly quotes and dashes do not matter."""
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split()).strip("\"' ")


# -- typed values ---------------------------------------------------------------------------------

class _Reader:
    """Typed values from a mapping Node; a wrong type is a problem and reads as UNSET."""

    def __init__(self, problems: Problems, mapping: Node, path: str, known: tuple[str, ...]):
        self.p, self.path = problems, path
        self.fields: dict[str, tuple[int, Node]] = mapping.value
        for key, (line, _) in self.fields.items():
            if key not in known:
                self.p.add(line, self.key(key), f"is not a correction this file knows{did_you_mean(key, known)} "
                                                f"(known: {', '.join(known)})")

    def key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def line(self, key: str) -> int:
        return self.fields[key][0] if key in self.fields else 0

    def key_lines(self) -> dict[str, int]:
        return {key: line for key, (line, _) in self.fields.items()}

    def text(self, key: str, limit: int = MAX_TEXT, nullable: bool = True) -> Any:
        if key not in self.fields:
            return UNSET
        line, node = self.fields[key]
        value = node.value
        if value is None and nullable:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # "role: 2" is text to its writer
        if not isinstance(value, str):
            self.p.add(line, self.key(key), f"should be text{' or null' if nullable else ''}, not {_kind_of(value)}")
            return UNSET
        value = _clean(value)
        if not value:
            if nullable:
                return None
            self.p.add(line, self.key(key), "is empty")
            return UNSET
        if len(value) > limit:
            self.p.add(line, self.key(key), f"is {len(value):,} characters; at most {limit:,}")
            return UNSET
        return value

    def flag(self, key: str) -> bool:
        if key not in self.fields:
            return False
        line, node = self.fields[key]
        if not isinstance(node.value, bool):
            self.p.add(line, self.key(key), f"should be true or false, not {_kind_of(node.value)}")
            return False
        return node.value

    def date(self, key: str) -> Any:
        if key not in self.fields:
            return UNSET
        line, node = self.fields[key]
        value = node.value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
            return str(value)  # a year
        if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.strip()):
            text = value.strip()
            try:
                dt.date.fromisoformat((text + "-01-01")[:10])
                return text
            except ValueError:
                pass
        self.p.add(line, self.key(key), "should be a date, YYYY-MM-DD (or YYYY-MM, YYYY)")
        return UNSET

    def words(self, key: str, limit: int = MAX_NAME) -> Any:
        """A list of text (one text is a list of one); UNSET on a problem; None for null."""
        if key not in self.fields:
            return UNSET
        line, node = self.fields[key]
        if node.value is None:
            return None
        items = node.value if isinstance(node.value, list) else [node]
        out = []
        for i, item in enumerate(items, 1):
            value = item.value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not _clean(value) or len(_clean(value)) > limit:
                self.p.add(item.line, f"{self.key(key)}[{i}]" if isinstance(node.value, list) else self.key(key),
                           f"should be text of 1 to {limit} characters")
                return UNSET
            out.append(_clean(value))
        return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """"; did you mean 'speaker'?" for a near miss (difflib), else ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _kind_of(value: Any) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", type(None): "null"}.get(type(value), type(value).__name__)


def _entries(problems: Problems, fields: dict[str, tuple[int, Node]], key: str) -> list[tuple[int, Node]]:
    """The mappings listed under `key`, each with its position (1-based)."""
    if key not in fields:
        return []
    line, node = fields[key]
    if node.value is None:
        return []
    if not isinstance(node.value, list):
        problems.add(line, key, "should be a list of entries (each line starting with '- ')")
        return []
    out = []
    for i, item in enumerate(node.value, 1):
        if isinstance(item.value, dict):
            out.append((i, item))
        else:
            problems.add(item.line, f"{key}[{i}]", f"should be a mapping ({key[:-1]}: ...), not {_kind_of(item.value)}")
    return out


# -- a story's corrections -------------------------------------------------------------------------

@dataclass
class _Fix:
    """What a correction entry points at, and where in the file it stands."""

    target: str
    line: int
    key: str
    lines: dict[str, int] = field(default_factory=dict)  # each key's own line, for warnings


@dataclass
class QuoteFix(_Fix):
    n: int | None = None  # the number `corrections init` printed beside it (1-based, as extracted)
    speaker: Any = UNSET
    role: Any = UNSET
    drop: bool = False
    checked: bool = False


@dataclass
class ActorFix(_Fix):
    n: int | None = None
    rename: Any = UNSET
    merge_into: Any = UNSET
    drop: bool = False
    role: Any = UNSET
    kind: Any = UNSET


@dataclass
class AddActor(_Fix):
    """An actor the extractor missed: `target` is the name."""

    kind: str = "person"
    role: str | None = None


@dataclass
class NumberFix(_Fix):
    text: Any = UNSET  # what the block's line says instead
    drop: bool = False


@dataclass
class StoryCorrections:
    file: str
    problems: Problems
    headline: Any = UNSET
    what: Any = UNSET
    when: Any = UNSET  # (text, date or None) or None
    where: Any = UNSET  # list of names or None
    why: Any = UNSET  # (cue or None, text) or None
    quotes: list[QuoteFix] = field(default_factory=list)
    actors: list[ActorFix] = field(default_factory=list)
    added: list[AddActor] = field(default_factory=list)
    numbers: list[NumberFix] = field(default_factory=list)
    context: list[tuple[int, str]] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)


STORY_KEYS = ("headline", "what", "when", "where", "why", "quotes", "actors", "numbers", "context")
QUOTE_KEYS = ("quote", "n", "speaker", "role", "drop", "checked")
ACTOR_KEYS = ("actor", "n", "add", "rename", "merge_into", "drop", "role", "kind")
ADD_KEYS = ("name", "kind", "role")
NUMBER_KEYS = ("number", "text", "drop")
IDENTITY_KEYS = ("kind", "role", "roles", "aliases", "drop")
# The keys each kind of corrections file takes, by where they stand ("quotes[]": in an entry of
# the quotes list): what `corrections check` and the README's key table hold the readers to.
SCHEMAS: dict[str, dict[str, tuple[str, ...]]] = {
    "story": {"": STORY_KEYS, "quotes[]": QUOTE_KEYS, "actors[]": ACTOR_KEYS, "actors[].add": ADD_KEYS,
              "numbers[]": NUMBER_KEYS, "when": ("text", "date"), "why": ("cue", "text")},
    "clusters": {"[]": ("split", "join")},
    "actors": {"<name>": IDENTITY_KEYS, "<name>.roles[]": ("role", "from", "until"),
               "<name>.aliases[]": ("name", "from", "until", "mentions")},
}


def parse_story(raw: bytes, file: str) -> StoryCorrections:
    """A seed's corrections file, validated; what is wrong is in `.problems`, the rest is kept."""
    problems = Problems(file)
    out = StoryCorrections(file, problems)
    root = load_yaml(raw, problems)
    if root is None:
        return out
    if not isinstance(root.value, dict):
        problems.add(root.line, None, f"should be a mapping of corrections (headline: ..., quotes: ...), "
                                      f"not {_kind_of(root.value)}")
        return out
    r = _Reader(problems, root, "", STORY_KEYS)
    out.lines = {k: line for k, (line, _) in root.value.items()}
    out.headline = r.text("headline", MAX_TITLE_CHARS, nullable=False)
    out.what = r.text("what")
    out.when = _when(r, problems)
    out.where = r.words("where")
    out.why = _why(r, problems)
    for i, item in _entries(problems, root.value, "quotes"):
        q = _Reader(problems, item, f"quotes[{i}]", QUOTE_KEYS)
        target, n = _target(q, "quote")
        if target is UNSET or n is UNSET:
            if "quote" not in item.value and "n" not in item.value:
                problems.add(item.line, f"quotes[{i}]", "names no quote: give its first words as 'quote: ...' "
                                                        "(or the number corrections init gave it, 'n: 3')")
            continue
        fix = QuoteFix(target, item.line, f"quotes[{i}]", q.key_lines(), n=n, speaker=q.text("speaker", MAX_NAME),
                       role=q.text("role", MAX_NAME), drop=q.flag("drop"), checked=q.flag("checked"))
        if fix.speaker is UNSET and fix.role is UNSET and not fix.drop and not fix.checked:
            problems.add(item.line, fix.key, "says nothing to do: give speaker, role, drop: true or checked: true")
            continue
        out.quotes.append(fix)
    for i, item in _entries(problems, root.value, "actors"):
        a = _Reader(problems, item, f"actors[{i}]", ACTOR_KEYS)
        if "add" in item.value:
            if len(item.value) > 1:
                problems.add(item.line, f"actors[{i}]", "adds an actor: 'add' stands alone in its entry")
            elif (added := _added(problems, item.value["add"], f"actors[{i}].add")) is not None:
                out.added.append(added)
            continue
        target, n = _target(a, "actor")
        if target is UNSET or n is UNSET:
            if "actor" not in item.value and "n" not in item.value:
                problems.add(item.line, f"actors[{i}]", "names no actor: give the name as extracted, 'actor: ...' "
                                                        "(or the number corrections init gave it, 'n: 2'), or 'add' one")
            continue
        fix = ActorFix(target, item.line, f"actors[{i}]", a.key_lines(), n=n, rename=a.text("rename", MAX_NAME, nullable=False),
                       merge_into=a.text("merge_into", MAX_NAME, nullable=False), drop=a.flag("drop"),
                       role=a.text("role", MAX_NAME), kind=_kind(a))
        if all(v is UNSET for v in (fix.rename, fix.merge_into, fix.role, fix.kind)) and not fix.drop:
            problems.add(item.line, fix.key, "says nothing to do: give rename, merge_into, role, kind or drop: true")
            continue
        out.actors.append(fix)
    for i, item in _entries(problems, root.value, "numbers"):
        n = _Reader(problems, item, f"numbers[{i}]", NUMBER_KEYS)
        target = n.text("number", MAX_NAME, nullable=False)
        if target is UNSET:
            if "number" not in item.value:
                problems.add(item.line, f"numbers[{i}]", "names no figure: give it as the story writes it, 'number: ...'")
            continue
        fix = NumberFix(target, item.line, f"numbers[{i}]", n.key_lines(), text=n.text("text", MAX_NAME, nullable=False),
                        drop=n.flag("drop"))
        if fix.text is UNSET and not fix.drop:
            problems.add(item.line, fix.key, "says nothing to do: give text or drop: true")
            continue
        out.numbers.append(fix)
    if "context" in root.value:
        line, node = root.value["context"]
        items = node.value if isinstance(node.value, list) else [node] if node.value is not None else []
        for i, item in enumerate(items, 1):
            value = item.value
            if not isinstance(value, str) or not _clean(value) or len(_clean(value)) > MAX_TEXT:
                problems.add(item.line, f"context[{i}]", f"should be a line of text (1 to {MAX_TEXT:,} characters)")
                continue
            out.context.append((item.line, _clean(value)))
    return out


def _target(r: _Reader, key: str) -> tuple[Any, Any]:
    """What an entry names: its words (`quote: ...`, `actor: ...`; None when only a number is given)
    and its number (`n: 3`, or `quote: 3`; None when not given). UNSET on a problem."""
    n: Any = None
    if key in r.fields and isinstance(r.fields[key][1].value, int) and not isinstance(r.fields[key][1].value, bool):
        n = _number(r, key)
        if "n" in r.fields:
            r.p.add(r.line("n"), r.key("n"), f"is given twice: as '{key}' and as 'n'")
            return UNSET, UNSET
        return None, n
    if "n" in r.fields:
        n = _number(r, "n")
    words = r.text(key, MAX_NAME, nullable=False) if key in r.fields else (None if n else UNSET)
    return words, n


def _number(r: _Reader, key: str) -> Any:
    line, node = r.fields[key]
    if isinstance(node.value, int) and not isinstance(node.value, bool) and 0 < node.value < 1_000_000:
        return node.value
    r.p.add(line, r.key(key), "should be the number corrections init printed (1, 2, ...)")
    return UNSET


def _added(problems: Problems, entry: tuple[int, Node], key: str) -> AddActor | None:
    line, node = entry
    if not isinstance(node.value, dict):
        problems.add(line, key, f"should be a mapping {{name, kind, role}}, not {_kind_of(node.value)}")
        return None
    r = _Reader(problems, node, key, ADD_KEYS)
    name, kind, role = r.text("name", MAX_NAME, nullable=False), _kind(r), r.text("role", MAX_NAME)
    if name is UNSET:
        if "name" not in node.value:
            problems.add(line, key, "needs a 'name'")
        return None
    return AddActor(name, line, key, r.key_lines(), kind="person" if kind is UNSET else kind,
                    role=None if role is UNSET else role)


def _kind(r: _Reader) -> Any:
    kind = r.text("kind", 20, nullable=False)
    if kind is not UNSET and kind.casefold() not in KINDS:
        r.p.add(r.line("kind"), r.key("kind"), f"should be one of {', '.join(KINDS)}, not {kind[:40]!r}")
        return UNSET
    return kind if kind is UNSET else kind.casefold()


def _when(r: _Reader, problems: Problems) -> Any:
    if "when" not in r.fields:
        return UNSET
    line, node = r.fields["when"]
    if isinstance(node.value, dict):
        sub = _Reader(problems, node, "when", ("text", "date"))
        text, date = sub.text("text", MAX_NAME, nullable=False), sub.date("date")
        if text is UNSET:
            if "text" not in node.value:
                problems.add(line, "when", "needs a 'text' (how the story puts it)")
            return UNSET
        return (text, None if date is UNSET else date)
    if isinstance(node.value, (dt.date, dt.datetime)):
        date = r.date("when")
        return (date, date)
    text = r.text("when", MAX_NAME)
    return text if text in (None, UNSET) else (text, None)


def _why(r: _Reader, problems: Problems) -> Any:
    if "why" not in r.fields:
        return UNSET
    line, node = r.fields["why"]
    if isinstance(node.value, dict):
        sub = _Reader(problems, node, "why", ("cue", "text"))
        text, cue = sub.text("text", nullable=False), sub.text("cue", 40)
        if text is UNSET:
            if "text" not in node.value:
                problems.add(line, "why", "needs a 'text' (the reason)")
            return UNSET
        return (None if cue is UNSET else cue, text)
    text = r.text("why")
    return text if text in (None, UNSET) else (None, text)


# -- site-wide identities -------------------------------------------------------------------------

@dataclass
class Alias:
    name: str
    since: str | None = None  # ISO date (or YYYY, YYYY-MM) the alias holds from, inclusive
    until: str | None = None
    mentions: list[str] = field(default_factory=list)  # only in stories that mention one of these

    def holds(self, b: Briefing) -> bool:
        return _in_range(b.date, self.since, self.until) and (not self.mentions or _mentions(b, self.mentions))


@dataclass
class StandingRole:
    role: str
    since: str | None = None
    until: str | None = None


@dataclass
class Identity:
    name: str
    line: int
    kind: str | None = None
    aliases: list[Alias] = field(default_factory=list)
    roles: list[StandingRole] = field(default_factory=list)
    drop: bool = False  # not an actor: dropped from every story (with its aliases)

    def role_on(self, date: str) -> str | None:
        return next((r.role for r in self.roles if _in_range(date, r.since, r.until)), None)


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    # a partial bound ("2007", "2007-06") covers its whole year or month
    return (since is None or date[:len(since)] >= since) and (until is None or date[:len(until)] <= until)


def _mentions(b: Briefing, words: list[str]) -> bool:
    text = f"{b.title}\n{b.text}"
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in words)



def parse_identities(raw: bytes, file: str) -> tuple[list[Identity], Problems]:
    """`corrections/actors.yml`: {canonical name: {kind, role | roles, aliases}}."""
    problems = Problems(file)
    root = load_yaml(raw, problems)
    if root is None:
        return [], problems
    if not isinstance(root.value, dict):
        problems.add(root.line, None, f"should be a mapping of actor names to their identity, not {_kind_of(root.value)}")
        return [], problems
    out = []
    for name, (line, node) in root.value.items():
        if not name or len(name) > MAX_NAME:
            problems.add(line, name[:40] or None, f"is not a name of 1 to {MAX_NAME} characters")
            continue
        if node.value is None:
            node = Node({}, node.line)
        if not isinstance(node.value, dict):
            problems.add(line, name, f"should be a mapping ({', '.join(IDENTITY_KEYS)}), not {_kind_of(node.value)}")
            continue
        r = _Reader(problems, node, name, IDENTITY_KEYS)
        ident = Identity(name, line, kind=None if (k := _kind(r)) is UNSET else k, drop=r.flag("drop"))
        role = r.text("role", MAX_NAME, nullable=False)
        if role is not UNSET:
            ident.roles.append(StandingRole(role))
        for i, item in _entries(problems, node.value, "roles"):
            rr = _Reader(problems, item, f"{name}.roles[{i}]", ("role", "from", "until"))
            text = rr.text("role", MAX_NAME, nullable=False)
            if text is UNSET:
                if "role" not in item.value:
                    problems.add(item.line, f"{name}.roles[{i}]", "needs a 'role'")
                continue
            ident.roles.append(StandingRole(text, _opt(rr.date("from")), _opt(rr.date("until"))))
        if "aliases" in node.value:
            aline, anode = node.value["aliases"]
            items = anode.value if isinstance(anode.value, list) else [anode]
            for i, item in enumerate(items, 1):
                key = f"{name}.aliases[{i}]"
                if isinstance(item.value, str) and 0 < len(_clean(item.value)) <= MAX_NAME:
                    ident.aliases.append(Alias(_clean(item.value)))
                elif isinstance(item.value, dict):
                    ar = _Reader(problems, item, key, ("name", "from", "until", "mentions"))
                    text = ar.text("name", MAX_NAME, nullable=False)
                    if text is UNSET:
                        if "name" not in item.value:
                            problems.add(item.line, key, "needs a 'name'")
                        continue
                    mentions = ar.words("mentions")
                    ident.aliases.append(Alias(text, _opt(ar.date("from")), _opt(ar.date("until")),
                                               [] if mentions in (UNSET, None) else mentions))
                elif item.value is not None:
                    problems.add(item.line, key, "should be a name, or a mapping with name (and from, until, mentions)")
        out.append(ident)
    return out, problems


def _opt(value: Any) -> Any:
    return None if value is UNSET else value


# -- applying ---------------------------------------------------------------------------------------

def _speaker_note(q: Quote) -> str:
    if not q.speaker:
        return "unattributed"
    return q.speaker + (", unnamed" if q.described else "") + (f", {q.role}" if q.role else "")


def _actor_note(a: Actor) -> str:
    return a.name + (f", {a.role}" if a.role else "") + f" ({a.kind})"


def _mark_quote(q: Quote, note: str | None = None) -> None:
    if q.original is None:  # the first change keeps what the extractor had
        q.original = note if note is not None else _speaker_note(q)
    q.corrected = True


def _mark_actor(a: Actor) -> None:
    if a.original is None:
        a.original = _actor_note(a)
    a.corrected = True


class _Story:
    """One briefing being corrected: finds actors and quotes by their text."""

    def __init__(self, b: Briefing):
        self.b = b
        self.extracted = {id(a): a.name for a in b.who}  # names as extracted, kept through renames
        # the lists as extracted, in the order `corrections init` numbers them
        self.quote_list, self.actor_list = list(b.quotes), list(b.who)

    def actors(self, name: str) -> list[Actor]:
        key = _norm(name)
        exact = [a for a in self.b.who if _norm(a.name) == key or _norm(self.extracted.get(id(a), "")) == key]
        return exact or [a for a in self.b.who if key in {_norm(x) for x in a.aliases}]

    def quote_by(self, fix: QuoteFix) -> tuple[Quote | None, str]:
        """The quote an entry names (by its number, its words or both), or None and why not."""
        if fix.n is not None:
            q = self.quote_list[fix.n - 1] if fix.n <= len(self.quote_list) else None
            if q is None:
                return None, f"no quote {fix.n}: the story has {len(self.quote_list)} quote(s) as extracted"
            if q not in self.b.quotes:
                return None, f"quote {fix.n} was dropped by an earlier correction"
            if fix.target is not None and q not in self.quotes(fix.target, among=[q]):
                found = [self.quote_list.index(o) + 1 for o in self.quotes(fix.target) if o in self.quote_list]
                now = f"; {fix.target[:60]!r} is now quote {found[0]}: give n: {found[0]} (or leave n out)" if len(found) == 1 else ""
                return None, (f"quote {fix.n} starts {first_words_of(q.text)!r}, not {fix.target[:60]!r}: the story's "
                              f"quotes have changed since this correction was written{now}")
            return q, ""
        found = self.quotes(fix.target)
        if len(found) == 1:
            return found[0], ""
        if found:
            return None, f"{len(found)} quotes match {fix.target[:60]!r}: give more of its words (or its number, n)"
        return None, (f"no quote in this story starts with or holds {fix.target[:60]!r}"
                      f"{_closest(fix.target, [(i, q.text) for i, q in enumerate(self.quote_list, 1) if q in self.b.quotes], 'quote')}")

    def actor_by(self, fix: ActorFix) -> tuple[Actor | None, str]:
        """The actor an entry names (by its number, its name or both), or None and why not."""
        if fix.n is not None:
            a = self.actor_list[fix.n - 1] if fix.n <= len(self.actor_list) else None
            if a is None:
                return None, f"no actor {fix.n}: the story has {len(self.actor_list)} actor(s) as extracted"
            if a not in self.b.who:
                return None, f"actor {fix.n} ({self.extracted[id(a)]!r}) was dropped or merged by an earlier correction"
            if fix.target is not None and a not in self.actors(fix.target):
                return None, (f"actor {fix.n} is {self.extracted[id(a)]!r}, not {fix.target[:60]!r}: the story's actors "
                              "have changed since this correction was written")
            return a, ""
        found = self.actors(fix.target)
        if found:
            return found[0], ""
        return None, (f"no actor named {fix.target[:60]!r} in this story"
                      f"{_closest(fix.target, [(i, self.extracted[id(a)]) for i, a in enumerate(self.actor_list, 1) if a in self.b.who], 'actor')}")

    def quotes(self, first_words: str, among: list[Quote] | None = None) -> list[Quote]:
        key = _norm(first_words)
        if not key:  # only quotation marks: names no quote
            return []
        texts = [(q, _norm(q.text)) for q in (self.b.quotes if among is None else among)]
        return [q for q, t in texts if t.startswith(key)] or [q for q, t in texts if key in t]

    def numbers(self, written: str) -> list[Number]:
        """Figures by how the story writes them ("370"), or by their line ("370 Lok Sabha seats")."""
        key = _norm(written)
        if not key:
            return []
        found = [n for n in self.b.numbers if key in (_norm(n.text), _norm(n.phrase))]
        return found or [n for n in self.b.numbers if _norm(n.phrase).startswith(key)]

    def rename_speaker(self, old: str, new: str) -> None:
        for q in self.b.quotes:
            if q.speaker == old and new != old:
                _mark_quote(q)
                q.speaker, q.described = new, False

    def merge(self, source: Actor, into: Actor) -> None:
        """`source` was the same actor as `into`: one actor, with both names' mentions and quotes."""
        _mark_actor(into)
        into.original = f"{into.original}; separately {_actor_note(source)}"
        for name in [source.name] + source.aliases:
            if _norm(name) != _norm(into.name) and _norm(name) not in {_norm(x) for x in into.aliases}:
                into.aliases.append(name)
        for role in source.roles:
            if role.casefold() not in {r.casefold() for r in into.roles}:
                into.roles.append(role)
        into.role = into.role or source.role
        into.mentions += source.mentions
        into.acts = into.acts or source.acts or into.mentions >= MENTIONS_THAT_TAKE_PART
        into.salience = round(into.salience + source.salience, 3)
        if source.sentence >= 0 and (into.sentence < 0 or source.start < into.start):
            into.sentence, into.start, into.end = source.sentence, source.start, source.end
        self.b.who = [a for a in self.b.who if a is not source]
        self.rename_speaker(source.name, into.name)

    def rename(self, a: Actor, new: str) -> None:
        others = [o for o in self.b.who if o is not a and _norm(o.name) == _norm(new)]
        if others:
            self.merge(a, others[0])
            return
        old = a.name
        _mark_actor(a)
        a.name, a.slug = new, actor_slug(new)
        a.aliases = [x for x in a.aliases if _norm(x) != _norm(new)]
        self.rename_speaker(old, new)

    def set_role(self, a: Actor, role: str | None, standing: bool = False) -> None:
        if a.role == role and (standing or a.roles == ([role] if role else [])):
            return
        _mark_actor(a)
        old = a.role
        a.role = role
        a.roles = [role] + [r for r in a.roles if standing and r != role] if role else []
        for q in self.b.quotes:  # the actor is marked; each quote only follows its speaker's role
            if q.speaker == a.name and q.role == old and q.role != role:
                q.role = role

    def resort(self) -> None:
        self.b.who = who_order(sorted(self.b.who, key=lambda a: (-a.salience, a.start)))


def new_actor(b: Briefing, name: str, kind: str, role: str | None, sentence: int = -1) -> Actor:
    """An actor an editor adds (or names as a speaker): marked as added, at the foot of Who."""
    return Actor(name=name, kind=kind, role=role, roles=[role] if role else [], mentions=0, sentence=sentence,
                 slug=actor_slug(name), corrected=True)


def apply_identities(b: Briefing, identities: list[Identity], story: _Story | None = None) -> None:
    """Site-wide identities: a name dropped everywhere leaves Who; aliases become the canonical name
    (merging with it when the story has both), then kinds and standing roles (which override the
    role a story gives)."""
    story = story or _Story(b)
    changed = False
    for ident in identities:
        aliases = [x for x in ident.aliases if x.holds(b)]
        names = {_norm(x.name) for x in aliases}
        if ident.drop:  # not an actor, in any story: the name and its aliases leave Who
            names.add(_norm(ident.name))
            for a in [a for a in b.who if _norm(a.name) in names]:
                b.who = [o for o in b.who if o is not a]
                b.removed.append(f"actor {a.name} (dropped by an editor)")
            continue
        if names:
            for a in [a for a in b.who if _norm(a.name) in names and _norm(a.name) != _norm(ident.name)]:
                story.rename(a, ident.name)
                changed = True
            for q in b.quotes:
                if q.speaker and _norm(q.speaker) in names and q.speaker != ident.name:
                    _mark_quote(q)
                    q.speaker, q.described = ident.name, False
                    changed = True
        for a in list(b.who):
            if _norm(a.name) != _norm(ident.name) or a not in b.who:  # (a merge may have taken it)
                continue
            if a.name != ident.name:  # the spelling the file gives
                story.rename(a, ident.name)
            if ident.kind and a.kind != ident.kind:
                _mark_actor(a)
                a.kind = ident.kind
            role = ident.role_on(b.date)
            if role and a.role != role:  # a standing role is the editors' word: it overrides the story's
                story.set_role(a, role, standing=True)
            for q in b.quotes:  # the role a quote's speaker holds: the actor is marked corrected, not each quote
                if q.speaker == a.name and not q.role and a.role:
                    q.role = a.role
    if changed:
        story.resort()


def apply_story(b: Briefing, c: StoryCorrections, story: _Story | None = None) -> None:
    """A story's own corrections; a target that is not found is a problem in `c.problems`.
    `story` carries the names as extracted when site-wide identities renamed actors first."""
    p, story = c.problems, story or _Story(b)
    for add in c.added:
        if story.actors(add.target):
            p.add(add.line, add.key, f"{add.target!r} is an actor of this story already: correct it with 'actor: ...'")
            continue
        b.who.append(new_actor(b, add.target, add.kind, add.role))
    for fix in c.actors:
        a, why = story.actor_by(fix)
        if a is None:
            key = "n" if fix.n is not None and "n" in fix.lines else "actor"
            p.add(fix.lines.get(key, fix.line), f"{fix.key}.{key}", why)
            continue
        if fix.drop:
            b.who = [o for o in b.who if o is not a]
            b.removed.append(f"actor {a.name} (dropped by an editor)")
            continue
        if fix.merge_into is not UNSET:
            into = [o for o in story.actors(fix.merge_into) if o is not a]
            if not into:
                p.add(fix.lines.get("merge_into", fix.line), f"{fix.key}.merge_into", f"no other actor {fix.merge_into!r} to merge into; "
                                                         "use 'rename' to give this one a new name")
            else:
                story.merge(a, into[0])
                a = into[0]
        if fix.rename is not UNSET:
            story.rename(a, fix.rename)
            a = next((o for o in b.who if o.name == fix.rename), a)
        if fix.kind is not UNSET and a.kind != fix.kind:
            _mark_actor(a)
            a.kind = fix.kind
        if fix.role is not UNSET:
            story.set_role(a, fix.role)
    story.resort()
    for fix in c.quotes:
        q, why = story.quote_by(fix)
        if q is None:
            key = "n" if fix.n is not None and "n" in fix.lines else "quote"
            p.add(fix.lines.get(key, fix.line), f"{fix.key}.{key}", why)
            continue
        if fix.drop:
            b.quotes = [o for o in b.quotes if o is not q]
            b.removed.append(f"quote “{q.text[:80]}” (dropped by an editor)")
            continue
        if fix.speaker is not UNSET and fix.speaker != q.speaker:
            _mark_quote(q)
            actor = story.actors(fix.speaker) if fix.speaker else []
            if fix.speaker and not actor:  # a named speaker is an actor of the story
                actor = [new_actor(b, fix.speaker, "person", None if fix.role is UNSET else fix.role, q.sentence)]
                b.who.append(actor[0])
            q.speaker, q.described = (actor[0].name if actor else fix.speaker), False
            if fix.role is UNSET:  # the new speaker's role, as the story gives it
                q.role = actor[0].role if actor else None
        if fix.role is not UNSET and fix.role != q.role:
            _mark_quote(q)
            q.role = fix.role
        if fix.checked:
            q.corrected, q.checked, q.confidence = True, True, 1.0
    for nfix in c.numbers:
        figures = story.numbers(nfix.target)
        if not figures:
            p.add(nfix.lines.get("number", nfix.line), f"{nfix.key}.number",
                  f"no figure {nfix.target[:60]!r} in this story any more")
            continue
        if len({(str(n.value), n.unit) for n in figures}) > 1:  # the same figure named twice is one figure
            p.add(nfix.lines.get("number", nfix.line), f"{nfix.key}.number",
                  f"{len(figures)} different figures match {nfix.target[:60]!r}: give the words of its line "
                  f"({'; '.join(repr(n.phrase or n.text) for n in figures[:4])})")
            continue
        if nfix.drop:
            b.numbers = [n for n in b.numbers if n not in figures]
            b.removed.append(f"figure {figures[0].phrase or figures[0].text} (dropped by an editor)")
            continue
        for n in figures:
            if n.phrase != nfix.text:
                n.original = n.original if n.corrected else (n.phrase or n.text)
                n.phrase, n.corrected = nfix.text, True
    if c.headline is not UNSET and c.headline != b.title:
        b.title_corrected, b.title_original = True, b.title
        b.title, b.title_generated = c.headline, False
        b.slug = briefing_slug(b.date, b.title)
    if c.what is not UNSET:
        b.what = _fact(c.what, b.what, "what", b)
    if c.why is not UNSET:
        old = b.why[0] if b.why else None
        if c.why is None or old is None or (old.text, old.cue) != (c.why[1], c.why[0]):
            why = _fact(c.why and c.why[1], old, "why", b, force=True)
            if why is not None:
                why.cue = c.why[0]
                if old is not None and old.cue:
                    why.original = f"{old.cue} {old.text}"
            b.why = [why] if why else []
    if c.when is not UNSET and not (c.when and b.when and (b.when.text, b.when.date) == c.when):
        old = b.when
        if c.when is None:
            if old:
                b.removed.append(f"when: {old.text} (cleared by an editor)")
            b.when = None
        else:
            text, date = c.when
            precision = {4: "year", 7: "month"}.get(len(date or ""), "day")
            sentence, start, end = _source_of(b, text)
            if sentence < 0 and old is not None:
                sentence = old.sentence
            b.when = When(text=text, date=date and (date + "-01-01")[:10], precision=precision, corrected=True,
                          sentence=sentence, start=start, end=end,
                          original=(old.text + (f" ({old.date})" if old.date else "")) if old else None)
    if c.where is not UNSET and (c.where or []) != [p.name for p in b.where]:
        old = ", ".join(p.name for p in b.where) or None
        if not c.where and old:
            b.removed.append(f"where: {old} (cleared by an editor)")
        b.where = [Place(name=n, corrected=True, original=old if i == 0 else None) for i, n in enumerate(c.where or [])]
    added = [Fact(text=text, confidence=1.0, corrected=True) for _, text in c.context]
    b.context = added + b.context


# every note of `Briefing.removed` ends so: "quote “...” (dropped by an editor)", "when: ... (cleared by an editor)"
_REMOVED_NOTE = re.compile(r"(?P<kind>\w+)\b.*\((?P<how>\w+ by an editor)\)", re.S)


def public_note(note: str) -> str:
    """A note of `removed` without the words removed, as the site publishes it: "quote (dropped by
    an editor)". What an editor took out does not go out in the note about it."""
    m = _REMOVED_NOTE.fullmatch(note)
    return f"{m['kind']} ({m['how']})" if m else "a fact (removed by an editor)"


def _fact(text: str | None, old: Fact | None, label: str, b: Briefing, force: bool = False) -> Fact | None:
    if text is None:
        if old:
            b.removed.append(f"{label}: {old.text} (cleared by an editor)")
        return None
    if old and old.text == text and not force:
        return old
    # the sentence it came from: the story's sentence holding the editor's words, else the one the
    # extractor's fact came from (so the page keeps its "Source" block)
    sentence, start, end = _source_of(b, text)
    if sentence < 0 and old is not None:  # the sentence, but not the extractor's words, which it replaced
        sentence = old.sentence
    return Fact(text=text, sentence=sentence, start=start, end=end, confidence=1.0, corrected=True,
                original=old.text if old else None)


def _source_of(b: Briefing, text: str) -> tuple[int, int, int]:
    """The sentence (and the span in the story) holding `text` word for word, else (-1, -1, -1)."""
    if b.text:
        at = b.text.find(text)
        if at >= 0:
            for i, s in enumerate(b.sentences):
                if s.start <= at < s.end:
                    return i, at, at + len(text)
    return -1, -1, -1


def first_words_of(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def _closest(wanted: str, candidates: list[tuple[int, str]], noun: str) -> str:
    """"; the closest: quote 3 'Families will pay', quote 5 '...'" (by likeness; at most three)."""
    key = _norm(wanted)
    scored = sorted(candidates, key=lambda c: -difflib.SequenceMatcher(None, key, _norm(c[1])[:len(key) + 20]).ratio())
    shown = [f"{noun} {i} {first_words_of(text)!r}" for i, text in scored[:3]]
    return f"; the closest: {', '.join(shown)}" if shown else "; it has none"


# -- the build's step -------------------------------------------------------------------------------

def corrections_path(seed_path: Path) -> Path:
    """Where a seed's corrections live: beside it, `<stem>.corrections.yml`."""
    return seed_path.with_name(seed_path.stem + SUFFIX)


def _display(path: Path, root: Path | None) -> str:
    """The file as warnings name it: relative to the project, else its folder and name. Never an
    absolute path (warnings reach the published facts), nor a link's target (the name is the file)."""
    try:
        if root is not None:
            return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        pass
    return Path(path.parent.name, path.name).as_posix()


def _read(path: Path, shown: str, warn: Callable[[str], None], inside: Path | None) -> bytes | None:
    """The file's bytes; None when there is none. Only a regular file inside `inside` is read
    (`safe_files`): a FIFO, a device or a link out of the folder is refused by name, unread."""
    if not path.is_symlink() and not path.exists():
        return None
    try:
        return read_regular(path, MAX_BYTES, inside, "its folder", "a corrections file")
    except UnsafeFile as exc:
        warn(f"{shown}: {exc.problem}; none of its corrections are applied")
        return None


def load_identities(root: Path | None, warn: Callable[[str], None]) -> list[Identity]:
    """The project's `corrections/actors.yml` (none: no identities); its problems go to `warn`."""
    identities, problems = read_identities(root)
    for item in problems:
        warn(item)
    return identities


def read_identities(root: Path | None) -> tuple[list[Identity], list[str]]:
    """The project's `corrections/actors.yml` and its problems (none: no identities, no problems)."""
    if root is None:
        return [], []
    path = root / ACTORS_FILE
    problems: list[str] = []
    raw = _read(path, _display(path, root), problems.append, root)
    if raw is None:
        return [], problems
    identities, found = parse_identities(raw, _display(path, root))
    return identities, problems + found.items


def _touches(b: Briefing, identities: list[Identity]) -> bool:
    """Whether a site-wide identity names an actor or a speaker of the briefing."""
    if not identities:
        return False
    names = {_norm(a.name) for a in b.who} | {_norm(q.speaker) for q in b.quotes if q.speaker}
    return any(_norm(i.name) in names or any(_norm(x.name) in names for x in i.aliases) for i in identities)


def correct(b: Briefing, seed_path: Path | None, identities: list[Identity], root: Path | None = None
            ) -> tuple[Briefing, list[str]]:
    """The briefing with its corrections applied (a copy; `b` is left as extracted), and the
    problems of its corrections file. A briefing with problems must not be published as it is
    (`correct_all` holds it back): a correction that failed for a reason of ours is one too."""
    problems: list[str] = []
    story = None
    if seed_path is not None:
        path = corrections_path(seed_path)
        raw = _read(path, _display(path, root), problems.append, seed_path.parent)
        if raw is not None:
            story = parse_story(raw, _display(path, root))
    if story is None and not _touches(b, identities):
        return b, problems  # most briefings: nothing to copy or apply
    fixed = copy.deepcopy(b)  # (only now: a story of 27,000 quotes took seconds to copy, every build)
    try:
        names = _Story(fixed)  # actors stay findable by the name the extractor gave them
        apply_identities(fixed, identities, names)
        if story is not None:
            apply_story(fixed, story, names)
    except Exception as exc:  # noqa: BLE001  a bug of ours is a problem of this briefing, not a crash
        shown = story.file if story else str(ACTORS_FILE)
        return b, problems + (story.problems.items if story else []) + [
            f"{shown}: corrections could not be applied ({exc.__class__.__name__}: {exc})"]
    if story is not None:
        problems += story.problems.items
    return fixed, problems


@dataclass
class Outcome:
    """What the corrections step did to a build's briefings."""

    briefings: list[Briefing]  # each with its corrections; a held one as extracted (never to be published so)
    problems: list[str] = field(default_factory=list)  # each naming the file, line and key
    corrected: list[str] = field(default_factory=list)  # ids of the briefings corrections changed
    # id -> the corrections file whose problems hold the briefing back: it keeps its last published
    # form, so nothing an editor fixed goes back to the extractor's version
    held: dict[str, str] = field(default_factory=dict)


def correct_all(briefings: list[Briefing], seed_paths: dict[str, Path], root: Path | None,
                warn: Callable[[str], None] = lambda w: None) -> Outcome:
    """Every briefing with its corrections (`seed_paths`: seed id -> its file); `root`: the project,
    whose `corrections/actors.yml` applies to all. A problem in a story's file holds that briefing
    back; a problem in `actors.yml` holds every briefing (it may name anyone). Each problem also
    goes to `warn`."""
    identities, site_problems = read_identities(root)
    out = Outcome([], list(site_problems))
    for b in briefings:
        fixed, problems = correct(b, seed_paths.get(b.id), identities, root)
        out.problems += problems
        out.briefings.append(fixed)
        if problems:
            seed = seed_paths.get(b.id)
            out.held[b.id] = _display(corrections_path(seed), root) if seed is not None else str(ACTORS_FILE)
        elif site_problems:
            out.held[b.id] = str(ACTORS_FILE)
        elif fixed is not b and fixed != b:
            out.corrected.append(b.id)
    for folder in sorted({p.parent for p in seed_paths.values()}):
        for path in sorted(folder.glob("*" + SUFFIX)):
            if seed_of(path) is None:
                out.problems.append(_orphan(path, root))
    for problem in out.problems:
        warn(problem)
    return out


def seed_of(path: Path) -> Path | None:
    """The seed a corrections file corrects (`<stem>.txt` or `.md` beside it), or None."""
    stem = path.name[:-len(SUFFIX)]
    return next((s for s in (path.with_name(stem + suffix) for suffix in SEED_SUFFIXES) if s.is_file()), None)


def _orphan(path: Path, root: Path | None) -> str:
    stem = path.name[:-len(SUFFIX)]
    return (f"{_display(path, root)}: no seed named {stem}.txt or .md beside it; these corrections apply to nothing"
            f"{did_you_mean(stem, [p.stem for p in path.parent.iterdir() if p.suffix in SEED_SUFFIXES])}")


def corrected_stream(briefings: Iterable[Briefing], seeds: list[Any], root: Path | None,
                     warn: Callable[[str], None]) -> Iterator[Briefing]:
    """`correct_all` for a stream of extracted briefings (`extract` prints each as it comes)."""
    identities = load_identities(root, warn)
    paths = {s.id: s.path for s in seeds}
    for b in briefings:
        fixed, warnings = correct(b, paths.get(b.id), identities, root)
        for w in warnings:
            warn(w)
        yield fixed


# -- corrections/clusters.yml ---------------------------------------------------------------------------

@dataclass
class ClusterCorrections:
    """`corrections/clusters.yml`: pairs never to fold (split), groups always to fold (join)."""

    split: list[tuple[str, str]] = field(default_factory=list)
    join: list[list[str]] = field(default_factory=list)


def parse_cluster_corrections(raw: bytes, file: str, known: set[str] | None
                              ) -> tuple[ClusterCorrections, Problems]:
    """A list of entries, each `split: [seed, seed, ...]` (none of them folded with another) or
    `join: [seed, seed, ...]` (all in one briefing). Every problem names the file, line and key,
    as the other corrections files do; an unknown seed id says which one it may have meant (with
    `known` None, the ids are not checked: `corrections check --keys-only`)."""
    problems = Problems(file)
    out = ClusterCorrections()
    root = load_yaml(raw, problems)
    if root is None or root.value == {}:
        return out, problems
    if not isinstance(root.value, list):
        problems.add(root.line, None, f"should be a list of entries ('- split: [a, b]' or '- join: [a, b]'), "
                                      f"not {_kind_of(root.value)}")
        return out, problems
    for i, item in enumerate(root.value, 1):
        where = f"[{i}]"
        if not isinstance(item.value, dict):
            problems.add(item.line, where, f"should be a mapping (split: or join:), not {_kind_of(item.value)}")
            continue
        r = _Reader(problems, item, where, ("split", "join"))
        given = [k for k in ("split", "join") if k in item.value]
        if len(given) != 1:
            if not set(item.value) - {"split", "join"}:
                problems.add(item.line, where, "needs exactly one of 'split' or 'join'")
            continue
        key = given[0]
        ids = r.words(key)
        if ids in (UNSET, None):
            if ids is None:
                problems.add(r.line(key), r.key(key), "should list two or more seed ids")
            continue
        ids = list(dict.fromkeys(ids))
        unknown = [] if known is None else [s for s in ids if s not in known]
        for s in unknown:
            near = difflib.get_close_matches(s, sorted(known or ()), n=1)
            problems.add(r.line(key), r.key(key),
                         f"names no seed {s!r}" + (f" (did you mean {near[0]!r}?)" if near else ""))
        ids = ids if known is None else [s for s in ids if s in known]
        if len(ids) < 2:
            if not unknown:
                problems.add(r.line(key), r.key(key), "should list two or more seed ids")
            continue
        if key == "split":
            out.split += [(a, b) for n, a in enumerate(ids) for b in ids[n + 1:]]
        else:
            out.join.append(ids)
    return out, problems


# -- checking files without a build (`corrections check`) -------------------------------------------

@dataclass(frozen=True)
class FileKind:
    """A kind of corrections file: which files are of it, and the reader that checks its keys and
    values (`SCHEMAS[name]` lists the keys it takes). Another kind is one more entry of KINDS."""

    name: str
    matches: Callable[[Path], bool]
    read: Callable[[bytes, str], list[str]]  # the file's problems, each naming file, line and key


KINDS_OF_FILE: list[FileKind] = [
    FileKind("actors", lambda p: p.name == ACTORS_FILE.name and p.parent.name == ACTORS_FILE.parent.name,
             lambda raw, shown: parse_identities(raw, shown)[1].items),
    FileKind("clusters", lambda p: p.name == CLUSTERS_FILE.name and p.parent.name == CLUSTERS_FILE.parent.name,
             lambda raw, shown: parse_cluster_corrections(raw, shown, None)[1].items),
    FileKind("story", lambda p: p.name.endswith(SUFFIX), lambda raw, shown: parse_story(raw, shown).problems.items),
]


def kind_of_file(path: Path) -> FileKind | None:
    return next((k for k in KINDS_OF_FILE if k.matches(path)), None)


def project_files(root: Path, seeds: Path) -> list[Path]:
    """Every corrections file of a project: those beside its seeds, and those in `corrections/`."""
    found = sorted(seeds.glob("*" + SUFFIX)) if seeds.is_dir() else []
    folder = root / ACTORS_FILE.parent
    found += sorted(p for p in folder.glob("*.yml") if kind_of_file(p) is not None) if folder.is_dir() else []
    return found


def check_files(paths: list[Path], root: Path, facts_of: Callable[[Path], Briefing | None] | None
                ) -> list[str]:
    """The problems of each file, as a build would report them. With `facts_of` (a seed's path ->
    its extracted facts, or None), a story's corrections are also applied, so a quote or an actor
    that is not found is a problem here too; without it, only keys and values are checked."""
    problems: list[str] = []
    identities, site_problems = read_identities(root)
    for path in paths:
        shown = _display(path, root)
        kind = kind_of_file(path)
        if kind is None:
            names = [ACTORS_FILE.as_posix(), f"<seed>{SUFFIX}"]
            problems.append(f"{shown}: is not a corrections file (they are named {' or '.join(names)})"
                            f"{did_you_mean(path.name, [ACTORS_FILE.name])}")
            continue
        if path.resolve() == (root / ACTORS_FILE).resolve():
            problems += site_problems
            continue
        raw = _read(path, shown, problems.append, path.parent)
        if raw is None:
            if not path.exists():
                problems.append(f"{shown}: no such file")
            continue
        if kind.name != "story":
            problems += kind.read(raw, shown)
            continue
        seed = seed_of(path)
        if seed is None:
            problems.append(_orphan(path, root))
            problems += kind.read(raw, shown)
            continue
        b = facts_of(seed) if facts_of is not None else None
        if b is None:
            problems += kind.read(raw, shown)
        else:
            problems += correct(b, seed, identities, root)[1]
    return problems
