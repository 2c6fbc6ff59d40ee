"""Standardisation of criterion values to a common 0-1 scale (z-scores aside).

Every function takes a 1-D array of raw values, where NaN marks a missing
value and stays NaN, and returns values oriented so that a higher result is
always better: ``benefit=False`` (a cost criterion, such as a distance)
reverses the scale.
"""

import numpy as np

METHODS = ("minmax", "zscore", "fuzzy")

# Value given to every commune when a criterion does not vary across them,
# so that it neither favours nor penalises anyone.
CONSTANT_VALUE = 0.5


def _as_array(values):
    return np.asarray(values, dtype="float64")


def min_max(values, benefit=True):
    """Scale linearly from 0 (worst observed value) to 1 (best observed value)."""
    values = _as_array(values)
    if np.all(np.isnan(values)):
        return values.copy()
    low, high = np.nanmin(values), np.nanmax(values)
    if high == low:
        return np.where(np.isnan(values), np.nan, CONSTANT_VALUE)
    scaled = (values - low) / (high - low)
    return scaled if benefit else 1.0 - scaled


def z_score(values, benefit=True):
    """Centre on the mean and divide by the population standard deviation (ddof 0)."""
    values = _as_array(values)
    if np.all(np.isnan(values)):
        return values.copy()
    mean, deviation = np.nanmean(values), np.nanstd(values)
    if deviation == 0:
        return np.where(np.isnan(values), np.nan, 0.0)
    scored = (values - mean) / deviation
    return scored if benefit else -scored


def fuzzy_linear(values, low, high, benefit=True):
    """Fuzzy membership, linear between two thresholds.

    For a benefit criterion, values at or below ``low`` get 0, values at or
    above ``high`` get 1; a cost criterion gets the reverse. Unlike min-max
    the thresholds are fixed, so scores compare across territories.
    """
    if low is None or high is None or not high > low:
        raise ValueError(f"Fuzzy standardisation needs two thresholds with low < high, got low={low}, high={high}.")
    values = _as_array(values)
    membership = np.clip((values - low) / (high - low), 0.0, 1.0)
    return membership if benefit else 1.0 - membership


def standardise(values, method, benefit=True, low=None, high=None):
    """Apply one of METHODS to ``values``; see the functions above."""
    if method == "minmax":
        return min_max(values, benefit)
    if method == "zscore":
        return z_score(values, benefit)
    if method == "fuzzy":
        return fuzzy_linear(values, low, high, benefit)
    raise ValueError(f"Unknown standardisation {method!r}: use one of {', '.join(METHODS)}.")
