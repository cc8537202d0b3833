"""Word-style resumes from JSON Resume files: .docx by python-docx, PDF by LibreOffice.

Round 11 (issue 14). Round 9 and 10's sets (``render_resumes.py``) were HTML printed by
Chromium and three plain python-docx layouts; the issue's "Done when" asks for Word
exports too. We have no Word here, so these three layouts are built the way a Word user
builds a resume, with Word's own features, and exported by LibreOffice
(``soffice --headless --convert-to pdf``):

* ``word1``: classic one column (Arial, i.e. Liberation Sans): name in a large run,
  a centred contact line, headings in capitals over a bottom border, each role as
  "**Title**, Company<TAB>Mon YYYY – Present" with a **right tab stop** at the margin,
  bullets in Word's "List Bullet" style, education as "Degree, Institution<TAB>years";
* ``word2``: a **two-column table** without borders (a shaded sidebar cell on the left
  with contact, skills, education and languages; the main cell with name, headline,
  profile and experience); dates as "MM/YYYY – Present" at a right tab inside the cell,
  the degree over its field on two lines;
* ``word3``: name and headline in the **page header**, "Name · Résumé · Page N of M" in
  the **footer** (PAGE / NUMPAGES fields), the contact details in a **text box** (VML,
  ``w:txbxContent``) at the top of the body, each role as "Company — Place" over
  "*Title*<TAB>Month YYYY – Present", education as a three-column **table** (years,
  degree, institution) with thin borders (Times New Roman, i.e. Liberation Serif).

People are given layouts by a seeded draw (``--per-person`` of the three, default 2),
so each layout holds a different mix of people. Both the .docx and the PDF of each are
kept: gapcheck reads both. The truth is not written from the JSON here: it is written
by hand per person (``--people``, one entry a person, see ``expand_truth``) and only
expanded to one entry per file, so a renderer slip shows up as a miss instead of
being copied into the truth::

    python benchmarks/render_resumes_docx.py SRC_DIR OUT_DIR --people PEOPLE.json

writes ``OUT_DIR/<layout>/<name>.docx`` and ``.pdf``, ``OUT_DIR/plan.json`` (the draw),
``OUT_DIR/truth_pdf.json`` and ``OUT_DIR/truth_docx.json`` (for
``benchmarks/field_accuracy.py --truth``). Keep sources and outputs outside the
repository (they are people's resumes).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import render_resumes as base

LAYOUTS = ("word1", "word2", "word3")
SEED = 20261207


def draw(names: list[str], per_person: int, seed: int = SEED) -> dict[str, list[str]]:
    """Layouts per person: ``per_person`` of ``LAYOUTS`` drawn with a fixed seed,
    people taken in sorted order (so adding a person never reshuffles the others)."""
    rng = random.Random(seed)
    return {n: sorted(rng.sample(LAYOUTS, per_person)) for n in sorted(names)}


# --- shared text ---------------------------------------------------------------


def _place(basics: dict[str, Any]) -> str:
    return base._place(basics)


def _contacts(basics: dict[str, Any]) -> list[str]:
    out = [basics.get("email"), basics.get("phone"), _place(basics), basics.get("url")]
    return [str(v) for v in out if v]


def _degree(edu: dict[str, Any], joiner: str = ", ") -> str:
    kind, area = edu.get("studyType") or "", edu.get("area") or ""
    pair = (area, kind) if edu.get("_areaFirst") else (kind, area)
    return joiner.join(p for p in pair if p)


def _years(edu: dict[str, Any]) -> str:
    return base._span(edu, "year")


def _languages(resume: dict[str, Any]) -> str:
    return ", ".join(
        f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
        for x in resume.get("languages", [])
    )


def _extras(resume: dict[str, Any]) -> list[str]:
    out = []
    for c in resume.get("certificates", []):
        tail = ", ".join(p for p in (c.get("issuer"), (c.get("date") or "")[:4]) if p)
        out.append(f"{c['name']} — {tail}" if tail else c["name"])
    for a in resume.get("awards", []):
        tail = ", ".join(p for p in (a.get("awarder"), (a.get("date") or "")[:4]) if p)
        out.append(f"{a['title']} — {tail}" if tail else a["title"])
    return out


# --- python-docx helpers ---------------------------------------------------------


def _new_document(font: str, size: float, margins: float) -> Any:
    from docx import Document
    from docx.shared import Inches, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.paragraph_format.space_after = Pt(2)
    style.paragraph_format.space_before = Pt(0)
    for section in doc.sections:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
        section.left_margin = section.right_margin = Inches(margins)
        section.top_margin = section.bottom_margin = Inches(margins)
    return doc


def _text_width(doc: Any) -> Any:
    s = doc.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def _border_below(paragraph: Any, color: str = "808080") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("val", "single"),
        ("sz", "6"),
        ("space", "1"),
        ("color", color),
    ):
        bottom.set(qn(f"w:{key}"), value)
    bdr.append(bottom)
    ppr.append(bdr)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _tab_line(target: Any, left: list[tuple[str, str]], right: str, at: Any) -> Any:
    """A paragraph of runs (text, "b"/"i"/"") then a right-aligned part at a right
    tab stop ``at`` (a Word resume's dates)."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    p = target.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(at, WD_TAB_ALIGNMENT.RIGHT)
    for text, fmt in left:
        run = p.add_run(text)
        run.bold, run.italic = "b" in fmt, "i" in fmt
    if right:
        p.add_run("\t" + right)
    return p


def _bullets(target: Any, items: list[str]) -> None:
    for item in items:
        target.add_paragraph(item, style="List Bullet")


def _field(paragraph: Any, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


# --- layouts ----------------------------------------------------------------------


def word_one(resume: dict[str, Any], path: Path) -> None:
    """Classic one column with right tab stops for dates."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = _new_document("Arial", 10, 0.8)
    at = _text_width(doc)
    b = resume["basics"]
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(b["name"])
    run.bold, run.font.size = True, Pt(20)
    if b.get("label"):
        p = doc.add_paragraph(b["label"])
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(12)
    p = doc.add_paragraph("  |  ".join(_contacts(b)))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        r = h.add_run(text.upper())
        r.bold, r.font.size = True, Pt(11)
        _border_below(h)

    if b.get("summary"):
        heading("Summary")
        doc.add_paragraph(b["summary"])
    heading("Experience")
    for w in resume.get("work", []):
        line = _tab_line(
            doc,
            [(w["position"], "b"), (", " + base._org(w), "")],
            base._span(w, "short"),
            at,
        )
        line.paragraph_format.space_before = Pt(5)
        if w.get("location"):
            doc.add_paragraph(w["location"]).runs[0].italic = True
        _bullets(doc, w.get("highlights", []))
    if resume.get("education"):
        heading("Education")
        for edu in resume["education"]:
            parts = [(_degree(edu), "b"), (", ", "")] if _degree(edu) else []
            _tab_line(doc, [*parts, (edu["institution"], "")], _years(edu), at)
    if resume.get("skills"):
        heading("Skills")
        for line in base._skills(resume):
            name, _, words = line.partition(": ")
            p = doc.add_paragraph()
            p.add_run(name + (": " if words else "")).bold = True
            p.add_run(words)
    if _extras(resume):
        heading("Certifications and Awards")
        _bullets(doc, _extras(resume))
    if resume.get("languages"):
        heading("Languages")
        doc.add_paragraph(_languages(resume))
    doc.save(str(path))


def word_two(resume: dict[str, Any], path: Path) -> None:
    """A borderless two-column table: shaded sidebar cell, main cell."""
    from docx.shared import Inches, Pt, RGBColor

    doc = _new_document("Arial", 9.5, 0.5)
    b = resume["basics"]
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    side, main = table.rows[0].cells
    side.width, main.width = Inches(2.3), Inches(5.2)
    table.columns[0].width, table.columns[1].width = Inches(2.3), Inches(5.2)
    _shade(side, "E7ECF2")
    at = Inches(4.8)

    def heading(cell: Any, text: str) -> None:
        h = cell.add_paragraph()
        h.paragraph_format.space_before = Pt(9)
        r = h.add_run(text)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        _border_below(h, "1F3A5F")

    side.paragraphs[0].add_run("CONTACT").bold = True
    for c in _contacts(b):
        side.add_paragraph(c)
    if resume.get("skills"):
        heading(side, "Skills")
        for skill in resume["skills"]:
            side.add_paragraph().add_run(skill["name"].rstrip(":")).bold = True
            if skill.get("keywords"):
                side.add_paragraph(", ".join(skill["keywords"]))
    if resume.get("education"):
        heading(side, "Education")
        for edu in resume["education"]:
            side.add_paragraph().add_run(edu["institution"]).bold = True
            if edu.get("studyType"):
                side.add_paragraph(edu["studyType"])
            if edu.get("area"):
                side.add_paragraph(edu["area"]).runs[0].italic = True
            if _years(edu):
                side.add_paragraph(base._span(edu, "year"))
    if resume.get("languages"):
        heading(side, "Languages")
        for x in resume["languages"]:
            side.add_paragraph(f"{x['language']} — {x.get('fluency', '')}".rstrip(" —"))

    name = main.paragraphs[0].add_run(b["name"])
    name.bold, name.font.size = True, Pt(22)
    if b.get("label"):
        main.add_paragraph().add_run(b["label"]).font.size = Pt(12)
    if b.get("summary"):
        heading(main, "Profile")
        main.add_paragraph(b["summary"])
    heading(main, "Work Experience")
    for w in resume.get("work", []):
        line = _tab_line(main, [(w["position"], "b")], base._span(w, "numeric"), at)
        line.paragraph_format.space_before = Pt(6)
        where = ", ".join(p for p in (base._org(w), w.get("location")) if p)
        main.add_paragraph(where).runs[0].italic = True
        _bullets(main, w.get("highlights", []))
    if _extras(resume):
        heading(main, "Certifications and Awards")
        _bullets(main, _extras(resume))
    doc.save(str(path))


TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>
<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="contact" o:spid="_x0000_s1026" type="#_x0000_t202" filled="t"
 fillcolor="#F2F2F2" stroked="t" strokecolor="#7F7F7F"
 style="position:absolute;margin-left:0;margin-top:0;width:{w}pt;
height:{h}pt;z-index:1;mso-position-horizontal-relative:margin;
mso-position-vertical-relative:paragraph;mso-wrap-style:square">
<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{body}
</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>"""


def _textbox(paragraph: Any, lines: list[str], width_pt: float) -> None:
    """A Word text box (VML) holding ``lines``, anchored in ``paragraph``."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    body = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{escape(line)}</w:t></w:r></w:p>"
        for line in lines
    )
    height = 10 + 13.5 * len(lines)
    xml = TEXTBOX.format(w=round(width_pt), h=round(height), body=body)
    paragraph._p.append(parse_xml(xml.replace("\n", "")))


def word_three(resume: dict[str, Any], path: Path) -> None:
    """Name in the page header, page numbers in the footer, contact in a text box,
    education as a table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    doc = _new_document("Times New Roman", 11, 0.9)
    at = _text_width(doc)
    b = resume["basics"]
    section = doc.sections[0]
    section.header_distance = Inches(0.4)
    head = section.header.paragraphs[0]
    r = head.add_run(b["name"])
    r.bold, r.font.size = True, Pt(18)
    if b.get("label"):
        head.add_run("\n" + b["label"]).italic = True
    _border_below(head)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{b['name']} · Résumé · Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")

    box = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    _textbox(box, _contacts(b), at / 12700)

    def heading(text: str) -> None:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(3)
        r = h.add_run(text)
        r.bold, r.font.size, r.font.small_caps = True, Pt(13), True

    if b.get("summary"):
        heading("Professional Summary")
        doc.add_paragraph(b["summary"])
    heading("Professional Experience")
    for w in resume.get("work", []):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(base._org(w)).bold = True
        if w.get("location"):
            p.add_run(" — " + w["location"])
        _tab_line(doc, [(w["position"], "i")], base._span(w, "long"), at)
        _bullets(doc, w.get("highlights", []))
    if resume.get("education"):
        heading("Education")
        table = doc.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for edu in resume["education"]:
            cells = table.add_row().cells
            cells[0].text = _years(edu)
            cells[1].text = _degree(edu)
            cells[2].text = edu["institution"]
        for row in table.rows:
            for cell, width in zip(row.cells, (1.2, 2.9, 2.6), strict=True):
                cell.width = Inches(width)
    if resume.get("skills"):
        heading("Skills")
        _bullets(doc, base._skills(resume))
    if _extras(resume) or resume.get("languages"):
        heading("Additional Information")
        _bullets(doc, _extras(resume))
        if resume.get("languages"):
            doc.add_paragraph("Languages: " + _languages(resume))
    doc.save(str(path))


BUILDERS = {"word1": word_one, "word2": word_two, "word3": word_three}


# --- PDF, truth -------------------------------------------------------------------


def to_pdf(paths: list[Path], outdir: Path) -> None:
    """LibreOffice's PDF export of each .docx, in a throwaway profile."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, paths),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def expand_truth(people: dict[str, Any], plan: dict[str, list[str]], ext: str) -> list:
    """One field_accuracy truth entry per rendered file, from the hand-written truth
    of its person (``roles``: [title, organisation, start, end]; ``education``:
    [degree or a list of degrees or null, institution])."""
    out = []
    for name, layouts in sorted(plan.items()):
        person = people[name]
        for layout in layouts:
            out.append(
                {
                    "file": f"{layout}/{name}.{ext}",
                    "contact": {
                        k: person[k] for k in ("name", "email", "phone", "location")
                    },
                    "headline": person["headline"],
                    "roles": [
                        {"title": t, "organization": o, "start": s, "end": e}
                        for t, o, s, e in person["roles"]
                    ],
                    "education": [
                        {"degree": d, "institution": i} for d, i in person["education"]
                    ],
                    "skills": person["skills"],
                }
            )
    return out


def render(
    src: Path, out: Path, people_path: Path, per_person: int, make_pdf: bool
) -> None:
    people = json.loads(people_path.read_text(encoding="utf-8"))["people"]
    names = sorted(p.stem for p in src.glob("*.json"))
    missing = sorted(set(names) - set(people))
    if missing:
        raise SystemExit(f"no hand-written truth for: {', '.join(missing)}")
    plan = draw(names, per_person)
    for layout in LAYOUTS:
        (out / layout).mkdir(parents=True, exist_ok=True)
        todo = []
        for name in names:
            if layout not in plan[name]:
                continue
            resume = json.loads((src / f"{name}.json").read_text(encoding="utf-8"))
            path = out / layout / f"{name}.docx"
            BUILDERS[layout](resume, path)
            todo.append(path)
        if make_pdf and todo:
            to_pdf(todo, out / layout)
        print(f"{layout}: {len(todo)} files", file=sys.stderr)
    note = "Hand-written truth (truth_people.json) expanded per file; '?' = not scored."
    (out / "plan.json").write_text(json.dumps(plan, indent=1), encoding="utf-8")
    for ext in ("pdf", "docx"):
        doc = {"about": note, "files": expand_truth(people, plan, ext)}
        (out / f"truth_{ext}.json").write_text(
            json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--people", type=Path, required=True, help="hand-written truth")
    parser.add_argument("--per-person", type=int, default=2, choices=(1, 2, 3))
    parser.add_argument("--no-pdf", action="store_true", help="write .docx only")
    args = parser.parse_args(argv)
    render(args.src, args.out, args.people, args.per_person, not args.no_pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
