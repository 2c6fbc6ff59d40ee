"""The communes of the observatory database, for locating the rows of a register.

A register row names its commune by code (in any form ``codes.normalise_code``
reads) or by name (French or Arabic), and may carry a point. ``CommuneIndex``
resolves codes and names, finds the commune containing a point, and measures
how far a point lies from a commune in metres on the WGS 84 ellipsoid.

Geometries are read from the GeoPackage with sqlite3, not through OGR, so
that reading never writes to the database (OGR opened for update may store
feature counts).
"""

import math
import sqlite3
from contextlib import closing
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
)
from qgis.PyQt.QtGui import QTransform

from ..codes import code_level, normalise_code
from ..errors import InvalidCodeError
from ..i18n import translate
from . import RowValueError
from .excel import clean_text, compact_label

# GeoPackage binary header: envelope indicator -> envelope size in bytes.
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}

# Words people put before a commune's name; they are tried without it.
_NAME_PREFIXES = tuple(compact_label(prefix) for prefix in (
    "commune rurale de", "commune urbaine de", "commune rurale", "commune urbaine", "commune de",
    "commune d", "commune", "municipalite de", "municipalite", "cr", "cu",
    "الجماعة الترابية", "الجماعة القروية", "الجماعة الحضرية", "جماعة", "بلدية",
))

# Neighbours compared by their true distance when looking for the nearest
# commune: the spatial index ranks by bounding box only.
_NEAREST_CANDIDATES = 8


def geometry_from_gpkg(blob):
    """Return the QgsGeometry of a GeoPackage geometry blob, or None."""
    if blob is None or len(blob) < 8 or bytes(blob[:2]) != b"GP":
        return None
    envelope = (blob[3] >> 1) & 0x07
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(blob[8 + _ENVELOPE_SIZES.get(envelope, 0):]))
    return None if geometry.isNull() else geometry


@dataclass
class Commune:
    code: str
    name_fr: str
    name_ar: str
    geometry: QgsGeometry
    _engine: object = None

    def contains(self, point):
        """Return whether the point lies inside the polygon or on its outline."""
        if self._engine is None:
            self._engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            self._engine.prepareGeometry()
        return self._engine.intersects(QgsPoint(point.x(), point.y()))

    def inner_point(self):
        """Return a point guaranteed inside the polygon (GEOS point on surface)."""
        return self.geometry.pointOnSurface().asPoint()

    @property
    def label(self):
        return f"{self.code} {self.name_fr}"


@dataclass(frozen=True)
class CommuneMatch:
    """The commune(s) a row names, and how the typed value was read."""

    candidates: tuple
    note: str = None


class CommuneIndex:
    """Communes of one observatory database, by code, by name and by location."""

    def __init__(self, database_path):
        with closing(sqlite3.connect(database_path)) as connection:
            rows = connection.execute("SELECT code, name_fr, name_ar, geom FROM communes").fetchall()

        self.communes = {}
        self._by_position = []
        self._names = {}
        self._index = QgsSpatialIndex()
        for code, name_fr, name_ar, blob in rows:
            geometry = geometry_from_gpkg(blob)
            if geometry is None:
                continue
            commune = Commune(code, name_fr or "", name_ar or "", geometry)
            self.communes[code] = commune
            self._index.addFeature(len(self._by_position), geometry.boundingBox())
            self._by_position.append(commune)
            for name in (name_fr, name_ar):
                if name:
                    self._names.setdefault(compact_label(name), []).append(commune)

        self.known_codes = frozenset(self.communes)
        self.measure = QgsDistanceArea()
        self.measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
        self.measure.setEllipsoid("WGS84")

    # ------------------------------------------------------------ by code and name

    def by_code(self, value):
        """Return the CommuneMatch of a typed commune code.

        Raises RowValueError when the code is unreadable, names another level,
        or is not a commune of the database.
        """
        try:
            code = normalise_code(value, self.known_codes)
        except InvalidCodeError as error:
            raise RowValueError(str(error)) from None
        level = code_level(code)
        if level != "commune":
            raise RowValueError(translate(
                "RegisterImport",
                "Commune code {0!r} is a {1} code ({2}): give the code of the commune, such as 04.421.01.0."
            ).format(value, level, code))
        commune = self.communes.get(code)
        typed = clean_text(value)
        if commune is None:
            code_text = typed if typed == code else f"{typed} ({code})"
            raise RowValueError(translate(
                "RegisterImport",
                "Commune code {0} is not a commune of the observatory database: check the code.").format(code_text))
        note = None
        if typed != code:
            note = translate("RegisterImport", "commune code {0} read as {1}").format(typed, code)
        return CommuneMatch((commune,), note)

    def by_name(self, value):
        """Return the CommuneMatch of a typed French or Arabic commune name.

        Several candidates come back when communes share the name. Raises
        RowValueError when no commune has the name.
        """
        key = compact_label(value)
        matches = self._names.get(key)
        if not matches:
            for prefix in _NAME_PREFIXES:
                if key.startswith(prefix) and key != prefix:
                    matches = self._names.get(key[len(prefix):])
                    if matches:
                        break
        if not matches:
            raise RowValueError(translate(
                "RegisterImport", "Commune name {0!r} is not a commune of the observatory database: check the spelling "
                "or give the commune code.").format(value))
        return CommuneMatch(tuple(matches))

    def name_matches(self, commune, value):
        """Return whether a typed name is the French or Arabic name of the commune."""
        try:
            return commune in self.by_name(value).candidates
        except RowValueError:
            return False

    # ------------------------------------------------------------ by location

    def containing(self, point):
        """Return the commune whose polygon contains the point, or None."""
        for position in self._index.intersects(_tiny_rectangle(point)):
            commune = self._by_position[position]
            if commune.contains(point):
                return commune
        return None

    def nearest(self, point):
        """Return (commune, distance in metres) of the commune nearest to the point."""
        best = (None, math.inf)
        for position in self._index.nearestNeighbor(QgsPointXY(point), _NEAREST_CANDIDATES):
            commune = self._by_position[position]
            distance = self.distance(commune, point)
            if distance < best[1]:
                best = (commune, distance)
        return best

    def distance(self, commune, point):
        """Return the distance in metres from the point to the commune's polygon, 0 inside it.

        The nearest point of the outline is found in degrees with longitudes
        scaled by cos(latitude), which makes degrees locally isotropic, and
        the distance to it is measured on the WGS 84 ellipsoid.
        """
        if commune.contains(point):
            return 0.0
        scale = math.cos(math.radians(point.y()))
        scaled = QgsGeometry(commune.geometry)
        scaled.transform(QTransform.fromScale(scale, 1.0))
        nearest = scaled.nearestPoint(QgsGeometry.fromPointXY(QgsPointXY(point.x() * scale, point.y())))
        if nearest.isNull():
            return math.inf
        closest = nearest.asPoint()
        return self.measure.measureLine(QgsPointXY(point), QgsPointXY(closest.x() / scale, closest.y()))


def _tiny_rectangle(point):
    return QgsRectangle(point.x(), point.y(), point.x(), point.y())
