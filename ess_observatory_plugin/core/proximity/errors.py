"""Errors of the proximity analysis whose message is written for the user."""

from ..errors import ObservatoryError


class ProximityInputError(ObservatoryError):
    """An input layer, field or value the analysis cannot use, named in the message."""
