"""Demand side: the target population and the points where it lives.

A demand unit is one feature of the DEMAND layer (a commune polygon by
default) with its target population, read from a field or an expression.
Demand points carry that population to the distance computation:

- one point per unit by default: the point on surface of a polygon (a point
  inside it, unlike a centroid) or the point itself, weighted by the unit's
  whole target population;
- with a population raster, the raster cells whose centre lies inside the
  unit and whose value is positive, each weighted by its share of the unit's
  raster population times the unit's target. The raster thus spreads the
  target inside the unit without changing the unit's total.

Units that lack commune codes, names or needs indicators get them from the
observatory commune that contains their point.
"""

import math
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import database
from .cancel import check_canceled
from .errors import ProximityInputError

COMMUNE_COLUMNS = ("code", "name_fr", "name_ar", "province_code", "region_code")
NEEDS_COLUMNS = ("unemployment_rate", "cooperative_member_share")
WGS84 = "EPSG:4326"

_RASTER_DTYPES = {
    Qgis.Byte: "uint8", Qgis.UInt16: "uint16", Qgis.Int16: "int16", Qgis.UInt32: "uint32",
    Qgis.Int32: "int32", Qgis.Float32: "float32", Qgis.Float64: "float64",
}


@dataclass
class DemandUnits:
    """Demand units: a table of attributes and their geometries in EPSG:4326."""

    table: object
    geometries: list
    is_polygon: bool
    skipped_null_geometry: int = 0
    null_target: int = 0
    outside_communes: int = 0

    def __len__(self):
        return len(self.table)


@dataclass
class DemandPoints:
    """Demand points in EPSG:4326 with their target and the index of their unit."""

    xy: np.ndarray
    target: np.ndarray
    unit_index: np.ndarray
    from_raster: bool = False
    raster_units: int = 0
    notes: list = field(default_factory=list)

    def __len__(self):
        return len(self.xy)


def commune_layer(database_path):
    """Open the commune_indicators view of the observatory database."""
    database.connect(database_path).close()
    layer = QgsVectorLayer(database.layer_uri(database_path, database.INDICATOR_VIEWS["commune"]),
                           "communes", "ogr")
    if not layer.isValid():
        raise ProximityInputError(
            f"Cannot read the commune_indicators layer of {database_path}: rebuild the database with "
            "Build observatory database.")
    return layer


def read_units(source, target_expression, transform_context=None, feedback=None, expression_context=None):
    """Read the demand features, their target and their geometry in EPSG:4326.

    Features without geometry are skipped and counted. Raises
    ProximityInputError for an empty layer, an invalid target expression, a
    negative or non-numeric target, and a target that is zero or NULL everywhere.
    """
    import pandas as pd

    fields = source.fields()
    if source.featureCount() == 0:
        raise ProximityInputError("The demand layer (DEMAND) has no feature: choose a layer of communes or "
                                  "settlements, or leave DEMAND empty to use the communes of the database.")
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    if geometry_type not in (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.PointGeometry):
        raise ProximityInputError("The demand layer (DEMAND) must hold polygons or points.")

    expression = _target_expression(target_expression, fields)
    context = QgsExpressionContext(expression_context) if expression_context is not None else QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.setFields(fields)
    expression.prepare(context)

    transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(WGS84),
                                       transform_context or QgsProject.instance().transformContext())
    present = [name for name in COMMUNE_COLUMNS + NEEDS_COLUMNS if fields.indexFromName(name) >= 0]

    rows, geometries = [], []
    skipped_null, null_target = 0, 0
    negative, invalid = [], []
    for position, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if position % 256 == 0:
            check_canceled(feedback)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped_null += 1
            continue
        geometry = QgsGeometry(geometry)
        try:
            geometry.transform(transform)
        except QgsCsException:
            skipped_null += 1
            continue

        context.setFeature(feature)
        value = expression.evaluate(context)
        if expression.hasEvalError():
            raise ProximityInputError(
                f"TARGET {target_expression!r} failed on demand feature {feature.id()}: "
                f"{expression.evalErrorString()}")
        target = _number(value)
        if value is not None and str(value) != "NULL" and target is None:
            invalid.append(feature.id())
            continue
        if target is None:
            null_target += 1
            target = 0.0
        elif target < 0:
            negative.append(feature.id())
            continue

        row = {"demand_id": feature.id(), "target": target}
        for name in present:
            row[name] = _clean(feature[name])
        rows.append(row)
        geometries.append(geometry)

    if invalid:
        raise ProximityInputError(
            f"TARGET {target_expression!r} is not a number for {len(invalid)} demand features "
            f"(ids {_first_ids(invalid)}): choose a numeric field or expression.")
    if negative:
        raise ProximityInputError(
            f"TARGET {target_expression!r} is negative for {len(negative)} demand features "
            f"(ids {_first_ids(negative)}): a population cannot be negative.")
    if not rows:
        raise ProximityInputError(
            f"None of the {source.featureCount()} demand features has a geometry: check the DEMAND layer.")

    table = pd.DataFrame(rows)
    for name in COMMUNE_COLUMNS + NEEDS_COLUMNS:
        if name not in table.columns:
            table[name] = None
    if not (table["target"] > 0).any():
        raise ProximityInputError(
            f"TARGET {target_expression!r} is zero or NULL for every demand feature: choose a field or "
            "expression that holds the target population, such as population_15_plus.")

    return DemandUnits(table=table, geometries=geometries,
                       is_polygon=geometry_type == QgsWkbTypes.PolygonGeometry,
                       skipped_null_geometry=skipped_null, null_target=null_target)


