"""Main job of the README: the pilot regions through the plugin's algorithms.

For Tanger-Tétouan-Al Hoceïma (01) and Rabat-Salé-Kénitra (04) it runs,
through qgis_process:

- the regional diagnostic, in French and in Arabic, on the observatory
  database built from the HCP census;
- the microcredit proximity analysis, in French and in Arabic, on the
  illustrative branch list of data/ imported into a copy of that database;
- the income-generating-activity opportunity map, in French and in Arabic,
  on real census criteria and the illustrative potentials of data/.

The copy (output/observatory_demo_ILLUSTRATIVE.gpkg) keeps the illustrative
imports away from the bundled database. The script prints where each file went.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "ess_observatory_plugin"
DATABASE = os.path.join(ROOT, PLUGIN, "data", "observatory.gpkg")
BRANCHES_SAMPLE = os.path.join(ROOT, "data", "microcredit_branches_ILLUSTRATIVE_pilot_regions.xlsx")
POTENTIALS_SAMPLE = os.path.join(ROOT, "data", "potentials_ILLUSTRATIVE_pilot_regions.xlsx")
PILOT_REGIONS = {"01": "tanger_tetouan_al_hoceima", "04": "rabat_sale_kenitra"}
# Value chains of the opportunity maps, among those the illustrative potentials cover.
VALUE_CHAINS = {
    "01": "olive_oil,honey,goat_dairy,fisheries,rural_tourism",
    "04": "olive_oil,honey,red_berries,handicrafts,rural_tourism",
}
LANGUAGES = ("fr", "ar")
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
NEW_BRANCHES = 3


def qgis_environment():
    """Environment in which qgis_process finds the plugin and the venv's packages."""
    environment = dict(os.environ)
    environment["QGIS_PLUGINPATH"] = ROOT
    # A QGIS profile of the demo's own, so the user's profile is left alone.
    environment["QGIS_CUSTOM_CONFIG_PATH"] = os.path.join(ROOT, ".qgis-profile")
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    site_packages = subprocess.run(
        [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [ROOT, site_packages, environment.get("PYTHONPATH")]))
    return environment


def enable_plugin(environment):
    """Enable the plugin in qgis_process, which refuses to enable it twice."""
    listing = subprocess.run([QGIS_PROCESS, "plugins"], env=environment, capture_output=True, text=True)
    if f"* {PLUGIN}" in listing.stdout:
        return
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", PLUGIN], env=environment,
                             capture_output=True, text=True)
    if enabled.returncode != 0:
        sys.stderr.write(enabled.stdout + enabled.stderr)
        raise SystemExit(f"qgis_process could not enable the plugin {PLUGIN}.")


def run_algorithm(environment, name, parameters):
    """Run ess_observatory:NAME through qgis_process and return its results."""
    command = [QGIS_PROCESS, "--json", "run", f"ess_observatory:{name}", "--"]
    command += [f"{key}={value}" for key, value in parameters.items()]
    completed = subprocess.run(command, capture_output=True, text=True, env=environment)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"qgis_process failed on {name} with {parameters}.")
    return json.loads(completed.stdout[completed.stdout.index("{"):])["results"]


