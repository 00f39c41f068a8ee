"""`link_related` kept by what it reads (`build/related_cache.py`): the same related briefings as
linking again, not linked again when nothing it reads changed, and linked again when anything did
(invented briefings, as tests/test_identity.py makes them)."""
import copy

import pytest

from generator.build import related_cache
from generator.build.related_cache import link_related_cached
from generator.cache import Cache
from generator.editorial.identity import link_related

from .test_identity import briefing


def archive():
    return [briefing("talks", "2022-04-20", [("Congress", "organisation"), ("Jo Lowell", "person")], ["Ohio"]),
            briefing("vote", "2022-04-26", [("Congress", "organisation"), ("Meera Iyer", "person")], ["Kerala"]),
            briefing("budget", "2022-05-01", [("Jo Lowell", "person"), ("Farmers Union", "organisation")], ["Ohio"]),
            briefing("reply", "2022-05-03", [("Farmers Union", "organisation"), ("Jo Lowell", "person")], ["Ohio"])]


def related_of(briefings):
    return {b.id: [(r.id, r.slug, r.title, r.date, r.shared) for r in b.related] for b in briefings}


def fresh(briefings):
    out = copy.deepcopy(briefings)
    link_related(out)
    return related_of(out)


def test_the_same_related_briefings_and_none_linked_again_when_nothing_changed(tmp_path, monkeypatch):
    cache = Cache(tmp_path / ".cache")
    first = archive()
    link_related_cached(first, cache)
    assert related_of(first) == fresh(archive()) and any(related_of(first).values())

    def refuse(briefings):
        raise AssertionError("linked again with nothing changed")

    monkeypatch.setattr(related_cache, "link_related", refuse)
    again = archive()
    link_related_cached(again, cache)
    assert related_of(again) == related_of(first)


def _title(bs):
    bs[0].title = "Talks open"


def _slug(bs):
    bs[0].slug = "talks-2"


def _date(bs):
    bs[2].date = "2022-04-19"  # now before the talks: the talks link it, it no longer links them


def _actor_name(bs):
    bs[3].who[1].name = "Jo Lowden"


def _actor_kind(bs):
    bs[3].who[0].kind = "group"


def _actor_slug(bs):
    bs[3].who[0].slug = "farmers-union-of-ohio"  # another identity: only Jo Lowell is shared


def _place(bs):
    bs[1].where[0].name = "Ohio"  # Congress of the same country as the talks': one identity, linked


def _one_more(bs):
    bs.append(briefing("later", "2022-05-09", [("Meera Iyer", "person")], ["Kerala"]))


def _one_less(bs):
    del bs[0]


@pytest.mark.parametrize("change", [_title, _slug, _date, _actor_name, _actor_kind, _actor_slug, _place, _one_more,
                                    _one_less])
def test_a_change_to_anything_it_reads_links_again(tmp_path, change):
    cache = Cache(tmp_path / ".cache")
    before = archive()
    link_related_cached(before, cache)
    changed = archive()
    change(changed)
    expected = fresh(changed)
    assert expected != related_of(before)  # each change changes what is linked
    link_related_cached(changed, cache)
    assert related_of(changed) == expected


def test_without_a_cache_it_links_and_keeps_nothing(tmp_path):
    bs = archive()
    link_related_cached(bs, Cache(None))
    assert related_of(bs) == fresh(archive())
    assert not (tmp_path / ".cache").exists()


def test_the_actors_identities_are_kept_the_same_way(tmp_path, monkeypatch):
    from generator.build.related_cache import identities_cached
    from generator.editorial.identity import identities

    cache = Cache(tmp_path / ".cache")
    assert identities_cached(archive(), cache) == identities(archive())

    def refuse(briefings):
        raise AssertionError("identities made again with nothing changed")

    monkeypatch.setattr(related_cache, "identities", refuse)
    assert identities_cached(archive(), cache) == identities(archive())
    monkeypatch.undo()
    changed = archive()
    _place(changed)  # one Congress now: another identity for one of them
    assert identities(changed) != identities(archive())
    assert identities_cached(changed, cache) == identities(changed)
