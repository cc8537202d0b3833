"""The ingest stage: a file becomes a :class:`~gapcheck.records.Document`.

``read_document(path)`` reads a file; ``read_bytes(data, source)`` reads bytes already
in memory. The real type is sniffed from the bytes (:mod:`.sniff`), never trusted from
the extension; every reader's text goes through :func:`normalize_text`, the text
contract of ``Document.text`` (:mod:`.normalize`).

Warning codes (``Document.warnings``; stable):

====== ================================================================================
W101   the text was longer than :data:`MAX_CHARS` and was cut
W102   the text file is not UTF-8; it was decoded with a guessed encoding
W103   the extension disagrees with the bytes; the file was read as its real type
W105   DOCX text boxes (many ATS skip them)
W106   DOCX header/footer text (some ATS ignore it)
W301   the text does not look English; gapcheck's models are trained on English
====== ================================================================================

Errors (all :class:`~gapcheck.errors.InputError`): ``FileNotReadable`` (missing,
directory, permission), ``FileTooLarge``, ``EmptyDocument``, ``UnsupportedFormat``
(legacy .doc, spreadsheets, images, archives, binary data), ``MislabelledFile``
(e.g. a ``.pdf`` whose bytes are something unreadable), ``CorruptDocument``,
``EncryptedDocument``, ``EncodingError``; the PDF reader adds ``NoTextLayer``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import PurePath

from gapcheck.errors import (
    CorruptDocument,
    EmptyDocument,
    EncodingError,
    EncryptedDocument,
    InputError,
    MislabelledFile,
    UnsupportedFormat,
)
from gapcheck.ingest.files import _too_large, _unreadable, open_file
from gapcheck.ingest.lang import detect_language
from gapcheck.ingest.normalize import normalize_text, normalize_with_stats
from gapcheck.ingest.sniff import (
    EXTENSION_KINDS,
    SUPPORTED,
    classify_text,
    describe,
    fix_for,
    is_image,
    sniff_bytes,
)
from gapcheck.ingest.text import decode_text
from gapcheck.paths import MAX_BYTES_VARIABLE
from gapcheck.records import Document, Layout, Notice, PostingData

__all__ = [
    "MAX_BYTES",
    "MAX_BYTES_VARIABLE",
    "MAX_CHARS",
    "WARNING_CODES",
    "max_bytes_setting",
    "normalize_text",
    "normalize_with_stats",
    "open_file",
    "parse_size",
    "read_bytes",
    "read_document",
    "read_file_bytes",
]

#: Default size limit of an input file.
MAX_BYTES = 10 * 2**20
#: Text longer than this is cut (a resume is ~5,000 characters; a posting ~8,000).
MAX_CHARS = 200_000
#: Words per page when a page count has to be estimated.
WORDS_PER_PAGE = 500

W_TRUNCATED = "W101"
W_ENCODING = "W102"
W_MISLABELLED = "W103"
W_NOT_ENGLISH = "W301"

WARNING_CODES: dict[str, str] = {
    W_TRUNCATED: "text longer than the limit was cut",
    W_ENCODING: "text file not in UTF-8; decoded with a guessed encoding",
    W_MISLABELLED: "extension disagrees with the bytes; read as the real type",
    "W105": "DOCX text boxes, which many ATS skip",
    "W106": "DOCX header/footer text, which some ATS ignore",
    W_NOT_ENGLISH: "text does not look English",
}

_TEXT_FAMILY = frozenset({"txt", "md"})
_EXT_NAMES = {"pdf": "PDF", "docx": "Word document", "html": "HTML page"}


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}


def parse_size(text: str) -> int:
    """``"20M"`` -> 20971520; bytes, or K/M/G (binary units, optional ``B``)."""
    match = _SIZE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise InputError(
            f"{text!r} is not a size",
            fix="give bytes or a size such as 500K or 20M",
        )
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def max_bytes_setting() -> int:
    """The size limit of an input file: ``$GAPCHECK_MAX_BYTES``, else 10 MB."""
    value = os.environ.get(MAX_BYTES_VARIABLE, "").strip()
    if not value:
        return MAX_BYTES
    try:
        return parse_size(value)
    except InputError as err:
        raise InputError(
            f"{MAX_BYTES_VARIABLE}={value!r} is not a size", fix=err.fix
        ) from None


def read_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    max_pages: int = 30,
) -> Document:
    """Read a resume or posting file (PDF, DOCX, HTML, JSON, Markdown, text).

    ``max_bytes`` defaults to :func:`max_bytes_setting` (10 MB unless
    ``$GAPCHECK_MAX_BYTES`` says otherwise)."""
    source = os.fspath(path)
    data = read_file_bytes(source, max_bytes=max_bytes)
    return read_bytes(data, source, max_pages=max_pages)


def read_file_bytes(
    path: str | os.PathLike[str], *, max_bytes: int | None = None
) -> bytes:
    """The bytes of the file at ``path``; a folder, a missing or unreadable file, or
    one over ``max_bytes`` raises the coded error every command reports (E101, E108)."""
    source = os.fspath(path)
    if max_bytes is None:
        max_bytes = max_bytes_setting()
    with open_file(source, max_bytes=max_bytes) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as err:
            raise _unreadable(source, err) from None
    if len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    return data


def _expected(source: str, declared: str | None) -> str | None:
    if declared:
        key = declared.lower()
        key = key if key.startswith(".") else "." + key
        return EXTENSION_KINDS.get(key, declared.lower().lstrip("."))
    suffix = PurePath(source).suffix.lower()
    return EXTENSION_KINDS.get(suffix)


def read_bytes(
    data: bytes,
    source: str,
    *,
    declared: str | None = None,
    max_pages: int = 30,
) -> Document:
    """Read a document from ``data``; ``source`` names it in messages.

    ``declared`` is the type the caller was told (``"pdf"``, ``".docx"``...); by default
    the extension of ``source``. The bytes decide the type; a disagreement is a warning
    (W103) when the real type is readable, a :class:`MislabelledFile` error otherwise.
    """
    expected = _expected(source, declared)
    if not data.strip():
        raise EmptyDocument(
            "is empty" if not data else "contains only whitespace",
            path=source,
            fix="check that you picked the right file, or export the document again",
        )
    kind = sniff_bytes(data).kind
    text: str | None = None
    warnings: list[Notice] = []
    if kind == "text":
        try:
            decoded = decode_text(data, source)
        except EncodingError:
            if expected is not None and expected not in _TEXT_FAMILY | {"html", "json"}:
                raise _mislabelled(
                    source, expected, "text in an unknown encoding"
                ) from None
            raise
        text = decoded.text
        kind = _refine(classify_text(text), expected, text)
        if not decoded.encoding.startswith(("utf-8", "utf-16", "utf-32", "ascii")):
            warnings.append(
                Notice(
                    W_ENCODING,
                    f"not UTF-8; read as {decoded.encoding}: if characters look wrong, "
                    "re-save the file as UTF-8",
                )
            )
    _check_kind(kind, expected, source)
    if expected and expected != kind and not {kind, expected} <= _TEXT_FAMILY:
        warnings.append(
            Notice(
                W_MISLABELLED,
                f"named {PurePath(source).suffix or expected} but is {describe(kind)}; "
                f"read as such (rename it to .{_EXTENSION.get(kind, kind)})",
            )
        )
    doc = _read_kind(kind, data, text, source, max_pages)
    return _finish(doc, data, warnings)


def _refine(kind: str, expected: str | None, text: str) -> str:
    """Settle close calls between text kinds in favour of the extension."""
    if expected == "md" and kind in ("txt", "html"):
        # Markdown may start with inline HTML (<p align="center">); a real page
        # starts with a doctype or <html>.
        head = text.lstrip()[:200].lower()
        if not head.startswith(("<!doctype", "<html")):
            return "md"
    if expected == "html" and kind in _TEXT_FAMILY and _has_tag(text):
        return "html"
    if expected == "json" and kind in _TEXT_FAMILY and text.lstrip()[:1] in "{[":
        return "json"  # meant to be JSON but broken: say so (CorruptDocument)
    return kind


def _has_tag(text: str) -> bool:
    return _TAG.search(text[:65536]) is not None


_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")


_EXTENSION = {"txt": "txt", "md": "md", "html": "html", "json": "json"}


def _mislabelled(
    source: str, expected: str, looks_like: str, fix: str | None = None
) -> MislabelledFile:
    """``resume.pdf: is not a PDF (the bytes look like ...); <fix>``. Without a
    ``fix`` for the real kind: export again or rename."""
    name = _EXT_NAMES.get(expected, describe(expected))
    article = "a " if name[0].isupper() else ""
    suffix = PurePath(source).suffix or "." + expected
    return MislabelledFile(
        f"is not {article}{name} (the bytes look like {looks_like})",
        path=source,
        fix=fix
        or f"export it again as {suffix.lstrip('.').upper()} or rename it to its "
        "real type",
    )


def _check_kind(kind: str, expected: str | None, source: str) -> None:
    """Raise the right error for bytes gapcheck cannot read."""
    if kind in SUPPORTED:
        return
    if kind == "encrypted-office":
        raise EncryptedDocument(
            "is a password-protected Office document",
            path=source,
            fix="remove the password (Word: File > Info > Protect Document) and save "
            "it again, or export it as PDF",
        )
    if kind == "docx-corrupt":
        raise CorruptDocument(
            "is a damaged or truncated Word document",
            path=source,
            fix="open it in Word or LibreOffice and save it again, or export it as PDF",
        )
    if expected is not None and expected != kind and expected in SUPPORTED:
        known = kind not in ("binary", "zip", "zip-corrupt")
        raise _mislabelled(
            source, expected, describe(kind), fix_for(kind) if known else None
        )
    if is_image(kind):
        raise UnsupportedFormat(
            f"is {describe(kind)}, not a document", path=source, fix=fix_for(kind)
        )
    if kind == "binary":
        raise UnsupportedFormat(
            "is binary data, not a document", path=source, fix=fix_for(kind)
        )
    raise UnsupportedFormat(
        f"is {describe(kind)}, which gapcheck cannot read",
        path=source,
        fix=fix_for(kind),
    )


@dataclass(frozen=True)
class _Read:
    """What a format reader produced, before normalization."""

    format: str
    source: str
    text: str
    layout: Layout | None = None
    warnings: tuple[Notice, ...] = ()
    posting: PostingData | None = None


def _read_kind(
    kind: str, data: bytes, text: str | None, source: str, max_pages: int
) -> _Read:
    if kind == "pdf":
        return _read_pdf(data, source, max_pages)
    if kind == "docx":
        from gapcheck.ingest.docx import read_docx

        docx = read_docx(data, source)
        return _Read(kind, source, docx.text, docx.layout, docx.warnings)
    assert text is not None
    if kind == "html":
        from gapcheck.ingest.html import read_html

        page = read_html(text)
        layout = Layout(tables=page.tables, images=page.images)
        return _Read(kind, source, page.text, layout, (), page.posting_data)
    if kind == "json":
        from gapcheck.ingest.html import read_json

        try:
            parsed = json.loads(text)
        except (ValueError, RecursionError):
            raise CorruptDocument(
                "is not valid JSON",
                path=source,
                fix="check the file, or save it as text",
            ) from None
        body, posting = read_json(parsed)
        return _Read(kind, source, body, None, (), posting)
    if kind == "md":
        from gapcheck.ingest.text import markdown_to_text

        return _Read(kind, source, markdown_to_text(text))
    return _Read("txt", source, text)


def _read_pdf(data: bytes, source: str, max_pages: int) -> _Read:
    from gapcheck.ingest.pdf import read_pdf

    # read_pdf turns what pdfium raises for a damaged file into CorruptDocument;
    # anything else is a bug in gapcheck and must not be reported as the user's file.
    pdf = read_pdf(data, source, max_pages=max_pages)
    return _Read("pdf", source, pdf.text, pdf.layout, tuple(pdf.warnings))


def _finish(read: _Read, data: bytes, warnings: list[Notice]) -> Document:
    # Normalization never grows text by much; cutting first bounds its cost.
    text, stats = normalize_with_stats(read.text[: 4 * MAX_CHARS])
    source = read.source
    if not text.strip():
        raise EmptyDocument(
            f"contains no text ({read.format})",
            path=source,
            fix="check that you picked the right file, or export the document again "
            "with its text",
        )
    warnings = [*warnings, *read.warnings]
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS].rstrip()
        warnings.append(
            Notice(
                W_TRUNCATED,
                f"the text is longer than {MAX_CHARS:,} characters and was cut there; "
                "a resume or posting is usually under 20,000",
            )
        )
    words = len(text.split())
    layout = read.layout or Layout()
    if read.format == "pdf":
        layout = dataclasses.replace(layout, words=layout.words or words)
    else:
        layout = dataclasses.replace(
            layout,
            words=words,
            icon_glyphs=max(layout.icon_glyphs, stats.icon_glyphs),
            pages=layout.pages
            if read.format == "docx"
            else max(1, math.ceil(words / WORDS_PER_PAGE)),
        )
    guess = detect_language(text)
    if not guess.is_english:
        warnings.append(
            Notice(
                W_NOT_ENGLISH,
                f"the text looks like {guess.name}, not English; gapcheck's models are "
                "trained on English, so skills and sections may be missed",
            )
        )
    return Document(
        source=source,
        format=read.format,
        text=text,
        layout=layout,
        warnings=tuple(warnings),
        posting_data=read.posting,
        sha256=hashlib.sha256(data).hexdigest(),
        language=guess.code,
    )
