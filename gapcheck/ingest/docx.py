"""Word (.docx) documents: text in document order, and the layout facts ATS care about.

The body XML is walked in order (``w:p``, ``w:tbl``, content controls ``w:sdt``,
``mc:AlternateContent``), so tables and text boxes land where they are anchored:

- paragraphs: one line each (``w:br`` breaks the line); list paragraphs (direct or
  style numbering) start with ``• ``; a blank line goes before headings and before
  a paragraph with 6 pt or more space before it (its own or its style's), as the
  PDF export's vertical gap parts blocks.
- tables: row by row; a row of one-line cells becomes ``cell | cell``; cells holding
  several lines (layout tables: a sidebar beside the experience) become blocks
  separated by blank lines, left to right, except that a cell opening with larger
  type than anything in the row's other cells (the name over the main column) is
  read first. Merged cells are read once.
- text boxes (``w:txbxContent``, the ``mc:Choice`` branch of ``mc:AlternateContent``,
  its VML ``mc:Fallback`` only when there is no choice) are read once, as a block
  after the paragraph that anchors them, counted in ``Layout.text_boxes`` and warned
  about: many ATS skip them.
- headers and footers: their text goes first / last in the text and into
  ``Layout.header_footer_text``.
- deleted revisions, field codes and the hidden half of alternate content are
  skipped.

The XML is read with python-docx's hardened parser (no entities, no network), from
the ZIP directly, so templates (.dotx), macro-enabled (.docm) and Strict OOXML files
are read too: tags are matched by local name.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from gapcheck.errors import CorruptDocument, FileTooLarge
from gapcheck.ingest.normalize import normalize_text
from gapcheck.records import Layout, Notice

__all__ = ["DocxText", "read_docx"]

#: Uncompressed size above which a .docx is refused (a ZIP bomb, not a resume).
MAX_UNPACKED = 200 * 2**20

#: Space before a paragraph (twips) that sets it apart as a block, as a blank line
#: does: 6 pt, over half a line of body text.
SPACED = 120

W_TEXT_BOXES = "W105"
W_HEADER_FOOTER = "W106"

_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|subtitle)$", re.I)
_LIST_STYLE = re.compile(r"^list\s*(bullet|number)", re.I)


@dataclass(frozen=True)
class DocxText:
    text: str
    layout: Layout
    warnings: tuple[Notice, ...] = ()


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: Any, name: str) -> str | None:
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return None


def _child(el: Any, name: str) -> Any | None:
    for child in el:
        if _local(child) == name:
            return child
    return None


def _has_ancestor(node: Any, tag: str, stop: Any) -> bool:
    """True when an element named ``tag`` lies between ``node`` and ``stop``: a cell
    of a nested table, a text box inside a text box (each read by its own owner)."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if _local(parent) == tag:
            return True
        parent = parent.getparent()
    return False


