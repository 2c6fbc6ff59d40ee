"""Multi-criteria functions checked against cases solved by hand."""

import json
import math

import numpy as np
import pandas as pd
import pytest

from ess_observatory_plugin.core.mcda.ahp import AhpError, ahp_weights, read_matrix
from ess_observatory_plugin.core.mcda.constraints import ConstraintError, apply_constraints, parse_constraints
from ess_observatory_plugin.core.mcda.criteria import CriteriaError, parse_criteria, read_criteria
from ess_observatory_plugin.core.mcda.sensitivity import (
    monte_carlo,
    one_at_a_time,
    ranks_of,
    vary_weight,
)
from ess_observatory_plugin.core.mcda.standardise import fuzzy_linear, min_max, standardise, z_score
from ess_observatory_plugin.core.mcda.topsis import topsis_scores
from ess_observatory_plugin.core.mcda.wlc import wlc_scores


def assert_same(actual, expected, tolerance=1e-9):
    actual = np.asarray(actual, dtype="float64")
    expected = np.asarray(expected, dtype="float64")
    assert actual.shape == expected.shape
    assert np.array_equal(np.isnan(actual), np.isnan(expected))
    present = ~np.isnan(expected)
    assert np.allclose(actual[present], expected[present], atol=tolerance, rtol=0)


# Standardisation

def test_min_max_benefit_and_cost():
    assert_same(min_max([2, 4, 6, np.nan]), [0.0, 0.5, 1.0, np.nan])
    assert_same(min_max([2, 4, 6, np.nan], benefit=False), [1.0, 0.5, 0.0, np.nan])


def test_min_max_constant_column():
    assert_same(min_max([3, 3, np.nan]), [0.5, 0.5, np.nan])


def test_z_score_by_hand():
    # mean 2, population standard deviation sqrt(2/3)
    deviation = math.sqrt(2 / 3)
    assert_same(z_score([1, 2, 3]), [-1 / deviation, 0.0, 1 / deviation])
    assert_same(z_score([1, 2, 3], benefit=False), [1 / deviation, 0.0, -1 / deviation])


def test_fuzzy_linear_between_thresholds():
    values = [5, 10, 15, 20, 25, np.nan]
    assert_same(fuzzy_linear(values, 10, 20), [0.0, 0.0, 0.5, 1.0, 1.0, np.nan])
    assert_same(fuzzy_linear(values, 10, 20, benefit=False), [1.0, 1.0, 0.5, 0.0, 0.0, np.nan])


def test_fuzzy_linear_rejects_bad_thresholds():
    with pytest.raises(ValueError, match="low < high"):
        fuzzy_linear([1, 2], 5, 5)


def test_standardise_unknown_method():
    with pytest.raises(ValueError, match="Unknown standardisation"):
        standardise([1, 2], "rank")


# AHP

def test_ahp_3x3_against_closed_form():
    a, b, c = 3.0, 5.0, 3.0
    matrix = [[1, a, b], [1 / a, 1, c], [1 / b, 1 / c, 1]]
    # For a 3x3 reciprocal matrix: lambda_max = 1 + (b/(ac))^(1/3) + (ac/b)^(1/3).
    ratio = a * c / b
    lambda_max = 1 + ratio ** (1 / 3) + ratio ** (-1 / 3)
    consistency_index = (lambda_max - 3) / 2
    # Eigenvector with w3 = 1, from rows 2 and 3 of (A - lambda I) w = 0:
    #   w1/a + (1 - lambda) w2 + c = 0   and   w1/b + w2/c + (1 - lambda) = 0
    d = 1 - lambda_max
    determinant = (1 / a) * (1 / c) - d * (1 / b)
    w1 = (-c * (1 / c) + d * d) / determinant
    w2 = (-(1 / a) * d + (1 / b) * c) / determinant
    expected = np.array([w1, w2, 1.0]) / (w1 + w2 + 1.0)

    result = ahp_weights(matrix)
    assert result.lambda_max == pytest.approx(lambda_max, abs=1e-9)
    assert result.consistency_index == pytest.approx(consistency_index, abs=1e-9)
    assert result.consistency_ratio == pytest.approx(consistency_index / 0.58, abs=1e-9)
    assert_same(result.weights, expected, 1e-9)
    # Rounded figures of the same case as usually printed: 0.637, 0.258, 0.105, CR 0.033.
    assert_same(np.round(result.weights, 3), [0.637, 0.258, 0.105])
    assert round(result.consistency_ratio, 3) == 0.033
    assert result.consistent


