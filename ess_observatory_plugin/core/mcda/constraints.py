"""Constraints that exclude alternatives before scoring.

Syntax: conditions separated by semicolons (or the word ``and``), each
``FIELD OPERATOR VALUE`` with OPERATOR one of ``>``, ``>=``, ``<``, ``<=``,
``=``, ``!=``. FIELD is a criterion or a field of the commune table; VALUE
is a number, or text for text fields such as ``type = rural``. For
``potential`` the levels ``none``, ``low``, ``medium`` and ``high`` stand for
0, 1, 2 and 3. A commune is kept only when every condition holds; a NULL
value fails the condition, so a commune whose potential was never assessed
is excluded by ``potential > none``.

Examples: ``potential > none``; ``potential >= medium; type = rural``;
``electricity_access >= 80 and paved_road_distance_rural < 5``.
"""

import operator
import re
from dataclasses import dataclass

import numpy as np

POTENTIAL_LEVELS = {"none": 0.0, "low": 1.0, "medium": 2.0, "high": 3.0}
OPERATORS = {">=": operator.ge, "<=": operator.le, "!=": operator.ne, ">": operator.gt, "<": operator.lt,
             "=": operator.eq}
_CONDITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|==|=|>|<)\s*(.+?)\s*$")
_SEPARATOR = re.compile(r";|\band\b", re.IGNORECASE)


class ConstraintError(ValueError):
    """A constraint that cannot be read, naming the part at fault."""


@dataclass(frozen=True)
class Constraint:
    field: str
    operator: str
    value: object
    text: str = ""

    def __str__(self):
        return self.text or f"{self.field} {self.operator} {self.value}"

    def mask(self, column):
        """Return a boolean array: True where the condition holds; NULL gives False."""
        compare = OPERATORS[self.operator]
        values = np.asarray(column, dtype=object)
        result = np.zeros(len(values), dtype=bool)
        for position, value in enumerate(values):
            if value is None or (isinstance(value, float) and np.isnan(value)):
                continue
            if isinstance(self.value, float):
                try:
                    value = float(value)
                except (TypeError, ValueError):
                    continue
            else:
                value = str(value).strip().lower()
            result[position] = compare(value, self.value)
        return result


def parse_constraints(text):
    """Parse the constraint text into a list of Constraint; empty text gives []."""
    if text is None or not str(text).strip():
        return []
    constraints = []
    for part in _SEPARATOR.split(str(text)):
        if not part.strip():
            continue
        match = _CONDITION.match(part)
        if match is None:
            raise ConstraintError(
                f"Constraint {part.strip()!r} is not of the form FIELD OPERATOR VALUE, such as "
                "'potential > none' or 'electricity_access >= 80'.")
        field, symbol, raw = match.groups()
        symbol = "=" if symbol == "==" else symbol
        raw = raw.strip().strip("'\"")
        value = _value(field, raw)
        if isinstance(value, str) and symbol not in ("=", "!="):
            raise ConstraintError(f"Constraint {part.strip()!r} compares text with {symbol}; use = or != for text.")
        constraints.append(Constraint(field, symbol, value, f"{field} {symbol} {raw}"))
    return constraints


def _value(field, raw):
    lowered = raw.lower()
    if field == "potential" and lowered in POTENTIAL_LEVELS:
        return POTENTIAL_LEVELS[lowered]
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return lowered


def apply_constraints(table, constraints):
    """Return a boolean array over the rows of ``table`` (a DataFrame): True where all constraints hold.

    Raises ConstraintError naming a field that the table lacks.
    """
    keep = np.ones(len(table), dtype=bool)
    for constraint in constraints:
        if constraint.field not in table.columns:
            raise ConstraintError(
                f"Constraint field {constraint.field!r} not found. Fields available: "
                f"{', '.join(sorted(str(c) for c in table.columns))}.")
        keep &= constraint.mask(table[constraint.field].to_numpy())
    return keep
