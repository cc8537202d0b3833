"""HTML pages and JSON files, including schema.org ``JobPosting`` data.

:func:`html_to_text` keeps the visible text only (no script, style, head, nav,
noscript, template, svg...), one line per block element, ``<li>`` as ``•`` bullets,
``<br>`` as a line break, table cells joined with `` | ``. It uses the standard
library's :mod:`html.parser`, which never fails on broken markup.

A page that embeds a ``JobPosting`` in ``<script type="application/ld+json">``
(directly, in a list, or in an ``@graph``), or a JSON file holding one, yields a
:class:`~gapcheck.records.PostingData` and a text built from its fields under
headings (Title, About, Responsibilities, Requirements, ...), so the parser finds
sections. Other JSON is flattened to ``Key`` headings and values.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from gapcheck.records import PostingData

__all__ = [
    "HtmlText",
    "find_job_posting",
    "html_to_text",
    "json_to_text",
    "posting_data",
    "posting_text",
    "read_html",
    "read_json",
]

_SKIP = frozenset(
    {
        "script",
        "style",
        "head",
        "nav",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "canvas",
        "button",
        "select",
        "title",
    }
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_WS = re.compile(r"[ \t\r\n\f]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.pre = 0
        self.cell = False
        self.ld_json: list[str] = []
        self.tables = 0
        self.images = 0
        self._in_ld = False
        self._ld_buf: list[str] = []

    # -- helpers --
    def _flush(self, blank: bool = False) -> None:
        line = "".join(self.current).strip()
        self.current = []
        if line:
            self.lines.append(line)
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    # -- parser callbacks --
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            kind = (dict(attrs).get("type") or "").lower()
            if "ld+json" in kind:
                self._in_ld = True
                self._ld_buf = []
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag == "table":
            self.tables += 1
        if tag == "br":
            self._flush()
        elif tag in ("td", "th"):
            if self.cell:
                self.current.append(" | ")
            self.cell = True
        elif tag in _HEADINGS:
            self._flush(blank=True)
        elif tag in _BLOCK:
            self._flush(blank=tag in ("section", "article", "table", "hr"))
            if tag == "li":
                self.current.append("• ")
        if tag == "pre":
            self.pre += 1
        if tag == "img":
            self.images += 1
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self.current.append(f" {alt.strip()} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.ld_json.append("".join(self._ld_buf))
        if tag in _SKIP:
            if tag not in _VOID and self.skip:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag == "tr":
            self.cell = False
            self._flush()
        elif tag in _HEADINGS:
            self._flush(blank=False)
        elif tag in _BLOCK:
            self._flush(blank=tag in ("section", "article", "table", "ul", "ol"))
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld_buf.append(data)
            return
        if self.skip:
            return
        if self.pre:
            parts = data.split("\n")
            for part in parts[:-1]:
                self.current.append(part)
                self._flush()
            self.current.append(parts[-1])
            return
        self.current.append(_WS.sub(" ", data))


def _parse(markup: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return parser


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page or fragment, one line per block."""
    lines = _parse(markup).lines
    return "\n".join(_WS_INLINE.sub(" ", line).strip() for line in lines).strip()


_WS_INLINE = re.compile(r" {2,}")


# -- schema.org JobPosting ---------------------------------------------------------


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "itemListElement", "mainEntity", "item"):
            if key in node:
                yield from _walk(node[key])


def _is_job_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.split("/")[-1] == "JobPosting" for k in kinds)


def find_job_posting(data: Any) -> dict[str, Any] | None:
    """The first schema.org ``JobPosting`` object in parsed JSON(-LD), if any."""
    for node in _walk(data):
        if _is_job_posting(node):
            return node
    return None


