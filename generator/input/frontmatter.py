"""YAML front matter read with bounds: a few fields of text, never a program or a bomb.

PyYAML's safe loader still lets a seed stop a build: nesting 50,000 `[` deep overflows the
composer's recursion, nine levels of aliases of 500 bytes expand to gigabytes, a 5,000-digit
number cannot become an int, `2022-02-30` raises a ValueError from the date constructor, and
a key written twice silently keeps the last value. Here:

* the front matter is at most `MAX_BYTES`, nests at most `MAX_DEPTH` deep and holds at most
  `MAX_NODES` values (checked on the event stream, before anything is built);
* aliases are refused (front matter has no use for them), and so are explicit tags (`!!int`);
* every scalar stays text except an empty one (null): `date`, `title` and `tags` are checked
  by the seed reader, by type and range, so no YAML type guessing (`no` as False, `2022-02-30`
  as a date) comes between the author and that check;
* a key written twice is an error.
"""
from __future__ import annotations

import yaml

from ..errors import FrontMatterError

MAX_BYTES = 16_384
MAX_DEPTH = 4  # a mapping of lists of scalars is 2 deep
MAX_NODES = 1_000


class _Loader(yaml.SafeLoader):
    """Safe loading with every implicit type but null left as text, and no duplicate keys."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201  PyYAML's signature
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key (a list as key): PyYAML says so itself below
                continue
            if duplicate:
                raise FrontMatterError(f"the key {str(key)[:40]!r} is written twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_STANDARD_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _check_events(text: str) -> None:
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise FrontMatterError("it uses a YAML alias (*name), which front matter may not")
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                raise FrontMatterError(f"it holds more than {MAX_NODES:,} values")
            tag = getattr(event, "tag", None)
            if tag not in _STANDARD_TAGS:
                raise FrontMatterError(f"it uses the YAML tag {str(tag)[:40]!r}")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrontMatterError(f"it nests more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load(text: str) -> object:
    """The front matter as plain values (dicts, lists, str, None), or a `FrontMatterError`."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise FrontMatterError(f"it is {size:,} bytes; front matter may be at most {MAX_BYTES:,}")
    try:
        _check_events(text)
        return yaml.load(text, Loader=_Loader)  # noqa: S506  a SafeLoader subclass
    except FrontMatterError:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise FrontMatterError(f"it is not valid YAML ({getattr(exc, 'problem', None) or exc.__class__.__name__}{where})") from None
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise FrontMatterError(f"it cannot be read ({exc.__class__.__name__})") from None
