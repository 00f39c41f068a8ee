"""Bad and hostile input through a whole build: every bad seed is named with its problem, the rest
is built, the command exits 1; nothing in a seed is ever run or injected."""
import html
import re
import subprocess
import sys

import pypdf
import pytest

from generator.build.steps import assign_slugs, build
from generator.facts import Briefing
from generator.publish.typography import curly_quotes

from .conftest import ROOT, SEED, make_seed, new_project

QUIET = {"progress": lambda m: None}

BAD = {  # file name -> (bytes, what the failure says)
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b" \n\t\n  ", "is empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin1.txt": ("date 2020-01-02 Caf\xe9 society.".encode("latin-1"), "not UTF-8"),
    "nodate.txt": (b"Minister Jane Roe spoke.", "has no date"),
    "baddate.txt": (b"date 2022-13-45 Minister Jane Roe spoke.", "impossible date"),
    "future.txt": (b"date 2999-01-01 Minister Jane Roe spoke.", "in the future"),
    "huge.txt": (b"date 2020-01-02 " + b"Minister Jane Roe spoke at length. " * 150_000, "at most"),
    "nowords.txt": (b"date 2020-01-02 1234 -- 5678 ?!", "no sentences"),
    "dup.txt": (b"date 2020-01-02 Minister Jane Roe spoke on Monday.", "same name as dup.md"),  # .md sorts first
}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("bad"))
    seeds = project.seeds
    for name, (raw, _) in BAD.items():
        (seeds / name).write_bytes(raw)
    (seeds / "dup.md").write_text("---\ndate: 2020-01-02\n---\nMinister Jane Roe spoke on Monday.")
    (seeds / "bom.txt").write_bytes("\ufeffdate 2020-01-03 Minister Jane Roe spoke on Tuesday.".encode("utf-8"))
    # odd but valid file names
    make_seed(seeds, "with spaces.txt", "date 2020-01-04 Minister Jane Roe spoke in Leeds.")
    make_seed(seeds, "ünïcödé-名前.txt", "date 2020-01-05 Minister Jane Roe spoke in York.")
    make_seed(seeds, ".hidden.txt", "date 2020-01-06 Never built.")
    return project, build(project, **QUIET)


def test_each_bad_seed_is_named_with_its_problem_and_the_rest_is_built(bad_build):
    _, result = bad_build
    failed = {f.file: f.reason for f in result.failures}
    assert set(failed) == set(BAD)
    for name, (_, problem) in BAD.items():
        assert problem in failed[name], (name, failed[name])
    assert {b.id for b in result.built} == {"dup", "bom", "with spaces", "ünïcödé-名前"}
    summary = result.summary()
    assert f"{len(BAD)} failed" in summary and "FAILED empty.txt: is empty" in summary
    assert summary.rstrip().endswith("the rest of the site was built")


def test_odd_file_names_get_pages_and_pdfs(bad_build):
    project, result = bad_build
    for b in result.built:
        assert re.fullmatch(r"[a-z0-9-]+", b.slug)
        assert (project.site / "briefings" / b.slug / "index.html").is_file()
        assert (project.site / "handouts" / f"{b.slug}.pdf").is_file()


def test_the_command_exits_1_and_says_what_failed(project):
    make_seed(project.seeds, "good.txt", "date 2020-01-02 Minister Jane Roe spoke on Monday.")
    (project.seeds / "bad.txt").write_bytes(b"date 2022-13-45 Words.")
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project.root)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert "FAILED bad.txt: has an impossible date" in proc.stdout
    assert "Traceback" not in proc.stderr
    assert (project.site / "index.html").is_file()


def _briefing(id_: str, slug: str) -> Briefing:
    return Briefing(id=id_, slug=slug, title="t", title_generated=False, date="2020-01-02", source_file=f"{id_}.txt", text="")


def test_clashing_slugs_get_numbers_and_keep_them_when_a_third_arrives():
    base = "2020-01-02-roe-speaks"
    two = [_briefing("m", base), _briefing("n", base)]
    assign_slugs(two)
    assert [b.slug for b in two] == [base, f"{base}-2"]
    previous = {b.id: b.slug for b in two}
    # the newcomer's id sorts first: without the last build's slugs it would take the plain slug
    three = [_briefing("a", base), _briefing("m", base), _briefing("n", base)]
    assign_slugs(three, previous)
    assert {b.id: b.slug for b in three} == {"a": f"{base}-3", "m": base, "n": f"{base}-2"}
    # a slug from the last build that no longer fits (the headline changed) is not kept
    changed = [_briefing("m", "2020-01-02-other")]
    assign_slugs(changed, previous)
    assert changed[0].slug == "2020-01-02-other"