def _scaled_circulant(weights, x):
    """A = D E D^-1 with E a reciprocal circulant matrix of equal row sums 2 + x + 1/x.

    E's principal eigenvector is all ones with eigenvalue 2 + x + 1/x, so A's
    is ``weights`` with the same eigenvalue.
    """
    e = np.array([[1, x, 1, 1 / x], [1 / x, 1, x, 1], [1, 1 / x, 1, x], [x, 1, 1 / x, 1]])
    w = np.asarray(weights)
    return (w[:, None] / w[None, :]) * e


def test_ahp_4x4_inconsistent_stops():
    weights = [0.4, 0.3, 0.2, 0.1]
    result = ahp_weights(_scaled_circulant(weights, 2.0))
    # lambda_max = 2 + 2 + 1/2 = 4.5; CI = 0.5 / 3; RI(4) = 0.90
    assert result.lambda_max == pytest.approx(4.5, abs=1e-9)
    assert result.consistency_index == pytest.approx(0.5 / 3, abs=1e-9)
    assert result.consistency_ratio == pytest.approx((0.5 / 3) / 0.90, abs=1e-9)
    assert_same(result.weights, weights, 1e-9)
    assert not result.consistent


def test_ahp_4x4_slightly_inconsistent_passes():
    weights = [0.4, 0.3, 0.2, 0.1]
    result = ahp_weights(_scaled_circulant(weights, 1.2))
    lambda_max = 2 + 1.2 + 1 / 1.2
    assert result.lambda_max == pytest.approx(lambda_max, abs=1e-9)
    assert result.consistency_ratio == pytest.approx(((lambda_max - 4) / 3) / 0.90, abs=1e-9)
    assert_same(result.weights, weights, 1e-9)
    assert result.consistent


def test_ahp_consistent_matrix_has_zero_ratio():
    weights = np.array([0.5, 0.3, 0.2])
    result = ahp_weights(weights[:, None] / weights[None, :])
    assert result.lambda_max == pytest.approx(3.0, abs=1e-9)
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert_same(result.weights, weights, 1e-9)


@pytest.mark.parametrize("matrix, message", [
    ([[1, 2], [0.2, 1]], "not reciprocal"),
    ([[1, 2, 3], [0.5, 1, 2]], "must be square"),
    ([[1, 0], [0, 1]], "positive number"),
    ([[2, 1], [1, 1]], "Diagonal entry 1"),
])
def test_ahp_rejects_bad_matrix(matrix, message):
    with pytest.raises(AhpError, match=message):
        ahp_weights(matrix)


def test_read_matrix_csv_with_labels_and_fractions(tmp_path):
    path = tmp_path / "ahp.csv"
    path.write_text(",potential,unemployment_rate,electricity_access\n"
                    "potential,1,3,5\nunemployment_rate,1/3,1,3\nelectricity_access,1/5,1/3,1\n",
                    encoding="utf-8")
    matrix, labels = read_matrix(str(path))
    assert labels == ["potential", "unemployment_rate", "electricity_access"]
    assert matrix[1, 0] == pytest.approx(1 / 3)
    assert matrix[2, 1] == pytest.approx(1 / 3)


def test_read_matrix_json_and_ragged(tmp_path):
    path = tmp_path / "ahp.json"
    path.write_text(json.dumps({"criteria": ["a", "b"], "matrix": [[1, "1/2"], [2, 1]]}), encoding="utf-8")
    matrix, labels = read_matrix(str(path))
    assert labels == ["a", "b"]
    assert matrix[0, 1] == 0.5
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("1;2;3\n0.5;1\n1/3;1;1\n", encoding="utf-8")
    with pytest.raises(AhpError, match="row 2 has 2 entries"):
        read_matrix(str(ragged))


# WLC and TOPSIS

