"""How much of a story the site may publish: the story-text policy of `mkdocs.yml`.

Seeds are often copyrighted news. The facts quote the story (a quote, the what-clause, a
context line), and each fact keeps the sentence it came from; the whole text need not go out:

    extra:
      story_text: cited   # cited (the default) | full | none

* `cited`: the pages and the facts JSON carry the sentences the briefing cites (those its facts
  came from, with their offsets), never the rest of the story;
* `full`: the JSON carries the whole story text and every sentence, as before this setting;
* `none`: no source text at all: the JSON keeps each sentence's number and offsets, not its text,
  and the pages cite sentences by number.

The search index is built from the pages, so it follows the same policy. The policy is applied
when pages are written (never to the cached facts), so changing it re-extracts nothing, and the
pages it changes are what the site and page caches key on.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from pathlib import Path

from .facts import Briefing, Sentence
from .numbers_block import shown_numbers
from .project import mkdocs_settings

CITED, FULL, NONE = "cited", "full", "none"
POLICIES = (CITED, FULL, NONE)
DEFAULT = CITED
SETTING = "story_text"  # under `extra:` in mkdocs.yml (MkDocs' strict mode refuses unknown top-level keys)


class PolicyError(Exception):
    """A story-text policy that is not one of POLICIES; the message names the file."""


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


def sentences_of(fact: object, sentences: list[Sentence]) -> list[int]:
    """The numbers (indexes) of the sentences a fact's spans touch, in order; the fact's own
    `sentence` when it has no span."""
    found = {i for a, b in spans(fact) for i, s in enumerate(sentences) if s.start < b and a < s.end}
    own = getattr(fact, "sentence", -1)
    if not found and 0 <= own < len(sentences):
        found = {own}
    return sorted(found)


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
    return {i for fact in facts_of(b) for i in sentences_of(fact, b.sentences)}


def published(b: Briefing, policy: str) -> Briefing:
    """The briefing as the site publishes it (a copy): the story text the policy allows, and the
    policy itself in `source_text`, so a reader of the JSON knows an empty text is deliberate."""
    out = copy.copy(b)
    out.source_text = policy
    if policy == FULL:
        return out
    keep = cited_sentences(b) if policy == CITED else set()
    out.text = ""
    out.sentences = [Sentence(text=s.text if i in keep else "", start=s.start, end=s.end, paragraph=s.paragraph)
                     for i, s in enumerate(b.sentences)]
    return out


def story_key(b: Briefing) -> str:
    """What tells one story from another when the text may not have been published: the text, else
    the headline with every sentence and fact the JSON kept (the same story gives the same facts)."""
    if b.text:
        return " ".join(b.text.split()).casefold()
    texts: Iterable[str] = [b.title, *(s.text for s in b.sentences), *(getattr(f, "text", None) or getattr(f, "name", "")
                                                                       for f in facts_of(b))]
    return " ".join(" ".join(texts).split()).casefold()
