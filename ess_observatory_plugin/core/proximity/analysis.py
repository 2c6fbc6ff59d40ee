"""The microcredit proximity analysis, step by step.

1. Demand points of every demand unit (all units of DEMAND, so that branches
   near a territory's border also count the people across it).
2. Costs from demand points to branches: ellipsoidal km, or network km or
   minutes, keeping every pair within max(bands, catchment).
3. E2SFCA scores, band counts and the nearest branch of each point.
4. Per unit: the same measures weighted by the target of its points, the
   underserved rule and the typology (medians and mean score of all units).
5. Restriction to the TERRITORY, if any: units, coverage table, Lorenz curve,
   lines and new sites cover the territory only.
"""

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .. import database
from ..territory import resolve_territory
from . import coverage, typology
from .accessibility import e2sfca
from .cancel import check_canceled
from .demand import demand_points
from .distances import straight_line_costs
from .errors import ProximityInputError
from .network import network_costs
from .siting import greedy_maximal_coverage


@dataclass
class ProximitySettings:
    """Settings of one run: bands and catchment in km, or in minutes with travel times."""

    bands: list
    catchment: float
    database_path: str = None
    territory_code: str = None
    new_branches: int = 0
    language: str = "en"
    target_label: str = "population_15_plus"
    speed_field: str = None

    @property
    def radius(self):
        return max(max(self.bands), self.catchment)


@dataclass
class ProximityResult:
    """Tables of one run, restricted to the territory when one is given."""

    settings: ProximitySettings
    territory: object
    unit: str
    method: str
    units: object
    geometries: list
    is_polygon: bool
    points: object
    branches: object
    coverage: object
    lorenz: tuple
    gini: float
    sites: object
    reference: dict
    warnings: list = field(default_factory=list)
    produced_on: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def illustrative(self):
        return self.branches.illustrative

    @property
    def band_columns(self):
        return [f"branches_{coverage.band_label(band)}{self.unit}" for band in self.settings.bands]

    @property
    def share_columns(self):
        return [f"share_{coverage.band_label(band)}" for band in self.settings.bands]


def run_proximity(branches, units, settings, raster=None, roads=None, feedback=None, transform_context=None):
    """Run the analysis; return a ProximityResult. Raises ProximityInputError on unusable inputs."""
    warnings = _input_warnings(branches, units)
    territory = None
    in_scope = np.ones(len(units), dtype=bool)
    if settings.territory_code:
        territory = resolve_territory(settings.database_path, settings.territory_code)
        column = "region_code" if territory.level == "region" else "province_code"
        in_scope = (units.table[column] == territory.code).to_numpy()
        if not in_scope.any():
            raise ProximityInputError(
                f"No demand feature lies in territory {territory.code} ({territory.name_fr}): choose another "
                "TERRITORY or a DEMAND layer that covers it.")

    _progress(feedback, 2)
    raster_units = np.nonzero(in_scope)[0] if raster is not None else None
    points = _all_points(units, raster, raster_units, transform_context, feedback)
    warnings.extend(points.notes)
    check_canceled(feedback)

    _progress(feedback, 10)
    costs = _costs(points.xy, branches.xy, settings, roads, feedback)
    warnings.extend(costs.notes)
    unit_name = costs.unit
    check_canceled(feedback)

    _progress(feedback, 60)
    score, _ratio = e2sfca(costs.pair_demand, costs.pair_branch, costs.pair_cost, points.target,
                           branches.capacity, settings.catchment)
    point_table = _point_table(points, costs, score, settings, unit_name)
    for column, source in (("commune_code", "code"), ("province_code", "province_code"),
                           ("region_code", "region_code")):
        point_table[column] = units.table[source].to_numpy()[points.unit_index]
    point_in_scope = in_scope[points.unit_index]
    warnings.extend(_roi_warnings(costs, point_in_scope, branches, settings, territory, unit_name))

    unit_table = _unit_table(units, point_table, costs, branches, settings, unit_name)
    reference = typology.classify(unit_table)
    if not (unit_table["target"] > 0).any():
        raise ProximityInputError("The target population is zero everywhere: nothing to measure.")
    check_canceled(feedback)

    _progress(feedback, 75)
    scope_units = unit_table[in_scope].copy()
    order = scope_units.sort_values(["score", "nearest_cost", "target"], ascending=[True, False, False],
                                    na_position="first").index
    scope_units.loc[order, "rank"] = np.arange(1, len(order) + 1)
    scope_units["rank"] = scope_units["rank"].astype("int64")
    scope_points = point_table[point_in_scope].reset_index(drop=True)

    names = _territory_names(settings.database_path, units.table)
    coverage_table = coverage.coverage_rows(scope_points, settings.bands, names)
    lorenz = coverage.lorenz_curve(scope_points["score"], scope_points["target"])
    gini = coverage.gini(scope_points["score"], scope_points["target"])

    _progress(feedback, 80)
    sites = _sites(units, scope_units, scope_points, settings, roads, feedback)
    geometries = [units.geometries[i] for i in np.nonzero(in_scope)[0]]
    return ProximityResult(
        settings=settings, territory=territory, unit=unit_name, method=costs.method,
        units=scope_units.reset_index(drop=True), geometries=geometries, is_polygon=units.is_polygon,
        points=scope_points, branches=branches, coverage=coverage_table, lorenz=lorenz, gini=gini, sites=sites,
        reference=reference, warnings=warnings,
    )


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _input_warnings(branches, units):
    warnings = []
    if branches.skipped_null_geometry:
        warnings.append(f"{branches.skipped_null_geometry} branches have no geometry and were skipped.")
    if branches.skipped_outside:
        listed_ids = ", ".join(str(i) for i in branches.skipped_outside[:5])
        warnings.append(
            f"{len(branches.skipped_outside)} branches lie outside Morocco and were skipped (feature ids {listed_ids}"
            f"{'…' if len(branches.skipped_outside) > 5 else ''}): check the layer CRS and whether longitude and "
            "latitude were swapped.")
    if branches.capacity_null:
        warnings.append(f"{branches.capacity_null} branches have a NULL or negative {branches.capacity_field}: "
                        "their capacity counts as 0.")
    if branches.multipart:
        warnings.append(f"{branches.multipart} branches are multipoints: each is placed at one of its points.")
    if units.skipped_null_geometry:
        warnings.append(f"{units.skipped_null_geometry} demand features have no geometry and were skipped.")
    if units.null_target:
        warnings.append(f"{units.null_target} demand features have a NULL target population, counted as 0.")
    if units.outside_communes:
        warnings.append(f"{units.outside_communes} demand features lie in no commune of the database: they have "
                        "no commune code nor needs indicators.")
    return warnings


