"""Exceptions whose message is written for the person running the plugin."""


class ObservatoryError(Exception):
    """An error the user must see, with a message that names the value at fault."""


class InvalidCodeError(ObservatoryError):
    """A territorial code that cannot be read as an HCP code."""


class UnknownTerritoryError(ObservatoryError):
    """A well-formed code that names no territory of the database."""


class DatabaseError(ObservatoryError):
    """A missing, unreadable or incomplete observatory database."""


class MissingDependencyError(ObservatoryError):
    """A Python package the requested work needs is not installed."""
