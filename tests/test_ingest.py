"""Tests of the ingest stage: sniffing, every format, bad inputs, normalization."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapcheck import errors
from gapcheck.ingest import MAX_CHARS, WARNING_CODES, read_bytes, read_document
from gapcheck.ingest.html import html_to_text, read_json
from gapcheck.ingest.lang import detect_language
from gapcheck.ingest.normalize import normalize_text, normalize_with_stats
from gapcheck.ingest.sniff import classify_text, sniff_bytes
from gapcheck.ingest.text import decode_text, markdown_to_text, utf8_lines
from tests.conftest import require_shared

BAD = Path(__file__).parent / "fixtures" / "bad"
SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"


def codes(doc):  # type: ignore[no-untyped-def]
    return [w.code for w in doc.warnings]


# -- normalization -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "of\ufb01ce \ufb02ow \ufb00 \ufb03x \ufb04",
            "office flow ff ffix ffl",
        ),  # ligatures
        ("ＡＢＣ１２３", "ABC123"),  # fullwidth forms
        ("café", "café"),  # NFC composes
        ("x² ½ ß", "x² ½ ß"),  # meaningful characters kept (no NFKC)
        ("co\u00adordinate", "coordinate"),  # soft hyphen
        ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
        ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),  # unicode spaces
        ("Python\tSQL", "Python\tSQL"),  # a tab is a field separator, kept
        ("Stripe \t\t  San Francisco, CA\t", "Stripe\tSan Francisco, CA"),
        ("\u2022\tLed the team", "\u2022 Led the team"),  # after a bullet: a space
        ("\tindented", "indented"),
        ("a    b", "a b"),
        ("trailing   \nx", "trailing\nx"),
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("\n\nx\n\n", "x"),
        ("“quoted” ‘single’", "\"quoted\" 'single'"),
        ("2019–2021 a—b 2019\u2012x", "2019–2021 a–b 2019–x"),  # dashes -> en dash
        ("non\u2011stop \u22125", "non-stop -5"),  # hyphens/minus -> "-"
        ("• one\n● two\n▪ three\n■ four", "• one\n• two\n• three\n• four"),
        ("◦ a\n○ b\n► c\n▶ d\n➢ e\n➤ f", "• a\n• b\n• c\n• d\n• e\n• f"),
        (
            "✓ a\n✔ b\n❖ c\n◆ d\n⁃ e\n‣ f\n∙ g\n· h",
            "\n".join("• " + c for c in "abcdefgh"),
        ),
        ("\uf0b7 Symbol bullet\n\uf0a7 Wingdings", "• Symbol bullet\n• Wingdings"),
        ("   •Managed  team", "• Managed team"),  # indented, no space after glyph
        ("•\nLone bullet glyph", "• Lone bullet glyph"),
        (
            "- dash item\n* star item\n1. numbered",
            "- dash item\n* star item\n1. numbered",
        ),
        ("Python · SQL • Java", "Python · SQL • Java"),  # mid-line glyphs kept
        ("\uf095 555-0100 \uf0e0 a@example.com", "555-0100 a@example.com"),  # icons
        ("manage-\nment", "management"),
        ("Develop-\nment of tools", "Development of tools"),
        ("state-of-\nthe-art", "state-of-the-art"),
        ("co-\nfounder", "co-founder"),
        ("cloud-\nnative apps", "cloud-native apps"),  # both halves are words
        ("community-\ndriven", "community-driven"),
        ("some-\nthing", "something"),  # ... but the join is a word too
        ("self-\nmotivated", "self-motivated"),
        ("Front-\nEnd", "Front-End"),
        ("3D-\nprinting", "3D-printing"),
        ("2019 -\nPresent", "2019 -\nPresent"),  # a spaced dash is not a hyphen
        ("SQL-\n• next", "SQL-\n• next"),  # no join into a bullet
    ],
)
def test_normalize_cases(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_counts_icons_and_joins() -> None:
    text, stats = normalize_with_stats("\uf095 555\n\ue001 x \U000f0001\nmanage-\nment")
    assert text == "555\nx\nmanagement"
    assert stats.icon_glyphs == 3
    assert stats.hyphen_joins == 1


_TRICKY = st.text(
    alphabet=st.sampled_from(
        list("ab A-\n\t •·\uf0b7\ue000\u00ad\u200b\u0301ﬁ—“\r\u2028\x0c")
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), _TRICKY))
def test_normalize_idempotent_and_total(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "  " not in once
    # A tab stays only as one separator between two words of a line.
    for bad in ("\t\t", " \t", "\t ", "\t\n", "\n\t"):
        assert bad not in once
    assert not once.startswith("\t") and not once.endswith("\t")
    assert "\n\n\n" not in once


# -- sniffing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\x00junk before%PDF-1.4", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"plain words\n", "text"),
        ("Résumé".encode("utf-16"), "text"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07" * 8, "binary"),
        (b"", "empty"),
    ],
)
def test_sniff_bytes(data: bytes, kind: str) -> None:
    assert sniff_bytes(data).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<div><p>Job</p><ul><li>a</li></ul></div>", "html"),
        ('{"title": "x"}', "json"),
        ("# Heading\n\nSome text", "md"),
        ("Name\n**Bold** and [link](https://x.org)", "md"),
        ("Jane Doe\nEngineer\n- did things", "txt"),
        ("{not json at all", "txt"),
        ('<?xml version="1.0"?><data/>', "xml"),
    ],
)
def test_classify_text(text: str, kind: str) -> None:
    assert classify_text(text) == kind


# -- bad inputs ----------------------------------------------------------------

BAD_CASES = [
    ("empty.txt", errors.EmptyDocument, "is empty"),
    ("whitespace.txt", errors.EmptyDocument, "only whitespace"),
    ("encrypted.pdf", errors.EncryptedDocument, "password"),
    ("encrypted.docx", errors.EncryptedDocument, "password"),
    ("truncated.pdf", errors.CorruptDocument, "damaged"),
    ("truncated.docx", errors.CorruptDocument, "damaged"),
    ("corrupt.docx", errors.CorruptDocument, "damaged"),
    ("image_only.pdf", errors.NoTextLayer, "OCR"),
    ("random.pdf", errors.MislabelledFile, "is not a PDF"),
    ("sheet.docx", errors.MislabelledFile, "Excel"),
    ("archive.docx", errors.MislabelledFile, "ZIP archive"),
    ("garbage.bin", errors.UnsupportedFormat, "binary"),
    ("legacy.doc", errors.UnsupportedFormat, "save it as .docx or PDF"),
    ("photo.png", errors.UnsupportedFormat, "OCR"),
    ("unknown_encoding.txt", errors.EncodingError, "UTF-8"),
]


@pytest.mark.parametrize(("name", "error", "words"), BAD_CASES)
def test_bad_inputs(name: str, error: type[Exception], words: str) -> None:
    path = BAD / name
    with pytest.raises(error) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ")
    assert words in message
    assert info.value.fix  # type: ignore[attr-defined]


def test_mislabelled_but_readable_files_warn() -> None:
    word = read_document(BAD / "word_named.pdf")
    assert word.format == "docx" and codes(word) == ["W103"]
    assert "Word document" in word.warnings[0].message
    assert "Data Analyst" in word.text
    text = read_document(BAD / "text_named.pdf")
    assert text.format == "txt" and codes(text) == ["W103"]


def test_mislabelled_known_kind_gets_its_own_fix() -> None:
    with pytest.raises(errors.MislabelledFile) as info:
        read_bytes((BAD / "legacy.doc").read_bytes(), "resume.docx")
    assert "is not a Word document (the bytes look like a legacy" in str(info.value)
    assert "save it as .docx or PDF" in str(info.value)
    with pytest.raises(errors.MislabelledFile, match=r"PNG image.*OCR"):
        read_bytes((BAD / "photo.png").read_bytes(), "resume.pdf")


def test_declared_type_overrides_extension() -> None:
    data = (BAD / "text_named.pdf").read_bytes()
    assert codes(read_bytes(data, "upload")) == []
    assert codes(read_bytes(data, "upload", declared="pdf")) == ["W103"]
    with pytest.raises(errors.MislabelledFile):
        read_bytes((BAD / "garbage.bin").read_bytes(), "upload", declared=".docx")


def test_file_not_readable(tmp_path: Path) -> None:
    with pytest.raises(errors.FileNotReadable, match="no such file"):
        read_document(tmp_path / "missing.pdf")
    with pytest.raises(errors.FileNotReadable, match="directory"):
        read_document(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Jane Doe")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # chmod does not stop root (CI)
    with pytest.raises(errors.FileNotReadable, match=r"permission denied.*chmod"):
        read_document(path)


def test_import_is_light() -> None:
    code = (
        "import sys, gapcheck.ingest; "
        "print(sorted({'docx', 'lxml', 'charset_normalizer', 'pypdfium2', 'pdfplumber',"
        " 'numpy'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 3000)
    with pytest.raises(errors.FileTooLarge) as info:
        read_document(path, max_bytes=10_000)
    assert "15 KB" in str(info.value) and "10 KB" in str(info.value)


def test_long_text_is_truncated_with_warning() -> None:
    line = "Managed a team of engineers and delivered the platform on time.\n"
    doc = read_bytes((line * (MAX_CHARS // len(line) + 50)).encode(), "long.txt")
    assert len(doc.text) <= MAX_CHARS
    assert doc.text.endswith("on time.")
    assert codes(doc) == ["W101"]


def test_every_warning_code_is_documented() -> None:
    assert set(WARNING_CODES) == {"W101", "W102", "W103", "W105", "W106", "W301"}


_MAGIC = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"{",
        b"<html>",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=_MAGIC,
    body=st.binary(max_size=400),
    name=st.sampled_from(["f", "f.pdf", "f.docx", "f.txt", "f.json"]),
)
def test_read_bytes_only_raises_gapcheck_errors(
    prefix: bytes, body: bytes, name: str
) -> None:
    try:
        doc = read_bytes(prefix + body, name)
    except errors.GapcheckError as err:
        assert "\n" not in str(err)
    else:
        assert doc.text.strip()
        assert normalize_text(doc.text) == doc.text


# -- text, encodings, Markdown -------------------------------------------------


def test_encodings() -> None:
    doc = read_document(BAD / "cp1252.txt")
    assert 'Café "Résumé" – naïve' in doc.text
    assert codes(doc) == ["W102"]
    assert read_document(BAD / "utf16.txt").text.startswith("Jordan Example")
    assert decode_text("naïve".encode("utf-8-sig"), "x").text == "naïve"
    assert decode_text("naïve".encode("utf-16-le"), "x").text == "naïve"


@given(
    st.lists(st.text(max_size=20), max_size=8), st.sampled_from(["\n", "\r\n", "\r"])
)
def test_utf8_lines_read_as_a_universal_newline_text_file(lines, end) -> None:  # type: ignore[no-untyped-def]
    data = end.join(lines).encode("utf-8")
    # (utf-8-sig: a leading BOM is dropped, as utf8_lines documents)
    expected = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=None)
    ours = utf8_lines(io.BytesIO(data), "x.txt")
    assert [x.rstrip("\r\n") for x in ours] == [x.rstrip("\n") for x in expected]


def test_utf8_lines_name_the_line_that_is_not_utf8() -> None:
    lines = utf8_lines(io.BytesIO(b"\xef\xbb\xbfok\r\nfine\n\xe9t\xe9\n"), "l.txt")
    assert next(lines) == "ok\r\n" and next(lines) == "fine\n"
    with pytest.raises(errors.EncodingError, match="line 3 is not valid UTF-8") as err:
        next(lines)
    assert err.value.path == "l.txt"
    assert list(utf8_lines(io.BytesIO(b""), "empty.txt")) == []


def test_markdown_is_stripped() -> None:
    md = (
        "# Jane Doe\n\n**Engineer** at [Acme](https://acme.example) · "
        "[jane@x.org](mailto:jane@x.org)\n\n## Skills\n\n- Python\n* `SQL`\n"
        "  + nested\n\n---\n\n| a | b |\n|---|---|\n| c | d |\n"
    )
    text = normalize_text(markdown_to_text(md))
    assert text.splitlines()[:2] == ["Jane Doe", ""]
    assert "Engineer at Acme (https://acme.example) · jane@x.org" in text
    assert "• Python\n• SQL\n• nested" in text
    assert "c | d" in text
    assert "#" not in text and "**" not in text and "---" not in text


def test_extension_settles_close_calls() -> None:
    md = b'<p align="center"><img src="logo.png"></p>\n\n# Jane Doe\n\n- Python\n'
    doc = read_bytes(md, "resume.md")
    assert (doc.format, doc.text, codes(doc)) == ("md", "Jane Doe\n\n• Python", [])
    fragment = read_bytes(b"Hello <b>world</b>, a fragment.", "job.html")
    assert (fragment.format, fragment.text) == ("html", "Hello world, a fragment.")


def test_markdown_file_is_read_as_md() -> None:
    doc = read_document(SAMPLES / "software_resume_maya_okafor.md")
    assert doc.format == "md"
    assert doc.text.startswith("Maya Okafor")
    assert "\n• Built a shipment-tracking API" in doc.text


# -- language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Python, SQL, Docker, Kubernetes, AWS", "en"),  # terse: no evidence -> English
        ("Здравствуйте, я разработчик программного обеспечения с опытом работы", "ru"),
        ("我是一名软件工程师，有五年的工作经验。", "zh"),
        ("私はソフトウェアエンジニアです。経験は五年です。", "ja"),
        ("저는 소프트웨어 엔지니어입니다", "ko"),
        (
            "Ich bin Softwareentwickler mit der Erfahrung in der Entwicklung von "
            "Anwendungen für die Kunden und ich arbeite mit einem Team, das sich auf "
            "die Qualität konzentriert und auch mit den Daten arbeitet.",
            "de",
        ),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_non_english_text_warns() -> None:
    doc = read_document(BAD / "french.txt")
    assert doc.language == "fr"
    assert codes(doc) == ["W301"]
    assert "French" in doc.warnings[0].message and "English" in doc.warnings[0].message


# -- HTML and JSON -------------------------------------------------------------

_PAGE = """<!DOCTYPE html><html><head><title>Job</title><style>p{color:red}</style>
<script>var tracking = "do not show";</script></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<h1>Data  Engineer</h1><p>We build <b>pipelines</b>.<br>Remote.</p>
<ul><li>Python</li><li>SQL &amp; dbt</li></ul>
<table><tr><th>Location</th><td>Berlin</td></tr></table>
<noscript>Enable JS</noscript><img src="x.png" alt="Team photo">
</body></html>"""


def test_html_visible_text_only() -> None:
    doc = read_bytes(_PAGE.encode(), "job.html")
    assert doc.format == "html"
    assert doc.text.splitlines()[0] == "Data Engineer"
    assert "We build pipelines.\nRemote." in doc.text
    assert "• Python\n• SQL & dbt" in doc.text
    assert "Location | Berlin" in doc.text
    for hidden in ("tracking", "Home", "Enable JS", "p{color"):
        assert hidden not in doc.text
    assert doc.layout.tables == 1 and doc.layout.images == 1


_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "ICU Nurse",
    "hiringOrganization": {"@type": "Organization", "name": "City Hospital"},
    "jobLocation": [
        {
            "@type": "Place",
            "address": {"addressLocality": "Leeds", "addressCountry": "UK"},
        }
    ],
    "employmentType": ["FULL_TIME", "NIGHTS"],
    "datePosted": "2025-01-10",
    "description": "<p>Care for <b>critically ill</b> adults.</p>"
    "<ul><li>Titrate drips</li></ul>",
    "skills": "Ventilator management, hemodynamic monitoring",
    "qualifications": ["BSN", "ACLS"],
    "responsibilities": "<ul><li>Assess patients</li><li>Chart in Epic</li></ul>",
    "educationRequirements": {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": "bachelor degree",
    },
    "experienceRequirements": {
        "@type": "OccupationalExperienceRequirements",
        "monthsOfExperience": 24,
    },
}


def test_json_ld_job_posting_in_graph() -> None:
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, _POSTING]}
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps(ld)
        + "</script></head><body><p>Apply now</p></body></html>"
    )
    doc = read_bytes(page.encode(), "job.html")
    data = doc.posting_data
    assert data is not None
    assert data.title == "ICU Nurse"
    assert data.organization == "City Hospital"
    assert data.location == "Leeds, UK"
    assert data.employment_type == "FULL_TIME, NIGHTS"
    assert data.responsibilities == ("Assess patients", "Chart in Epic")
    assert data.qualifications == ("BSN", "ACLS")
    assert data.education_requirements == ("bachelor degree",)
    assert data.experience_requirements == ("2 years of experience",)
    assert data.description == "Care for critically ill adults.\n• Titrate drips"
    lines = doc.text.splitlines()
    assert lines[0] == "ICU Nurse"
    for heading in ("About the role", "Responsibilities", "Qualifications", "Skills"):
        assert heading in lines
    assert "• Chart in Epic" in lines


def test_json_file_with_job_posting_and_plain_json() -> None:
    doc = read_bytes(json.dumps([_POSTING]).encode(), "posting.json")
    assert doc.format == "json"
    assert doc.posting_data is not None and doc.posting_data.title == "ICU Nurse"
    text, data = read_json({"basics": {"name": "Jane"}, "skills": ["Python", "SQL"]})
    assert data is None
    assert text == "Basics\nName: Jane\n\nSkills\n• Python\n• SQL"
    with pytest.raises(errors.CorruptDocument):
        read_bytes(b"{broken", "x.json")


def test_json_ld_escaped_html_description() -> None:
    escaped = "&lt;p&gt;Lead &lt;b&gt;R&amp;amp;D&lt;/b&gt;&lt;/p&gt;"
    escaped += "&lt;ul&gt;&lt;li&gt;Plan&lt;/li&gt;&lt;/ul&gt;"
    node = {"@type": "JobPosting", "title": "R&amp;D Lead", "description": escaped}
    _text, data = read_json(node)
    assert data is not None and data.title == "R&D Lead"
    assert data.description == "Lead R&D\n• Plan"


def test_html_to_text_on_fragment() -> None:
    assert html_to_text("<p>a<br/>b</p><p>c</p>") == "a\nb\nc"


# -- DOCX ----------------------------------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _p(text: str, extra: str = "") -> str:
    return f'<w:p>{extra}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(body: str, header: str = "", footer: str = "") -> bytes:
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/footer" Target="footer1.xml"/></Relationships>'
    )
    members = {
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": f"<w:document {_NS}><w:body>{body}</w:body></w:document>",
        "word/_rels/document.xml.rels": rels,
        "word/header1.xml": f"<w:hdr {_NS}>{header}</w:hdr>",
        "word/footer1.xml": f"<w:ftr {_NS}>{footer}</w:ftr>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_docx_order_tables_text_boxes_headers() -> None:
    box = "<w:txbxContent>" + _p("Sidebar: Python, SQL") + "</w:txbxContent>"
    anchored = (
        "<w:p><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><a:blip r:embed="rId9"/>'
        f"{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>Anchor line</w:t></w:r></w:p>"
    )
    table = (
        "<w:tbl><w:tr><w:tc>"
        + _p("Skill")
        + "</w:tc><w:tc>"
        + _p("Level")
        + "</w:tc></w:tr>"
        "<w:tr><w:tc>"
        + _p("Python")
        + "</w:tc><w:tc>"
        + _p("Expert")
        + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + _p("Left block") + _p("second line") + "</w:tc>"
        "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + _p("") + "</w:tc></w:tr></w:tbl>"
    )
    bullet = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>'
    body = (
        _p("Summary")
        + table
        + anchored
        + _p("Led the team", bullet)
        + "<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del>"
        "<w:r><w:t>Kept</w:t><w:tab/><w:t>words</w:t></w:r></w:p>"
    )
    doc = read_bytes(
        _docx(body, header=_p("Jane Doe · jane@example.com"), footer=_p("Page 1")),
        "resume.docx",
    )
    lines = [ln for ln in doc.text.splitlines() if ln]
    assert lines == [
        "Jane Doe · jane@example.com",
        "Summary",
        "Skill | Level",
        "Python | Expert",
        "Left block",
        "second line",
        "Anchor line",
        "Sidebar: Python, SQL",
        "• Led the team",
        "Kept\twords",  # a tab stop is a field separator, kept as a tab
        "Page 1",
    ]
    layout = doc.layout
    assert layout.text_boxes == 1 and layout.tables == 1 and layout.images == 1
    assert layout.header_footer_text == ("Jane Doe · jane@example.com", "Page 1")
    assert codes(doc) == ["W105", "W106"]


def test_docx_samples_table_and_header() -> None:
    table = read_document(SAMPLES / "accounting_resume_priya_nair.docx")
    assert table.layout.tables == 1
    assert "Month-end close | account reconciliations | journal entries" in table.text
    header = read_document(SAMPLES / "nursing_resume_daniel_reyes.docx")
    assert header.layout.header_footer_text[0].startswith("DANIEL REYES, RN")
    assert header.text.startswith("DANIEL REYES, RN\nTucson, AZ")
    assert "W106" in codes(header)
    assert "Calibri" in header.layout.fonts


@pytest.mark.shared_data
def test_real_docx_postings() -> None:
    folder = require_shared("postings", "jd_docx_2020")
    files = sorted(folder.glob("*.docx"))
    assert len(files) == 14
    for path in files:
        doc = read_document(path)
        assert doc.format == "docx"
        assert doc.layout.words >= 60, path.name
        assert doc.language == "en", path.name
        assert normalize_text(doc.text) == doc.text


# -- samples -------------------------------------------------------------------


def test_every_sample_reads() -> None:
    files = [
        p
        for p in sorted(SAMPLES.iterdir())
        if p.suffix in {".txt", ".md", ".pdf", ".docx"}
    ]
    assert len(files) >= 12 + 8 + 3
    for path in files:
        doc = read_document(path)
        assert doc.language == "en", path.name
        assert doc.layout.words > 150, path.name
        assert len(doc.sha256) == 64


def test_two_column_sample_pdf_keeps_columns_apart() -> None:
    doc = read_document(SAMPLES / "software_resume_maya_okafor.pdf")
    assert doc.format == "pdf" and doc.layout.columns == 2
    lines = doc.text.splitlines()
    assert "Software Engineer II, Cascade Freight Systems – Portland, OR" in lines
    assert "• Languages: Python, SQL, JavaScript," in lines


def test_make_samples_is_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = SAMPLES / "make_samples.py"
    spec = importlib.util.spec_from_file_location("make_samples", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_samples", module)  # dataclasses need it
    spec.loader.exec_module(module)
    written = module.build(tmp_path)
    assert len(written) == 11
    for path in written:
        assert path.read_bytes() == (SAMPLES / path.name).read_bytes(), path.name
