"""Normalise untrusted text before anything uses it: what a reader cannot see, or an XML feed cannot
carry, never reaches a page, a feed, a PDF or a log.

* `clean_body`: a story. Control characters (C0 but tab and newline, DEL, C1) become spaces;
  characters XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF) go; so do the invisible
  format characters (bidi embeddings, overrides and isolates, zero-width spaces, soft hyphens)
  except the joiners ZWJ and ZWNJ, which Persian, Indic scripts and emoji sequences need.
* `clean_label`: a title, tag or other one-line field: as above, every format character out
  (bidi marks and joiners too: a headline shows exactly the letters it has), whitespace runs to
  one space.
* `shown_name`: a file name (or any text) for a log line: printable, one line, escapes for the rest.
"""
from __future__ import annotations

import html
import re
import unicodedata

_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: part of how some scripts and emoji are spelt
# XML 1.0 Char excludes C0 but tab/LF/CR, the surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _format_chars(text: str, keep: str = "") -> str:
    """Drop Unicode format characters (category Cf) except those in `keep`."""
    if text.isascii():
        return text
    return "".join(c for c in text if c in keep or unicodedata.category(c) != "Cf")


# a character reference left in text pasted from a web page ("Bryn F&#244;n", "Caf&eacute;"): the letter it
# stands for; only letters, so that no reference turns into markup or a control character
_REFERENCE = re.compile(r"&(?:#(\d{2,7})|#[xX]([0-9a-fA-F]{2,6})|([a-zA-Z]{2,8}));")


def _letter(match: re.Match) -> str:
    number, hexa, named = match.groups()
    try:
        char = chr(int(number)) if number else chr(int(hexa, 16)) if hexa else html.unescape(match.group(0))
    except (ValueError, OverflowError):
        return match.group(0)
    return char if len(char) == 1 and unicodedata.category(char)[0] in "LM" else match.group(0)


def clean_body(text: str) -> str:
    """A story's text, newlines kept; see the module docstring. A character reference to a letter is
    the letter."""
    if "&" in text:
        text = _REFERENCE.sub(_letter, text)
    text = _CONTROL.sub(" ", text)
    text = _XML_ILLEGAL.sub("", text)
    return _format_chars(text, keep=_JOINERS)


def clean_label(text: str) -> str:
    """A one-line field (title, tag): no control, XML-illegal or format characters, single spaces."""
    text = _XML_ILLEGAL.sub("", _CONTROL.sub(" ", text))
    return " ".join(_format_chars(text).split())


def xml_safe(text: str) -> str:
    """Text an XML 1.0 document can hold (the feeds): illegal characters dropped, controls as spaces."""
    return _XML_ILLEGAL.sub("", re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text))


def shown_name(name: str) -> str:
    """A name fit for one log line: newlines, escape sequences, invisible and undecodable characters
    (a file name that was not UTF-8 arrives with surrogate escapes) written as Python escapes."""
    out = []
    for c in name:
        if c == "\\":
            out.append("\\\\")
        elif c.isprintable() and not ("\ud800" <= c <= "\udfff") and unicodedata.category(c) != "Cf":
            out.append(c)
        elif "\udc80" <= c <= "\udcff":  # os.fsdecode's escape of a byte that is not UTF-8
            out.append(f"\\x{ord(c) - 0xdc00:02x}")
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)
