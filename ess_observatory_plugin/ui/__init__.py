"""Dock and dialogs of the ESS Observatory plugin; no analysis logic here."""
