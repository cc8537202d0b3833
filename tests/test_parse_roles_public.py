"""Roles on public JSON Resume people printed four ways by Chromium and LibreOffice
(issue 14): a floor on the worked-on half of ``/work/extra/resumes_public``
(``benchmarks/render_resumes.py``; people's resumes, kept outside the repository).

The set is on one development machine only, never in CI: the test skips with its
reason when the set is missing, under ``CI=true`` too (unlike the shared-data
floors of ``tests/test_parse_fields.py``, which CI must have).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ROOT.parent / "extra" / "resumes_public" / "out"

#: 2026-12-07, round 8, gapcheck reader, work half (32 files, 156 roles): roles
#: 90.4% -> 96.2%, role title 92.3% -> 96.8%, organisation 96.8% -> 98.7%. Floors a
#: little under the new figures. Of the 6 misses left, 5 are titles the source
#: writes with their company ("Rails Developer - Brands Insurance" at "Brands
#: Insurance", which the reader cuts to "Rails Developer") and one a second
#: organisation after a comma ("Security Tools Intern, Mozilla, OWASP").
_FLOORS = {"roles": 0.94, "role title": 0.95, "role organization": 0.97}


def test_roles_on_the_public_work_half() -> None:
    truth = PUBLIC / "truth_work.json"
    if not truth.exists():
        pytest.skip(f"public resume set missing (never in CI): {truth}")
    path = ROOT / "benchmarks" / "field_accuracy.py"
    spec = importlib.util.spec_from_file_location("field_accuracy", path)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    totals = scorer.evaluate("gapcheck", truth_path=truth, shared=PUBLIC)
    shares = {f: round(r / n, 3) for f, (r, n) in totals.items() if n}
    low = {f: shares.get(f, 0.0) for f in _FLOORS if shares.get(f, 0.0) < _FLOORS[f]}
    assert not low
