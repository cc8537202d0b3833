"""Two more layouts for ``render_resumes.py`` (issue 14, round 10).

Round 9's four layouts (``html1``, ``html2``, ``docx1``, ``docx2``) put the sidebar on
the left, the dates in a flex row or a plain "Title | Org | Dates" line, and the
headings in capitals. These two test other arrangements real resumes use:

* ``html3``: Chromium, main column on the left and a sidebar on the **right**
  (contact, education, skills, languages); headings in small capitals over a rule;
  each role as two rows, the organisation (and its place, right-aligned) over the
  title in italics with the dates right-aligned (long months, "March 2019");
* ``docx3``: LibreOffice, one column; the role's title and organisation ("Title –
  Org") on one line with the dates at a **right tab stop**; education as the
  institution with its years at the tab stop over the degree in italics; headings in
  small capitals with a bottom rule; skills in a compact two-column table without
  borders (group | keywords).

Called by ``render_resumes.render``; the truth of these files is written the same
way, from the JSON source only. Also here: the round-10 truth convention for a place
written after an organisation's or school's name (:func:`place_optional`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import render_resumes as base

CSS3 = """
body{font-family:'DejaVu Serif',serif;font-size:9.5pt;margin:0;color:#222}
.grid{display:grid;grid-template-columns:1fr 2.2in;min-height:100vh}
.main{padding:0.45in 0.3in 0.3in 0.45in}
.side{background:#f3efe6;padding:0.45in 0.3in 0.3in 0.2in}
h1{font-size:21pt;margin:0 0 2pt;font-weight:normal}
.label{font-size:11pt;color:#555;margin:0 0 8pt}
h2{font-size:11.5pt;font-variant:small-caps;letter-spacing:0.5pt;margin:12pt 0 4pt;
border-bottom:1px solid #777;font-weight:normal}
.row{display:flex;justify-content:space-between} .org{font-weight:bold;margin-top:6pt}
.title{font-style:italic} .side p{margin:2pt 0;word-wrap:break-word}
.sub{color:#555} ul{margin:2pt 0 4pt 14pt;padding:0} p{margin:2pt 0}
"""


def _html3_roles(resume: dict[str, Any]) -> str:
    e = base._e
    out = []
    for w in resume.get("work", []):
        where = f"<span>{e(w['location'])}</span>" if w.get("location") else ""
        out.append(f'<div class="row org"><span>{e(base._org(w))}</span>{where}</div>')
        out.append(
            f'<div class="row"><span class="title">{e(w["position"])}</span>'
            f"<span>{e(base._span(w, 'long'))}</span></div>"
        )
        out += base._html_details(w, "summary")
    return "\n".join(out)


def html_three(resume: dict[str, Any]) -> str:
    """Main column left, sidebar right, small-caps headings over a rule."""
    e = base._e
    b = resume["basics"]
    side = ["<h2>Contact</h2>"] + [f"<p>{e(c)}</p>" for c in base._contacts(b)]
    if resume.get("education"):
        side.append("<h2>Education</h2>")
        for edu in resume["education"]:
            side.append(f"<p><b>{e(edu['institution'])}</b></p>")
            if base._degree(edu):
                side.append(f"<p>{e(base._degree(edu))}</p>")
            years = base._span(edu, "year")
            if years and years != "Present":
                side.append(f'<p class="sub">{e(years)}</p>')
    if resume.get("skills"):
        side.append("<h2>Skills</h2>")
        side += [f"<p>{e(s)}</p>" for s in base._skills(resume)]
    if resume.get("languages"):
        side.append("<h2>Languages</h2>")
        side += [
            f"<p>{e(x['language'])}: {e(x['fluency'])}</p>" for x in resume["languages"]
        ]
    main = [f"<h1>{e(b['name'])}</h1>"]
    if b.get("label"):
        main.append(f'<div class="label">{e(b["label"])}</div>')
    if b.get("summary"):
        main.append(f"<h2>About Me</h2><p>{e(b['summary'])}</p>")
    main.append(f"<h2>Experience</h2>{_html3_roles(resume)}")
    main.append(base._html_extra(resume, False))
    return (
        f"<html><head><style>{CSS3}</style></head><body><div class='grid'>"
        f"<div class='main'>{''.join(main)}</div><div class='side'>{''.join(side)}"
        "</div></div></body></html>"
    )


def _small_caps_heading(doc: Any, text: str) -> None:
    """A heading in small capitals with a rule under it (a paragraph border)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.small_caps = True
    run.font.size = Pt(12)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("val", "single"),
        ("sz", "6"),
        ("space", "1"),
        ("color", "666666"),
    ):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)


def _tab_line(doc: Any, left: list[tuple[str, str]], right: str, width: Any) -> None:
    """One paragraph: runs on the left (text, style "b"/"i"/""), ``right`` at a
    right-aligned tab stop."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(5)
    for text, style in left:
        run = p.add_run(text)
        run.bold, run.italic = style == "b", style == "i"
    if right:
        p.add_run(f"\t{right}")


def docx_three(resume: dict[str, Any], path: Path) -> None:
    """One column; "Title – Org⇥dates" role lines; skills in a two-column table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(1)
    width = Inches(7.0)
    b = resume["basics"]
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(b["name"])
    run.font.size, run.bold = Pt(18), True
    if b.get("label"):
        doc.add_paragraph(b["label"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        " | ".join(base._contacts(b))
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    if b.get("summary"):
        _small_caps_heading(doc, "Profile")
        doc.add_paragraph(b["summary"])
    _small_caps_heading(doc, "Work History")
    for w in resume.get("work", []):
        _tab_line(
            doc, [(w["position"], "b"), (f" – {base._org(w)}", "")],
            base._span(w, "short"), width,
        )  # fmt: skip
        if w.get("location"):
            doc.add_paragraph(w["location"]).runs[0].italic = True
        if w.get("summary"):
            doc.add_paragraph(w["summary"])
        for h in w.get("highlights", []):
            if h:
                doc.add_paragraph(f"• {h}")
    if resume.get("education"):
        _small_caps_heading(doc, "Education")
        for edu in resume["education"]:
            years = base._span(edu, "year")
            _tab_line(
                doc, [(edu["institution"], "b")],
                years if years != "Present" else "", width,
            )  # fmt: skip
            if base._degree(edu):
                doc.add_paragraph(base._degree(edu)).runs[0].italic = True
    if resume.get("skills"):
        _small_caps_heading(doc, "Skills")
        table = doc.add_table(rows=0, cols=2)
        table.autofit = False
        for skill in resume["skills"]:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Inches(1.9), Inches(5.1)
            cells[0].paragraphs[0].add_run(skill["name"].rstrip(":")).bold = True
            words = ", ".join(k for k in skill.get("keywords", []) if k)
            cells[1].paragraphs[0].add_run(words)
    base._docx_extra(doc, resume)
    if resume.get("languages"):
        _small_caps_heading(doc, "Languages")
        doc.add_paragraph(
            ", ".join(f"{x['language']} ({x['fluency']})" for x in resume["languages"])
        )
    doc.save(str(path))


_PLACE_PIECE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}")


def place_optional(name: str) -> str | list[str]:
    """An organisation's or school's name with the place written after it ("...,
    Strasbourg, France", "University of Irvine, California", "Tecmillenio, Mexico"):
    both the name as written and the name alone are right, the convention of the
    hand-labelled truth (``tests/fixtures/resume_fields*.json`` accepts "University
    St. Thomas" or "University St. Thomas, St. Paul Minnesota"). The place is one or
    two capitalised pieces after commas, the last a country, a US state or a
    province (gapcheck's lists); a campus or a city alone ("University of
    California, Berkeley", "École 42 - Paris") stays part of the name (round 10)."""
    from gapcheck.parse.contact import COUNTRIES, STATE_NAMES, US_STATES

    pieces = [p.strip() for p in name.split(",")]
    for cut in (len(pieces) - 2, len(pieces) - 1):
        tail, head = pieces[cut:], ", ".join(pieces[:cut])
        last = tail[-1]
        region = last in US_STATES or last.lower().strip(" .") in (
            COUNTRIES | STATE_NAMES
        )
        if (
            cut >= 1
            and head
            and region
            and all(_PLACE_PIECE.fullmatch(t) for t in tail)
        ):
            return [name, head]
    return name
