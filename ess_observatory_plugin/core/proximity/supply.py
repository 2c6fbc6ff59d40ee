"""Supply side: microcredit branches read from any point layer, in any CRS.

Each branch becomes a point in EPSG:4326 with a capacity (a numeric field
such as loan officers, active clients or portfolio, or 1 per branch), a label
(its name or id) and its institution when the layer has such a field.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
)

from .cancel import check_canceled
from .errors import ProximityInputError

LABEL_FIELDS = ("name", "branch_name", "nom", "agence", "branch", "branch_id", "id", "code")
INSTITUTION_FIELDS = ("institution", "institution_name", "institution_code", "association", "amc")
ILLUSTRATIVE_FIELD = "illustrative"
ILLUSTRATIVE_MARK = "illustrative"
MOROCCO_BOUNDS = (-17.5, 20.5, -0.9, 36.1)  # lon min, lat min, lon max, lat max, with a margin


@dataclass
class BranchSet:
    """Branches as arrays in EPSG:4326, with what was skipped on reading."""

    xy: np.ndarray
    capacity: np.ndarray
    labels: list
    institutions: list
    feature_ids: np.ndarray
    illustrative: bool = False
    capacity_field: str = None
    institution_field: str = None
    skipped_null_geometry: int = 0
    skipped_outside: list = field(default_factory=list)
    capacity_null: int = 0
    multipart: int = 0

    def __len__(self):
        return len(self.xy)

    def subset(self, keep):
        """Return the branches where the boolean array ``keep`` is true."""
        indices = np.nonzero(keep)[0]
        return BranchSet(
            xy=self.xy[indices], capacity=self.capacity[indices],
            labels=[self.labels[i] for i in indices], institutions=[self.institutions[i] for i in indices],
            feature_ids=self.feature_ids[indices], illustrative=self.illustrative,
            capacity_field=self.capacity_field, institution_field=self.institution_field,
            skipped_null_geometry=self.skipped_null_geometry, skipped_outside=list(self.skipped_outside),
            capacity_null=self.capacity_null, multipart=self.multipart,
        )


def find_field(fields, candidates):
    """Return the first field of ``fields`` whose name matches a candidate, ignoring case."""
    by_lower = {name.lower(): name for name in fields.names()}
    for candidate in candidates:
        if candidate in by_lower:
            return by_lower[candidate]
    return None


def is_illustrative_value(value):
    """True for 1, '1', True and 'true': the values that mark an illustrative row."""
    if value is None:
        return False
    return str(value).strip().lower() in ("1", "1.0", "true", "yes")


def read_branches(source, capacity_field=None, layer_name="", layer_source="", transform_context=None,
                  feedback=None):
    """Read the branches of a point feature source into a BranchSet.

    Raises ProximityInputError for an empty layer, a CAPACITY field that the
    layer lacks or that contains no number, and a layer without any usable point.
    """
    fields = source.fields()
    if capacity_field and fields.indexFromName(capacity_field) < 0:
        raise ProximityInputError(
            f"CAPACITY field {capacity_field!r} is not a field of the branches layer. "
            f"Its fields are: {', '.join(fields.names()) or 'none'}. Leave CAPACITY empty to count 1 per branch.")
    total = source.featureCount()
    if total == 0:
        raise ProximityInputError(
            "The branches layer (BRANCHES) has no feature: import or select the microcredit branches first.")

    label_field = find_field(fields, LABEL_FIELDS)
    institution_field = find_field(fields, INSTITUTION_FIELDS)
    illustrative_field = find_field(fields, (ILLUSTRATIVE_FIELD,))
    context = transform_context or QgsProject.instance().transformContext()
    transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"), context)

    xy, capacity, labels, institutions, feature_ids = [], [], [], [], []
    skipped_null, multipart, capacity_null = 0, 0, 0
    outside = []
    illustrative = ILLUSTRATIVE_MARK in (layer_name or "").lower() or ILLUSTRATIVE_MARK in (layer_source or "").lower()
    for position, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if position % 256 == 0:
            check_canceled(feedback)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped_null += 1
            continue
        if geometry.isMultipart() and len(geometry.asGeometryCollection()) > 1:
            multipart += 1
        point_geometry = geometry.pointOnSurface() if geometry.isMultipart() else geometry
        try:
            point = transform.transform(point_geometry.asPoint())
        except QgsCsException:
            outside.append(feature.id())
            continue
        if not _inside_morocco(point.x(), point.y()):
            outside.append(feature.id())
            continue

        if illustrative_field and is_illustrative_value(feature[illustrative_field]):
            illustrative = True
        value = 1.0
        if capacity_field:
            value = _number(feature[capacity_field])
            if value is None or value < 0:
                capacity_null += 1
                value = 0.0

        xy.append((point.x(), point.y()))
        capacity.append(value)
        labels.append(_label(feature, label_field))
        institutions.append(_text(feature[institution_field]) if institution_field else None)
        feature_ids.append(feature.id())

    if not xy:
        raise ProximityInputError(
            f"None of the {total} branches has a usable point: {skipped_null} have no geometry and "
            f"{len(outside)} lie outside Morocco (check the layer CRS and whether longitude and latitude "
            "were swapped).")
    capacity = np.asarray(capacity, dtype="float64")
    if capacity_field and not capacity.any():
        raise ProximityInputError(
            f"CAPACITY field {capacity_field!r} is zero, negative or NULL for every branch: choose another "
            "field or leave CAPACITY empty to count 1 per branch.")

    return BranchSet(
        xy=np.asarray(xy, dtype="float64"), capacity=capacity, labels=labels, institutions=institutions,
        feature_ids=np.asarray(feature_ids, dtype="int64"), illustrative=illustrative,
        capacity_field=capacity_field or None, institution_field=institution_field,
        skipped_null_geometry=skipped_null, skipped_outside=outside, capacity_null=capacity_null,
        multipart=multipart,
    )


def _inside_morocco(longitude, latitude):
    lon_min, lat_min, lon_max, lat_max = MOROCCO_BOUNDS
    return lon_min <= longitude <= lon_max and lat_min <= latitude <= lat_max


def _number(value):
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _text(value):
    if value is None or str(value) == "NULL":
        return None
    text = str(value).strip()
    return text or None


def _label(feature, label_field):
    if label_field:
        text = _text(feature[label_field])
        if text:
            return text
    return f"#{feature.id()}"
