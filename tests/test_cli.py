"""The plugin's command line, run as an analyst would run it."""

import os
import subprocess
import sys

import pytest

from ess_observatory_plugin.cli import parse_parameters

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_cli(*arguments):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ess_observatory_plugin.cli", *arguments], cwd=ROOT,
                          capture_output=True, text=True, env=environment, timeout=300)


def test_parse_parameters_pairs_and_repeats():
    assert parse_parameters(["--TERRITORY", "04", "--LANGUAGE", "ar"]) == {"TERRITORY": "04", "LANGUAGE": "ar"}
    assert parse_parameters(["--X", "1", "--X", "2"]) == {"X": ["1", "2"]}
    with pytest.raises(SystemExit):
        parse_parameters(["TERRITORY", "04"])


def test_help_lists_algorithms():
    completed = run_cli("--help")
    assert completed.returncode == 0
    assert "regional_diagnostic" in completed.stdout
    assert "microcredit_proximity" in completed.stdout


def test_unknown_algorithm_lists_names():
    completed = run_cli("nonexistent")
    assert completed.returncode == 2
    assert "unknown algorithm 'nonexistent'" in completed.stderr
    assert "build_database" in completed.stderr


def test_algorithm_help_shows_parameters():
    completed = run_cli("regional_diagnostic", "--help")
    assert completed.returncode == 0
    assert "--TERRITORY" in completed.stdout
    assert "--OUTPUT_PDF" in completed.stdout


def test_bad_territory_exit_code(built_database, tmp_path):
    completed = run_cli("regional_diagnostic", "--DATABASE", built_database[0], "--TERRITORY", "13",
                        "--OUTPUT_LAYER", str(tmp_path / "d.gpkg"), "--OUTPUT_XLSX", str(tmp_path / "d.xlsx"),
                        "--OUTPUT_PDF", str(tmp_path / "d.pdf"))
    assert completed.returncode == 1
    assert "region codes run from 01 to 12" in completed.stderr