@dataclass
class _Walker:
    """Walks WordprocessingML, collecting lines and layout counts."""

    list_styles: set[str] = field(default_factory=set)
    heading_styles: set[str] = field(default_factory=set)
    text_boxes: int = 0
    images: int = 0
    tables: int = 0
    page_breaks: int = 0
    fonts: set[str] = field(default_factory=set)
    theme_refs: set[str] = field(default_factory=set)
    #: type size (half-points) and space before (twips) of paragraph styles
    style_sizes: dict[str, int] = field(default_factory=dict)
    style_before: dict[str, int] = field(default_factory=dict)
    default_style: str = ""

    # -- blocks: body, cells, text boxes, headers --
    def blocks(self, parent: Any) -> list[str]:
        lines: list[str] = []
        for child in parent:
            tag = _local(child)
            if tag == "p":
                lines.extend(self.paragraph(child))
            elif tag == "tbl":
                self.tables += 1
                lines.extend(["", *self.table(child), ""])
            elif tag == "AlternateContent":
                branch = self._branch(child)
                if branch is not None:
                    lines.extend(self.blocks(branch))
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
                lines.extend(self.blocks(child))
        return lines

    def table(self, tbl: Any) -> list[str]:
        lines: list[str] = []
        for row in tbl.iter():
            if _local(row) != "tr" or _has_ancestor(row, "tbl", tbl):
                continue
            cells: list[list[str]] = []
            sizes: list[tuple[int, int]] = []  # (opening size, largest size)
            for cell in row.iter():
                if _local(cell) != "tc" or _has_ancestor(cell, "tc", row):
                    continue
                props = _child(cell, "tcPr")
                merge = _child(props, "vMerge") if props is not None else None
                if merge is not None and _attr(merge, "val") != "restart":
                    continue  # continuation of a vertically merged cell
                content = [ln for ln in self.blocks(cell) if ln.strip()]
                if content:
                    cells.append(content)
                    sizes.append(self._cell_sizes(cell))
            if cells and all(len(c) == 1 for c in cells):
                lines.append(" | ".join(c[0] for c in cells))
            else:
                for content in _title_cell_first(cells, sizes):
                    lines.extend([*content, ""])
        return lines

    def _cell_sizes(self, cell: Any) -> tuple[int, int]:
        """The type size (half-points) of a cell's first line of text, and the
        largest in the cell."""
        first, largest = 0, 0
        for p in cell.iter():
            if (
                _local(p) != "p"
                or not "".join(
                    t.text or "" for t in p.iter() if _local(t) == "t"
                ).strip()
            ):
                continue
            size = self._paragraph_size(p)
            first = first or size
            largest = max(largest, size)
        return first, largest

    def _paragraph_size(self, p: Any) -> int:
        """The largest type size (half-points) of a paragraph's runs with text:
        the run's own size, else its paragraph style's, else the default."""
        style, _, _ = self._paragraph_props(p)
        base = self.style_sizes.get(style, self.style_sizes.get("", 0))
        largest = 0
        for run in p.iter():
            if _local(run) != "r" or not any(_local(t) == "t" for t in run):
                continue
            size = base
            props = _child(run, "rPr")
            sz = _child(props, "sz") if props is not None else None
            if sz is not None and (_attr(sz, "val") or "").isdigit():
                size = int(_attr(sz, "val") or 0)
            largest = max(largest, size)
        return largest

    def paragraph(self, p: Any) -> list[str]:
        parts: list[str] = []
        boxes: list[list[str]] = []
        self._runs(p, parts, boxes)
        text = "".join(parts)
        style, numbered, outline = self._paragraph_props(p)
        lines: list[str] = []
        if text.strip():
            first, *rest = text.split("\n")
            if numbered or style in self.list_styles or _LIST_STYLE.match(style):
                first = "• " + first.lstrip()
            if (
                outline
                or style in self.heading_styles
                or _HEADING_STYLE.match(style)
                or self._space_before(p, style) >= SPACED
            ):
                lines.append("")
            lines.extend([first, *rest])
        else:
            lines.append("")  # an empty paragraph is vertical space
        for box in boxes:
            lines.extend(["", *box, ""])
        return lines

    def _space_before(self, p: Any, style: str) -> int:
        """The space before a paragraph (twips): its own, else its style's."""
        props = _child(p, "pPr")
        own = _before_of(props) if props is not None else None
        if own is not None:
            return own
        return self.style_before.get(style or self.default_style, 0)

    def _paragraph_props(self, p: Any) -> tuple[str, bool, bool]:
        props = _child(p, "pPr")
        if props is None:
            return "", False, False
        style_el = _child(props, "pStyle")
        style = (_attr(style_el, "val") or "") if style_el is not None else ""
        num = _child(props, "numPr")
        numbered = False
        if num is not None:
            num_id = _child(num, "numId")
            numbered = num_id is None or _attr(num_id, "val") not in ("0", None)
        outline = _child(props, "outlineLvl") is not None
        return style, numbered, outline

    def _runs(self, el: Any, parts: list[str], boxes: list[list[str]]) -> None:
        for child in el:
            tag = _local(child)
            if tag == "t":
                parts.append(child.text or "")
            elif tag in ("tab", "ptab"):
                parts.append("\t")  # a field separator (normalize keeps it)
            elif tag in ("br", "cr"):
                if _attr(child, "type") == "page":
                    self.page_breaks += 1
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "sym":
                code = _attr(child, "char") or ""
                if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) and int(code, 16) < 0x110000:
                    parts.append(chr(int(code, 16)))
            elif tag == "rFonts":
                self._font(child)
            elif tag in ("del", "moveFrom", "delText", "instrText", "pPr"):
                continue
            elif tag in ("drawing", "pict", "object"):
                self._drawing(child, boxes)
            elif tag == "AlternateContent":
                branch = self._branch(child)
                if branch is not None:
                    self._runs(branch, parts, boxes)
            else:
                self._runs(child, parts, boxes)

    def _drawing(self, el: Any, boxes: list[list[str]]) -> None:
        """Count pictures and read text boxes inside a drawing/VML shape."""
        for node in el.iter():
            tag = _local(node)
            if tag == "blip" or tag == "imagedata":
                self.images += 1
            elif tag == "txbxContent" and not _has_ancestor(node, "txbxContent", el):
                self.text_boxes += 1
                box = [ln for ln in self.blocks(node) if ln.strip()]
                if box:
                    boxes.append(box)

    @staticmethod
    def _branch(alt: Any) -> Any | None:
        """The branch of ``mc:AlternateContent`` to read: the first choice, else the
        fallback."""
        choice = _child(alt, "Choice")
        return choice if choice is not None else _child(alt, "Fallback")

    def _font(self, el: Any) -> None:
        for key in ("ascii", "hAnsi"):
            name = _attr(el, key)
            if name:
                self.fonts.add(name)
        for key in ("asciiTheme", "hAnsiTheme"):
            ref = _attr(el, key)
            if ref:
                self.theme_refs.add("major" if ref.startswith("major") else "minor")


