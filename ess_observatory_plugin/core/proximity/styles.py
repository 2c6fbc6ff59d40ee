"""Map styles of the proximity outputs: accessibility classes, branches, lines and new sites."""

import math

from qgis.core import (
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
)

from ..i18n import translate
from ..report import NumberFormat
from .summary import shortest_decimals

NO_ACCESS_COLOUR = "#7f0000"
OUTLINE_COLOUR = "#6e6e6e"
BRANCH_COLOUR = "#08306b"
SITE_COLOUR = "#ff7f00"
LINE_COLOUR = "#525252"
ACCESS_CLASSES = 5


def _fill(colour):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": OUTLINE_COLOUR, "outline_width": "0.1"})


def round_significant(value, digits=2):
    """Round a class break to ``digits`` significant digits, so legends read easily."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def score_breaks(values, classes=ACCESS_CLASSES):
    """Upper bounds of quantile classes of the positive scores, rounded and distinct."""
    positive = sorted(v for v in values if v is not None and v == v and v > 0)
    if not positive:
        return []
    classes = max(1, min(classes, len(set(positive))))
    ranges = QgsClassificationQuantile().classes(positive, classes)
    breaks = []
    for upper in [round_significant(r.upperBound()) for r in ranges[:-1]] + [positive[-1]]:
        if not breaks or upper > breaks[-1]:
            breaks.append(upper)
    return breaks


def access_renderer(layer, language, field_name="access_score"):
    """Rule-based renderer: a class for no accessibility, then quantile classes from red to green."""
    index = layer.fields().indexFromName(field_name)
    values = []
    for feature in layer.getFeatures():
        value = feature[index]
        try:
            values.append(float(value))
        except (TypeError, ValueError):
            continue
    breaks = score_breaks(values)
    ramp = QgsStyle.defaultStyle().colorRamp("RdYlGn")
    numbers = NumberFormat(language)

    root = QgsRuleBasedRenderer.Rule(None)
    label = translate("ProximityMap", "0: no branch within the catchment", None, language)
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill(NO_ACCESS_COLOUR), 0, 0,
                                               f'"{field_name}" = 0', label))
    lower = 0.0
    for position, upper in enumerate(breaks):
        fraction = position / max(1, len(breaks) - 1)
        last = position == len(breaks) - 1
        expression = f'"{field_name}" > {lower!r} AND "{field_name}" <= {upper!r}' if not last else \
            f'"{field_name}" > {lower!r}'
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(ramp.color(fraction).name()), 0, 0, expression,
                                                   f"{_format(lower, numbers)} – {_format(upper, numbers)}"))
        lower = upper
    if len(values) < layer.featureCount():
        no_data = translate("ProximityMap", "No data", None, language)
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill("#d9d9d9"), 0, 0, f'"{field_name}" IS NULL', no_data))
    return QgsRuleBasedRenderer(root)


def _format(value, numbers):
    """Write a class break in the legend language: whole numbers from 10, else two significant digits."""
    if value == 0:
        return numbers.number(0, 0)
    if abs(value) >= 10:
        return numbers.number(value, 0)
    rounded = round_significant(value)
    return numbers.number(rounded, shortest_decimals(rounded))


def branch_renderer():
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": BRANCH_COLOUR, "outline_color": "#ffffff",
                                           "outline_width": "0.2", "size": "1.8"})
    return QgsSingleSymbolRenderer(symbol)


def site_renderer():
    symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": SITE_COLOUR, "outline_color": "#000000",
                                           "outline_width": "0.2", "size": "4.2"})
    return QgsSingleSymbolRenderer(symbol)


def line_renderer():
    symbol = QgsLineSymbol.createSimple({"color": LINE_COLOUR, "width": "0.15", "line_style": "solid"})
    return QgsSingleSymbolRenderer(symbol)


def land_renderer():
    """Pale grey land with white region borders, drawn under the territory."""
    symbol = QgsFillSymbol.createSimple({"color": "#ececec", "outline_color": "#ffffff", "outline_width": "0.3"})
    return QgsSingleSymbolRenderer(symbol)


def outline_renderer(colour="#252525", width="0.45"):
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": width})
    return QgsSingleSymbolRenderer(symbol)
