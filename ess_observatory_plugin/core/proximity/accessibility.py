"""Enhanced two-step floating catchment area (E2SFCA) accessibility.

With d0 the catchment (km, or minutes along a network with speeds), S_j the
capacity of branch j, P_k the target population of demand point k and d_kj
their distance or travel time:

    W(d) = (exp(-0.5 (d / d0)^2) - exp(-0.5)) / (1 - exp(-0.5))   for d <= d0
    W(d) = 0                                                     for d > d0

    step 1, supply-to-demand ratio of each branch:
        R_j = S_j / sum_k { P_k W(d_kj) : d_kj <= d0 }
    step 2, accessibility of each demand point:
        A_i = sum_j { R_j W(d_ij) : d_ij <= d0 }

W falls from 1 at the branch to 0 at the catchment edge along a Gaussian
curve. The score reported is 10,000 x A_i: capacity units (branches, loan
officers, clients...) per 10,000 target people. A branch with no target
population within its catchment has R_j = 0 and adds nothing to any score.
"""

import math

import numpy as np

SCORE_SCALE = 10_000.0
_EDGE = math.exp(-0.5)


def gaussian_weight(cost, catchment):
    """Gaussian distance decay W(d): 1 at d = 0, 0 at and beyond the catchment ``catchment``."""
    cost = np.asarray(cost, dtype="float64")
    weight = (np.exp(-0.5 * (cost / float(catchment)) ** 2) - _EDGE) / (1.0 - _EDGE)
    return np.where(cost <= catchment, np.clip(weight, 0.0, 1.0), 0.0)


def e2sfca(pair_demand, pair_branch, pair_cost, demand_target, branch_capacity, catchment):
    """Return (score of each demand point x 10,000, ratio R_j of each branch).

    The ``pair_*`` arrays list every (demand point, branch, cost) within the
    catchment; pairs beyond it are ignored.
    """
    demand_target = np.asarray(demand_target, dtype="float64")
    branch_capacity = np.asarray(branch_capacity, dtype="float64")
    pair_demand = np.asarray(pair_demand, dtype="int64")
    pair_branch = np.asarray(pair_branch, dtype="int64")
    pair_cost = np.asarray(pair_cost, dtype="float64")

    inside = pair_cost <= catchment
    pair_demand, pair_branch, pair_cost = pair_demand[inside], pair_branch[inside], pair_cost[inside]
    weight = gaussian_weight(pair_cost, catchment)

    weighted_demand = np.bincount(pair_branch, weights=demand_target[pair_demand] * weight,
                                  minlength=len(branch_capacity))
    ratio = np.divide(branch_capacity, weighted_demand, out=np.zeros(len(branch_capacity)),
                      where=weighted_demand > 0)
    score = np.bincount(pair_demand, weights=ratio[pair_branch] * weight, minlength=len(demand_target))
    return SCORE_SCALE * score, ratio
