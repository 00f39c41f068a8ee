"""How much of a story the site may publish: the story-text policy of `mkdocs.yml`.

Seeds are often copyrighted news. The facts quote the story (a quote, the what-clause, a
context line), and each fact keeps the sentence it came from; the whole text need not go out:

    extra:
      story_text: cited   # cited (the default) | full | none

* `cited`: the pages and the facts JSON carry the sentences the briefing cites (those its facts
  came from, with their offsets), never the rest of the story, and never more than half of its
  sentences whole: beyond that (a short story whose every sentence holds a fact), a cited sentence
  is published as the words its facts took from it alone (`cited_plan`);
* `full`: the JSON carries the whole story text and every sentence, as before this setting;
* `none`: no source text at all: the JSON keeps each sentence's number and offsets, not its text,
  and the pages cite sentences by number. The facts themselves are cut to what a briefing needs
  (`shown`): no fact shows more than RUN_MAX_WORDS words of the story in a row, but for a quote's
  own words, and a story's quotes beyond half its sentences are summarised by their count, so
  that neither a run-on sentence nor a story made of quotes goes out whole.

Under every policy, what an editor removed or replaced (a dropped quote, the What the extractor
had) is not published (`shown`), and no path of this machine is.

The search index is built from the pages, so it follows the same policy. The policy is applied
when pages and handouts are made (never to the cached facts), so changing it re-extracts nothing,
and the pages it changes are what the site and page caches key on.
"""
from __future__ import annotations

import bisect
import copy
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..editorial.corrections import public_note
from ..errors import PolicyError
from ..facts import FLAG_BELOW, Briefing, Quote, Sentence
from ..project import mkdocs_settings
from .numbers_block import shown_numbers
from .typography import speech_parts

CITED, FULL, NONE = "cited", "full", "none"
POLICIES = (CITED, FULL, NONE)
DEFAULT = CITED
SETTING = "story_text"  # under `extra:` in mkdocs.yml (MkDocs' strict mode refuses unknown top-level keys)
RUN_MAX_WORDS = 25  # under `none`: the most words of the story a fact shows in a row, but for a quote's own
QUOTES_PER_SENTENCE = 0.5  # under `none`: quotes shown at most, for each sentence of the story
CUT = "…"
# an absolute path of this machine inside a message: "/home/ed/site/seeds/x.yml" -> "x.yml"
_MACHINE_PATH = re.compile(r"(?<![\w.~:/-])/(?:[^/\s'\"]+/)+")


def story_text_policy(config_file: Path) -> str:
    """`extra.story_text` of mkdocs.yml (DEFAULT when it is not set); tags such as !ENV are ignored."""
    extra = mkdocs_settings(config_file).get("extra")
    value = extra.get(SETTING) if isinstance(extra, dict) else None
    if value is None:
        return DEFAULT
    if not isinstance(value, str) or value.strip().lower() not in POLICIES:
        raise PolicyError(f"{config_file}: extra.{SETTING} is {value!r}; it must be one of {', '.join(POLICIES)}")
    return value.strip().lower()


def spans(fact: object) -> list[tuple[int, int]]:
    """The character spans of the story a fact was taken from: a quotation interrupted by its speech
    tag has one per part; a fact an editor added has none."""
    parts = getattr(fact, "parts", None) or []
    found = [(int(a), int(b)) for a, b in parts if 0 <= a < b] if parts else []
    start, end = getattr(fact, "start", -1), getattr(fact, "end", -1)
    if not found and 0 <= start < end:
        found = [(start, end)]
    return found


