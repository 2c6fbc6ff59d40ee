"""Income-generating-activity (AGR) opportunity of communes by value chain.

For a region or a province and one or several value chains, each commune is
scored by a multi-criteria analysis:

1. criteria (default: resources/agr_criteria_default.json) are read from the
   indicator layer, the potentials table and, when given, the accessibility
   field of a microcredit proximity layer;
2. constraints exclude communes (``potential > none``, say);
3. each criterion is standardised over the remaining communes, oriented so
   that higher is better, and its missing values are treated by its policy
   (exclude, worst or best; see mcda.criteria);
4. the weights come from an AHP pairwise matrix (with its consistency ratio),
   from direct weights, or from the criteria file;
5. weighted linear combination or TOPSIS gives a score from 0 to 1, ranked
   and cut into three classes (high, medium, low) by quantiles or Jenks;
6. a one-at-a-time variation of each weight and a seeded Monte Carlo of
   random weights measure how stable the top of the ranking is.
"""

import json
import math
import os
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from . import database
from .catalogue import load_catalogue
from .errors import ObservatoryError
from .i18n import translate
from .log import log
from .mcda import sensitivity
from .mcda.ahp import AhpError, ahp_weights, read_matrix
from .mcda.constraints import ConstraintError, apply_constraints, parse_constraints
from .mcda.criteria import FINANCE_ACCESS, POTENTIAL, CriteriaError, read_criteria
from .mcda.standardise import standardise
from .mcda.wlc import normalise_weights, wlc_scores
from .mcda.topsis import topsis_scores
from .potentials import LEVELS, latest_potentials, value_chain_name, value_chains
from .projects import projects_summary, read_projects
from .territory import resolve_territory

DEFAULT_CRITERIA_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources",
                                     "agr_criteria_default.json")
METHODS = ("wlc", "topsis")
CLASSIFICATIONS = ("quantile", "jenks")
CLASSES = ("low", "medium", "high")
TOP_N = 10
FINANCE_FIELDS = ("accessibility", "access_score")
FINANCE_CODE_FIELDS = ("commune_code", "code")
FINANCE_WEIGHT_FIELDS = ("target", "population")

STATUS_SCORED = "scored"
STATUS_EXCLUDED = "excluded"
STATUS_MISSING = "missing"


class AgrError(ObservatoryError):
    """Invalid settings or data of an opportunity analysis, with the value at fault."""


def _tr(text, language=None):
    return translate("AgrAnalysis", text, None, language)


@dataclass
class AgrSettings:
    territory: str
    value_chains: list
    criteria_path: str = None
    weights: str = None
    ahp_matrix_path: str = None
    accept_inconsistent: bool = False
    method: str = "wlc"
    constraints: str = ""
    classification: str = "quantile"
    sensitivity_change: float = 20.0
    monte_carlo_runs: int = sensitivity.DEFAULT_RUNS
    seed: int = 1
    language: str = "fr"
    finance_access_layer: object = None
    top_n: int = TOP_N


@dataclass
class AgrResult:
    settings: AgrSettings
    territory: object
    database_path: str
    chain_codes: list
    chains: object
    criteria: list
    weights: np.ndarray
    weights_source: str
    ahp: object
    scores: object
    missing: object
    one_at_a_time: object
    monte_carlo: object
    top: object
    projects: object
    projects_summary: object
    illustrative_rows: int
    constraints: list
    messages: list = field(default_factory=list)
    produced_on: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def language(self):
        return self.settings.language

    @property
    def illustrative(self):
        return self.illustrative_rows > 0

    @property
    def consistency_ratio(self):
        return None if self.ahp is None else self.ahp.consistency_ratio

    def chain_name(self, code):
        if not hasattr(self, "_chain_names"):
            self._chain_names = {c: value_chain_name(self.chains, c, self.language) for c in self.chains["code"]}
        return self._chain_names.get(code, code)

    def criterion_label(self, code):
        return criterion_label(code, self.language)


def criterion_label(code, language):
    """Return a readable name of a criterion in ar, fr or en."""
    if code == POTENTIAL:
        return translate("AgrAnalysis", "Potential of the value chain", None, language)
    if code == FINANCE_ACCESS:
        return translate("AgrAnalysis", "Access to microcredit", None, language)
    catalogue = load_catalogue()
    return catalogue[code].label(language) if code in catalogue else code


