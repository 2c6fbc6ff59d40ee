"""Bar charts of the diagnostic report, drawn with QPainter into PNG images.

Qt lays out the text, so Arabic is shaped and runs right to left, which
matplotlib does not do. Charts are raster images at print resolution because
Qt's SVG generator misplaces neutral characters (such as "%") in Arabic text.
With ``right_to_left`` the whole chart is mirrored: labels on the right, bars
growing leftwards.
"""

import math
from dataclasses import dataclass

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from .errors import ObservatoryError

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0

TERRITORY_COLOUR = "#2b6ca3"
NATIONAL_COLOUR = "#a6a6a6"
RANKING_COLOUR = "#c0392b"
AXIS_COLOUR = "#595959"
GRID_COLOUR = "#e0e0e0"
TEXT_COLOUR = "#262626"


@dataclass
class ChartStyle:
    """Size, resolution and typography of one chart image."""

    width_mm: float
    height_mm: float
    font_family: str
    right_to_left: bool = False
    dpi: int = 300
    font_size_pt: float = 8.0

    @property
    def width_px(self):
        return round(self.width_mm / MM_PER_INCH * self.dpi)

    @property
    def height_px(self):
        return round(self.height_mm / MM_PER_INCH * self.dpi)

    def pixels(self, millimetres):
        return millimetres / MM_PER_INCH * self.dpi

    def font(self, scale=1.0, bold=False):
        font = QFont(self.font_family)
        font.setPixelSize(max(1, round(self.font_size_pt * scale / POINTS_PER_INCH * self.dpi)))
        font.setBold(bold)
        return font


@dataclass
class ComparisonRow:
    """One indicator of the territory-versus-nation chart, values in percent."""

    label: str
    territory: float
    national: float
    territory_text: str
    national_text: str


@dataclass
class RankingRow:
    """One bar of a ranking chart."""

    label: str
    value: float
    value_text: str


class _Canvas:
    """A QPainter on a white image whose x axis is mirrored for right-to-left charts.

    Drawing code works in left-to-right coordinates; ``rect`` flips each
    rectangle and ``align`` swaps left and right alignment when mirrored.
    """

    def __init__(self, style):
        self.style = style
        self.image = QImage(style.width_px, style.height_px, QImage.Format_ARGB32)
        self.image.setDotsPerMeterX(round(style.dpi / MM_PER_INCH * 1000))
        self.image.setDotsPerMeterY(round(style.dpi / MM_PER_INCH * 1000))
        self.image.fill(QColor("white"))
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.Antialiasing)
        self.painter.setRenderHint(QPainter.TextAntialiasing)
        if style.right_to_left:
            self.painter.setLayoutDirection(Qt.RightToLeft)

    @property
    def width(self):
        return self.style.width_px

    @property
    def height(self):
        return self.style.height_px

    def rect(self, x, y, width, height):
        if self.style.right_to_left:
            x = self.width - x - width
        return QRectF(x, y, width, height)

    def align(self, horizontal):
        if self.style.right_to_left and horizontal in (Qt.AlignLeft, Qt.AlignRight):
            horizontal = Qt.AlignRight if horizontal == Qt.AlignLeft else Qt.AlignLeft
        return horizontal | Qt.AlignAbsolute

    def fill(self, x, y, width, height, colour):
        self.painter.fillRect(self.rect(x, y, width, height), QColor(colour))

    def line(self, x1, y1, x2, y2, colour, width=1.0):
        if self.style.right_to_left:
            x1, x2 = self.width - x1, self.width - x2
        self.painter.setPen(QPen(QColor(colour), width))
        self.painter.drawLine(round(x1), round(y1), round(x2), round(y2))

    def text(self, x, y, width, height, text, font, horizontal=Qt.AlignLeft, colour=TEXT_COLOUR, elide=False):
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        if elide:
            text = QFontMetricsF(font).elidedText(text, Qt.ElideRight, width)
        flags = self.align(horizontal) | Qt.AlignVCenter | (0 if elide else Qt.TextWordWrap)
        self.painter.drawText(self.rect(x, y, width, height), int(flags), text)

    def text_width(self, text, font):
        return QFontMetricsF(font).horizontalAdvance(text)

    def save(self, path):
        self.painter.end()
        if not self.image.save(path, "PNG"):
            raise ObservatoryError(f"Could not write the chart image {path}: check that the folder is writable.")
        return path


def nice_step(value, target_steps=5):
    """Return a grid step of 1, 2, 2.5 or 5 times a power of ten that cuts
    ``value`` into about ``target_steps`` intervals."""
    if value is None or value <= 0 or math.isnan(value):
        return 1.0
    raw = value / target_steps
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


def nice_maximum(value):
    """Round a positive maximum up to a whole number of grid steps."""
    if value is None or value <= 0 or math.isnan(value):
        return 1.0
    step = nice_step(value)
    return step * math.ceil(value / step - 1e-9)


