"""``training/postings/select.py``: ``--stratum`` keeps one stratum of ``_fileid``
(round 13 reserved ``% 4 == 3`` for its unseen set), and the fresh9 and fresh10 plans
send narrow titles to their own group. Synthetic records only: no data needed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _select_module():
    path = Path(__file__).parents[1] / "training" / "postings" / "select.py"
    spec = importlib.util.spec_from_file_location("select_postings", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(titles: list[str], start: int = 916250000) -> list[dict]:
    return [
        {"_fileid": str(start + i), "title": t, "description": "x" * 1200}
        for i, t in enumerate(titles)
    ]


def test_stratum_keeps_only_its_ids():
    sel = _select_module()
    groups = (("nursing", r"nurse", 3),)
    records = _records(["Staff Nurse"] * 16)
    picked = sel.select(records, groups, seed=1, stratum=3)
    assert len(picked) == 3
    assert all(int(pid) % 4 == 3 for pid, _, _ in picked)
    # without a stratum, 3 of 16 drawn from all four strata (some outside stratum 3)
    drawn = {
        int(pid) % 4
        for seed in range(20)
        for pid, _, _ in sel.select(records, groups, seed=seed)
    }
    assert drawn - {3}


def test_stratum_too_small_fails_loudly():
    sel = _select_module()
    groups = (("nursing", r"nurse", 3),)
    with pytest.raises(ValueError):
        sel.select(_records(["Staff Nurse"] * 4), groups, seed=1, stratum=3)


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("Research Nurse/Practitioner - Band 6", "research"),
        ("Paediatric Physiotherapist", "children_young_people"),
        ("Crisis Mental Health Practitioner", "mental_health_practice"),
        ("Band 8a Clinical Psychologist - Forensic", None),
        ("Switchboard Operator", "call_handling_navigation"),
        ("Quality Improvement Lead", "governance_quality"),
        ("General Manager - Surgery", "management"),
        ("Biomedical Scientist", "healthcare_science"),
        ("Consultant Vascular Surgeon", "medical_dental"),
        ("Healthcare Support Worker - Community", "health_care_support"),
        ("Medical Secretary", "admin_clerical"),
        ("Band 5 Staff Nurse", "adult_nursing"),
    ],
)
def test_fresh9_groups(title, group):
    sel = _select_module()
    assert sel.group_of(title, sel.FRESH9) == group


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("Theatre Nurse - Band 5", "theatres"),
        ("Consultant Anaesthetist", "medical_dental"),
        ("Forensic Psychologist", "health_in_justice"),
        ("Healthcare Assistant - HMP Bristol", "health_in_justice"),
        ("Tissue Viability Nurse Specialist", "specialist_nursing"),
        ("High Intensity Therapist", "psychology"),
        ("Digital Pharmacist", "pharmacy"),
        ("Data Analyst", "data_digital"),
        ("Fire Safety Advisor", "corporate_services"),
        ("Workforce Planning Nurse", "adult_nursing"),
        ("Medical Secretary", "admin_clerical"),
        ("Physiotherapist", "allied_health"),
        ("Healthcare Assistant", "health_care_support"),
        ("Domestic Support Worker", None),
        ("Band 5 Staff Nurse", "adult_nursing"),
        ("Paediatric Staff Nurse", None),
    ],
)
def test_fresh10_groups(title, group):
    sel = _select_module()
    assert sel.group_of(title, sel.FRESH10) == group
