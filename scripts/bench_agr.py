"""Benchmark of the AGR opportunity analysis on every commune of Morocco.

    python scripts/bench_agr.py [--database GPKG] [--runs 500] [--output bench/agr.md]

Copies the observatory database to a temporary folder, imports illustrative
potentials for the 12 regions (data/make_illustrative_potentials.py with
--regions all), then times ess_observatory:agr_opportunity_map nationally:
every commune, ten value chains, the default criteria, the Monte Carlo with
--runs weight vectors, the layer and the workbook (the PDF report is timed
apart for one chain, since a national PDF of ten maps is not a use case).
Prints the seconds and the peak memory of the process, and writes a
markdown table to --output. Not a test: figures depend on the machine.
"""

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

CHAINS = ("olive_oil", "argan", "honey", "dates", "saffron", "aromatic_medicinal_plants", "goat_dairy", "cactus",
          "fisheries", "handicrafts")


def peak_memory_mib():
    """Return the peak resident memory of this process in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def national_territory(path):
    """Return a Territory-like object for the whole country: every region's communes."""
    from ess_observatory_plugin.core.territory import Territory

    class Nation(Territory):
        @property
        def commune_filter(self):
            return "1 = 1"

    return Nation("MA", "region", "Maroc", "المغرب", "MA")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.path.join(ROOT, "ess_observatory_plugin", "data", "observatory.gpkg"))
    parser.add_argument("--runs", type=int, default=500, help="Monte Carlo runs (default 500)")
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "agr.md"))
    arguments = parser.parse_args(argv)

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()

    from ess_observatory_plugin.core import agr
    from ess_observatory_plugin.core.agr import AgrSettings, compute_agr
    from ess_observatory_plugin.core.agr_report import write_agr_report
    from ess_observatory_plugin.core.agr_workbook import write_agr_workbook
    from ess_observatory_plugin.core.potentials import import_potentials

    sys.path.insert(0, os.path.join(ROOT, "data"))
    import make_illustrative_potentials as illustrative

    timings = []
    with tempfile.TemporaryDirectory(prefix="bench_agr_") as folder:
        path = os.path.join(folder, "observatory.gpkg")
        shutil.copy(arguments.database, path)

        started = time.perf_counter()
        frame, _coastal = illustrative.make_potentials(path, [f"{n:02d}" for n in range(1, 13)])
        sheet = os.path.join(folder, "potentials_ILLUSTRATIVE_national.xlsx")
        illustrative.write_workbook(frame, sheet, ["all"], illustrative.DEFAULT_SEED)
        timings.append(("Illustrative potentials written (all communes, 17 chains)", time.perf_counter() - started,
                        len(frame)))

        started = time.perf_counter()
        imported = import_potentials(path, sheet)
        timings.append(("Potentials imported", time.perf_counter() - started, imported.accepted))

        # The analysis takes a region or a province; the benchmark widens the territory to the nation.
        agr.resolve_territory = lambda database_path, code: national_territory(database_path)
        settings = AgrSettings("MA", list(CHAINS), monte_carlo_runs=arguments.runs, seed=1, language="fr",
                               constraints="potential > none")
        started = time.perf_counter()
        result = compute_agr(path, settings)
        scored = int((result.scores["status"] == "scored").sum())
        timings.append((f"Analysis: {len(CHAINS)} chains, Monte Carlo {arguments.runs} runs",
                        time.perf_counter() - started, len(result.scores)))

        started = time.perf_counter()
        write_agr_workbook(result, os.path.join(folder, "agr.xlsx"))
        timings.append(("Workbook written", time.perf_counter() - started, len(result.scores)))

        one_chain = compute_agr(path, AgrSettings("MA", ["olive_oil"], monte_carlo_runs=arguments.runs, seed=1,
                                                  language="fr", constraints="potential > none"))
        started = time.perf_counter()
        write_agr_report(one_chain, os.path.join(folder, "agr.pdf"))
        timings.append(("PDF report, one chain, national map", time.perf_counter() - started,
                        len(one_chain.scores)))
    application.exitQgis()

    total = sum(seconds for _label, seconds, _rows in timings)
    peak = peak_memory_mib()
    for label, seconds, rows in timings:
        print(f"{label}: {seconds:.2f} s ({rows} rows)")
    print(f"Total: {total:.2f} s; peak memory {peak:.0f} MiB; {scored} commune-chain pairs scored")

    lines = [
        "# AGR opportunity analysis: national benchmark",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}. Command: `python scripts/bench_agr.py --runs {arguments.runs}`.",
        "Potentials are the illustrative ones of data/make_illustrative_potentials.py for all 12 regions.",
        "",
        "| step | seconds | rows |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {label} | {seconds:.2f} | {rows} |" for label, seconds, rows in timings]
    lines += [f"| total | {total:.2f} | |", "",
              f"Peak resident memory of the process: {peak:.0f} MiB. Commune-chain pairs scored: {scored}.", ""]
    os.makedirs(os.path.dirname(os.path.abspath(arguments.output)), exist_ok=True)
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    print(f"Written: {arguments.output}")


if __name__ == "__main__":
    main()
