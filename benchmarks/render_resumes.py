"""Render real JSON Resume files to PDF with other producers, and write their truth.

Builds an unseen test set for the PDF reader and the resume parser from real
people's public ``resume.json`` files (JSON Resume schema): each resume is laid out
four ways (six since round 10) and printed by two producers found on most machines:

* ``html1``: one column, HTML printed by Chromium (Skia/PDF),
* ``html2``: a left sidebar (contact, skills, education) beside the main column,
  CSS grid, printed by Chromium,
* ``docx1``: one column, a DOCX written with python-docx with right tab stops for
  dates, converted by LibreOffice (``soffice --headless --convert-to pdf``),
* ``docx2``: a two-column table (sidebar cell and main cell), LibreOffice,
* ``html3`` and ``docx3`` (round 10, ``render_resumes_more.py``): a sidebar on the
  right with small-caps headings (Chromium), and "Title – Org⇥dates" lines at a
  right tab stop with a two-column skills table (LibreOffice).

Each layout writes its dates, contact line and headings its own way, as real
resumes do. The truth is written from the JSON source, before any reader runs:
``truth.json`` in the conventions of ``tests/fixtures/resume_fields.json`` (for
``benchmarks/field_accuracy.py --truth OUT/truth.json``) and ``gold.json`` for
``../shared/tools/gold_check.py`` (sections, phrases in sections, reading order
within a column, e-mail)::

    python benchmarks/render_resumes.py SRC_DIR OUT_DIR

Keep sources and PDFs outside the repository (they are people's resumes).
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
LONG_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
#: Round 9's four layouts (``resumes_public3``) and round 10's two more.
LAYOUTS = ("html1", "html2", "docx1", "docx2", "html3", "docx3")


def _date(value: str | None, style: str) -> str:
    """A JSON Resume date ("2016-11-07", "2016-11", "2016") as a layout writes it."""
    if not value or value.lower() == "present":
        return "Present"
    parts = value.split("-")
    year = parts[0]
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    if not month:
        return year
    if style == "short":
        return f"{MONTHS[month - 1]} {year}"
    if style == "numeric":
        return f"{month:02d}/{year}"
    if style == "long":
        return f"{LONG_MONTHS[month - 1]} {year}"
    return year


def _span(item: dict[str, Any], style: str, dash: str = " – ") -> str:
    """A date range as a layout writes it; a range within one date ("2021" to
    "2021", a job held within a year) is written once (since round 10; public3's one
    such entry, an education row, was printed "1990 – 1990")."""
    start = _date(item.get("startDate"), style) if item.get("startDate") else ""
    end = _date(item.get("endDate"), style)
    if start == end:
        return end
    return f"{start}{dash}{end}" if start else end


def _org(item: dict[str, Any]) -> str:
    return str(item.get("company") or item.get("name") or item.get("organization"))


def _place(basics: dict[str, Any]) -> str:
    loc = basics.get("location") or {}
    if loc.get("address"):
        return str(loc["address"]).replace("\n", ", ")
    parts = [loc.get("city"), loc.get("region") or loc.get("countryCode")]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _degree(edu: dict[str, Any]) -> str:
    """ "Kind, Area"; "Area, Kind" when the source says ``_areaFirst`` (round 14's
    stress forms, ``stress_forms.py``)."""
    kind, area = edu.get("studyType") or "", edu.get("area") or ""
    pair = (area, kind) if edu.get("_areaFirst") else (kind, area)
    return ", ".join(p for p in pair if p)


def _contacts(basics: dict[str, Any]) -> list[str]:
    out = [basics.get("email"), basics.get("phone"), _place(basics)]
    out.append(basics.get("website") or basics.get("url"))
    out += [p.get("url") for p in basics.get("profiles", []) if p.get("url")]
    return [str(v) for v in out if v]


def _skills(resume: dict[str, Any]) -> list[str]:
    lines = []
    for skill in resume.get("skills", []):
        words = ", ".join(k for k in skill.get("keywords", []) if k)
        lines.append(
            f"{skill['name'].rstrip(':')}: {words}" if words else skill["name"]
        )
    return lines


# --- truth -------------------------------------------------------------------


def _year(value: str | None) -> str:
    if not value or value.lower() == "present":
        return "present"
    return value[:4]


def truth_for(name: str, layout: str, resume: dict[str, Any]) -> dict[str, Any]:
    """Field truth of one rendered file, from the JSON source only."""
    from render_resumes_more import place_optional as _place_optional

    basics = resume["basics"]
    roles = [
        {
            "title": w["position"],
            "organization": _place_optional(_org(w)),
            "start": _year(w.get("startDate")) if w.get("startDate") else "?",
            "end": _year(w.get("endDate")),
        }
        for w in resume.get("work", [])
    ]
    education = []
    for edu in resume.get("education", []):
        kind = edu.get("studyType") or ""
        degree: Any = [kind, _degree(edu)] if kind else None
        if kind.lower() == "incomplete":
            degree = "?"
        education.append(
            {"degree": degree, "institution": _place_optional(edu["institution"])}
        )
    return {
        "file": f"{layout}/{name}.pdf",
        "contact": {
            "name": basics["name"],
            "email": basics.get("email"),
            "phone": basics.get("phone"),
            "location": _place(basics) or None,
        },
        "headline": resume.get("_headline", basics.get("label")),
        "roles": roles,
        "education": education,
        "skills": bool(resume.get("skills")),
    }


def gold_for(name: str, layout: str, resume: dict[str, Any]) -> dict[str, Any]:
    """gold_check.py entry: sections, phrases in them, order within a column."""
    work = resume.get("work", [])
    sections = ["experience"] + (["education"] if resume.get("education") else [])
    if resume.get("skills"):
        sections.append("skills")
    if resume["basics"].get("summary"):
        sections.append("summary")
    in_section: dict[str, list[str]] = {
        "experience": [w["position"] for w in work[:1] + work[-1:]],
    }
    if resume.get("education"):
        in_section["education"] = [resume["education"][0]["institution"]]
    order = [[a["position"], b["position"]] for a, b in itertools.pairwise(work)]
    text = json.dumps({k: v for k, v in resume.items() if not k.startswith("_")})
    order = [pair for pair in order if all(text.count(p) == 1 for p in pair)]
    case: dict[str, Any] = {
        "file": f"{layout}/{name}.pdf",
        "sections": sections,
        "in_section": in_section,
        "order": order[:4],
    }
    if resume["basics"].get("email"):
        case["email"] = resume["basics"]["email"]
    return case


# --- HTML (Chromium) ---------------------------------------------------------

CSS1 = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0.6in;color:#222}
h1{font-size:22pt;margin:0} .label{font-size:12pt;color:#555;margin:2pt 0 6pt}
.contact{font-size:9pt;color:#444} h2{font-size:11pt;letter-spacing:1pt;
border-bottom:1px solid #999;margin:12pt 0 4pt;text-transform:uppercase}
.row{display:flex;justify-content:space-between} .row b{font-weight:bold}
ul{margin:2pt 0 6pt 14pt;padding:0} li{margin:1pt 0} p{margin:2pt 0}
"""
CSS2 = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.5pt;margin:0;color:#222}
.grid{display:grid;grid-template-columns:2.3in 1fr;min-height:100vh}
.side{background:#eef1f4;padding:0.45in 0.2in 0.3in 0.35in}
.main{padding:0.45in 0.4in 0.3in 0.3in}
h1{font-size:20pt;margin:0 0 2pt} .label{font-size:11pt;color:#336;margin:0 0 8pt}
h2{font-size:10.5pt;color:#336;margin:12pt 0 4pt;border-bottom:2px solid #336}
.side p{margin:2pt 0;word-wrap:break-word} .title{font-weight:bold;margin-top:6pt}
.sub{color:#555;font-size:9pt} ul{margin:2pt 0 4pt 12pt;padding:0}
"""


def _e(text: Any) -> str:
    return html.escape(str(text))


def _html_roles(resume: dict[str, Any], one: bool) -> str:
    out = []
    for w in resume.get("work", []):
        if one:
            out.append(
                f'<div class="row"><span><b>{_e(w["position"])}</b>, {_e(_org(w))}'
                f"</span><span>{_e(_span(w, 'short'))}</span></div>"
            )
        else:
            where = f" · {_e(w['location'])}" if w.get("location") else ""
            out.append(
                f'<div class="title">{_e(w["position"])}</div>'
                f'<div class="sub">{_e(_org(w))}{where}</div>'
                f'<div class="sub">{_e(_span(w, "numeric", " - "))}</div>'
            )
        out += _html_details(w, "summary")
    return "\n".join(out)


def _html_details(item: dict[str, Any], key: str) -> list[str]:
    """An entry's prose (``key``) as a paragraph and its highlights as a list."""
    out = [f"<p>{_e(item[key])}</p>"] if item.get(key) else []
    items = "".join(f"<li>{_e(h)}</li>" for h in item.get("highlights", []) if h)
    return [*out, f"<ul>{items}</ul>"] if items else out


def _html_extra(resume: dict[str, Any], one: bool) -> str:
    out = []
    for key, head in (("projects", "Projects"), ("volunteer", "Volunteer")):
        if not resume.get(key):
            continue
        out.append(f"<h2>{head}</h2>")
        for p in resume[key]:
            line = _e(p.get("name") or p.get("organization"))
            if p.get("position"):
                line += f" — {_e(p['position'])}"
            if p.get("startDate"):
                line += f" ({_e(_span(p, 'short'))})"
            out.append(f"<p><b>{line}</b></p>")
            out += _html_details(p, "description")
    for key, head in (("awards", "Awards"), ("certificates", "Certifications")):
        for a in resume.get(key, []):
            if head:
                out.append(f"<h2>{head}</h2>")
                head = ""
            out.append(
                f"<p>{_e(a.get('title') or a.get('name'))}"
                f"{', ' + _e(a.get('awarder')) if a.get('awarder') else ''}"
                f" ({_e(str(a.get('date', ''))[:4] or a.get('date'))})</p>"
            )
    if resume.get("publications"):
        out.append("<h2>Publications</h2>")
        out += [
            f"<p>{_e(p['name'])}, {_e(p.get('publisher', ''))}</p>"
            for p in resume["publications"]
        ]
    if one and resume.get("languages"):
        out.append("<h2>Languages</h2>")
        langs = ", ".join(
            f"{x['language']} ({x['fluency']})" for x in resume["languages"]
        )
        out.append(f"<p>{_e(langs)}</p>")
    return "\n".join(out)


def _html_education(resume: dict[str, Any], one: bool) -> str:
    out = []
    for edu in resume.get("education", []):
        if one:
            out.append(
                f'<div class="row"><span><b>{_e(_degree(edu) or edu["institution"])}'
                f"</b>{', ' + _e(edu['institution']) if _degree(edu) else ''}</span>"
                f"<span>{_e(_span(edu, 'year'))}</span></div>"
            )
        else:
            out.append(f'<p class="title">{_e(_degree(edu) or "")}</p>')
            out.append(f"<p>{_e(edu['institution'])}</p>")
            out.append(f'<p class="sub">{_e(_span(edu, "year"))}</p>')
        if edu.get("gpa"):
            out.append(f"<p>GPA: {_e(edu['gpa'])}</p>")
    return "\n".join(out)


def html_one(resume: dict[str, Any]) -> str:
    b = resume["basics"]
    parts = [f"<h1>{_e(b['name'])}</h1>"]
    if b.get("label"):
        parts.append(f'<div class="label">{_e(b["label"])}</div>')
    parts.append(f'<div class="contact">{" | ".join(map(_e, _contacts(b)))}</div>')
    blocks = {
        "summary": f"<h2>Summary</h2><p>{_e(b['summary'])}</p>"
        if b.get("summary")
        else "",
        "work": f"<h2>Experience</h2>{_html_roles(resume, True)}",
        "education": f"<h2>Education</h2>{_html_education(resume, True)}"
        if resume.get("education")
        else "",
        "skills": "<h2>Skills</h2>"
        + "".join(f"<p>{_e(s)}</p>" for s in _skills(resume))
        if resume.get("skills")
        else "",
    }
    order = resume.get("_order", ["work", "education", "skills"])
    parts.append(blocks["summary"])
    parts += [blocks[k] for k in order if k in blocks]
    parts.append(_html_extra(resume, True))
    return (
        f"<html><head><style>{CSS1}</style></head><body>{''.join(parts)}</body></html>"
    )


def html_two(resume: dict[str, Any]) -> str:
    b = resume["basics"]
    side = ["<h2>Contact</h2>"] + [f"<p>{_e(c)}</p>" for c in _contacts(b)]
    if resume.get("skills"):
        side.append("<h2>Skills</h2>")
        side += [f"<p>{_e(s)}</p>" for s in _skills(resume)]
    if resume.get("education"):
        side.append(f"<h2>Education</h2>{_html_education(resume, False)}")
    if resume.get("languages"):
        side.append("<h2>Languages</h2>")
        side += [
            f"<p>{_e(x['language'])} ({_e(x['fluency'])})</p>"
            for x in resume["languages"]
        ]
    main = [f"<h1>{_e(b['name'])}</h1>"]
    if b.get("label"):
        main.append(f'<div class="label">{_e(b["label"])}</div>')
    if b.get("summary"):
        main.append(f"<h2>Profile</h2><p>{_e(b['summary'])}</p>")
    main.append(f"<h2>Work Experience</h2>{_html_roles(resume, False)}")
    main.append(_html_extra(resume, False))
    return (
        f"<html><head><style>{CSS2}</style></head><body><div class='grid'>"
        f"<div class='side'>{''.join(side)}</div><div class='main'>{''.join(main)}"
        "</div></div></body></html>"
    )


# --- DOCX (LibreOffice) ------------------------------------------------------


def _docx_heading(cell_or_doc: Any, text: str) -> None:
    from docx.shared import Pt

    p = cell_or_doc.add_paragraph()
    run = p.add_run(text.upper())
    run.bold = True
    run.font.size = Pt(11)
    p.paragraph_format.space_before = Pt(10)


def _docx_role_lines(
    target: Any, resume: dict[str, Any], width: Any, table: bool
) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    for w in resume.get("work", []):
        p = target.add_paragraph()
        if table:
            run = p.add_run(f"{w['position']} | {_org(w)} | {_span(w, 'short', ' - ')}")
            run.bold = True
        else:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(_org(w)).bold = True
            p.add_run(f"\t{_span(w, 'long', ' to ')}")
            q = target.add_paragraph()
            q.add_run(w["position"]).italic = True
        p.paragraph_format.space_before = Pt(6)
        if w.get("summary"):
            target.add_paragraph(w["summary"])
        for h in w.get("highlights", []):
            if h:
                target.add_paragraph(f"• {h}")


def _docx_education(target: Any, resume: dict[str, Any]) -> None:
    for edu in resume.get("education", []):
        p = target.add_paragraph()
        p.add_run(_degree(edu) or edu["institution"]).bold = True
        if _degree(edu):
            target.add_paragraph(edu["institution"])
        years = _span(edu, "year")
        if years and years != "Present":
            target.add_paragraph(years)


def _docx_extra(target: Any, resume: dict[str, Any]) -> None:
    for key, head in (("projects", "Projects"), ("volunteer", "Volunteer Work")):
        if resume.get(key):
            _docx_heading(target, head)
            for p in resume[key]:
                title = p.get("name") or p.get("organization")
                if p.get("position"):
                    title = f"{title}, {p['position']}"
                target.add_paragraph(title).runs[0].bold = True
                for text in [p.get("description"), *list(p.get("highlights", []))]:
                    if text:
                        target.add_paragraph(f"• {text}")
    for key, head in (("awards", "Awards"), ("certificates", "Certifications")):
        if resume.get(key):
            _docx_heading(target, head)
            for a in resume[key]:
                target.add_paragraph(
                    f"{a.get('title') or a.get('name')}, {a.get('date', '')}"
                )


def docx_doc(resume: dict[str, Any], two: bool, path: Path) -> None:
    from docx import Document
    from docx.shared import Inches, Pt

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches(0.7)
    section.top_margin = section.bottom_margin = Inches(0.6)
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif" if two else "Carlito"
    style.font.size = Pt(10.5)
    style.paragraph_format.space_after = Pt(1)
    b = resume["basics"]
    head = doc.add_paragraph()
    run = head.add_run(b["name"])
    run.bold = True
    run.font.size = Pt(20)
    if b.get("label"):
        doc.add_paragraph(b["label"])
    if not two:
        doc.add_paragraph("  •  ".join(_contacts(b)))
        if b.get("summary"):
            _docx_heading(doc, "Professional Summary")
            doc.add_paragraph(b["summary"])
        blocks = {
            "work": lambda: (
                _docx_heading(doc, "Professional Experience"),
                _docx_role_lines(doc, resume, Inches(7.1), False),
            ),
            "education": lambda: (
                (_docx_heading(doc, "Education"), _docx_education(doc, resume))
                if resume.get("education")
                else None
            ),
            "skills": lambda: (
                (
                    _docx_heading(doc, "Technical Skills"),
                    [doc.add_paragraph(s) for s in _skills(resume)],
                )
                if resume.get("skills")
                else None
            ),
        }
        for key in resume.get("_order", ["work", "education", "skills"]):
            if key in blocks:
                blocks[key]()
        _docx_extra(doc, resume)
    else:
        table = doc.add_table(rows=1, cols=2)
        table.autofit = False
        side, main = table.rows[0].cells
        side.width, main.width = Inches(2.2), Inches(4.9)
        side.paragraphs[0].add_run("CONTACT").bold = True
        for c in _contacts(b):
            side.add_paragraph(c)
        if resume.get("skills"):
            _docx_heading(side, "Skills")
            for s in _skills(resume):
                side.add_paragraph(s)
        if resume.get("education"):
            _docx_heading(side, "Education")
            _docx_education(side, resume)
        if b.get("summary"):
            main.paragraphs[0].add_run("SUMMARY").bold = True
            main.add_paragraph(b["summary"])
        _docx_heading(main, "Employment History")
        _docx_role_lines(main, resume, None, True)
        _docx_extra(main, resume)
    doc.save(str(path))


# --- driver ------------------------------------------------------------------


def render(
    src: Path, out: Path, layouts: tuple[str, ...] = LAYOUTS, pdfs: bool = True
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    soffice = shutil.which("soffice")
    truth, gold = [], []
    profile = Path(tempfile.mkdtemp(prefix="render_soffice_"))
    for path in sorted(src.glob("*.json")):
        resume = json.loads(path.read_text(encoding="utf-8"))
        name = path.stem
        for layout in layouts:
            folder = out / layout
            folder.mkdir(parents=True, exist_ok=True)
            pdf = folder / f"{name}.pdf"
            with tempfile.TemporaryDirectory() as tmp:
                if not pdfs:
                    pass
                elif layout.startswith("html"):
                    page = Path(tmp) / f"{name}.html"
                    pages = {"html1": html_one, "html2": html_two}
                    if layout == "html3":
                        from render_resumes_more import html_three as make
                    else:
                        make = pages[layout]
                    text = make(resume)
                    page.write_text(text, encoding="utf-8")
                    subprocess.run(
                        [chromium or "chromium", "--headless", "--no-sandbox",
                         "--disable-gpu", "--no-pdf-header-footer",
                         f"--print-to-pdf={pdf}", page.as_uri()],
                        check=True, capture_output=True, timeout=120,
                    )  # fmt: skip
                else:
                    word = Path(tmp) / f"{name}.docx"
                    if layout == "docx3":
                        from render_resumes_more import docx_three

                        docx_three(resume, word)
                    else:
                        docx_doc(resume, layout == "docx2", word)
                    # a profile of the run's own: another soffice running on
                    # the machine (its default profile locked) fails the conversion
                    subprocess.run(
                        [soffice or "soffice", "--headless",
                         f"-env:UserInstallation={profile.as_uri()}",
                         "--convert-to", "pdf", "--outdir", str(folder), str(word)],
                        check=True, capture_output=True, timeout=180,
                    )  # fmt: skip
            truth.append(truth_for(name, layout, resume))
            gold.append(gold_for(name, layout, resume))
            print(pdf, file=sys.stderr)
    about = {
        "about": "Truth written from the JSON Resume sources by render_resumes.py,"
        " before any reader ran. '?' = not scored; a list = any is right.",
        "files": truth,
    }
    (out / "truth.json").write_text(json.dumps(about, indent=1), encoding="utf-8")
    (out / "gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path, help="folder of JSON Resume files")
    parser.add_argument("out", type=Path, help="output folder (outside the repo)")
    parser.add_argument("--layout", action="append", choices=LAYOUTS)
    parser.add_argument("--truth-only", action="store_true", help="write truth only")
    args = parser.parse_args(argv)
    render(args.src, args.out, tuple(args.layout or LAYOUTS), not args.truth_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
