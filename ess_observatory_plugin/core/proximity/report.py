"""PDF map report of the microcredit proximity analysis, laid out with a QGIS print layout.

Page 1: accessibility map of the territory with branches, lines to the
nearest branch and new sites, legend, scale bar, north arrow and key figures.
Page 2: Lorenz curve of accessibility (drawn with QPainter, which shapes
Arabic through Qt), coverage by province, the least served communes and the
method. Both pages carry the source and the date, and a warning when the
branch data are illustrative. In Arabic the panels are mirrored and text is
right-aligned; Qt lays out the right-to-left runs.
"""

import os
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutTable,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsApplication,
)
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from .. import database
from ..errors import ObservatoryError
from ..i18n import translate
from ..report import NumberFormat
from . import outputs, styles
from .coverage import band_label
from .summary import (
    date_text,
    distance_text,
    format_value,
    illustrative_note,
    key_figures,
    method_sentences,
    source_text,
    target_text,
    territory_title,
    unit_text,
)

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 297.0, 210.0, 10.0
MAP_WIDTH = 178.0
PANEL_GAP = 6.0
ACCENT = "#1B6F5A"
WARNING_COLOUR = "#b00000"
LATIN_FONT = "Noto Sans"
ARABIC_FONT = "Noto Naskh Arabic"
CHART_DPI = 200
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"
LEAST_SERVED_ROWS = 10
# Legend heights in mm at the legend fonts set below, measured on rendered reports.
LEGEND_TITLE_HEIGHT, LEGEND_ROW_HEIGHT, LEGEND_LAYER_HEIGHT = 10.0, 5.6, 6.6



