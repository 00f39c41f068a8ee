"""YAML read with bounds and positions: the one reader for every YAML file the project reads
(corrections files, seed front matter, mkdocs.yml).

PyYAML's safe loader still lets a file stop a build: nesting 50,000 `[` deep overflows the
composer's recursion, nine levels of aliases expand to gigabytes, a 5,000-digit number or
`2022-02-30` raises from a constructor, and a key written twice silently keeps the last value.
Here, before anything is built:

* the text is at most `Bounds.max_bytes`, nests at most `max_depth` deep and holds at most
  `max_nodes` values (counted on the event stream, and again on what aliases expand to);
* aliases (`*name`) are refused unless the caller allows them (mkdocs.yml may use them);
* an explicit tag is refused unless the caller lists it (`tags`), or, with `unknown_tags="null"`,
  read as nothing (MkDocs' `!ENV`, `!!python/name:`: as `project.mkdocs_settings` always did);
* every value keeps its line and column (`Node`), so a message can name the file, line and key.

What is wrong with the whole text raises `YamlProblem` (with its line); what is wrong with one
value (a key written twice, a tag, a scalar no constructor reads) goes to `problem(line, path,
message)`, which may raise or collect.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

Y = "tag:yaml.org,2002:"
SCALAR_TAGS = frozenset(Y + t for t in ("str", "null", "bool", "int", "float", "timestamp"))
COLLECTION_TAGS = frozenset({Y + "map", Y + "seq"})


@dataclass(frozen=True)
class Bounds:
    max_bytes: int
    max_depth: int
    max_nodes: int
    what: str = "this file"  # how messages name it: "a corrections file", "front matter"


class YamlProblem(ValueError):
    """The text as a whole cannot be read: `message` says why, `line` (1-based) where, if known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message + (f" (line {line})" if line else ""))
        self.message, self.line = message, line


@dataclass
class Node:
    """A value with the line and column it starts on. A mapping's value is {key: (key line, Node)};
    a list's, [Node]; a scalar's, what the loader made of it (text only, in "text" mode)."""

    value: Any
    line: int
    column: int = 1


class _TextLoader(yaml.SafeLoader):
    """Every implicit type but null left as text: no `no` as False, no `2022-02-30` as a date."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag == Y + "null"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


Problem = Callable[[int, str, str], None]


def _raise(line: int, path: str, message: str) -> None:
    raise YamlProblem(f"the key {path[:60]!r} {message}" if path else message, line)


def check_events(text: str, bounds: Bounds, *, aliases: bool = False, tags: frozenset[str] | None = None,
                 loader: type = yaml.SafeLoader) -> None:
    """Size, depth, value count, aliases and explicit tags, on the event stream (nothing is built).
    `tags`: the explicit tags allowed (None: any, for a caller that reads unknown ones as nothing)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > bounds.max_bytes:
        raise YamlProblem(f"is {size:,} bytes; {bounds.what} may be at most {bounds.max_bytes:,}")
    depth = nodes = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) and not aliases:
                raise YamlProblem(f"uses a YAML alias (*name), which {bounds.what} may not", line)
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)):
                nodes += 1
                if nodes > bounds.max_nodes:
                    raise YamlProblem(f"holds more than {bounds.max_nodes:,} values", line)
                tag = getattr(event, "tag", None)
                if tags is not None and tag not in (None, "!") and tag not in tags:
                    raise YamlProblem(f"uses the YAML tag {str(tag)[:60]!r}", line)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > bounds.max_depth:
                    raise YamlProblem(f"nests more than {bounds.max_depth} levels deep", line)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        raise _invalid(exc) from None


def _invalid(exc: yaml.YAMLError) -> YamlProblem:
    mark = getattr(exc, "problem_mark", None)
    return YamlProblem(f"is not valid YAML ({getattr(exc, 'problem', None) or exc.__class__.__name__})",
                       mark.line + 1 if mark is not None else None)


def load_nodes(text: str, bounds: Bounds, problem: Problem = _raise, *, scalars: str = "typed",
               aliases: bool = False, tags: frozenset[str] | None = SCALAR_TAGS | COLLECTION_TAGS,
               unknown_tags: str = "refuse", duplicates: str = "first") -> Node | None:
    """The text as Nodes (None: empty, or only comments). `scalars`: "typed" (YAML's safe types)
    or "text" (all text but null). `duplicates`: "first" or "last" is kept (the other is still a
    `problem` with "first"; "last" is PyYAML's own silent way, for mkdocs.yml)."""
    loader_class = _TextLoader if scalars == "text" else yaml.SafeLoader
    check_events(text, bounds, aliases=aliases, tags=None if unknown_tags == "null" else tags, loader=loader_class)
    try:
        root = yaml.compose(text, Loader=loader_class)
    except yaml.YAMLError as exc:
        raise _invalid(exc) from None
    except RecursionError:
        raise YamlProblem(f"nests more than {bounds.max_depth} levels deep") from None
    if root is None:
        return None
    budget = [bounds.max_nodes]  # aliases point at one node from many places: count each visit
    return _convert(root, "", _Converter(loader_class(""), problem, unknown_tags, duplicates, budget))


@dataclass
class _Converter:
    loader: yaml.SafeLoader
    problem: Problem
    unknown_tags: str
    duplicates: str
    budget: list[int]


def _convert(node: yaml.Node, path: str, c: _Converter) -> Node | None:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    c.budget[0] -= 1
    if c.budget[0] < 0:
        raise YamlProblem("holds too many values once its aliases are expanded", line)
    known = COLLECTION_TAGS if isinstance(node, yaml.CollectionNode) else SCALAR_TAGS
    if node.tag not in known:
        if c.unknown_tags == "null":
            return Node(None, line, column)
        c.problem(line, path, f"has an unsupported YAML tag {node.tag[:60]!r}")
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[str, tuple[int, Node]] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not (isinstance(key_node, yaml.ScalarNode) and key_node.tag in SCALAR_TAGS):
                c.problem(key_line, path, "has a key that is not plain text")
                continue
            key = str(key_node.value)
            full = f"{path}.{key}" if path else key
            if key in out and c.duplicates == "first":
                c.problem(key_line, full, "is written twice" if c.problem is _raise else "is given twice; the first is used")
                continue
            value = _convert(value_node, full, c)
            if value is not None:
                out[key] = (key_line, value)
        return Node(out, line, column)
    if isinstance(node, yaml.SequenceNode):
        items = [_convert(v, f"{path}[{i + 1}]", c) for i, v in enumerate(node.value)]
        return Node([v for v in items if v is not None], line, column)
    try:
        value = c.loader.construct_object(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        c.problem(line, path, f"has a value YAML cannot read ({exc.__class__.__name__})")
        return None
    return Node(value, line, column)


def plain(node: Node | None) -> Any:
    """Nodes as plain values: dicts, lists, scalars."""
    if node is None:
        return None
    if isinstance(node.value, dict):
        return {key: plain(value) for key, (_, value) in node.value.items()}
    if isinstance(node.value, list):
        return [plain(v) for v in node.value]
    return node.value


def load(text: str, bounds: Bounds, **options: Any) -> Any:
    """The text as plain values; any problem raises `YamlProblem`."""
    return plain(load_nodes(text, bounds, _raise, **options))
