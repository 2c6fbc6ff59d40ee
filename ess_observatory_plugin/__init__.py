"""ESS Observatory: the GIS of Morocco's social and solidarity economy observatory."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    from .plugin import EssObservatoryPlugin

    return EssObservatoryPlugin(iface)
