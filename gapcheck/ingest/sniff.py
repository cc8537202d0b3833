"""Tell a file's real type from its bytes, never from its name.

:func:`sniff_bytes` looks at magic numbers and container contents (a ZIP holding
``word/document.xml`` is a Word document, one holding ``xl/workbook.xml`` a
spreadsheet). Text is classified after decoding by :func:`classify_text` (HTML, JSON,
Markdown or plain text). Nothing here raises: the facade decides what is an error.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass

__all__ = [
    "EXTENSION_KINDS",
    "SUPPORTED",
    "Sniffed",
    "classify_text",
    "describe",
    "looks_binary",
    "sniff_bytes",
]

#: Kinds gapcheck can read.
SUPPORTED = frozenset({"pdf", "docx", "html", "json", "md", "txt"})

#: What a file's extension promises.
EXTENSION_KINDS: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".doc": "doc",
    ".dot": "doc",
    ".rtf": "rtf",
    ".odt": "odt",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonld": "json",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".gif": "gif",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".webp": "webp",
    ".bmp": "bmp",
    ".heic": "heic",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".pages": "pages",
}

#: Human names, used in messages ("the bytes look like <...>").
_NAMES: dict[str, str] = {
    "pdf": "a PDF",
    "docx": "a Word document (.docx)",
    "doc": "a legacy Word document (.doc)",
    "xls": "a legacy Excel workbook (.xls)",
    "ppt": "a legacy PowerPoint file (.ppt)",
    "ole2": "a legacy Microsoft Office file",
    "encrypted-office": "a password-protected Office document",
    "xlsx": "an Excel workbook (.xlsx)",
    "pptx": "a PowerPoint presentation (.pptx)",
    "odt": "an OpenDocument text file (.odt)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "odp": "an OpenDocument presentation (.odp)",
    "epub": "an EPUB e-book",
    "pages": "an Apple Pages document",
    "zip": "a ZIP archive",
    "docx-corrupt": "a damaged Word document",
    "zip-corrupt": "a damaged ZIP archive",
    "rtf": "a Rich Text Format file (.rtf)",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "bmp": "a BMP image",
    "tiff": "a TIFF image",
    "webp": "a WebP image",
    "heic": "a HEIC image",
    "gzip": "a gzip archive",
    "7z": "a 7-Zip archive",
    "rar": "a RAR archive",
    "executable": "a program",
    "xml": "an XML file",
    "html": "an HTML page",
    "json": "a JSON file",
    "md": "Markdown text",
    "txt": "plain text",
    "text": "text",
    "binary": "binary data, not a document",
    "empty": "an empty file",
}

_IMAGES = frozenset({"png", "jpeg", "gif", "bmp", "tiff", "webp", "heic"})

#: For each unsupported kind, what the user should do.
_FIXES: dict[str, str] = {
    "doc": "open it in Word or LibreOffice and save it as .docx or PDF",
    "xls": "a resume or posting should be a document: save it as .docx or PDF",
    "ppt": "save it as PDF (with text) or .docx",
    "ole2": "open it in Word or LibreOffice and save it as .docx or PDF",
    "xlsx": "a resume or posting should be a document: save it as .docx or PDF",
    "pptx": "save it as PDF (with text) or .docx",
    "odt": "save it as .docx or PDF (File > Save As in LibreOffice)",
    "ods": "a resume or posting should be a document: save it as .docx or PDF",
    "odp": "save it as PDF (with text) or .docx",
    "epub": "export it as PDF or .docx",
    "pages": "export it from Pages as PDF or Word (.docx)",
    "zip": "unpack it and give gapcheck the PDF, DOCX or text file inside",
    "zip-corrupt": "the file is damaged; export it again as PDF or .docx",
    "rtf": "open it in Word or LibreOffice and save it as .docx or PDF",
    "gzip": "unpack it and give gapcheck the document inside",
    "7z": "unpack it and give gapcheck the document inside",
    "rar": "unpack it and give gapcheck the document inside",
    "executable": "give gapcheck a PDF, DOCX, HTML, Markdown or text file",
    "xml": "give gapcheck the document as PDF, DOCX, HTML or text",
    "binary": "give gapcheck a PDF, DOCX, HTML, Markdown or text file",
}
_IMAGE_FIX = (
    "export the document as a PDF with real text (not a scan or photo), "
    "or run OCR on the image first"
)


@dataclass(frozen=True)
class Sniffed:
    """What the bytes are. ``kind == "text"`` means: decode, then
    :func:`classify_text`."""

    kind: str
    detail: str = ""  # extra facts, e.g. the ZIP members that decided


def describe(kind: str) -> str:
    """Human name of a kind: ``describe("doc")`` -> ``"a legacy Word document..."``."""
    return _NAMES.get(kind, f"a {kind} file")


def fix_for(kind: str) -> str:
    """What to do with a file of an unsupported ``kind``."""
    if kind in _IMAGES:
        return _IMAGE_FIX
    return _FIXES.get(kind, _FIXES["binary"])


def is_image(kind: str) -> bool:
    return kind in _IMAGES


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff_bytes(data: bytes) -> Sniffed:
    """The real kind of ``data``: pdf, docx, other zips, images, ``text``..."""
    if not data:
        return Sniffed("empty")
    head = data[:1024]
    if b"%PDF-" in head:
        return Sniffed("pdf")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if data.startswith(_OLE2):
        return _sniff_ole2(data)
    if data.startswith(b"{\\rtf"):
        return Sniffed("rtf")
    magic = _magic(data)
    if magic:
        return Sniffed(magic)
    if looks_binary(data):
        return Sniffed("binary")
    return Sniffed("text")


def _magic(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "heic"
    if data.startswith(b"BM") and len(data) > 26 and looks_binary(data[:512]):
        return "bmp"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if data.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if data.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if data.startswith((b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")):
        return "executable"
    if data.startswith(b"MZ") and looks_binary(data[:512]):
        return "executable"
    return None


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = ""
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        # Truncated or damaged: say what it was meant to be when we can tell.
        if b"word/" in data[:65536]:
            return Sniffed("docx-corrupt")
        return Sniffed("zip-corrupt")
    if "word/document.xml" in names:
        return Sniffed("docx")
    if "xl/workbook.xml" in names:
        return Sniffed("xlsx")
    if "ppt/presentation.xml" in names:
        return Sniffed("pptx")
    if mimetype.startswith("application/vnd.oasis.opendocument."):
        sub = mimetype.rsplit(".", 1)[-1]
        return Sniffed({"text": "odt", "spreadsheet": "ods"}.get(sub, "odp"))
    if mimetype == "application/epub+zip":
        return Sniffed("epub")
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return Sniffed("pages")
    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return Sniffed("docx-corrupt", "word/document.xml missing")
    return Sniffed("zip", ", ".join(sorted(names)[:5]))


def _sniff_ole2(data: bytes) -> Sniffed:
    if _utf16("EncryptedPackage") in data:
        return Sniffed("encrypted-office")
    if _utf16("WordDocument") in data:
        return Sniffed("doc")
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return Sniffed("xls")
    if _utf16("PowerPoint Document") in data:
        return Sniffed("ppt")
    return Sniffed("ole2")


_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}


def looks_binary(data: bytes, *, sample: int = 8192) -> bool:
    """True for bytes that are not text in any encoding gapcheck reads.

    UTF-16/32 text (with or without a BOM) has NUL bytes in a regular pattern and is
    not binary; otherwise a NUL byte, or more than 2% control bytes, is.
    """
    chunk = data[:sample]
    if not chunk:
        return False
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(chunk):
        return False
    controls = sum(1 for b in chunk if b in _CONTROL)
    return b"\x00" in chunk or controls > max(1, len(chunk) // 50)


def _utf16_without_bom(chunk: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``chunk`` looks like BOM-less UTF-16."""
    if len(chunk) < 8 or len(chunk) % 2:
        return None
    even, odd = chunk[0::2], chunk[1::2]
    half = len(chunk) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


