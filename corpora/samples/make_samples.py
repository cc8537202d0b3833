"""Generate the PDF and DOCX versions of the sample resumes and postings.

    python corpora/samples/make_samples.py            # write beside this script
    python corpora/samples/make_samples.py --out DIR  # write somewhere else

The text sources (``*.txt``, ``*.md``) are the originals, written for the project.
This script lays them out:

- PDF, with a small dependency-free writer below: base-14 Helvetica and
  Helvetica-Bold, WinAnsi (cp1252) text, real space glyphs between words, one
  ``Tj`` per visual line. Two resumes are TWO-COLUMN PDFs with a grey sidebar holding
  contact details, skills and certifications beside the experience.
- DOCX, with python-docx: one resume with a skills table, one with its contact
  details in the page header.

Output is deterministic (fixed dates, fixed ZIP timestamps), so a re-run gives the
same bytes; ``tests/test_ingest.py`` checks that.
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: source file -> (output name, layout). Layouts: "one", "two" (sidebar), "docx-table",
#: "docx-header".
PDF_JOBS: dict[str, tuple[str, str]] = {
    "software_resume_maya_okafor.md": ("software_resume_maya_okafor.pdf", "two"),
    "sales_resume_marcus_bell.txt": ("sales_resume_marcus_bell.pdf", "two"),
    "nursing_resume_daniel_reyes.txt": ("nursing_resume_daniel_reyes.pdf", "one"),
    "accounting_resume_priya_nair.txt": ("accounting_resume_priya_nair.pdf", "one"),
    "logistics_resume_tomasz_kowalski.txt": (
        "logistics_resume_tomasz_kowalski.pdf",
        "one",
    ),
    "teaching_resume_grace_whitfield.md": (
        "teaching_resume_grace_whitfield.pdf",
        "one",
    ),
    "nursing_posting_icu_rn.txt": ("nursing_posting_icu_rn.pdf", "one"),
    "logistics_posting_operations_manager.txt": (
        "logistics_posting_operations_manager.pdf",
        "one",
    ),
}
DOCX_JOBS: dict[str, tuple[str, str]] = {
    "accounting_resume_priya_nair.txt": (
        "accounting_resume_priya_nair.docx",
        "docx-table",
    ),
    "nursing_resume_daniel_reyes.txt": (
        "nursing_resume_daniel_reyes.docx",
        "docx-header",
    ),
    "teaching_posting_year4_teacher.md": (
        "teaching_posting_year4_teacher.docx",
        "docx-plain",
    ),
}

#: Sections that go to the sidebar of a two-column resume.
SIDEBAR = {"skills", "certifications", "licenses and certifications", "languages"}

FIXED_DATE = datetime(2025, 1, 15, 9, 0, 0, tzinfo=UTC)


# -- reading the sources ---------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    style: str  # name, title, contact, heading, bullet, strong, text, blank
    text: str


def _plain_md(line: str) -> str:
    line = re.sub(r"\*\*(.+?)\*\*", r"\1", line)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)


def _split_list(text: str) -> list[str]:
    """Split a comma list, but not inside parentheses: "Excel (pivots, VLOOKUP)"."""
    return [p.strip() for p in re.split(r",(?![^()]*\))", text) if p.strip()]


def _short_heading(line: str) -> bool:
    """A short line without digits or end punctuation ("What you'll do")."""
    return len(line) <= 40 and not re.search(r"[\d.,;:]$|\d", line)


def read_source(path: Path) -> list[Item]:
    """A source as styled items; Markdown and plain text conventions both."""
    lines = path.read_text(encoding="utf-8").splitlines()
    items: list[Item] = []
    md = path.suffix == ".md"
    seen_heading = False
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not line.strip():
            items.append(Item("blank", ""))
            continue
        if not items or all(it.style == "blank" for it in items):
            items.append(Item("name", line.lstrip("# ").strip()))
            continue
        if md and line.startswith("## "):
            items.append(Item("heading", line[3:].strip()))
            seen_heading = True
        elif md and line.startswith("- "):
            items.append(Item("bullet", _plain_md(line[2:])))
        elif line.startswith(("• ", "- ")):
            items.append(Item("bullet", line[2:].strip()))
        elif not md and (
            (line.isupper() and len(line) > 3)
            or (_short_heading(line) and nxt[:2] in ("• ", "- "))
        ):
            items.append(Item("heading", line.strip()))
            seen_heading = True
        elif not seen_heading:
            style = (
                "title" if not any(it.style == "title" for it in items) else "contact"
            )
            items.append(Item(style, _plain_md(line)))
        elif md and line.startswith("**"):
            items.append(Item("strong", _plain_md(line)))
        else:
            items.append(Item("text", _plain_md(line)))
    return items


def sections(items: list[Item]) -> list[tuple[str, list[Item]]]:
    """Split items at headings: [(heading, items)]; the top part has heading ""."""
    out: list[tuple[str, list[Item]]] = [("", [])]
    for item in items:
        if item.style == "heading":
            out.append((item.text, [item]))
        else:
            out[-1][1].append(item)
    return out


# -- a small PDF writer ----------------------------------------------------------------

# Advance widths (1/1000 em) of the base-14 fonts for ASCII 32..126, from the AFMs.
_HELV = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 "
    "556 556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 "
    "722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 "
    "278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 "
    "556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_HELV_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 "
    "556 556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 "
    "722 278 556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 "
    "278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 "
    "611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
_WIDTHS = {
    "F1": [int(w) for w in _HELV.split()],
    "F2": [int(w) for w in _HELV_BOLD.split()],
}
_EXTRA = {"•": 350, "–": 556, "—": 1000, "·": 278, "’": 222, "“": 333, "”": 333}


def text_width(text: str, font: str, size: float) -> float:
    table = _WIDTHS[font]
    total = 0
    for ch in text:
        cp = ord(ch)
        total += table[cp - 32] if 32 <= cp <= 126 else _EXTRA.get(ch, 556)
    return total * size / 1000


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return (
        b"("
        + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b")"
    )


def pdf_file(objects: list[bytes], info: int | None = None) -> bytes:
    """Objects (numbered from 1; object 1 is the catalog) as a PDF file with an
    exact cross-reference table. Also used by tests/fixtures/bad/make_bad.py."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    info_ref = b" /Info %d 0 R" % info if info else b""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info_ref))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


