"""Excel workbook of the microcredit proximity analysis, written with openpyxl.

Sheets: summary, communes, coverage, Lorenz curve (data and chart), new
sites and method. Headers follow the report language and sheets run right to
left in Arabic. When the branch data are illustrative, the first row of the
summary and of the method sheet carries a warning.
"""

from ..i18n import translate
from ..workbook import HEADER_FILL, HEADER_FONT_COLOUR, _cell, _openpyxl
from .coverage import band_label
from .summary import distance_text, illustrative_note, key_figures, method_sentences, source_text, unit_text
from .typology import rule_text, typology_label

WARNING_FONT_COLOUR = "B00000"


class ProximityWorkbook:
    """Writes one ProximityResult to an .xlsx file in one language."""

    def __init__(self, result, language):
        self.result = result
        self.language = language
        self.openpyxl = _openpyxl()

    def tr(self, text):
        return translate("ProximityWorkbook", text, None, self.language)

    def write(self, path):
        workbook = self.openpyxl.Workbook()
        workbook.remove(workbook.active)
        self._summary_sheet(workbook.create_sheet(self.tr("Summary")))
        self._communes_sheet(workbook.create_sheet(self.tr("Communes")))
        self._coverage_sheet(workbook.create_sheet(self.tr("Coverage")))
        self._lorenz_sheet(workbook.create_sheet(self.tr("Lorenz curve")))
        if len(self.result.sites):
            self._sites_sheet(workbook.create_sheet(self.tr("New sites")))
        self._method_sheet(workbook.create_sheet(self.tr("Method and sources")))
        for sheet in workbook.worksheets:
            sheet.sheet_view.rightToLeft = self.language == "ar"
        workbook.save(path)
        return path

    def _name(self, row, prefix="name"):
        preferred = row.get(f"{prefix}_ar") if self.language == "ar" else row.get(f"{prefix}_fr")
        return preferred or row.get(f"{prefix}_fr") or row.get(f"{prefix}_ar")

    def _header(self, sheet, labels):
        styles = self.openpyxl.styles
        sheet.append(labels)
        for cell in sheet[sheet.max_row]:
            cell.font = styles.Font(bold=True, color=HEADER_FONT_COLOUR)
            cell.fill = styles.PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = styles.Alignment(wrap_text=True, vertical="top")
        for position, label in enumerate(labels, start=1):
            letter = self.openpyxl.utils.get_column_letter(position)
            sheet.column_dimensions[letter].width = min(40, max(12, len(str(label)) + 2))
        sheet.freeze_panes = f"A{sheet.max_row + 1}"

    def _illustrative_row(self, sheet):
        if not self.result.illustrative:
            return
        sheet.append([illustrative_note(self.language)])
        cell = sheet.cell(sheet.max_row, 1)
        cell.font = self.openpyxl.styles.Font(bold=True, color=WARNING_FONT_COLOUR)

    def _format_column(self, sheet, column, number_format, first_row=2):
        for (cell,) in sheet.iter_rows(min_row=first_row, min_col=column, max_col=column):
            cell.number_format = number_format

    def _summary_sheet(self, sheet):
        self._illustrative_row(sheet)
        self._header(sheet, [self.tr("Key figure"), self.tr("Value")])
        for label, value, number_format in key_figures(self.result, self.language):
            sheet.append([label, _cell(value)])
            if number_format:
                sheet.cell(sheet.max_row, 2).number_format = number_format
        sheet.column_dimensions["A"].width = 70
        sheet.column_dimensions["B"].width = 28
        for warning in self.result.warnings:
            sheet.append([warning])

    def _communes_sheet(self, sheet):
        result = self.result
        unit = unit_text(result.unit, self.language)
        catchment = f"{distance_text(result.settings.catchment, self.language)} {unit}"
        bands = [self.tr("Branches within {0} {1}").format(distance_text(b, self.language), unit)
                 for b in result.settings.bands]
        self._header(sheet, [
            self.tr("Rank"), self.tr("Commune code"), self.tr("Commune"), self.tr("Province code"),
            self.tr("Target population"), self.tr("Nearest branch"), self.tr("Institution"),
            self.tr("Distance to the nearest branch (km)")]
            + ([self.tr("Travel time to the nearest branch (min)")] if result.unit == "min" else [])
            + bands + [
            self.tr("Branches per 10,000 target people"), self.tr("Accessibility score (E2SFCA)"),
            self.tr("Target population within the catchment (%)"), self.tr("Institutions within the catchment"),
            self.tr("Unemployment rate (%)"), self.tr("Employed who are cooperative members (%)"),
            self.tr("Underserved"), self.tr("Reason"), self.tr("Typology")])
        table = result.units.sort_values("rank")
        for row in table.to_dict("records"):
            reasons = "; ".join(rule_text(rule, self.language, catchment)
                                for rule in (row["underserved_rule"] or "").split("+") if rule)
            values = [row["rank"], row["code"], self._name(row), row["province_code"], row["target"],
                      row["nearest_label"], row["nearest_institution"], row["distance_km"]]
            if result.unit == "min":
                values.append(row["nearest_cost"])
            values += [row[column] for column in result.band_columns]
            values += [row["branches_per_10k"], row["score"], row["covered_share"], row["institutions_overlap"],
                       row["unemployment_rate"], row["cooperative_member_share"],
                       self.tr("yes") if row["underserved"] else self.tr("no"), reasons or None,
                       typology_label(row["typology"], self.language)]
            sheet.append([_cell(value) for value in values])
        self._format_column(sheet, 5, "#,##0")
        self._format_column(sheet, 8, "0.0")
        score_column = 9 + (result.unit == "min") + len(bands)
        for offset, number_format in enumerate(("0.00", "0.00", "0.0")):
            self._format_column(sheet, score_column + offset, number_format)

    def _coverage_sheet(self, sheet):
        result = self.result
        unit = unit_text(result.unit, self.language)
        levels = {"study_area": self.tr("Study area"), "region": self.tr("Region"),
                  "province": self.tr("Province"), "commune": self.tr("Commune")}
        self._header(sheet, [self.tr("Level"), self.tr("Code"), self.tr("Name"), self.tr("Target population")]
                     + [self.tr("Within {0} {1} (%)").format(distance_text(b, self.language), unit) for b in result.settings.bands]
                     + [self.tr("Mean distance to the nearest branch ({0})").format(unit),
                        self.tr("Mean accessibility score"), self.tr("Gini index of accessibility")])
        for row in result.coverage.to_dict("records"):
            name = self._name(row) if row["level"] != "study_area" else self.tr("Study area")
            sheet.append([levels[row["level"]], row["code"], name, _cell(row["target"])]
                         + [_cell(row[f"share_{band_label(b)}"]) for b in result.settings.bands]
                         + [_cell(row["mean_cost"]), _cell(row["mean_score"]), _cell(row["gini"])])
        self._format_column(sheet, 4, "#,##0")
        for offset in range(len(result.settings.bands) + 1):
            self._format_column(sheet, 5 + offset, "0.0")
        last = 5 + len(result.settings.bands) + 1
        self._format_column(sheet, last, "0.00")
        self._format_column(sheet, last + 1, "0.000")

    def _lorenz_sheet(self, sheet):
        self._illustrative_row(sheet)
        self._header(sheet, [self.tr("Cumulative share of the target population (%)"),
                             self.tr("Cumulative share of accessibility (%)"), self.tr("Equality line (%)")])
        first = sheet.max_row + 1
        if self.result.lorenz is not None:
            for population, accessibility in zip(*self.result.lorenz):
                sheet.append([100.0 * population, 100.0 * accessibility, 100.0 * population])
        last = sheet.max_row
        self._format_column(sheet, 1, "0.0", first)
        self._format_column(sheet, 2, "0.0", first)
        self._format_column(sheet, 3, "0.0", first)
        sheet.cell(1 if not self.result.illustrative else 2, 5,
                   self.tr("Gini index of accessibility (0 = equal)"))
        gini_cell = sheet.cell(1 if not self.result.illustrative else 2, 6, _cell(self.result.gini))
        gini_cell.number_format = "0.000"
        if last >= first:
            self._lorenz_chart(sheet, first, last)

    def _lorenz_chart(self, sheet, first, last):
        charts = self.openpyxl.chart
        chart = charts.ScatterChart()
        chart.title = self.tr("Lorenz curve of accessibility")
        chart.style = 13
        chart.x_axis.title = self.tr("Cumulative share of the target population (%)")
        chart.y_axis.title = self.tr("Cumulative share of accessibility (%)")
        x_values = charts.Reference(sheet, min_col=1, min_row=first, max_row=last)
        for column in (2, 3):
            values = charts.Reference(sheet, min_col=column, min_row=first - 1, max_row=last)
            series = charts.Series(values, x_values, title_from_data=True)
            series.marker.symbol = "none"
            chart.series.append(series)
        chart.height, chart.width = 10, 14
        sheet.add_chart(chart, "E4")

    def _sites_sheet(self, sheet):
        self._header(sheet, [self.tr("Order"), self.tr("Commune code"), self.tr("Commune"), self.tr("Province code"),
                             self.tr("Longitude"), self.tr("Latitude"),
                             self.tr("Target population added within the catchment"),
                             self.tr("Target population within the catchment after this site"),
                             self.tr("Share of the target population within the catchment (%)")])
        for row in self.result.sites.to_dict("records"):
            sheet.append([_cell(row["order"]), row["code"], self._name(row), row["province_code"],
                          _cell(row["longitude"]), _cell(row["latitude"]), _cell(row["added_target"]),
                          _cell(row["covered_target"]), _cell(row["covered_share"])])
        for column, number_format in ((5, "0.00000"), (6, "0.00000"), (7, "#,##0"), (8, "#,##0"), (9, "0.0")):
            self._format_column(sheet, column, number_format)

    def _method_sheet(self, sheet):
        self._illustrative_row(sheet)
        lines = method_sentences(self.result, self.language) + [source_text(self.result, self.language)]
        sheet.column_dimensions["A"].width = 120
        for line in lines:
            sheet.append([line])
            sheet.cell(sheet.max_row, 1).alignment = self.openpyxl.styles.Alignment(wrap_text=True, vertical="top")


def write_workbook(result, path, language):
    """Write the proximity workbook to ``path`` and return the path."""
    return ProximityWorkbook(result, language).write(path)