def _size_of(node: Any) -> int:
    """The type size (half-points) a style or the document defaults set, or 0."""
    for props in node.iter():
        if _local(props) == "rPr":
            sz = _child(props, "sz")
            value = _attr(sz, "val") if sz is not None else None
            if value and value.isdigit():
                return int(value)
    return 0


def _before_of(props: Any) -> int | None:
    """The space before a paragraph (twips) its properties set, or None."""
    spacing = _child(props, "spacing")
    value = _attr(spacing, "before") if spacing is not None else None
    return int(value) if value and value.isdigit() else None


def _title_cell_first(
    cells: list[list[str]], sizes: list[tuple[int, int]]
) -> list[list[str]]:
    """The cells of a layout row (cells of several lines: a sidebar beside the main
    column) in reading order. A cell that opens with larger type than any other
    cell of the row holds is the page's title block (the person's name over the
    main column) and is read first, wherever it sits in the row; otherwise the
    cells are read left to right."""
    if len(cells) < 2:
        return cells
    for k, (first, _) in enumerate(sizes):
        others = [largest for j, (_, largest) in enumerate(sizes) if j != k]
        if k and first and all(first > 1.25 * largest for largest in others):
            return [cells[k], *cells[:k], *cells[k + 1 :]]
    return cells


def _zip_read(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return zf.read(name)
    except KeyError:
        return None


def _parse(data: bytes) -> Any:
    from docx.oxml.parser import parse_xml

    return parse_xml(data)


def _relationships(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """``(type suffix, part name)`` of the main document's relationships."""
    raw = _zip_read(zf, "word/_rels/document.xml.rels")
    if raw is None:
        return []
    out = []
    for rel in _parse(raw):
        kind = (_attr(rel, "Type") or "").rsplit("/", 1)[-1]
        target = _attr(rel, "Target") or ""
        if _attr(rel, "TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else "word/" + target
        out.append((kind, name))
    return out


def _styles(zf: zipfile.ZipFile, walker: _Walker) -> set[str]:
    """Learn list and heading styles; return the default fonts (document defaults
    and the Normal style), which text without explicit fonts is set in."""
    raw = _zip_read(zf, "word/styles.xml")
    if raw is None:
        return set()
    defaults = _Walker()
    based: dict[str, str] = {}
    for node in _parse(raw):
        tag = _local(node)
        if tag == "docDefaults":
            for sub in node.iter():
                if _local(sub) == "rFonts":
                    defaults._font(sub)
            size = _size_of(node)
            if size:
                walker.style_sizes.setdefault("", size)
        if tag != "style":
            continue
        style_id = _attr(node, "styleId") or ""
        parent = _child(node, "basedOn")
        if parent is not None and _attr(parent, "val"):
            based[style_id] = _attr(parent, "val") or ""
        size = _size_of(node)
        if size:
            walker.style_sizes[style_id] = size
        props = _child(node, "pPr")
        if props is not None:
            if _child(props, "numPr") is not None:
                walker.list_styles.add(style_id)
            if _child(props, "outlineLvl") is not None:
                walker.heading_styles.add(style_id)
            before = _before_of(props)
            if before is not None:
                walker.style_before[style_id] = before
        if (
            _attr(node, "default") in ("1", "true")
            and _attr(node, "type") == "paragraph"
        ):
            for sub in node.iter():
                if _local(sub) == "rFonts":
                    defaults._font(sub)
            if size:
                walker.style_sizes[""] = size
            walker.default_style = style_id
    for table in (walker.style_sizes, walker.style_before):
        for style_id in based:  # inherited from the style each is based on
            seen, at = {style_id}, style_id
            while at not in table and based.get(at) and based[at] not in seen:
                at = based[at]
                seen.add(at)
            if at in table and style_id not in table:
                table[style_id] = table[at]
    walker.theme_refs |= defaults.theme_refs
    return defaults.fonts


def _theme_fonts(
    zf: zipfile.ZipFile, rels: list[tuple[str, str]], refs: set[str]
) -> set[str]:
    fonts: set[str] = set()
    for kind, name in rels:
        if kind != "theme" or not refs:
            continue
        raw = _zip_read(zf, name)
        if raw is None:
            continue
        for node in _parse(raw).iter():
            if _local(node) in ("majorFont", "minorFont"):
                which = "major" if _local(node) == "majorFont" else "minor"
                latin = _child(node, "latin")
                face = _attr(latin, "typeface") if latin is not None else None
                if face and which in refs:
                    fonts.add(face)
    return fonts


def _pages(zf: zipfile.ZipFile) -> int | None:
    raw = _zip_read(zf, "docProps/app.xml")
    if raw is None:
        return None
    match = re.search(rb"<(?:\w+:)?Pages>\s*(\d+)\s*<", raw)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def read_docx(data: bytes, source: str) -> DocxText:
    """Read a .docx; raise :class:`CorruptDocument` when it cannot be read."""
    try:
        return _read(data, source)
    except (CorruptDocument, FileTooLarge):
        raise
    except Exception as err:
        raise CorruptDocument(
            f"the Word document is damaged ({type(err).__name__})",
            path=source,
            fix="open it in Word or LibreOffice and save it again as .docx or PDF",
        ) from None


def _read(data: bytes, source: str) -> DocxText:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        unpacked = sum(info.file_size for info in zf.infolist())
        if unpacked > MAX_UNPACKED:
            raise FileTooLarge(
                f"the Word document unpacks to {unpacked / 2**20:.0f} MB, more than "
                f"the {MAX_UNPACKED // 2**20} MB limit",
                path=source,
                fix="save it again from Word, or export it as PDF",
            )
        body_xml = _zip_read(zf, "word/document.xml")
        if body_xml is None:
            raise CorruptDocument(
                "the Word document has no main part (word/document.xml)",
                path=source,
                fix="open it in Word or LibreOffice and save it again as .docx",
            )
        walker = _Walker()
        default_fonts = _styles(zf, walker)
        root = _parse(body_xml)
        body = _child(root, "body")
        lines = walker.blocks(body if body is not None else root)
        rels = _relationships(zf)
        tops: list[str] = []
        bottoms: list[str] = []
        for kind, name in sorted(rels, key=lambda r: r[1]):
            if kind not in ("header", "footer"):
                continue
            raw = _zip_read(zf, name)
            if raw is None:
                continue
            block = normalize_text("\n".join(walker.blocks(_parse(raw))))
            target = tops if kind == "header" else bottoms
            if block and block not in target:
                target.append(block)
        fonts = walker.fonts | default_fonts | _theme_fonts(zf, rels, walker.theme_refs)
        pages = _pages(zf)

    body_text = normalize_text("\n".join(lines))
    text = "\n\n".join([*tops, body_text, *bottoms]).strip()
    words = len(text.split())
    if pages is None:
        pages = max(1, walker.page_breaks + 1, math.ceil(words / 500))
    warnings: list[Notice] = []
    if walker.text_boxes:
        warnings.append(
            Notice(
                W_TEXT_BOXES,
                f"{walker.text_boxes} text box(es): many ATS skip text in text boxes; "
                "move that text into the body of the document",
            )
        )
    if tops or bottoms:
        warnings.append(
            Notice(
                W_HEADER_FOOTER,
                "text in the page header/footer: some ATS ignore headers and footers; "
                "put contact details and anything important in the body",
            )
        )
    layout = Layout(
        pages=pages,
        tables=walker.tables,
        images=walker.images,
        text_boxes=walker.text_boxes,
        header_footer_text=tuple(tops + bottoms),
        fonts=tuple(sorted(fonts)),
        words=words,
    )
    return DocxText(text, layout, tuple(warnings))