_HTML_TAG = re.compile(
    r"<(?:html|head|body|div|p|ul|ol|li|h[1-6]|br|span|table|tr|td|meta|title|"
    r"section|article|strong|b|em|a)\b[^>]*>",
    re.I,
)
_MD_SIGNALS = (
    re.compile(r"^#{1,6} \S", re.M),  # ATX heading
    re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),  # bold
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # link
    re.compile(r"^```", re.M),  # fence
    re.compile(r"^\S[^\n]*\n(?:=+|-{3,})\s*$", re.M),  # setext heading
    re.compile(r"^> \S", re.M),  # quote
)


def classify_text(text: str) -> str:
    """``html``, ``json``, ``xml``, ``md`` or ``txt`` for decoded text."""
    start = text.lstrip("\ufeff \t\r\n")[:4096]
    low = start.lower()
    if low.startswith(("<!doctype html", "<html")) or (
        low.startswith("<") and len(_HTML_TAG.findall(start)) >= 2
    ):
        return "html"
    if low.startswith("<?xml"):
        return "html" if "<html" in low else "xml"
    if start[:1] in "{[" and start:
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            return "json"
    if len(_HTML_TAG.findall(start)) >= 4 and "</" in start:
        return "html"
    signals = sum(1 for pattern in _MD_SIGNALS if pattern.search(text[:65536]))
    if signals >= 2 or (signals == 1 and _MD_SIGNALS[0].search(text[:65536])):
        return "md"
    return "txt"
