"""Core of the ESS Observatory plugin: territorial reference, indicators,
database access and analyses, free of Qt widgets."""
