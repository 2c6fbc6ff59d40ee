"""Field layouts and features of the proximity outputs, ready for Processing sinks.

All geometries are in EPSG:4326. Field names are public: analysts script them.
"""

import math

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QVariant

from .typology import rule_text, typology_label


# 1 on every row when the branches were illustrative, so a layer shared on its
# own still carries the warning.
ILLUSTRATIVE_OUTPUT_FIELD = "illustrative"


def _field(name, kind, length=0):
    field = QgsField(name, kind)
    if length:
        field.setLength(length)
    return field


def demand_fields(result):
    """Fields of OUTPUT_DEMAND, one feature per demand unit."""
    fields = QgsFields()
    for name in ("code", "name_fr", "name_ar", "province_code", "region_code"):
        fields.append(_field(name, QVariant.String))
    fields.append(_field("demand_id", QVariant.LongLong))
    fields.append(_field("target", QVariant.Double))
    fields.append(_field("demand_points", QVariant.Int))
    fields.append(_field("nearest_branch", QVariant.String))
    fields.append(_field("nearest_institution", QVariant.String))
    fields.append(_field("distance_km", QVariant.Double))
    if result.unit == "min":
        fields.append(_field("travel_min", QVariant.Double))
    count_type = QVariant.Double if len(result.points) != len(result.units) else QVariant.Int
    for column in result.band_columns:
        fields.append(_field(column, count_type))
    for name in ("branches_catchment",):
        fields.append(_field(name, QVariant.Int))
    fields.append(_field("branches_per_10k", QVariant.Double))
    fields.append(_field("access_score", QVariant.Double))
    fields.append(_field("covered_share", QVariant.Double))
    fields.append(_field("institutions_overlap", QVariant.Int))
    fields.append(_field("unemployment_rate", QVariant.Double))
    fields.append(_field("cooperative_member_share", QVariant.Double))
    fields.append(_field("underserved", QVariant.Int))
    fields.append(_field("underserved_rule", QVariant.String))
    fields.append(_field("underserved_reason", QVariant.String))
    fields.append(_field("typology", QVariant.String))
    fields.append(_field("typology_label", QVariant.String))
    fields.append(_field("rank", QVariant.Int))
    fields.append(_field(ILLUSTRATIVE_OUTPUT_FIELD, QVariant.Int))
    return fields


def demand_features(result, fields, language):
    """Yield the OUTPUT_DEMAND features in the order of the units table."""
    catchment_text = cost_text(result.settings.catchment, result.unit)
    for row, geometry in zip(result.units.to_dict("records"), result.geometries):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry(geometry))
        values = {
            "code": row["code"], "name_fr": row["name_fr"], "name_ar": row["name_ar"],
            "province_code": row["province_code"], "region_code": row["region_code"],
            "demand_id": row["demand_id"], "target": row["target"], "demand_points": row["demand_points"],
            "nearest_branch": row["nearest_label"], "nearest_institution": row["nearest_institution"],
            "distance_km": row["distance_km"], "branches_catchment": row["branches_catchment"],
            "branches_per_10k": row["branches_per_10k"], "access_score": row["score"],
            "covered_share": row["covered_share"], "institutions_overlap": row["institutions_overlap"],
            "unemployment_rate": row["unemployment_rate"],
            "cooperative_member_share": row["cooperative_member_share"],
            "underserved": row["underserved"], "underserved_rule": row["underserved_rule"],
            "underserved_reason": "; ".join(rule_text(rule, language, catchment_text)
                                            for rule in (row["underserved_rule"] or "").split("+") if rule) or None,
            "typology": row["typology"], "typology_label": typology_label(row["typology"], language),
            "rank": row["rank"], ILLUSTRATIVE_OUTPUT_FIELD: int(bool(result.illustrative)),
        }
        if result.unit == "min":
            values["travel_min"] = row["nearest_cost"]
        for column in result.band_columns:
            values[column] = row[column]
        for name, value in values.items():
            feature[name] = clean_value(value)
        yield feature


def coverage_fields(result):
    """Fields of OUTPUT_COVERAGE, a table without geometry."""
    fields = QgsFields()
    for name in ("level", "code", "name_fr", "name_ar"):
        fields.append(_field(name, QVariant.String))
    fields.append(_field("target", QVariant.Double))
    fields.append(_field("demand_points", QVariant.Int))
    for column in result.share_columns:
        fields.append(_field(f"{column}{result.unit}", QVariant.Double))
    fields.append(_field(f"mean_{result.unit}", QVariant.Double))
    fields.append(_field("mean_score", QVariant.Double))
    fields.append(_field("gini", QVariant.Double))
    fields.append(_field(ILLUSTRATIVE_OUTPUT_FIELD, QVariant.Int))
    return fields


def coverage_features(result, fields):
    for row in result.coverage.to_dict("records"):
        feature = QgsFeature(fields)
        for name in ("level", "code", "name_fr", "name_ar", "target", "demand_points", "mean_score", "gini"):
            feature[name] = clean_value(row[name])
        for column in result.share_columns:
            feature[f"{column}{result.unit}"] = clean_value(row[column])
        feature[f"mean_{result.unit}"] = clean_value(row["mean_cost"])
        feature[ILLUSTRATIVE_OUTPUT_FIELD] = int(bool(result.illustrative))
        yield feature


def line_fields(result):
    fields = QgsFields()
    fields.append(_field("code", QVariant.String))
    fields.append(_field("target", QVariant.Double))
    fields.append(_field("branch", QVariant.String))
    fields.append(_field("institution", QVariant.String))
    fields.append(_field("distance_km", QVariant.Double))
    if result.unit == "min":
        fields.append(_field("travel_min", QVariant.Double))
    fields.append(_field(ILLUSTRATIVE_OUTPUT_FIELD, QVariant.Int))
    return fields


def line_features(result, fields):
    """Yield one line from each demand point to its nearest branch (points without one are left out)."""
    branches = result.branches
    for row in result.points.to_dict("records"):
        branch = int(row["nearest_branch"])
        if branch < 0:
            continue
        feature = QgsFeature(fields)
        start = QgsPointXY(row["longitude"], row["latitude"])
        end = QgsPointXY(*branches.xy[branch])
        feature.setGeometry(QgsGeometry.fromPolylineXY([start, end]))
        feature["code"] = clean_value(row["commune_code"])
        feature["target"] = clean_value(row["target"])
        feature["branch"] = branches.labels[branch]
        feature["institution"] = branches.institutions[branch]
        feature["distance_km"] = clean_value(row["distance_km"])
        if result.unit == "min":
            feature["travel_min"] = clean_value(row["nearest_cost"])
        feature[ILLUSTRATIVE_OUTPUT_FIELD] = int(bool(result.illustrative))
        yield feature


def site_fields():
    fields = QgsFields()
    fields.append(_field("order", QVariant.Int))
    for name in ("code", "name_fr", "name_ar", "province_code", "region_code"):
        fields.append(_field(name, QVariant.String))
    for name in ("added_target", "covered_target", "covered_share"):
        fields.append(_field(name, QVariant.Double))
    return fields


def site_features(result, fields):
    for row in result.sites.to_dict("records"):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["longitude"], row["latitude"])))
        for name in fields.names():
            feature[name] = clean_value(row[name])
        yield feature


def cost_text(value, unit):
    """Write a threshold with its unit, such as "20 km" or "30 min"."""
    return f"{value:g} {unit}"


def clean_value(value):
    """Turn numpy and pandas values into plain Python, NaN and None into NULL."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value
