"""Word documents laid out the way Word users lay out resumes (round 11, issue 14):
a borderless table as the page's columns, sizes and spacing from styles."""

from __future__ import annotations

import io
import zipfile

from gapcheck.ingest import read_bytes

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

_STYLES = (
    f"<w:styles {_NS}>"
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr>'
    '<w:sz w:val="19"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:sz w:val="56"/></w:rPr></w:style>'
    "</w:styles>"
)


def _p(text: str, size: int | None = None, style: str = "", ppr: str = "") -> str:
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else ""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f"<w:p><w:pPr>{props}{ppr}</w:pPr><w:r>{rpr}"
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def _docx(body: str) -> bytes:
    members = {
        "[Content_Types].xml": "<Types/>",
        "word/document.xml": f"<w:document {_NS}><w:body>{body}</w:body></w:document>",
        "word/styles.xml": _STYLES,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def _row(*cells: str) -> str:
    return (
        "<w:tbl><w:tr>"
        + "".join(f"<w:tc>{c}</w:tc>" for c in cells)
        + "</w:tr></w:tbl>"
    )


SIDEBAR = _p("CONTACT") + _p("jane@example.com") + _p("Skills", size=22) + _p("SQL")


def _lines(body: str) -> list[str]:
    return [ln for ln in read_bytes(_docx(body), "r.docx").text.splitlines() if ln]


def test_cell_opening_with_the_largest_type_is_read_first() -> None:
    # a sidebar cell left of the main cell, whose first line is the name in large
    # type (a run's own size, or the Title style's)
    for name in (_p("Jane Doe", size=44), _p("Jane Doe", style="Title")):
        main = name + _p("Data Analyst") + _p("Work Experience", size=22)
        lines = _lines(_row(SIDEBAR, main))
        assert lines[:3] == ["Jane Doe", "Data Analyst", "Work Experience"]
        assert lines[3:] == ["CONTACT", "jane@example.com", "Skills", "SQL"]


def test_layout_row_stays_left_to_right_otherwise() -> None:
    # the name in the first cell, or no cell opening larger than every other's
    # text: left to right, as before
    main = _p("Work Experience", size=22) + _p("Analyst, Acme")
    assert _lines(_row(_p("Jane Doe", size=44) + _p("jane@example.com"), main))[0] == (
        "Jane Doe"
    )
    lines = _lines(_row(SIDEBAR, main))
    assert lines[0] == "CONTACT" and lines[-1] == "Analyst, Acme"
    # a heading as large as the main cell's opening line: no title block
    big = _p("CONTACT", size=44) + _p("jane@example.com")
    assert _lines(_row(big, _p("Jane Doe", size=44) + _p("Analyst")))[0] == "CONTACT"


def test_space_before_a_paragraph_sets_it_apart() -> None:
    # 9 pt before a heading (its own spacing) starts a block, as a blank line does;
    # 2 pt does not
    spaced = '<w:spacing w:before="180"/>'
    body = (
        _p("Jane Doe", size=44)
        + _p("Data Analyst")
        + _p("Profile", ppr=spaced)
        + _p("I analyse data.", ppr='<w:spacing w:before="40"/>')
    )
    text = read_bytes(_docx(body), "r.docx").text
    assert text == "Jane Doe\nData Analyst\n\nProfile\nI analyse data."
