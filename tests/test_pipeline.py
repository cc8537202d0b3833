"""The pipeline facade: ingest + parse + extract once, mentions placed in sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck.errors import InputError
from gapcheck.pipeline import analyse_document, analyse_file, section_at, with_sections
from gapcheck.records import Analysis, Document, Mention, Posting, Resume, Section
from tests.check_fixtures import FakeExtractor
from tests.test_cli_check import POSTING, RESUME


class CountingExtractor(FakeExtractor):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def extract(self, text: str) -> list[Mention]:
        self.calls += 1
        return super().extract(text)


@pytest.fixture
def resume_file(tmp_path: Path) -> Path:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


def test_analyse_file_resume(resume_file):
    extractor = CountingExtractor()
    analysis = analyse_file(resume_file, "resume", extractor=extractor)
    assert isinstance(analysis.record, Resume)
    assert extractor.calls == 1  # the document is extracted once
    text = analysis.record.document.text
    python = [m for m in analysis.mentions if m.canonical == "Python"]
    assert python and all(text[m.start : m.end].lower() == "python" for m in python)
    sections = {m.section for m in python}
    assert {"experience", "skills"} <= sections


def test_analyse_file_auto_detects_a_posting(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    analysis = analyse_file(path, extractor=FakeExtractor())
    assert isinstance(analysis.record, Posting)
    assert analysis.kind == "posting"
    assert any(m.canonical == "Kubernetes" for m in analysis.mentions)


def test_analysis_round_trips_through_dict(resume_file):
    analysis = analyse_file(resume_file, "resume", extractor=FakeExtractor())
    assert Analysis.from_dict(analysis.to_dict()) == analysis


def test_prefers_extract_document_when_the_extractor_has_it():
    class DocumentExtractor(FakeExtractor):
        def extract_document(self, text, sections):
            return [Mention(0, 2, text[:2], "SKILL", canonical="Go", section="x")]

    doc = Document(
        source="r.txt", format="txt", text="Go developer\n\nSkills\nGo, SQL\n"
    )
    analysis = analyse_document(doc, "resume", extractor=DocumentExtractor())
    assert [m.canonical for m in analysis.mentions] == ["Go"]


def test_with_sections_uses_offsets():
    sections = [
        Section("summary", "Summary", "abc", 0, 10),
        Section("skills", "Skills", "xyz", 10, 20),
    ]
    mentions = [
        Mention(2, 4, "ab", "SKILL"),
        Mention(12, 14, "xy", "SKILL"),
        Mention(30, 32, "zz", "SKILL", section="other"),
    ]
    placed = with_sections(mentions, sections)
    assert [m.section for m in placed] == ["summary", "skills", "other"]
    assert section_at(sections, 25) is None


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as err:
        analyse_file(tmp_path / "nope.docx", "resume", extractor=FakeExtractor())
    assert "nope.docx" in str(err.value)


SAME_CONTENT = [
    (
        "nursing_resume_daniel_reyes",
        ("txt", "pdf", "docx"),
        "nursing_posting_icu_rn.txt",
    ),
    (
        "accounting_resume_priya_nair",
        ("txt", "pdf", "docx"),
        "accounting_posting_senior_accountant.txt",
    ),
    (
        "logistics_resume_tomasz_kowalski",
        ("txt", "pdf"),
        "logistics_posting_operations_manager.txt",
    ),
]
LAYOUT_COMPONENTS = ("format", "title")  # what a file's layout may rightly change


@pytest.mark.slow
@pytest.mark.parametrize(("stem", "formats", "posting"), SAME_CONTENT)
def test_same_content_scores_alike_as_pdf_docx_txt(samples_dir, stem, formats, posting):
    from gapcheck.check import check
    from tests.check_fixtures import real_extractor

    extractor, taxonomy = real_extractor()
    asked = analyse_file(samples_dir / posting, "posting", extractor=extractor)
    results = {}
    for fmt in formats:
        resume = analyse_file(
            samples_dir / f"{stem}.{fmt}", "resume", extractor=extractor
        )
        results[fmt] = check(resume, asked, taxonomy=taxonomy)
    scores = [r.score for r in results.values()]
    # the layout (columns, tables, a contact header) may cost up to its weights...
    assert max(scores) - min(scores) <= 8.0, {f: r.score for f, r in results.items()}
    # ...but what the resume says must score the same in every format
    content = {
        fmt: sum(c.points for c in r.components if c.name not in LAYOUT_COMPONENTS)
        for fmt, r in results.items()
    }
    assert max(content.values()) - min(content.values()) <= 1.5, content
