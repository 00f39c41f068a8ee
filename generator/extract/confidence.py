"""How sure a quote's speaker is: named evidence, each piece worth the share it gets right.

Each quote carries the pieces of evidence its attribution rests on (`Quote.evidence`): how the
speech tag was read (`cues.Cue.kind`), how the mention became one of the story's actors
(`speakers.Speaker.how`), and what the quotation itself adds (a part of a quotation whose speaker
is named in another part, a paragraph that continues the one before, a mark that never closed).

A piece's value is a measured share, never a number set by hand: of the quotes carrying it on
the pooled dev sets (gold/quotes-dev and gold/quotes-bbc-dev), the share whose speaker the scorer
counts right. `bench/calibration.py` measures it and writes the counts to
`data/evidence.json`; this module turns counts into values (`measured_value`). A piece seen fewer
than `MIN_SEEN` times takes the share of its family (`FAMILIES`: pieces that rest on the same
kind of reading), pooled. The confidence of a quote is that of its weakest piece, so a sure tag
does not make a far-fetched pronoun sure. Below `FLAG_BELOW` a page shows the speaker as a guess
("attribution uncertain: possibly X"). docs/evaluation.md has the method and the reliability
tables.
"""
from __future__ import annotations

import json
from importlib import resources

from ..facts import FLAG_BELOW  # noqa: F401  the threshold is the facts' meaning, shared with the site

MIN_SEEN = 20  # fewer quotes than this carrying a piece: the piece takes its family's share

# every piece of evidence, by family: what it rests on
FAMILIES: dict[str, dict[str, str]] = {
    # the quotation's own speech tag, read by the parse or by its words
    "speech tag": {
        "signature": '`"..." ― Veronica Cruz`',
        "tag_after": '`"...," NAME said`, read by its words',
        "verb_subject": "the subject of a speech verb within three words of the quotation",
        "said_name": '`"...," said NAME`, read by its words',
        "colon_name": '`Pew Research: "..."`',
        "colon_intro": "`He said:` closing the sentence before",
        "colon_intro_verb": "`Trump leaned in and boomed:`",
        "gerund_subject": '`X shared the news, writing "..."`',
        "according_to": '`according to X`',
        "adjacent_verb": '`"...," Toomey fumed.`: a verb that is no speech verb, right at the quotation',
    },
    # a verb reached through the sentence, further from the quotation
    "reach of the tag": {
        "verb_subject_far": "the subject of a speech verb further off in the same sentence",
        "clause_subject": 'the subject of a clause the speech verb hangs from ("X voted no, saying")',
        "governing_verb": '`X welcomed the targets "..."`: the subject of a verb whose object holds the quotation',
        "colon_clause": '`Article 33 affirms: "..."`: the subject of the clause the colon ends',
        "claim_owner": '`Ortega\'s claim that the council "wasted millions"`: whose claim, remark or answer holds the words',
        "previous_sentence": 'a speech verb in the sentence before, no tag of its own: `X said ... . "..."`',
    },
    # no speech tag of the quotation's own: a guess from what stands around it
    "no tag of its own": {
        "previous_sentence_inside": "a speech verb in the sentence before, the quotation inside a sentence of its own",
        "own_subject": '`Sanders shot back, "..."`: a named subject of the quotation\'s own sentence, before it, over a speech verb in the sentence before',
        "introduced": "a quotation after a sentence or paragraph that ended on a person as its subject",
    },
    # the words are second-hand (`cues.second_hand`): the wording is a source's
    "second-hand": {
        "according_to_other": '`"...," Walker said, according to an Associated Press account`',
        "nested_report": '`Cruz said CNN called the announcement "..."`',
        "nested_fragment": '`Cruz said CNN called the announcement "highly significant"`: fewer than six words quoted',
    },
    # the mention names the speaker
    "name": {
        "name": "the mention is a name of an actor",
        "name_words": 'the mention\'s words name an actor ("Clinton" -> Hillary Clinton)',
        "unlisted_name": "a name the actor list missed, kept as written (and made an actor)",
        "looks_like_name": "capitalised words the tagger took for a noun",
    },
    # the mention describes the speaker, who speaks as described or for whom the description speaks
    "description": {
        "description": '"a Democratic staffer", shown as written',
        "description_definite": '"the Florida senator", whom no rule named, shown as written',
        "spokesperson": '"Mr Blair\'s spokesman": the spokesman, described, speaking for Tony Blair',
        "spokes_for": '"a spokesman for Disney" -> Disney',
        "document": '"Hoff\'s letter", "the e-mail": whoever the document speaks for',
    },
    # the mention is an office, given to a named person
    "office": {
        "role": '"the senator" -> the senator named before',
        "role_nearest": '"the chancellor", no one\'s role: the person named last before (or first after)',
    },
    # a pronoun, by a rule of where its person stands
    "pronoun by structure": {
        "pronoun_only_candidate": "the only person named so far whom the pronoun can mean",
        "pronoun_same_sentence": "someone of that gender earlier in the sentence",
        "pronoun_previous_subject": "the subject of the main clause of the sentence before",
        "pronoun_previous_clause_subject": "the subject of a clause inside the sentence before",
        "pronoun_previous_description": '"a spokesman ... defended the plan. He said": the unnamed subject before',
        "pronoun_previous_speaker": "the speaker of the quotation before",
    },
    # a pronoun by recency alone
    "pronoun by recency": {
        "pronoun_last_of_gender": "the last person of that gender",
        "pronoun_last_any": "the last person whose gender is unknown",
        "pronoun_far_of_gender": "... named more than 600 characters before",
        "pronoun_far_any": "... of unknown gender, named more than 600 characters before",
    },
    # agreement in gender is no evidence: the story does not show the person's
    "unknown gender": {
        "gender_unknown": '"he"/"she" for someone whose gender the story does not show',
    },
    # what the quotation itself adds
    "the quotation": {
        "unclosed": "no closing mark: its extent is a guess",
        "same_quotation": "a part with no tag, whose quotation is attributed in another part",
        "continues": "a paragraph that continues an attributed quotation",
    },
    "nobody": {
        "unattributed": "nobody is said to have said it",
    },
}
FAMILY_OF: dict[str, str] = {key: family for family, keys in FAMILIES.items() for key in keys}

Counts = dict[str, int]  # {"n": quotes carrying the piece, "right": of them, the speaker right}


def measured_value(own: Counts, family: Counts) -> float:
    """A piece's value: its share right when seen `MIN_SEEN` times or more, else its family's; in
    hundredths."""
    counts = own if own["n"] >= MIN_SEEN else family
    return round(counts["right"] / counts["n"], 2) if counts["n"] else 0.0


def values(measured: dict) -> dict[str, float]:
    """Each piece's value from the measured counts (`data/evidence.json`)."""
    pieces, families = measured["evidence"], measured["families"]
    empty = {"n": 0, "right": 0}
    return {key: measured_value(pieces.get(key, empty), families.get(FAMILY_OF[key], empty)) for key in FAMILY_OF}


MEASURED = json.loads(resources.files(__package__).joinpath("data/evidence.json").read_text("utf-8"))
EVIDENCE: dict[str, float] = values(MEASURED)


def confidence(evidence: list[str], table: dict[str, float] | None = None) -> float:
    """The confidence of an attribution: the weakest of its pieces of evidence."""
    table = EVIDENCE if table is None else table
    return min((table[e] for e in evidence), default=table["unattributed"])
