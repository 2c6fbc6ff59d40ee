"""The layers the ESS layer catalogue offers, unit by unit, and how to load them.

Each thematic unit offers one indicator map per indicator of the catalogue
(the ``commune_indicators`` view styled by that indicator's field) and every
other table of the database that ``REGISTERED_LAYERS`` assigns to it. Tables
that imports create later (microcredit branches, cooperatives, the project
bank) appear as soon as they are registered in ``gpkg_contents``.

No Qt widgets here: the dock in ``ui/catalogue_dock.py`` shows what these
functions return.
"""

import re
import sqlite3
import unicodedata
from contextlib import closing
from dataclasses import dataclass

from qgis.core import QgsLayerMetadata, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from . import database
from .catalogue import indicators_of_unit, load_catalogue
from .codes import normalise_code
from .errors import DatabaseError, InvalidCodeError, UnknownTerritoryError
from .i18n import translate
from .metadata import qgis_metadata
from .styling import apply_indicator_style
from .units import THEMATIC_UNITS

INDICATOR_VIEW = database.INDICATOR_VIEWS["commune"]
INDICATOR_PERIOD = database.DEFAULT_PERIOD

# GeoPackage table -> (thematic unit, display name). Imports that create one
# of these tables make it appear in the catalogue under its unit.
REGISTERED_LAYERS = {
    "potentials": ("potentials", QT_TRANSLATE_NOOP("CatalogueLayers", "Territorial potentials")),
    "value_chains": ("potentials", QT_TRANSLATE_NOOP("CatalogueLayers", "Value chains")),
    "projects": ("iga", QT_TRANSLATE_NOOP("CatalogueLayers", "Income-generating projects")),
    "cooperatives": ("sse_actors", QT_TRANSLATE_NOOP("CatalogueLayers", "Cooperatives")),
    "associations": ("sse_actors", QT_TRANSLATE_NOOP("CatalogueLayers", "Associations")),
    "mutuals": ("sse_actors", QT_TRANSLATE_NOOP("CatalogueLayers", "Mutuals")),
    "microcredit_branches": ("microcredit", QT_TRANSLATE_NOOP("CatalogueLayers", "Microcredit branches")),
}

_REGION_CODE = re.compile(r"^\d{2}$")
_PROVINCE_CODE = re.compile(r"^\d{2}\.\d{3}$")


@dataclass(frozen=True)
class CatalogueEntry:
    """One layer the catalogue offers: an indicator map or a table of the database."""

    unit_code: str
    layer_name: str
    title: str
    indicator_code: str = None
    geometry_type: str = ""
    description: str = ""

    @property
    def is_indicator_map(self):
        return self.indicator_code is not None


@dataclass(frozen=True)
class UnitCatalogue:
    """A thematic unit with its entries, or the hint on how to import its data."""

    unit: object
    title: str
    entries: tuple
    import_hint: str

    @property
    def has_data(self):
        return bool(self.entries)


@dataclass(frozen=True)
class TerritoryChoices:
    """Regions in code order and, per region code, its provinces sorted by name."""

    regions: list
    provinces: dict


def _tr(text, language):
    return translate("CatalogueLayers", text, None, language)


def indicator_layer_title(indicator, language):
    """Return the display name of an indicator map, such as 'Unemployment rate (2024)'.

    A label that already names the period ('Population change 2014-2024') is kept as it is.
    """
    label = indicator.label(language)
    if INDICATOR_PERIOD in label:
        return label
    return translate("CatalogueLayers", "{indicator} ({period})", None, language).format(
        indicator=label, period=INDICATOR_PERIOD
    )


def _indicator_description(indicator, language):
    """Return tooltip text: label, polarity and source, and the definition in English."""
    if indicator.polarity < 0:
        reading = translate("CatalogueLayers", "Higher values mean more need; red marks need.", None, language)
    elif indicator.polarity > 0:
        reading = translate("CatalogueLayers", "Lower values mean more need; red marks need.", None, language)
    else:
        reading = translate(
            "CatalogueLayers", "Neither high nor low values mean need; shown in shades of blue.", None, language
        )
    lines = [
        indicator.label(language),
        reading,
        translate("CatalogueLayers", "Source: {source}", None, language).format(source=indicator.source),
    ]
    # NOTE: the catalogue carries definitions in English only.
    if language == "en" and indicator.definition_en:
        lines.insert(1, indicator.definition_en)
    return "\n".join(lines)


def _registered_tables(connection):
    """Return gpkg_contents table name -> geometry type ('' for attribute tables)."""
    rows = connection.execute(
        "SELECT c.table_name, COALESCE(g.geometry_type_name, '') FROM gpkg_contents c "
        "LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
    )
    return dict(rows)


