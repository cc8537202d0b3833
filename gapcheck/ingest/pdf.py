"""Read a PDF into text in reading order plus layout facts (ingest stage, PDF path).

``read_pdf(data, source)`` uses pdfium (pypdfium2) for characters and page objects and
does its own layout analysis (:mod:`gapcheck.ingest.pdf_layout`): spaces inferred from
glyph gaps, lines from baselines, column gutters found from word positions. It keeps
side-by-side columns apart whatever order the content stream draws them in (as
poppler's ``pdftotext`` does; pdfium's own text follows the stream), and spaces words
from glyph gaps on exports that write no space glyphs. It costs ~7-9 ms CPU a page
on wkhtmltopdf and LaTeX resumes (~20 on Chromium exports), about 1.35-1.55x
``pdftotext`` (poppler 22.12) run once per file (start-up included) on the first
two: ~2-4 ms of it pdfium's own page and text-page load, then one ctypes call per
glyph and two per page object, and the layout. See ``benchmarks/README.md`` ("PDF
text extraction").

Text contract: one line per visual line, words separated by single spaces, blocks
(paragraph groups, column segments, pages) separated by one blank line. The text is
NOT glyph-normalized here; the ``read_document`` facade does that.

Warnings (``Notice`` codes):

- ``W201`` pages beyond ``max_pages`` were not read
- ``W202`` multi-column layout (many ATS read it in the wrong order)
- ``W203`` text in the header/footer band (some ATS drop it)
- ``W204`` some pages have no text layer (scanned images)
- ``W205`` ruled tables (many ATS scramble table cells)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from gapcheck.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    NoTextLayer,
)
from gapcheck.ingest.pdf_layout import layout_page
from gapcheck.records import Layout, Notice

__all__ = ["PdfText", "read_pdf"]

_ENCRYPTED_FIX = "remove the password, e.g. print to a new PDF, and try again"
_CORRUPT_FIX = (
    "open it in a PDF viewer and save or print it to a new PDF, then try again"
)
_SCANNED_FIX = "run OCR (e.g. ocrmypdf) or export the original document to PDF again"


#: pdfium is not thread-safe: one document at a time per process (batch runs that
#: want parallelism use processes).
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PdfText:
    """What :func:`read_pdf` returns: text in reading order, layout facts, warnings."""

    text: str
    layout: Layout
    warnings: tuple[Notice, ...] = ()


def read_pdf(data: bytes, source: str, *, max_pages: int = 30) -> PdfText:
    """Read PDF bytes into text in reading order, layout facts and warnings.

    Raises :class:`~gapcheck.errors.EncryptedDocument`,
    :class:`~gapcheck.errors.CorruptDocument`, :class:`~gapcheck.errors.NoTextLayer`
    (images but no text: needs OCR) or :class:`~gapcheck.errors.EmptyDocument`.

    >>> read_pdf(open("resume.pdf", "rb").read(), "resume.pdf").text  # doctest: +SKIP
    """
    import gc

    import pypdfium2 as pdfium

    # The cyclic garbage collector is paused while a document is read (and
    # collects whatever cycles there are once it resumes): the reader makes
    # thousands of short-lived objects a page (words, rows), and in a process that
    # holds a language model each collection walks millions of objects (measured
    # on livecareer: 0.75 ms/page of 13 with 2 million objects alive, 0.16 ms/page
    # in a bare process).
    collecting = gc.isenabled()
    try:
        with _PDFIUM_LOCK:
            gc.disable()
            return _read(data, source, max_pages)
    except pdfium.PdfiumError as exc:  # what pdfium raises for a damaged file
        raise CorruptDocument(
            f"the PDF could not be read ({exc})".replace("\n", " "),
            path=source,
            fix=_CORRUPT_FIX,
        ) from exc
    # Anything else is a bug in gapcheck: it propagates (the CLI reports it as
    # E999 and asks for a bug report), never disguised as the user's corrupt file.
    finally:
        if collecting:
            gc.enable()


def _open(data: bytes, source: str) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not data.lstrip()[:1024].count(b"%PDF"):
        raise CorruptDocument("not a PDF file (no %PDF header)", path=source,
                              fix=_CORRUPT_FIX)  # fmt: skip
    try:
        return pdfium.PdfDocument(bytes(data))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedDocument(
                "the PDF is encrypted with a password", path=source, fix=_ENCRYPTED_FIX
            ) from exc
        raise CorruptDocument(
            "the PDF is damaged or truncated and cannot be opened",
            path=source,
            fix=_CORRUPT_FIX,
        ) from exc


def _read(data: bytes, source: str, max_pages: int) -> PdfText:
    import pypdfium2.raw as pdfium_c

    from gapcheck.ingest.pdf_chars import page_chars, page_objects
    from gapcheck.ingest.pdf_tables import count_tables

    doc = _open(data, source)
    try:
        total = len(doc)
        if total <= 0:
            raise CorruptDocument("the PDF has no pages", path=source, fix=_CORRUPT_FIX)
        n_pages = min(total, max(1, max_pages))
        page_texts: list[str] = []
        header_footer: list[str] = []
        band_other: list[list[str]] = []
        fonts: set[str] = set()
        images = tables = icons = words = 0
        columns, multi = 1, 0
        scanned: list[int] = []
        unreadable = 0
        glyphs: dict[int, float] = {}  # glyph gaps measured page by page
        for index in range(n_pages):
            # Raw pdfium handles, opened and closed here: pypdfium2's page and text
            # page objects add ~0.1 ms a page of bookkeeping (finalizers, kids).
            page = pdfium_c.FPDF_LoadPage(doc, index)
            textpage = pdfium_c.FPDFText_LoadPage(page) if page else None
            if not textpage:
                # A damaged page costs that page, not the document.
                unreadable += 1
                if page:
                    pdfium_c.FPDF_ClosePage(page)
                continue
            try:
                chars = page_chars(page, textpage)
                objects = page_objects(page)
                # Layout before closing: freeing the page's objects evicts the
                # CPU caches the Python code has just warmed (measured ~0.5 ms).
                ruled = len(objects.hlines) >= 2 and len(objects.vlines) >= 3
                laid = layout_page(
                    chars,
                    first=not page_texts,
                    dots=objects.dots,
                    rules=(objects.hlines, objects.vlines) if ruled else (),
                    glyphs=glyphs,
                )
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
                pdfium_c.FPDF_ClosePage(page)
            images += objects.images
            fonts |= chars.fonts
            icons += chars.icon_glyphs
            words += laid.words
            if len(objects.hlines) >= 3 and len(objects.vlines) >= 3:
                # (a grid needs 3+ rules each way: word centres only then)
                tables += count_tables(objects.hlines, objects.vlines,
                                       laid.centres())  # fmt: skip
            if laid.words == 0:
                if objects.images:
                    scanned.append(index + 1)
                continue
            columns = max(columns, laid.columns)
            multi += laid.columns > 1
            header_footer.extend(laid.header_footer)
            band_other.append(laid.band_other)
            page_texts.append("\n\n".join("\n".join(b) for b in laid.blocks if b))
        producer = _metadata(doc, "Producer") or _metadata(doc, "Creator")
    finally:
        doc.close()

    if unreadable == n_pages:
        raise CorruptDocument("no page of the PDF can be read", path=source,
                              fix=_CORRUPT_FIX)  # fmt: skip
    if words == 0:
        if images:
            raise NoTextLayer(
                "this PDF is scanned images with no text layer",
                path=source,
                fix=_SCANNED_FIX,
            )
        raise EmptyDocument(
            "the PDF has no text and no images",
            path=source,
            fix="export the resume to PDF again from the original document",
        )
    header_footer.extend(_repeated(band_other))
    warnings = _warnings(total, n_pages, multi, header_footer, scanned, tables)
    layout = Layout(
        pages=total,
        columns=columns,
        multi_column_pages=multi,
        tables=tables,
        images=images,
        header_footer_text=tuple(dict.fromkeys(header_footer)),
        fonts=tuple(sorted(fonts)),
        icon_glyphs=icons,
        has_text_layer=True,
        producer=producer,
        words=words,
    )
    return PdfText(text="\n\n".join(t for t in page_texts if t), layout=layout,
                   warnings=warnings)  # fmt: skip


def _repeated(per_page: list[list[str]]) -> list[str]:
    """Band lines that recur (digits aside) on at least two pages."""
    import re

    pages: dict[str, int] = {}
    for lines in per_page:
        for key in {re.sub(r"\d+", "#", line) for line in lines}:
            pages[key] = pages.get(key, 0) + 1
    return [
        line
        for lines in per_page
        for line in lines
        if pages[re.sub(r"\d+", "#", line)] >= 2
    ]


def _metadata(doc: Any, key: str) -> str | None:
    try:
        value = doc.get_metadata_value(key)
    except Exception:
        return None
    value = (value or "").strip()
    return value or None


def _warnings(
    total: int,
    read: int,
    multi: int,
    header_footer: list[str],
    scanned: list[int],
    tables: int,
) -> tuple[Notice, ...]:
    out: list[Notice] = []
    if total > read:
        out.append(Notice("W201", f"pages beyond {read} were not read "
                                  f"({total} pages in the file)"))  # fmt: skip
    if multi:
        out.append(Notice("W202", f"multi-column layout on {multi} page(s): many ATS "
                                  "read it in the wrong order"))  # fmt: skip
    if header_footer:
        sample = header_footer[0][:60]
        out.append(Notice("W203", f"text in the header/footer band (e.g. {sample!r}): "
                                  "some ATS drop it"))  # fmt: skip
    if scanned:
        pages = ", ".join(map(str, scanned[:10]))
        out.append(Notice("W204", f"page(s) {pages} are images with no text layer: "
                                  "their text cannot be read without OCR"))  # fmt: skip
    if tables:
        out.append(Notice("W205", f"{tables} ruled table(s): many ATS scramble "
                                  "table cells"))  # fmt: skip
    return tuple(out)
