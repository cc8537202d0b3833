"""Round 14 of issue 15 (precision): a term is a whole phrase of its line's parse
(:mod:`gapcheck.extract.posting_constituents`) and no restatement of the post's own
title (:mod:`gapcheck.extract.posting_title_post`). Read on real dev postings
(``models/posting_judgements/postings.tsv``) and on sentences parsed by the
project's own parser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gapcheck.extract.posting_constituents import cut_reason
from gapcheck.extract.posting_title_post import redundant_post, restates_post
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention, Posting
from tests.conftest import load_script, require_shared

ROOT = Path(__file__).resolve().parent.parent


def _span(sentence: str, phrase: str) -> tuple[Mention, str]:
    start = sentence.index(phrase)
    return Mention(start, start + len(phrase), phrase, "SKILL"), sentence


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "We provide comprehensive diagnostic services to the region.",
            "comprehensive diagnostic",
        ),
        (
            "Experience of working in a health care setting is essential.",
            "working in a health care",
        ),
        (
            "You must have experience managing hospital banks and we will train you.",
            "managing hospital banks and we",
        ),
    ],
)
def test_a_span_cut_across_its_phrase_is_no_term(sentence: str, phrase: str) -> None:
    assert cut_reason(*_span(sentence, phrase)) is not None


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Critical care experience is essential.", "Critical care"),
        ("NHS contracting experience is desirable.", "NHS contracting"),
        (
            "Knowledge of infection control procedures is required.",
            "infection control procedures",
        ),
        ("You will be HCPC registered.", "HCPC registered"),
    ],
)
def test_a_whole_phrase_or_a_noun_modifier_stays(sentence: str, phrase: str) -> None:
    assert cut_reason(*_span(sentence, phrase)) is None


def test_a_taxonomy_name_is_never_read_as_cut() -> None:
    mention, text = _span(
        "We provide comprehensive diagnostic services.", "comprehensive diagnostic"
    )
    known = Mention(
        mention.start, mention.end, mention.text, "SKILL", canonical="Diagnostics"
    )
    assert cut_reason(mention, text) is not None
    assert cut_reason(known, text) is None  # fmt: skip


def _title_mention(title: str, phrase: str) -> tuple[Mention, Posting]:
    posting = parse_posting(
        Document("p.txt", "txt", f"{title}\n\nJob overview\n\nWe need you.\n")
    )
    start = posting.document.text.index(phrase)
    return Mention(start, start + len(phrase), phrase, "SKILL"), posting


@pytest.mark.parametrize(
    ("title", "phrase", "restates"),
    [
        ("HR Generalist", "HR Generalist", True),
        ("Senior Workforce Business Partner", "Business Partner", True),
        ("Band 2 Receptionist/Admin Assistant", "Receptionist", True),
        ("Band 2 Receptionist/Admin Assistant", "Admin Assistant", True),
        ("Staff Nurse - Lowton", "Staff Nurse", False),  # a registered profession
        ("Specialist Paediatric Dietitian", "Paediatric Dietitian", False),
        ("Biomedical Scientist in Histology", "Histology", False),  # a field
        ("Senior Payroll Officer", "Payroll", False),  # not the post's last word
    ],
)
def test_the_posts_own_title_is_no_term_unless_a_registered_profession(
    title: str, phrase: str, restates: bool
) -> None:
    mention, posting = _title_mention(title, phrase)
    assert restates_post(mention, posting) is restates


def _dev_terms(pid: str) -> list[str]:
    data = require_shared("postings", "nhs_jobs_2020-11_dev.jsonl.gz").parents[1]
    score = load_script(
        ROOT / "training" / "postings" / "score_terms.py", "score_terms_r14"
    )
    record = score.nhs_records(data, {pid})[pid]
    return [name for name, _ in _extract(score, record)]


def _extract(score: Any, record: dict[str, Any]) -> list[tuple[str, set[str]]]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posting.txt"
        path.write_text(score.as_text(record), encoding="utf-8")
        return list(score.extracted(path))


def test_real_dev_postings_lose_cut_phrases_and_title_restatements_only() -> None:
    # "Band 2 Receptionist/Admin Assistant": the title's post whose work a kept term
    # names ("good reception skills") is gone; the work stays
    terms = {t.lower() for t in _dev_terms("916252427")}
    assert "receptionist" not in terms
    assert {"reception", "word processing"} <= terms
    # "Contract Performance & Equipment Manager": the title cut before its post
    terms = {t.lower() for t in _dev_terms("916259445")}
    assert "contract performance & equipment" not in terms
    assert len(terms) >= 3
    # "Staff Nurse": a registered profession's title stays the term it was
    assert "Staff Nurse" in _dev_terms("916252309")


def test_a_restated_post_stays_when_no_other_term_names_its_work() -> None:
    title = "Phlebotomist - Bank"
    mention, posting = _title_mention(title, "Phlebotomist")
    text = posting.document.text
    start = text.index("We need")
    other = Mention(start, start + 7, "We need", "SKILL")
    assert restates_post(mention, posting)
    assert not redundant_post(mention, posting, [mention, other])
    work = Mention(0, 0, "phlebotomy", "SKILL")
    assert redundant_post(mention, posting, [mention, other, work])


def test_the_wards_of_a_vacancy_list_are_where_the_posts_are() -> None:
    # fresh9 (a work set since round 14): "Current Adult Staff Nurse Vacancies" over
    # a list of wards and units; the asked skills of its prose stay
    terms = {t.lower() for t in _dev_terms("916251595")}
    assert not terms & {"critical care", "neurosciences", "intensive care unit"}
    assert "communication skills" in terms or "communication" in terms


def test_the_post_named_again_in_the_text_is_no_term() -> None:
    posting = parse_posting(
        Document(
            "p.txt",
            "txt",
            "Band 7 Neonatal Practice Educator\n\nJob overview\n\nWe are looking for "
            "a motivated candidate to provide cover as a Neonatal Practice Educator.\n",
        )
    )
    text = posting.document.text
    start = text.rindex("Neonatal Practice Educator")
    body = Mention(start, start + 26, "Neonatal Practice Educator", "SKILL")
    assert restates_post(body, posting)
    start = text.rindex("Practice")
    short = Mention(start, start + 17, "Practice Educator", "SKILL")
    assert restates_post(short, posting)
    nurse = "Staff Nurse - Lowton\n\nJob overview\n\nWe need a Staff Nurse.\n"
    posting = parse_posting(Document("p.txt", "txt", nurse))
    start = posting.document.text.rindex("Staff Nurse")
    nursing = Mention(start, start + 11, "Staff Nurse", "SKILL")
    assert not restates_post(nursing, posting)