def _text_of(value: Any) -> str:
    """A value (string with HTML, object, list) as plain text."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Job boards often escape the HTML of a description: "&lt;p&gt;...".
        if "&" in value:
            value = html.unescape(value)
        if "<" in value and ">" in value:
            return html_to_text(value)
        return value.strip()
    if isinstance(value, dict):
        for key in ("name", "description", "text", "value", "@value"):
            if isinstance(value.get(key), str):
                return _text_of(value[key])
        parts = [_text_of(v) for k, v in value.items() if not k.startswith("@")]
        return ", ".join(p for p in parts if p)
    if isinstance(value, list):
        return "\n".join(t for t in (_text_of(v) for v in value) if t)
    return str(value)


def _items(value: Any) -> tuple[str, ...]:
    """A field that may be a string, a list, or objects, as a tuple of items."""
    if value is None:
        return ()
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_items(v))
        return tuple(out)
    if isinstance(value, dict):
        if "monthsOfExperience" in value:
            months = value["monthsOfExperience"]
            try:
                years = float(months) / 12
            except (TypeError, ValueError):
                return (_text_of(value),)
            text = f"{years:g} years of experience"
            desc = _text_of(value.get("description"))
            return (f"{text}: {desc}" if desc else text,)
        if "credentialCategory" in value and not value.get("name"):
            return (_text_of(value["credentialCategory"]),)
    text = _text_of(value)
    if not text:
        return ()
    lines = [line.strip().removeprefix("• ").strip() for line in text.split("\n")]
    return tuple(line for line in lines if line)


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    out: list[str] = []
    for place in places:
        if isinstance(place, str):
            out.append(place)
            continue
        if not isinstance(place, dict):
            continue
        address = place.get("address", place)
        if isinstance(address, str):
            out.append(address)
            continue
        if not isinstance(address, dict):
            continue
        parts = [
            _text_of(address.get(k))
            for k in ("addressLocality", "addressRegion", "addressCountry")
        ]
        text = ", ".join(p for p in parts if p)
        if text:
            out.append(text)
    return "; ".join(out) or None


def _one(value: Any) -> str | None:
    text = ", ".join(_items(value)) if isinstance(value, list) else _text_of(value)
    return text or None


def posting_data(node: dict[str, Any]) -> PostingData:
    """A schema.org ``JobPosting`` object as :class:`PostingData`."""
    location = _location(node.get("jobLocation"))
    if location is None and node.get("jobLocationType"):
        location = _text_of(node["jobLocationType"]).replace("TELECOMMUTE", "Remote")
    return PostingData(
        title=_one(node.get("title")),
        organization=_one(node.get("hiringOrganization")),
        location=location,
        employment_type=_one(node.get("employmentType")),
        date_posted=_one(node.get("datePosted")),
        description=_text_of(node.get("description")) or None,
        skills=_items(node.get("skills")),
        qualifications=_items(node.get("qualifications")),
        responsibilities=_items(node.get("responsibilities")),
        education_requirements=_items(node.get("educationRequirements")),
        experience_requirements=_items(node.get("experienceRequirements")),
    )


def posting_text(data: PostingData) -> str:
    """The posting as text with headings, so the parser sees its sections."""
    blocks: list[str] = []
    if data.title:
        blocks.append(data.title)
    facts = [
        ("Company", data.organization),
        ("Location", data.location),
        ("Employment type", data.employment_type),
        ("Date posted", data.date_posted),
    ]
    lines = [f"{label}: {value}" for label, value in facts if value]
    if lines:
        blocks.append("\n".join(lines))
    if data.description:
        blocks.append("About the role\n" + data.description)
    for heading, items in (
        ("Responsibilities", data.responsibilities),
        ("Qualifications", data.qualifications),
        ("Experience requirements", data.experience_requirements),
        ("Education requirements", data.education_requirements),
        ("Skills", data.skills),
    ):
        if items:
            blocks.append(heading + "\n" + "\n".join(f"• {i}" for i in items))
    return "\n\n".join(blocks)


# -- readers -------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlText:
    text: str
    posting_data: PostingData | None = None
    tables: int = 0
    images: int = 0


def read_html(markup: str) -> HtmlText:
    """Text, posting data and table/image counts of an HTML page.

    With a JobPosting in JSON-LD, the text is built from it when that gives more
    than the page's visible text (job boards often render little besides it);
    otherwise the visible text is kept and the posting data is still returned.
    """
    parser = _parse(markup)
    visible = "\n".join(_WS_INLINE.sub(" ", ln).strip() for ln in parser.lines).strip()
    counts = {"tables": parser.tables, "images": parser.images}
    for blob in parser.ld_json:
        try:
            parsed = json.loads(blob)
        except (ValueError, RecursionError):
            continue
        node = find_job_posting(parsed)
        if node is not None:
            data = posting_data(node)
            built = posting_text(data)
            if len(built.split()) >= 0.5 * len(visible.split()):
                return HtmlText(built, data, **counts)
            return HtmlText(visible, data, **counts)
    return HtmlText(visible, None, **counts)


def read_json(parsed: Any) -> tuple[str, PostingData | None]:
    """``(text, posting_data)`` for parsed JSON: a JobPosting, or any JSON flattened."""
    node = find_job_posting(parsed)
    if node is not None:
        data = posting_data(node)
        return posting_text(data), data
    return json_to_text(parsed), None


def json_to_text(value: Any, depth: int = 0) -> str:
    """Any JSON as text: object keys become headings, lists become bullets."""
    if depth > 40:  # absurdly deep nesting: not a document worth reading
        return ""
    if isinstance(value, dict):
        blocks: list[str] = []
        for key, item in value.items():
            if str(key).startswith("@"):
                continue
            body = json_to_text(item, depth + 1)
            if not body:
                continue
            label = _label(str(key))
            if isinstance(item, dict | list):
                blocks.append(f"{label}\n{body}")
            else:
                blocks.append(f"{label}: {body}")
        return ("\n\n" if depth == 0 else "\n").join(blocks)
    if isinstance(value, list):
        lines = []
        for item in value:
            body = json_to_text(item, depth + 1)
            if body:
                first, *rest = body.split("\n")
                lines.append("\n".join([f"• {first}", *rest]))
        return "\n".join(lines)
    if value is None or isinstance(value, bool):
        return ""
    return _text_of(value) if isinstance(value, str) else str(value)


def _label(key: str) -> str:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:]
