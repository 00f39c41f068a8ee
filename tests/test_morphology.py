"""The remembered attribute ruler and lemmatizer (generator/extract/morphology.py) give exactly the
library's annotations: each runs beside the model's own components on the same parsed text."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from .conftest import INVENTED, ROOT, SEED

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"

# every kind of pattern the model's ruler holds: a tag alone, a word with its tag, a word with its
# dependency, two-word patterns (gonna, gotta, let's, c'mon, y'all, ain't, "there is"), spaces
INVENTED_LINES = [
    "I'm gonna tell y'all: there is a plan, and there are two more. Let's go, c'mon.",
    "It ain't over and we gotta win. Nothin' is certain; he told you it and she gave it to me.",
    "But he did it, and she has done so. Whether or not they won, that was what he had.",
    "The  minister's   aides\n\nsaid the budget, which passed 52-48, was 'not enough'.",
    "Those who voted ain't sure. This is that. Which one? Whichever.",
]


def _stories() -> list[str]:
    texts = [SEED.read_text("utf-8"), INVENTED.read_text("utf-8"), *INVENTED_LINES]
    if CORPUS.is_dir():  # the internal corpus, read where it is, never copied
        texts += [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))[:40]]
    return texts


@pytest.fixture(scope="module")
def library():
    """The model's own attribute ruler and lemmatizer, untouched."""
    from generator.model import MODEL_NAME

    plain = spacy.load(MODEL_NAME, exclude=["tok2vec", "tagger", "parser", "ner"])
    return plain.get_pipe("attribute_ruler"), plain.get_pipe("lemmatizer")


def _parsed(nlp, text: str):
    """Our pipeline's Doc up to the parser: the input both rule components see."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = component(doc)
    raise AssertionError("no attribute_ruler in the pipeline")


def test_the_pipeline_uses_the_remembering_versions(nlp):
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))
    assert "lemmatize" in vars(nlp.get_pipe("lemmatizer"))


def _compare(nlp, library, texts: list[str]) -> int:
    """Ours and the library's on the same parsed texts: every match and annotation equal; the tokens compared."""
    ours_ruler, ours_lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    their_ruler, their_lemmatizer = library
    columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    tokens = 0
    for text in texts:
        doc = _parsed(nlp, text)
        theirs = doc.copy()
        assert ours_ruler.match(doc) == their_ruler.match(theirs)
        doc = ours_lemmatizer(ours_ruler(doc))
        theirs = their_lemmatizer(their_ruler(theirs))
        assert (doc.to_array(columns) == theirs.to_array(columns)).all(), text[:80]
        tokens += len(doc)
    return tokens


def test_same_matches_and_annotations_as_the_library(nlp, library):
    assert _compare(nlp, library, _stories() * 2) > 1000  # twice: the second time from memory


def test_a_full_memory_starts_again_with_the_same_answers(nlp, library, monkeypatch):
    from generator.extract import morphology

    monkeypatch.setattr(morphology, "_LIMIT", 3)
    assert _compare(nlp, library, [SEED.read_text("utf-8"), *INVENTED_LINES]) > 100


def test_a_pattern_it_cannot_key_leaves_the_library_matching(nlp):
    from spacy.pipeline import AttributeRuler

    from generator.extract.morphology import fast_match

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert fast_match(ruler) is None