def _target_expression(text, fields):
    text = (text or "").strip()
    if not text:
        raise ProximityInputError("TARGET is empty: give a field or an expression of DEMAND, such as "
                                  "population_15_plus.")
    if fields.indexFromName(text) >= 0:
        return QgsExpression(QgsExpression.quotedColumnRef(text))
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise ProximityInputError(f"TARGET {text!r} is not a valid expression: {expression.parserErrorString()}")
    unknown = [name for name in expression.referencedColumns()
               if name != QgsFeatureRequest.ALL_ATTRIBUTES and fields.indexFromName(name) < 0]
    if unknown:
        raise ProximityInputError(
            f"TARGET {text!r} uses {', '.join(unknown)}, which the demand layer does not have. "
            f"Its fields are: {', '.join(fields.names())}.")
    return expression


def unit_points(units):
    """Return one representative point per unit: the point on surface of a polygon."""
    xy = np.empty((len(units), 2))
    for position, geometry in enumerate(units.geometries):
        point = geometry.pointOnSurface() if units.is_polygon or geometry.isMultipart() else geometry
        if point.isNull():
            point = geometry.centroid()
        xy[position] = (point.asPoint().x(), point.asPoint().y())
    return xy


def attach_communes(units, database_path, feedback=None):
    """Fill missing commune codes, names and needs indicators from the commune containing each unit.

    Units already carrying every commune and needs column are left as they
    are. Returns the number of units located in no commune.
    """
    table = units.table
    needed = [name for name in COMMUNE_COLUMNS + NEEDS_COLUMNS if table[name].isna().all()]
    if not needed:
        return 0

    layer = commune_layer(database_path)
    index = QgsSpatialIndex(layer.getFeatures(), flags=QgsSpatialIndex.FlagStoreFeatureGeometries)
    points = unit_points(units)
    outside = 0
    found = {name: [] for name in needed}
    for position, (longitude, latitude) in enumerate(points):
        if position % 256 == 0:
            check_canceled(feedback)
        point = QgsGeometry.fromPointXY(QgsPointXY(longitude, latitude))
        commune = None
        for candidate in index.intersects(point.boundingBox()):
            if index.geometry(candidate).contains(point):
                commune = layer.getFeature(candidate)
                break
        if commune is None:
            outside += 1
        for name in needed:
            found[name].append(_clean(commune[name]) if commune is not None else None)
    for name in needed:
        table[name] = found[name]
    units.outside_communes = outside
    return outside


def demand_points(units, unit_subset=None, raster=None, transform_context=None, feedback=None):
    """Build the demand points of the units whose indices are in ``unit_subset`` (all when None).

    Without ``raster`` each unit gives one point. With it, each polygon that
    lies wholly inside the raster extent gives its positive cells; the other
    units keep one point each, and so do units whose cells hold no population.
    """
    indices = np.arange(len(units)) if unit_subset is None else np.asarray(unit_subset, dtype="int64")
    representative = unit_points(units)
    targets = units.table["target"].to_numpy(dtype="float64")
    if raster is None:
        return DemandPoints(xy=representative[indices], target=targets[indices], unit_index=indices)
    if not units.is_polygon:
        raise ProximityInputError("POPULATION_RASTER spreads the target inside demand polygons: DEMAND must "
                                  "hold polygons when a raster is given.")
    return _raster_points(units, indices, representative, targets, raster, transform_context, feedback)


