"""Translation helpers shared by the core, the algorithms and the interface."""

from qgis.PyQt.QtCore import QCoreApplication, QSettings

LANGUAGES = ("ar", "fr", "en")


def translate(context, text, disambiguation=None, language=None):
    """Translate a literal under a fixed context.

    Without ``language`` the text follows the QGIS interface. With it (ar, fr
    or en) the text is translated into that language whatever the interface:
    reports use it, so that an Arabic report is written in Arabic on a French
    desktop. pylupdate5 collects the calls as translate("Context", "text").
    """
    if language is None:
        return QCoreApplication.translate(context, text, disambiguation)
    return translate_to(language, context, text)


def interface_language():
    """Return the two-letter language of the QGIS interface, among ar, fr, en."""
    locale = QSettings().value("locale/userLocale", "") or ""
    language = str(locale)[:2].lower()
    return language if language in LANGUAGES else "en"


_report_translators = {}


def _translator(language):
    """Load, once, the plugin's translator for a language, or None."""
    if language not in _report_translators:
        import os

        from qgis.PyQt.QtCore import QTranslator

        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n",
                            f"ess_observatory_{language}.qm")
        translator = QTranslator()
        _report_translators[language] = translator if os.path.isfile(path) and translator.load(path) else None
    return _report_translators[language]


def translate_to(language, context, text):
    """Translate a literal into ``language`` whatever the interface language.

    Reports and workbooks use it, so that an Arabic report is written in
    Arabic on a French desktop and an English one stays in English.
    """
    if language == "en":
        return text
    translator = _translator(language)
    # PyQt5 passes str arguments of QTranslator.translate as ASCII; UTF-8 bytes
    # keep non-ASCII source texts such as an en dash.
    translated = translator.translate(context.encode("utf-8"), text.encode("utf-8")) \
        if translator is not None else ""
    return translated or text