def resolve_value_chains(path, codes):
    """Return the value chain codes, normalised, or raise AgrError listing the valid codes."""
    chains = value_chains(path)
    known = {code.lower(): code for code in chains["code"]}
    if isinstance(codes, str):
        codes = [part for part in codes.replace(";", ",").split(",")]
    resolved, unknown = [], []
    for code in codes:
        text = str(code).strip().lower()
        if not text:
            continue
        if text in known:
            if known[text] not in resolved:
                resolved.append(known[text])
        else:
            unknown.append(str(code).strip())
    if unknown:
        raise AgrError(translate("AgrAnalysis", "Unknown value chain {0}. Valid codes: {1}.").format(
            ", ".join(repr(c) for c in unknown), ", ".join(chains["code"])))
    if not resolved:
        raise AgrError(translate("AgrAnalysis", "No value chain given. Valid codes: {0}.").format(", ".join(chains["code"])))
    return resolved, chains


def _load_criteria(settings):
    path = settings.criteria_path or DEFAULT_CRITERIA_PATH
    try:
        return read_criteria(path)
    except CriteriaError as error:
        raise AgrError(str(error)) from error


def _commune_table(path, territory):
    """Return the communes of the territory with every field of the commune indicator view."""
    frame = database.read_frame(
        path, f"SELECT * FROM {database.INDICATOR_VIEWS['commune']} WHERE {territory.commune_filter} ORDER BY code")
    return frame.drop(columns=[c for c in ("fid", "geom") if c in frame.columns])


def _numeric_fields(table):
    return [c for c in table.columns if c not in ("code", "name_fr", "name_ar", "type", "province_code",
                                                  "region_code", "estimated_indicators")]


def read_finance_access(layer):
    """Return commune code -> accessibility from a microcredit proximity layer.

    The layer needs a commune code field (commune_code or code) and an
    accessibility field (accessibility or access_score). Several features of
    one commune are averaged, weighted by their target population when the
    layer has a target (or population) field.
    """
    names = layer.fields().names()
    value_field = next((f for f in FINANCE_FIELDS if f in names), None)
    code_field = next((f for f in FINANCE_CODE_FIELDS if f in names), None)
    if value_field is None or code_field is None:
        raise AgrError(translate("AgrAnalysis", "The FINANCE_ACCESS layer {0} needs a commune code field ({1}) and an accessibility "
                           "field ({2}); it has: {3}.").format(layer.name(), " or ".join(FINANCE_CODE_FIELDS),
                                                               " or ".join(FINANCE_FIELDS), ", ".join(names)))
    weight_field = next((f for f in FINANCE_WEIGHT_FIELDS if f in names), None)
    sums, weights = {}, {}
    for feature in layer.getFeatures():
        code, value = feature[code_field], feature[value_field]
        if code is None or value is None or str(value) == "NULL":
            continue
        weight = feature[weight_field] if weight_field else 1.0
        weight = float(weight) if weight is not None and str(weight) != "NULL" else 0.0
        if weight_field is None:
            weight = 1.0
        sums[code] = sums.get(code, 0.0) + float(value) * weight
        weights[code] = weights.get(code, 0.0) + weight
    return {code: sums[code] / weights[code] for code in sums if weights[code] > 0}


def _parse_direct_weights(text, codes):
    """Read WEIGHTS: 'code=0.3; code=0.2' or numbers in criteria order."""
    text = str(text).strip()
    if "=" in text:
        weights = {}
        for part in text.replace(";", ",").split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise AgrError(translate("AgrAnalysis", "WEIGHTS entry {0!r} is not of the form criterion=weight.").format(part.strip()))
            name, value = part.split("=", 1)
            weights[name.strip()] = _weight_number(value)
        unknown = sorted(set(weights) - set(codes))
        if unknown:
            raise AgrError(translate("AgrAnalysis", "WEIGHTS names criteria that are not in use: {0}. Criteria: {1}.").format(
                ", ".join(unknown), ", ".join(codes)))
        missing = [code for code in codes if code not in weights]
        if missing:
            raise AgrError(translate("AgrAnalysis", "WEIGHTS gives no weight for {0}.").format(", ".join(missing)))
        return np.array([weights[code] for code in codes])
    values = [_weight_number(v) for v in text.replace(";", ",").split(",") if v.strip()]
    if len(values) != len(codes):
        raise AgrError(translate("AgrAnalysis", "WEIGHTS lists {0} numbers for {1} criteria ({2}).").format(
            len(values), len(codes), ", ".join(codes)))
    return np.array(values)