def _all_points(units, raster, raster_units, transform_context, feedback):
    """Build one point per unit, replacing the point of each of ``raster_units`` by its raster cells."""
    from .demand import DemandPoints

    base = demand_points(units)
    if raster is None:
        return base
    cells = demand_points(units, raster_units, raster, transform_context, feedback)
    keep = ~np.isin(base.unit_index, raster_units)
    return DemandPoints(
        xy=np.vstack([base.xy[keep], cells.xy]), target=np.concatenate([base.target[keep], cells.target]),
        unit_index=np.concatenate([base.unit_index[keep], cells.unit_index]), from_raster=True,
        raster_units=cells.raster_units, notes=cells.notes)


def _costs(demand_xy, branch_xy, settings, roads, feedback):
    if roads is None:
        return straight_line_costs(demand_xy, branch_xy, settings.radius, feedback, (10.0, 60.0))
    return network_costs(roads, demand_xy, branch_xy, settings.radius, settings.speed_field, feedback)


def _point_table(points, costs, score, settings, unit_name):
    import pandas as pd

    table = pd.DataFrame({
        "unit_index": points.unit_index, "longitude": points.xy[:, 0], "latitude": points.xy[:, 1],
        "target": points.target, "nearest_branch": costs.nearest_branch, "nearest_cost": costs.nearest_cost,
        "distance_km": costs.nearest_distance_km, "score": score,
    })
    for band in settings.bands:
        within = costs.pair_cost <= band
        table[f"branches_{coverage.band_label(band)}{unit_name}"] = np.bincount(
            costs.pair_demand[within], minlength=len(points.xy))
    return table


def _roi_warnings(costs, point_in_scope, branches, settings, territory, unit_name):
    """Warn about branches beyond the largest band or catchment of every demand point in scope."""
    useful = np.zeros(len(branches), dtype=bool)
    useful[costs.pair_branch[point_in_scope[costs.pair_demand]]] = True
    outside = int((~useful).sum())
    if not outside:
        return []
    where = f"territory {territory.code} ({territory.name_fr})" if territory else "the demand points"
    return [f"{outside} of {len(branches)} branches are more than {settings.radius:g} {unit_name} from every "
            f"demand point of {where}: they count only when they are a commune's nearest branch."]