def test_wlc_by_hand():
    matrix = [[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [np.nan, 1.0]]
    assert_same(wlc_scores(matrix, [3, 1]), [0.75, 0.5, 0.25, np.nan])


def test_wlc_ignores_missing_in_zero_weight_criterion():
    assert_same(wlc_scores([[1.0, np.nan]], [1, 0]), [1.0])


def test_topsis_textbook_case_benefit():
    # Columns have Euclidean norm 5: normalised rows (.6, 0), (.8, .6), (0, .8);
    # weighted by 0.5: (.3, 0), (.4, .3), (0, .4); ideal (.4, .4), anti-ideal (0, 0).
    matrix = [[3, 0], [4, 3], [0, 4]]
    d_plus = [math.sqrt(0.1 ** 2 + 0.4 ** 2), 0.1, 0.4]
    d_minus = [0.3, math.sqrt(0.4 ** 2 + 0.3 ** 2), 0.4]
    expected = [m / (p + m) for p, m in zip(d_plus, d_minus)]
    assert_same(topsis_scores(matrix, [0.5, 0.5]), expected)
    assert_same(np.round(expected, 4), [0.4212, 0.8333, 0.5])


def test_topsis_textbook_case_with_cost():
    # Second column a cost: ideal (.4, 0), anti-ideal (0, .4).
    matrix = [[3, 0], [4, 3], [0, 4]]
    d_plus = [0.1, 0.3, math.sqrt(0.4 ** 2 + 0.4 ** 2)]
    d_minus = [math.sqrt(0.3 ** 2 + 0.4 ** 2), math.sqrt(0.4 ** 2 + 0.1 ** 2), 0.0]
    expected = [m / (p + m) for p, m in zip(d_plus, d_minus)]
    assert_same(topsis_scores(matrix, [1, 1], benefit=[True, False]), expected)
    assert expected[2] == 0.0


def test_topsis_row_with_missing_value():
    scores = topsis_scores([[1.0, 1.0], [0.0, 0.0], [np.nan, 1.0]], [1, 1], normalisation="none")
    assert_same(scores, [1.0, 0.0, np.nan])


# Criteria and constraints

def test_criteria_from_json_and_csv(tmp_path):
    json_path = tmp_path / "criteria.json"
    json_path.write_text(json.dumps({"criteria": [
        {"criterion": "potential", "direction": "benefit", "standardisation": "fuzzy", "low": 0, "high": 3,
         "weight": 0.5},
        {"criterion": "paved_road_distance_rural", "direction": "cost", "weight": 0.5, "missing": "best"},
    ]}), encoding="utf-8")
    criteria = read_criteria(str(json_path))
    assert [c.code for c in criteria] == ["potential", "paved_road_distance_rural"]
    assert criteria[0].standardisation == "fuzzy"
    assert criteria[0].high == 3.0
    assert criteria[1].benefit is False
    assert criteria[1].missing == "best"

    csv_path = tmp_path / "criteria.csv"
    csv_path.write_text("criterion;direction;standardisation;low;high;weight\n"
                        "electricity_access;benefit;fuzzy;50;100;0,25\n"
                        "unemployment_rate;benefit;minmax;;;0,75\n", encoding="utf-8")
    criteria = read_criteria(str(csv_path))
    assert criteria[0].low == 50.0
    assert criteria[0].weight == 0.25
    assert criteria[1].weight == 0.75
    assert criteria[1].missing == "exclude"


@pytest.mark.parametrize("entry, message", [
    ({"criterion": "x", "direction": "up"}, "direction 'up'"),
    ({"criterion": "x", "standardisation": "fuzzy", "low": 5}, "needs thresholds"),
    ({"criterion": "x", "weight": -1}, "negative"),
    ({"criterion": "x", "missing": "zero"}, "missing 'zero'"),
    ({"criterion": ""}, "criterion name is empty"),
])
def test_criteria_rejects_bad_entry(entry, message):
    with pytest.raises(CriteriaError, match=message):
        parse_criteria([entry])


def test_criteria_rejects_duplicate():
    with pytest.raises(CriteriaError, match="listed twice"):
        parse_criteria([{"criterion": "a"}, {"criterion": "a"}])


def test_constraints_parse_and_apply():
    constraints = parse_constraints("potential > none; type = rural and electricity_access >= 80")
    assert [str(c) for c in constraints] == ["potential > none", "type = rural", "electricity_access >= 80"]
    table = pd.DataFrame({
        "potential": [3.0, 0.0, np.nan, 2.0, 1.0],
        "type": ["rural", "rural", "rural", "urban", "Rural"],
        "electricity_access": [90.0, 95.0, 99.0, 99.0, 70.0],
    })
    assert apply_constraints(table, constraints).tolist() == [True, False, False, False, False]
    assert apply_constraints(table, parse_constraints("potential >= medium")).tolist() == \
        [True, False, False, True, False]
    assert apply_constraints(table, []).tolist() == [True] * 5


@pytest.mark.parametrize("text, message", [
    ("potential", "FIELD OPERATOR VALUE"),
    ("type > rural", "compares text"),
])
def test_constraints_reject_bad_syntax(text, message):
    with pytest.raises(ConstraintError, match=message):
        parse_constraints(text)


def test_constraints_unknown_field():
    with pytest.raises(ConstraintError, match="'altitude' not found"):
        apply_constraints(pd.DataFrame({"potential": [1.0]}), parse_constraints("altitude > 100"))


# Sensitivity

def test_ranks_share_best_rank_on_ties():
    assert ranks_of(np.array([0.2, 0.9, 0.9, 0.1]))[:, 0].tolist() == [3, 1, 1, 4]


def test_vary_weight_keeps_sum():
    varied = vary_weight([0.5, 0.3, 0.2], 0, 0.2)
    assert varied[0] == pytest.approx(0.6)
    assert varied.sum() == pytest.approx(1.0)
    # The others keep their proportions: 0.3 / 0.2 stays 1.5.
    assert varied[1] / varied[2] == pytest.approx(1.5)
    lowered = vary_weight([0.5, 0.3, 0.2], 2, -0.2)
    assert lowered[2] == pytest.approx(0.16)
    assert lowered.sum() == pytest.approx(1.0)


def _sensitivity_matrix():
    generator = np.random.default_rng(42)
    matrix = generator.random((40, 3))
    matrix[0] = [1.0, 1.0, 1.0]      # dominates every other row
    matrix[1] = [0.0, 0.0, 0.0]      # dominated by every other row
    return matrix


def test_one_at_a_time_table():
    rows = one_at_a_time(_sensitivity_matrix(), [0.5, 0.3, 0.2], ["a", "b", "c"], change=0.2, top_n=10)
    assert [(r.criterion, r.change) for r in rows] == [("a", 0.2), ("a", -0.2), ("b", 0.2), ("b", -0.2),
                                                      ("c", 0.2), ("c", -0.2)]
    assert rows[0].weight == pytest.approx(0.6)
    assert rows[3].weight == pytest.approx(0.24)
    for row in rows:
        assert row.top_size == 10
        assert 0 <= row.top_kept <= 10
        assert -1.0 <= row.spearman <= 1.0
        assert row.max_rank_shift >= 0


def test_monte_carlo_seeded_and_reproducible():
    matrix = _sensitivity_matrix()
    first = monte_carlo(matrix, [0.5, 0.3, 0.2], runs=200, seed=7, top_n=10)
    again = monte_carlo(matrix, [0.5, 0.3, 0.2], runs=200, seed=7, top_n=10)
    other = monte_carlo(matrix, [0.5, 0.3, 0.2], runs=200, seed=8, top_n=10)
    assert np.array_equal(first.top_share, again.top_share)
    assert np.array_equal(first.weight_samples, again.weight_samples)
    assert not np.array_equal(first.weight_samples, other.weight_samples)
    assert first.top_share[0] == 1.0
    assert first.base_rank[0] == 1
    assert first.top_share[1] == 0.0
    assert first.rank_p05[1] == 40
    assert np.all((first.top_share >= 0) & (first.top_share <= 1))
    # Ten places in the top 10 in every run: the shares add up to 10 (no ties in random data).
    assert first.top_share.sum() == pytest.approx(10.0)
    # The draws centre on the chosen weights.
    assert_same(first.weight_samples.mean(axis=0), [0.5, 0.3, 0.2], 0.01)


def test_monte_carlo_topsis_and_zero_weight():
    matrix = _sensitivity_matrix()
    result = monte_carlo(matrix, [0.6, 0.4, 0.0], method="topsis", runs=50, seed=1, top_n=5)
    assert np.all(result.weight_samples[:, 2] == 0.0)
    assert result.top_share[0] == 1.0
    assert result.top_n == 5