class SentenceIndex:
    """A briefing's sentences, found by character offset in log time: a story of 27,000 short quotes
    has as many sentences, and a scan of them all for each fact cost minutes."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.ends = [s.end for s in sentences]  # in story order, so ascending

    def touching(self, a: int, b: int) -> Iterator[int]:
        """The numbers of the sentences the span [a, b) touches, in order."""
        i = bisect.bisect_right(self.ends, a)  # the first sentence that ends after the span starts
        while i < len(self.sentences) and self.sentences[i].start < b:
            if a < self.sentences[i].end:
                yield i
            i += 1

    def of(self, fact: object) -> list[int]:
        """The numbers (indexes) of the sentences a fact's spans touch, in order; the fact's own
        `sentence` when it has no span."""
        found = {i for a, b in spans(fact) for i in self.touching(a, b)}
        own = getattr(fact, "sentence", -1)
        if not found and 0 <= own < len(self.sentences):
            found = {own}
        return sorted(found)


def sentences_of(fact: object, sentences: list[Sentence]) -> list[int]:
    """The numbers (indexes) of the sentences a fact's spans touch, in order; the fact's own
    `sentence` when it has no span. (For many facts of one briefing, a `SentenceIndex`.)"""
    return SentenceIndex(sentences).of(fact)


def facts_of(b: Briefing) -> Iterator[object]:
    """Every fact of a briefing that came from its story."""
    yield from b.who
    if b.what:
        yield b.what
    yield from b.why
    if b.when:
        yield b.when
    yield from b.where
    yield from b.quotes
    yield from b.context
    yield from shown_numbers(b)  # the figures its page shows; the JSON keeps the others' offsets only


def cited_sentences(b: Briefing) -> set[int]:
    """The sentences the briefing cites: those its facts came from."""
    index = SentenceIndex(b.sentences)
    return {i for fact in facts_of(b) for i in index.of(fact)}


CITED_WHOLE_SHARE = 0.5  # under `cited`: the most of a story's sentences published whole


def _by_weight(b: Briefing) -> Iterator[object]:
    """The facts of a briefing, those a reader needs the source of most first: what happened and why,
    then the context lines (a whole sentence each: without its sentence a line is not shown), then
    what was said (a quote's own words are shown whatever its sentence), then the rest."""
    if b.what:
        yield b.what
    yield from b.why
    if b.when:
        yield b.when
    yield from b.context
    yield from b.quotes
    yield from shown_numbers(b)
    yield from b.who
    yield from b.where


def cited_plan(b: Briefing) -> tuple[set[int], dict[int, list[tuple[int, int]]]]:
    """Under `cited`: (the sentences published whole, {sentence: the spans of story words cited in it}
    for the cited sentences beyond CITED_WHOLE_SHARE of the story, which are published as those words
    alone). A short story whose every sentence holds a fact is otherwise published whole."""
    index = SentenceIndex(b.sentences)
    cuts: dict[int, list[tuple[int, int]]] = defaultdict(list)  # sentence -> the fact spans in it
    of: dict[int, list[int]] = {}  # id(fact) -> its sentences, one pass over the facts
    for fact in facts_of(b):
        found: set[int] = set()
        for a, z in spans(fact):
            for i in index.touching(a, z):
                found.add(i)
                s = b.sentences[i]
                cuts[i].append((max(a, s.start), min(z, s.end)))
        own = getattr(fact, "sentence", -1)
        if not found and 0 <= own < len(b.sentences):
            found = {own}
        of[id(fact)] = sorted(found)
    cited = {i for found in of.values() for i in found}
    limit = int(len(b.sentences) * CITED_WHOLE_SHARE)
    if len(cited) <= limit:
        return cited, {}
    whole: dict[int, None] = {}  # in the order chosen
    for fact in _by_weight(b):
        for i in of.get(id(fact), []):
            if len(whole) < limit:
                whole.setdefault(i)
    return set(whole), {i: _merged(cuts[i]) for i in sorted(cited - set(whole))}


def _merged(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, z in sorted(c for c in cuts if c[0] < c[1]):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], z)
        else:
            out.append([a, z])
    return [(a, z) for a, z in out]


def words_only(s: Sentence, cuts: list[tuple[int, int]], gap: str = " " + CUT + " ") -> str:
    """A sentence as the story words cited in it (`cuts`, story offsets), nothing between them."""
    return gap.join(" ".join(s.text[a - s.start:z - s.start].split()) for a, z in cuts).strip()


def published(b: Briefing, policy: str) -> Briefing:
    """The briefing as the site publishes it (a copy): the story text the policy allows, and the
    policy itself in `source_text`, so a reader of the JSON knows an empty text is deliberate.
    `b` is as `shown` left it."""
    out = copy.copy(b)
    out.source_text = policy
    if policy == FULL:
        return out
    keep, words = cited_plan(b) if policy == CITED else (set(), {})
    out.text = ""
    out.sentences = [Sentence(text=s.text if i in keep else words_only(s, words[i]) if i in words else "",
                              start=s.start, end=s.end, paragraph=s.paragraph)
                     for i, s in enumerate(b.sentences)]
    return out