class PdfWriter:
    """Letter-size pages of Helvetica text; enough for resumes, nothing more."""

    WIDTH, HEIGHT = 612, 792

    def __init__(self, title: str) -> None:
        self.title = title
        self.pages: list[list[bytes]] = []

    def new_page(self) -> None:
        self.pages.append([])

    def text(
        self, x: float, y: float, text: str, font: str = "F1", size: float = 10
    ) -> None:
        op = b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET" % (
            font.encode(),
            size,
            x,
            y,
            _pdf_string(text),
        )
        self.pages[-1].append(op)

    def fill_rect(self, x: float, y: float, w: float, h: float, grey: float) -> None:
        self.pages[-1].append(
            b"q %.2f g %.2f %.2f %.2f %.2f re f Q" % (grey, x, y, w, h)
        )

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.pages[-1].append(
            b"q 0.6 G 0.5 w %.2f %.2f m %.2f %.2f l S Q" % (x0, y, x1, y)
        )

    def to_bytes(self) -> bytes:
        objects: list[bytes] = []
        n_pages = len(self.pages)
        kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
        objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
        for name in ("Helvetica", "Helvetica-Bold"):
            objects.append(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} "
                "/Encoding /WinAnsiEncoding >>".encode()
            )
        for i, ops in enumerate(self.pages):
            content = b"\n".join(ops)
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                % (self.WIDTH, self.HEIGHT, 6 + 2 * i)
            )
            objects.append(
                b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content) + 1, content)
            )
        info_id = len(objects) + 1
        objects.append(
            b"<< /Title %s /Producer (gapcheck make_samples.py) "
            b"/CreationDate (D:20250115090000Z) >>" % _pdf_string(self.title)
        )
        return pdf_file(objects, info=info_id)


class Column:
    """A flow of text in one column; starts a new page when it runs out of room."""

    TOP, BOTTOM = 740.0, 54.0

    def __init__(
        self, pdf: PdfWriter, x: float, width: float, on_new_page: bool = True
    ):
        self.pdf, self.x, self.width = pdf, x, width
        self.y = self.TOP
        self.on_new_page = on_new_page

    def _room(self, needed: float) -> None:
        if self.y - needed < self.BOTTOM and self.on_new_page:
            self.pdf.new_page()
            self.y = self.TOP

    def gap(self, points: float) -> None:
        self.y -= points

    def para(
        self,
        text: str,
        font: str = "F1",
        size: float = 10,
        indent: float = 0,
        lead: float = 1.3,
    ) -> None:
        for line in wrap(text, font, size, self.width - indent):
            self._room(size * lead)
            self.y -= size * lead
            self.pdf.text(self.x + indent, self.y, line, font, size)

    def bullet(self, text: str, size: float = 10) -> None:
        lines = wrap(text, "F1", size, self.width - 11)
        for i, line in enumerate(lines):
            self._room(size * 1.3)
            self.y -= size * 1.3
            if i == 0:
                self.pdf.text(self.x + 1, self.y, "•", "F1", size)
            self.pdf.text(self.x + 11, self.y, line, "F1", size)

    def heading(self, text: str, size: float = 11) -> None:
        self._room(size * 3)
        self.y -= size * 1.2
        self.pdf.text(self.x, self.y - size, text.upper(), "F2", size)
        self.y -= size * 1.5
        self.pdf.rule(self.x, self.x + self.width, self.y)
        self.y -= 2

    def items(self, items: Iterable[Item], size: float = 10) -> None:
        for item in items:
            if item.style == "heading":
                self.heading(item.text)
            elif item.style == "bullet":
                self.bullet(item.text, size)
            elif item.style == "strong":
                self.gap(3)
                self.para(item.text, "F2", size)
            elif item.style == "blank":
                self.gap(size * 0.4)
            elif item.style in ("text", "title", "contact"):
                self.para(item.text, "F1", size)


