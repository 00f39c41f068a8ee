#!/usr/bin/env python3
"""Count the Who mistakes a machine can see, in briefings as `extract --json` prints them.

    .venv/bin/python bench/who_audit.py FACTS.jsonl [--half A|B] [--skip 261-280] [--examples N]

Each briefing's Who list (the actors a page shows) is checked against its own text:

* credit: an actor whose name holds a "/" or stands beside one in the text ("Alex Lynch/CBC");
* place-as-person: a person actor whose name is a place in the gazetteer (generator/lexicon/gazetteer.py);
* town: a person or a body whose name is a town's or a city's (`gazetteer.towns`, GeoNames): often the
  place the model mislabelled ("Burnley", "Oxford"), sometimes rightly a person or a club ("Howard",
  "Mercedes"): a pointer to read, not a count of errors;
* common-noun person: a one-word person actor the story also writes in lower case as a common
  noun ("fentanyl", "Fentanyl") -- a drug, a product, a thing;
* outlet: an actor that is a news outlet or programme (`is_media`, or named in the text right
  before "programme", "newspaper", "show" ...);
* title-twin: a person actor named "<title> <surname>" ("Prof Etzioni") beside another person of
  the same surname in the same story ("Amitai Etzioni");
* cut role: a role the text goes on with a lower-case noun after ("senior law" before "lord"),
  a role with another name's possessive in it ("Mr Straw's announcement lawyer"), a role that
  repeats a word ("Queen, Queen");
* role out of tense: the text says "former X" / "then X" / "ex-X" of the actor's role X, and no
  role of the actor keeps that word;
* non-actor: an actor named by a thing's head noun or abbreviation (`lexicon/data/non_actors.json`:
  "White Paper", "Gunpowder Plot", "EGM", "TB") or an abstract noun of a people ("Britishness");
* broken name: a name holding a bracket ("Office of National Statistics ("), an honorific after its
  first word ("Foreign Policy Centre Mr Straw") or "and the" ("Gavi and the Gates Foundation");
* kind by head: a person or place actor whose name ends in a body's word ("Law Society" as a
  person, "European Union" as a place; `entities.names_a_body`);
* one-word person: a person actor the story never names in more than one word ("Torbay", "Ex",
  "Bush"): not always wrong (a president called by his surname), so a pointer to read, not a count
  of errors;
* neighbour's role: a person's role that the text writes right before another person's name
  ("Tory leader Michael Howard") and never before this one's ("Tony Blair": Tory leader);
* coordinated role cut: a role the text writes after a noun and "and" that are of the same title ("Work
  and pensions minister Alan Johnson": minister), the noun opening its phrase (not "Mr Blair and Chancellor
  Gordon Brown", "TV host and East Midlands MEP");
* people twice: a group named by a people's word beside a group named by its plural ("Catholic",
  "Catholics");
* pollster missing: a name the text gives a poll or a survey to ("an ICM poll", "a poll by ICM",
  "quizzed by ICM") that is no actor.

`--half` keeps the briefings of one half (SHA-256 of the id, first byte even: A), as
bench/who_halves.py splits them; `--skip` leaves out ranges of corpus numbers (the stories
reserved for a graded reading), comma-separated.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import lexicon  # noqa: E402
from generator.extract.entities import names_a_body  # noqa: E402
from generator.lexicon.gazetteer import country_of, is_media, org_aliases, place_levels, towns  # noqa: E402

CHECKS = ("credit", "place-as-person", "town", "common-noun person", "outlet", "title-twin", "cut role", "role out of tense",
          "non-actor", "broken name", "kind by head", "one-word person", "neighbour's role", "coordinated role cut",
          "people twice", "pollster missing")
NON_ACTOR_HEADS = lexicon.words("non_actors", "heads")
NON_ACTOR_NAMES = lexicon.words("non_actors", "names")
HONORIFIC_WORDS = frozenset("mr mrs ms miss dr sir dame".split())
TITLES = frozenset("mr mrs ms miss dr prof professor archbishop bishop cardinal rev reverend judge justice sir dame "
                   "lord lady baroness president senator sen rep gov governor mayor general gen captain capt "
                   "sheikh imam rabbi father sister chancellor minister".split())
OUTLET_NOUNS = r"(?:programme|program|newspaper|show|magazine|channel|bulletin|podcast)"
# nouns for people and offices: one after a role in the text is the role's own head ("senior law" lord)
_HEADS = lexicon.words("roles") | lexicon.words("people_nouns") | {"lord", "lady", "peer", "baroness"}
_SMALL = frozenset("of the and for a an in on to".split())
TENSE = ("former", "then", "ex", "late", "outgoing", "acting", "interim")


def half_of(item_id: str) -> str:
    return "A" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def _number(item_id: str) -> int | None:
    m = re.search(r"-(\d+)$", item_id)
    return int(m.group(1)) if m else None


def _credit(name: str, text: str) -> bool:
    if "/" in name:
        return True
    pattern = re.escape(name)
    return re.search(rf"(?:{pattern}\s?/\s?[A-Z]|[A-Za-z]\s?/\s?{pattern}(?![\w]))", text) is not None


def _place(name: str) -> bool:
    key = name.casefold().removeprefix("the ")
    return key in place_levels() or key in country_of()


def _common_noun(name: str, text: str) -> bool:
    if " " in name or not name[:1].isupper():
        return False
    return re.search(rf"(?<![\w.] )(?<![A-Z])\b{re.escape(name.lower())}\b", text) is not None and \
        re.search(rf"(?:^|[.!?]\s+|\n)\s*{re.escape(name.lower())}\b", text) is None


def _outlet(name: str, text: str) -> bool:
    return is_media(name) or re.search(rf"\b{re.escape(name)}(?:'s)? {OUTLET_NOUNS}\b", text) is not None


def _title_twin(actor: dict, people: list[dict]) -> bool:
    words = actor["name"].split()
    if len(words) != 2 or words[0].casefold().rstrip(".") not in TITLES:
        return False
    return any(p is not actor and len(p["name"].split()) >= 2 and p["name"].split()[-1] == words[-1]
               and p["name"].split()[0].casefold().rstrip(".") not in TITLES for p in people)


def _cut_roles(actor: dict, text: str) -> list[str]:
    cut = []
    for role in actor.get("roles", []):
        words = [w.casefold().strip(",") for w in role.split() if w.casefold() not in _SMALL]
        # (a comma in a list of a title's nouns is whole: "Culture, Media and Sport Secretary")
        if len(words) != len(set(words)) or "," in role and not re.search(r", [\w ]+ (?:and|&) ", role):
            cut.append(role)
            continue
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? \w+'s\b", role):
            cut.append(role)
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(role)} ([a-z][a-z-]+)\b", text):
            if m.group(1) in _HEADS:
                cut.append(f"{role} [{m.group(1)}]")
                break
    return cut


def _untensed(actor: dict, text: str) -> list[str]:
    out = []
    roles = actor.get("roles", [])
    kept = {w.casefold().removeprefix("ex-") for r in roles for w in r.split()} | \
        {"ex" for r in roles if r.casefold().startswith("ex-")}
    surname = actor["name"].split()[-1]
    for role in roles:
        if any(role.casefold().startswith(t) for t in TENSE):
            continue
        m = re.search(rf"\b({'|'.join(TENSE)})[- ]{re.escape(role)},? (?:\w+ ){{0,2}}{re.escape(surname)}\b", text, re.I)
        if m and m.group(1).casefold() not in kept:
            out.append(f"{m.group(1)} {role}")
    return out


_NAME = r"(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+"


def _names_after(role: str, text: str) -> set[str]:
    """The capitalised names the text writes right after a role ("Tory leader Michael Howard")."""
    # (not "shadow home secretary David Davis" for "home secretary", "Lord Justice May" for "Justice": another role)
    return {m.group(2) for m in re.finditer(rf"(?:^|(\w+)[ -])?(?<![\w-]){re.escape(role)} ({_NAME})", text)
            if (m.group(1) or "").casefold() not in _OTHER_ROLE}


_OTHER_ROLE = frozenset("shadow former deputy vice junior assistant acting lord lady then ex chief".split())


def _neighbours_roles(actor: dict, people: list[dict], text: str) -> list[str]:
    own = {w for n in [actor["name"], *actor.get("aliases", [])] for w in n.split()}
    others = {w for p in people if p is not actor for n in [p["name"], *p.get("aliases", [])] for w in n.split()}
    out = []
    for role in actor.get("roles", []):
        after = _names_after(role, text)
        words = {w for name in after for w in name.split()}
        if after and not words & own and words & (others - own):
            out.append(role)
    return out


def _coordination_cut(actor: dict, text: str) -> list[str]:
    surname = re.escape(actor["name"].split()[-1])
    return [role for role in actor.get("roles", []) if re.search(
        rf"(?:^|(?<=\n)|(?<=[.!?\"] )|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) )[A-Za-z]+,? (?:and|&) "
        rf"(?:[A-Za-z]+ ){{1,2}}?{re.escape(role)} "
        rf"(?:[A-Z][\w'’-]+ ){{0,3}}{surname}\b", text, re.M)]


_POLL = r"(?:poll|polls|survey|surveys)"
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _pollsters_missing(who: list[dict], text: str) -> list[str]:
    named = {n.casefold() for a in who for n in [a["name"], *a.get("aliases", [])]}
    found = set()
    for m in re.finditer(rf"\b(?:an?|the|new|latest) ({_NAME}) {_POLL}\b"
                         rf"|\b{_POLL} (?:carried out |conducted )?by ({_NAME})"
                         rf"|\d \w+ (?:polled|quizzed|surveyed|questioned|interviewed) by ({_NAME})", text):
        name = next(g for g in m.groups() if g)
        folded = name.casefold()
        # (not a party's or a people's poll, "a Tory poll", "an American poll"; nor "a UK poll", "a February poll")
        if folded not in named and not _outlet(name, text) and name.split()[0] not in ("The", "A", "An") and \
                folded not in org_aliases() and folded not in country_of() and not _place(name) and \
                folded not in _MONTHS and not name.endswith(("'s", "’s")):
            found.add(name)
    return sorted(found)


def _people_twice(who: list[dict]) -> list[str]:
    groups = {a["name"] for a in who if a["kind"] == "group"}
    return sorted(g for g in groups if g + "s" in groups)


def _non_actor(name: str) -> bool:
    folded = [w.casefold() for w in name.split()]
    if not folded:
        return False
    head = next((folded[i - 1] for i, w in enumerate(folded) if w in ("of", "on", "for", "to") and i), folded[-1])
    return head in NON_ACTOR_HEADS or " ".join(folded) in NON_ACTOR_NAMES or \
        (len(folded) == 1 and folded[0].endswith(("ishness", "anness", "ism")))


def _broken(name: str) -> bool:
    words = name.split()
    return any(c in name for c in "()[]") or " and the " in name or \
        any(w.casefold().rstrip(".") in HONORIFIC_WORDS for w in words[1:])


def audit(briefing: dict) -> dict[str, list[str]]:
    """Each check's findings for one briefing."""
    text = briefing.get("text", "")
    who = briefing.get("who", [])
    people = [a for a in who if a["kind"] == "person"]
    found: dict[str, list[str]] = {c: [] for c in CHECKS}
    for actor in who:
        name = actor["name"]
        if _credit(name, text):
            found["credit"].append(name)
        if actor["kind"] == "person" and _place(name):
            found["place-as-person"].append(name)
        if actor["kind"] in ("person", "organisation") and name.removeprefix("the ") in towns():
            found["town"].append(name)
        if actor["kind"] == "person" and _common_noun(name, text):
            found["common-noun person"].append(name)
        if _outlet(name, text):
            found["outlet"].append(name)
        if actor["kind"] == "person" and _title_twin(actor, people):
            found["title-twin"].append(name)
        if _non_actor(name):
            found["non-actor"].append(name)
        if _broken(name):
            found["broken name"].append(name)
        if actor["kind"] in ("person", "place") and names_a_body(name):
            found["kind by head"].append(f"{name} ({actor['kind']})")
        if actor["kind"] == "person" and len(name.split()) == 1 and \
                not any(len(a.split()) > 1 for a in actor.get("aliases", [])):
            found["one-word person"].append(name)
        if actor["kind"] == "person":
            found["cut role"] += [f"{name}: {r}" for r in _cut_roles(actor, text)]
            found["role out of tense"] += [f"{name}: {r}" for r in _untensed(actor, text)]
            found["neighbour's role"] += [f"{name}: {r}" for r in _neighbours_roles(actor, people, text)]
            found["coordinated role cut"] += [f"{name}: {r}" for r in _coordination_cut(actor, text)]
    found["people twice"] = _people_twice(who)
    found["pollster missing"] = _pollsters_missing(who, text)
    return found


