"""Coverage of the target population by distance band, and inequality of accessibility.

A person is within a band when the nearest branch of their demand point is at
most that far (km, or minutes with travel times). The Gini index and the
Lorenz curve weigh each demand point by its target population: the curve runs
through (share of people with the lowest scores, their share of total
accessibility), and Gini = 1 - sum_k (p_k - p_k-1)(L_k + L_k-1), 0 when every
person has the same score and near 1 when a few hold all of it.
"""

import numpy as np

LEVELS = ("study_area", "region", "province", "commune")


def parse_bands(text):
    """Read a list of band limits such as "5,10,20" into sorted positive floats."""
    from .errors import ProximityInputError

    parts = [part.strip() for part in str(text or "").replace(";", ",").split(",") if part.strip()]
    if not parts:
        raise ProximityInputError("DISTANCE_BANDS is empty: give band limits in km such as 5,10,20.")
    bands = []
    for part in parts:
        try:
            value = float(part)
        except ValueError as error:
            raise ProximityInputError(
                f"DISTANCE_BANDS value {part!r} is not a number: give band limits in km such as 5,10,20.") from error
        if not value > 0:
            raise ProximityInputError(f"DISTANCE_BANDS value {part!r} must be greater than 0.")
        bands.append(value)
    return sorted(set(bands))


def band_label(value):
    """Short text of a band limit: 5 for 5.0, 2.5 for 2.5."""
    return f"{value:g}"


def lorenz_curve(values, weights):
    """Return (cumulative population share, cumulative accessibility share), both from 0 to 1.

    Points are sorted by ascending value; points of zero weight are dropped.
    Returns None when the weights or the weighted values sum to zero.
    """
    values = np.asarray(values, dtype="float64")
    weights = np.asarray(weights, dtype="float64")
    keep = (weights > 0) & np.isfinite(values)
    values, weights = values[keep], weights[keep]
    total_weight = weights.sum()
    total_value = (values * weights).sum()
    if total_weight <= 0 or total_value <= 0:
        return None
    order = np.argsort(values, kind="stable")
    population = np.concatenate([[0.0], np.cumsum(weights[order]) / total_weight])
    accessibility = np.concatenate([[0.0], np.cumsum(values[order] * weights[order]) / total_value])
    return population, accessibility


def gini(values, weights):
    """Population-weighted Gini index of ``values``, or NaN when it is undefined."""
    curve = lorenz_curve(values, weights)
    if curve is None:
        return float("nan")
    population, accessibility = curve
    return float(1.0 - np.sum(np.diff(population) * (accessibility[1:] + accessibility[:-1])))


def coverage_rows(points, bands, names):
    """Return the coverage table: one row per territory of each level.

    ``points`` is a DataFrame of demand points with columns target,
    nearest_cost, score, commune_code, province_code and region_code.
    ``names`` maps (level, code) to (name_fr, name_ar). Shares are percent of
    the target population whose nearest branch is within each band.
    """
    import pandas as pd

    rows = []
    groups = [("study_area", None)] + [(level, f"{level}_code") for level in ("region", "province", "commune")]
    for level, column in groups:
        grouped = [("all", points)] if column is None else points.groupby(column, sort=True)
        for code, group in grouped:
            target = group["target"].to_numpy(dtype="float64")
            cost = group["nearest_cost"].to_numpy(dtype="float64")
            total = target.sum()
            name_fr, name_ar = names.get((level, code), (None, None))
            row = {"level": level, "code": code, "name_fr": name_fr, "name_ar": name_ar, "target": total,
                   "demand_points": len(group)}
            for band in bands:
                within = target[np.nan_to_num(cost, nan=np.inf) <= band].sum()
                row[f"share_{band_label(band)}"] = 100.0 * within / total if total > 0 else None
            reachable = np.isfinite(cost)
            row["mean_cost"] = (float(np.average(cost[reachable], weights=target[reachable]))
                                if target[reachable].sum() > 0 else None)
            row["mean_score"] = float(np.average(group["score"], weights=target)) if total > 0 else None
            value = gini(group["score"].to_numpy(dtype="float64"), target)
            row["gini"] = None if value != value else value
            rows.append(row)
    return pd.DataFrame(rows)
