"""Command line for the plugin's Processing algorithms, without the QGIS desktop.

    python -m ess_observatory_plugin.cli ALGORITHM --PARAMETER value ...

ALGORITHM is an algorithm name of the ess_observatory provider, such as
build_database or regional_diagnostic. It prints each output as NAME: value.
ALGORITHM --help prints the algorithm's help and parameters.
"""

import os
import sys
import warnings


def parse_parameters(arguments):
    """Read ``--NAME value`` pairs into a dict; a repeated name makes a list."""
    parameters = {}
    index = 0
    while index < len(arguments):
        name = arguments[index]
        if not name.startswith("--") or index + 1 >= len(arguments):
            raise SystemExit(f"Expected --PARAMETER value pairs, got {name!r}.")
        key, value = name[2:], arguments[index + 1]
        if key in parameters:
            previous = parameters[key]
            parameters[key] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            parameters[key] = value
        index += 2
    return parameters


class _PrintingFeedback:
    """Wraps QgsProcessingFeedback to echo messages and progress on the terminal."""

    @staticmethod
    def create():
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self._last = -10
                self.progressChanged.connect(self._progress)

            def _progress(self, value):
                if value >= self._last + 10:
                    self._last = value
                    print(f"  {value:3.0f} %", flush=True)

            def pushInfo(self, info):  # noqa: N802 (QGIS API)
                print(info, flush=True)

            def pushWarning(self, warning):  # noqa: N802 (QGIS API)
                print(f"WARNING: {warning}", file=sys.stderr, flush=True)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
                print(f"ERROR: {error}", file=sys.stderr, flush=True)

        return Feedback()


HELP_FLAGS = ("-h", "--help")


def print_algorithm_help(algorithm):
    """Print an algorithm's help and its parameters, as the Processing toolbox shows them."""
    print(f"{algorithm.name()}: {algorithm.displayName()}\n")
    print(algorithm.shortHelpString())
    print("\nParameters:")
    for definition in algorithm.parameterDefinitions():
        optional = " (optional)" if definition.flags() & definition.FlagOptional else ""
        default = definition.defaultValue()
        default_text = f", default {default}" if default not in (None, "") else ""
        print(f"  --{definition.name()}: {definition.description()}{optional}{default_text}")


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # QGIS 3.22's Python bindings warn about their own deprecated calls; an analyst can't act on them.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from qgis.core import QgsApplication, QgsProcessingException

    application = QgsApplication([], False)
    application.initQgis()
    # QGIS's own Python plugins (Processing among them) live outside sys.path.
    core_plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if core_plugins not in sys.path:
        sys.path.append(core_plugins)

    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing

    from .processing.provider import EssObservatoryProvider

    provider = EssObservatoryProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    names = sorted(a.name() for a in provider.algorithms())

    if not argv or argv[0] in HELP_FLAGS:
        print(__doc__)
        print("Algorithms: " + ", ".join(names))
        return 0
    if argv[0] not in names:
        print(f"ERROR: unknown algorithm {argv[0]!r}. Algorithms: {', '.join(names)}.", file=sys.stderr)
        return 2
    if any(flag in argv[1:] for flag in HELP_FLAGS):
        print_algorithm_help(provider.algorithm(argv[0]))
        return 0

    algorithm, parameters = argv[0], parse_parameters(argv[1:])
    try:
        results = processing.run(f"ess_observatory:{algorithm}", parameters,
                                 feedback=_PrintingFeedback.create())
    except QgsProcessingException as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1

    for name, value in results.items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
