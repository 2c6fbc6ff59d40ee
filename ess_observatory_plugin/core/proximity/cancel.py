"""Cancellation of long proximity computations from a Processing feedback."""

from ..errors import ObservatoryError


class AnalysisCanceled(ObservatoryError):
    """The user canceled the analysis; callers stop without writing outputs."""


def check_canceled(feedback):
    """Raise AnalysisCanceled when ``feedback`` (or None) reports a cancel request."""
    if feedback is not None and feedback.isCanceled():
        raise AnalysisCanceled("The microcredit proximity analysis was canceled.")
