"""Classed map styles of indicators: graduated classes, a colour ramp chosen
by the indicator's polarity, readable class breaks and a 'no data' class."""

import math

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsStyle,
)
from qgis.PyQt.QtGui import QColor

from .catalogue import indicator as catalogue_indicator
from .i18n import translate

# Ramps of QGIS's default style: low to high.
RAMP_HIGHER_BETTER = "RdYlGn"   # low values red, high values green
RAMP_HIGHER_WORSE = "RdYlGn"    # inverted: low values green, high values red
RAMP_NEUTRAL = "Blues"
NO_DATA_COLOUR = "#d9d9d9"
OUTLINE_COLOUR = "#6e6e6e"

_CLASSIFICATIONS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
}


def colour_ramp(polarity):
    """Return the ramp for an indicator: red means need, whatever the direction."""
    style = QgsStyle.defaultStyle()
    if polarity > 0:
        return style.colorRamp(RAMP_HIGHER_BETTER)
    if polarity < 0:
        ramp = style.colorRamp(RAMP_HIGHER_WORSE)
        ramp.invert()
        return ramp
    ramp = style.colorRamp(RAMP_NEUTRAL)
    return ramp if ramp is not None else QgsGradientColorRamp(QColor("#deebf7"), QColor("#08519c"))


def decimals_for(unit):
    """Decimals shown in class labels: one for rates and distances, none for counts."""
    return 1 if unit in ("percent", "km") else 0


def round_break(value, unit):
    """Round a class break to a value people read easily."""
    if value is None or math.isinf(value) or math.isnan(value):
        return value
    if unit in ("percent", "km"):
        return round(value, 1)
    if abs(value) < 10:
        return round(value)
    magnitude = 10 ** (int(math.log10(abs(value))) - 1)
    return round(value / magnitude) * magnitude


def class_breaks(values, method="jenks", classes=5, unit="percent"):
    """Return rounded upper class breaks of a list of numbers (NULLs left out)."""
    data = sorted(v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v)))
    if not data:
        return []
    distinct = sorted(set(data))
    classes = max(1, min(classes, len(distinct)))
    classification = _CLASSIFICATIONS.get(method, QgsClassificationJenks)()
    ranges = classification.classes(data, classes)
    breaks = [round_break(r.upperBound(), unit) for r in ranges]
    # The top class must hold the maximum once written into a rule expression,
    # which keeps only a few digits: round it up to the digits of the labels.
    scale = 10 ** decimals_for(unit)
    breaks[-1] = math.ceil(max(breaks[-1], data[-1]) * scale - 1e-9) / scale
    unique = []
    for value in breaks:
        if not unique or value > unique[-1]:
            unique.append(value)
    return unique


def graduated_renderer(layer, field_name, indicator_code=None, language="en", classes=None, method=None):
    """Build a rule-based renderer with graduated classes of ``field_name`` and,
    when some features lack a value, a 'no data' class."""
    indicator = catalogue_indicator(indicator_code or field_name)
    method = method or indicator.classification
    classes = classes or indicator.classes

    index = layer.fields().indexFromName(field_name)
    raw = [feature[index] for feature in layer.getFeatures()] if index >= 0 else []
    values = [float(v) for v in raw if v is not None and str(v) != "NULL"]
    has_nulls = len(values) < len(raw)
    breaks = class_breaks(values, method, classes, indicator.unit)

    ramp = colour_ramp(indicator.polarity)
    decimals = decimals_for(indicator.unit)
    ranges = []
    lower = min(values) if values else 0
    rounded_lower = round_break(lower, indicator.unit)
    lower = rounded_lower if rounded_lower <= lower else math.floor(lower * 10 ** decimals) / 10 ** decimals
    suffix = {"percent": " %", "km": " km"}.get(indicator.unit, "")
    for position, upper in enumerate(breaks):
        fraction = position / max(1, len(breaks) - 1)
        symbol = QgsFillSymbol.createSimple({"color": ramp.color(fraction).name(), "outline_color": OUTLINE_COLOUR,
                                             "outline_width": "0.1"})
        label = f"{_format(lower, decimals)} – {_format(upper, decimals)}{suffix}"
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
        lower = upper

    graduated = QgsGraduatedSymbolRenderer(field_name, ranges)
    renderer = QgsRuleBasedRenderer.convertFromRenderer(graduated)
    if not has_nulls:
        return renderer
    no_data_symbol = QgsFillSymbol.createSimple({"color": NO_DATA_COLOUR, "outline_color": OUTLINE_COLOUR,
                                                 "outline_width": "0.1", "style": "solid"})
    no_data = QgsRuleBasedRenderer.Rule(no_data_symbol, 0, 0, f'"{field_name}" IS NULL',
                                        translate("Styling", "No data", None, language))
    renderer.rootRule().appendChild(no_data)
    return renderer


def _format(value, decimals):
    if decimals == 0:
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:.{decimals}f}"


def apply_indicator_style(layer, field_name, indicator_code=None, language="en"):
    """Style ``layer`` by one indicator and refresh its legend."""
    layer.setRenderer(graduated_renderer(layer, field_name, indicator_code, language))
    layer.triggerRepaint()
    return layer


def outline_renderer(colour="#333333", width="0.4"):
    """Return a hollow-outline renderer, for regions and provinces drawn over indicator maps."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": width})
    return QgsSingleSymbolRenderer(symbol)
