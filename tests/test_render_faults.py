"""A PDF worker that dies costs at most the one handout it was rendering; a briefing whose handout
cannot be made keeps the one it had; published addresses never move for a story that did not
change, whatever failed or was rebuilt (issue 35, item 1)."""
from __future__ import annotations

import multiprocessing
import os
import shutil
import signal

import pytest

import generator.build.handout_pool as pool
from generator.build.steps import build
from generator.build.engine import LocalEngine
from generator.publish.handouts import handout_html
from generator.publish.render import Renderer

from .conftest import make_seed
from .test_handout_step import FailsOneHandout, pdfs, two_stories  # noqa: F401  a fixture
from .workers import POISON, dies_on_poison

QUIET = {"progress": lambda m: None}

# Seven invented stories: one more than a pool's worth of handouts, so the handouts go to workers.
STORIES = [(f"{c}-story.txt", f"date 2023-05-0{n} Harbour news {c}\n\nHarbour Minister Ada Vale met union leader "
             f"Tom Reyes in Portmere on day {n} of the talks.\n\n\"We are close to a deal on {c},\" Vale said.")
           for n, c in enumerate("abcdefg", 1)]


class KillsAPdfWorker(LocalEngine):
    """The real engine, but one PDF worker is killed (SIGKILL) as soon as the first handout is back,
    while the others are still on their way."""

    killed: list[int]

    def render(self, htmls):
        self.killed = []
        for n, out in enumerate(super().render(htmls)):
            if n == 0:
                # the build's own children (extraction, MkDocs, which may already be running
                # beside the handouts) are named "briefing-..."; the pool's workers are not
                workers = [p for p in multiprocessing.active_children()
                           if not p.name.startswith("briefing-") and p.is_alive()]
                assert workers, "no PDF worker to kill"
                os.kill(workers[0].pid, signal.SIGKILL)
                self.killed.append(workers[0].pid)
            yield out


@pytest.fixture
def seven(project):
    for name, text in STORIES:
        make_seed(project.seeds, name, text)
    first = build(project, jobs=2, **QUIET)
    assert not first.failures and len(first.built) == len(STORIES)
    # a template changes: every handout is rendered again
    (project.templates / "handout.css").write_text((project.templates / "handout.css").read_text() + "\n/* v2 */\n")
    return project


def test_a_pdf_worker_killed_mid_render_costs_no_briefing(seven):
    engine = KillsAPdfWorker(jobs=2)
    result = build(seven, jobs=2, engine=engine, **QUIET)
    assert engine.killed
    assert not result.failures, result.summary()
    assert result.stats["pdf_rendered"] == len(STORIES) and len(result.built) == len(STORIES)
    site = pdfs(seven.site)
    assert len(site) == len(STORIES) and site == pdfs(seven.docs)
    assert all(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] for data in site.values())


def test_a_handout_that_kills_its_worker_every_time_fails_alone(kishor):
    html = handout_html(kishor, Renderer(), kishor.date)
    htmls = [html] * 3 + [html.replace("</body>", POISON + "</body>")] + [html] * 3
    results = list(pool.render_pdfs(htmls, jobs=2, work=dies_on_poison))
    assert results[3] == (None, pool.DIED)
    others = results[:3] + results[4:]
    assert all(reason is None and pdf.startswith(b"%PDF-") for pdf, reason in others)
    assert len({pdf for pdf, _ in others}) == 1


def test_a_briefing_whose_handout_fails_keeps_the_one_it_had(two_stories):  # noqa: F811
    first = build(two_stories, jobs=1, **QUIET)
    before = pdfs(two_stories.site)
    (two_stories.templates / "handout.css").write_text((two_stories.templates / "handout.css").read_text() + "\n/* v2 */\n")
    result = build(two_stories, jobs=1, engine=FailsOneHandout("27 April 2022"), **QUIET)
    assert sorted(b.id for b in result.built) == sorted(b.id for b in first.built)  # no briefing left the site
    [failure] = result.failures
    assert failure.file == "rewrite.txt" and "keeps the handout it had" in failure.reason
    kept = next(b for b in result.built if b.id == "rewrite")
    after = pdfs(two_stories.site)
    assert after[f"{kept.slug}.pdf"] == before[f"{kept.slug}.pdf"]  # its last published handout
    assert len(after) == 2 and (two_stories.site / "briefings" / kept.slug / "index.html").is_file()
    assert result.stats["pdf_rendered"] == 2  # both were rendered again (the template changed)
    # the next build renders the missing one, and nothing is failed any more
    again = build(two_stories, jobs=1, **QUIET)
    assert not again.failures and again.stats["pdf_rendered"] == 1


# -- addresses ---------------------------------------------------------------------------------------

ONE_HEADLINE = "date 2023-06-01 Council approves harbour plan\n\n"
FIRST = ONE_HEADLINE + "Portmere Council approved the harbour plan on Thursday after a vote of nine to four."
SECOND = ONE_HEADLINE + "Councillor Mina Okafor said the harbour plan approved on Thursday would cost more than promised."


def addresses(result) -> dict[str, str]:
    return {b.id: b.slug for b in result.built}


@pytest.fixture
def namesakes(project):
    """Two stories with one headline and one date: the one built first has the plain address, the
    one added later (whose id sorts first) the address with -2."""
    make_seed(project.seeds, "b-first.txt", FIRST)
    build(project, jobs=1, **QUIET)
    make_seed(project.seeds, "a-second.txt", SECOND)
    result = build(project, jobs=1, **QUIET)
    assert addresses(result) == {"b-first": "2023-06-01-council-approves-harbour-plan",
                                 "a-second": "2023-06-01-council-approves-harbour-plan-2"}
    return project, addresses(result)


def test_stories_that_failed_keep_their_addresses(namesakes):
    project, before = namesakes
    for name in ("a-second.txt", "b-first.txt"):  # both fail to read, then come back unchanged
        (project.seeds / name).write_text("no date line at all")
    broken = build(project, jobs=1, **QUIET)
    assert len(broken.failures) == 2 and not broken.built
    make_seed(project.seeds, "a-second.txt", SECOND)
    one_back = build(project, jobs=1, **QUIET)
    assert addresses(one_back) == {"a-second": before["a-second"]}  # the plain address waits for its story
    make_seed(project.seeds, "b-first.txt", FIRST)
    assert addresses(build(project, jobs=1, **QUIET)) == before


def test_no_cache_and_a_lost_cache_keep_the_addresses(namesakes):
    project, before = namesakes
    assert addresses(build(project, jobs=1, use_cache=False, **QUIET)) == before
    shutil.rmtree(project.cache)  # the memory is gone: the published pages say where each story is
    assert addresses(build(project, jobs=1, **QUIET)) == before
    assert addresses(build(project, jobs=1, **QUIET)) == before