def _weight_number(text):
    try:
        value = float(str(text).strip())
    except ValueError as error:
        raise AgrError(translate("AgrAnalysis", "Weight {0!r} is not a number.").format(str(text).strip())) from error
    if value < 0 or math.isnan(value):
        raise AgrError(translate("AgrAnalysis", "Weight {0!r} is negative.").format(str(text).strip()))
    return value


def _weights(settings, criteria, messages, language):
    """Return (weights, source, AhpResult or None) for the criteria in use."""
    codes = [c.code for c in criteria]
    if settings.ahp_matrix_path and settings.weights:
        raise AgrError(translate("AgrAnalysis", "Give either WEIGHTS or AHP_MATRIX, not both."))

    if settings.ahp_matrix_path:
        try:
            matrix, labels = read_matrix(settings.ahp_matrix_path)
        except AhpError as error:
            raise AgrError(str(error)) from error
        labels = list(labels) if labels else None
        if labels is None:
            if len(matrix) != len(codes):
                raise AgrError(translate("AgrAnalysis", "The AHP matrix has {0} rows but {1} criteria are in use ({2}); add criterion "
                                   "names as its first row to match them.").format(len(matrix), len(codes),
                                                                                   ", ".join(codes)))
            labels = codes
        unknown = [label for label in labels if label not in codes and label != FINANCE_ACCESS]
        missing = [code for code in codes if code not in labels]
        if unknown or missing:
            raise AgrError(translate("AgrAnalysis", "The AHP matrix criteria do not match the criteria in use. Not in use: {0}. "
                               "Missing from the matrix: {1}.").format(", ".join(unknown) or "-",
                                                                         ", ".join(missing) or "-"))
        keep = [labels.index(code) for code in codes]
        if len(keep) < len(labels):
            messages.append(translate("AgrAnalysis", "The AHP matrix rows and columns of criteria left out ({0}) were removed before "
                                "computing the weights.", None, language).format(
                ", ".join(label for label in labels if label not in codes)))
        try:
            result = ahp_weights(matrix[np.ix_(keep, keep)], codes)
        except AhpError as error:
            raise AgrError(str(error)) from error
        if not result.consistent and not settings.accept_inconsistent:
            raise AgrError(translate("AgrAnalysis", "The AHP matrix is inconsistent: consistency ratio {0:.3f} (0.1 or more). Revise "
                               "the pairwise comparisons, or set ACCEPT_INCONSISTENT to go on.").format(
                result.consistency_ratio))
        if not result.consistent:
            messages.append(translate("AgrAnalysis", "The AHP matrix is inconsistent (consistency ratio {0:.3f}); the run went on "
                                "because ACCEPT_INCONSISTENT is set.", None, language).format(result.consistency_ratio))
        return result.weights, "ahp", result

    if settings.weights and str(settings.weights).strip():
        weights = _parse_direct_weights(settings.weights, codes)
        source = "direct"
    elif all(c.weight is not None for c in criteria):
        weights = np.array([c.weight for c in criteria])
        source = "criteria"
    else:
        weights = np.ones(len(criteria))
        source = "equal"
        messages.append(translate("AgrAnalysis", "Some criteria have no weight: every criterion gets the same weight.", None, language))
    try:
        return normalise_weights(weights), source, None
    except ValueError as error:
        raise AgrError(str(error)) from error


def _select_criteria(criteria, settings, table, messages, language):
    """Drop optional criteria without data; check that every other criterion can be read."""
    fields = _numeric_fields(table)
    selected = []
    for criterion in criteria:
        if criterion.code == FINANCE_ACCESS and settings.finance_access_layer is None:
            if criterion.optional:
                messages.append(translate("AgrAnalysis", "Access to microcredit is left out: no FINANCE_ACCESS layer was given. Run "
                                    "the microcredit proximity analysis and pass its output to include it.", None, language))
                continue
            raise AgrError(translate("AgrAnalysis", "The criterion finance_access needs the FINANCE_ACCESS layer (the output of the "
                               "microcredit proximity analysis)."))
        if criterion.code not in (POTENTIAL, FINANCE_ACCESS) and criterion.code not in fields:
            if criterion.optional:
                messages.append(translate("AgrAnalysis", "Criterion {0} is left out: no such field.", None, language).format(criterion.code))
                continue
            raise AgrError(translate("AgrAnalysis", "Criterion field {0!r} not found. Use an indicator code or a numeric field of "
                               "{1}: {2}; or potential, or finance_access.").format(
                criterion.code, database.INDICATOR_VIEWS["commune"], ", ".join(fields)))
        selected.append(criterion)
    if not selected:
        raise AgrError(translate("AgrAnalysis", "No criterion is left to score the communes."))
    return selected


