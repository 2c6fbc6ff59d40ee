"""Aggregation of commune indicators to province, region and nation.

Counts add up. Rates are ratios of sums weighted by their own denominator,
never a plain mean of commune percentages: the region's unemployment rate is
the region's unemployed over the region's active population.
"""

from .catalogue import load_catalogue
from .census import LONG_COLUMNS

LEVEL_KEYS = {"province": "province_code", "region": "region_code", "country": None}


def aggregate_value(aggregation, numerator, denominator):
    """Return the value of an aggregate from its summed numerator and denominator."""
    if aggregation == "sum":
        return numerator
    if not denominator:
        return None
    if aggregation == "ratio":
        return 100.0 * numerator / denominator
    return numerator / denominator


def aggregate(commune_rows, territories, level, names=None, catalogue=None):
    """Aggregate long commune rows to one level.

    ``territories`` is a frame of communes with ``code``, ``province_code`` and
    ``region_code``; ``names`` maps a territory code to (name_fr, name_ar).
    Communes without a value are left out of both numerator and denominator,
    and the row counts how many communes it aggregates in ``quality``.
    """
    catalogue = catalogue or load_catalogue()
    rows = commune_rows[commune_rows["value"].notna()].copy()

    if level == "country":
        rows["parent"] = "MA"
    else:
        parents = territories.set_index("code")[LEVEL_KEYS[level]]
        rows["parent"] = rows["code"].map(parents)

    grouped = rows.groupby(["parent", "indicator", "period"], sort=True).agg(
        numerator=("numerator", "sum"),
        denominator=("denominator", lambda s: s.sum(min_count=1)),
        communes=("code", "count"),
        estimated=("quality", lambda q: int((q == "estimated").sum())),
        unit=("unit", "first"),
        source=("source", "first"),
    ).reset_index()

    grouped["value"] = [
        aggregate_value(catalogue[ind].aggregation, num, den)
        for ind, num, den in zip(grouped["indicator"], grouped["numerator"], grouped["denominator"])
    ]
    sum_rows = grouped["indicator"].map(lambda code: catalogue[code].aggregation == "sum")
    grouped.loc[sum_rows, "denominator"] = float("nan")

    grouped["level"] = level
    grouped["code"] = grouped["parent"]
    grouped["quality"] = [
        "aggregated" if estimated == 0 else "aggregated_with_estimates"
        for estimated in grouped["estimated"]
    ]
    grouped["source"] = grouped["source"].str.replace(" (province remainder)", "", regex=False)
    names = names if names is not None else {}
    grouped["name_fr"] = grouped["code"].map(lambda c: names.get(c, (None, None))[0])
    grouped["name_ar"] = grouped["code"].map(lambda c: names.get(c, (None, None))[1])
    return grouped[LONG_COLUMNS].astype({"value": "float64"})


def aggregate_all(commune_rows, territories, names):
    """Return commune rows followed by their province, region and country aggregates."""
    import pandas as pd

    frames = [commune_rows]
    for level in ("province", "region", "country"):
        frames.append(aggregate(commune_rows, territories, level, names))
    return pd.concat(frames, ignore_index=True)


def plain_mean(commune_rows, territories, level):
    """Return the unweighted mean of commune values per territory: the wrong way,
    kept so that tests can show how far it lands from the published rates."""
    rows = commune_rows[commune_rows["value"].notna()].copy()
    parents = territories.set_index("code")[LEVEL_KEYS[level]]
    rows["parent"] = rows["code"].map(parents)
    return rows.groupby(["parent", "indicator", "period"])["value"].mean()
