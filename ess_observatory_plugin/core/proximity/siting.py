"""New branch sites by greedy maximal coverage.

Candidates are points (the commune points of the study area). A candidate
covers the demand points within the catchment of it. Demand already within
the catchment of an existing branch is covered from the start. Each round
picks the candidate that covers the largest target population not yet
covered, marks that population covered, and records how much it added; ties
go to the candidate listed first. The greedy answer is at least
1 - 1/e (about 63 %) of the best possible coverage, and often equal to it.
"""

from dataclasses import dataclass

import numpy as np

from .cancel import check_canceled


@dataclass(frozen=True)
class Site:
    candidate: int
    added_target: float
    covered_after: float
    order: int


def greedy_maximal_coverage(pair_candidate, pair_demand, demand_target, initially_covered, count,
                            candidate_count, feedback=None):
    """Choose up to ``count`` candidates; return the list of Site in the order chosen.

    ``pair_candidate`` and ``pair_demand`` list every (candidate, demand point)
    within the catchment. Stops early when no candidate adds population.
    """
    demand_target = np.asarray(demand_target, dtype="float64")
    covered = np.asarray(initially_covered, dtype=bool).copy()
    pair_candidate = np.asarray(pair_candidate, dtype="int64")
    pair_demand = np.asarray(pair_demand, dtype="int64")

    sites = []
    covered_total = float(demand_target[covered].sum())
    for order in range(1, count + 1):
        check_canceled(feedback)
        open_pairs = ~covered[pair_demand]
        gain = np.bincount(pair_candidate[open_pairs], weights=demand_target[pair_demand[open_pairs]],
                           minlength=candidate_count)
        best = int(np.argmax(gain)) if len(gain) else 0
        if not len(gain) or gain[best] <= 0:
            break
        covered[pair_demand[pair_candidate == best]] = True
        covered_total += float(gain[best])
        sites.append(Site(candidate=best, added_target=float(gain[best]), covered_after=covered_total, order=order))
        if feedback is not None:
            feedback.setProgress(100.0 * order / count)
    return sites
