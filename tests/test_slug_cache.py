"""`assign_slugs` kept by what it reads (`build/slug_cache.py`): the same slugs as assigning them
again, not assigned again when nothing it reads changed, and assigned again when anything did
(invented briefings, as tests/test_identity.py makes them)."""
import copy

import pytest

from generator.build import slug_cache
from generator.build.slug_cache import assign_slugs_cached
from generator.cache import Cache
from generator.slugs import assign_slugs

from .test_identity import briefing


def archive():
    """Three stories whose slugs clash (the same date and headline) and one of their own."""
    out = [briefing(i, "2022-04-20", []) for i in ("a", "b", "c", "d")]
    for b in out[:3]:
        b.slug = "2022-04-20-talks-open"
    out[3].slug = "2022-04-21-vote"
    return out


PREVIOUS = {"b": "2022-04-20-talks-open", "c": "2022-04-20-talks-open-3"}  # the last build's


def slugs_of(briefings):
    return {b.id: b.slug for b in briefings}


def fresh(briefings, previous=PREVIOUS, reserved=frozenset()):
    assign_slugs(briefings, previous, reserved)
    return slugs_of(briefings)


def test_the_same_slugs_and_none_assigned_again_when_nothing_changed(tmp_path, monkeypatch):
    cache = Cache(tmp_path / ".cache")
    first = archive()
    assign_slugs_cached(first, PREVIOUS, set(), cache)
    assert slugs_of(first) == fresh(archive())
    assert slugs_of(first)["a"] == "2022-04-20-talks-open-2"  # b and c keep theirs

    def refuse(*args):
        raise AssertionError("slugs assigned again with nothing changed")

    monkeypatch.setattr(slug_cache, "assign_slugs", refuse)
    again = archive()
    assign_slugs_cached(again, PREVIOUS, set(), cache)
    assert slugs_of(again) == slugs_of(first)


def _base(bs, previous, reserved):
    bs[0].slug = "2022-04-20-talks-end"
    return previous, reserved


def _one_more(bs, previous, reserved):
    bs.insert(0, briefing("0", "2022-04-20", []))
    bs[0].slug = "2022-04-21-vote"
    return previous, reserved


def _one_less(bs, previous, reserved):
    del bs[1]
    return previous, reserved


def _previous(bs, previous, reserved):
    return {"b": "2022-04-20-talks-open-2"}, reserved


def _reserved(bs, previous, reserved):
    return previous, {"2022-04-21-vote"}


@pytest.mark.parametrize("change", [_base, _one_more, _one_less, _previous, _reserved])
def test_a_change_to_anything_it_reads_assigns_again(tmp_path, change):
    cache = Cache(tmp_path / ".cache")
    before = archive()
    assign_slugs_cached(before, PREVIOUS, set(), cache)
    changed = archive()
    previous, reserved = change(changed, PREVIOUS, set())
    expected = fresh(copy.deepcopy(changed), previous, reserved)
    assert expected != slugs_of(before)  # each change changes the slugs
    assign_slugs_cached(changed, previous, reserved, cache)
    assert slugs_of(changed) == expected


def test_without_a_cache_it_assigns_and_keeps_nothing(tmp_path):
    bs = archive()
    assign_slugs_cached(bs, PREVIOUS, set(), Cache(None))
    assert slugs_of(bs) == fresh(archive())
    assert not (tmp_path / ".cache").exists()