def report(results, names):
    for name in names:
        if results.get(name):
            print(f"  {name}: {results[name]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=os.path.join(ROOT, "output"), help="folder for the results")
    arguments = parser.parse_args()
    folder = os.path.abspath(arguments.output)
    os.makedirs(folder, exist_ok=True)

    if not os.path.isfile(DATABASE):
        raise SystemExit(f"{DATABASE} not found: run make data first.")

    environment = qgis_environment()
    enable_plugin(environment)
    print(f"Observatory database: {DATABASE}")

    for region, slug in PILOT_REGIONS.items():
        for language in LANGUAGES:
            print(f"Regional diagnostic {region} ({language})…", flush=True)
            stem = os.path.join(folder, f"diagnostic_{region}_{slug}_{language}")
            results = run_algorithm(environment, "regional_diagnostic", {
                "DATABASE": DATABASE, "TERRITORY": region, "LANGUAGE": language,
                "OUTPUT_LAYER": f"{stem}.gpkg", "OUTPUT_XLSX": f"{stem}.xlsx", "OUTPUT_PDF": f"{stem}.pdf",
            })
            report(results, ("OUTPUT_LAYER", "OUTPUT_XLSX", "OUTPUT_PDF"))

    demo_database = os.path.join(folder, "observatory_demo_ILLUSTRATIVE.gpkg")
    shutil.copyfile(DATABASE, demo_database)
    print(f"Copy of the database for the illustrative imports: {demo_database}")

    print("Importing the illustrative microcredit branches…", flush=True)
    results = run_algorithm(environment, "import_microcredit_branches", {
        "INPUT": BRANCHES_SAMPLE, "DATABASE": demo_database, "SOURCE": "ILLUSTRATIVE sample (data/)",
        "ILLUSTRATIVE": "true", "OUTPUT_REJECTS": os.path.join(folder, "microcredit_branches_ILLUSTRATIVE_rejects.xlsx"),
    })
    print(f"  accepted: {results.get('ACCEPTED')}, rejected: {results.get('REJECTED')}")
    report(results, ("OUTPUT_REJECTS",))

    branches = f"{demo_database}|layername=microcredit_branches"
    for region, slug in PILOT_REGIONS.items():
        for language in LANGUAGES:
            print(f"Microcredit proximity {region} ({language}), illustrative branches…", flush=True)
            stem = os.path.join(folder, f"proximity_{region}_{slug}_{language}_ILLUSTRATIVE")
            results = run_algorithm(environment, "microcredit_proximity", {
                "BRANCHES": branches, "DATABASE": demo_database, "TERRITORY": region, "LANGUAGE": language,
                "NEW_BRANCHES": NEW_BRANCHES,
                "OUTPUT_DEMAND": f"{stem}_demand.gpkg", "OUTPUT_COVERAGE": f"{stem}_coverage.gpkg",
                "OUTPUT_LINES": f"{stem}_lines.gpkg", "OUTPUT_SITES": f"{stem}_new_sites.gpkg",
                "OUTPUT_XLSX": f"{stem}.xlsx", "OUTPUT_PDF": f"{stem}.pdf",
            })
            report(results, ("OUTPUT_DEMAND", "OUTPUT_COVERAGE", "OUTPUT_LINES", "OUTPUT_SITES",
                             "OUTPUT_XLSX", "OUTPUT_PDF"))

    print("Importing the illustrative territorial potentials…", flush=True)
    results = run_algorithm(environment, "import_potentials", {
        "INPUT": POTENTIALS_SAMPLE, "DATABASE": demo_database, "ILLUSTRATIVE": "true",
        "OUTPUT_REJECTS": os.path.join(folder, "potentials_ILLUSTRATIVE_rejects.xlsx"),
    })
    print(f"  accepted: {results.get('ACCEPTED')}, rejected: {results.get('REJECTED')}")

    for region, slug in PILOT_REGIONS.items():
        for language in LANGUAGES:
            print(f"Income-generating-activity opportunities {region} ({language}), illustrative "
                  "potentials…", flush=True)
            stem = os.path.join(folder, f"agr_opportunities_{region}_{slug}_{language}_ILLUSTRATIVE")
            results = run_algorithm(environment, "agr_opportunity_map", {
                "DATABASE": demo_database, "TERRITORY": region, "LANGUAGE": language,
                "VALUE_CHAINS": VALUE_CHAINS[region],
                "OUTPUT_LAYER": f"{stem}.gpkg", "OUTPUT_WEIGHTS": f"{stem}_weights.csv",
                "OUTPUT_XLSX": f"{stem}.xlsx", "OUTPUT_PDF": f"{stem}.pdf",
            })
            report(results, ("OUTPUT_LAYER", "OUTPUT_WEIGHTS", "OUTPUT_XLSX", "OUTPUT_PDF"))

    print(f"All results are in {folder}")


if __name__ == "__main__":
    main()