def _legend(canvas, y, entries):
    """Draw colour keys with their labels on one line, starting at the leading edge."""
    style = canvas.style
    font = style.font()
    swatch = style.pixels(3)
    gap = style.pixels(1.5)
    x = style.pixels(1)
    for colour, label in entries:
        canvas.fill(x, y + swatch * 0.15, swatch, swatch * 0.7, colour)
        x += swatch + gap
        width = canvas.text_width(label, font) + style.pixels(1)
        canvas.text(x, y - swatch * 0.2, width, swatch * 1.4, label, font)
        x += width + style.pixels(5)
    return y + swatch * 1.6


def _axis(canvas, left, top, width, bottom, maximum, step, formatter):
    """Draw vertical grid lines and their labels under the plot area."""
    font = canvas.style.font(0.9)
    steps = int(round(maximum / step))
    for index in range(steps + 1):
        value = index * step
        x = left + width * value / maximum
        canvas.line(x, top, x, bottom, GRID_COLOUR if index else AXIS_COLOUR, canvas.style.pixels(0.15))
        label_width = canvas.style.pixels(12)
        canvas.text(x - label_width / 2, bottom + canvas.style.pixels(0.5), label_width, canvas.style.pixels(4),
                    formatter(value), font, Qt.AlignHCenter)


def comparison_chart(path, rows, territory_name, national_name, style, formatter):
    """Write a grouped horizontal bar chart of territory and national rates to ``path``.

    ``formatter`` turns an axis value into text in the report language.
    """
    if not rows:
        raise ObservatoryError("The comparison chart has no indicator to draw.")
    canvas = _Canvas(style)
    margin = style.pixels(1.5)
    top = _legend(canvas, margin, [(TERRITORY_COLOUR, territory_name), (NATIONAL_COLOUR, national_name)])
    top += style.pixels(2)

    label_width = canvas.width * 0.36
    value_room = style.pixels(11)
    plot_left = label_width + style.pixels(2)
    plot_width = canvas.width - plot_left - value_room - margin
    axis_room = style.pixels(5.5)
    plot_bottom = canvas.height - axis_room
    band = (plot_bottom - top) / len(rows)
    bar = min(band * 0.34, style.pixels(4))

    values = [v for row in rows for v in (row.territory, row.national) if v is not None and not math.isnan(v)]
    maximum = 100.0 if max(values, default=0) > 50 else nice_maximum(max(values, default=0))
    _axis(canvas, plot_left, top, plot_width, plot_bottom, maximum, nice_step(maximum), formatter)

    label_font = style.font()
    value_font = style.font(0.9)
    for position, row in enumerate(rows):
        band_top = top + position * band
        canvas.text(margin, band_top, label_width - margin, band, row.label, label_font, Qt.AlignRight)
        centre = band_top + band / 2
        pairs = ((row.territory, row.territory_text, TERRITORY_COLOUR, centre - bar - bar * 0.05),
                 (row.national, row.national_text, NATIONAL_COLOUR, centre + bar * 0.05))
        for value, text, colour, bar_top in pairs:
            if value is None or math.isnan(value):
                continue
            length = plot_width * max(0.0, min(value, maximum)) / maximum
            canvas.fill(plot_left, bar_top, length, bar, colour)
            canvas.text(plot_left + length + style.pixels(0.8), bar_top - bar * 0.3, value_room + style.pixels(4),
                        bar * 1.6, text, value_font)
    return canvas.save(path)


def ranking_chart(path, rows, style, formatter, maximum=None):
    """Write a horizontal bar chart of ranked values, the first row on top, to ``path``."""
    if not rows:
        raise ObservatoryError("The ranking chart has no value to draw.")
    canvas = _Canvas(style)
    margin = style.pixels(1.5)
    label_width = canvas.width * 0.45
    value_room = style.pixels(9)
    plot_left = label_width + style.pixels(2)
    plot_width = canvas.width - plot_left - value_room - margin
    axis_room = style.pixels(5.5)
    top = margin
    plot_bottom = canvas.height - axis_room
    slots = max(len(rows), 8)
    band = (plot_bottom - top) / slots
    bar = band * 0.62

    values = [row.value for row in rows if row.value is not None and not math.isnan(row.value)]
    maximum = maximum or nice_maximum(max(values, default=0))
    _axis(canvas, plot_left, top, plot_width, top + band * len(rows), maximum, nice_step(maximum), formatter)

    label_font = style.font()
    value_font = style.font(0.9)
    for position, row in enumerate(rows):
        band_top = top + position * band
        canvas.text(margin, band_top, label_width - margin, band, row.label, label_font, Qt.AlignRight, elide=True)
        if row.value is None or math.isnan(row.value):
            continue
        bar_top = band_top + (band - bar) / 2
        length = plot_width * max(0.0, min(row.value, maximum)) / maximum
        canvas.fill(plot_left, bar_top, length, bar, RANKING_COLOUR)
        canvas.text(plot_left + length + style.pixels(0.8), band_top, value_room + style.pixels(4), band,
                    row.value_text, value_font)
    return canvas.save(path)
