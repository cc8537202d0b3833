"""The code base stays ruff- and mypy-clean (configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_clean() -> None:
    result = _run("ruff", "check", "gapcheck", "tests", "benchmarks", "training")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_clean() -> None:
    result = _run(
        "ruff", "format", "--check", "gapcheck", "tests", "benchmarks", "training"
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_clean() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_help_does_not_import_heavy_libraries() -> None:
    """`gapcheck --help` must be instant: no spaCy, sklearn or PDF libraries."""
    code = (
        "import sys, gapcheck.cli;"
        "heavy = {'spacy', 'sklearn', 'pdfplumber', 'pypdfium2', 'docx', 'numpy',"
        " 'thinc', 'dask'} & {m.split('.')[0] for m in sys.modules};"
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
