"""Known first names and their usual gender: the US census lists that the `names` package ships
(MIT; the data is the public-domain 1990 census, 5,500 first names). Evidence that a name is a
person's, which the small model often misses for names it has not seen; never evidence alone
(a name that is also a place or an institution's first word is checked by its callers)."""
from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    out: dict[str, str] = {}
    for gender, file in (("male", "dist.male.first"), ("female", "dist.female.first")):
        text = resources.files("names").joinpath(file).read_text("utf-8")
        for line in text.splitlines():
            if line.strip():
                name = line.split()[0].casefold()
                out[name] = "either" if out.get(name, gender) != gender else gender
    return out


def first_name_gender(word: str) -> str | None:
    """'male', 'female' or 'either' for a known first name; None for a word that is not one."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return None
    return _genders().get(word.casefold())


def is_first_name(word: str) -> bool:
    return first_name_gender(word) is not None