def _table_columns(connection, table):
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _value_counts(connection, columns):
    """Count the non-NULL values of each indicator column of the commune view."""
    if not columns:
        return {}
    counts = ", ".join(f'COUNT("{column}")' for column in columns)
    row = connection.execute(f'SELECT {counts} FROM "{INDICATOR_VIEW}"').fetchone()
    return dict(zip(columns, row))


def _indicator_entries(unit_code, tables, columns, counts, language):
    if INDICATOR_VIEW not in tables:
        return []
    entries = []
    for indicator in indicators_of_unit(unit_code):
        # A field the database lacks, or one with no value at all, would only draw a grey map.
        if indicator.code not in columns or not counts.get(indicator.code):
            continue
        entries.append(
            CatalogueEntry(
                unit_code=unit_code,
                layer_name=INDICATOR_VIEW,
                title=indicator_layer_title(indicator, language),
                indicator_code=indicator.code,
                geometry_type=tables[INDICATOR_VIEW],
                description=_indicator_description(indicator, language),
            )
        )
    return entries


def _registered_entries(unit_code, tables, language):
    entries = []
    for table, (table_unit, title_source) in REGISTERED_LAYERS.items():
        if table_unit != unit_code or table not in tables:
            continue
        entries.append(
            CatalogueEntry(
                unit_code=unit_code,
                layer_name=table,
                title=_tr(title_source, language),
                geometry_type=tables[table],
            )
        )
    return entries


def catalogue_entries(database_path, language):
    """List, for each thematic unit in display order, the layers it offers.

    A unit without any layer carries its import hint instead. Raises
    DatabaseError when the file is missing or is not an observatory database.
    """
    try:
        with closing(database.connect(database_path)) as connection:
            tables = _registered_tables(connection)
            columns = _table_columns(connection, INDICATOR_VIEW) if INDICATOR_VIEW in tables else []
            counts = _value_counts(connection, [c for c in columns if c in load_catalogue()])
    except sqlite3.Error as error:
        raise DatabaseError(
            translate(
                "CatalogueLayers",
                "Failed to read the observatory database {path}: {error}. Rebuild it, or choose "
                "another file in the plugin settings.",
                None,
                language,
            ).format(path=database_path, error=error)
        ) from error

    units = []
    for unit in THEMATIC_UNITS:
        entries = _indicator_entries(unit.code, tables, columns, counts, language) + _registered_entries(
            unit.code, tables, language
        )
        hint = "" if entries else translate("ThematicUnit", unit.import_hint_source, None, language)
        units.append(
            UnitCatalogue(
                unit=unit,
                title=translate("ThematicUnit", unit.label_source, None, language),
                entries=tuple(entries),
                import_hint=hint,
            )
        )
    return units


