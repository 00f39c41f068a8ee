"""Load the spaCy model once and add the project's own components.

The rules that annotate a `Doc` for the others run as registered components inside `nlp.pipe`,
so they show in `nlp.pipe_names` and run once per document; the questions (who, what, when,
where, why, numbers, context) are plain functions of the processed `Doc`, in their own modules:

* `briefing_paragraphs` (before the parser): a blank line always starts a sentence, and a dateline
  that opens a paragraph is a sentence of its own;
* `briefing_lemmas` (after the lemmatizer): a verb's silent e the rule lemmatizer strips ("waging" is
  "wage", not "wag");
* `briefing_gazetteer` (an `EntityRuler` before `ner`): political bodies and
  offices the small model mislabels ("Lok Sabha" is not a PERSON);
* `briefing_boilerplate` (after the entities): bylines, captions, share prompts, handles and
  URLs marked as `doc.spans["boilerplate"]`, their entities dropped;
* `briefing_quotes` (last): quotations with their cue and speaker mention, on `doc._.quotes`.

The model's own attribute ruler and lemmatizer are kept, with their answers remembered
(`morphology.py`): the same annotations for about a fifth less of the pipeline's CPU.
"""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from .. import lexicon
from ..model import MODEL_NAME, model_id  # noqa: F401  model_id re-exported for callers
from .sentences import opening_dateline


@Language.component("briefing_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A token after a blank line starts a sentence, and so does the first word after a dateline that
    opens a paragraph ("WASHINGTON (AP) — Bernie Sanders has ..."): the model reads a dateline as the
    subject or the verb of the lede it is glued to, and every question asked of the lede's parse then
    gets it wrong (its What, its headline, its speaker). The parser keeps preset boundaries."""
    starts = [0] + [i + 1 for i, token in enumerate(doc[:-1]) if token.is_space and token.text.count("\n") >= 2]
    for i in starts[1:]:
        doc[i].is_sent_start = True
    text = doc.text
    for n, i in enumerate(starts):
        found = opening_dateline(text, doc[i].idx, first=n == 0)
        if found is None:
            continue
        after = next((t for t in doc[i:] if t.idx >= found.end()), None)
        rest = doc[after.i : starts[n + 1]] if after is not None and n + 1 < len(starts) else doc[after.i:] if after else None
        if rest is not None and sum(t.is_alpha for t in rest) >= 4 and not after.is_space:
            after.is_sent_start = True
            # (and none starts again before its first punctuation mark: the model, shown a sentence start
            # it did not expect, would otherwise split "Donald | Trump painted ...")
            for token in rest[1:]:
                if token.is_punct or token.is_space:
                    break
                token.is_sent_start = False
    return doc


def _gazetteer_patterns() -> list[dict]:
    # the id marks a name the gazetteer settled: evidence from the story does not relabel it
    return [{"id": "gazetteer", **pattern} for pattern in lexicon.load("gazetteer")]


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model with the project's components; loaded once per process."""
    from . import boilerplate, entities, lemmas, quotes  # noqa: F401  registers the components
    from ..lexicon.gazetteer import org_names, place_patterns
    from .morphology import speed_up
    from .tokenizer import GuardedTokenizer

    # Matrices multiplied through numpy's BLAS, not blis's generic kernel: the same annotations
    # (checked token by token on the 417-story corpus: tags, parses, entities, lemmas, sentence
    # starts) at about 1.1-1.3x the tokens a second. A layer keeps the ops it was built with.
    # One BLAS thread: the matrices are small, a second thread mostly spins (1.7x the CPU for
    # the same wall time), and a build already runs one process per core.
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(MODEL_NAME)
    speed_up(nlp)  # the attribute ruler and lemmatizer remember their answers (morphology.py)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)  # long punctuation runs: linear, not quadratic
    nlp.add_pipe("briefing_paragraphs", before="parser")
    nlp.add_pipe("briefing_lemmas", after="lemmatizer")
    ruler = nlp.add_pipe("entity_ruler", name="briefing_gazetteer", before="ner")
    ruler.add_patterns(_gazetteer_patterns())
    # organisations known by several names (data/org_aliases.txt): each name is the organisation's
    ruler.add_patterns([{"id": "gazetteer", "label": "ORG", "pattern": name} for name in org_names()])
    ruler.add_patterns(place_patterns())  # countries and regions: "Tamil Nadu" is not a PERSON
    nlp.add_pipe("briefing_entities", after="ner")
    nlp.add_pipe("briefing_boilerplate", after="briefing_entities")
    nlp.add_pipe("briefing_quotes", last=True)
    return nlp
