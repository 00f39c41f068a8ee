"""Known first names and their usual gender, from gender-guesser's dictionary (40,000 names
from many countries, "Prashant" and "Sonia" among them): evidence that a name is a person's,
which the small model often misses for names it has not seen ("Prashant Kishor" as ORG)."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_detector  # 0.6 s to read: only when a story needs it

    return gender_detector.Detector(case_sensitive=False)


def first_name_gender(word: str) -> str | None:
    """'male', 'female' or 'either' for a known first name; None for a word that is not one."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return None
    found = _detector().get_gender(word)
    if found == "unknown":
        return None
    if found in ("male", "mostly_male"):
        return "male"
    if found in ("female", "mostly_female"):
        return "female"
    return "either"


def is_first_name(word: str) -> bool:
    return first_name_gender(word) is not None
