"""Plain text and Markdown: decoding bytes, and stripping Markdown markup.

Encoding: a BOM (UTF-8, UTF-16, UTF-32) wins; then BOM-less UTF-16; then strict
UTF-8; then Western first: Windows-1252 (a superset of Latin-1's letters), kept when
the bytes decode in it and charset-normalizer's mess detector finds the text clean
(:data:`WESTERN_MESS`); only then charset-normalizer's best guess (Cyrillic, Greek,
East Asian text...). Its guess alone is wrong for most Western text with few
accented letters: on 300 real NHS postings saved as Latin-1 it said cp775, cp850,
cp1006 or cp932 for 196 (2026-12-06). When nothing fits,
:class:`~gapcheck.errors.EncodingError` says to re-save as UTF-8.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple

from gapcheck.errors import EncodingError
from gapcheck.ingest.files import open_file
from gapcheck.ingest.sniff import _utf16_without_bom

__all__ = ["Decoded", "decode_text", "lines_of_file", "markdown_to_text", "utf8_lines"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Highest mess ratio (charset-normalizer's ``mess_ratio``) of text decoded as
#: Windows-1252 that is still taken as Western. Latin-1 French and Spanish score
#: 0.00-0.07, real NHS postings 0.0; Cyrillic (cp1251) read as cp1252 scores 1.9,
#: Greek (cp1253) 1.0.
WESTERN_MESS = 0.2
WESTERN = "cp1252"

_FIX = "re-save it as UTF-8 (in most editors: Save As > Encoding: UTF-8)"


class Decoded(NamedTuple):
    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "cp1252"


def decode_text(data: bytes, source: str) -> Decoded:
    """Decode ``data``; raise :class:`EncodingError` when no encoding fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, source)
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return _strict(data, utf16, source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _strict(data, _guess(data, source), source)


#: A lone carriage return ends a line too (universal newlines), "\r\n" once.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def lines_of_file(path: str) -> Iterator[str]:
    """The lines of the UTF-8 file at ``path`` (``-``: standard input), streamed as
    :func:`utf8_lines` reads them. The file is opened now: a folder or an unreadable
    file is E101 before any line is read."""
    if path == "-":
        import sys

        return utf8_lines(sys.stdin.buffer, "<stdin>")
    return _closing(open_file(path), path)


def _closing(handle: BinaryIO, source: str) -> Iterator[str]:
    with handle:
        yield from utf8_lines(handle, source)


def utf8_lines(stream: Iterable[bytes], source: str) -> Iterator[str]:
    """The lines of a UTF-8 byte stream as text, one at a time (constant memory, so
    stdin streams), with their line endings, as a text file opened with universal
    newlines reads them; a leading BOM is dropped. A line that is not UTF-8 raises
    :class:`EncodingError` naming ``source`` and the line's number."""
    number = 0
    for raw in stream:
        if number == 0 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise EncodingError(
                f"line {number + 1} is not valid UTF-8", path=source, fix=_FIX
            ) from None
        for line in _LONE_CR.split(text):
            if line:
                number += 1
                yield line


def _strict(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        raise EncodingError(
            f"the text is not valid {encoding}", path=source, fix=_FIX
        ) from None


def _guess(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = data[:200_000]
    try:
        western = sample.decode(WESTERN, errors="strict")
    except UnicodeDecodeError:
        western = None
    if western is not None and mess_ratio(western, WESTERN_MESS) < WESTERN_MESS:
        return WESTERN
    matches = [
        m
        for m in from_bytes(data[:200_000])
        if not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        raise EncodingError(
            "the text is in no encoding gapcheck can recognise", path=source, fix=_FIX
        )
    return matches[0].encoding


# -- Markdown -------------------------------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_LIST = re.compile(r"^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*"
)
_CODE = re.compile(r"`([^`]+)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup, keeping the words and the line structure.

    Headings lose their ``#``; ``**bold**``, ``*em*`` and inline code lose their
    markers; links become their text (followed by the URL in parentheses when it is
    a ``mailto:``/web address different from the text, so contact links survive);
    ``-``/``*``/``+`` list items become ``•`` bullets; quotes, rules and table rules
    go; table rows become ``cell | cell``.
    """
    out: list[str] = []
    in_fence = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            # The previous line is a heading: a blank line before it, not a rule.
            out.insert(len(out) - 1, "")
            continue
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_SEP.match(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            out.extend(["", _inline(heading.group(1))])
            continue
        line = _QUOTE.sub("", line)
        bullet = _LIST.match(line)
        if bullet:
            line = "• " + line[bullet.end() :]
        elif line.strip().startswith("|") and line.strip().endswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " | ".join(c for c in cells if c)
        out.append(_inline(line))
    return "\n".join(out)


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1), match.group(2)
    target = url.removeprefix("mailto:")
    if url.startswith(("http", "mailto:")) and target.rstrip("/") not in label:
        return f"{label} ({target})"
    return label


def _inline(line: str) -> str:
    line = _IMAGE.sub(lambda m: m.group(1), line)
    line = _LINK.sub(_link, line)
    line = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), line)
    line = _CODE.sub(lambda m: m.group(1), line)
    line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", line)
    line = _HTML_TAG.sub("", line)
    return _ESCAPE.sub(r"\1", line)
