"""Territories of the observatory database: lookup and validation of codes."""

from dataclasses import dataclass

from . import database
from .codes import code_level, normalise_code
from .errors import InvalidCodeError, UnknownTerritoryError


@dataclass(frozen=True)
class Territory:
    code: str
    level: str
    name_fr: str
    name_ar: str
    region_code: str

    def name(self, language):
        return self.name_ar if language == "ar" and self.name_ar else self.name_fr

    @property
    def commune_filter(self):
        """SQL filter on the communes of this territory."""
        column = "region_code" if self.level == "region" else "province_code"
        return f"{column} = '{self.code}'"


def valid_codes_message(tables):
    regions = ", ".join(f"{code} ({name})" for code, name in zip(tables["region"]["code"], tables["region"]["name_fr"]))
    return (f"Valid region codes: {regions}. A province code is the region code, a dot and three "
            f"digits, such as 04.421 (Rabat).")


def resolve_territory(database_path, value, levels=("region", "province"), tables=None):
    """Return the Territory named by ``value`` (a region or province code).

    ``tables`` is database.territories(database_path) when the caller has it
    already. Raises InvalidCodeError or UnknownTerritoryError with the list of
    valid codes.
    """
    tables = tables or database.territories(database_path)
    known = set(tables["region"]["code"]) | set(tables["province"]["code"])

    try:
        code = normalise_code(value, known)
    except InvalidCodeError as error:
        raise InvalidCodeError(f"{error} {valid_codes_message(tables)}") from error

    level = code_level(code)
    if level not in levels:
        raise UnknownTerritoryError(
            f"Territory {value!r} is a {level}; expected a region or a province. {valid_codes_message(tables)}")

    table = tables[level]
    match = table[table["code"] == code]
    if match.empty:
        if level == "province":
            region_code = code[:2]
            in_region = tables["province"][tables["province"]["region_code"] == region_code]
            listing = ", ".join(f"{c} ({n})" for c, n in zip(in_region["code"], in_region["name_fr"]))
            hint = f"Provinces of region {region_code}: {listing}." if listing else valid_codes_message(tables)
        else:
            hint = valid_codes_message(tables)
        raise UnknownTerritoryError(f"Unknown territory code {value!r}. {hint}")

    row = match.iloc[0]
    region_code = code if level == "region" else row["region_code"]
    return Territory(code, level, row["name_fr"], row["name_ar"], region_code)
