"""HCP territorial codes of the 2015 division, read from the forms people type.

Canonical form, always text:

- region ``RR`` (``04``)
- province or prefecture ``RR.PPP`` (``04.421``)
- cercle ``RR.PPP.CC`` (``04.421.01``)
- commune ``RR.PPP.CC.KK`` (``04.421.01.07``); a city commune divided into
  arrondissements ends in a single ``.0`` (``04.421.01.0``).

The digit-only forms that HCP tables and spreadsheets carry are accepted too:
``04421``, ``044210107`` (9 digits), ``004421010`` (a city commune padded to
9 digits), and the same numbers after Excel dropped their leading zeros.
"""

import re

from .errors import InvalidCodeError

LEVELS = ("region", "province", "cercle", "commune")

_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PART_WIDTHS = (2, 3, 2, 2)
_FLOAT_TAIL = re.compile(r"^(\d+)\.0+$")


def _clean(value):
    if value is None:
        raise InvalidCodeError("Empty territorial code: enter a code such as 04 or 04.421.01.07.")

    if isinstance(value, float):
        if value != value or value != int(value):
            raise InvalidCodeError(f"Territorial code {value!r} is not a whole number.")
        value = int(value)

    text = str(value).translate(_ARABIC_INDIC_DIGITS)
    text = text.replace("\u00a0", "").replace(" ", "").replace("-", ".").replace("/", ".")
    text = text.strip().strip(".")
    if not text:
        raise InvalidCodeError("Empty territorial code: enter a code such as 04 or 04.421.01.07.")
    return text


def _from_parts(parts):
    """Pad each dotted part to its width; the 4th part of a city commune stays '0'."""
    if len(parts) > 4:
        return None

    padded = []
    for position, part in enumerate(parts):
        width = _PART_WIDTHS[position]
        if not part.isdigit() or len(part) > width:
            return None
        if position == 3 and part == "0":
            padded.append("0")
        else:
            padded.append(part.zfill(width))
    return ".".join(padded)


def _digit_candidates(digits):
    """List the canonical codes a digit string can stand for, most likely first."""
    length = len(digits)
    candidates = []

    def add(region, province="", cercle="", commune=""):
        parts = [p for p in (region, province, cercle, commune) if p != ""]
        candidates.append(".".join(parts))

    if length in (1, 2):
        add(digits.zfill(2))
    elif length in (4, 5):
        padded = digits.zfill(5)
        add(padded[:2], padded[2:])
    elif length in (6, 7):
        padded = digits.zfill(7)
        add(padded[:2], padded[2:5], padded[5:])
        if length == 7 and not digits.startswith("0"):
            # A padded city commune (0RRPPPCC0) whose two zeros Excel dropped.
            padded_city = digits.zfill(8)
            add(padded_city[:2], padded_city[2:5], padded_city[5:7], "0")
    elif length == 8:
        if digits.startswith("0"):
            add(digits[:2], digits[2:5], digits[5:7], digits[7])
        padded = digits.zfill(9)
        add(padded[:2], padded[2:5], padded[5:7], padded[7:])
        if not digits.startswith("0"):
            add(digits[:2], digits[2:5], digits[5:7], digits[7])
    elif length == 9:
        if digits.startswith("00"):
            add(digits[1:3], digits[3:6], digits[6:8], digits[8])
        add(digits[:2], digits[2:5], digits[5:7], digits[7:])

    return [c for c in candidates if _valid_city_suffix(c)]


def _valid_region(code):
    return 1 <= int(code[:2]) <= 12


def _valid_city_suffix(code):
    parts = code.split(".")
    return len(parts) < 4 or parts[3] == "0" or len(parts[3]) == 2


def code_level(code):
    """Return the level of a canonical code: region, province, cercle or commune."""
    return LEVELS[code.count(".")]


def normalise_code(value, known_codes=None):
    """Return the canonical text form of an HCP code typed in any accepted form.

    A digit string can stand for two codes. With ``known_codes`` (a set of
    canonical codes) it resolves to the one that exists, and without it the
    most common reading wins. Raises InvalidCodeError when no reading is possible.
    """
    text = _clean(value)

    float_match = _FLOAT_TAIL.match(text)
    if "." in text and not float_match:
        code = _from_parts(text.split("."))
        if code is not None and not _valid_region(code):
            raise InvalidCodeError(
                f"Territorial code {value!r} names region {code[:2]}, which does not exist: "
                "region codes run from 01 to 12."
            )
        if code is None:
            raise InvalidCodeError(
                f"Territorial code {value!r} is not an HCP code: "
                "expected RR, RR.PPP, RR.PPP.CC or RR.PPP.CC.KK, e.g. 04.421.01.07."
            )
        return code

    digits = float_match.group(1) if float_match else text
    if not digits.isdigit():
        raise InvalidCodeError(
            f"Territorial code {value!r} contains characters other than digits and dots."
        )

    readings = _digit_candidates(digits)
    candidates = [c for c in readings if _valid_region(c)]
    if readings and not candidates:
        raise InvalidCodeError(
            f"Territorial code {value!r} names region {readings[0][:2]}, which does not exist: "
            "region codes run from 01 to 12."
        )
    if not candidates:
        raise InvalidCodeError(
            f"Territorial code {value!r} has {len(digits)} digits, which fits no HCP code: "
            "a region has 2, a province 5, a cercle 7 and a commune 9."
        )

    if known_codes is not None:
        for candidate in candidates:
            if candidate in known_codes:
                return candidate
    return candidates[0]


def parent_code(code, level):
    """Return the code of the enclosing territory at ``level`` (region or province)."""
    parts = code.split(".")
    depth = LEVELS.index(level) + 1
    if depth > len(parts):
        raise InvalidCodeError(f"Code {code} has no enclosing {level}.")
    return ".".join(parts[:depth])