def compute_agr(path, settings, feedback=None):
    """Run the opportunity analysis; return an AgrResult (see the module docstring)."""
    import pandas as pd

    language = settings.language
    messages = []
    if settings.method not in METHODS:
        raise AgrError(translate("AgrAnalysis", "Method {0!r} is invalid: use wlc or topsis.").format(settings.method))
    if settings.classification not in CLASSIFICATIONS:
        raise AgrError(translate("AgrAnalysis", "Classification {0!r} is invalid: use quantile or jenks.").format(settings.classification))
    if settings.monte_carlo_runs < 0:
        raise AgrError(translate("AgrAnalysis", "MONTE_CARLO_RUNS must be 0 or more, got {0}.").format(settings.monte_carlo_runs))
    if not 0 < settings.sensitivity_change < 100:
        raise AgrError(translate("AgrAnalysis", "SENSITIVITY_CHANGE must be between 0 and 100 %, got {0}.").format(
            settings.sensitivity_change))

    territory = resolve_territory(path, settings.territory)
    chain_codes, chains = resolve_value_chains(path, settings.value_chains)
    table = _commune_table(path, territory)
    if table.empty:
        raise AgrError(translate("AgrAnalysis", "Territory {0} has no commune in the database.").format(territory.code))
    try:
        constraints = parse_constraints(settings.constraints)
    except ConstraintError as error:
        raise AgrError(str(error)) from error

    criteria = _select_criteria(_load_criteria(settings), settings, table, messages, language)
    weights, weights_source, ahp = _weights(settings, criteria, messages, language)
    criteria = [c.with_weight(float(w)) for c, w in zip(criteria, weights)]

    if any(c.code == FINANCE_ACCESS for c in criteria):
        access = read_finance_access(settings.finance_access_layer)
        table[FINANCE_ACCESS] = table["code"].map(access)
    potentials = latest_potentials(path, chain_codes)
    potentials = potentials[potentials["commune_code"].isin(set(table["code"]))]
    _progress(feedback, 10)

    rows, missing_rows, oat_rows, monte_rows = [], [], [], []
    for position, chain in enumerate(chain_codes):
        if feedback is not None and feedback.isCanceled():
            return None
        chain_rows, chain_missing, oat, monte = _score_chain(
            table, potentials[potentials["value_chain"] == chain], chain, criteria, weights, constraints, settings,
            messages)
        rows.append(chain_rows)
        missing_rows.extend(chain_missing)
        oat_rows.extend(oat)
        monte_rows.append(monte)
        _progress(feedback, 10 + 80 * (position + 1) / len(chain_codes))

    scores = pd.concat(rows, ignore_index=True)
    if not (scores["status"] == STATUS_SCORED).any():
        raise AgrError(translate("AgrAnalysis", "No commune of {0} could be scored for {1}. {2}").format(
            territory.code, ", ".join(chain_codes), _no_score_hint(missing_rows, constraints, potentials.empty)))
    monte_carlo = pd.concat(monte_rows, ignore_index=True)
    top = _top_table(scores, settings.top_n)
    used = potentials[potentials["commune_code"].isin(set(table["code"]))]
    illustrative_rows = int(used["illustrative"].fillna(0).astype(int).sum()) if len(used) else 0
    if illustrative_rows:
        messages.append(translate("AgrAnalysis", "The potentials used include {0} ILLUSTRATIVE rows (made-up data): the map shows "
                            "opportunities of demonstration data, not of real potentials.", None, language).format(
            illustrative_rows))

    projects = read_projects(path, commune_codes=table["code"], value_chain_codes=chain_codes)
    summary = projects_summary(path, region_code=territory.region_code if territory.level == "region" else None,
                               commune_codes=None if territory.level == "region" else table["code"])
    result = AgrResult(
        settings=settings, territory=territory, database_path=path, chain_codes=chain_codes, chains=chains,
        criteria=criteria, weights=weights,
        weights_source=weights_source, ahp=ahp, scores=scores,
        missing=pd.DataFrame(missing_rows, columns=["value_chain", "criterion", "policy", "communes", "effect"]),
        one_at_a_time=pd.DataFrame(oat_rows, columns=["value_chain", "criterion", "change", "weight", "top_kept",
                                                      "top_size", "spearman", "max_rank_shift"]),
        monte_carlo=monte_carlo, top=top, projects=projects, projects_summary=summary,
        illustrative_rows=illustrative_rows, constraints=constraints, messages=messages)
    _progress(feedback, 95)
    for message in messages:
        log(message)
    return result


