"""Known first names and their usual gender, and known surnames: the US census lists that the `names`
package ships (MIT; the data is the public-domain 1990 census, 5,500 first names, 88,800 surnames). Evidence that a name is a
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


# the census's surnames by rank, the commonest first: past this rank its list runs into common nouns that a
# few hundred people bore ("Promise", "Mail", "Fire", "Media" rank about 50,000; "Hayek" 18,666)
SURNAME_RANKS = 30_000


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    return frozenset(line.split()[0].casefold() for line in text.splitlines()
                     if line.strip() and int(line.split()[3]) <= SURNAME_RANKS)


def is_surname(word: str) -> bool:
    """Whether a capitalised word is one of the census's commoner surnames ("Hayek", "Bush"; also "Hope",
    "Baker": evidence for a name where a capital alone tells nothing, never evidence alone)."""
    return word[:1].isupper() and word.isalpha() and len(word) >= 2 and word.casefold() in _surnames()


@functools.lru_cache(maxsize=1)
def _nicknamer():  # the package's table, read once (a 74 KB list of name pairs)
    from nicknames import NickNamer
    return NickNamer()


def one_first_name(a: str, b: str) -> bool:
    """Whether two first names are one name, a name and its nickname ("Patrick", "Pat"; "Sandra",
    "Sandy"; "William", "Bill"), by the `nicknames` package's list. Not two nicknames of one name
    ("Pat" and "Patsy" may be two people of one family)."""
    a, b = a.casefold(), b.casefold()
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)
