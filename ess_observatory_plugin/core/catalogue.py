"""The indicator catalogue, read from ``resources/indicators.csv``.

Each indicator carries its labels in three languages, its unit, its thematic
unit, its polarity and the rule that aggregates it from communes upwards:

- ``sum``: counts add up;
- ``ratio``: a percentage, 100 x sum of numerators / sum of denominators;
- ``weighted_mean``: an average (a distance, say) weighted by its denominator,
  sum of numerators / sum of denominators, where numerator = value x weight.
"""

import csv
import os
from dataclasses import dataclass
from functools import lru_cache

from .errors import ObservatoryError

CATALOGUE_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "indicators.csv")
AGGREGATIONS = ("sum", "ratio", "weighted_mean")


@dataclass(frozen=True)
class Indicator:
    code: str
    unit_code: str
    aggregation: str
    unit: str
    polarity: int
    needs: bool
    classification: str
    classes: int
    source: str
    label_en: str
    label_fr: str
    label_ar: str
    definition_en: str

    def label(self, language):
        """Return the label in ar, fr or en, English for any other language."""
        return getattr(self, f"label_{language}", None) or self.label_en

    @property
    def is_rate(self):
        return self.aggregation == "ratio"


@lru_cache(maxsize=None)
def load_catalogue(path=CATALOGUE_PATH):
    """Read the catalogue into an ordered dict of code -> Indicator."""
    indicators = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for line_number, row in enumerate(csv.DictReader(handle), start=2):
            if row["aggregation"] not in AGGREGATIONS:
                raise ObservatoryError(
                    f"{path}, line {line_number}: aggregation {row['aggregation']!r} "
                    f"is not one of {', '.join(AGGREGATIONS)}."
                )
            indicators[row["code"]] = Indicator(
                code=row["code"],
                unit_code=row["unit_code"],
                aggregation=row["aggregation"],
                unit=row["unit"],
                polarity=int(row["polarity"]),
                needs=row["needs"] == "1",
                classification=row["classification"],
                classes=int(row["classes"]),
                source=row["source"],
                label_en=row["label_en"],
                label_fr=row["label_fr"],
                label_ar=row["label_ar"],
                definition_en=row["definition_en"],
            )
    return indicators


def indicator(code):
    """Return one indicator, raising a clear error for an unknown code."""
    catalogue = load_catalogue()
    if code not in catalogue:
        raise ObservatoryError(
            f"Unknown indicator {code!r}. Known indicators: {', '.join(catalogue)}."
        )
    return catalogue[code]


def indicators_of_unit(unit_code):
    return [i for i in load_catalogue().values() if i.unit_code == unit_code]
