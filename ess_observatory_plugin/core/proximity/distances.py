"""Straight-line distances between demand points and branches on the WGS 84 ellipsoid.

Every distance the analysis keeps is an ellipsoidal distance measured by
QgsDistanceArea (ellipsoid WGS84) between points in EPSG:4326. A vectorised
haversine on the mean sphere only chooses which pairs to measure: the sphere
and the ellipsoid disagree by less than 0.6 % in any direction, so a pair
whose spherical distance exceeds a threshold by more than PREFILTER_MARGIN
cannot be within it on the ellipsoid.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsDistanceArea, QgsPointXY

from .cancel import check_canceled

MEAN_EARTH_RADIUS_M = 6371008.8
PREFILTER_MARGIN = 0.01
PREFILTER_SLACK_M = 1.0
# Haversine values held in memory at once: 2 million pairs are about 16 MB of float64.
CHUNK_PAIRS = 2_000_000


@dataclass
class CostTable:
    """Costs from each demand point to the branches, in one unit ("km" or "min").

    ``nearest_branch`` is the index of the cheapest branch of each demand
    point (-1 when none is reachable), ``nearest_cost`` its cost and
    ``nearest_distance_km`` its distance. The ``pair_*`` arrays list every
    (demand point, branch) pair whose cost is at most ``radius``.
    """

    unit: str
    radius: float
    nearest_branch: np.ndarray
    nearest_cost: np.ndarray
    nearest_distance_km: np.ndarray
    pair_demand: np.ndarray
    pair_branch: np.ndarray
    pair_cost: np.ndarray
    method: str = "ellipsoid"
    notes: list = field(default_factory=list)

    @property
    def demand_count(self):
        return len(self.nearest_branch)


def ellipsoid_measure():
    """Return a QgsDistanceArea measuring metres on WGS 84 between EPSG:4326 points."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    if not measure.setEllipsoid("WGS84"):
        raise RuntimeError("QGIS could not load the WGS84 ellipsoid: check the QGIS installation (proj data).")
    return measure


def haversine_m(lon1, lat1, lon2, lat2):
    """Great-circle distance in metres on the mean Earth sphere; arguments broadcast."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(value, dtype="float64")) for value in (lon1, lat1, lon2, lat2))
    half_dlat = (lat2 - lat1) / 2.0
    half_dlon = (lon2 - lon1) / 2.0
    chord = np.sin(half_dlat) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(half_dlon) ** 2
    return 2.0 * MEAN_EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(chord, 0.0, 1.0)))


def straight_line_costs(demand_xy, branch_xy, radius_km, feedback=None, progress_span=(0.0, 100.0)):
    """Measure ellipsoidal distances from demand points to branches.

    ``demand_xy`` and ``branch_xy`` are (n, 2) arrays of longitude, latitude in
    EPSG:4326. Returns a CostTable in km with the nearest branch of every
    demand point and every pair within ``radius_km``.
    """
    demand_xy = np.asarray(demand_xy, dtype="float64").reshape(-1, 2)
    branch_xy = np.asarray(branch_xy, dtype="float64").reshape(-1, 2)
    demand_count, branch_count = len(demand_xy), len(branch_xy)
    radius_m = float(radius_km) * 1000.0

    nearest_branch = np.full(demand_count, -1, dtype="int64")
    nearest_m = np.full(demand_count, np.nan)
    pair_parts = ([], [], [])
    if demand_count == 0 or branch_count == 0:
        return _cost_table(nearest_branch, nearest_m, pair_parts, radius_km)

    measure = ellipsoid_measure()
    branch_points = [QgsPointXY(x, y) for x, y in branch_xy]
    rows_per_chunk = max(1, CHUNK_PAIRS // branch_count)
    start_progress, end_progress = progress_span

    for start in range(0, demand_count, rows_per_chunk):
        check_canceled(feedback)
        stop = min(demand_count, start + rows_per_chunk)
        chunk = demand_xy[start:stop]
        spherical = haversine_m(chunk[:, :1], chunk[:, 1:2], branch_xy[None, :, 0], branch_xy[None, :, 1])

        # Candidates for the nearest branch: within the margin of the spherical minimum.
        nearest_spherical = spherical.min(axis=1, keepdims=True)
        nearest_candidate = spherical <= nearest_spherical * (1.0 + PREFILTER_MARGIN) + PREFILTER_SLACK_M
        within_candidate = spherical <= radius_m * (1.0 + PREFILTER_MARGIN) + PREFILTER_SLACK_M
        rows, columns = np.nonzero(nearest_candidate | within_candidate)

        exact = np.empty(len(rows))
        for position, (row, column) in enumerate(zip(rows, columns)):
            if position % 4096 == 0:
                check_canceled(feedback)
            longitude, latitude = chunk[row]
            exact[position] = measure.measureLine(QgsPointXY(longitude, latitude), branch_points[column])

        # Nearest: the smallest exact distance among each row's candidates.
        is_nearest_candidate = nearest_candidate[rows, columns]
        candidate_rows, candidate_columns = rows[is_nearest_candidate], columns[is_nearest_candidate]
        candidate_exact = exact[is_nearest_candidate]
        order = np.lexsort((candidate_exact, candidate_rows))
        first = np.ones(len(order), dtype=bool)
        first[1:] = candidate_rows[order][1:] != candidate_rows[order][:-1]
        best = order[first]
        nearest_branch[start + candidate_rows[best]] = candidate_columns[best]
        nearest_m[start + candidate_rows[best]] = candidate_exact[best]

        inside = exact <= radius_m
        pair_parts[0].append(start + rows[inside])
        pair_parts[1].append(columns[inside])
        pair_parts[2].append(exact[inside] / 1000.0)

        if feedback is not None:
            feedback.setProgress(start_progress + (end_progress - start_progress) * stop / demand_count)

    return _cost_table(nearest_branch, nearest_m, pair_parts, radius_km)


def _cost_table(nearest_branch, nearest_m, pair_parts, radius_km):
    def joined(parts, dtype):
        return np.concatenate(parts).astype(dtype) if parts else np.empty(0, dtype=dtype)

    nearest_km = nearest_m / 1000.0
    return CostTable(
        unit="km",
        radius=float(radius_km),
        nearest_branch=nearest_branch,
        nearest_cost=nearest_km,
        nearest_distance_km=nearest_km.copy(),
        pair_demand=joined(pair_parts[0], "int64"),
        pair_branch=joined(pair_parts[1], "int64"),
        pair_cost=joined(pair_parts[2], "float64"),
        method="ellipsoid",
    )


def pair_costs_between(origin_xy, destination_xy, radius_km, feedback=None):
    """Return (origin, destination, km) arrays of every pair within ``radius_km``.

    Used for candidate sites: the origins are candidate points and the
    destinations are demand points.
    """
    table = straight_line_costs(destination_xy, origin_xy, radius_km, feedback)
    return table.pair_branch, table.pair_demand, table.pair_cost
