"""The model's attribute ruler and lemmatizer, the same annotations for less CPU.

In `en_core_web_sm` these two rule components cost about a quarter of the pipeline's time,
as much as the parser: the attribute ruler tries its 179 Matcher patterns at every token, and
the lemmatizer remembers only the words it had to inflect, so every noun and base-form verb is
worked out again. Both answers depend on little: a one-token pattern matches or not by the
token's own attributes (its lower form, tag, dependency...), and a lemma by the word, its part
of speech and its morphology. So each is remembered by those:

* `fast_match` stands in for `AttributeRuler.match`: one-token patterns are looked up by the
  attributes they read (the library's Matcher decides a combination the first time it is seen),
  patterns of several tokens run through a Matcher of their own, and the matches come back in
  the library's order, so its `set_annotations` applies them unchanged;
* `remember_lemmas` stands in for the rule lemmatizer's `lemmatize`, keeping every answer, not
  only the inflected ones, under the key the library uses for its own cache.

The library's components stay in the pipeline (names, order, serialisation unchanged); only
these two methods are replaced. A pattern this cannot key exactly (an operator, an attribute
not listed below) leaves the library's own matching in place. `tests/test_morphology.py`
compares every match and annotation with the library's on real stories.
"""
from __future__ import annotations

from typing import Callable

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

# what each memory holds at most, then starts again: an archive's vocabulary is open-ended, and
# 417 stories fill about 30,000 entries (some 30 MB for all the memories together)
_LIMIT = 50_000
# attributes a one-token pattern may read, all per token and available as a Doc array
_KEYABLE = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE",
            "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
            "LIKE_NUM"}
_ALIASES = {"TEXT": "ORTH"}


class _OneTokenMatches:
    """The one-token patterns' matches at a token, remembered by the attributes they read.

    Each group of patterns that read the same attributes has its own memory, keyed on just
    those (most read only the tag, so a new word costs a Matcher call only for the patterns
    that name words); a token's whole answer is then remembered by all the attributes read."""

    def __init__(self, ruler: AttributeRuler, keys: list[str]) -> None:
        self.strings = ruler.vocab.strings
        groups: dict[tuple[str, ...], list[str]] = {}
        for key in keys:
            read = sorted({_ALIASES.get(n.upper(), n.upper())
                           for pattern in ruler.matcher.get(key)[1] for n in pattern[0]})
            groups.setdefault(tuple(read), []).append(key)
        self.read = sorted({a for attrs in groups for a in attrs})
        self.ids = [IDS[a] for a in self.read]
        self.groups = []
        for attrs, group_keys in groups.items():
            matcher = Matcher(ruler.vocab, validate=False)
            for key in group_keys:
                matcher.add(key, ruler.matcher.get(key)[1])
            self.groups.append(([self.read.index(a) for a in attrs], matcher, {}))
        self.seen: dict[tuple, list[tuple[int, int]]] = {}

    def _decide(self, doc: Doc, i: int, row: list[int]) -> list[tuple[int, int]]:
        hits: list[tuple[int, int]] = []
        for columns, matcher, seen in self.groups:
            key = tuple(row[c] for c in columns)
            found = seen.get(key)
            if found is None:
                if len(seen) >= _LIMIT:
                    seen.clear()
                found = seen[key] = [
                    (int(self.strings[m_id]), m_id)
                    for m_id, _, _ in matcher(doc[i:i + 1], allow_missing=True, as_spans=False)
                ]
            hits.extend(found)
        return hits

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        found: list[tuple[int, int, int, int]] = []
        if not len(doc):
            return found
        seen = self.seen
        for i, row in enumerate(doc.to_array(self.ids).tolist()):
            key = tuple(row)
            hits = seen.get(key)
            if hits is None:
                if len(seen) >= _LIMIT:
                    seen.clear()
                hits = seen[key] = self._decide(doc, i, row)
            for attr_id, m_id in hits:
                found.append((attr_id, m_id, i, i + 1))
        return found


def _plan(ruler: AttributeRuler) -> tuple[list[str], list[str]] | None:
    """The ruler's pattern keys of one token and of several; None where a pattern cannot be
    keyed exactly."""
    one, many = [], []
    for i in range(len(ruler.attrs)):
        key = str(i)
        _, patterns = ruler.matcher.get(key)
        lengths = set()
        for pattern in patterns:
            for spec in pattern:
                if "OP" in spec:
                    return None
            lengths.add(len(pattern))
        if lengths == {1}:
            for pattern in patterns:
                for name in pattern[0]:
                    if name.upper() not in _KEYABLE:
                        return None
            one.append(key)
        else:
            many.append(key)
    return one, many


def fast_match(ruler: AttributeRuler) -> Callable[[Doc], list] | None:
    """A drop-in for `ruler.match`: the same list of (attr id, match id, start, end), sorted."""
    plan = _plan(ruler)
    if plan is None:
        return None
    one, many = plan
    one_token = _OneTokenMatches(ruler, one)
    longer = Matcher(ruler.vocab, validate=False)
    for key in many:
        longer.add(key, ruler.matcher.get(key)[1])
    strings = ruler.vocab.strings

    def match(doc: Doc) -> list:
        matches = one_token(doc)
        if many:
            matches.extend((int(strings[m_id]), m_id, s, e)
                           for m_id, s, e in longer(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches

    return match


def remember_lemmas(lemmatizer: Lemmatizer) -> Callable[[Token], list[str]]:
    """A drop-in for the rule lemmatizer's `lemmatize` that keeps every answer."""
    # the lemma index comes as lists of up to 57,000 words, searched word by word for every
    # inflected form the library has not met yet (a tenth of a millisecond each): as sets,
    # the same answers
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])
    rule_lemmatize = lemmatizer.rule_lemmatize
    cache: dict[tuple, list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = cache.get(key)
        if forms is None:
            if len(cache) >= _LIMIT:
                cache.clear()
            forms = cache[key] = rule_lemmatize(token)
        return forms

    return lemmatize


def speed_up(nlp: Language) -> None:
    """Swap in the remembering versions where the model has these components."""
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            match = fast_match(component)
            if match is not None:
                component.match = match
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = remember_lemmas(component)

