"""Evidence audit 5 (issue 16, point 4): a field's word naming the kind of
organisation a candidate sold to ("skilled nursing facilities") shows no skill, on
the real resume the audit found it in."""

from __future__ import annotations

from pathlib import Path

from gapcheck.api import check_files

POSTING = """Staff Nurse
Person specification
Essential
Registered Nurse with current NMC registration.
Nursing experience in an acute setting.
"""


def _matched(resume: Path, tmp_path: Path) -> dict[str, list[str]]:
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    result = check_files(resume, posting)
    return {
        m.canonical.lower(): [e.snippet for e in m.evidence]
        for m in result.skills.matched
    }


def test_customers_kind_shows_no_nursing(shared_data: Path, tmp_path: Path) -> None:
    """A sales executive selling to "hospitals, skilled nursing facilities, clinics"
    (livecareer HEALTHCARE/12315079, audit 5 S07) has no nursing evidence."""
    resume = shared_data / "resumes" / "livecareer" / "HEALTHCARE" / "12315079.pdf"
    assert "nursing" not in _matched(resume, tmp_path)


def test_nursing_work_still_shows_nursing(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Jane Roe\nExperience\nStaff Nurse, City Hospital, 2018 - 2023\n"
        "Provided nursing care to 30 patients on an acute ward.\n",
        encoding="utf-8",
    )
    assert "nursing" in _matched(resume, tmp_path)
