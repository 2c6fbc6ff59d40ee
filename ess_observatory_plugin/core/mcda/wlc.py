"""Weighted linear combination of standardised criteria."""

import numpy as np


def normalise_weights(weights):
    """Scale non-negative weights to sum to 1."""
    weights = np.asarray(weights, dtype="float64")
    if weights.ndim != 1 or weights.size == 0:
        raise ValueError("Weights must be a non-empty list of numbers.")
    if np.any(~np.isfinite(weights)) or np.any(weights < 0):
        raise ValueError(f"Weights must be finite and not negative, got {weights.tolist()}.")
    total = weights.sum()
    if total <= 0:
        raise ValueError("At least one weight must be positive.")
    return weights / total


def wlc_scores(matrix, weights):
    """Return sum_j w_j x_ij for each row of the standardised ``matrix``.

    Weights are normalised to sum to 1. A row with a missing value (NaN) in
    a criterion of positive weight gets NaN: callers decide beforehand how
    missing values are treated.
    """
    matrix = np.asarray(matrix, dtype="float64")
    weights = normalise_weights(weights)
    used = weights > 0
    scores = matrix[:, used] @ weights[used]
    missing = np.isnan(matrix[:, used]).any(axis=1)
    scores[missing] = np.nan
    return scores


def wlc_scores_many(matrix, weight_sets):
    """Score every row under each weight vector of ``weight_sets`` (runs x criteria).

    Returns an array of shape (rows, runs). Rows with any NaN get NaN.
    """
    matrix = np.asarray(matrix, dtype="float64")
    weight_sets = np.asarray(weight_sets, dtype="float64")
    weight_sets = weight_sets / weight_sets.sum(axis=1, keepdims=True)
    scores = np.nan_to_num(matrix) @ weight_sets.T
    scores[np.isnan(matrix).any(axis=1)] = np.nan
    return scores
