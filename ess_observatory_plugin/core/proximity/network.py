"""Distances and travel times along a road network (QGIS network analysis library).

The road lines become a graph with QgsGraphBuilder on the WGS 84 ellipsoid,
so edge lengths are metres. QgsVectorLayerDirector ties each demand point and
each branch to the nearest point of the network, and QgsGraphAnalyzer.dijkstra
runs once from every point of the smaller side (branches or demand points).

Cost of a trip = connector from the origin to its tie point + shortest path
along the network + connector from the destination's tie point. Connectors are
straight ellipsoidal lines. With a speed field the cost is a travel time in
minutes: road sections run at their speed in km/h (DEFAULT_SPEED_KMH where the
speed is NULL or not positive) and connectors at OFF_NETWORK_SPEED_KMH, a
walking pace. Without a speed field the cost is a distance in km. Lines must
share end vertices to connect: the graph joins vertices closer than
TOPOLOGY_TOLERANCE_DEGREES only.
"""

import numpy as np
from qgis.analysis import (
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkDistanceStrategy,
    QgsNetworkSpeedStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsPointXY

from .cancel import check_canceled
from .distances import CostTable, ellipsoid_measure
from .errors import ProximityInputError

DEFAULT_SPEED_KMH = 40.0
OFF_NETWORK_SPEED_KMH = 5.0
TOPOLOGY_TOLERANCE_DEGREES = 1e-7
KMH_TO_METRES_PER_SECOND = 1000.0 / 3600.0
DISTANCE_CRITERION, TIME_CRITERION = 0, 1


def network_costs(roads, demand_xy, branch_xy, radius, speed_field=None, feedback=None):
    """Return the CostTable of demand points to branches along ``roads``.

    ``roads`` is a line feature source in any CRS; ``radius`` is in km, or in
    minutes with a ``speed_field``. Pairs that the network does not connect
    have an infinite cost and never count as within a band.
    """
    fields = roads.fields()
    if roads.featureCount() == 0:
        raise ProximityInputError("The road network (ROAD_NETWORK) has no line: choose a layer of roads.")
    speed_index = -1
    if speed_field:
        speed_index = fields.indexFromName(speed_field)
        if speed_index < 0:
            raise ProximityInputError(
                f"SPEED_FIELD {speed_field!r} is not a field of the road network. "
                f"Its fields are: {', '.join(fields.names())}.")
        _check_speeds(roads, speed_field)

    demand_xy = np.asarray(demand_xy, dtype="float64").reshape(-1, 2)
    branch_xy = np.asarray(branch_xy, dtype="float64").reshape(-1, 2)
    points = [QgsPointXY(x, y) for x, y in np.vstack([demand_xy, branch_xy])]

    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    if speed_field:
        director.addStrategy(QgsNetworkSpeedStrategy(speed_index, DEFAULT_SPEED_KMH, KMH_TO_METRES_PER_SECOND))
    builder = QgsGraphBuilder(QgsCoordinateReferenceSystem("EPSG:4326"), True, TOPOLOGY_TOLERANCE_DEGREES, "WGS84")
    check_canceled(feedback)
    tied_points = director.makeGraph(builder, points)
    graph = builder.takeGraph()
    check_canceled(feedback)

    measure = ellipsoid_measure()
    connector_m = np.array([measure.measureLine(point, tied) for point, tied in zip(points, tied_points)])
    vertices = np.array([graph.findVertex(tied) for tied in tied_points], dtype="int64")
    demand_count = len(demand_xy)
    demand_vertices, branch_vertices = vertices[:demand_count], vertices[demand_count:]
    demand_connector, branch_connector = connector_m[:demand_count], connector_m[demand_count:]

    distance_m = _matrix(graph, demand_vertices, branch_vertices, DISTANCE_CRITERION, feedback)
    distance_m = distance_m + demand_connector[:, None] + branch_connector[None, :]
    if speed_field:
        seconds = _matrix(graph, demand_vertices, branch_vertices, TIME_CRITERION, feedback)
        off_network = (demand_connector[:, None] + branch_connector[None, :]) / (
            OFF_NETWORK_SPEED_KMH * KMH_TO_METRES_PER_SECOND)
        cost, unit = (seconds + off_network) / 60.0, "min"
    else:
        cost, unit = distance_m / 1000.0, "km"

    table = cost_table_from_matrix(cost, distance_m / 1000.0, radius, unit)
    table.method = "network_time" if speed_field else "network_distance"
    far = int((connector_m > 1000.0).sum())
    if far:
        table.notes.append(f"{far} points lie more than 1 km from the road network; their straight connector "
                           "to the nearest road is part of every trip.")
    return table


def cost_table_from_matrix(cost, distance_km, radius, unit):
    """Build a CostTable from a full (demand x branch) cost matrix and its distances in km."""
    cost = np.asarray(cost, dtype="float64")
    demand_count = cost.shape[0]
    nearest_branch = np.full(demand_count, -1, dtype="int64")
    nearest_cost = np.full(demand_count, np.nan)
    nearest_distance = np.full(demand_count, np.nan)
    if cost.size:
        finite = np.where(np.isfinite(cost), cost, np.inf)
        best = finite.argmin(axis=1)
        reachable = np.isfinite(finite[np.arange(demand_count), best])
        rows = np.nonzero(reachable)[0]
        nearest_branch[rows] = best[rows]
        nearest_cost[rows] = cost[rows, best[rows]]
        nearest_distance[rows] = distance_km[rows, best[rows]]
    rows, columns = np.nonzero(np.isfinite(cost) & (cost <= radius))
    return CostTable(unit=unit, radius=float(radius), nearest_branch=nearest_branch, nearest_cost=nearest_cost,
                     nearest_distance_km=nearest_distance, pair_demand=rows.astype("int64"),
                     pair_branch=columns.astype("int64"), pair_cost=cost[rows, columns])


def _matrix(graph, demand_vertices, branch_vertices, criterion, feedback):
    """Shortest-path costs between every demand vertex and every branch vertex."""
    from_branches = len(branch_vertices) <= len(demand_vertices)
    sources, targets = (branch_vertices, demand_vertices) if from_branches else (demand_vertices, branch_vertices)
    matrix = np.full((len(sources), len(targets)), np.inf)
    unique_sources = {}
    for position, vertex in enumerate(sources):
        check_canceled(feedback)
        if vertex not in unique_sources:
            _, costs = QgsGraphAnalyzer.dijkstra(graph, int(vertex), criterion)
            unique_sources[vertex] = np.asarray(costs, dtype="float64")[targets]
        matrix[position] = unique_sources[vertex]
        if feedback is not None:
            feedback.setProgress(100.0 * (position + 1) / len(sources))
    matrix[~np.isfinite(matrix) | (matrix >= np.finfo("float64").max / 2)] = np.inf
    return matrix.T if from_branches else matrix


def _check_speeds(roads, speed_field):
    """Reject a speed field that contains no positive number at all."""
    for feature in roads.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([speed_field], roads.fields())
                                     .setFlags(QgsFeatureRequest.NoGeometry)):
        try:
            if float(feature[speed_field]) > 0:
                return
        except (TypeError, ValueError):
            continue
    raise ProximityInputError(
        f"SPEED_FIELD {speed_field!r} contains no positive speed: give speeds in km/h, or leave SPEED_FIELD empty "
        "to measure network distances in km.")
