"""Main job of the README: regional diagnostics of the two pilot regions.

Runs ess_observatory:regional_diagnostic through qgis_process for
Tanger-Tétouan-Al Hoceïma (01) and Rabat-Salé-Kénitra (04), in French and in
Arabic, and prints where each file went.
"""

import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "ess_observatory_plugin"
DATABASE = os.path.join(ROOT, PLUGIN, "data", "observatory.gpkg")
PILOT_REGIONS = {"01": "tanger_tetouan_al_hoceima", "04": "rabat_sale_kenitra"}
LANGUAGES = ("fr", "ar")
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


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


def run_diagnostic(environment, region, language, folder):
    stem = os.path.join(folder, f"diagnostic_{region}_{PILOT_REGIONS[region]}_{language}")
    command = [
        QGIS_PROCESS, "--json", "run", "ess_observatory:regional_diagnostic", "--",
        f"DATABASE={DATABASE}", f"TERRITORY={region}", f"LANGUAGE={language}",
        f"OUTPUT_LAYER={stem}.gpkg", f"OUTPUT_XLSX={stem}.xlsx", f"OUTPUT_PDF={stem}.pdf",
    ]
    completed = subprocess.run(command, capture_output=True, text=True, env=environment)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"qgis_process failed for region {region} in {language}.")
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    return results


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
    for region in PILOT_REGIONS:
        for language in LANGUAGES:
            print(f"Regional diagnostic {region} ({language})…", flush=True)
            results = run_diagnostic(environment, region, language, folder)
            for name in ("OUTPUT_LAYER", "OUTPUT_XLSX", "OUTPUT_PDF"):
                print(f"  {name}: {results[name]}")
    print(f"All results are in {folder}")


if __name__ == "__main__":
    main()
