"""Sensitivity of a multi-criteria ranking to its weights.

Two analyses over the same standardised matrix (rows: alternatives with no
missing value; columns: criteria):

- one at a time: each weight in turn is raised and lowered by a relative
  change (20 % by default) and the other weights are rescaled so that all
  still sum to 1; the table reports how much of the top of the ranking
  survives and how far ranks move;
- Monte Carlo: weight vectors are drawn from a Dirichlet distribution centred
  on the chosen weights (alpha = concentration x weight) with a seeded
  generator, and each alternative gets the share of runs in which it stays
  in the top N, with its mean rank and 5th-95th percentile ranks.
"""

from dataclasses import dataclass

import numpy as np

from .topsis import topsis_scores
from .wlc import normalise_weights, wlc_scores_many

DEFAULT_CHANGE = 0.20
DEFAULT_RUNS = 500
DEFAULT_TOP_N = 10
# With alpha = 100 x w, a weight of 0.1 varies with a coefficient of
# variation of about 30 % and a weight of 0.3 of about 15 %.
DEFAULT_CONCENTRATION = 100.0
METHODS = ("wlc", "topsis")


def score_many(matrix, weight_sets, method):
    """Return scores of shape (rows, runs), one column per weight vector."""
    if method == "wlc":
        return wlc_scores_many(matrix, weight_sets)
    if method == "topsis":
        return np.column_stack([topsis_scores(matrix, w, normalisation="none") for w in weight_sets])
    raise ValueError(f"Unknown method {method!r}: use wlc or topsis.")


def ranks_of(scores):
    """Rank each column of ``scores`` (rows, runs), 1 for the highest; ties share the best rank."""
    scores = np.asarray(scores, dtype="float64")
    if scores.ndim == 1:
        scores = scores[:, None]
    ranks = np.empty(scores.shape, dtype="int64")
    for column in range(scores.shape[1]):
        values = scores[:, column]
        ordered = np.sort(values)[::-1]
        # Rank = 1 + number of strictly higher scores.
        ranks[:, column] = 1 + np.searchsorted(-ordered, -values, side="left")
    return ranks


def vary_weight(weights, index, change):
    """Multiply weight ``index`` by (1 + change) and rescale the others to keep the sum at 1."""
    weights = normalise_weights(weights)
    changed = min(1.0, max(0.0, weights[index] * (1.0 + change)))
    others = 1.0 - weights[index]
    result = weights.copy()
    if others > 0:
        result *= (1.0 - changed) / others
    result[index] = changed
    return result


@dataclass
class OneAtATimeRow:
    criterion: str
    change: float
    weight: float
    top_kept: int
    top_size: int
    spearman: float
    max_rank_shift: int


def one_at_a_time(matrix, weights, labels, method="wlc", change=DEFAULT_CHANGE, top_n=DEFAULT_TOP_N):
    """Return a list of OneAtATimeRow: each weight raised and lowered by ``change``."""
    matrix = np.asarray(matrix, dtype="float64")
    weights = normalise_weights(weights)
    base_ranks = ranks_of(score_many(matrix, weights[None, :], method))[:, 0]
    top_size = min(top_n, matrix.shape[0])
    base_top = set(np.argsort(base_ranks, kind="stable")[:top_size])

    variants, descriptions = [], []
    for index, label in enumerate(labels):
        if weights[index] == 0:
            continue
        for signed in (change, -change):
            variants.append(vary_weight(weights, index, signed))
            descriptions.append((label, signed))
    if not variants:
        return []
    ranks = ranks_of(score_many(matrix, np.vstack(variants), method))

    rows = []
    for column, (label, signed) in enumerate(descriptions):
        run_ranks = ranks[:, column]
        top = set(np.argsort(run_ranks, kind="stable")[:top_size])
        rows.append(OneAtATimeRow(
            criterion=label,
            change=signed,
            weight=float(variants[column][labels.index(label)]),
            top_kept=len(base_top & top),
            top_size=top_size,
            spearman=_spearman(base_ranks, run_ranks),
            max_rank_shift=int(np.abs(run_ranks - base_ranks).max()) if len(run_ranks) else 0,
        ))
    return rows


def _spearman(first, second):
    if len(first) < 2:
        return 1.0
    first = first - first.mean()
    second = second - second.mean()
    denominator = np.sqrt((first ** 2).sum() * (second ** 2).sum())
    return float((first * second).sum() / denominator) if denominator > 0 else 1.0


@dataclass
class MonteCarloResult:
    runs: int
    seed: int
    concentration: float
    top_n: int
    base_rank: np.ndarray
    top_share: np.ndarray
    mean_rank: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    weight_samples: np.ndarray


def random_weights(weights, runs, seed, concentration=DEFAULT_CONCENTRATION):
    """Draw ``runs`` weight vectors from a Dirichlet centred on ``weights``.

    Criteria of zero weight stay at zero. The same seed gives the same draws.
    """
    weights = normalise_weights(weights)
    generator = np.random.default_rng(seed)
    positive = weights > 0
    samples = np.zeros((runs, weights.size))
    samples[:, positive] = generator.dirichlet(concentration * weights[positive], size=runs)
    return samples


def monte_carlo(matrix, weights, method="wlc", runs=DEFAULT_RUNS, seed=0, top_n=DEFAULT_TOP_N,
                concentration=DEFAULT_CONCENTRATION):
    """Rank the rows under ``runs`` random weight vectors; return a MonteCarloResult."""
    if runs < 1:
        raise ValueError(f"The Monte Carlo needs at least one run, got {runs}.")
    matrix = np.asarray(matrix, dtype="float64")
    weights = normalise_weights(weights)
    base_rank = ranks_of(score_many(matrix, weights[None, :], method))[:, 0]
    samples = random_weights(weights, runs, seed, concentration)
    ranks = ranks_of(score_many(matrix, samples, method))
    top_size = min(top_n, matrix.shape[0])
    return MonteCarloResult(
        runs=runs,
        seed=seed,
        concentration=concentration,
        top_n=top_size,
        base_rank=base_rank,
        top_share=(ranks <= top_size).mean(axis=1),
        mean_rank=ranks.mean(axis=1),
        rank_p05=np.percentile(ranks, 5, axis=1),
        rank_p95=np.percentile(ranks, 95, axis=1),
        weight_samples=samples,
    )
