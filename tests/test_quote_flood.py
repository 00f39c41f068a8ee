"""A story of thousands of short quotes costs in proportion to its length, and a seed that ran over
its bound is remembered by its content, not tried again at that cost every build (issue 35, item 3).

Operation counts, never timings: the lookups that made a megabyte of quotes cost minutes (a scan of
every sentence, quotation or mention for each fact) are bisections now, checked here against the
plain definition and by how many items they touch. The figures are `bench/quote_flood.py`'s."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from generator.build import extract_pool
from generator.build.steps import REMEMBERED, build
from generator.extract.actors import ActorIndex
from generator.extract.quote_marks import quoted_spans
from generator.extract.sentences import inside
from generator.facts import Actor, Briefing, Quote, Sentence
from generator.publish.policy import SentenceIndex, cited_sentences, published, spans
from generator.publish.provenance import Provenance

from .conftest import ROOT, make_seed

QUIET = {"progress": lambda m: None}
_spec = importlib.util.spec_from_file_location("quote_flood", ROOT / "bench" / "quote_flood.py")


def quote_flood(limit: int) -> str:
    """The bench's invented story of short quotes, `limit` bytes long."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        module = importlib.util.module_from_spec(_spec)
        _spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return module.quote_flood(limit)


class Counted(list):
    """A list that counts the items read from it."""

    reads = 0

    def __getitem__(self, i):
        item = super().__getitem__(i)
        self.reads += len(item) if isinstance(i, slice) else 1
        return item

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


def flood_briefing(n: int) -> Briefing:
    """n sentences, each one short quote, as a story of short quotes extracts."""
    sentences, quotes, at = [], [], 0
    for i in range(n):
        text = f'Ada Vale said: "We will win {i}."'
        sentences.append(Sentence(text=text, start=at, end=at + len(text), paragraph=i // 4))
        q = text.index('"') + 1
        quotes.append(Quote(text=f"We will win {i}.", speaker="Ada Vale", sentence=i, start=at + q,
                            end=at + len(text) - 1))
        at += len(text) + 1
    return Briefing(id="flood", slug="2023-05-02-flood", title="Quotes", title_generated=False, date="2023-05-02",
                    source_file="flood.txt", text=" ".join(s.text for s in sentences), sentences=sentences,
                    quotes=quotes, who=[Actor(name="Ada Vale", kind="person", start=0, end=8, sentence=0)])


def test_the_sentences_of_a_fact_are_found_as_a_scan_finds_them():
    rng = random.Random(35)
    sentences, at = [], 0
    for i in range(300):
        length = rng.randint(1, 40)
        sentences.append(Sentence(text="x" * length, start=at, end=at + length, paragraph=0))
        at += length + rng.randint(0, 3)  # gaps, as between paragraphs
    index = SentenceIndex(sentences)
    for _ in range(2_000):
        a = rng.randint(-5, at + 5)
        parts = [[a, a + rng.randint(1, 90)] for _ in range(rng.choice((0, 1, 2)))]
        fact = Quote(text="x", speaker=None, start=a, end=a + rng.randint(0, 90), sentence=rng.randint(-1, 310),
                     parts=parts)
        scan = sorted({i for p, q in spans(fact) for i, s in enumerate(sentences) if s.start < q and p < s.end})
        if not scan and 0 <= fact.sentence < len(sentences):
            scan = [fact.sentence]
        assert index.of(fact) == scan


def test_citing_and_publishing_touch_each_sentence_a_few_times_not_once_per_fact():
    n = 3_000
    b = flood_briefing(n)
    b.sentences = Counted(b.sentences)
    assert cited_sentences(b) == set(range(n))
    out = published(b, "cited")
    # every sentence is cited, so half go out whole and the rest as their quoted words alone
    whole = [i for i, s in enumerate(out.sentences) if s.text == b.sentences[i].text]
    assert len(whole) == n // 2
    assert all(s.text and s.text in b.sentences[i].text for i, s in enumerate(out.sentences) if i not in whole)
    provenance = Provenance(b, "cited")
    assert all(provenance(q) for q in b.quotes[:: n // 30])
    # a scan for each fact read n * n = 9,000,000 sentences
    assert b.sentences.reads < 20 * n


def test_a_name_is_inside_a_quotation_as_a_scan_finds_it():
    rng = random.Random(7)
    text = quote_flood(20_000)
    regions = [(q.start, q.end) for q in quoted_spans(text)]
    assert len(regions) > 400
    for _ in range(3_000):
        start = rng.randint(0, len(text))
        end = start + rng.randint(0, 30)
        assert inside(regions, start, end) == any(s <= start and end <= e for s, e in regions)


def test_the_actor_at_a_place_is_found_as_a_scan_finds_it():
    rng = random.Random(11)
    people = [Actor(name=f"P{i}", kind=rng.choice(("person", "organisation"))) for i in range(20)]
    mentions, at = [], 0
    for _ in range(2_000):
        at += rng.randint(0, 15)
        mentions.append((at, at + rng.randint(1, 25), rng.choice(people)))
    mentions.sort(key=lambda m: m[0])
    guessed = {(s, e): "role" for s, e, _ in rng.sample(mentions, 100)}
    index = ActorIndex(actors=people, mentions=mentions, guessed=guessed)
    for _ in range(3_000):
        start = rng.randint(0, at + 30)
        end = start + rng.randint(0, 20)
        for guesses in (True, False):
            scan = next((a for s, e, a in mentions if s < end and start < e and (guesses or (s, e) not in guessed)), None)
            assert index.at(start, end, guesses) is scan
        best = None
        for s, _e, a in mentions:
            if s < start and a.kind == "person":
                best = a
        assert index.last_person_before(start) is best


def test_a_seed_over_its_bound_is_remembered_until_it_changes(project, monkeypatch):
    make_seed(project.seeds, "good.txt", "date 2023-05-01 Minister Ada Vale opened a bridge in Portmere on Monday.")
    flood = make_seed(project.seeds, "flood.txt", quote_flood(300_000))  # tens of seconds of spaCy
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 2)
    first = build(project, **QUIET)
    [failure] = first.failures
    assert failure.file == "flood.txt" and failure.reason == "facts could not be extracted: took longer than 2 s"
    assert [b.id for b in first.built] == ["good"]
    monkeypatch.undo()  # the bound as it was: the seed would now take its tens of seconds again
    again = build(project, **QUIET)
    assert again.stats["facts_extracted"] == 0 and again.stats["facts_cached"] == 1
    assert [f.reason for f in again.failures] == [failure.reason + REMEMBERED]
    # changed, it is tried again (here, under the small bound once more)
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 2)
    flood.write_text(flood.read_text("utf-8") + "\n\nTom Reyes said: \"One more.\"\n", "utf-8")
    changed = build(project, **QUIET)
    assert changed.stats["facts_extracted"] == 1 and [f.reason for f in changed.failures] == [failure.reason]
    # and --no-cache tries it whatever is remembered
    assert build(project, use_cache=False, **QUIET).stats["facts_extracted"] == 2
