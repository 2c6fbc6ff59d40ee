"""Benchmark of ess_observatory:microcredit_proximity on the national commune set.

Generates branches with a fixed seed at random points inside communes (more
branches where more people aged 15 and over live), then times in one process:

- the proximity algorithm over all communes (layer outputs only);
- QGIS's own chain for the nearest-branch part of the result:
  native:pointonsurface on the communes, then distancetonearesthubpoints
  (native: where QGIS has it, qgis: in QGIS 3.22), in km on the WGS84 ellipsoid;
- QGIS's own chain for the branch count within the catchment:
  native:reprojectlayer of commune points and branches to WGS 84 / UTM zone 29N
  (EPSG:32629), native:buffer by the catchment, native:countpointsinpolygon.
  UTM 29N stretches distances by up to about 1 % in the far east and south of
  Morocco, so those counts are approximate; the algorithm measures on the ellipsoid.

Prints a table of median seconds and ratios, with peak memory from
resource.getrusage, and writes it as Markdown to --output.
"""

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DEFAULT_DATABASE = os.path.join(ROOT, "ess_observatory_plugin", "data", "observatory.gpkg")
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def start_qgis():
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    from ess_observatory_plugin.processing.microcredit_proximity import MicrocreditProximityAlgorithm
    from ess_observatory_plugin.processing.provider import EssObservatoryProvider

    from qgis.analysis import QgsNativeAlgorithms

    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        registry.addProvider(QgsNativeAlgorithms())
    provider = registry.providerById("ess_observatory")
    if provider is None:
        provider = EssObservatoryProvider()
        registry.addProvider(provider)
    if provider.algorithm("microcredit_proximity") is None:
        provider.addAlgorithm(MicrocreditProximityAlgorithm())
    # The Python provider must outlive this function, or QGIS finds only a bare base class.
    return application, provider


def peak_memory_mib():
    """Peak resident memory of this process so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def make_branches(database, count, seed, path):
    """Write ``count`` branch points inside communes, drawn with probability proportional to population 15+."""
    import numpy as np
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorFileWriter, QgsWkbTypes, QgsCoordinateReferenceSystem
    from qgis.core import QgsCoordinateTransformContext, QgsGeometry
    from qgis.PyQt.QtCore import QVariant

    from ess_observatory_plugin.core.proximity.demand import commune_layer

    communes = commune_layer(database)
    features = list(communes.getFeatures())
    weights = np.array([float(f["population_15_plus"] or 0) for f in features])
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(features), size=count, p=weights / weights.sum())
    fields = QgsFields()
    for name, kind in (("name", QVariant.String), ("institution", QVariant.String), ("officers", QVariant.Int),
                       ("illustrative", QVariant.Int)):
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Point, QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsCoordinateTransformContext(), options)
    institutions = ("Al Amana", "Attawfiq", "Al Baraka", "Inmaa", "Ardi")
    counts = np.bincount(chosen, minlength=len(features))
    number = 0
    for position in np.nonzero(counts)[0]:
        points = features[position].geometry().randomPointsInPolygon(int(counts[position]),
                                                                     seed=int(seed + position))
        for point in points:
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(point))
            feature["name"] = f"Branch {number:04d}"
            feature["institution"] = institutions[int(rng.integers(len(institutions)))]
            feature["officers"] = int(rng.integers(1, 8))
            feature["illustrative"] = 1
            writer.addFeature(feature)
            number += 1
    del writer
    return path, number


def timed(function, repeat):
    """Run ``function`` ``repeat`` times; return (median seconds, last result)."""
    seconds, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), result


def processing_context():
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setEllipsoid("WGS84")
    return context


def run_proximity(database, branches, catchment):
    from qgis import processing

    return processing.run("ess_observatory:microcredit_proximity", {
        "BRANCHES": branches, "DATABASE": database, "CAPACITY": "officers", "CATCHMENT_KM": catchment,
        "DISTANCE_BANDS": "5,10,20", "LANGUAGE": "en",
        "OUTPUT_DEMAND": "memory:", "OUTPUT_COVERAGE": "memory:", "OUTPUT_LINES": "memory:",
    })


def run_shared_part(communes, branches, catchment):
    """Run the part of the analysis the QGIS chains also give: a point per commune,
    its nearest branch and the branches within the catchment, on the ellipsoid."""
    import numpy

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from ess_observatory_plugin.core.proximity.distances import straight_line_costs

    demand = numpy.array([[p.x(), p.y()] for p in
                          (f.geometry().pointOnSurface().asPoint() for f in communes.getFeatures())])
    to_wgs84 = QgsCoordinateTransform(branches.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    supply = numpy.array([[p.x(), p.y()] for p in
                          (to_wgs84.transform(f.geometry().asPoint()) for f in branches.getFeatures())])
    return straight_line_costs(demand, supply, catchment)


def nearest_hub_algorithm():
    """QGIS 3.22 ships the hub distance as the Python algorithm qgis:; later versions as native:."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for algorithm_id in ("native:distancetonearesthubpoints", "qgis:distancetonearesthubpoints"):
        if registry.algorithmById(algorithm_id) is not None:
            return algorithm_id
    raise SystemExit("Neither native: nor qgis:distancetonearesthubpoints is available.")