def shown(b: Briefing, policy: str,
          context_kept: Callable[[Briefing], list[int] | None] | None = None) -> Briefing:
    """What every published form of a briefing (its page, JSON, handout, feeds, the actor pages) may
    show of it: `b` itself when nothing is to go, else a copy without it.

    * under every policy: an editor's removals and replacements without the text removed or
      replaced (`original` is "" where it said what the extractor had; `removed` says what kind of
      fact went, not its words), and messages without this machine's paths;
    * under `cited`: the context lines whose sentences lie beyond the half of the story published
      whole (`cited_plan`): a context line is a whole sentence of the story, so it cannot be cut to
      the words a fact took from it;
    * under `none`: each fact cut to RUN_MAX_WORDS words of the story in a row (a quote's own words
      are whole), and the quotes beyond QUOTES_PER_SENTENCE of the story's sentences left out,
      counted in `quotes_withheld`: those with a sure, named speaker are kept first.

    `context_kept`: `context_within_half`, or what gives its answer without asking it (the build keeps
    it by what it reads: `build/briefing_digests.py`).
    """
    if policy == CITED:
        keep = (context_kept or context_within_half)(b)
        if keep is not None:
            b = copy.copy(b)
            b.context = [b.context[i] for i in keep]
    facts = [*facts_of(b), *b.numbers]  # every figure: the JSON carries those the page does not show
    corrected = b.title_corrected or b.removed or any(getattr(f, "corrected", False) for f in facts)
    paths = any("/" in w for w in b.warnings)
    if policy != NONE and not corrected and not paths:
        return b
    out = _own_facts(b) if corrected or policy == NONE else copy.copy(b)
    out.warnings = [_MACHINE_PATH.sub("", w) for w in b.warnings]
    if corrected:
        out.removed = [public_note(note) for note in b.removed]
        if out.title_original is not None:
            out.title_original = ""
        for f in [*facts_of(out), *out.numbers]:
            if getattr(f, "original", None) is not None:
                f.original = ""
    if policy == NONE:
        _cut_to_runs(out)
        limit = int(len(out.sentences) * QUOTES_PER_SENTENCE)
        if len(out.quotes) > limit:
            order = sorted(range(len(out.quotes)), key=lambda i: (not _sure(out.quotes[i]), i))
            keep = sorted(order[:limit])
            out.quotes_withheld += len(out.quotes) - len(keep)
            out.quotes = [out.quotes[i] for i in keep]
    return out


def context_within_half(b: Briefing) -> list[int] | None:
    """Under `cited`: the numbers (indexes) of the context lines that `cited_plan` publishes whole, or
    None for all of them. It reads the briefing's facts and sentences, nothing else."""
    whole, words = cited_plan(b)
    if not words:
        return None
    index = SentenceIndex(b.sentences)
    keep = [i for i, f in enumerate(b.context) if not index.of(f) or set(index.of(f)) <= whole]
    return None if len(keep) == len(b.context) else keep


def _own_facts(b: Briefing) -> Briefing:
    """A copy of `b` whose facts are copies too (their fields are set, never changed in place)."""
    out = copy.copy(b)
    out.who = [copy.copy(a) for a in b.who]
    out.what = copy.copy(b.what)
    out.why = [copy.copy(f) for f in b.why]
    out.when = copy.copy(b.when)
    out.where = [copy.copy(p) for p in b.where]
    out.quotes = [copy.copy(q) for q in b.quotes]
    out.context = [copy.copy(f) for f in b.context]
    out.numbers = [copy.copy(n) for n in b.numbers]
    return out


def _sure(q: Quote) -> bool:
    return bool(q.speaker) and q.confidence >= FLAG_BELOW


def _cut_to_runs(b: Briefing) -> None:
    """Under `none`: the text of each fact taken from the story cut to RUN_MAX_WORDS words in a row."""
    for f in [b.what, *b.why, b.when, *b.context]:
        if f is not None and spans(f):
            f.text = _cut(f.text)
    for a in b.who:
        a.role = _cut(a.role) if a.role else a.role
        a.roles = [_cut(r) for r in a.roles]
    for q in b.quotes:
        q.role = _cut(q.role) if q.role else q.role
        if not q.enclosed:  # a clause that carries quoted words: the story's own words around them
            q.text = _cut_unquoted(q.text)


def _cut(text: str) -> str:
    words = text.split()
    return text if len(words) <= RUN_MAX_WORDS else " ".join(words[:RUN_MAX_WORDS]) + " " + CUT


def _cut_unquoted(text: str) -> str:
    out, at = [], 0
    for quoted, part in speech_parts(text):  # one character for one: slices of `text` itself
        piece = text[at:at + len(part)]
        at += len(part)
        if not quoted and len(piece.split()) > RUN_MAX_WORDS:
            lead, trail = piece[:len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()):]
            piece = lead + _cut(piece.strip()) + trail
        out.append(piece)
    return "".join(out)


def story_key(b: Briefing) -> str:
    """What tells one story from another when the text may not have been published: the text, else
    the headline with every sentence and fact the JSON kept (the same story gives the same facts)."""
    if b.text:
        return " ".join(b.text.split()).casefold()
    texts: Iterable[str] = [b.title, *(s.text for s in b.sentences), *(getattr(f, "text", None) or getattr(f, "name", "")
                                                                       for f in facts_of(b))]
    return " ".join(" ".join(texts).split()).casefold()