def _contact_parts(items: list[Item]) -> list[str]:
    parts: list[str] = []
    for item in items:
        if item.style == "contact":
            parts.extend(
                p.strip() for p in re.split(r"\s[|·]\s", item.text) if p.strip()
            )
    return parts


def make_pdf(items: list[Item], layout: str) -> bytes:
    name = next(it.text for it in items if it.style == "name")
    pdf = PdfWriter(name)
    pdf.new_page()
    top = sections(items)[0][1]
    title = next((it.text for it in top if it.style == "title"), "")
    if layout == "one":
        col = Column(pdf, 54, 504)
        col.para(name, "F2", 20, lead=1.0)
        if title:
            col.gap(6)
            col.para(title, "F1", 12)
        for item in top:
            if item.style == "contact":
                col.para(item.text, "F1", 9.5)
        for _heading, body in sections(items)[1:]:
            col.items(body)
        return pdf.to_bytes()
    # Two columns: a grey sidebar (contact, skills, certifications) on the left.
    pdf.fill_rect(0, 0, 200, PdfWriter.HEIGHT, 0.93)
    side = Column(pdf, 24, 160, on_new_page=False)
    main = Column(pdf, 220, 352)
    main.para(name, "F2", 22, lead=1.0)
    if title:
        main.gap(6)
        main.para(title, "F1", 12)
    side.heading("Contact", 10)
    for part in _contact_parts(top):
        side.para(part, "F1", 8.5)
    for heading, body in sections(items)[1:]:
        target = side if heading.lower() in SIDEBAR else main
        size = 8.5 if target is side else 10
        for item in body:
            if item.style == "heading":
                target.heading(item.text, 10 if target is side else 11)
            elif target is side and item.style == "text":
                for piece in _split_list(item.text):
                    target.bullet(piece, size)
            else:
                target.items([item], size)
    return pdf.to_bytes()


# -- DOCX ------------------------------------------------------------------------------


def make_docx(items: list[Item], layout: str) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.author = "gapcheck samples"
    props.last_modified_by = "gapcheck samples"
    props.created = props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    parts = sections(items)
    top = parts[0][1]
    name = next(it.text for it in top if it.style == "name")
    title = next((it.text for it in top if it.style == "title"), "")
    contacts = [it.text for it in top if it.style == "contact"]
    if layout == "docx-header":
        header = document.sections[0].header
        header.paragraphs[0].text = name
        for line in contacts:
            header.add_paragraph(line)
        document.add_heading(title or name, level=1)
    else:
        document.add_heading(name, level=0)
        if title:
            document.add_paragraph(title)
        for line in contacts:
            document.add_paragraph(line)
    for heading, body in parts[1:]:
        document.add_heading(heading.capitalize(), level=2)
        rest = [it for it in body if it.style not in ("heading", "blank")]
        if layout == "docx-table" and heading.lower() == "skills":
            skills = [s for it in rest for s in _split_list(it.text)]
            rows = (len(skills) + 2) // 3
            table = document.add_table(rows=rows, cols=3)
            table.style = "Table Grid"
            for i, skill in enumerate(skills):
                table.cell(i // 3, i % 3).text = skill
            continue
        for item in rest:
            if item.style == "bullet":
                document.add_paragraph(item.text, style="List Bullet")
            elif item.style == "strong":
                document.add_paragraph().add_run(item.text).bold = True
            else:
                document.add_paragraph(item.text)
    raw = io.BytesIO()
    document.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """Re-pack a ZIP with fixed timestamps so the bytes do not change run to run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# -- main ------------------------------------------------------------------------------


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for source, (target, layout) in PDF_JOBS.items():
        path = out_dir / target
        path.write_bytes(make_pdf(read_source(HERE / source), layout))
        written.append(path)
    for source, (target, layout) in DOCX_JOBS.items():
        path = out_dir / target
        path.write_bytes(make_docx(read_source(HERE / source), layout))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder")
    args = parser.parse_args()
    for path in build(args.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
