"""Property (issue 15): random bytes, random YAML front matter and random Markdown, built as one seed
beside a good one through the whole build (read, spaCy, pages, PDFs, MkDocs, feeds): the good one
is always built, the random one is built or named as failed, and the feeds stay valid."""
import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build.steps import build

from .conftest import new_project

GOOD = "date 2021-03-04 Minister Jane Roe opened a bridge in Leeds on Monday."

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=40), st.dates().map(str), st.sampled_from(["2020-02-30", "0001-01-01"]))
YAML_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=12)
FIELDS = st.fixed_dictionaries({}, optional={"date": st.one_of(st.dates(max_value=dt.date(2025, 1, 1)).map(str), YAML_VALUES),
                                             "title": YAML_VALUES, "tags": YAML_VALUES, "source": YAML_VALUES})
MARKDOWN_BITS = st.sampled_from(["# ", "## ", "> ", "- ", "1. ", "    ", "```", "{: .x }", "[a](javascript:x)",
                                 "<b>", "{{ x }}", "{% if %}", "**", "_", "|a|b|", "\n\n", "\n", "===", "\\", "&amp;",
                                 '"', "\u201c", "said", "Minister Jane Roe", "\u202e", "\x00", "\ufffe", "."])
MARKDOWN = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=20)), max_size=40).map("".join)


def _yaml_seed(fields: dict, body: str) -> bytes:
    head = yaml.safe_dump(fields, allow_unicode=True) if fields else ""
    return f"---\n{head}---\n{body}".encode("utf-8", "surrogatepass")


RANDOM_SEEDS = st.one_of(
    st.tuples(st.just("r.txt"), st.binary(max_size=400)),
    st.tuples(st.just("r.md"), st.builds(_yaml_seed, FIELDS, MARKDOWN)),
    st.tuples(st.just("r.md"), st.builds(lambda t, b: f"---\n{t}\n---\n{b}".encode("utf-8", "surrogatepass"),
                                         st.text(max_size=200), MARKDOWN)),
    st.tuples(st.sampled_from(["r.txt", "r.md"]), MARKDOWN.map(lambda b: f"date 2021-01-02 {b}".encode("utf-8", "surrogatepass"))),
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("property15") / "project")
    (project.seeds / "good.txt").write_text(GOOD)
    return project


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=RANDOM_SEEDS)
def test_a_random_seed_never_stops_the_good_one(project, seed):
    name, raw = seed
    for old in project.seeds.glob("r.*"):
        old.unlink()
    (project.seeds / name).write_bytes(raw)
    result = build(project, progress=lambda m: None)
    built = {b.id: b for b in result.built}
    assert "good" in built, result.summary()
    assert (project.site / "briefings" / built["good"].slug / "index.html").is_file()
    failed = {f.file for f in result.failures}
    assert ("r" in built) != (name in failed), result.summary()
    ET.parse(project.site / "feed.xml")
    json.loads((project.site / "feed.json").read_bytes().decode("utf-8"))
