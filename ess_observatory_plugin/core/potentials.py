"""Territorial potentials: the value chains and the potential of each commune for them.

Two attribute tables of the observatory GeoPackage (thematic unit
"potentials"):

- ``value_chains``: code, names in Arabic, French and English, and whether a
  delegation added it (``added_by_delegation`` = 1) or it is one of the
  seeded chains;
- ``potentials``: one row per commune, value chain and import, with a level
  (none, low, medium, high) or a quantity and its unit, the source, the
  year, ``illustrative`` (1 for made-up demo data) and the ``import_id`` that
  links it to its row of the audit log.

Rows are never overwritten: a later import for the same commune and value
chain adds a row, and analyses read the most recent one (highest year, then
latest import).
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import database
from .errors import InvalidCodeError, ObservatoryError
from .gpkg_tables import register_attribute_table, table_exists, touch_contents, write_table_metadata
from .i18n import translate
from .log import log, log_error
from .sheet_reader import (
    CellError,
    SheetError,
    normalise_header,
    parse_commune_code,
    parse_flag,
    parse_integer,
    parse_number,
    parse_text,
    read_sheet,
    write_rejects,
)

LEVELS = ("none", "low", "medium", "high")
LEVEL_SCORES = {"none": 0, "low": 1, "medium": 2, "high": 3}
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100

# (code, name_ar, name_fr, name_en)
SEED_VALUE_CHAINS = (
    ("olive_oil", "زيت الزيتون", "Huile d'olive", "Olive oil"),
    ("argan", "الأركان", "Argan", "Argan"),
    ("honey", "العسل", "Miel", "Honey"),
    ("dates", "التمور", "Dattes", "Dates"),
    ("saffron", "الزعفران", "Safran", "Saffron"),
    ("aromatic_medicinal_plants", "النباتات العطرية والطبية", "Plantes aromatiques et médicinales",
     "Aromatic and medicinal plants"),
    ("goat_dairy", "جبن الماعز ومنتجات الحليب", "Fromage de chèvre et produits laitiers", "Goat cheese and dairy"),
    ("cactus", "الصبار (التين الشوكي)", "Cactus (figue de Barbarie)", "Cactus (prickly pear)"),
    ("fisheries", "الصيد البحري التقليدي", "Pêche artisanale", "Artisanal fisheries"),
    ("handicrafts", "الصناعة التقليدية", "Artisanat", "Handicrafts"),
    ("rural_tourism", "السياحة القروية", "Tourisme rural", "Rural tourism"),
    ("carob", "الخروب", "Caroube", "Carob"),
    ("almonds", "اللوز", "Amandes", "Almonds"),
    ("figs", "التين", "Figues", "Figs"),
    ("red_berries", "الفواكه الحمراء", "Fruits rouges", "Red berries"),
    ("couscous_cereals", "الكسكس ومشتقات الحبوب", "Couscous et produits céréaliers", "Couscous and cereal products"),
    ("damask_rose", "الورد العطري", "Rose à parfum", "Damask rose"),
)

# Header synonyms of the delegation sheets, in English, French and Arabic.
POTENTIAL_COLUMNS = {
    "commune_code": ["commune code", "code commune", "code de la commune", "code_commune", "رمز الجماعة",
                     "code hcp"],
    "value_chain": ["value chain", "filiere", "filière", "chaine de valeur", "chaîne de valeur", "سلسلة القيمة",
                    "السلسلة", "القطاع", "produit"],
    "level": ["potential", "potential level", "niveau", "niveau de potentiel", "potentiel", "المستوى",
              "مستوى الإمكانات", "الإمكانات"],
    "quantity": ["quantite", "quantité", "quantity", "volume", "الكمية"],
    "unit": ["unite", "unité", "unit", "الوحدة"],
    "source": ["source", "المصدر"],
    "year": ["annee", "année", "year", "السنة"],
    "illustrative": ["illustratif", "illustrative", "illustrative data", "données illustratives", "توضيحي"],
}
VALUE_CHAIN_COLUMNS = {
    "code": ["code", "code filiere", "code filière", "value chain code", "رمز السلسلة"],
    "name_fr": ["nom", "nom francais", "nom français", "filiere", "filière", "name fr", "الاسم بالفرنسية"],
    "name_ar": ["nom arabe", "name ar", "arabic name", "الاسم بالعربية", "الاسم"],
    "name_en": ["nom anglais", "name en", "english name", "name", "الاسم بالإنجليزية"],
}
VALUE_CHAIN_SHEETS = ("value_chains", "value chains", "filieres", "filières", "سلاسل القيمة")

_LEVEL_SYNONYMS = {
    "none": ["none", "nul", "nulle", "aucun", "aucune", "neant", "néant", "0", "منعدم", "منعدمة", "لا يوجد"],
    "low": ["low", "faible", "bas", "1", "ضعيف", "ضعيفة", "منخفض"],
    "medium": ["medium", "moyen", "moyenne", "2", "متوسط", "متوسطة"],
    "high": ["high", "fort", "forte", "eleve", "élevé", "elevee", "élevée", "3", "مرتفع", "مرتفعة", "قوي", "قوية"],
}
_LEVEL_LOOKUP = {normalise_header(word): level for level, words in _LEVEL_SYNONYMS.items() for word in words}

TITLE = "Territorial potentials by commune and value chain"
ABSTRACT = ("Potential of each commune for each value chain (level none, low, medium or high, or a quantity with "
            "its unit), entered by the regional delegations from the regional SSE development plans (PRDESS). "
            "Rows flagged illustrative=1 are made-up demonstration data, not real potentials.")
LICENCE = "Data of the regional delegations of the ministry in charge of the SSE"
ATTRIBUTION = "Regional SSE development plans (PRDESS), entered by the regional delegations"


@dataclass
class ImportResult:
    """Counts and files of one register import."""

    operation: str
    import_id: str
    accepted: int = 0
    rejected: int = 0
    rejects_path: str = None
    audit_id: int = None
    added_value_chains: list = field(default_factory=list)
    illustrative_rows: int = 0
    messages: list = field(default_factory=list)


def new_import_id(operation):
    """Return an id for one import, such as potentials-20250102T101500123456Z."""
    return f"{operation}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}"


def open_transaction(path):
    """Open the GeoPackage for one import: autocommit off, explicit BEGIN IMMEDIATE.

    Python's sqlite3 does not open a transaction before CREATE TABLE on its
    own, so the caller's schema changes and rows commit or roll back together.
    """
    database.connect(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    return connection


def ensure_schema(connection):
    """Create value_chains and potentials when missing, register and describe them, seed the chains."""
    created = False
    if not table_exists(connection, "value_chains"):
        connection.execute(
            "CREATE TABLE value_chains (fid INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE, "
            "name_ar TEXT, name_fr TEXT NOT NULL, name_en TEXT, added_by_delegation INTEGER NOT NULL DEFAULT 0 "
            "CHECK (added_by_delegation IN (0, 1)), import_id TEXT)")
        connection.executemany(
            "INSERT INTO value_chains (code, name_ar, name_fr, name_en, added_by_delegation) VALUES (?, ?, ?, ?, 0)",
            SEED_VALUE_CHAINS)
        register_attribute_table(connection, "value_chains", "Value chains of the territorial potentials")
        write_table_metadata(
            connection, "value_chains", "Value chains",
            "Value chains that territorial potentials and income-generating projects refer to, with names in "
            "Arabic, French and English. added_by_delegation = 1 marks chains a delegation added.",
            LICENCE, "ESS Observatory plugin (seeded list) and regional delegations", "ESS Observatory plugin",
            ("Morocco", "SSE", "value chain"))
        created = True
    if not table_exists(connection, "potentials"):
        connection.execute(
            "CREATE TABLE potentials (fid INTEGER PRIMARY KEY AUTOINCREMENT, commune_code TEXT NOT NULL, "
            "value_chain TEXT NOT NULL REFERENCES value_chains (code), "
            "level TEXT CHECK (level IS NULL OR level IN ('none', 'low', 'medium', 'high')), "
            "quantity REAL CHECK (quantity IS NULL OR quantity >= 0), unit TEXT, source TEXT, year INTEGER, "
            "illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)), import_id TEXT, "
            "CHECK (level IS NOT NULL OR (quantity IS NOT NULL AND unit IS NOT NULL)))")
        connection.execute("CREATE INDEX potentials_lookup ON potentials (value_chain, commune_code)")
        register_attribute_table(connection, "potentials", "Potential of each commune for each value chain")
        _describe_potentials(connection, 0)
        created = True
    return created


def _describe_potentials(connection, illustrative_rows):
    abstract = ABSTRACT
    title = TITLE
    if illustrative_rows:
        title = f"{TITLE} (contains ILLUSTRATIVE rows)"
        abstract += (f" This table currently holds {illustrative_rows} illustrative rows: maps and reports built on "
                     "them show opportunities of made-up data.")
    write_table_metadata(connection, "potentials", title, abstract, LICENCE, ATTRIBUTION,
                         "Delegation sheets imported with ess_observatory:import_potentials",
                         ("Morocco", "SSE", "PRDESS", "value chain", "potential"))


def create_schema(path):
    """Create the potentials tables in the database at ``path`` if they are missing."""
    connection = open_transaction(path)
    try:
        ensure_schema(connection)
        connection.execute("COMMIT")
    except Exception:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()


def value_chains(path):
    """Return the value chains table (seeded chains when the database has none yet)."""
    import pandas as pd

    with closing(database.connect(path)) as connection:
        if table_exists(connection, "value_chains"):
            return pd.read_sql_query(
                "SELECT code, name_ar, name_fr, name_en, added_by_delegation FROM value_chains ORDER BY fid",
                connection)
    return pd.DataFrame([(*row, 0) for row in SEED_VALUE_CHAINS],
                        columns=["code", "name_ar", "name_fr", "name_en", "added_by_delegation"])


def value_chain_name(chains, code, language):
    """Return the name of a value chain in ar, fr or en, falling back to French then to the code."""
    row = chains[chains["code"] == code]
    if row.empty:
        return code
    row = row.iloc[0]
    name = row.get(f"name_{language}") if language in ("ar", "fr", "en") else None
    return name or row.get("name_fr") or code


def chain_lookup(chains):
    """Map normalised codes and names in every language to the value chain code."""
    lookup = {}
    for row in chains.itertuples(index=False):
        for text in (row.code, row.name_fr, row.name_ar, row.name_en):
            if text:
                lookup.setdefault(normalise_header(text), row.code)
    return lookup


def parse_level(value):
    """Return none, low, medium or high from a cell in English, French or Arabic; None if blank."""
    text = parse_text(value)
    if text is None:
        return None
    level = _LEVEL_LOOKUP.get(normalise_header(text))
    if level is None:
        raise CellError(translate("Potentials", "potential level {0!r} is not none, low, medium or high").format(text))
    return level


def _commune_codes(connection):
    return {row[0] for row in connection.execute("SELECT code FROM communes")}


def _read_value_chain_sheet(path, chains, import_id):
    """Return new value chains (as tuples) from the workbook's value chain sheet, if it has one.

    Only an .xlsx workbook has sheets to look in; a .csv or .xls file contains potentials only.
    """
    import openpyxl

    if not path.lower().endswith((".xlsx", ".xlsm")):
        return [], []
    workbook = openpyxl.load_workbook(path, read_only=True)
    names = {normalise_header(name): name for name in workbook.sheetnames}
    workbook.close()
    sheet_name = next((names[normalise_header(n)] for n in VALUE_CHAIN_SHEETS if normalise_header(n) in names), None)
    if sheet_name is None:
        return [], []
    sheet = read_sheet(path, VALUE_CHAIN_COLUMNS, ("code", "name_fr"), sheet_name=sheet_name)
    known = set(chains["code"])
    added, rejects = [], []
    for row in sheet.rows:
        code = parse_text(row.values.get("code"))
        name_fr = parse_text(row.values.get("name_fr"))
        if not code or not name_fr:
            rejects.append((row.number, row.original, translate("Potentials", "value chain sheet: code and French name are required")))
            continue
        code = normalise_header(code).replace(" ", "_")
        if code in known:
            continue
        known.add(code)
        added.append((code, parse_text(row.values.get("name_ar")), name_fr, parse_text(row.values.get("name_en")),
                      1, import_id))
    return added, rejects


def import_potentials(path, input_path, sheet_name=None, illustrative=False, rejects_path=None, feedback=None):
    """Import a delegation's potentials sheet into the database at ``path``; return an ImportResult.

    Bad rows go to the rejects file with their reason. Good rows, and the
    new chains of the workbook's value chain sheet, are written in one
    transaction that a failure rolls back whole. One audit_log row records the import, or its failure.
    """
    if not input_path or not os.path.isfile(input_path):
        raise SheetError(translate("Potentials", "Input file {0!r} not found.").format(input_path))
    import_id = new_import_id("potentials")
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    result = ImportResult("import_potentials", import_id)
    log(f"import_potentials started: {input_path} into {path}, import {import_id}")
    connection = open_transaction(path)
    try:
        ensure_schema(connection)
        chains = _chains_frame(connection)
        added_chains, chain_rejects = _read_value_chain_sheet(input_path, chains, import_id)
        if added_chains:
            connection.executemany(
                "INSERT INTO value_chains (code, name_ar, name_fr, name_en, added_by_delegation, import_id) "
                "VALUES (?, ?, ?, ?, ?, ?)", added_chains)
            result.added_value_chains = [c[0] for c in added_chains]
            chains = _chains_frame(connection)

        sheet = read_sheet(input_path, POTENTIAL_COLUMNS, ("commune_code", "value_chain"), sheet_name,
                           skip_sheets=VALUE_CHAIN_SHEETS)
        rows, rejects = _validate_potentials(sheet, chains, _commune_codes(connection), illustrative, import_id,
                                             feedback)
        connection.executemany(
            "INSERT INTO potentials (commune_code, value_chain, level, quantity, unit, source, year, illustrative, "
            "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        touch_contents(connection, "potentials")
        illustrative_total = connection.execute("SELECT count(*) FROM potentials WHERE illustrative = 1").fetchone()[0]
        _describe_potentials(connection, illustrative_total)
        if feedback is not None and feedback.isCanceled():
            raise ObservatoryError(translate("Potentials", "Import canceled; the database is unchanged."))
        connection.execute("COMMIT")
    except Exception as error:
        connection.execute("ROLLBACK")
        connection.close()
        log_error(f"import_potentials failed, database unchanged: {error}")
        record_import_failure(path, "import_potentials", os.path.abspath(input_path), error, started_at)
        if isinstance(error, (SheetError, ObservatoryError)):
            raise
        raise ObservatoryError(translate("Potentials", "Import of {0} failed; the database is unchanged: {1}").format(
            input_path, error)) from error
    connection.close()

    all_rejects = chain_rejects + rejects
    result.accepted = len(rows)
    result.rejected = len(all_rejects)
    result.illustrative_rows = sum(row[7] for row in rows)
    if all_rejects and rejects_path:
        result.rejects_path = write_rejects(rejects_path, sheet.header, all_rejects)
    result.audit_id = database.record_audit(
        path, "import_potentials", os.path.abspath(input_path), rows_accepted=result.accepted, rows_rejected=result.rejected,
        message=f"import_id={import_id}; sheet={sheet.name}; illustrative rows={result.illustrative_rows}; "
                f"value chains added={','.join(result.added_value_chains) or 'none'}",
        started_at=started_at)
    log(f"import_potentials finished: {result.accepted} rows accepted, {result.rejected} rejected, import {import_id}")
    return result


def record_import_failure(path, operation, input_path, error, started_at):
    """Write a failed import to the audit log; log, without raising, when even that fails."""
    try:
        database.record_audit(path, operation, input_path, rows_accepted=0, rows_rejected=None, status="failed",
                              message=str(error), started_at=started_at)
    except (sqlite3.Error, OSError, ObservatoryError) as audit_error:
        log_error(f"{operation}: the failure could not be written to the audit log: {audit_error}")


def _chains_frame(connection):
    import pandas as pd

    return pd.read_sql_query("SELECT code, name_ar, name_fr, name_en FROM value_chains", connection)


def _validate_potentials(sheet, chains, communes, illustrative, import_id, feedback):
    """Return (rows to insert, rejects) for the rows of a potentials sheet."""
    lookup = chain_lookup(chains)
    valid_chains = ", ".join(chains["code"])
    rows, rejects, seen = [], [], {}
    total = max(1, len(sheet.rows))
    for position, row in enumerate(sheet.rows):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * position / total)
        try:
            values = _potential_row(row.values, lookup, valid_chains, communes, illustrative)
        except (CellError, InvalidCodeError) as error:
            rejects.append((row.number, row.original, str(error)))
            continue
        key = (values[0], values[1], values[6])
        if key in seen:
            rejects.append((row.number, row.original, translate("Potentials", 
                "duplicate of row {0}: same commune, value chain and year").format(seen[key])))
            continue
        seen[key] = row.number
        rows.append((*values, import_id))
    return rows, rejects


def _potential_row(values, lookup, valid_chains, communes, illustrative):
    code = parse_commune_code(values.get("commune_code"), communes)

    chain_text = parse_text(values.get("value_chain"))
    if chain_text is None:
        raise CellError(translate("Potentials", "value chain is missing"))
    chain = lookup.get(normalise_header(chain_text))
    if chain is None:
        raise CellError(translate("Potentials", "unknown value chain {0!r}; use one of: {1}, or add it in a value_chains sheet").format(
            chain_text, valid_chains))

    level = parse_level(values.get("level"))
    quantity = parse_number(values.get("quantity"), translate("Potentials", "quantity"))
    unit = parse_text(values.get("unit"))
    if quantity is not None and quantity < 0:
        raise CellError(translate("Potentials", "quantity {0:g} is negative").format(quantity))
    if quantity is not None and unit is None:
        raise CellError(translate("Potentials", "quantity {0:g} has no unit").format(quantity))
    if level is None and quantity is None:
        raise CellError(translate("Potentials", "neither a potential level nor a quantity is given"))

    year = parse_integer(values.get("year"), translate("Potentials", "year"))
    if year is not None and not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise CellError(translate("Potentials", "year {0} is outside {1}-{2}").format(year, EARLIEST_YEAR, LATEST_YEAR))
    row_illustrative = parse_flag(values.get("illustrative"), translate("Potentials", "illustrative")) or bool(illustrative)
    return (code, chain, level, quantity, unit, parse_text(values.get("source")), year, int(row_illustrative))


def latest_potentials(path, chain_codes=None):
    """Return the most recent potential row per commune and value chain, with its score 0-3.

    Score: none 0, low 1, medium 2, high 3. A row with a quantity but no
    level is scored by the tertiles of the positive quantities of the same
    value chain and unit across the table: 0 for a zero quantity, then 1, 2
    or 3 by tertile. Columns: commune_code, value_chain, level, quantity,
    unit, source, year, illustrative, score, scored_from.
    """
    import numpy as np
    import pandas as pd

    columns = ["commune_code", "value_chain", "level", "quantity", "unit", "source", "year", "illustrative",
               "import_id", "score", "scored_from"]
    with closing(database.connect(path)) as connection:
        if not table_exists(connection, "potentials"):
            return pd.DataFrame(columns=columns)
        frame = pd.read_sql_query("SELECT * FROM potentials ORDER BY fid", connection)
    if chain_codes is not None:
        frame = frame[frame["value_chain"].isin(set(chain_codes))]
    if frame.empty:
        return pd.DataFrame(columns=columns)

    frame["year_order"] = frame["year"].fillna(-1)
    frame = frame.sort_values(["year_order", "fid"]).groupby(["commune_code", "value_chain"], as_index=False).last()
    frame["score"] = frame["level"].map(LEVEL_SCORES).astype("float64")
    frame["scored_from"] = np.where(frame["level"].notna(), "level", "quantity")

    by_quantity = frame["level"].isna() & frame["quantity"].notna()
    for (chain, unit), group in frame[by_quantity].groupby(["value_chain", "unit"]):
        positive = group.loc[group["quantity"] > 0, "quantity"]
        if positive.empty:
            frame.loc[group.index, "score"] = 0.0
            continue
        first, second = np.quantile(positive, [1 / 3, 2 / 3])
        scores = np.select([group["quantity"] <= 0, group["quantity"] <= first, group["quantity"] <= second],
                           [0.0, 1.0, 2.0], 3.0)
        frame.loc[group.index, "score"] = scores
    return frame[columns].reset_index(drop=True)
