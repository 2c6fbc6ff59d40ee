"""TOPSIS: ranking by relative closeness to the ideal solution (Hwang and Yoon).

Steps: normalise each criterion column, multiply by its weight, take the
best and worst value of each column as the ideal and anti-ideal points, and
score each alternative by C = d- / (d+ + d-), where d+ and d- are its
Euclidean distances to the ideal and anti-ideal points. C runs from 0 to 1.
"""

import numpy as np

from .wlc import normalise_weights

NORMALISATIONS = ("vector", "none")


def topsis_scores(matrix, weights, benefit=None, normalisation="vector"):
    """Return the closeness coefficient of each row of ``matrix``.

    ``benefit`` is a list of booleans, one per column (True: higher is
    better); by default every column is a benefit. ``normalisation``
    "vector" divides each column by its Euclidean norm, as in the textbook
    method; "none" uses the values as given, for criteria already
    standardised to a common scale. Rows with a NaN are left out of the ideal
    points and get NaN.
    """
    if normalisation not in NORMALISATIONS:
        raise ValueError(f"Unknown TOPSIS normalisation {normalisation!r}: use vector or none.")
    matrix = np.asarray(matrix, dtype="float64")
    weights = normalise_weights(weights)
    columns = matrix.shape[1]
    benefit = np.ones(columns, dtype=bool) if benefit is None else np.asarray(benefit, dtype=bool)
    if benefit.shape != (columns,) or weights.shape != (columns,):
        raise ValueError(f"TOPSIS needs one weight and one direction per criterion ({columns}).")

    scores = np.full(matrix.shape[0], np.nan)
    complete = ~np.isnan(matrix).any(axis=1)
    if not complete.any():
        return scores
    values = matrix[complete]

    if normalisation == "vector":
        norms = np.sqrt((values ** 2).sum(axis=0))
        norms[norms == 0] = 1.0
        values = values / norms
    weighted = values * weights

    ideal = np.where(benefit, weighted.max(axis=0), weighted.min(axis=0))
    anti_ideal = np.where(benefit, weighted.min(axis=0), weighted.max(axis=0))
    distance_ideal = np.sqrt(((weighted - ideal) ** 2).sum(axis=1))
    distance_anti = np.sqrt(((weighted - anti_ideal) ** 2).sum(axis=1))
    total = distance_ideal + distance_anti
    # Every alternative equal on every criterion: all are as close to the ideal.
    closeness = np.divide(distance_anti, total, out=np.full_like(total, 0.5), where=total > 0)
    scores[complete] = closeness
    return scores
