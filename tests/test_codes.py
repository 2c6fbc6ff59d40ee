"""Normalisation of HCP codes typed in the forms found in spreadsheets."""

import pytest

from ess_observatory_plugin.core.codes import code_level, normalise_code, parent_code
from ess_observatory_plugin.core.errors import InvalidCodeError


@pytest.mark.parametrize("typed, expected", [
    ("04", "04"),
    ("4", "04"),
    (4, "04"),
    (4.0, "04"),
    ("12", "12"),
    ("04.421", "04.421"),
    ("4.421", "04.421"),
    ("04421", "04.421"),
    ("4421", "04.421"),
    (4421, "04.421"),
    ("4421.0", "04.421"),
    ("01.511.05", "01.511.05"),
    ("0151105", "01.511.05"),
    ("151105", "01.511.05"),
    ("04.421.01.07", "04.421.01.07"),
    ("4.421.1.7", "04.421.01.07"),
    ("044210107", "04.421.01.07"),
    ("44210107", "04.421.01.07"),
    (44210107, "04.421.01.07"),
    ("01.511.01.0", "01.511.01.0"),
    ("001511010", "01.511.01.0"),
    ("01511010", "01.511.01.0"),
    (" 04 421 ", "04.421"),
    ("04-421", "04.421"),
    ("٠٤٤٢١", "04.421"),
    ("121391050", "12.139.10.50"),
])
def test_normalise_accepted_forms(typed, expected):
    assert normalise_code(typed) == expected


def test_lost_zeros_city_commune_resolved_by_known_codes():
    known = {"01.511.01.0", "01.511.01.01"}
    assert normalise_code(1511010, known) == "01.511.01.0"


def test_known_codes_pick_existing_reading():
    known = {"01.511.01.0"}
    assert normalise_code("01511010", known) == "01.511.01.0"


@pytest.mark.parametrize("typed", ["", None, "abc", "04.42x", "1234567890", float("nan"), 4.5])
def test_normalise_rejects_unreadable(typed):
    with pytest.raises(InvalidCodeError):
        normalise_code(typed)


@pytest.mark.parametrize("typed", ["13", "00", "13.421", "99421"])
def test_normalise_rejects_unknown_region(typed):
    with pytest.raises(InvalidCodeError, match="region codes run from 01 to 12"):
        normalise_code(typed)


def test_code_level_and_parents():
    assert code_level("04") == "region"
    assert code_level("04.421") == "province"
    assert code_level("04.421.01") == "cercle"
    assert code_level("04.421.01.07") == "commune"
    assert parent_code("04.421.01.07", "province") == "04.421"
    assert parent_code("04.421.01.07", "region") == "04"
