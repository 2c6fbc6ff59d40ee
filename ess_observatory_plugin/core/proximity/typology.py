"""Underserved rule and the typology that crosses access to microcredit with needs.

Underserved: a demand unit is underserved when at least one rule holds:

- ``no_branch_within_catchment``: less than half of its target population has
  a branch within the catchment (for one point per commune: no branch within
  the catchment of the commune point);
- ``low_accessibility``: its E2SFCA score is below LOW_ACCESS_RATIO times the
  target-weighted mean score of every demand unit of the run (the nation when
  DEMAND is the communes of the database).

Access class: ``far`` when the first rule holds, else ``low`` when the second
holds, else ``served``. Need level: ``high`` when the unemployment rate is
above the median of the run's units and the share of employed people who are
cooperative members is below its median, ``moderate`` when one of the two
holds, ``low`` when neither does, ``unknown`` without the indicators.
The typology code is ``<access>_<need>``, such as ``far_high``.
"""

import numpy as np

from ..i18n import translate

LOW_ACCESS_RATIO = 0.5
MIN_COVERED_SHARE = 50.0
RULE_DISTANCE = "no_branch_within_catchment"
RULE_ACCESS = "low_accessibility"
ACCESS_CLASSES = ("far", "low", "served")
NEED_LEVELS = ("high", "moderate", "low", "unknown")


def underserved_rules(covered_share, score, reference_score):
    """Return the list of rule codes that hold for one unit (empty when served)."""
    rules = []
    if covered_share is None or not covered_share >= MIN_COVERED_SHARE:
        rules.append(RULE_DISTANCE)
    if reference_score is not None and reference_score > 0 and score < LOW_ACCESS_RATIO * reference_score:
        rules.append(RULE_ACCESS)
    return rules


def access_class(rules):
    if RULE_DISTANCE in rules:
        return "far"
    if RULE_ACCESS in rules:
        return "low"
    return "served"


def need_level(unemployment, cooperative_share, unemployment_median, cooperative_median):
    """Return high, moderate, low or unknown from the two needs indicators and their medians."""
    if _missing(unemployment) or _missing(cooperative_share) or _missing(unemployment_median) \
            or _missing(cooperative_median):
        return "unknown"
    signals = int(float(unemployment) > unemployment_median) + int(float(cooperative_share) < cooperative_median)
    return ("low", "moderate", "high")[signals]


def classify(units):
    """Add underserved, underserved_rule, access_class, need_level and typology to a units DataFrame.

    ``units`` needs the columns target, covered_share, score,
    unemployment_rate and cooperative_member_share; medians and the
    reference score are taken over all its rows.
    """
    weights = units["target"].to_numpy(dtype="float64")
    scores = units["score"].to_numpy(dtype="float64")
    reference = float(np.average(scores, weights=weights)) if weights.sum() > 0 else None
    unemployment_median = _median(units["unemployment_rate"])
    cooperative_median = _median(units["cooperative_member_share"])

    rules = [underserved_rules(share, score, reference)
             for share, score in zip(units["covered_share"], units["score"])]
    units["underserved"] = [1 if unit_rules else 0 for unit_rules in rules]
    units["underserved_rule"] = ["+".join(unit_rules) if unit_rules else None for unit_rules in rules]
    units["access_class"] = [access_class(unit_rules) for unit_rules in rules]
    units["need_level"] = [need_level(u, c, unemployment_median, cooperative_median)
                           for u, c in zip(units["unemployment_rate"], units["cooperative_member_share"])]
    units["typology"] = units["access_class"] + "_" + units["need_level"]
    return {"reference_score": reference, "unemployment_median": unemployment_median,
            "cooperative_median": cooperative_median}


def rule_text(rule_code, language, catchment_text):
    """Explain one underserved rule code in the report language."""
    texts = {
        RULE_DISTANCE: translate("ProximityTypology", "less than half of the target population has a branch "
                                 "within {0}", None, language).format(catchment_text),
        RULE_ACCESS: translate("ProximityTypology", "accessibility score below half the mean score",
                               None, language),
    }
    return texts.get(rule_code, rule_code)


def typology_label(code, language):
    """Label of a typology code such as far_high, in the report language."""
    access, _, need = code.partition("_")
    access_labels = {
        "far": translate("ProximityTypology", "No branch within reach", None, language),
        "low": translate("ProximityTypology", "Low accessibility", None, language),
        "served": translate("ProximityTypology", "Served", None, language),
    }
    need_labels = {
        "high": translate("ProximityTypology", "high needs (unemployment high, few cooperative members)",
                          None, language),
        "moderate": translate("ProximityTypology", "moderate needs", None, language),
        "low": translate("ProximityTypology", "lower needs", None, language),
        "unknown": translate("ProximityTypology", "needs unknown", None, language),
    }
    return translate("ProximityTypology", "{0}, {1}", None, language).format(
        access_labels.get(access, access), need_labels.get(need, need))


def _missing(value):
    if value is None:
        return True
    try:
        return float(value) != float(value)
    except (TypeError, ValueError):
        return True


def _median(series):
    values = [float(value) for value in series if not _missing(value)]
    return float(np.median(values)) if values else None
