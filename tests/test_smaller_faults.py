"""The smaller faults of issue 35 (item 6): a kill during the swap leaves the docs folder whole, a
killed build leaves no worker behind and says so in one line, "C++" and "C#" are two tags, two long
names are two actors, an "also on" list cannot swell a handout, a `source:` line is bounded."""
from __future__ import annotations

import html
import io
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time

import pypdf
import pytest

from generator.build import steps as build_mod
from generator.build.steps import build
from generator.facts import Actor, Briefing, Related
from generator.publish.handouts import handout_html, html_to_pdf
from generator.publish.render import Renderer
from generator.input.seeds import MAX_SOURCE_CHARS, SeedError, parse_seed
from generator.publish.site import actor_pages

from .conftest import ROOT, make_seed, new_project
from .test_cache import tree
from .test_render_faults import STORIES

QUIET = {"progress": lambda m: None}


# -- a kill during the swap ---------------------------------------------------------------------------

class Killed(BaseException):
    """A kill at one step of the swap (the build runs no further step of it)."""


def generated_pages(project) -> dict[str, bytes]:
    return {k: v for k, v in tree(project.docs).items() if k != "about.md"}


@pytest.fixture(scope="module")
def before_and_after(tmp_path_factory):
    """A project built with three stories, to be rebuilt with all seven; and the pages of that rebuild."""
    root = tmp_path_factory.mktemp("swap")
    project = new_project(root / "before")
    for name, text in STORIES[:3]:
        make_seed(project.seeds, name, text)
    build(project, jobs=1, **QUIET)
    for name, text in STORIES[3:]:
        make_seed(project.seeds, name, text)
    after = root / "after"
    # the first build's trash is still being deleted in the background: not part of the project
    shutil.copytree(project.root, after, symlinks=True, ignore=shutil.ignore_patterns(".build-trash-*"))
    done = build(build_mod.Project.at(after), jobs=1, **QUIET)
    assert not done.failures
    return project, generated_pages(project), generated_pages(build_mod.Project.at(after))


def _steps_of_the_swap(monkeypatch, kill_at: int | None) -> list[str]:
    """Count the renames and exchanges of `swap_in` (and kill the build at step `kill_at`)."""
    steps: list[str] = []
    swapping = [False]
    real_swap, real_rename, real_exchange = build_mod.swap_in, pathlib.Path.rename, build_mod.exchange

    def step(what: str) -> None:
        if swapping[0]:
            steps.append(what)
            if len(steps) == kill_at:
                raise Killed(what)

    def swap_in(*args, **kwargs):
        swapping[0] = True
        try:
            return real_swap(*args, **kwargs)
        finally:
            swapping[0] = False

    def rename(self, target):
        step(f"rename {self.name}")
        return real_rename(self, target)

    def exchange(a, b):
        step(f"exchange {b.name}")
        return real_exchange(a, b)

    monkeypatch.setattr(build_mod, "swap_in", swap_in)
    monkeypatch.setattr(pathlib.Path, "rename", rename)
    monkeypatch.setattr(build_mod, "exchange", exchange)
    return steps


def test_a_kill_at_any_step_of_the_swap_leaves_the_docs_folder_all_old_or_all_new(before_and_after, tmp_path,
                                                                                    monkeypatch):
    project, old, new = before_and_after
    dry = tmp_path / "dry"
    shutil.copytree(project.root, dry, symlinks=True, ignore=shutil.ignore_patterns(".build-trash-*"))
    with monkeypatch.context() as m:
        steps = _steps_of_the_swap(m, None)
        build(build_mod.Project.at(dry), jobs=1, **QUIET)
    assert generated_pages(build_mod.Project.at(dry)) == new and len(steps) >= 2
    for k in range(1, len(steps) + 1):
        copy = build_mod.Project.at(tmp_path / f"kill-{k}")
        shutil.copytree(project.root, copy.root, symlinks=True, ignore=shutil.ignore_patterns(".build-trash-*"))
        with monkeypatch.context() as m:
            _steps_of_the_swap(m, k)
            with pytest.raises(Killed):
                build(copy, jobs=1, **QUIET)
        pages = generated_pages(copy)
        assert pages in (old, new), f"killed at step {k} ({steps[k - 1]}): the docs folder is mixed"
        assert (copy.docs / "about.md").read_bytes() == (project.docs / "about.md").read_bytes()


# -- a killed build -----------------------------------------------------------------------------------

def _descendants(pid: int) -> set[int]:
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = pathlib.Path(f"/proc/{entry.name}/stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not pathlib.Path("/proc/self/stat").is_file(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig, when", [(signal.SIGTERM, "rendering"), (signal.SIGINT, "rendering"),
                                       (signal.SIGINT, "extracting"), (signal.SIGKILL, "rendering")])
