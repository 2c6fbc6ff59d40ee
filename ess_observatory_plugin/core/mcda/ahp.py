"""Criterion weights from an AHP pairwise comparison matrix (Saaty).

The weights are the principal right eigenvector of the matrix, scaled to sum
to 1. Consistency index CI = (lambda_max - n) / (n - 1); consistency ratio
CR = CI / RI(n), where RI is Saaty's random index for matrices of order n.
A CR below 0.1 is the usual threshold of acceptable consistency.
"""

import json
import os
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .delimited import read_rows

# Saaty's random consistency index by matrix order, as AHP texts usually
# tabulate it: the mean CI of random reciprocal matrices. Simulated indices
# from other authors differ in the second decimal.
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45,
                10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59}
CONSISTENCY_THRESHOLD = 0.1
RECIPROCAL_TOLERANCE = 0.02


class AhpError(ValueError):
    """A pairwise matrix that is not square, positive and reciprocal."""


@dataclass
class AhpResult:
    weights: np.ndarray
    lambda_max: float
    consistency_index: float
    consistency_ratio: float
    labels: list

    @property
    def consistent(self):
        return self.consistency_ratio < CONSISTENCY_THRESHOLD


def validate_matrix(matrix):
    """Check that ``matrix`` is square, positive, with ones on the diagonal and reciprocal."""
    matrix = np.asarray(matrix, dtype="float64")
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1] or matrix.shape[0] == 0:
        raise AhpError(f"The pairwise matrix must be square, got {matrix.shape[0]} rows "
                       f"and {matrix.shape[1] if matrix.ndim == 2 else 0} columns.")
    if not np.all(np.isfinite(matrix)) or np.any(matrix <= 0):
        raise AhpError("Every entry of the pairwise matrix must be a positive number (1/9 to 9 on Saaty's scale).")
    size = matrix.shape[0]
    if size > max(RANDOM_INDEX):
        raise AhpError(f"The pairwise matrix has {size} criteria; Saaty's random index is tabulated up to "
                       f"{max(RANDOM_INDEX)}.")
    for i in range(size):
        if abs(matrix[i, i] - 1.0) > 1e-9:
            raise AhpError(f"Diagonal entry {i + 1} of the pairwise matrix is {matrix[i, i]:g}; it must be 1.")
        for j in range(i + 1, size):
            product = matrix[i, j] * matrix[j, i]
            if abs(product - 1.0) > RECIPROCAL_TOLERANCE:
                raise AhpError(
                    f"The pairwise matrix is not reciprocal: entry ({i + 1}, {j + 1}) is {matrix[i, j]:g} and "
                    f"entry ({j + 1}, {i + 1}) is {matrix[j, i]:g}; their product must be 1.")
    return matrix


def ahp_weights(matrix, labels=None):
    """Return the AhpResult of a pairwise matrix: weights, lambda_max, CI and CR."""
    matrix = validate_matrix(matrix)
    size = matrix.shape[0]
    eigenvalues, eigenvectors = np.linalg.eig(matrix)
    principal = int(np.argmax(eigenvalues.real))
    lambda_max = float(eigenvalues[principal].real)
    vector = np.abs(eigenvectors[:, principal].real)
    weights = vector / vector.sum()

    consistency_index = (lambda_max - size) / (size - 1) if size > 2 else 0.0
    # Rounding can leave lambda_max a hair below n for a consistent matrix.
    consistency_index = max(0.0, consistency_index)
    random_index = RANDOM_INDEX[size]
    consistency_ratio = consistency_index / random_index if random_index > 0 else 0.0
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(size)]
    return AhpResult(weights, lambda_max, consistency_index, consistency_ratio, labels)


def _number(text, where):
    text = str(text).strip().replace(",", ".")
    try:
        return float(Fraction(text))
    except (ValueError, ZeroDivisionError) as error:
        raise AhpError(f"{where}: {text!r} is not a number or a fraction such as 1/3.") from error


def read_matrix(path):
    """Read a pairwise matrix from a CSV or JSON file; return (matrix, labels or None).

    CSV: one row per criterion; a first row and first column of criterion
    codes are optional. Entries may be fractions such as 1/3; the separator
    may be a comma, a semicolon or a tab. JSON: {"criteria": [...],
    "matrix": [[...], ...]} or a bare list of rows.
    """
    if not os.path.isfile(path):
        raise AhpError(f"AHP matrix file {path!r} not found.")
    if path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            try:
                content = json.load(handle)
            except json.JSONDecodeError as error:
                raise AhpError(f"{path} is not valid JSON: {error}.") from error
        rows = content.get("matrix") if isinstance(content, dict) else content
        labels = content.get("criteria") if isinstance(content, dict) else None
        if not isinstance(rows, list):
            raise AhpError(f"{path}: expected a list of rows under \"matrix\".")
        matrix = [[_number(v, f"{path}, row {i + 1}") for v in row] for i, row in enumerate(rows)]
        return _square(matrix, path), labels

    rows = read_rows(path)
    if not rows:
        raise AhpError(f"AHP matrix file {path} is empty.")

    labels = None
    if not _is_number(rows[0][-1]):
        labels = [cell.strip() for cell in rows[0] if cell.strip()]
        rows = rows[1:]
    has_row_labels = rows and not _is_number(rows[0][0])
    if has_row_labels:
        row_labels = [row[0].strip() for row in rows]
        labels = labels or row_labels
        rows = [row[1:] for row in rows]
    matrix = [[_number(v, f"{path}, row {i + 1}") for v in row if v.strip()] for i, row in enumerate(rows)]
    if labels is not None and len(labels) != len(matrix):
        raise AhpError(f"{path}: {len(labels)} criterion names for a matrix of {len(matrix)} rows.")
    return _square(matrix, path), labels


def _square(rows, path):
    for position, row in enumerate(rows, start=1):
        if len(row) != len(rows):
            raise AhpError(f"{path}: row {position} has {len(row)} entries; a matrix of {len(rows)} "
                           f"criteria needs {len(rows)} in each row.")
    return np.asarray(rows, dtype="float64")


def _is_number(text):
    try:
        Fraction(str(text).strip().replace(",", "."))
        return True
    except (ValueError, ZeroDivisionError):
        return False