def numbers(ranges: str) -> frozenset[int]:
    """The corpus numbers of "FIRST-LAST[,FIRST-LAST...]" ("281-283,401-417"; one number alone too)."""
    out: set[int] = set()
    for part in ranges.split(","):
        first, _, last = part.strip().partition("-")
        out.update(range(int(first), int(last or first) + 1))
    return frozenset(out)


def read(paths: list[Path], half: str | None, skip: frozenset[int] | range | None) -> list[dict]:
    out = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.startswith("{"):
                continue
            b = json.loads(line)
            n = _number(b["id"])
            if (half and half_of(b["id"]) != half) or (skip and n is not None and n in skip):
                continue
            out.append(b)
    return out


def totals(briefings: list[dict]) -> tuple[Counter, dict[str, list[str]]]:
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {c: [] for c in CHECKS}
    for b in briefings:
        for check, items in audit(b).items():
            counts[check] += len(items)
            examples[check] += [f"{b['id']}: {i}" for i in items]
    counts["actors"] = sum(len(b.get("who", [])) for b in briefings)
    counts["briefings"] = len(briefings)
    return counts, examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example:\n  .venv/bin/python -m generator extract --json ../shared/corpus/bbc-politics"
                                            " > /tmp/corpus.jsonl\n  .venv/bin/python bench/who_audit.py /tmp/corpus.jsonl --skip 361-380")
    parser.add_argument("facts", nargs="+", type=Path, metavar="FACTS.jsonl")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--skip", metavar="FIRST-LAST[,...]", help="leave out the stories whose id ends in these numbers")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N findings of each check")
    args = parser.parse_args()
    counts, examples = totals(read(args.facts, args.half, numbers(args.skip) if args.skip else None))
    print(f"briefings {counts['briefings']}, actors in Who {counts['actors']}")
    for check in CHECKS:
        print(f"{check:20} {counts[check]:4d}")
        for item in examples[check][: args.examples]:
            print(f"    {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
