"""Benchmarks of the plugin against QGIS core algorithms doing the same work.

Not a test: it prints a table and writes it to bench/build.md, then runs the
other benchmark scripts of this folder (bench_*.py) when they exist.

Database build: the dissolve of communes into provinces and regions, timed
for the plugin (core.build._dissolve) and for native:dissolve on the same
commune polygons in the same run, reported as a ratio; plus the whole build.
"""

import argparse
import glob
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(function, *arguments):
    started = time.perf_counter()
    result = function(*arguments)
    return result, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description="Benchmarks of the ESS Observatory plugin")
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "build.md"))
    arguments = parser.parse_args()

    from qgis.core import QgsApplication, QgsVectorLayer

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing

    from ess_observatory_plugin.core.boundaries import match_boundaries
    from ess_observatory_plugin.core.build import _dissolve, build_database
    from ess_observatory_plugin.core.census import CensusTables

    folder = tempfile.mkdtemp(prefix="ess_bench_")
    database = os.path.join(folder, "observatory.gpkg")
    build_result, build_seconds = timed(build_database, database)

    census = CensusTables()
    match = match_boundaries(census)
    communes = census.communes
    provinces = census.provinces[census.provinces["communes"] > 0]

    def plugin_dissolve():
        _dissolve(provinces, communes, match.geometries, "province_code")
        _dissolve(census.regions, communes, match.geometries, "region_code")

    _, plugin_seconds = timed(plugin_dissolve)

    layer = QgsVectorLayer(f"{database}|layername=communes", "communes", "ogr")

    def core_dissolve():
        for field in ("province_code", "region_code"):
            processing.run("native:dissolve", {"INPUT": layer, "FIELD": [field], "OUTPUT": "memory:"})

    _, core_seconds = timed(core_dissolve)

    rows = [
        ("Whole database build (1,503 communes, 75 provinces, 12 regions, indicators)", f"{build_seconds:.1f}",
         "", ""),
        ("Dissolve communes into provinces and regions", f"{plugin_seconds:.1f}", f"{core_seconds:.1f}",
         f"{plugin_seconds / core_seconds:.2f}"),
    ]
    lines = [
        "# Database build benchmark",
        "",
        f"Machine: {os.cpu_count()} cores; QGIS {__import__('qgis.core').core.Qgis.QGIS_VERSION}. "
        f"Peak memory of the run: {peak_memory_mb():.0f} MB.",
        "The plugin's dissolve also simplifies the outlines for drawing; native:dissolve does not.",
        "",
        "| work | plugin (s) | QGIS core native:dissolve (s) | ratio plugin / core |",
        "|---|---|---|---|",
    ] + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs(os.path.dirname(arguments.output), exist_ok=True)
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write(report)

    status = 0
    for script in sorted(glob.glob(os.path.join(ROOT, "scripts", "bench_*.py"))):
        print(f"Running {os.path.basename(script)}", flush=True)
        status |= subprocess.run([sys.executable, script]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
