"""A guard around spaCy's tokenizer for long runs of punctuation.

spaCy's tokenizer splits prefixes and suffixes off a whitespace-delimited chunk one at a
time, copying the rest each time: a chunk of 20,000 quotation marks takes minutes
(10,000 take 27 s, 5,000 take 7 s). Such chunks are cut here, one token per character
(what the tokenizer makes of them anyway), and the rest of the text is tokenized as usual,
so ordinary stories come out exactly as before and the Doc's text is the seed's text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# a chunk of punctuation this long, with no space, is no word or emoticon of any language
LONG_RUN = re.compile(r"[^\w\s]{64,}")


class GuardedTokenizer:
    """Calls the model's tokenizer on the text between long punctuation runs."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in LONG_RUN.finditer(text):
            self._add(text[pos : m.start()], words, spaces)
            for ch in m.group():
                words.append(ch)
                spaces.append(False)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)
        return doc if doc.text == text else self.tokenizer(text)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if not piece:
            return
        if words and not spaces[-1] and piece[0] == " ":
            # the space after a run belongs to the run's last token, as the tokenizer would have it
            spaces[-1] = True
            piece = piece[1:]
            if not piece:
                return
        for tok in self.tokenizer(piece):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    def __getattr__(self, name: str):
        # rules, vocab, serialisation: the wrapped tokenizer's
        return getattr(self.tokenizer, name)
