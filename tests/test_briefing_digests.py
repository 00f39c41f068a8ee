"""Each briefing's JSON digest kept by what makes the briefing (`build/briefing_digests.py`): a build
with nothing new makes no briefing's JSON, and every digest a build uses, from memory or not, is the
digest of the JSON it stands for, whatever changed (a new report folded into a story, a related
briefing, the story-text policy, an editor's corrections, a template): real builds of invented
stories (tests/test_clusters.py's)."""
import json

import pytest

from generator.build.briefing_digests import ENTRY, MADE_CODE, BriefingDigests
from generator.build.steps import build
from generator.cache import Cache, digest
from generator.facts import Briefing, Fact
from generator.publish.policy import context_within_half
from generator.publish.render import Renderer

from .conftest import make_seed, new_project
from .test_cache import closure, covered, tree
from .test_clusters import FIRST, OTHER, SECOND

QUIET = {"progress": lambda m: None, "jobs": 1}


def test_what_makes_a_briefing_names_every_module_between_its_cache_entry_and_its_json():
    """The digests are kept by the code that turns a cached entry into what is published (the policy,
    topic tags, the JSON): a change to a module it imports must make them again."""
    missing = closure("generator.publish.policy", "generator.publish.topics", "generator.facts") - covered(MADE_CODE)
    assert not missing, sorted(missing)


def checking(mp: pytest.MonkeyPatch, log: list):
    """Every digest a build asks for is compared with the digest of the JSON itself; `log` gets
    (id, stage, whether it came from memory) of each."""
    real = BriefingDigests.of

    def of(self, b, stage="published"):
        made = self.made(b, stage)
        remembered = made is not None and (made in self._now or made in self._last)
        got = real(self, b, stage)
        assert got == digest(b.to_json()), (b.id, stage, remembered)
        log.append((b.id, stage, remembered))
        return got

    mp.setattr(BriefingDigests, "of", of)
    real_kept = BriefingDigests.context_kept

    def context_kept(self, b):
        got = real_kept(self, b)
        assert got == context_within_half(b), b.id
        return got

    mp.setattr(BriefingDigests, "context_kept", context_kept)


def json_made(mp: pytest.MonkeyPatch) -> list[str]:
    """The ids of the briefings whose JSON is made from here on (`Briefing.to_json`), in order."""
    real = Briefing.to_json
    made: list[str] = []

    def counting(self, **kwargs):
        made.append(self.id)
        return real(self, **kwargs)

    mp.setattr(Briefing, "to_json", counting)
    return made


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """One project through a series of changes, each build's digests checked against the JSON."""
    project = new_project(tmp_path_factory.mktemp("digests"))
    make_seed(project.seeds, "first.txt", FIRST)
    make_seed(project.seeds, "other.txt", OTHER)
    logs: dict[str, list] = {}

    def step(name: str) -> None:
        logs[name] = []
        with pytest.MonkeyPatch.context() as mp:
            checking(mp, logs[name])
            result = build(project, **QUIET)
        assert not result.failures and not result.errors, (name, result.failures, result.errors)

    step("first")  # every fact extracted: no digest from memory
    step("again")  # from the cache: each digest made once and remembered
    step("same")  # nothing new: each from memory
    make_seed(project.seeds, "second.txt", SECOND)  # folds "first" into it; a later story for "other"
    step("folded")
    step("folded again")
    config = project.config.read_text("utf-8")
    project.config.write_text(config.replace("story_text: cited", "story_text: full"), "utf-8")
    step("policy")
    (project.seeds / "other.corrections.yml").write_text("headline: Libraries close in the town\n", "utf-8")
    step("corrected")
    page = project.templates / "briefing.md.j2"
    page.write_text(page.read_text("utf-8") + "\n<!-- a change -->\n", "utf-8")
    step("template")
    return project, logs


def remembered(log, stage=None):
    return sorted({i for i, s, mem in log if mem and (stage is None or s == stage)})


def made_again(log, stage=None):
    return sorted({i for i, s, mem in log if not mem and (stage is None or s == stage)})


def test_a_build_of_new_facts_or_unchanged_ones_remembers_each_digest_once(history):
    _, logs = history
    # just extracted, then read back from the entry written: each digest made once, kept by that entry
    assert made_again(logs["first"]) == ["first", "other"] and not remembered(logs["first"])
    assert remembered(logs["again"]) == ["first", "other"] and not made_again(logs["again"])
    assert remembered(logs["same"]) == ["first", "other"] and not made_again(logs["same"])
    assert {s for _, s, _ in logs["same"]} == {"published", "recorded"}


def test_a_new_report_folded_in_makes_the_digests_of_what_it_changed_again(history):
    _, logs = history
    # "first" is now folded into "second" (its JSON as a folded report, never made before); "other" is
    # older than both, so nothing of it changed
    assert ("first", "folded", False) in logs["folded"]
    assert remembered(logs["folded"]) == ["other"]


def test_the_policy_makes_every_published_digest_again_but_not_the_record(history):
    _, logs = history
    assert made_again(logs["policy"], "published") == ["other", "second"]
    assert made_again(logs["policy"], "folded") == ["first"]
    assert remembered(logs["policy"], "recorded") == ["other", "second"]


