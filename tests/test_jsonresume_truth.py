"""``benchmarks/jsonresume_truth.py`` (issue 14, round 13): a match set's truth comes
from its JSON Resume sources only, names the set's own PDF and is read by
field_accuracy.py's scorer.

A fictional resume in a temporary set; no renderer or reader runs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

RESUME = {
    "basics": {
        "name": "Ines Testvold",
        "label": "Payroll Officer",
        "email": "ines.testvold@example.org",
        "location": {"city": "Leeds", "region": "UK"},
    },
    "work": [
        {
            "company": "Example Council",
            "position": "Payroll Officer",
            "startDate": "2021-04",
        },
        {
            "company": "Example Shop",
            "position": "Cashier",
            "startDate": "2017-09",
            "endDate": "2021-03",
        },
    ],
    "education": [
        {"institution": "Example College", "studyType": "BA", "area": "Accounting"}
    ],
    "skills": [{"name": "Payroll", "keywords": ["Sage"]}],
}


def _module(name: str):
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _set(tmp_path: Path, with_pdf: bool = True) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "resumes").mkdir()
    (tmp_path / "src" / "testvold.json").write_text(
        json.dumps(RESUME), encoding="utf-8"
    )
    (tmp_path / "src" / "unrendered.json").write_text(
        json.dumps(RESUME), encoding="utf-8"
    )
    if with_pdf:
        (tmp_path / "resumes" / "testvold.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "draw.tsv").write_text(
        "resume\tlayout\ntestvold\tdocx2\n", encoding="utf-8"
    )
    return tmp_path


def test_truth_from_sources(tmp_path: Path) -> None:
    mod = _module("jsonresume_truth")
    truth, missing = mod.set_truth(_set(tmp_path))
    assert missing == ["unrendered"]
    (item,) = truth["files"]
    assert item["file"] == "resumes/testvold.pdf"
    assert item["layout"] == "docx2"
    assert item["contact"]["name"] == "Ines Testvold"
    assert item["contact"]["phone"] is None
    assert item["headline"] == "Payroll Officer"
    assert [(r["title"], r["start"], r["end"]) for r in item["roles"]] == [
        ("Payroll Officer", "2021", "present"),
        ("Cashier", "2017", "2021"),
    ]
    assert item["education"][0]["degree"] == ["BA", "BA, Accounting"]
    assert item["skills"] is True


def test_cli_writes_truth_field_accuracy_scores(tmp_path: Path) -> None:
    mod = _module("jsonresume_truth")
    root = _set(tmp_path)
    assert mod.main([str(root)]) == 0
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    fa = _module("field_accuracy")

    class Contact:
        name, email, phone, location = (
            "Ines Testvold",
            "ines.testvold@example.org",
            None,
            "Leeds, UK",
        )

    class Resume:
        contact, headline, roles, education, sections = (
            Contact(),
            "Payroll Officer",
            [],
            [],
            [],
        )
        years_experience = None

    got = fa.score_file(Resume(), truth["files"][0])
    assert got["name"] == [True] and got["email"] == [True]
    assert got["roles"] == [False, False]  # no role read: both truth roles missed