def _sort_key(name):
    """Sort names without regard to accents or case, so that 'Béni' comes before 'Berkane'."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _territory_name(name_fr, name_ar, language):
    return name_ar if language == "ar" and name_ar else name_fr


def territory_choices(database_path, language):
    """Return the regions (code order) and provinces (name order) as (code, name) pairs.

    Names are in Arabic for the Arabic interface and in French otherwise,
    the form HCP publishes them in.
    """
    try:
        with closing(database.connect(database_path)) as connection:
            region_rows = connection.execute("SELECT code, name_fr, name_ar FROM regions ORDER BY code").fetchall()
            province_rows = connection.execute(
                "SELECT code, name_fr, name_ar, region_code FROM provinces"
            ).fetchall()
    except sqlite3.Error as error:
        raise DatabaseError(
            translate(
                "CatalogueLayers", "Failed to read the regions and provinces of {path}: {error}.", None, language
            ).format(path=database_path, error=error)
        ) from error

    regions = [(code, _territory_name(fr, ar, language)) for code, fr, ar in region_rows]
    provinces = {code: [] for code, _ in regions}
    for code, fr, ar, region_code in province_rows:
        provinces.setdefault(region_code, []).append((code, _territory_name(fr, ar, language)))
    for region_code in provinces:
        provinces[region_code].sort(key=lambda pair: _sort_key(pair[1]))
    return TerritoryChoices(regions, provinces)


def _resolve_filter(connection, region_code, province_code, language):
    """Return (level, code, name) of the territory to keep, or None for all of Morocco."""
    level, value = ("province", province_code) if province_code else ("region", region_code)
    if not value:
        return None

    code = normalise_code(value)
    if level == "province" and not _PROVINCE_CODE.match(code):
        raise InvalidCodeError(
            translate(
                "CatalogueLayers", "{code} is not a province code: expected a code such as 04.421.", None, language
            ).format(code=value)
        )
    if level == "region" and not _REGION_CODE.match(code):
        raise InvalidCodeError(
            translate(
                "CatalogueLayers", "{code} is not a region code: expected a code from 01 to 12.", None, language
            ).format(code=value)
        )

    table = "provinces" if level == "province" else "regions"
    row = connection.execute(f"SELECT name_fr, name_ar FROM {table} WHERE code = ?", (code,)).fetchone()
    if row is None and level == "province":
        raise UnknownTerritoryError(
            translate(
                "CatalogueLayers", "No province has the code {code} in the observatory database.", None, language
            ).format(code=code)
        )
    if row is None:
        raise UnknownTerritoryError(
            translate(
                "CatalogueLayers", "No region has the code {code} in the observatory database.", None, language
            ).format(code=code)
        )

    if level == "province" and region_code and normalise_code(region_code) != code[:2]:
        raise UnknownTerritoryError(
            translate("CatalogueLayers", "Province {province} is not in region {region}.", None, language).format(
                province=code, region=region_code
            )
        )
    return level, code, _territory_name(row[0], row[1], language)


def _subset_for(columns, level, code):
    """Return the OGR filter that keeps one territory, or None when the table has no code field."""
    field = f"{level}_code"
    if field in columns:
        return f"\"{field}\" = '{code}'"
    if "commune_code" in columns:
        # Commune codes start with their region and province codes: 04.421.01.07.
        return f"\"commune_code\" LIKE '{code}.%'"
    return None


def _apply_metadata(layer, database_path, entry, name):
    """Give the layer the metadata stored in the database, titled with the layer name.

    QGIS reads the metadata from the GeoPackage's gpkg_metadata table. A table
    without it gets the row of the layer_metadata table, or else the plugin's
    own record of the layer's sources.
    """
    metadata = QgsLayerMetadata(layer.metadata())
    if not metadata.title():
        stored = _stored_metadata(database_path, entry.layer_name) or qgis_metadata(entry.layer_name)
        if stored is not None:
            metadata = stored

    if entry.is_indicator_map:
        metadata.setTitle(name)
        if entry.description:
            metadata.setAbstract(f"{entry.description}\n\n{metadata.abstract()}".strip())
    elif not metadata.title():
        metadata.setTitle(name)
    layer.setMetadata(metadata)


def _stored_metadata(database_path, layer_name):
    """Build QGIS metadata from the row of the layer_metadata table, or return None."""
    with closing(database.connect(database_path)) as connection:
        try:
            row = connection.execute(
                "SELECT title, abstract, licence, attribution, source FROM layer_metadata WHERE layer = ?",
                (layer_name,),
            ).fetchone()
        except sqlite3.Error:
            return None
    if row is None:
        return None
    title, abstract, licence, attribution, source = row
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(layer_name)
    metadata.setTitle(title or "")
    metadata.setAbstract("\n\n".join(part for part in (abstract, source and f"Source: {source}") if part))
    if licence:
        metadata.setLicenses([licence])
    if attribution:
        metadata.setRights([attribution])
    return metadata


def make_layer(database_path, entry, language, region_code=None, province_code=None):
    """Load one catalogue entry from the GeoPackage as a styled vector layer.

    With ``province_code`` (or else ``region_code``) only that territory's
    features are kept. Raises InvalidCodeError or UnknownTerritoryError for a
    bad code and DatabaseError when the layer cannot be opened.
    """
    with closing(database.connect(database_path)) as connection:
        territory = _resolve_filter(connection, region_code, province_code, language)
        columns = _table_columns(connection, entry.layer_name)

    name = entry.title
    subset = None
    if territory is not None:
        level, code, territory_name = territory
        subset = _subset_for(columns, level, code)
        if subset is None:
            raise DatabaseError(
                translate(
                    "CatalogueLayers",
                    "Layer {layer} has no region, province or commune code field, so it "
                    "cannot be limited to {territory}. Choose All of Morocco to add it.",
                    None,
                    language,
                ).format(layer=entry.layer_name, territory=territory_name)
            )
        name = translate("CatalogueLayers", "{layer} – {territory}", None, language).format(
            layer=entry.title, territory=territory_name
        )

    layer = QgsVectorLayer(database.layer_uri(database_path, entry.layer_name, subset), name, "ogr")
    if not layer.isValid():
        error = layer.error().summary()
        if not error and layer.dataProvider() is not None:
            error = layer.dataProvider().error().summary()
        raise DatabaseError(
            translate("CatalogueLayers", "Failed to open layer {layer} of {path}. {error}", None, language)
            .format(layer=entry.layer_name, path=database_path, error=error)
            .strip()
        )

    if entry.is_indicator_map:
        apply_indicator_style(layer, entry.indicator_code, entry.indicator_code, language)
    _apply_metadata(layer, database_path, entry, name)
    return layer