class ProximityReport:
    """Builds the print layout of one ProximityResult and exports it to PDF."""

    def __init__(self, result, language, work_folder):
        self.result = result
        self.language = language
        self.rtl = language == "ar"
        self.folder = work_folder
        self.project = QgsProject()
        self.project.setEllipsoid("WGS84")
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
        self.layers = {}

    # Fonts and text items

    def font(self, size, bold=False):
        font = QFont(ARABIC_FONT if self.rtl else LATIN_FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text_format(self, size, bold=False, colour="#000000"):
        text_format = QgsTextFormat()
        text_format.setFont(self.font(size, bold))
        text_format.setSize(size)
        text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
        text_format.setColor(QColor(colour))
        return text_format

    def x(self, left, width):
        """Mirror a horizontal position for right-to-left pages."""
        return PAGE_WIDTH - left - width if self.rtl else left

    def label(self, text, left, top, width, height, size=9.0, bold=False, colour="#000000", page=0):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        item.setFont(self.font(size, bold))
        item.setFontColor(QColor(colour))
        item.setHAlign(Qt.AlignRight if self.rtl else Qt.AlignLeft)
        item.setVAlign(Qt.AlignTop)
        item.setMarginX(0.0)
        item.setMarginY(0.0)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(width, height))
        item.attemptMove(QgsLayoutPoint(self.x(left, width), top), page=page)
        return item

    def header(self, page, subtitle):
        language = self.language
        self.label(translate("ProximityReport","Microcredit proximity", None, language) + " — " + territory_title(self.result, self.language),
                   MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, 9, size=15, bold=True, colour=ACCENT, page=page)
        self.label(subtitle, MARGIN, MARGIN + 9, PAGE_WIDTH - 2 * MARGIN, 6, size=9, page=page)
        top = MARGIN + 15
        if self.result.illustrative:
            self.label(illustrative_note(self.language), MARGIN, top, PAGE_WIDTH - 2 * MARGIN, 6, size=9,
                       bold=True, colour=WARNING_COLOUR, page=page)
            top += 6
        return top + 2

    def footer(self, page):
        self.label(source_text(self.result, self.language), MARGIN, PAGE_HEIGHT - MARGIN - 5,
                   PAGE_WIDTH - 2 * MARGIN, 5, size=7, colour="#404040", page=page)

    def table(self, rows, left, top, width, height, page, header=True, size=7.5, alignments=None, shares=None):
        """Add a manual table; in Arabic its columns run from right to left."""
        table = QgsLayoutItemManualTable.create(self.layout)
        table.setContentTextFormat(self.text_format(size))
        contents = []
        for position, row in enumerate(rows):
            cells = []
            for column, value in enumerate(row):
                cell = QgsTableCell(value)
                alignment = (alignments or {}).get(column, Qt.AlignRight if self.rtl else Qt.AlignLeft)
                cell.setHorizontalAlignment(alignment)
                if header and position == 0:
                    cell.setTextFormat(self.text_format(size, bold=True, colour="#ffffff"))
                    cell.setBackgroundColor(QColor(ACCENT))
                cells.append(cell)
            contents.append(list(reversed(cells)) if self.rtl else cells)
        table.setTableContents(contents)
        columns = len(rows[0])
        if shares is None:
            shares = [0.4] + [0.6 / (columns - 1)] * (columns - 1) if columns > 1 else [1.0]
        # Column widths exclude the cell margins and grid lines, about 2 mm a column.
        widths = [max(5.0, width * share - 2.0) for share in shares]
        table.setColumnWidths(list(reversed(widths)) if self.rtl else widths)
        table.setWrapBehavior(QgsLayoutTable.WrapText)
        table.setCellMargin(0.8)
        table.setGridStrokeWidth(0.1)
        table.setGridColor(QColor("#b0b0b0"))
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        frame.attemptResize(QgsLayoutSize(width, height))
        frame.attemptMove(QgsLayoutPoint(self.x(left, width), top), page=page)
        table.addFrame(frame)
        return table

    # Page 1: the map

    def build_layers(self):
        language = self.language
        result = self.result
        demand = QgsVectorLayer(("MultiPolygon" if result.is_polygon else "Point") + "?crs=EPSG:4326",
                                translate("ProximityReport","Accessibility score (capacity per 10,000 target people)", None, language),
                                "memory")
        fields = outputs.demand_fields(result)
        demand.dataProvider().addAttributes(fields.toList())
        demand.updateFields()
        features = []
        for feature in outputs.demand_features(result, fields, self.language):
            geometry = feature.geometry()
            if result.is_polygon:
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            features.append(feature)
        demand.dataProvider().addFeatures(features)
        demand.setRenderer(styles.access_renderer(demand, self.language))

        lines = QgsVectorLayer("LineString?crs=EPSG:4326", translate("ProximityReport","Line to the nearest branch", None, language), "memory")
        line_fields = outputs.line_fields(result)
        lines.dataProvider().addAttributes(line_fields.toList())
        lines.updateFields()
        lines.dataProvider().addFeatures(list(outputs.line_features(result, line_fields)))
        lines.setRenderer(styles.line_renderer())

        branches = QgsVectorLayer("Point?crs=EPSG:4326", translate("ProximityReport","Microcredit branches", None, language), "memory")
        branch_features = []
        for longitude, latitude in result.branches.xy:
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(longitude, latitude)))
            branch_features.append(feature)
        branches.dataProvider().addFeatures(branch_features)
        branches.setRenderer(styles.branch_renderer())

        layers = {"demand": demand, "lines": lines, "branches": branches}
        if len(result.sites):
            sites = QgsVectorLayer("Point?crs=EPSG:4326", translate("ProximityReport","Proposed new sites", None, language), "memory")
            site_fields = outputs.site_fields()
            sites.dataProvider().addAttributes(site_fields.toList())
            sites.updateFields()
            sites.dataProvider().addFeatures(list(outputs.site_features(result, site_fields)))
            sites.setRenderer(styles.site_renderer())
            layers["sites"] = sites
        outline = self.province_outline()
        if outline is not None:
            layers["provinces"] = outline
        land = self.land_background()
        if land is not None:
            layers["land"] = land
        for layer in layers.values():
            self.project.addMapLayer(layer, False)
        self.layers = layers

    def land_background(self):
        """Morocco's regions in pale grey under the territory, so that branches of
        neighbouring regions are not read as points at sea."""
        path = self.result.settings.database_path
        if not path:
            return None
        layer = QgsVectorLayer(database.layer_uri(path, "regions"), "land", "ogr")
        if not layer.isValid():
            return None
        layer.setRenderer(styles.land_renderer())
        return layer

    def province_outline(self):
        language = self.language
        path = self.result.settings.database_path
        territory = self.result.territory
        if not path or territory is None:
            return None
        column = "region_code" if territory.level == "region" else "code"
        layer = QgsVectorLayer(database.layer_uri(path, "provinces", f"{column} = '{territory.code}'"),
                               translate("ProximityReport","Provinces", None, language), "ogr")
        if not layer.isValid():
            return None
        layer.setRenderer(styles.outline_renderer())
        return layer

    def map_page(self):
        language = self.language
        result = self.result
        unit = unit_text(result.unit, self.language)
        subtitle = translate("ProximityReport","Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}", None, language).format(
            target_text(result, language), distance_text(result.settings.catchment, language), unit,
            NumberFormat(language).number(len(result.branches), 0), date_text(result, language))
        top = self.header(0, subtitle)
        map_height = PAGE_HEIGHT - MARGIN - 7 - top

        item = QgsLayoutItemMap(self.layout)
        item.setFrameEnabled(True)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(MAP_WIDTH, map_height))
        item.attemptMove(QgsLayoutPoint(self.x(MARGIN, MAP_WIDTH), top))
        order = [name for name in ("sites", "branches", "lines", "provinces", "demand", "land")
                 if name in self.layers]
        item.setLayers([self.layers[name] for name in order])
        crs = map_crs(self.layers["demand"].extent())
        item.setCrs(crs)
        item.zoomToExtent(self.map_extent(crs, MAP_WIDTH / map_height))

        self.north_arrow(item, top)
        self.scale_bar(item, top + map_height)
        panel_left = MARGIN + MAP_WIDTH + PANEL_GAP
        panel_width = PAGE_WIDTH - MARGIN - panel_left
        legend_bottom = self.legend(item, panel_left, top, panel_width)
        rows = [(label, format_value(value, number_format, language))
                for label, value, number_format in key_figures(result, self.language)]
        self.label(translate("ProximityReport","Key figures", None, language), panel_left, legend_bottom + 3, panel_width, 6, size=10,
                   bold=True, colour=ACCENT)
        self.table(rows, panel_left, legend_bottom + 9, panel_width, PAGE_HEIGHT - MARGIN - 8 - legend_bottom - 9,
                   page=0, header=False, size=7, shares=[0.76, 0.24],
                   alignments={1: Qt.AlignLeft if self.rtl else Qt.AlignRight})
        self.footer(0)

    def map_extent(self, crs, aspect):
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, self.project)
        extent = transform.transformBoundingBox(self.layers["demand"].extent())
        extent.scale(1.05)
        width, height = extent.width(), extent.height()
        if width / max(height, 1e-9) < aspect:
            width = height * aspect
        else:
            height = width / aspect
        centre = extent.center()
        return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                            centre.y() + height / 2)

    def north_arrow(self, map_item, top):
        path = svg_path(NORTH_ARROW_SVG)
        if path is None:
            return
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(path)
        arrow.setLinkedMap(map_item)
        arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
        self.layout.addLayoutItem(arrow)
        arrow.attemptResize(QgsLayoutSize(9, 14))
        left = MARGIN + MAP_WIDTH - 13
        arrow.attemptMove(QgsLayoutPoint(self.x(left, 9), top + 3))

    def scale_bar(self, map_item, bottom):
        language = self.language
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(map_item)
        bar.setUnits(QgsUnitTypes.DistanceKilometers)
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(3)
        bar.setTextFormat(self.text_format(7))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 200))
        self.layout.addLayoutItem(bar)
        bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        # applyDefaultSize resets the unit label, so the translated label comes after it.
        bar.setUnitLabel(translate("ProximityReport","km", None, language))
        width = bar.rect().width()
        bar.attemptMove(QgsLayoutPoint(self.x(MARGIN + 3, width), bottom - 14))

    def legend(self, map_item, left, top, width):
        language = self.language
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(translate("ProximityReport","Legend", None, language))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for name in ("demand", "branches", "lines", "sites"):
            if name in self.layers:
                root.addLayer(self.layers[name])
        for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                      QgsLegendStyle.SymbolLabel):
            size = 10 if style == QgsLegendStyle.Title else 7.5
            legend.setStyleFont(style, self.font(size, bold=style != QgsLegendStyle.SymbolLabel))
            if self.rtl:
                legend.rstyle(style).setAlignment(Qt.AlignRight)
        if self.rtl:
            legend.setSymbolAlignment(Qt.AlignRight)
            legend.setTitleAlignment(Qt.AlignRight)
        legend.setSymbolWidth(6)
        legend.setSymbolHeight(3.5)
        legend.setResizeToContents(False)
        self.layout.addLayoutItem(legend)
        classes = len(self.layers["demand"].renderer().rootRule().children())
        others = len([name for name in ("branches", "lines", "sites") if name in self.layers])
        height = LEGEND_TITLE_HEIGHT + LEGEND_ROW_HEIGHT * (classes + 1) + LEGEND_LAYER_HEIGHT * others
        legend.attemptResize(QgsLayoutSize(width, height))
        legend.attemptMove(QgsLayoutPoint(self.x(left, width), top))
        return top + legend.rect().height()

    # Page 2: inequality and coverage

    def second_page(self):
        language = self.language
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Landscape)
        self.layout.pageCollection().addPage(page)
        result = self.result
        top = self.header(1, translate("ProximityReport","Inequality of accessibility and coverage by distance band", None, language))

        chart_width, chart_height = 118.0, 92.0
        chart = os.path.join(self.folder, "lorenz.png")
        draw_lorenz_chart(result, self.language, chart, chart_width, chart_height)
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(chart)
        self.layout.addLayoutItem(picture)
        picture.attemptResize(QgsLayoutSize(chart_width, chart_height))
        picture.attemptMove(QgsLayoutPoint(self.x(MARGIN, chart_width), top), page=1)

        method_top = top + chart_height + 3
        self.label(translate("ProximityReport","Method", None, language), MARGIN, method_top, chart_width, 6, size=10, bold=True,
                   colour=ACCENT, page=1)
        self.label("\n".join(method_sentences(result, self.language)), MARGIN, method_top + 6, chart_width,
                   PAGE_HEIGHT - MARGIN - 7 - method_top - 6, size=7, page=1)

        panel_left = MARGIN + chart_width + PANEL_GAP
        panel_width = PAGE_WIDTH - MARGIN - panel_left
        unit = unit_text(result.unit, self.language)
        self.label(translate("ProximityReport","Share of the target population within each band (%)", None, language), panel_left, top,
                   panel_width, 6, size=10, bold=True, colour=ACCENT, page=1)
        coverage_rows = self.coverage_rows(unit)
        coverage_height = 5.0 * len(coverage_rows) + 6
        self.table(coverage_rows, panel_left, top + 7, panel_width, coverage_height, page=1,
                   alignments={column: Qt.AlignRight for column in range(1, len(coverage_rows[0]))})

        served_top = top + 7 + coverage_height + 5
        self.label(translate("ProximityReport","Least served communes", None, language), panel_left, served_top, panel_width, 6, size=10,
                   bold=True, colour=ACCENT, page=1)
        served_rows = self.least_served_rows(unit)
        self.table(served_rows, panel_left, served_top + 7, panel_width, 5.0 * len(served_rows) + 2, page=1,
                   alignments={0: Qt.AlignRight, 2: Qt.AlignRight, 3: Qt.AlignRight}, shares=[0.1, 0.5, 0.2, 0.2])
        self.footer(1)

    def coverage_rows(self, unit):
        language = self.language
        result = self.result
        header = [translate("ProximityReport","Territory", None, language), translate("ProximityReport","Target population", None, language)]
        # Words, not "≤": the bidi algorithm mirrors ≤ into ≥ in Arabic text.
        header += [translate("ProximityReport", "Within {0} {1}", None, language).format(
            distance_text(band, language), unit) for band in result.settings.bands]
        header += [translate("ProximityReport","Gini", None, language)]
        rows = [header]
        # One level below the territory: regions of the nation, provinces of a region.
        below = {None: "region", "region": "province", "province": None}[
            result.territory.level if result.territory is not None else None]
        table = result.coverage[result.coverage["level"].isin(["study_area", below])]
        for row in table.to_dict("records"):
            if row["level"] == "study_area":
                name = territory_title(result, language)
            else:
                name = (row["name_ar"] if self.rtl else row["name_fr"]) or row["code"]
            values = [name, format_value(row["target"], "#,##0", language)]
            values += [format_value(row[f"share_{band_label(band)}"], "0.0", language)
                       for band in result.settings.bands]
            values.append(format_value(row["gini"], "0.00", language))
            rows.append(values)
        return rows

    def least_served_rows(self, unit):
        language = self.language
        result = self.result
        rows = [[translate("ProximityReport","Rank", None, language), translate("ProximityReport","Commune", None, language),
                 translate("ProximityReport","Distance ({0})", None, language).format(unit), translate("ProximityReport","Score", None, language)]]
        table = result.units.sort_values("rank").head(LEAST_SERVED_ROWS)
        for row in table.to_dict("records"):
            name = (row["name_ar"] if self.rtl else row["name_fr"]) or row["code"] or str(row["demand_id"])
            rows.append([format_value(row["rank"], "0", language), name,
                         format_value(row["nearest_cost"], "0.0", language),
                         format_value(row["score"], "0.00", language)])
        return rows

    def export(self, path):
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysOutlines
        status = QgsLayoutExporter(self.layout).exportToPdf(path, settings)
        if status != QgsLayoutExporter.Success:
            raise ObservatoryError(f"Could not write the PDF report {path} (layout exporter status {status}).")
        return path


