"""The vocabulary every stage shares: plain dataclasses, JSON in and out.

The same JSON shape is what `extract --json` prints, what the cache stores and
what the site publishes next to each page. Offsets are character offsets into
the seed's body text (`Briefing.text`); `sentence` indexes `Briefing.sentences`.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 2  # 2: `numbers`
# A fact whose confidence is below this is shown as uncertain: a quote's speaker as a guess
# ("attribution uncertain: possibly X"), left out of the actor's quotes and of the handout.
FLAG_BELOW = 0.6
# A name the story writes this often is one it is about: Who shows it, whatever part each mention gives it
# (extract/actors.mark_parts; an editor's merge of two names counts both)
MENTIONS_THAT_TAKE_PART = 2


def _fields(value: Any) -> dict[str, Any]:
    """A fact as JSON sees it: its fields (`json.dumps`' default for what it cannot encode)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(f"{value.__class__.__name__} is not JSON serializable")


@dataclass
class Fact:
    """A piece of text taken from the story, with where it came from."""

    text: str
    sentence: int = -1
    start: int = -1
    end: int = -1
    confidence: float = 1.0
    cue: str | None = None  # why: the causal cue ("because", "amid"); when: None
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None


@dataclass
class When:
    text: str
    date: str | None  # ISO YYYY-MM-DD, resolved against the seed's date
    sentence: int = -1
    start: int = -1
    end: int = -1
    precision: str = "day"  # day / week (date: its Monday) / month / year: how much of `date` the text supports
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None


@dataclass
class Place:
    name: str
    mentions: int = 1
    sentence: int = -1
    start: int = -1
    end: int = -1
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None


@dataclass
class Actor:
    name: str  # canonical full name
    kind: str  # person / organisation / place / group
    role: str | None = None  # the main role, if the story gives one
    roles: list[str] = field(default_factory=list)
    mentions: int = 1
    aliases: list[str] = field(default_factory=list)
    salience: float = 0.0
    sentence: int = -1  # first mention
    start: int = -1
    end: int = -1
    slug: str = ""
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None
    # True: the story gives the actor a part (a speaker, named more than once, a clause's subject: extract/
    # actors.mark_parts), and pages show it as Who; False: named once and only otherwise, listed apart
    acts: bool = True


def who_order(who: list[Actor]) -> list[Actor]:
    """Who as every page lists it: the actors that take part, then those only named, each in the order given
    (by salience, the headline's subject first), so that the first names of the list are always actors."""
    return [a for a in who if a.acts] + [a for a in who if not a.acts]


@dataclass
class Quote:
    # the quoted words: a verbatim substring of the seed's body text [start, end), or, for a quotation
    # interrupted by its speech tag, the verbatim `parts` joined with " … " (the tag left out)
    text: str
    speaker: str | None  # canonical actor name (or a description, see `described`); None: unattributed
    role: str | None = None
    cue: str | None = None
    channel: str | None = None
    sentence: int = -1
    start: int = -1
    end: int = -1
    confidence: float = 1.0
    # True: `text` is the words between a pair of marks, and pages put the marks back.
    # False: a clause that carries its quoted words with their own marks ('called it "flawed"'),
    # or a quote in two parts around its speech tag; shown as it stands.
    enclosed: bool = True
    # True: `speaker` is the story's own description of someone it does not name ("a Democratic
    # staffer", "a spokesman for X"), as written, not an actor's name.
    described: bool = False
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None
    checked: bool = False  # an editor checked the attribution: no uncertainty flag
    # what the attribution rests on: keys of `extract.confidence.EVIDENCE` ("verb_subject", "name", ...)
    evidence: list[str] = field(default_factory=list)
    # character spans [start, end] of the parts of a quotation interrupted by its speech tag; empty otherwise
    parts: list[list[int]] = field(default_factory=list)


@dataclass
class Number:
    """A figure of the story (extract/numbers.py): "370 Lok Sabha seats", "fell 0.4 per cent"."""

    text: str  # the number as written, with its currency and unit: "$12.4 million", "2.5bn", "eight"
    value: float | list[float]  # the number; [low, high] for a range ("between 200 and 4 million")
    unit: str = ""  # normalised: "percentage", "dollar", "seat", "people", "mile" ...; "" for a bare number
    unit_text: str = ""  # the unit as written: "per cent", "$", "seats"
    change: str = "="  # up / down: the size of a change ("fell 0.4 per cent"); =: a level
    counts: str = ""  # what it counts: "Lok Sabha seats", "members of the panel"; a poll share: whose
    phrase: str = ""  # the story's words for the figure and what it counts: "eight-member panel"
    # money / votes / percentage / people / count / measure / time / age: what kind of figure it is
    kind: str = "count"
    poll: str | None = None  # "share": a poll's figure for `counts`; "margin": the poll's margin of error
    sentence: int = -1
    start: int = -1  # offsets of `text`
    end: int = -1
    # Set by an editor's correction (editorial/corrections.py), never by the extractor: `original` is what the
    # extractor had said, as a short note for the page (None: it had nothing there).
    corrected: bool = False
    original: str | None = None


@dataclass
class Related:
    """An earlier briefing that shares actors with this one."""

    id: str
    slug: str
    title: str
    date: str
    shared: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass
class Briefing:
    id: str  # the seed file's stem
    slug: str
    title: str
    title_generated: bool
    date: str  # ISO
    source_file: str
    text: str  # the story body, paragraphs joined by blank lines; offsets point here
    source: str | None = None  # URL of the original article, if the seed gives one
    author: str | None = None  # who wrote it, where the seed says (a saved web page's byline)
    tags: list[str] = field(default_factory=list)
    who: list[Actor] = field(default_factory=list)
    what: Fact | None = None
    why: list[Fact] = field(default_factory=list)
    when: When | None = None
    where: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    context: list[Fact] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Editors' corrections (editorial/corrections.py): the headline as extracted when one replaced it, and
    # notes of the facts a correction removed (a dropped quote or actor, a cleared fact).
    title_corrected: bool = False
    title_original: str | None = None
    removed: list[str] = field(default_factory=list)
    # How much of the story this JSON carries (policy.py): full (`text` and every sentence), cited
    # (only the sentences the facts came from; `text` empty) or none (no sentence text, offsets only).
    source_text: str = "full"
    # Quotes the story-text policy left out (policy.shown: under `none`, beyond half the sentences),
    # summarised by their count. In the JSON only when there are some.
    quotes_withheld: int = 0
    # The ids of the other reports of this story folded into this briefing, the newest first
    # (editorial/clusters.py): the same event filed twice, by another outlet, or updated.
    same_story: list[str] = field(default_factory=list)
    schema: int = SCHEMA_VERSION

    @property
    def actors(self) -> list[Actor]:
        """Who as the key facts, the handout and the links show it: the actors that take part (`Actor.acts`),
        in Who's order; the others are only named."""
        return [a for a in self.who if a.acts]

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        if not data["quotes_withheld"]:
            del data["quotes_withheld"]
        return data

    def to_json(self, **kwargs: Any) -> str:
        """`to_dict` as JSON, made without its deep copy: the encoder reads each fact's fields as it
        goes (a story of 27,000 quotes took seconds to copy first, every build). The same text."""
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("sort_keys", True)
        fields = dict(vars(self))
        if not fields["quotes_withheld"]:
            del fields["quotes_withheld"]
        return json.dumps(fields, default=_fields, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Briefing":
        data = dict(data)
        data["who"] = [Actor(**a) for a in data.get("who", [])]
        data["what"] = Fact(**data["what"]) if data.get("what") else None
        data["why"] = [Fact(**f) for f in data.get("why", [])]
        data["when"] = When(**data["when"]) if data.get("when") else None
        data["where"] = [Place(**p) for p in data.get("where", [])]
        data["quotes"] = [Quote(**q) for q in data.get("quotes", [])]
        data["context"] = [Fact(**f) for f in data.get("context", [])]
        data["numbers"] = [Number(**n) for n in data.get("numbers", [])]
        data["related"] = [Related(**r) for r in data.get("related", [])]
        data["sentences"] = [Sentence(**s) for s in data.get("sentences", [])]
        return cls(**data)

    @classmethod
    def from_json(cls, text: str) -> "Briefing":
        return cls.from_dict(json.loads(text))
