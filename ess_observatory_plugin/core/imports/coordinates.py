"""Read a point typed in a register and return it in EPSG:4326.

Accepted notations, in a cell each for latitude (or Y) and longitude (or X):

- decimal degrees, as a number or as text with a decimal point or comma
  (``35.7701``, ``35,7701``, ``-5.8123``);
- degrees and decimal minutes, or degrees, minutes and seconds, with a
  hemisphere letter or word before or after (N, S, E, W, O for ouest,
  Nord, Sud, Est, Ouest, شمال, جنوب, شرق, غرب): ``35°46'12.5"N``,
  ``35 46 12.5 N``, ``N 35°46.208'``, ``5°48'44"W``;
- Lambert Merchich metres, Nord Maroc (EPSG:26191) or Sud Maroc
  (EPSG:26192), declared or detected from the size of the values.

Latitude and longitude typed in each other's column are detected: in
decimal degrees only one order falls inside Morocco, and a hemisphere letter
settles the order. ``read_point`` returns every reading that falls inside
Morocco's bounding box and, for Lambert metres, inside the zone's area of
use. The caller picks among them with the territory, such as the commune the
row names or the national outline.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
)

from ..i18n import translate
from . import RowValueError
from .excel import is_blank, parse_number

AUTO = "auto"
WGS84 = "EPSG:4326"
NORD_MAROC = "EPSG:26191"
SUD_MAROC = "EPSG:26192"
COORDINATE_SYSTEMS = (AUTO, WGS84, NORD_MAROC, SUD_MAROC)
PROJECTED_SYSTEMS = (NORD_MAROC, SUD_MAROC)

# Bounding box of Morocco with its southern provinces (Lagouira 20.8 N to the
# Mediterranean islets 36.1 N, Atlantic 17.1 W to Figuig 1.0 W), widened by
# about 10 km. It is a first filter: the caller tests the national outline.
MOROCCO_EXTENT = (-17.3, 20.6, -0.9, 36.2)  # west, south, east, north in degrees

# A projected value must lie inside its zone's EPSG area of use widened by
# this margin, about 20 km, so that a point on a zone border is not lost.
ZONE_MARGIN_DEGREES = 0.2

# Values up to this size are read as degrees, from MINIMUM_METRES up as
# metres. Nord and Sud Maroc coordinates inside Morocco run from about
# 50 000 to 900 000 m (an estimate from the zones' areas of use), so no real
# value falls between the two limits.
MAXIMUM_DEGREES = 180.0
MINIMUM_METRES = 1000.0

NOTATION_NUMBER = "decimal degrees"
NOTATION_DECIMAL_COMMA = "decimal comma"
NOTATION_MINUTES = "degrees and decimal minutes"
NOTATION_SECONDS = "degrees, minutes and seconds"
NOTATION_METRES = "projected metres"

_HEMISPHERE_WORDS = {
    "n": "N", "nord": "N", "north": "N", "شمال": "N",
    "s": "S", "sud": "S", "south": "S", "جنوب": "S",
    "e": "E", "est": "E", "east": "E", "شرق": "E",
    "w": "W", "west": "W", "o": "W", "ouest": "W", "غرب": "W",
}
_SYMBOLS = str.maketrans({
    "º": "°", "˚": "°", "ᵒ": "°",
    "′": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
    "″": '"', "”": '"', "“": '"',
    **{chr(0x0660 + n): str(n) for n in range(10)},
    **{chr(0x06F0 + n): str(n) for n in range(10)},
    "\u066b": ".",
})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LEADING_WORD = re.compile(r"^\s*([^\W\d_]+)\.?\s*(.*)$", re.S)
_TRAILING_WORD = re.compile(r"^(.*?)\s*([^\W\d_]+)\.?\s*$", re.S)
_SEPARATORS_ONLY = re.compile(r"^[\s°'\":]*$")


@dataclass(frozen=True)
class CoordinateValue:
    """One typed coordinate: a signed number, its hemisphere letter if typed, and its notation."""

    value: float
    hemisphere: str = None
    notation: str = NOTATION_NUMBER


@dataclass(frozen=True)
class PointReading:
    """A reading of a typed point, in EPSG:4326 degrees."""

    longitude: float
    latitude: float
    crs: str
    notation: str
    swapped: bool = False

    @property
    def point(self):
        return QgsPointXY(self.longitude, self.latitude)


# ---------------------------------------------------------------- one value


def parse_coordinate(value):
    """Return a typed coordinate as a CoordinateValue, or None when blank.

    Raises RowValueError when the value matches none of the accepted
    notations, or when minutes or seconds reach 60.
    """
    if is_blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return CoordinateValue(float(value))

    text = str(value).translate(_SYMBOLS).strip()
    try:
        number = parse_number(text)
    except RowValueError:
        number = None
    if number is not None:
        notation = NOTATION_DECIMAL_COMMA if "," in text and "." not in text else NOTATION_NUMBER
        return CoordinateValue(number, None, notation)
    return _parse_sexagesimal(value, text)


def _parse_sexagesimal(typed, text):
    if not re.search(r"\d", text):
        raise _unreadable(typed)
    hemisphere, body = _split_hemisphere(typed, text)
    body = body.strip()
    negative = body.startswith("-")
    if body[:1] in "+-":
        body = body[1:]

    numbers = _NUMBER.findall(body)
    leftover = _NUMBER.sub("", body)
    if not numbers or len(numbers) > 3 or not _SEPARATORS_ONLY.match(leftover):
        raise _unreadable(typed)

    parts = [float(n.replace(",", ".")) for n in numbers]
    for part in parts[:-1]:
        if not part.is_integer():
            raise RowValueError(translate(
                "RegisterImport",
                "Coordinate {0!r} has a decimal part before its last number: only the last of degrees, "
                "minutes and seconds may have decimals.").format(typed))
    for position, part in enumerate(parts[1:], start=1):
        if part >= 60:
            if position == 1:
                unit = translate("RegisterImport", "minutes")
            else:
                unit = translate("RegisterImport", "seconds")
            raise RowValueError(translate(
                "RegisterImport", "Coordinate {0!r} has {1} {2}: {2} must be below 60."
            ).format(typed, _number_text(part), unit))

    degrees = parts[0] + sum(part / 60 ** position for position, part in enumerate(parts[1:], start=1))
    if hemisphere in ("S", "W"):
        degrees = -degrees
    elif negative and hemisphere in ("N", "E"):
        raise RowValueError(translate(
            "RegisterImport", "Coordinate {0!r} has a minus sign and the hemisphere {1}, which contradict each other: "
            "keep one of them.").format(typed, hemisphere))
    elif negative:
        degrees = -degrees

    notation = {1: NOTATION_NUMBER, 2: NOTATION_MINUTES, 3: NOTATION_SECONDS}[len(parts)]
    if len(parts) == 1 and "," in numbers[0]:
        notation = NOTATION_DECIMAL_COMMA
    return CoordinateValue(degrees, hemisphere, notation)


def _unreadable(typed):
    return RowValueError(translate(
        "RegisterImport", "Coordinate {0!r} is not readable: write decimal degrees (35.7701) or degrees, minutes "
        "and seconds (35°46'12.5\"N).").format(typed))


def _split_hemisphere(typed, text):
    """Return (hemisphere letter or None, text without it)."""
    hemisphere = None
    leading = _LEADING_WORD.match(text)
    if leading:
        hemisphere = _hemisphere(typed, leading.group(1))
        text = leading.group(2)
    trailing = _TRAILING_WORD.match(text)
    if trailing:
        if hemisphere is not None:
            raise RowValueError(translate(
                "RegisterImport", "Coordinate {0!r} has two hemisphere letters: keep one.").format(typed))
        hemisphere = _hemisphere(typed, trailing.group(2))
        text = trailing.group(1)
    return hemisphere, text


def _hemisphere(typed, word):
    key = word.lower()
    if key not in _HEMISPHERE_WORDS:
        raise RowValueError(translate(
            "RegisterImport",
            "Coordinate {0!r} contains {1!r}, which is not a hemisphere: use N, S, E, W or O.").format(typed, word))
    return _HEMISPHERE_WORDS[key]


def _number_text(value):
    return f"{value:g}"


def split_coordinate_pair(value):
    """Split one cell holding both coordinates into (first, second) texts.

    Accepted: ``35.7701, -5.8123``, ``35,7701 -5,8123``, ``35.7701;-5.8123``
    and two sexagesimal coordinates with hemisphere letters or degree signs,
    such as ``35°46'12.5"N 5°48'44.3"W``. The first is read as the latitude;
    a swapped pair is detected later like any other.
    """
    if is_blank(value):
        return None, None
    text = str(value).translate(_SYMBOLS).strip()

    for separator in (";", "/", "|"):
        if text.count(separator) == 1:
            first, second = text.split(separator)
            return first.strip(), second.strip()

    letters = [m for m in re.finditer(r"[^\W\d_]+", text)]
    if len(letters) == 2:
        if letters[0].start() == 0:
            cut = letters[1].start()
        else:
            cut = letters[0].end()
        return text[:cut].strip(" ,"), text[cut:].strip(" ,")

    degree_signs = [m.start() for m in re.finditer("°", text)]
    if len(degree_signs) == 2:
        start = _NUMBER_BEFORE.search(text[:degree_signs[1]]).start()
        return text[:start].strip(" ,"), text[start:].strip(" ,")

    numbers = list(re.finditer(r"[-+]?\d+(?:[.,]\d+)?", text))
    if len(numbers) == 2 and _SEPARATORS_ONLY.match(re.sub(r"[-+]?\d+(?:[.,]\d+)?|,", "", text)):
        return numbers[0].group(0), numbers[1].group(0)

    raise RowValueError(translate(
        "RegisterImport",
        "Coordinates {0!r} are not two readable values: write them as 35.7701, -5.8123 or in separate "
        "latitude and longitude columns.").format(value))


_NUMBER_BEFORE = re.compile(r"[-+]?\d+(?:[.,]\d+)?\s*$")


# ---------------------------------------------------------------- one point


def read_point(northing, easting, coordinate_system=AUTO):
    """Return the readings of a point typed as (latitude or Y, longitude or X).

    Readings lie inside Morocco's bounding box, the unswapped ones first.
    ``coordinate_system`` is auto, EPSG:4326, EPSG:26191 or EPSG:26192.
    Raises RowValueError with the reason when no reading is possible.
    """
    if coordinate_system not in COORDINATE_SYSTEMS:
        raise ValueError(f"Unknown coordinate system {coordinate_system!r}; expected one of {COORDINATE_SYSTEMS}.")

    first, second = parse_coordinate(northing), parse_coordinate(easting)
    if first is None and second is None:
        return []
    if first is None or second is None:
        if first is None:
            missing = translate("RegisterImport", "latitude (Y)")
        else:
            missing = translate("RegisterImport", "longitude (X)")
        raise RowValueError(translate(
            "RegisterImport", "The {0} is empty while the other coordinate is given: give both.").format(missing))

    sizes = (abs(first.value), abs(second.value))
    if all(size <= MAXIMUM_DEGREES for size in sizes):
        if coordinate_system in PROJECTED_SYSTEMS:
            raise RowValueError(translate(
                "RegisterImport",
                "Coordinates {0}, {1} look like degrees, but the coordinate system is {2}, which is in metres: "
                "choose auto or EPSG:4326.").format(northing, easting, coordinate_system))
        return _degree_readings(first, second, northing, easting)

    plain_numbers = all(value.notation in (NOTATION_NUMBER, NOTATION_DECIMAL_COMMA) and value.hemisphere is None
                        for value in (first, second))
    if plain_numbers and all(size >= MINIMUM_METRES for size in sizes):
        if coordinate_system == WGS84:
            raise RowValueError(translate(
                "RegisterImport",
                "Coordinates {0}, {1} look like projected metres, but the coordinate system is EPSG:4326: "
                "choose auto, EPSG:26191 (Nord Maroc) or EPSG:26192 (Sud Maroc).").format(northing, easting))
        systems = PROJECTED_SYSTEMS if coordinate_system == AUTO else (coordinate_system,)
        return _metre_readings(first.value, second.value, systems, northing, easting)

    raise RowValueError(translate(
        "RegisterImport", "Coordinates {0}, {1} are neither both degrees (at most 180) nor both Lambert metres "
        "(at least 1000): check the two values.").format(northing, easting))


def _degree_readings(first, second, northing, easting):
    notation = _combined_notation(first, second)
    lettered_swap = first.hemisphere in ("E", "W") or second.hemisphere in ("N", "S")
    lettered = first.hemisphere is not None or second.hemisphere is not None
    if lettered and _mixed_letters(first, second):
        raise RowValueError(translate(
            "RegisterImport",
            "Coordinates {0}, {1} carry two latitude or two longitude hemisphere letters: one must be "
            "N or S and the other E, W or O.").format(northing, easting))

    orders = [(first.value, second.value, False), (second.value, first.value, True)]
    if lettered:
        orders = [orders[1]] if lettered_swap else [orders[0]]

    readings = []
    for latitude, longitude, swapped in orders:
        if abs(latitude) <= 90 and in_morocco_extent(longitude, latitude):
            readings.append(PointReading(longitude, latitude, WGS84, notation, swapped))
    if readings:
        return readings

    for latitude, longitude, _swapped in orders:
        if longitude > 0 and in_morocco_extent(-longitude, latitude):
            raise RowValueError(translate(
                "RegisterImport",
                "Longitude {0} is east of Greenwich, but all of Morocco lies west of it: add the minus "
                "sign (-{0}) or the letter W.").format(_number_text(longitude)))
    latitude, longitude, _swapped = orders[0]
    raise RowValueError(translate(
        "RegisterImport",
        "Point latitude {0}, longitude {1} is outside Morocco (in either order of the two values).").format(
            _number_text(latitude), _number_text(longitude)))


def _mixed_letters(first, second):
    kinds = {"N": "lat", "S": "lat", "E": "lon", "W": "lon", None: None}
    return kinds[first.hemisphere] is not None and kinds[first.hemisphere] == kinds[second.hemisphere]


def _combined_notation(first, second):
    ranked = (NOTATION_SECONDS, NOTATION_MINUTES, NOTATION_DECIMAL_COMMA, NOTATION_NUMBER)
    return next(n for n in ranked if n in (first.notation, second.notation))


def _metre_readings(northing_value, easting_value, systems, northing, easting):
    readings = []
    for swapped in (False, True):
        x, y = (northing_value, easting_value) if swapped else (easting_value, northing_value)
        for authid in systems:
            longitude, latitude = projected_to_wgs84(x, y, authid)
            if longitude is None or not in_zone(longitude, latitude, authid):
                continue
            if in_morocco_extent(longitude, latitude):
                readings.append(PointReading(longitude, latitude, authid, NOTATION_METRES, swapped))
    if not readings:
        names = translate("RegisterImport", " or ").join(_zone_name(authid) for authid in systems)
        raise RowValueError(translate(
            "RegisterImport", "Lambert coordinates X {0}, Y {1} fall outside Morocco in {2}: check the values and the "
            "coordinate system.").format(easting, northing, names))
    return readings


def _zone_name(authid):
    return {NORD_MAROC: "Merchich / Nord Maroc (EPSG:26191)",
            SUD_MAROC: "Merchich / Sud Maroc (EPSG:26192)"}.get(authid, authid)


def zone_name(authid):
    """Return the name of a supported coordinate system, for messages."""
    return _zone_name(authid)


def in_morocco_extent(longitude, latitude):
    west, south, east, north = MOROCCO_EXTENT
    return west <= longitude <= east and south <= latitude <= north


def in_zone(longitude, latitude, authid):
    bounds = _crs(authid).bounds()
    return (bounds.xMinimum() - ZONE_MARGIN_DEGREES <= longitude <= bounds.xMaximum() + ZONE_MARGIN_DEGREES
            and bounds.yMinimum() - ZONE_MARGIN_DEGREES <= latitude <= bounds.yMaximum() + ZONE_MARGIN_DEGREES)


@lru_cache(maxsize=None)
def _crs(authid):
    return QgsCoordinateReferenceSystem(authid)


@lru_cache(maxsize=None)
def _transform(source, destination):
    # The default context lets PROJ choose the Merchich to WGS 84 operation.
    # With QGIS 3.22 and PROJ that is the only one listed, of 7 m accuracy.
    return QgsCoordinateTransform(_crs(source), _crs(destination), QgsCoordinateTransformContext())


def projected_to_wgs84(x, y, authid):
    """Return (longitude, latitude) of projected metres, or (None, None) when PROJ cannot transform them."""
    try:
        point = _transform(authid, WGS84).transform(QgsPointXY(x, y))
    except QgsCsException:
        return None, None
    return point.x(), point.y()


def wgs84_to_projected(longitude, latitude, authid):
    """Return (x, y) metres of a WGS 84 point in a projected system."""
    point = _transform(WGS84, authid).transform(QgsPointXY(longitude, latitude))
    return point.x(), point.y()
