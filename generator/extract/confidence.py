"""How sure a quote's speaker is: one table of named evidence and one threshold.

Each quote carries the pieces of evidence its attribution rests on (`Quote.evidence`):
how the speech tag was read (`cues.Cue.kind`), how the mention became one of the story's
actors (`speakers.Speaker.how`), and what the quotation itself adds (a part of a quotation
whose speaker is named in another part, a paragraph that continues the one before, a
mark that never closed). Each piece has the share of speakers it gets right, written in
`EVIDENCE`; the confidence of a quote is that of its weakest piece, so a sure tag does
not make a far-fetched pronoun sure. Below `FLAG_BELOW` a page shows the speaker as a
guess ("attribution uncertain: possibly X").

The figures were set on one half of gold/quotes-dev (articles whose id hashes even; in the
second round, `zlib.crc32(id)` even) and checked on the other (`scripts/eval`;
docs/evaluation.md): a value is lowered below the threshold only where the evidence is wrong often
enough on both halves, and raised above it only where it is right on both. Pronouns are
checked on gold/quotes-bbc-dev too, whose gold names the person "he" stands for.
"""
from __future__ import annotations

from ..facts import FLAG_BELOW  # noqa: F401  the threshold is the facts' meaning, shared with the site

EVIDENCE: dict[str, float] = {
    # how the speech tag was read
    "signature": 0.9,  # `"..." ― Veronica Cruz`
    "tag_after": 0.9,  # `"...," NAME said`, read by its words
    "verb_subject": 0.9,  # the subject of a speech verb within three words of the quotation
    "verb_subject_far": 0.9,  # ... further off in the same sentence
    "clause_subject": 0.9,  # the subject of a clause the speech verb hangs from ("X voted no, saying")
    "gerund_subject": 0.9,  # `X shared the news, writing "..."`
    "said_name": 0.9,  # `"...," said NAME`, read by its words
    "colon_name": 0.9,  # `Pew Research: "..."`
    "according_to": 0.9,
    "governing_verb": 0.85,  # `X welcomed the targets "..."`: the subject of a verb whose object holds the quotation
    "adjacent_verb": 0.55,  # `"...," Toomey fumed.`: a verb that is no speech verb, right at the quotation
    "colon_intro": 0.9,  # `He said:` closing the sentence before
    "colon_intro_verb": 0.9,  # `Trump leaned in and boomed:`
    "colon_clause": 0.9,  # `Article 33 affirms: "..."`: the subject of the clause the colon ends
    "previous_sentence": 0.85,  # a speech verb in the sentence before, no tag of its own: `X said ... . "..."`
    "previous_sentence_inside": 0.35,  # ... for a quotation inside a sentence of its own words
    "introduced": 0.5,  # a paragraph of quotation after one that ended on a person as its subject
    # the words are second-hand (`cues.second_hand`): the tag's speaker is likely right, the wording is a source's
    "according_to_other": 0.45,  # `"...," Walker said, according to an Associated Press account`
    "nested_report": 0.5,  # `Cruz said CNN called the announcement "..."`
    # how the mention became an actor
    "name": 0.9,  # the mention is a name of an actor
    "name_words": 0.85,  # the mention's words name an actor ("Clinton" -> Hillary Clinton)
    "unlisted_name": 0.7,  # a name the actor list missed, kept as written
    "looks_like_name": 0.65,  # capitalised words the tagger took for a noun
    "document": 0.55,  # "Hoff's letter": whoever the document speaks for
    "spokes_for": 0.7,  # "a spokesman for Disney" -> Disney
    "spokesperson": 0.7,  # "Mr Blair's spokesman": the spokesman, described, speaking for Tony Blair
    "role": 0.55,  # "the senator" -> the senator named before
    "description": 0.7,  # "a Democratic staffer", shown as written
    "description_definite": 0.7,  # "the Florida senator", whom no rule named, shown as written
    "role_nearest": 0.5,  # "the chancellor", no one's role: the person named last before (or first after)
    "pronoun_only_candidate": 0.85,  # the only person named so far whom the pronoun can mean
    "pronoun_same_sentence": 0.75,  # someone of that gender earlier in the sentence
    "pronoun_previous_subject": 0.7,  # the subject of the sentence before
    "pronoun_previous_clause_subject": 0.7,  # the subject of a clause in the sentence before
    "pronoun_previous_description": 0.7,  # "a spokesman ... defended the plan. He said": the unnamed subject before
    "pronoun_previous_speaker": 0.55,  # the speaker of the quotation before
    "pronoun_last_of_gender": 0.5,  # the last person of that gender
    "pronoun_last_any": 0.45,  # the last person whose gender is unknown
    "pronoun_far_of_gender": 0.45,  # ... named more than 600 characters before
    "pronoun_far_any": 0.4,
    # "he"/"she" for someone whose gender the story does not show: agreement is no evidence then, but
    # the rule that found them (the subject of the sentence before, most often) still is
    "gender_unknown": 0.65,
    # the quotation
    "unclosed": 0.7,  # no closing mark: its extent is a guess
    "same_quotation": 0.8,  # a part with no tag, whose quotation is attributed in another part
    "continues": 0.65,  # a paragraph that continues an attributed quotation
    "unattributed": 0.3,  # nobody is said to have said it
}


# Two indirect links in one chain: a speech verb away from the quotation (further off in its
# sentence, or in a clause the quotation does not hang from) whose subject is no name (a pronoun
# or a description). Each is usually right; together they are wrong one time in four.
INDIRECT_CUES = frozenset(("verb_subject_far", "clause_subject"))
INDIRECT_MENTIONS = frozenset(("description", "pronoun_same_sentence"))
# The weakest sure cue, the subject of a verb whose object holds the quotation (`X welcomed the targets
# "..."`), makes a chain with any mention but an actor's own name (right 4 of 6 on half A, 2 of 3 on B)
WEAK_CUES = frozenset(("governing_verb",))
CHAINED = 0.55


def confidence(evidence: list[str]) -> float:
    """The confidence of an attribution: the weakest of its pieces of evidence, or `CHAINED` when
    an indirect cue and an indirect mention make one chain."""
    value = min((EVIDENCE[e] for e in evidence), default=EVIDENCE["unattributed"])
    if INDIRECT_CUES.intersection(evidence) and INDIRECT_MENTIONS.intersection(evidence) or \
            WEAK_CUES.intersection(evidence) and "name" not in evidence:
        value = min(value, CHAINED)
    return value
