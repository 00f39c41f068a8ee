"""YAML front matter read with bounds: a few fields of text, never a program or a bomb.

Read by the project's one bounded YAML reader (`yaml_bounded`), which refuses what PyYAML's safe
loader would let a seed do (nest 50,000 deep, expand aliases to gigabytes, fail in a constructor).
Here, on top:

* the front matter is at most `MAX_BYTES`, nests at most `MAX_DEPTH` deep and holds at most
  `MAX_NODES` values; aliases are refused, and so are explicit tags (`!!int`);
* every scalar stays text except an empty one (null): `date`, `title` and `tags` are checked
  by the seed reader, by type and range, so no YAML type guessing (`no` as False, `2022-02-30`
  as a date) comes between the author and that check;
* a key written twice is an error, named with its line.
"""
from __future__ import annotations

from ..errors import FrontMatterError
from ..yaml_bounded import COLLECTION_TAGS, Y, Bounds, YamlProblem, load as load_yaml

MAX_BYTES = 16_384
MAX_DEPTH = 4  # a mapping of lists of scalars is 2 deep
MAX_NODES = 1_000
BOUNDS = Bounds(MAX_BYTES, MAX_DEPTH, MAX_NODES, "front matter")


def load(text: str) -> object:
    """The front matter as plain values (dicts, lists, str, None), or a `FrontMatterError`."""
    try:
        return load_yaml(text, BOUNDS, scalars="text", tags=COLLECTION_TAGS | {Y + "str"})
    except YamlProblem as exc:
        said = str(exc)
        raise FrontMatterError(said if said.startswith("the key") else f"it {said}") from None
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise FrontMatterError(f"it cannot be read ({exc.__class__.__name__})") from None