def _unit_table(units, points, costs, branches, settings, unit_name):
    """Aggregate the demand points of each unit, weighting by target population."""
    import pandas as pd

    table = units.table.copy()
    table["unit_index"] = np.arange(len(table))
    table = table.rename(columns={"target": "unit_target"})

    weighted = points.assign(
        weight=points["target"],
        covered=(points["nearest_cost"].fillna(np.inf) <= settings.catchment) * points["target"])
    band_columns = [f"branches_{coverage.band_label(b)}{unit_name}" for b in settings.bands]
    rows = []
    for unit_index, group in weighted.groupby("unit_index", sort=True):
        rows.append(_aggregate_unit(unit_index, group, band_columns, settings))
    aggregated = pd.DataFrame(rows)
    table = table.merge(aggregated, on="unit_index", how="left")
    table["target"] = table["unit_target"]
    table = table.drop(columns="unit_target")

    within = costs.pair_cost <= settings.catchment
    catchment_pairs = pd.DataFrame({"unit_index": points["unit_index"].to_numpy()[costs.pair_demand[within]],
                                    "branch": costs.pair_branch[within]})
    distinct = catchment_pairs.drop_duplicates()
    branch_counts = distinct.groupby("unit_index").size()
    table["branches_catchment"] = table["unit_index"].map(branch_counts).fillna(0).astype("int64")
    table["branches_per_10k"] = np.where(table["target"] > 0,
                                         10_000.0 * table["branches_catchment"] / table["target"].where(
                                             table["target"] > 0, 1.0), np.nan)
    if branches.institution_field:
        institutions = np.array([name or "" for name in branches.institutions], dtype=object)
        distinct = distinct.assign(institution=institutions[distinct["branch"].to_numpy()])
        distinct = distinct[distinct["institution"] != ""]
        overlap = distinct.groupby("unit_index")["institution"].nunique()
        table["institutions_overlap"] = table["unit_index"].map(overlap).fillna(0).astype("int64")
    else:
        table["institutions_overlap"] = None

    labels = np.array(branches.labels + [None], dtype=object)
    institutions = np.array(branches.institutions + [None], dtype=object)
    table["nearest_label"] = labels[table["nearest_branch"].fillna(-1).astype("int64")]
    table["nearest_institution"] = institutions[table["nearest_branch"].fillna(-1).astype("int64")]
    return table


def _aggregate_unit(unit_index, group, band_columns, settings):
    weight = group["weight"].to_numpy(dtype="float64")
    total = weight.sum()
    main = group.iloc[int(np.argmax(weight))] if len(group) else None

    def mean(column):
        values = group[column].to_numpy(dtype="float64")
        finite = np.isfinite(values)
        if not finite.any():
            return np.nan
        if total > 0 and weight[finite].sum() > 0:
            return float(np.average(values[finite], weights=weight[finite]))
        return float(values[finite].mean())

    row = {"unit_index": unit_index, "demand_points": len(group),
           "nearest_branch": int(main["nearest_branch"]) if main is not None else -1,
           "nearest_cost": mean("nearest_cost"), "distance_km": mean("distance_km"), "score": mean("score"),
           "covered_share": 100.0 * group["covered"].sum() / total if total > 0 else
           (100.0 if (group["nearest_cost"].fillna(np.inf) <= settings.catchment).all() else 0.0)}
    for column in band_columns:
        row[column] = mean(column)
    return row


def _territory_names(database_path, units_table):
    names = {}
    if database_path:
        tables = database.territories(database_path)
        for level in ("region", "province", "commune"):
            for code, name_fr, name_ar in tables[level][["code", "name_fr", "name_ar"]].itertuples(index=False):
                names[(level, code)] = (name_fr, name_ar)
    for code, name_fr, name_ar in units_table[["code", "name_fr", "name_ar"]].itertuples(index=False):
        names.setdefault(("commune", code), (name_fr, name_ar))
    return names


def _sites(units, scope_units, scope_points, settings, roads, feedback):
    """Greedy maximal coverage among the commune points of the territory."""
    import pandas as pd

    columns = ["order", "code", "name_fr", "name_ar", "province_code", "region_code", "longitude", "latitude",
               "added_target", "covered_target", "covered_share"]
    if settings.new_branches <= 0:
        return pd.DataFrame(columns=columns)
    candidates = demand_points(units, scope_units["unit_index"].to_numpy()).xy
    demand_xy = scope_points[["longitude", "latitude"]].to_numpy()
    if roads is None:
        table = straight_line_costs(demand_xy, candidates, settings.catchment, feedback)
    else:
        table = network_costs(roads, demand_xy, candidates, settings.catchment, settings.speed_field, feedback)
    within = table.pair_cost <= settings.catchment
    target = scope_points["target"].to_numpy(dtype="float64")
    covered = scope_points["nearest_cost"].fillna(np.inf).to_numpy() <= settings.catchment
    chosen = greedy_maximal_coverage(table.pair_branch[within], table.pair_demand[within], target, covered,
                                     settings.new_branches, len(candidates), feedback)
    total = target.sum()
    rows = []
    for site in chosen:
        unit = scope_units.iloc[site.candidate]
        rows.append({"order": site.order, "code": unit["code"], "name_fr": unit["name_fr"],
                     "name_ar": unit["name_ar"], "province_code": unit["province_code"],
                     "region_code": unit["region_code"], "longitude": candidates[site.candidate, 0],
                     "latitude": candidates[site.candidate, 1], "added_target": site.added_target,
                     "covered_target": site.covered_after,
                     "covered_share": 100.0 * site.covered_after / total if total > 0 else None})
    return pd.DataFrame(rows, columns=columns)
