"""The six thematic units of the layer catalogue, in their display order."""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate


@dataclass(frozen=True)
class ThematicUnit:
    code: str
    label_source: str
    import_hint_source: str

    def label(self):
        return translate("ThematicUnit", self.label_source)

    def import_hint(self):
        return translate("ThematicUnit", self.import_hint_source)


# QT_TRANSLATE_NOOP marks the strings for pylupdate5; label() translates them when shown.

THEMATIC_UNITS = (
    ThematicUnit(
        "socio_economic",
        QT_TRANSLATE_NOOP("ThematicUnit", "Socio-economic variables"),
        QT_TRANSLATE_NOOP("ThematicUnit", "Rebuild the observatory database with Processing > ESS Observatory > Build observatory database."),
    ),
    ThematicUnit(
        "infrastructure",
        QT_TRANSLATE_NOOP("ThematicUnit", "Basic infrastructure"),
        QT_TRANSLATE_NOOP("ThematicUnit", "Rebuild the observatory database with Processing > ESS Observatory > Build observatory database."),
    ),
    ThematicUnit(
        "potentials",
        QT_TRANSLATE_NOOP("ThematicUnit", "Territorial potentials"),
        QT_TRANSLATE_NOOP("ThematicUnit", "No territorial potentials yet. A delegation imports its value chains and potentials "
            "from the regional SSE development plan (PRDESS) sheet into the database."),
    ),
    ThematicUnit(
        "iga",
        QT_TRANSLATE_NOOP("ThematicUnit", "Income-generating activities"),
        QT_TRANSLATE_NOOP("ThematicUnit", "No income-generating activities yet. Import the regional project bank from its Excel "
            "sheet, or enter projects in the projects layer."),
    ),
    ThematicUnit(
        "sse_actors",
        QT_TRANSLATE_NOOP("ThematicUnit", "SSE actors"),
        QT_TRANSLATE_NOOP("ThematicUnit", "Import the cooperative register (ODCO) or the ministry's survey of associations and "
            "mutuals to map SSE actors."),
    ),
    ThematicUnit(
        "microcredit",
        QT_TRANSLATE_NOOP("ThematicUnit", "Microcredit associations"),
        QT_TRANSLATE_NOOP("ThematicUnit", "No microcredit branches yet. Import the branch lists that microcredit associations "
            "send (Excel, with coordinates or commune codes) into the database."),
    ),
)

UNIT_CODES = tuple(u.code for u in THEMATIC_UNITS)


def thematic_unit(code):
    for unit in THEMATIC_UNITS:
        if unit.code == code:
            return unit
    raise KeyError(code)
