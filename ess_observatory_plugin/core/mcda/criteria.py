"""Criteria of a multi-criteria analysis, read from JSON, CSV or a table.

One criterion per entry, with these keys (CSV: one column each):

- ``criterion``: an indicator code of the catalogue, a numeric field of the
  commune indicator layer, ``potential`` (the value chain's potential) or
  ``finance_access`` (the accessibility field of a microcredit proximity layer);
- ``direction``: ``benefit`` (higher is better) or ``cost`` (lower is better);
- ``standardisation``: ``minmax``, ``zscore`` or ``fuzzy``; ``fuzzy`` needs
  ``low`` and ``high``, the thresholds of the linear membership;
- ``weight``: optional, a non-negative number; weights are rescaled to sum to 1;
- ``missing``: what a missing (NULL) value does: ``exclude`` (default: the
  commune gets no score for the value chain and is listed as not scored),
  ``worst`` (the worst standardised value: 0 after min-max or fuzzy, the
  lowest z-score among communes after zscore) or ``best`` (1, or the highest
  z-score);
- ``optional``: 1 to leave the criterion out, with a message, when its data
  is absent rather than stop the run (only ``finance_access`` uses it by
  default);
- ``group`` and ``note``: free text shown in the workbook.
"""

import json
import os
from dataclasses import dataclass, replace

from .delimited import read_rows
from .standardise import METHODS as STANDARDISATIONS

DIRECTIONS = ("benefit", "cost")
MISSING_POLICIES = ("exclude", "worst", "best")
POTENTIAL = "potential"
FINANCE_ACCESS = "finance_access"

_DIRECTION_ALIASES = {"benefit": "benefit", "+": "benefit", "max": "benefit", "cost": "cost", "-": "cost",
                      "min": "cost"}
_STANDARDISATION_ALIASES = {"minmax": "minmax", "min-max": "minmax", "min_max": "minmax", "zscore": "zscore",
                            "z-score": "zscore", "z_score": "zscore", "fuzzy": "fuzzy", "fuzzy_linear": "fuzzy"}


class CriteriaError(ValueError):
    """A criteria file or table that cannot be used, with the entry at fault."""


@dataclass(frozen=True)
class Criterion:
    code: str
    direction: str = "benefit"
    standardisation: str = "minmax"
    low: float = None
    high: float = None
    weight: float = None
    missing: str = "exclude"
    optional: bool = False
    group: str = ""
    note: str = ""

    @property
    def benefit(self):
        return self.direction == "benefit"

    def with_weight(self, weight):
        return replace(self, weight=weight)


def _text(entry, key, default=""):
    value = entry.get(key)
    if value is None:
        return default
    text = str(value).strip()
    return text if text else default


def _float(entry, key, where):
    value = entry.get(key)
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError as error:
        raise CriteriaError(f"{where}: {key} {value!r} is not a number.") from error


def _flag(value):
    return str(value).strip().lower() in ("1", "true", "yes", "oui", "y")


def criterion_from_entry(entry, where):
    """Build one Criterion from a dict of text or numbers; ``where`` names it in errors."""
    code = _text(entry, "criterion") or _text(entry, "code") or _text(entry, "field")
    if not code:
        raise CriteriaError(f"{where}: the criterion name is empty; give an indicator code or a field name.")

    direction_text = _text(entry, "direction", "benefit").lower()
    if direction_text not in _DIRECTION_ALIASES:
        raise CriteriaError(f"{where}: direction {direction_text!r} of {code} is invalid; use benefit or cost.")
    standardisation_text = _text(entry, "standardisation", "") or _text(entry, "standardization", "minmax")
    standardisation = _STANDARDISATION_ALIASES.get(standardisation_text.lower())
    if standardisation is None:
        raise CriteriaError(f"{where}: standardisation {standardisation_text!r} of {code} is invalid; use "
                            f"{', '.join(STANDARDISATIONS)}.")

    low, high = _float(entry, "low", where), _float(entry, "high", where)
    if standardisation == "fuzzy" and (low is None or high is None or not high > low):
        raise CriteriaError(f"{where}: fuzzy standardisation of {code} needs thresholds low < high, "
                            f"got low={low}, high={high}.")

    weight = _float(entry, "weight", where)
    if weight is not None and weight < 0:
        raise CriteriaError(f"{where}: weight {weight:g} of {code} is negative.")

    missing = _text(entry, "missing", "exclude").lower()
    if missing not in MISSING_POLICIES:
        raise CriteriaError(f"{where}: missing {missing!r} of {code} is invalid; use {', '.join(MISSING_POLICIES)}.")

    return Criterion(code=code, direction=_DIRECTION_ALIASES[direction_text], standardisation=standardisation,
                     low=low, high=high, weight=weight, missing=missing, optional=_flag(entry.get("optional", "")),
                     group=_text(entry, "group"), note=_text(entry, "note"))


def parse_criteria(entries, source="criteria"):
    """Return a list of Criterion from a list of dicts, a pandas DataFrame or a file path."""
    if isinstance(entries, str):
        return read_criteria(entries)
    if hasattr(entries, "to_dict"):
        entries = entries.to_dict("records")
    criteria = [criterion_from_entry(entry, f"{source}, entry {position}")
                for position, entry in enumerate(entries, start=1)]
    if not criteria:
        raise CriteriaError(f"{source} lists no criterion.")
    seen = set()
    for criterion in criteria:
        if criterion.code in seen:
            raise CriteriaError(f"{source}: criterion {criterion.code} is listed twice.")
        seen.add(criterion.code)
    return criteria


def read_criteria(path):
    """Read criteria from a .json file (a list, or {"criteria": [...]}) or a .csv file."""
    if not os.path.isfile(path):
        raise CriteriaError(f"Criteria file {path!r} not found.")
    if path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            try:
                content = json.load(handle)
            except json.JSONDecodeError as error:
                raise CriteriaError(f"{path} is not valid JSON: {error}.") from error
        entries = content.get("criteria") if isinstance(content, dict) else content
        if not isinstance(entries, list):
            raise CriteriaError(f"{path}: expected a list of criteria, or an object with a \"criteria\" list.")
        return parse_criteria(entries, path)

    rows = read_rows(path)
    if not rows:
        raise CriteriaError(f"Criteria file {path} is empty.")
    header = [cell.lower() for cell in rows[0]]
    entries = [dict(zip(header, row)) for row in rows[1:]]
    return parse_criteria(entries, path)
