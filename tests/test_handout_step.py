"""Handouts render while MkDocs builds the site: the site still ends with every real PDF, and a
handout that fails meanwhile takes its briefing out of the site as it did when they ran in turn."""
from __future__ import annotations

import pytest

from generator.build.steps import build
from generator.build.engine import LocalEngine

from .conftest import INVENTED, SEED, make_seed

QUIET = {"progress": lambda m: None}


class FailsOneHandout(LocalEngine):
    """The real engine, except that the handout whose HTML holds `marker` fails."""

    def __init__(self, marker: str):
        super().__init__(jobs=1)
        self.marker = marker

    def render(self, htmls):
        for i, data, problem in super().render(htmls):
            if self.marker in htmls[i]:
                yield i, None, "handout failed (simulated)"
            else:
                yield i, data, problem


@pytest.fixture
def two_stories(project):
    make_seed(project.seeds, SEED.name, SEED.read_text("utf-8"))
    # the rewrite, a day later, under another name: a second briefing with its own handout
    make_seed(project.seeds, "rewrite.txt", INVENTED.read_text("utf-8").replace("2022-04-26", "2022-04-27", 1))
    # an update of one story is one briefing (editorial/clusters.py): an editor keeps these two apart
    (project.root / "corrections").mkdir()
    (project.root / "corrections" / "clusters.yml").write_text(f"- split: [{SEED.stem}, rewrite]\n", "utf-8")
    return project


def pdfs(folder):
    return {p.name: p.read_bytes() for p in sorted((folder / "handouts").glob("*.pdf"))}


def test_the_site_built_meanwhile_holds_the_real_pdfs(two_stories):
    result = build(two_stories, jobs=1, **QUIET)
    assert not result.failures and result.stats["pdf_rendered"] == 2
    in_site, in_docs = pdfs(two_stories.site), pdfs(two_stories.docs)
    assert len(in_site) == 2 and in_site == in_docs
    assert all(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] for data in in_site.values())


def test_a_handout_failing_while_the_site_is_built_leaves_its_briefing_out(two_stories):
    result = build(two_stories, jobs=1, engine=FailsOneHandout("27 April 2022"), **QUIET)
    assert [(f.file, f.reason) for f in result.failures] == [("rewrite.txt", "handout failed (simulated)")]
    assert [b.source_file for b in result.built] == [SEED.name]
    slug = result.built[0].slug
    assert list(pdfs(two_stories.site)) == list(pdfs(two_stories.docs)) == [f"{slug}.pdf"]
    assert pdfs(two_stories.site)[f"{slug}.pdf"].startswith(b"%PDF-")
    pages = sorted(p.name for p in (two_stories.site / "briefings").iterdir())
    assert pages == [slug, f"{slug}.json"]  # the failed briefing has no page, and no list links it
    assert "27 April 2022" not in (two_stories.site / "index.html").read_text("utf-8")
    # the next build renders only the missing handout, and the briefing is back
    again = build(two_stories, jobs=1, **QUIET)
    assert not again.failures and again.stats["pdf_rendered"] == 1 and len(again.built) == 2
