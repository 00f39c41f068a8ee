"""The one bounded YAML reader: bounds, positions, and each reader's own rules on top of it."""
from __future__ import annotations

import pytest

from generator.errors import FrontMatterError
from generator.input import frontmatter
from generator.project import mkdocs_settings
from generator.yaml_bounded import Bounds, YamlProblem, load, load_nodes

SMALL = Bounds(10_000, 4, 50, "a test file")


def test_values_keep_their_line_and_column():
    root = load_nodes("a: 1\nlist:\n  - x\n  - {k: 2022-02-01}\n", SMALL)
    assert root.value["a"][0] == 1 and root.value["a"][1].value == 1
    line, node = root.value["list"]
    assert line == 2 and [(n.line, n.column) for n in node.value] == [(3, 5), (4, 5)]
    assert str(node.value[1].value["k"][1].value) == "2022-02-01"


@pytest.mark.parametrize("text, said", [
    ("a: " + "x" * 20_000, "is 20,003 bytes; a test file may be at most 10,000"),
    ("a: [[[[[1]]]]]", "nests more than 4 levels deep (line 1)"),
    ("a: [" + "1, " * 60 + "1]", "holds more than 50 values (line 1)"),
    ("a: &x 1\nb: *x\n", "uses a YAML alias (*name), which a test file may not (line 2)"),
    ("a: [unclosed\n", "is not valid YAML"),
    ("a: 1\na: 2\n", "the key 'a' is written twice (line 2)"),
    ("a: !!python/object/apply:os.system [echo]\n", "uses the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' (line 1)"),
])
def test_what_cannot_be_read_is_refused_with_its_line(text, said):
    with pytest.raises(YamlProblem) as refused:
        load(text, SMALL)
    assert said in str(refused.value)


def test_a_billion_laughs_is_refused_even_where_aliases_are_allowed():
    laughs = "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n"
    assert load("a: &a [1, 2]\nb: *a\n", SMALL, aliases=True) == {"a": [1, 2], "b": [1, 2]}
    with pytest.raises(YamlProblem, match="too many values once its aliases are expanded"):
        load(laughs, Bounds(10_000, 4, 200), aliases=True)


def test_text_mode_leaves_every_scalar_but_null_as_text():
    assert load("a: no\nb: 2022-02-30\nc:\nd: 5\n", SMALL, scalars="text") == {
        "a": "no", "b": "2022-02-30", "c": None, "d": "5"}


def test_front_matter_names_a_key_written_twice_and_refuses_tags():
    assert frontmatter.load("title: A\ntags: [x, y]\n") == {"title": "A", "tags": ["x", "y"]}
    with pytest.raises(FrontMatterError, match=r"the key 'title' is written twice \(line 2\)"):
        frontmatter.load("title: A\ntitle: B\n")
    with pytest.raises(FrontMatterError, match=r"it uses the YAML tag 'tag:yaml.org,2002:int'"):
        frontmatter.load("n: !!int 5\n")


def test_mkdocs_settings_reads_mkdocs_own_tags_as_nothing_and_keeps_aliases(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: https://example.org/\nextra: &e {story_text: cited}\nalso: *e\n"
                      "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                      "copyright: !ENV [COPY, none]\n", "utf-8")
    cfg = mkdocs_settings(config)
    assert cfg["site_url"] == "https://example.org/" and cfg["also"] == {"story_text": "cited"}
    assert cfg["markdown_extensions"] == [{"pymdownx.emoji": {"emoji_index": None}}] and cfg["copyright"] is None
    config.write_text("a: [" * 40 + "]" * 40, "utf-8")  # deeper than any configuration: unread, as before
    assert mkdocs_settings(config) == {}