def test_clashing_slugs_are_stable_across_builds(project):
    # one headline, three stories (the same text would be one story, folded: tests/test_clusters.py)
    story = "date 2020-01-02 Roe speaks\n\n"
    make_seed(project.seeds, "m.txt", story + "Minister Jane Roe spoke to farmers in Leeds on Monday.")
    make_seed(project.seeds, "n.txt", story + "The minister praised the new hospital wing opened in York.")
    first = {b.id: b.slug for b in build(project, **QUIET).built}
    assert sorted(first.values()) == ["2020-01-02-roe-speaks", "2020-01-02-roe-speaks-2"]
    make_seed(project.seeds, "a.txt", story + "Roe answered questions about the ferry strike in Hull.")
    second = {b.id: b.slug for b in build(project, **QUIET).built}
    assert {k: second[k] for k in first} == first
    assert second["a"] == "2020-01-02-roe-speaks-3"


# Hostile strings, BLNS-style, written for these tests: markup, template syntax, links, control
# and direction characters. Each stands in a headline, which the page and the PDF both show.
HOSTILE = [
    "<script>alert(1)</script>",
    "<iframe src=//evil.example></iframe>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)> x',
    "<a href='javascript:alert(4)'>x</a>",
    "[click](javascript:alert(5)) x",
    "![img](http://evil.example/x.png) x",
    "{{ 7*7 }} and {% if true %}x{% endif %}",
    "{# hidden #} ${7*7} #{7*7}",
    "**bold** _em_ `code` ~~del~~",
    "# heading? | a | b |",
    "{: onclick=alert(6) } x",
    "&lt;b&gt; &amp; &#60;script&#62; x",
    "<!-- c --> <![CDATA[x]]> x",
    "<link rel=attachment href=file:///etc/passwd>",
    "'; DROP TABLE briefings; -- x",
    "%s %n %x {0} {} \\n \\\\ x",
]
UNICODE = [
    "مرحبا بالعالم x",
    "\u202eevil\u202c override x",
    "Z\u0310\u0364a\u0351lgo x",
    "👍🏽 🇬🇧 x",
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    project = new_project(root)
    for i, s in enumerate(HOSTILE + UNICODE):
        make_seed(root / "seeds", f"h{i:02}.txt",
                  f"date 2021-01-{i % 28 + 1:02} Roe on {s}\n\nMinister Jane Roe spoke about {s} in Leeds.")
    result = build(project, **QUIET)
    return project, {b.id: b for b in result.built}, result


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("i", range(len(HOSTILE) + len(UNICODE)))
def test_hostile_text_shows_literally_and_is_never_markup(hostile_build, i):
    project, built, result = hostile_build
    s = (HOSTILE + UNICODE)[i]
    b = built[f"h{i:02}"]
    # as written, less what no reader sees (the bidi override and its end)
    assert b.title == f"Roe on {s}".replace("\u202e", "").replace("\u202c", "")
    page = (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")
    body = page.split("<article", 1)[1].split("</article>")[0]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    # shown as the text it is (less what no reader sees), set with typographic quotation marks
    assert html.unescape(re.sub(r"<[^>]+>", "", h1)).strip().startswith(curly_quotes(b.title.strip()))
    assert "49" not in h1  # {{ 7*7 }} was not evaluated
    for tag in re.findall(r"<[^>]+>", body):  # the tags the page really has
        assert not re.match(r"<(script|iframe|svg|img|link|object|embed)\b", tag, re.I), tag
        assert not re.search(r"\son\w+\s*=", tag, re.I), tag
        assert "javascript:" not in tag.lower() and "evil.example" not in tag, tag
    if i < len(HOSTILE):
        pdf = pypdf.PdfReader(project.site / "handouts" / f"{b.slug}.pdf")
        text = "".join(page.extract_text() for page in pdf.pages)
        assert _squash(curly_quotes(s)) in _squash(text)
        assert pdf.metadata.title == curly_quotes(b.title)
        assert not pdf.attachments  # nothing embedded from the file system


@pytest.mark.parametrize("name, text, says", [
    ("handout.html.j2", "<html>{% for %}</html>", r"handout\.html\.j2, line 1"),
    ("briefing.md.j2", "# {{ b.title }} {{ no_such_value }}", r"briefing\.md\.j2: 'no_such_value' is undefined"),
])
def test_a_broken_template_is_a_clear_error_not_a_traceback(project, name, text, says):
    make_seed(project.seeds, SEED.name, SEED.read_text("utf-8"))
    (project.templates / name).write_text(text)
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project.root)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert re.search(says, proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (project.site / "index.html").exists()
