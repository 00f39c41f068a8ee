"""`corrections init SEED`: a commented corrections file listing the seed's facts, ready to edit.

Every line is a comment, so the file as written changes nothing; an editor uncomments the keys
they need. Quotes and actors are named by their number in the list as extracted (`n`) and by
their text (a quote's first words, an actor's name as extracted): a correction needs one of the
two, and with both, a build that finds them disagreeing (the extractor changed, the numbers
shifted) says so and applies nothing to the wrong one.
"""
from __future__ import annotations

import json

from ..facts import Briefing

QUOTE_WORDS = 8  # enough of a quote's first words to tell it from the others


def _y(text: str | None) -> str:
    """A YAML scalar: JSON's double-quoted string is valid YAML, and safe for any text."""
    return "null" if text is None else json.dumps(" ".join(text.split()), ensure_ascii=False)


def first_words(text: str, n: int = QUOTE_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n])


def template(b: Briefing) -> str:
    """The corrections file for a briefing as extracted."""
    out = [
        f"# Corrections to the briefing of {b.source_file}, kept through every rebuild.",
        "# Every line is a comment, so this file changes nothing yet: uncomment (remove one '# ') the",
        "# lines you need, an entry's first lines (its n and its words) and the keys under it you want,",
        "# and edit the values.",
        "# Quotes and actors are named by their number (n) and their words; with both, a build that",
        "# finds them disagreeing stops with an error rather than correct the wrong one. Check the file",
        "# with 'python -m generator corrections check'. See README, 'Correcting a briefing'.",
        "",
        f"# headline: {_y(b.title)}" + ("   # generated from the story" if b.title_generated else ""),
        f"# what: {_y(b.what.text if b.what else None)}",
    ]
    if b.when:
        out.append(f"# when: {{text: {_y(b.when.text)}, date: {b.when.date or 'null'}}}")
    else:
        out.append("# when: null")
    out.append(f"# where: [{', '.join(_y(p.name) for p in b.where)}]")
    if b.why:
        out.append(f"# why: {{cue: {_y(b.why[0].cue)}, text: {_y(b.why[0].text)}}}")
    else:
        out.append("# why: null")
    out += ["", "# Quotes: set or clear (null) the speaker and role, drop one, or mark it checked.",
            "# quotes:"]
    for i, q in enumerate(b.quotes, 1):
        said = "unattributed" if not q.speaker else q.speaker + (", unnamed" if q.described else "")
        out += [f"#   # {i}. {said}, confidence {q.confidence:.2f}",
                f"#   - n: {i}",
                f"#     quote: {_y(first_words(q.text))}",
                f"#     # speaker: {_y(q.speaker)}",
                f"#     # role: {_y(q.role)}",
                "#     # checked: true",
                "#     # drop: true"]
    if not b.quotes:
        out.append("#   (the extractor found no quotes)")
    out += ["", "# Actors: rename one, merge it into another, drop a non-actor, set a role (null: none) or a",
            "# kind (person, organisation, place, group), or add one.", "# actors:"]
    for i, a in enumerate(b.who, 1):
        out += [f"#   # {i}. {a.name}, {a.kind}, {a.mentions} mention{'s' if a.mentions != 1 else ''}"
                + (f"; also called {', '.join(a.aliases)}" if a.aliases else ""),
                f"#   - n: {i}",
                f"#     actor: {_y(a.name)}",
                f"#     # rename: {_y(a.name)}",
                "#     # merge_into: \"another actor's name\"",
                f"#     # role: {_y(a.role)}",
                f"#     # kind: {a.kind}",
                "#     # drop: true"]
    if not b.who:
        out.append("#   (the extractor found no actors)")
    out += ["#   # an actor the extractor missed:", "#   - add: {name: \"Full Name\", kind: person, role: null}"]
    out += ["", "# Figures: change what a line of 'By the numbers' says (text), or drop a figure; each is found",
            "# by the number as the story writes it.", "# numbers:"]
    for i, n in enumerate(b.numbers, 1):
        # as written, unless another figure is written the same ("five" seats, "five" people): then its line
        same = {(str(o.value), o.unit) for o in b.numbers if " ".join(o.text.split()).casefold() == " ".join(n.text.split()).casefold()}
        name = n.text if len(same) == 1 else (n.phrase or n.text)
        out += [f"#   # {i}. {' '.join((n.phrase or n.text).split())}, {n.kind}",
                f"#   - number: {_y(name)}",
                f"#     # text: {_y(n.phrase or n.text)}",
                "#     # drop: true"]
    if not b.numbers:
        out.append("#   (the extractor found no figures)")
    out += ["", "# Context: lines of background to add (shown first, marked as added by an editor).",
            "# context:", "#   - \"A line of background.\""]
    for f in b.context:
        out.append(f"#   # found: {_y(f.text)}")
    return "\n".join(out) + "\n"