def _no_score_hint(missing_rows, constraints, no_potentials):
    potential_missing = [row for row in missing_rows if row[1] == POTENTIAL and row[3] > 0]
    if potential_missing or no_potentials:
        return translate("AgrAnalysis", "The territory has no potentials for these value chains: import them with "
                   "ess_observatory:import_potentials, or leave potential out of CRITERIA and CONSTRAINTS.")
    if constraints:
        return translate("AgrAnalysis", "The constraints exclude every commune: {0}.").format("; ".join(str(c) for c in constraints))
    return translate("AgrAnalysis", "Every commune lacks a value of a criterion whose missing policy is exclude.")


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _score_chain(table, potentials, chain, criteria, weights, constraints, settings, messages):
    """Score the communes of ``table`` for one value chain; return (rows, missing, one-at-a-time, Monte Carlo)."""
    import pandas as pd

    frame = table.copy()
    by_commune = potentials.set_index("commune_code")
    frame[POTENTIAL] = frame["code"].map(by_commune["score"]) if len(by_commune) else np.nan
    frame["potential_level"] = frame["code"].map(_level_text(by_commune)) if len(by_commune) else None
    frame["potential_illustrative"] = frame["code"].map(by_commune["illustrative"]) if len(by_commune) else 0
    frame["value_chain"] = chain

    try:
        allowed = apply_constraints(frame, constraints)
    except ConstraintError as error:
        raise AgrError(str(error)) from error

    codes = [c.code for c in criteria]
    standardised = np.full((len(frame), len(criteria)), np.nan)
    missing_rows = []
    for column, criterion in enumerate(criteria):
        raw = pd.to_numeric(frame[criterion.code], errors="coerce").to_numpy(dtype="float64")
        values = np.full(len(frame), np.nan)
        if allowed.any():
            try:
                values[allowed] = standardise(raw[allowed], criterion.standardisation, criterion.benefit, criterion.low,
                                           criterion.high)
            except ValueError as error:
                raise AgrError(f"{criterion.code}: {error}") from error
        gaps = allowed & np.isnan(raw)
        if gaps.any():
            observed = values[allowed & ~np.isnan(raw)]
            if criterion.missing == "worst":
                values[gaps] = np.nanmin(observed) if criterion.standardisation == "zscore" and observed.size else 0.0
            elif criterion.missing == "best":
                values[gaps] = np.nanmax(observed) if criterion.standardisation == "zscore" and observed.size else 1.0
            effect = {"exclude": "not scored", "worst": "worst value", "best": "best value"}[criterion.missing]
            missing_rows.append((chain, criterion.code, criterion.missing, int(gaps.sum()), effect))
        standardised[:, column] = values
        frame[f"s_{criterion.code}"] = values

    complete = allowed & ~np.isnan(standardised).any(axis=1)
    scores = np.full(len(frame), np.nan)
    if complete.any():
        matrix = standardised[complete]
        if settings.method == "wlc":
            scores[complete] = wlc_scores(matrix, weights)
        else:
            scores[complete] = topsis_scores(matrix, weights, normalisation="none")
    frame["score"] = scores
    frame["status"] = np.where(~allowed, STATUS_EXCLUDED, np.where(complete, STATUS_SCORED, STATUS_MISSING))
    frame["missing_criteria"] = [
        ", ".join(code for code, value in zip(codes, row) if math.isnan(value)) if state == STATUS_MISSING else None
        for row, state in zip(standardised, frame["status"])]

    frame["rank"] = np.nan
    frame["opportunity_class"] = None
    frame["top_share"] = np.nan
    frame["mean_rank"] = np.nan
    frame["rank_p05"] = np.nan
    frame["rank_p95"] = np.nan
    oat_rows = []
    monte = pd.DataFrame(columns=["value_chain", "code", "rank", "top_share", "mean_rank", "rank_p05", "rank_p95"])
    if complete.any():
        ranks = sensitivity.ranks_of(scores[complete])[:, 0]
        frame.loc[complete, "rank"] = ranks
        frame.loc[complete, "opportunity_class"] = classify(scores[complete], settings.classification)
        matrix = standardised[complete]
        change = settings.sensitivity_change / 100.0
        for row in sensitivity.one_at_a_time(matrix, weights, codes, settings.method, change, settings.top_n):
            oat_rows.append((chain, row.criterion, row.change, row.weight, row.top_kept, row.top_size, row.spearman,
                             row.max_rank_shift))
        if settings.monte_carlo_runs > 0:
            result = sensitivity.monte_carlo(matrix, weights, settings.method, settings.monte_carlo_runs,
                                             settings.seed, settings.top_n)
            frame.loc[complete, "top_share"] = result.top_share
            frame.loc[complete, "mean_rank"] = result.mean_rank
            frame.loc[complete, "rank_p05"] = result.rank_p05
            frame.loc[complete, "rank_p95"] = result.rank_p95
            monte = pd.DataFrame({
                "value_chain": chain, "code": frame.loc[complete, "code"].to_numpy(), "rank": ranks,
                "top_share": result.top_share, "mean_rank": result.mean_rank, "rank_p05": result.rank_p05,
                "rank_p95": result.rank_p95}).sort_values("rank")
    return frame, missing_rows, oat_rows, monte


