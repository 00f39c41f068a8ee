"""Words that name a time, not a thing: a headline leaves them out, the What ends before them
(the When says when), and "promised Monday to begin" did not promise a Monday."""
from __future__ import annotations

from spacy.tokens import Token

_TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "night", "morning", "evening", "afternoon", "weekend",
                         "decade", "century", "season", "term", "hour", "minute", "quarter", "period", "spring",
                         "summer", "autumn", "fall", "winter"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "tonight", "yesterday", "tomorrow", "now"})
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
                   "nov nov. dec dec.".split())


def is_time(tok: Token) -> bool:
    """A time, not a thing: "Monday", "this week", "a second time"."""
    if tok.lower_ in _TIME_WORDS or tok.lemma_ == "time" and any(c.dep_ in ("amod", "nummod") for c in tok.children):
        return True
    # the model marks "ad buy to date" a date as well: the word itself must name a time
    # nor is a name numbered after it a time ("at Number 10", "Terminal 5"), whatever the model says
    numbered = tok.pos_ == "PROPN" and tok.lower_ not in MONTHS and any(c.dep_ == "nummod" and c.i > tok.i for c in tok.children)
    return tok.ent_type_ in ("DATE", "TIME") and not numbered and \
        (tok.like_num or tok.pos_ == "PROPN" or tok.lemma_ in _TIME_NOUNS)


def is_duration(tok: Token) -> bool:
    """A length of time counted out: "four weeks", "two years", "a decade" (what "since" measures from)."""
    return tok.lemma_ in _TIME_NOUNS and tok.lemma_ != "time" and \
        any(c.dep_ in ("nummod", "det") and (c.like_num or c.lower_ in ("a", "an")) for c in tok.children)