def map_crs(extent):
    """WGS 84 / UTM zone of the centre of an EPSG:4326 extent: metres for the scale bar."""
    zone = int((extent.center().x() + 180.0) // 6.0) + 1
    hemisphere = 326 if extent.center().y() >= 0 else 327
    return QgsCoordinateReferenceSystem(f"EPSG:{hemisphere}{zone:02d}")


def svg_path(relative):
    for folder in QgsApplication.svgPaths():
        candidate = os.path.join(folder, relative)
        if os.path.isfile(candidate):
            return candidate
    return None


def draw_lorenz_chart(result, language, path, width_mm, height_mm):
    """Draw the Lorenz curve of accessibility into a PNG with QPainter."""
    pixels_per_mm = CHART_DPI / 25.4
    image = QImage(int(width_mm * pixels_per_mm), int(height_mm * pixels_per_mm), QImage.Format_ARGB32)
    image.setDotsPerMeterX(int(CHART_DPI / 0.0254))
    image.setDotsPerMeterY(int(CHART_DPI / 0.0254))
    image.fill(QColor("#ffffff"))
    rtl = language == "ar"
    numbers = NumberFormat(language)
    family = ARABIC_FONT if rtl else LATIN_FONT

    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)

    def font(points, bold=False):
        value = QFont(family)
        value.setPixelSize(int(points * CHART_DPI / 72.0))
        value.setBold(bold)
        return value

    width, height = image.width(), image.height()
    left, right = int(0.14 * width), int(0.04 * width)
    top, bottom = int(0.12 * height), int(0.16 * height)
    plot = QRectF(left, top, width - left - right, height - top - bottom)

    def point(share_x, share_y):
        return QPointF(plot.left() + share_x * plot.width(), plot.bottom() - share_y * plot.height())

    painter.setFont(font(9, bold=True))
    painter.setPen(QColor(ACCENT))
    painter.drawText(QRectF(0, 0, width, top * 0.9), Qt.AlignCenter,
                     translate("ProximityReport","Lorenz curve of accessibility", None, language))

    painter.setFont(font(6.5))
    for step in range(5):
        share = step / 4.0
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        painter.drawLine(point(share, 0), point(share, 1))
        painter.drawLine(point(0, share), point(1, share))
        painter.setPen(QColor("#404040"))
        painter.drawText(QRectF(point(share, 0).x() - 40, plot.bottom() + 4, 80, 30), Qt.AlignHCenter | Qt.AlignTop,
                         numbers.number(100 * share, 0))
        painter.drawText(QRectF(0, point(0, share).y() - 15, left - 8, 30), Qt.AlignRight | Qt.AlignVCenter,
                         numbers.number(100 * share, 0))
    painter.setPen(QPen(QColor("#404040"), 2))
    painter.drawRect(plot)

    painter.setFont(font(7))
    painter.drawText(QRectF(plot.left(), plot.bottom() + 0.45 * bottom, plot.width(), 0.5 * bottom),
                     Qt.AlignHCenter | Qt.AlignTop,
                     translate("ProximityReport","Cumulative share of the target population, from the least served (%)", None, language))
    painter.save()
    painter.translate(0.25 * left, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, -0.25 * left, plot.height(), 0.5 * left), Qt.AlignCenter,
                     translate("ProximityReport","Cumulative share of accessibility (%)", None, language))
    painter.restore()

    painter.setPen(QPen(QColor("#808080"), 3, Qt.DashLine))
    painter.drawLine(point(0, 0), point(1, 1))
    if result.lorenz is not None:
        population, accessibility = result.lorenz
        curve = QPainterPath(point(population[0], accessibility[0]))
        for share_x, share_y in zip(population[1:], accessibility[1:]):
            curve.lineTo(point(share_x, share_y))
        area = QPainterPath(curve)
        area.lineTo(point(0, 0))
        painter.fillPath(area, QColor(27, 111, 90, 50))
        painter.setPen(QPen(QColor(ACCENT), 5))
        painter.drawPath(curve)

    painter.setFont(font(7))
    legend_box = QRectF(plot.left() + 0.05 * plot.width(), plot.top() + 0.05 * plot.height(),
                        0.55 * plot.width(), 0.22 * plot.height())
    line_height = legend_box.height() / 3
    entries = [(QPen(QColor("#808080"), 3, Qt.DashLine), translate("ProximityReport","Equal accessibility", None, language)),
               (QPen(QColor(ACCENT), 5), translate("ProximityReport","Communes of the territory", None, language))]
    for position, (pen, text) in enumerate(entries):
        y = legend_box.top() + (position + 0.5) * line_height
        painter.setPen(pen)
        if rtl:
            painter.drawLine(QPointF(legend_box.right() - 60, y), QPointF(legend_box.right(), y))
            text_rect = QRectF(legend_box.left(), y - line_height / 2, legend_box.width() - 70, line_height)
            alignment = Qt.AlignRight | Qt.AlignVCenter
        else:
            painter.drawLine(QPointF(legend_box.left(), y), QPointF(legend_box.left() + 60, y))
            text_rect = QRectF(legend_box.left() + 70, y - line_height / 2, legend_box.width() - 70, line_height)
            alignment = Qt.AlignLeft | Qt.AlignVCenter
        painter.setPen(QColor("#202020"))
        painter.drawText(text_rect, alignment, text)
    gini = result.gini
    painter.setFont(font(8, bold=True))
    gini_text = translate("ProximityReport","Gini index: {0}", None, language).format(numbers.number(gini, 2))
    painter.drawText(QRectF(plot.left() + 0.4 * plot.width(), plot.bottom() - 0.22 * plot.height(),
                            0.56 * plot.width(), 0.15 * plot.height()), Qt.AlignRight | Qt.AlignVCenter, gini_text)
    painter.end()
    if not image.save(path, "PNG"):
        raise ObservatoryError(f"Could not write the Lorenz chart image {path}.")
    return path


def write_report(result, path, language, feedback=None):
    """Write the two-page PDF report of ``result`` to ``path`` and return the path."""
    with tempfile.TemporaryDirectory(prefix="ess_proximity_") as folder:
        report = ProximityReport(result, language, folder)
        report.build_layers()
        if feedback is not None:
            feedback.setProgress(20)
        report.map_page()
        report.second_page()
        if feedback is not None:
            feedback.setProgress(50)
        return report.export(path)
