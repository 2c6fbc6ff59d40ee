"""Write an ILLUSTRATIVE potentials workbook for demonstrations and training.

    python data/make_illustrative_potentials.py [--database GPKG] [--regions 01 04]
                                                [--seed 2025] [--output XLSX]

The figures are made up. For each commune of the chosen regions (by default
the pilot regions 01 Tanger-Tétouan-Al Hoceïma and 04 Rabat-Salé-Kénitra)
and each seeded value chain, a seeded random generator draws a potential
level whose odds follow the broad geography of the chain: argan only in the
south-west (regions 07, 09, 10), dates in the oases, damask rose in
Drâa-Tafilalet, fisheries only in communes on the coast, red berries in the
Gharb and the Loukkos, rural tourism mostly in rural communes. Some honey and
olive-oil rows carry a quantity (hives, hectares) in place of a level, as
delegation sheets do.

The file says it is illustrative in its name, its first rows, its workbook
properties and in an ``Illustratif`` column set to 1 on every row, which the
import stores in the database so that every map and report built on it says
so. Coastal communes are found geometrically: a commune is coastal when more
than about 1 km of its boundary lies on the outer boundary of Morocco's
communes.
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

DEFAULT_OUTPUT = os.path.join(ROOT, "data", "potentials_ILLUSTRATIVE_pilot_regions.xlsx")
DEFAULT_REGIONS = ("01", "04")
DEFAULT_SEED = 2025
YEAR = 2025
SOURCE = "ILLUSTRATIVE - made-up data from data/make_illustrative_potentials.py, seed {seed}"

# Odds (0 to 1) that a commune of a region has some potential for a chain;
# regions not listed get DEFAULT_SUITABILITY.
DEFAULT_SUITABILITY = 0.1
SUITABILITY = {
    "olive_oil": {"01": .7, "02": .6, "03": .9, "04": .5, "05": .8, "06": .4, "07": .8, "08": .3, "09": .3,
                  "11": 0, "12": 0},
    "argan": {"07": .5, "09": .9, "10": .5, "01": 0, "02": 0, "03": 0, "04": 0, "05": 0, "06": 0, "08": 0,
              "11": 0, "12": 0},
    "honey": {"01": .5, "02": .5, "03": .5, "04": .5, "05": .5, "06": .4, "07": .5, "08": .5, "09": .6, "10": .4},
    "dates": {"08": .9, "10": .5, "02": .3, "11": .2, "01": 0, "03": 0, "04": 0, "05": 0, "06": 0, "07": .05,
              "09": .1},
    "saffron": {"09": .6, "08": .4, "01": 0, "02": 0, "03": 0, "04": 0, "05": .05, "06": 0, "07": .05, "10": 0,
                "11": 0, "12": 0},
    "aromatic_medicinal_plants": {"01": .6, "02": .5, "03": .5, "04": .4, "05": .5, "07": .5, "08": .5, "09": .5,
                                  "10": .3},
    "goat_dairy": {"01": .7, "02": .4, "03": .4, "04": .3, "05": .5, "07": .3, "08": .4, "09": .4},
    "cactus": {"01": .4, "02": .3, "04": .2, "06": .4, "07": .5, "09": .5, "10": .7, "11": .3, "12": .2},
    "handicrafts": {code: .5 for code in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12")},
    "rural_tourism": {"01": .6, "03": .5, "05": .5, "07": .5, "08": .6, "09": .5},
    "carob": {"01": .3, "02": .3, "03": .4, "04": .4, "05": .5, "07": .4},
    "almonds": {"01": .2, "02": .5, "03": .4, "05": .4, "07": .4, "08": .4, "09": .5},
    "figs": {"01": .7, "03": .5, "04": .3, "05": .3, "06": .2, "07": .2},
    "red_berries": {"01": .5, "04": .7, "06": .2, "02": 0, "03": 0, "05": 0, "07": 0, "08": 0, "09": .1, "10": 0,
                    "11": 0, "12": 0},
    "couscous_cereals": {"03": .5, "04": .5, "06": .5},
    "damask_rose": {"08": .8, "05": .1, "01": 0, "02": 0, "03": 0, "04": 0, "06": 0, "07": 0, "09": 0, "10": 0,
                    "11": 0, "12": 0},
}
COASTAL_SUITABILITY = 0.9
# Shares of low, medium and high among communes that have some potential.
LEVEL_SHARES = (0.4, 0.35, 0.25)
QUANTITY_ROWS = {"honey": ("ruches", 0.3, 40.0), "olive_oil": ("ha", 0.2, 300.0)}
COAST_BUFFER_DEGREES = 0.002
COAST_MINIMUM_DEGREES = 0.01   # about 1 km of shared boundary

TITLE_ROWS = (
    "ILLUSTRATIVE DATA - made-up potentials for demonstration and training, not real figures / "
    "DONNÉES ILLUSTRATIVES - potentiels fictifs pour la démonstration et la formation",
    "بيانات توضيحية - إمكانات مفترضة لأغراض العرض والتكوين، وليست أرقاما حقيقية",
)
HEADER = ("Code commune", "Commune", "Filière", "Niveau de potentiel", "Quantité", "Unité", "Source", "Année",
          "Illustratif")
LEVEL_WORDS = {"none": "nul", "low": "faible", "medium": "moyen", "high": "élevé"}


def coastal_communes(database_path, commune_codes):
    """Return the codes among ``commune_codes`` whose boundary runs along Morocco's outer boundary.

    NOTE: the outer boundary includes the land borders, so in regions 02,
    08 and 12 communes on the border count as coastal; the pilot regions 01
    and 04 border only the sea and other regions.
    """
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer

    from ess_observatory_plugin.core import database

    regions = QgsVectorLayer(database.layer_uri(database_path, "regions"), "regions", "ogr")
    outline = QgsGeometry.unaryUnion([f.geometry() for f in regions.getFeatures()])
    rings = []
    for part in outline.asGeometryCollection():
        polygon = part.asPolygon()
        if polygon:
            rings.append(QgsGeometry.fromPolylineXY(polygon[0]))
    coast = QgsGeometry.unaryUnion(rings).buffer(COAST_BUFFER_DEGREES, 4)

    requested_codes = set(commune_codes)
    communes = QgsVectorLayer(database.layer_uri(database_path, "communes"), "communes", "ogr")
    coastal = set()
    request = QgsFeatureRequest().setFilterRect(coast.boundingBox())
    for feature in communes.getFeatures(request):
        if feature["code"] not in requested_codes or feature.geometry().isEmpty():
            continue
        outline = QgsGeometry(feature.geometry().constGet().boundary())
        if outline.intersection(coast).length() > COAST_MINIMUM_DEGREES:
            coastal.add(feature["code"])
    return coastal


def make_potentials(database_path, regions=DEFAULT_REGIONS, seed=DEFAULT_SEED):
    """Return a DataFrame of illustrative potentials, one row per commune and seeded value chain."""
    import numpy as np
    import pandas as pd

    from ess_observatory_plugin.core import database
    from ess_observatory_plugin.core.potentials import SEED_VALUE_CHAINS

    communes = database.territories(database_path)["commune"]
    communes = communes[communes["region_code"].isin(set(regions))].sort_values("code")
    coastal = coastal_communes(database_path, communes["code"])
    generator = np.random.default_rng(seed)

    rows = []
    for commune in communes.itertuples(index=False):
        for chain, _name_ar, name_fr, _name_en in SEED_VALUE_CHAINS:
            suitability = _suitability(chain, commune, commune.code in coastal)
            level = _draw_level(generator, suitability)
            quantity, unit = None, None
            if chain in QUANTITY_ROWS and level != "none":
                unit, share, scale = QUANTITY_ROWS[chain]
                if generator.random() < share:
                    multiplier = {"low": 0.3, "medium": 1.0, "high": 3.0}[level]
                    quantity = float(round(generator.gamma(2.0, scale * multiplier / 2.0)))
                    level = None
            rows.append({
                "commune_code": commune.code, "commune": commune.name_fr, "value_chain": name_fr,
                "level": LEVEL_WORDS[level] if level else None, "quantity": quantity, "unit": unit,
                "source": SOURCE.format(seed=seed), "year": YEAR, "illustrative": 1,
            })
    return pd.DataFrame(rows), coastal


def _suitability(chain, commune, is_coastal):
    if chain == "fisheries":
        return COASTAL_SUITABILITY if is_coastal else 0.0
    value = SUITABILITY.get(chain, {}).get(commune.region_code, DEFAULT_SUITABILITY)
    if chain == "rural_tourism" and commune.type == "urban":
        value *= 0.3
    if chain == "handicrafts" and commune.type == "urban":
        value = min(1.0, value + 0.3)
    return value


def _draw_level(generator, suitability):
    if generator.random() >= suitability:
        return "none"
    return generator.choice(("low", "medium", "high"), p=LEVEL_SHARES)


def write_workbook(frame, path, regions, seed):
    """Write the illustrative sheet: title rows, a blank row, the header on row 4, then the data."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Potentiels ILLUSTRATIFS"
    for text in TITLE_ROWS:
        sheet.append([text])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="C00000", size=12)
    sheet.append([])
    sheet.append(list(HEADER))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.alignment = Alignment(wrap_text=True)
    for row in frame.itertuples(index=False):
        sheet.append([row.commune_code, row.commune, row.value_chain, row.level, row.quantity, row.unit,
                      row.source, row.year, row.illustrative])
    for letter, width in zip("ABCDEFGHI", (14, 28, 34, 18, 10, 8, 60, 8, 10)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A5"

    properties = workbook.properties
    properties.title = "ILLUSTRATIVE territorial potentials - not real data"
    properties.subject = f"Made-up potentials of regions {', '.join(regions)} for demonstration and training"
    properties.description = (f"Generated by data/make_illustrative_potentials.py with seed {seed}. The levels are "
                              "drawn at random from the broad geography of each value chain; they are not the "
                              "potentials of any regional SSE development plan.")
    properties.keywords = "ILLUSTRATIVE; not real data; ESS Observatory"
    properties.creator = "ESS Observatory plugin"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    workbook.save(path)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.path.join(ROOT, "ess_observatory_plugin", "data",
                                                           "observatory.gpkg"))
    parser.add_argument("--regions", nargs="+", default=list(DEFAULT_REGIONS),
                        help="region codes, or 'all' for the 12 regions (default: 01 04)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    arguments = parser.parse_args(argv)
    if "ILLUSTRATIVE" not in os.path.basename(arguments.output).upper():
        parser.error("the output file name must contain ILLUSTRATIVE, so that nobody takes it for real data")

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    regions = [f"{n:02d}" for n in range(1, 13)] if arguments.regions == ["all"] else \
        [r.zfill(2) for r in arguments.regions]
    frame, coastal = make_potentials(arguments.database, regions, arguments.seed)
    write_workbook(frame, arguments.output, regions, arguments.seed)
    print(f"{len(frame)} illustrative rows for {frame['commune_code'].nunique()} communes of regions "
          f"{', '.join(regions)} ({len(coastal)} coastal) written to {arguments.output}")
    application.exitQgis()


if __name__ == "__main__":
    main()