def test_a_corrected_briefing_has_its_json_made_every_build(history):
    _, logs = history
    assert "other" in made_again(logs["corrected"]) and "other" not in remembered(logs["corrected"])
    # "second" lists "other" among its earlier briefings, by its headline: its JSON changed too
    assert made_again(logs["corrected"], "published") == ["other", "second"]
    assert remembered(logs["corrected"]) == ["first"]


def test_a_page_template_changes_no_digest(history):
    _, logs = history
    assert made_again(logs["template"]) == ["other"]  # the corrected one, as every build
    assert remembered(logs["template"]) == ["first", "second"]


def test_a_rebuild_with_nothing_changed_makes_no_briefing_json(history, monkeypatch):
    """26 s of a no-change rebuild's profile at 10,000 seeds: each briefing's JSON, twice; 7.9 s the
    policy's plan of each; 1.2 s the pages of the reports folded into a story, 2.9 s the listings. The
    same bytes, none made."""
    from generator.publish import policy, site

    project, _ = history
    (project.seeds / "other.corrections.yml").unlink()
    project.config.write_text(project.config.read_text("utf-8").replace("story_text: full", "story_text: cited"))
    build(project, **QUIET)
    before = tree(project.docs)
    made = json_made(monkeypatch)
    monkeypatch.setattr(policy, "cited_plan", lambda b: pytest.fail("cited_plan asked with nothing changed"))
    # nor a page of a report folded into its story (kept like the briefings' own pages)
    monkeypatch.setattr(site, "folded_page", lambda *a: pytest.fail("a folded report's page made with nothing changed"))
    real_render = Renderer.render

    def render(self, name, **kwargs):  # nor a listing of briefings (months, every briefing, tags)
        assert name not in ("month.md.j2", "tag.md.j2"), f"{name} rendered with nothing changed"
        return real_render(self, name, **kwargs)

    monkeypatch.setattr(Renderer, "render", render)
    result = build(project, **QUIET)
    assert not result.failures and not result.errors
    assert made == [] and tree(project.docs) == before


def test_a_damaged_memory_is_made_again_not_trusted(history):
    project, _ = history
    before = tree(project.docs)
    Cache(project.cache).put_meta(ENTRY, b"{not json")
    build(project, **QUIET)
    assert tree(project.docs) == before
    kept = json.loads(Cache(project.cache).get_meta(ENTRY))
    assert kept and all(isinstance(v, str) for v in kept.values())


def test_the_context_cited_publishes_is_kept_by_the_entry_alone(tmp_path, monkeypatch):
    """`cited` leaves out the context lines beyond half the story (`cited_plan` of every briefing, 7.9 s
    of a no-change rebuild at 10,000 seeds): kept, the same lines; made again for another entry."""
    from generator.publish import policy, site
    from generator.publish.policy import CITED, shown

    from .test_site_rough_edges import dense_story

    def story(lines):
        b = dense_story(6)
        b.context = [Fact(text=b.sentences[i].text, sentence=i, start=b.sentences[i].start, end=b.sentences[i].end)
                     for i in lines]
        return b

    def loaded(b, cache):
        digests = BriefingDigests(cache, CITED)
        digests.loaded(b, b.to_json().encode("utf-8"))
        digests.settle([b])
        return digests

    cache = Cache(tmp_path / ".cache")
    first = loaded(story([0, 3, 4, 5]), cache)
    b = story([0, 3, 4, 5])
    expected = shown(b, CITED).context
    assert 0 < len(expected) < 4  # lines beyond the half left out
    assert shown(b, CITED, first.context_kept).context == expected
    first.save()

    real = policy.cited_plan
    monkeypatch.setattr(policy, "cited_plan", lambda b: pytest.fail("cited_plan asked with nothing changed"))
    again = story([0, 3, 4, 5])
    assert shown(again, CITED, loaded(again, cache).context_kept).context == expected

    monkeypatch.setattr(policy, "cited_plan", real)
    other = story([0, 1, 2, 5])  # another entry: asked again
    assert shown(other, CITED, loaded(other, cache).context_kept).context == shown(story([0, 1, 2, 5]), CITED).context


def test_the_first_build_after_a_cold_one_makes_no_briefing_json(tmp_path, monkeypatch):
    """At 10,000 seeds the first no-change build after a cold one took 42 s against 25 s for later ones:
    a just-extracted briefing had no kept digest. It is now read back from the entry it was written to,
    so the build after makes none, and publishes the very bytes a build that made every JSON did."""
    project = new_project(tmp_path)
    make_seed(project.seeds, "first.txt", FIRST)
    make_seed(project.seeds, "other.txt", OTHER)
    assert not build(project, **QUIET).failures
    cold = tree(project.docs)
    with monkeypatch.context() as mp:
        made = json_made(mp)
        result = build(project, **QUIET)
    assert not result.failures and not result.errors
    assert made == [] and tree(project.docs) == cold
    (project.cache / ENTRY).unlink()
    build(project, **QUIET)  # no memory: every JSON made again, the same site
    assert tree(project.docs) == cold

