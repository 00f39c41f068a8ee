"""Seeds read with the parse cache (`build/seed_cache.py`): the same seeds and the same unread
files as `read_seed_folder`, an unchanged seed not parsed again, and every change parsed again."""
import datetime as dt
import os

import pytest

from generator.build import seed_cache
from generator.build.seed_cache import read_seed_folder_cached
from generator.cache import Cache
from generator.input.seeds import read_seed_folder

from .conftest import make_seed

PLAIN = "date 2021-03-01 Roe opens talks\n\nMinister Jane Roe opened talks in Leeds on Monday."
MARKDOWN = ("---\ndate: 2021-03-02\ntitle: Smith answers\ntags: [budget, Leeds]\nsource: https://example.org/a\n---\n"
            "Opposition leader John Smith answered the minister in London.\n\nHe said little more.")


@pytest.fixture()
def folder(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "2021").mkdir(parents=True)
    make_seed(seeds, "plain.txt", PLAIN)
    make_seed(seeds / "2021", "front.md", MARKDOWN)
    make_seed(seeds, "nodate.txt", "Minister Jane Roe opened talks.")
    make_seed(seeds, "twice.txt", PLAIN)
    make_seed(seeds, "twice.md", MARKDOWN)  # the same id as twice.txt
    make_seed(seeds, "future.txt", PLAIN.replace("2021-03-01", "2999-01-01"))
    (seeds / "binary.txt").write_bytes(b"date 2021-03-01\x00\x01")
    return seeds


def _as_read(f):
    return ([(sf.seed, sf.raw) for sf in f.seeds], [(u.path, u.name, u.problem) for u in f.unread])


def test_the_same_seeds_and_unread_files_as_read_seed_folder_first_and_from_the_cache(folder, tmp_path, monkeypatch):
    cache = Cache(tmp_path / ".cache")
    plain = _as_read(read_seed_folder([folder]))
    assert len(plain[0]) == 3 and len(plain[1]) == 4  # the rules this reader must keep, each met
    assert _as_read(read_seed_folder_cached([folder], cache)) == plain
    assert len(list((tmp_path / ".cache" / seed_cache.KIND).rglob("*"))) >= 3
    parsed = []
    real = seed_cache.parse_seed
    monkeypatch.setattr(seed_cache, "parse_seed", lambda raw, path, today=None: (parsed.append(path.name),
                                                                                  real(raw, path, today=today))[1])
    assert _as_read(read_seed_folder_cached([folder], cache)) == plain
    # only the files that failed are parsed again: every seed that parsed came from the cache
    assert sorted(parsed) == ["binary.txt", "future.txt", "nodate.txt"]


def test_an_edit_of_the_same_size_and_mtime_is_parsed_again(folder, tmp_path):
    cache = Cache(tmp_path / ".cache")
    read_seed_folder_cached([folder], cache)
    path = folder / "plain.txt"
    st = path.stat()
    path.write_text(PLAIN.replace("Leeds", "Derby"), "utf-8")  # as long as before
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    seeds = {sf.seed.id: sf.seed for sf in read_seed_folder_cached([folder], cache).seeds}
    assert "Derby" in seeds["plain"].text and "Leeds" not in seeds["plain"].text
    assert _as_read(read_seed_folder_cached([folder], cache)) == _as_read(read_seed_folder([folder]))


def test_a_moved_seed_and_a_change_of_the_parsing_code_parse_again(folder, tmp_path, monkeypatch):
    cache = Cache(tmp_path / ".cache")
    read_seed_folder_cached([folder], cache)
    (folder / "plain.txt").rename(folder / "2021" / "plain.txt")  # same bytes, another path
    moved = read_seed_folder_cached([folder], cache)
    assert [sf.seed.path for sf in moved.seeds if sf.seed.id == "plain"] == [folder / "2021" / "plain.txt"]
    parsed = []
    real = seed_cache.parse_seed
    monkeypatch.setattr(seed_cache, "parse_seed", lambda raw, path, today=None: (parsed.append(path.name),
                                                                                  real(raw, path, today=today))[1])
    monkeypatch.setattr(seed_cache, "parse_version", lambda: "another parser")
    assert _as_read(read_seed_folder_cached([folder], cache)) == _as_read(read_seed_folder([folder]))
    assert {"plain.txt", "front.md", "twice.txt"} <= set(parsed)


def test_a_cached_seed_is_used_only_while_its_date_is_not_after_today(folder, tmp_path):
    cache = Cache(tmp_path / ".cache")
    read_seed_folder_cached([folder], cache, today=dt.date(2026, 1, 1))
    # the clock set back before the story's date: the seed is in the future again, as a fresh read says
    early = dt.date(2021, 3, 1)
    assert _as_read(read_seed_folder_cached([folder], cache, today=early)) == _as_read(read_seed_folder([folder], early))
    assert "front" not in {sf.seed.id for sf in read_seed_folder_cached([folder], cache, today=early).seeds}


def test_no_cache_keeps_nothing_and_a_damaged_entry_is_parsed_again(folder, tmp_path):
    read_seed_folder_cached([folder], Cache(None))
    assert not (tmp_path / ".cache").exists()
    cache = Cache(tmp_path / ".cache")
    read_seed_folder_cached([folder], cache)
    entries = sorted(p for p in (tmp_path / ".cache" / seed_cache.KIND).rglob("*") if p.is_file())
    assert len(entries) == 4  # the files that parsed (twice.md too, then refused for its id)
    entries[0].write_text(entries[0].read_text("utf-8").replace('"paragraphs": [', '"paragraphs": 7, "x": ['), "utf-8")
    entries[1].write_bytes(b"\xff not json")
    entries[2].write_text("[]", "utf-8")
    assert _as_read(read_seed_folder_cached([folder], cache)) == _as_read(read_seed_folder([folder]))
    assert _as_read(read_seed_folder_cached([folder], cache)) == _as_read(read_seed_folder([folder]))