def run_nearest_hub(communes, branches):
    from qgis import processing

    context = processing_context()
    points = processing.run("native:pointonsurface", {"INPUT": communes, "ALL_PARTS": False,
                                                      "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    return processing.run(nearest_hub_algorithm(), {
        "INPUT": points, "HUBS": branches, "FIELD": "name", "UNIT": 3, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context)["OUTPUT"]


def run_buffer_count(communes, branches, catchment):
    from qgis import processing

    context = processing_context()
    points = processing.run("native:pointonsurface", {"INPUT": communes, "ALL_PARTS": False,
                                                      "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    metric_points = processing.run("native:reprojectlayer", {
        "INPUT": points, "TARGET_CRS": "EPSG:32629", "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    metric_branches = processing.run("native:reprojectlayer", {
        "INPUT": branches, "TARGET_CRS": "EPSG:32629", "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    circles = processing.run("native:buffer", {
        "INPUT": metric_points, "DISTANCE": catchment * 1000.0, "SEGMENTS": 16, "END_CAP_STYLE": 0,
        "JOIN_STYLE": 0, "MITER_LIMIT": 2, "DISSOLVE": False, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context)["OUTPUT"]
    return processing.run("native:countpointsinpolygon", {
        "POLYGONS": circles, "POINTS": metric_branches, "FIELD": "branches", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context)["OUTPUT"]


def compare(proximity, hubs):
    """Compare the algorithm's nearest distance with distancetonearesthubpoints, commune by commune.

    Returns (largest amount by which the algorithm is farther, in m; communes where the hub
    algorithm chose a farther branch; communes compared). The hub algorithm picks the
    nearest hub in the layer's own units, degrees here, then measures it on the ellipsoid,
    so it can pick a farther branch but never report a shorter distance.
    """
    ours = {f["code"]: f["distance_km"] for f in proximity.getFeatures()}
    excess, farther, compared = 0.0, 0, 0
    for feature in hubs.getFeatures():
        if feature["code"] not in ours:
            continue
        compared += 1
        difference_m = (ours[feature["code"]] - feature["HubDist"]) * 1000.0
        excess = max(excess, difference_m)
        if difference_m < -1.0:
            farther += 1
    return excess, farther, compared


def markdown(rows, facts):
    lines = ["# Microcredit proximity benchmark", ""]
    lines += [f"- {key}: {value}" for key, value in facts]
    lines += ["", "| step | median seconds | ratio to the algorithm | peak memory after (MiB) |",
              "| --- | ---: | ---: | ---: |"]
    for name, seconds, ratio, memory in rows:
        lines.append(f"| {name} | {seconds:.2f} | {ratio:.2f} | {memory:.0f} |")
    lines.append("")
    lines.append("A ratio above 1 means the step took longer than the proximity algorithm.")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=DEFAULT_DATABASE, help="observatory GeoPackage")
    parser.add_argument("--branches", type=int, default=1000, help="number of generated branches")
    parser.add_argument("--seed", type=int, default=20240, help="random seed of the branches")
    parser.add_argument("--catchment", type=float, default=20.0, help="catchment in km")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each step; the median is kept")
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "proximity.md"),
                        help="Markdown file for the results")
    arguments = parser.parse_args()
    if not os.path.isfile(arguments.database):
        raise SystemExit(f"{arguments.database} not found: run make data first, or pass --database.")

    application, provider = start_qgis()
    from qgis.core import Qgis, QgsVectorLayer

    from ess_observatory_plugin.core import database

    with tempfile.TemporaryDirectory(prefix="bench_proximity_") as folder:
        branch_path, branch_count = make_branches(arguments.database, arguments.branches, arguments.seed,
                                                  os.path.join(folder, "branches_illustrative.gpkg"))
        branches = QgsVectorLayer(branch_path, "branches_illustrative", "ogr")
        communes = QgsVectorLayer(database.layer_uri(arguments.database, "commune_indicators"), "communes", "ogr")
        memory_start = peak_memory_mib()

        ours, results = timed(lambda: run_proximity(arguments.database, branches, arguments.catchment),
                              arguments.repeat)
        memory_ours = peak_memory_mib()
        shared, _ = timed(lambda: run_shared_part(communes, branches, arguments.catchment), arguments.repeat)
        memory_shared = peak_memory_mib()
        hub, hubs = timed(lambda: run_nearest_hub(communes, branches), arguments.repeat)
        memory_hub = peak_memory_mib()
        count, _ = timed(lambda: run_buffer_count(communes, branches, arguments.catchment), arguments.repeat)
        memory_count = peak_memory_mib()
        excess, farther, compared = compare(results["OUTPUT_DEMAND"], hubs)
        communes_count = results["OUTPUT_DEMAND"].featureCount()

    rows = [
        ("ess_observatory:microcredit_proximity (all outputs but XLSX and PDF)", ours, 1.0, memory_ours),
        ("its shared part: point per commune, nearest branch and branches within the catchment", shared,
         shared / ours, memory_shared),
        (f"native:pointonsurface + {nearest_hub_algorithm()}", hub, hub / ours, memory_hub),
        ("pointonsurface + reprojectlayer x2 + buffer + countpointsinpolygon", count, count / ours, memory_count),
        ("both QGIS chains together", hub + count, (hub + count) / ours, memory_count),
    ]
    shared_ratio = shared / (hub + count)
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")),
                   platform.processor())
    facts = [
        ("date", date.today().isoformat()),
        ("machine", f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, QGIS {Qgis.QGIS_VERSION}"),
        ("command", "python scripts/bench_proximity.py " + " ".join(sys.argv[1:])),
        ("communes", communes_count),
        ("branches", f"{branch_count} (seed {arguments.seed}, inside communes, weighted by population 15+)"),
        ("catchment", f"{arguments.catchment:g} km; bands 5, 10, 20 km"),
        ("runs per step", f"{arguments.repeat} (median kept)"),
        ("peak memory before the timed steps", f"{memory_start:.0f} MiB"),
        ("shared part against both QGIS chains", f"{shared_ratio:.2f} (below 1: the plugin is faster on the "
                                                 "work both do)"),
        ("check against distancetonearesthubpoints",
         f"over {compared} communes the algorithm's nearest branch is never farther than the hub algorithm's by "
         f"more than {max(excess, 0.0):.3f} m; the hub algorithm chose a farther branch for {farther} communes, "
         "because it picks the nearest hub in degrees before measuring on the ellipsoid"),
    ]
    table = markdown(rows, facts)
    print(table)
    os.makedirs(os.path.dirname(os.path.abspath(arguments.output)), exist_ok=True)
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write(table)
    print(f"Written to {arguments.output}")
    del provider, application


if __name__ == "__main__":
    main()
