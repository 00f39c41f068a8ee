"""Property-based tests: any bytes into the seed reader, any text into the extractor."""
import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.quotes import ELLIPSIS
from generator.input.seeds import Seed, SeedError, parse_seed

TODAY = dt.date(2026, 1, 1)
NAMES = st.sampled_from(["story.txt", "story.md", "odd name é.txt", "x.MD"])

# Bytes that look like seeds often enough to reach past the first checks.
SEEDISH = st.builds(
    lambda head, body, tail: head + body.encode("utf-8", "surrogatepass") + tail,
    st.sampled_from([b"", b"date 2020-01-02 ", b" date 2020-02-30 ", b"---\ndate: 2020-01-02\n---\n",
                     b"---\n", b"\xef\xbb\xbfdate 1999-12-31\n\n", b"date 2999-01-01 "]),
    st.text(),
    st.binary(max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.binary(max_size=2000), SEEDISH), name=NAMES)
def test_the_seed_reader_gives_a_seed_or_a_seed_error(raw, name):
    try:
        seed = parse_seed(raw, Path(name), today=TODAY)
    except SeedError as exc:
        assert name in str(exc) and exc.problem
        return
    assert isinstance(seed, Seed)
    assert seed.paragraphs and all(p == p.strip() and "\n\n" not in p for p in seed.paragraphs)
    assert seed.date <= TODAY
    assert seed.id == Path(name).stem


WORDS = st.sampled_from(["Minister", "Jane", "Roe", "said", "the", "Labour", "party", "will", "vote", "on",
                         "Monday", "because", "taxes", "rose", "in", "London", "\"", "'", ",", ".", "?", "\n\n",
                         "Mr", "Smith", "told", "BBC", "2005", "£1bn", "—", "(", ")", "é", "Ñandú", "<b>", "{{"])
STORIES = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


def _span_ok(text: str, start: int, end: int) -> bool:
    return start == end == -1 or 0 <= start <= end <= len(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story=st.one_of(STORIES, st.text(min_size=1, max_size=300)))
def test_the_extractor_gives_a_well_formed_briefing(nlp, story):
    from generator.extract import facts_from_doc

    try:
        seed = parse_seed(f"date 2020-01-02 {story}".encode("utf-8", "surrogatepass"), Path("p.txt"), today=TODAY)
    except SeedError:
        return
    b = facts_from_doc(nlp(seed.text), seed)
    text = b.text
    assert text == seed.text and b.id == "p" and b.date == "2020-01-02" and b.title and b.slug
    for s in b.sentences:
        assert text[s.start:s.end] == s.text
    n = len(b.sentences)
    facts = [*b.why, *b.context, *([b.what] if b.what else [])]
    for f in facts:
        assert _span_ok(text, f.start, f.end) and -1 <= f.sentence < n
    for q in b.quotes:
        assert _span_ok(text, q.start, q.end) and -1 <= q.sentence < n
        # a quotation interrupted by its speech tag is its verbatim parts joined with an ellipsis
        assert q.text == ELLIPSIS.join(text[a:b] for a, b in q.parts) if q.parts else q.text in text
    for item in [*b.who, *b.where, *([b.when] if b.when else [])]:
        assert _span_ok(text, item.start, item.end) and -1 <= item.sentence < n
    assert type(b).from_json(b.to_json()) == b