def test_a_killed_build_leaves_no_worker_running(tmp_path, sig, when):
    project = new_project(tmp_path / "p")
    for name, text in STORIES:
        make_seed(project.seeds, name, text)
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--project", str(project.root), "--jobs", "2"],
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    err = []
    for line in proc.stderr:
        err.append(line)
        if line.startswith(when):
            break
    deadline = time.monotonic() + 120
    while not (workers := _descendants(proc.pid)) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)  # "extracting" is said just before its worker starts
    assert workers, "".join(err)
    try:
        os.kill(proc.pid, sig)
        proc.wait(timeout=300)
        deadline = time.monotonic() + 60  # the workers' own checks come every half second
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in workers if _alive(p)], "workers outlived the build"
        out, rest = proc.communicate(timeout=60)
        err.append(rest)
    finally:  # whatever went wrong, nothing this test started goes on running
        for pid in [proc.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    if sig != signal.SIGKILL:  # one line, no traceback (the workers never saw the signal)
        assert proc.returncode == 128 + sig and not out
        said = "".join(err)
        assert "Traceback" not in said and "KeyboardInterrupt" not in said, said
        assert said.strip().splitlines()[-1].startswith(f"stopped ({sig.name}): "), said


# -- tags and names -----------------------------------------------------------------------------------

def test_c_plus_plus_and_c_sharp_are_two_tags_and_a_trailing_hash_stays(project):
    make_seed(project.seeds, "cpp.md", "---\ndate: 2023-05-01\ntitle: Why the council codes in C++\ntags: [C++]\n---\n"
                                       "Portmere Council said on Monday that its new ticket system was written in C++.")
    make_seed(project.seeds, "cs.md", "---\ndate: 2023-05-02\ntitle: Why the harbour board picks C#\ntags: [C#]\n---\n"
                                      "The harbour board said on Tuesday that its new ticket system was written in C#.")
    result = build(project, **QUIET)
    assert not result.failures
    cpp = html.unescape((project.site / "tags" / "c-plus-plus" / "index.html").read_text("utf-8"))
    cs = html.unescape((project.site / "tags" / "c-sharp" / "index.html").read_text("utf-8"))
    assert "Tag: C++</h1>" in cpp and "Why the council codes in C++" in cpp and "harbour board" not in cpp
    assert "Tag: C#</h1>" in cs and "Why the harbour board picks C#" in cs and "council codes" not in cs
    b = next(b for b in result.built if b.id == "cs")
    page = html.unescape((project.site / "briefings" / b.slug / "index.html").read_text("utf-8"))
    assert "Why the harbour board picks C#</h1>" in page and "<title>Why the harbour board picks C# -" in page
    assert 'href="../../tags/c-sharp/"' in page


def test_two_actors_whose_names_share_60_characters_get_a_page_each():
    base = "Lord Bartholomew Fitzwilliam-Montgomery-Wetherington of Portmere and"
    names = [f"{base} Eastern Quay", f"{base} Western Quay"]
    assert names[0][:60] == names[1][:60]
    briefings = [Briefing(id=f"s{i}", slug=f"2021-01-0{i}-x", title="x", title_generated=False, date=f"2021-01-0{i}",
                          source_file=f"s{i}.txt", text="", who=[Actor(name=n, kind="person") for n in names])
                 for i in (1, 2)]
    pages = [p for p in actor_pages(briefings).values() if p.has_page]
    assert sorted(p.name for p in pages) == sorted(names)
    assert len({p.slug for p in pages}) == 2 and all(len(p.slug) <= 60 for p in pages)


# -- a handout's "also on" list, a seed's source line ------------------------------------------------------

def test_an_also_on_list_cannot_swell_a_handout(kishor):
    shared = [f"Councillor Number {i} of the Portmere Harbour Board" for i in range(300)]
    b = Briefing(**{**kishor.__dict__, "related": [Related(id=f"r{i}", slug=f"2022-04-2{i}-r", title=f"Earlier story {i}",
                                                           date=f"2022-04-2{i}", shared=shared) for i in range(3)]})
    html = handout_html(b, Renderer(), b.date)
    assert html.count("Councillor Number") <= 3 * 5 and "and 295 more" in html
    pages = len(pypdf.PdfReader(io.BytesIO(html_to_pdf(html))).pages)
    assert pages <= 2


def test_a_source_line_in_a_plain_seed_is_bounded_as_in_front_matter():
    long = "https://example.org/" + "a" * MAX_SOURCE_CHARS
    with pytest.raises(SeedError, match=f"a source URL may be at most {MAX_SOURCE_CHARS:,}"):
        parse_seed(f"date 2021-01-01\nsource: {long}\n\nMinister Jane Roe opened a bridge.".encode(),
                   pathlib.Path("x.txt"))
    fine = parse_seed("date 2021-01-01\nsource: https://example.org/a\n\nMinister Jane Roe opened a bridge.".encode(),
                      pathlib.Path("x.txt"))
    assert fine.source == "https://example.org/a"
