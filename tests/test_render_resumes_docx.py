"""``benchmarks/render_resumes_docx.py`` (issue 14, round 11): the Word-style layouts
hold what a resume says, where Word puts it (a right tab stop, a table cell, a text
box, the page header), and the hand-written truth is only expanded per file.

A fictional resume; no LibreOffice needed (the .docx files are read as they are)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

pytest.importorskip("docx")

RESUME = {
    "basics": {
        "name": "Maren Testhaug",
        "label": "Ward Nurse",
        "email": "maren.testhaug@example.org",
        "phone": "+47 555 01 234",
        "location": {"city": "Bergen", "region": "Norway"},
        "summary": "Nurse on a surgical ward.",
    },
    "work": [
        {
            "company": "Example Hospital",
            "location": "Bergen",
            "position": "Staff Nurse",
            "startDate": "2019-03",
            "endDate": "present",
            "highlights": ["Cared for 12 patients a shift"],
        }
    ],
    "education": [
        {
            "institution": "Example University College",
            "studyType": "Bachelor",
            "area": "Nursing",
            "startDate": "2015",
            "endDate": "2018",
        }
    ],
    "skills": [{"name": "Clinical", "keywords": ["Wound care", "IV therapy"]}],
}


def _module():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(
            "render_resumes_docx", BENCH / "render_resumes_docx.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_draw_is_seeded_and_gives_distinct_layouts() -> None:
    mod = _module()
    names = [f"p{i}" for i in range(20)]
    plan = mod.draw(names, 2)
    assert plan == mod.draw(list(reversed(names)), 2)
    assert all(len(set(v)) == 2 and set(v) <= set(mod.LAYOUTS) for v in plan.values())
    assert len({tuple(v) for v in plan.values()}) > 1  # not one pair for everyone


@pytest.mark.parametrize("layout", ["word1", "word2", "word3"])
def test_layout_docx_holds_the_resume(layout: str, tmp_path: Path) -> None:
    from gapcheck.ingest import read_document

    mod = _module()
    path = tmp_path / f"{layout}.docx"
    mod.BUILDERS[layout](RESUME, path)
    text = read_document(path).text
    for want in (
        "Maren Testhaug",
        "maren.testhaug@example.org",
        "Staff Nurse",
        "Example Hospital",
        "Example University College",
        "Wound care",
    ):
        assert want in text, (layout, want)
    dates = {"word1": "Mar 2019 – Present", "word2": "03/2019 – Present"}
    assert dates.get(layout, "March 2019 – Present") in text


def test_word3_puts_the_contact_in_a_text_box_and_the_name_in_the_header(
    tmp_path: Path,
) -> None:
    import zipfile

    mod = _module()
    path = tmp_path / "w3.docx"
    mod.word_three(RESUME, path)
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        headers = [z.read(n).decode() for n in z.namelist() if "header" in n]
    assert "txbxContent" in body and "maren.testhaug@example.org" in body
    assert any("Maren Testhaug" in h for h in headers)
    assert "Maren Testhaug" not in body.split("txbxContent")[0]


def test_truth_is_expanded_not_rewritten() -> None:
    mod = _module()
    person = {
        "name": "Maren Testhaug",
        "email": None,
        "phone": None,
        "location": "Bergen, Norway",
        "headline": "Ward Nurse",
        "roles": [["Staff Nurse", "Example Hospital", "2019", "present"]],
        "education": [[["Bachelor"], "Example University College"]],
        "skills": True,
    }
    out = mod.expand_truth({"m": person}, {"m": ["word1", "word3"]}, "pdf")
    assert [e["file"] for e in out] == ["word1/m.pdf", "word3/m.pdf"]
    assert out[0]["roles"] == [
        {
            "title": "Staff Nurse",
            "organization": "Example Hospital",
            "start": "2019",
            "end": "present",
        }
    ]
    assert out[1]["education"] == [
        {"degree": ["Bachelor"], "institution": "Example University College"}
    ]
