"""A Markdown extension that hands each source `<details>` (provenance.py) to the HTML stash whole.

A briefing page holds a source after every fact: its sentence, escaped so that Markdown finds no
syntax in it. Python-Markdown would still run every inline pattern over each piece of it, and
parse the ones inside a quote's `<blockquote markdown>` with its HTML parser: about a seventh of
a cold site build. Stashing a source as raw HTML skips that work and yields the same bytes:

* the pattern takes only what Markdown would leave as it is: the tags of provenance.py and text
  with no character that starts inline syntax (seed text reaches it as numeric entities,
  `render.md_escape`'s escaping); anything else stays for Markdown to read as before;
* a source at the start of a line stands as its own block inside a quote, where Markdown's
  `md_in_html` writes a newline after the opening tag: so does this.

The site build adds it to the configuration's extensions (`site.mkdocs_build`).
"""
from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from .provenance import GAP, OPEN, TEXT_OPEN

_TEXT = r"(?:[^<>&\\`*_\[\]\n]|&#\d+;)"  # inert text: no inline syntax can start in it
SOURCE = re.compile(
    "(?P<start>^)?" + re.escape(OPEN) + "(?P<rest><summary>Source: [^<>\n]*</summary>" + re.escape(TEXT_OPEN)
    + "(?:" + _TEXT + "|<mark>|</mark>|" + re.escape(GAP) + ")*</span></details>)", re.M)


class _StashSources(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        return SOURCE.sub(self._stash, text).split("\n")

    def _stash(self, m: re.Match) -> str:
        return self.md.htmlStash.store(OPEN + ("\n" if m.group("start") is not None else "") + m.group("rest"))


class ProvenanceStash(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  Markdown's name
        # before the raw-HTML block preprocessor (priority 20), after whitespace normalising (30)
        md.preprocessors.register(_StashSources(md), "briefing-provenance-stash", 25)


def makeExtension(**kwargs: object) -> ProvenanceStash:  # noqa: N802  Markdown loads an extension by module name
    return ProvenanceStash(**kwargs)
