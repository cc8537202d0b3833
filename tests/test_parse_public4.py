"""Fields on 30 more public JSON Resume people printed six ways by Chromium and
LibreOffice (issue 14, round 10; two of the layouts new: a sidebar on the right, role
lines with the dates at a right tab stop): floors on the worked-on half of
``/work/extra/resumes_public4`` (``benchmarks/render_resumes.py``; people's resumes,
kept outside the repository; the people and their repositories are listed in its
``SOURCES.md``, the halves in ``split.json``).

The set is on one development machine only, never in CI: the test skips with its
reason when the set is missing, under ``CI=true`` too (as
``tests/test_parse_roles_public.py`` does for the round-8 set).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PUBLIC4 = ROOT.parent / "extra" / "resumes_public4" / "out"

#: 2026-12-07, round 10, gapcheck reader, work half (11 people, 66 files, 384 roles,
#: 108 education entries), main -> branch, both on the round-10 truth (a place after
#: a name optional): roles 88.8% -> 94.8%, title 93.8% -> 97.9%, organisation 90.6%
#: -> 95.6%, degree 89.8% -> 89.8%, institution 73.1% -> 83.3%, name 95.5%, phone
#: 90.9% -> 100%, location 87.9% -> 98.5%, headline 77.3% -> 95.5%. Floors a little
#: under the branch's figures.
_FLOORS = {
    "roles": 0.93,
    "role title": 0.96,
    "role organization": 0.94,
    "degree": 0.88,
    "institution": 0.81,
    "name": 0.94,
    "phone": 0.97,
    "location": 0.96,
    "headline": 0.93,
}


def test_fields_on_the_public4_work_half() -> None:
    truth = PUBLIC4 / "truth_work.json"
    if not truth.exists():
        pytest.skip(f"public resume set missing (never in CI): {truth}")
    path = ROOT / "benchmarks" / "field_accuracy.py"
    spec = importlib.util.spec_from_file_location("field_accuracy", path)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    totals = scorer.evaluate("gapcheck", truth_path=truth, shared=PUBLIC4)
    shares = {f: round(r / n, 3) for f, (r, n) in totals.items() if n}
    low = {f: shares.get(f, 0.0) for f in _FLOORS if shares.get(f, 0.0) < _FLOORS[f]}
    assert not low