def _level_text(by_commune):
    """Return the level of each commune, or the quantity and unit when no level was given."""
    texts = {}
    for code, row in by_commune.iterrows():
        if isinstance(row["level"], str) and row["level"]:
            texts[code] = row["level"]
        elif row["quantity"] is not None and not (isinstance(row["quantity"], float) and math.isnan(row["quantity"])):
            texts[code] = f"{row['quantity']:g} {row['unit']} ({LEVELS[int(row['score'])]})"
    return texts


def classify(scores, method):
    """Cut scores into low, medium and high: terciles (quantile) or Jenks natural breaks (QGIS)."""
    scores = np.asarray(scores, dtype="float64")
    if scores.size == 0:
        return []
    distinct = np.unique(scores)
    if distinct.size < 3:
        # Too few distinct scores for three classes: the best is high, any other low.
        return ["high" if value == distinct[-1] else "low" for value in scores]
    if method == "jenks":
        from qgis.core import QgsClassificationJenks

        ranges = QgsClassificationJenks().classes(list(map(float, scores)), 3)
        breaks = [r.upperBound() for r in ranges]
        first, second = breaks[0], breaks[1]
    else:
        first, second = np.quantile(scores, [1 / 3, 2 / 3])
    classes = []
    for value in scores:
        if value <= first:
            classes.append(CLASSES[0])
        elif value <= second:
            classes.append(CLASSES[1])
        else:
            classes.append(CLASSES[2])
    return classes


def _top_table(scores, top_n):
    scored = scores[scores["status"] == STATUS_SCORED]
    top = scored[scored["rank"] <= top_n].sort_values(["value_chain", "rank", "code"])
    columns = ["value_chain", "rank", "code", "name_fr", "name_ar", "province_code", "potential_level", "score",
               "opportunity_class", "top_share", "rank_p05", "rank_p95"]
    return top[columns].reset_index(drop=True)


def describe_settings(result):
    """Return the settings of a run as a JSON text, for the workbook and the log."""
    settings = result.settings
    return json.dumps({
        "territory": result.territory.code, "value_chains": result.chain_codes,
        "criteria": settings.criteria_path or "default", "weights": settings.weights or None,
        "ahp_matrix": settings.ahp_matrix_path or None, "accept_inconsistent": settings.accept_inconsistent,
        "method": settings.method, "constraints": settings.constraints or None,
        "classification": settings.classification, "sensitivity_change": settings.sensitivity_change,
        "monte_carlo_runs": settings.monte_carlo_runs, "seed": settings.seed, "language": settings.language,
        "finance_access": None if settings.finance_access_layer is None else settings.finance_access_layer.source(),
    }, ensure_ascii=False)
