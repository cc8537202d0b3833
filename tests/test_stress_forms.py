"""``benchmarks/stress_forms.py`` and the stress scripts' ``--forms`` (issue 14, round
14): the generated sets hold the hard forms they are for, with no sources given, and
``render_resumes._degree`` writes a degree field first when the source says so."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import education_stress
        import render_resumes
        import roles_stress

        yield roles_stress, education_stress, render_resumes
    finally:
        sys.path.remove(str(BENCH))


def test_roles_stress_with_forms_needs_no_sources(bench: Any) -> None:
    roles_stress = bench[0]
    made = roles_stress.make([], 12, seed=3, forms=True)
    assert len(made) == 12
    assert all(r["basics"]["email"].endswith("@example.com") for r in made)
    orgs = [w["name"] for r in made for w in r["work"]]
    titles = [w["position"] for r in made for w in r["work"]]
    assert any(":" in o for o in orgs) and any("," in o for o in orgs)
    assert any(re.search(r"\s[-–]\s", t) for t in titles)


def test_education_stress_with_forms_writes_field_first_entries(bench: Any) -> None:
    education_stress, render_resumes = bench[1], bench[2]
    made = education_stress.make([], 12, seed=3, forms=True)
    entries = [e for r in made for e in r["education"]]
    first = [e for e in entries if e.get("_areaFirst")]
    assert first and any("," in e["institution"] for e in entries)
    edu = first[0]
    assert render_resumes._degree(edu) == f"{edu['area']}, {edu['studyType']}"
    plain = {k: v for k, v in edu.items() if k != "_areaFirst"}
    assert render_resumes._degree(plain) == f"{edu['studyType']}, {edu['area']}"