def _raster_points(units, indices, representative, targets, raster, transform_context, feedback):
    context = transform_context or QgsProject.instance().transformContext()
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    to_raster = QgsCoordinateTransform(wgs84, raster.crs(), context)
    to_wgs84 = QgsCoordinateTransform(raster.crs(), wgs84, context)
    provider = raster.dataProvider()
    extent = provider.extent()
    pixel_x = extent.width() / provider.xSize()
    pixel_y = extent.height() / provider.ySize()
    no_data = provider.sourceNoDataValue(1) if provider.sourceHasNoDataValue(1) else None

    xy_parts, target_parts, unit_parts = [], [], []
    raster_units, empty_units = 0, 0
    for step, unit in enumerate(indices):
        check_canceled(feedback)
        if feedback is not None:
            feedback.setProgress(100.0 * step / max(1, len(indices)))
        polygon = QgsGeometry(units.geometries[unit])
        polygon.transform(to_raster)
        cells = _cells_inside(provider, extent, pixel_x, pixel_y, no_data, polygon)
        if cells is None:
            xy_parts.append(representative[unit:unit + 1])
            target_parts.append(targets[unit:unit + 1])
            unit_parts.append(np.array([unit]))
            continue
        centres, values = cells
        total = values.sum()
        if total <= 0:
            empty_units += 1
            xy_parts.append(representative[unit:unit + 1])
            target_parts.append(targets[unit:unit + 1])
            unit_parts.append(np.array([unit]))
            continue
        raster_units += 1
        lonlat = np.array([(p.x(), p.y()) for p in (to_wgs84.transform(QgsPointXY(x, y)) for x, y in centres)])
        xy_parts.append(lonlat)
        target_parts.append(targets[unit] * values / total)
        unit_parts.append(np.full(len(values), unit))

    points = DemandPoints(xy=np.vstack(xy_parts), target=np.concatenate(target_parts),
                          unit_index=np.concatenate(unit_parts).astype("int64"), from_raster=True,
                          raster_units=raster_units)
    if empty_units:
        points.notes.append(f"{empty_units} demand units have no positive raster cell: each keeps one point.")
    outside = len(indices) - raster_units - empty_units
    if outside:
        points.notes.append(f"{outside} demand units are not wholly inside the raster extent: each keeps one "
                            "point.")
    return points


def _cells_inside(provider, extent, pixel_x, pixel_y, no_data, polygon):
    """Return (cell centres, values) of the positive cells inside ``polygon``, or None if it leaves the raster."""
    box = polygon.boundingBox()
    if not extent.contains(box):
        return None
    first_column = max(0, int(math.floor((box.xMinimum() - extent.xMinimum()) / pixel_x)))
    last_column = min(provider.xSize() - 1, int(math.floor((box.xMaximum() - extent.xMinimum()) / pixel_x)))
    first_row = max(0, int(math.floor((extent.yMaximum() - box.yMaximum()) / pixel_y)))
    last_row = min(provider.ySize() - 1, int(math.floor((extent.yMaximum() - box.yMinimum()) / pixel_y)))
    columns, rows = last_column - first_column + 1, last_row - first_row + 1
    window = QgsRectangle(extent.xMinimum() + first_column * pixel_x, extent.yMaximum() - (last_row + 1) * pixel_y,
                          extent.xMinimum() + (last_column + 1) * pixel_x, extent.yMaximum() - first_row * pixel_y)
    block = provider.block(1, window, columns, rows)
    dtype = _RASTER_DTYPES.get(block.dataType())
    if dtype is None:
        raise ProximityInputError("POPULATION_RASTER must hold integer or floating-point cell values.")
    values = np.frombuffer(bytes(block.data()), dtype=dtype).reshape(rows, columns).astype("float64")
    valid = values > 0
    if no_data is not None:
        valid &= values != no_data
    valid &= np.isfinite(values)

    engine = QgsGeometry.createGeometryEngine(polygon.constGet())
    engine.prepareGeometry()
    centres, populations = [], []
    for row, column in zip(*np.nonzero(valid)):
        x = window.xMinimum() + (column + 0.5) * pixel_x
        y = window.yMaximum() - (row + 0.5) * pixel_y
        # Keep the QgsGeometry alive while the engine reads its constGet() pointer.
        centre = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if engine.contains(centre.constGet()):
            centres.append((x, y))
            populations.append(values[row, column])
    return centres, np.asarray(populations, dtype="float64")


def _number(value):
    if value is None or str(value) == "NULL":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _clean(value):
    return None if value is None or str(value) == "NULL" else value


def _first_ids(ids, count=5):
    listed = ", ".join(str(i) for i in ids[:count])
    return listed + ("…" if len(ids) > count else "")
