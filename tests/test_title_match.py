"""The title component (words or occupation) and which line is a posting's title."""

from __future__ import annotations

import gzip
import html
import json
import re
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.check import check
from gapcheck.occupation import lexicon
from gapcheck.parse.posting import find_title
from gapcheck.parse.sections import split_lines
from gapcheck.parse.title_line import could_open_as_title, in_contact_block
from gapcheck.records import TitleDetails
from gapcheck.score.components import (
    OCCUPATION_TITLE_CREDIT,
    title_component,
    title_matrix,
    wanted_title,
)
from gapcheck.score.evidence import resume_profile
from gapcheck.score.requirements import posting_profile
from tests.check_fixtures import FakeTaxonomy, build_posting, build_resume
from tests.conftest import require_shared

TAX = FakeTaxonomy()
needs_lexicon = pytest.mark.skipif(lexicon() is None, reason="no occupation lexicon")


def _title(resume_title: str, posting_title: str) -> tuple[float, TitleDetails]:
    """(title score, its details) of ``check`` on a resume and a posting built with
    these titles."""
    resume = build_resume(headline=resume_title)
    posting = build_posting(title=posting_title)
    result = check(resume, posting, taxonomy=TAX)
    title = next(c for c in result.components if c.name == "title")
    assert isinstance(title.details, TitleDetails)
    return title.score, title.details


# --- the title credit ------------------------------------------------------------
@needs_lexicon
@pytest.mark.parametrize(
    ("resume_title", "posting_title"),
    [
        ("Senior Accountant", "Assistant Director of Finance"),
        ("HR Director", "Senior HR Advisor"),
        ("Public Relations Manager", "Communications Officer"),
    ],
)
def test_a_title_of_the_same_occupation_earns_credit_without_shared_words(
    resume_title: str, posting_title: str
) -> None:
    score, details = _title(resume_title, posting_title)
    assert 0.3 < score <= OCCUPATION_TITLE_CREDIT
    best = details.best
    assert best is not None and best.title == resume_title
    assert best.by == "occupation" and best.occupation


@needs_lexicon
@pytest.mark.parametrize(
    ("resume_title", "posting_title"),
    [
        ("Executive Chef", "Accountant"),
        ("Gardener", "Senior HR Advisor"),
        ("Teacher", "Building Craftsperson"),
    ],
)
def test_a_title_of_another_occupation_earns_nothing(
    resume_title: str, posting_title: str
) -> None:
    assert _title(resume_title, posting_title)[0] == 0.0


def test_shared_words_are_said_to_match_by_words() -> None:
    score, details = _title(
        "Senior Backend Engineer", "Senior Backend Engineer - Band 6"
    )
    assert score == 1.0
    assert details.best is not None and details.best.by == "words"
    # the band is not a word the title asks for
    assert not {"band", "6"} & set(details.posting_words)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Assistant Director of Finance (Management Accounts) Band 8b", "accounts"),
        ("Bank Education & Training Officer", "training"),
        ("Payroll Officer | Band 4 | £22,000 - £24,000 per annum", "payroll"),
    ],
)
def test_the_title_words_are_the_job_not_its_terms(title: str, words: str) -> None:
    wanted = wanted_title(title)
    assert words in wanted
    assert not {"band", "bank", "8b", "4", "annum", "000"} & set(wanted)


@pytest.mark.parametrize("junk", ["£24,000 per annum", "cv_final_2024.docx"])
def test_a_junk_posting_title_asks_no_title_words(junk: str) -> None:
    assert wanted_title(junk) == {}


TITLES = st.sampled_from(
    [
        "Accountant",
        "Finance Manager",
        "HR Advisor",
        "Chef",
        "Catering Assistant",
        "Teacher",
        "Communications Officer",
        "Software Engineer",
        "Estates Officer",
        "Bank Staff Nurse - Band 5",
        "£24,000 per annum",
        "cv_final.docx",
    ]
)


@needs_lexicon
@given(
    st.lists(TITLES, min_size=1, max_size=3), st.lists(TITLES, min_size=1, max_size=3)
)
def test_batch_title_equals_checks_and_stays_in_range(
    resume_titles: list[str], posting_titles: list[str]
) -> None:
    """One engine: the batch array and ``check``'s details give the same credit."""
    rps = [resume_profile(build_resume(headline=t), TAX) for t in resume_titles]
    pps = [posting_profile(build_posting(title=t), TAX) for t in posting_titles]
    m = title_matrix(rps, pps)
    for i, (r, rp) in enumerate(zip(resume_titles, rps, strict=True)):
        for j, (p, pp) in enumerate(zip(posting_titles, pps, strict=True)):
            value, details = title_component(rp, pp)
            assert 0.0 <= m[i, j] <= 1.0
            assert m[i, j] == pytest.approx(value)
            assert (details.best is None) == (value == 0.0)
            if r == p and details.posting_words:
                assert m[i, j] == pytest.approx(1.0)


# --- which line is the posting's title -------------------------------------------
def _chosen(text: str) -> str | None:
    return find_title(types.SimpleNamespace(posting_data=None), split_lines(text))[0]  # type: ignore[arg-type]


NAMES = st.sampled_from(["Neil Lennon", "Dr Jo Smith", "Carol Hogg", "Amirjit Mahil"])
JOBS = st.sampled_from(
    ["Building Craftsperson", "Staff Nurse", "Payroll Officer", "Catering Assistant"]
)
CONTACT_JOBS = st.sampled_from(
    ["Estates Officer", "Ward Manager", "Head of Service", "Clinical Lead"]
)
SEP = st.sampled_from([": ", " - ", ":", " – "])


@given(JOBS, NAMES, CONTACT_JOBS, SEP, st.booleans())
def test_a_contact_persons_job_title_is_never_the_postings(
    job: str, name: str, contact_job: str, sep: str, short: bool
) -> None:
    body = "" if short else "We are seeking an experienced colleague to join us.\n\n"
    text = (
        f"{job}\n\n{body}For further details / informal visits contact:\n\n"
        f"Name{sep}{name}\n\nJob title{sep}{contact_job}\n\n"
        f"Email address{sep}someone@nhs.net\n\nTelephone number{sep}0191 2934020\n"
    )
    assert _chosen(text) == job


def test_a_job_title_field_outside_a_contact_block_is_the_title() -> None:
    text = "Vacancy\n\nJob Title: Highly Specialist Occupational Therapist\n\nBand: 7\n"
    assert _chosen(text) == "Highly Specialist Occupational Therapist"
    assert not in_contact_block(["Job Title: X", "Band: 7", "Hours: 15"], 0)
    assert in_contact_block(["Name: Jo Bloggs", "Job title: Ward Manager"], 1)


@given(
    st.integers(15_000, 95_000),
    st.sampled_from(["per annum", "pro rata", "p.a.", "a year", ""]),
)
def test_a_salary_line_is_never_the_title(pay: int, per: str) -> None:
    salary = f"£{pay:,} - £{pay + 3000:,} {per}".strip()
    assert not could_open_as_title(salary)
    assert _chosen(f"{salary}\n\nPayroll Officer\n\nWe are looking for you.\n") == (
        "Payroll Officer"
    )


@pytest.mark.parametrize(
    "junk",
    ["resume_final.docx", "jo.bloggs@nhs.net", "12/03/2020", "Salary: £25,000"],
)
def test_junk_opening_lines_are_no_title(junk: str) -> None:
    assert not could_open_as_title(junk)
    assert _chosen(f"{junk}\n\nChef\n\nWe cook for patients.\n") == "Chef"


@pytest.mark.parametrize(
    "title", ["111 Clinical Advisor", "Band 5 Staff Nurse - £24,907", "Hospital@Night"]
)
def test_titles_with_numbers_or_symbols_still_open(title: str) -> None:
    assert could_open_as_title(title)


# --- real development postings -----------------------------------------------------
def _html_text(description: str) -> str:
    s = html.unescape(description)
    s = re.sub(r"(?i)<\s*(br|/p|/li|/div|/h\d|/tr)\b[^>]*>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def test_real_nhs_postings_never_take_a_contact_persons_title() -> None:
    """All 7,400 dev NHS postings as text (the listed title, then the description):
    before this rule 229 took the contact person's "Job title:" (e.g. "Estates
    Officer" for a Building Craftsperson); now none does, and 98% take the listed
    title (the rest a "Job title:" field of the vacancy)."""
    path = require_shared("postings", "nhs_jobs_2020-11_dev.jsonl.gz")
    same = contact = total = 0
    with gzip.open(Path(path), "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            listed = " ".join(html.unescape(html.unescape(rec["title"])).split())
            body = _html_text(rec.get("description", ""))
            chosen = _chosen(f"{listed}\n\n{body}")
            texts = [t.strip() for t in body.splitlines() if t.strip()]
            fields = {
                re.sub(r"(?i)^job\s+title\s*[:\-–—]\s*", "", t).strip()
                for k, t in enumerate(texts)
                if re.match(r"(?i)job\s+title\s*[:\-–—]", t)
                and in_contact_block(texts, k)
            }
            total += 1
            same += chosen == listed
            contact += chosen in fields and chosen != listed
    assert total > 7000
    assert contact == 0
    assert same >= 0.97 * total


@needs_lexicon
def test_real_pair_title_fix_never_proposes_the_contacts_title(
    shared_data: Path, tmp_path: Path
) -> None:
    """A real livecareer construction resume against the real NHS Building
    Craftsperson posting whose contact person is an "Estates Officer": the posting's
    title is the craftsperson's, and the title fix never proposes the contact's."""
    from gapcheck.pipeline import analyse_file

    data = require_shared("postings", "nhs_jobs_2020-11_dev.jsonl.gz")
    resume = shared_data / "resumes" / "livecareer" / "CONSTRUCTION" / "12826414.pdf"
    if not resume.is_file():
        pytest.skip(f"{resume} missing")
    with gzip.open(Path(data), "rt", encoding="utf-8") as f:
        rec = next(r for r in map(json.loads, f) if r["_fileid"] == "916254150")
    listed = " ".join(html.unescape(rec["title"]).split())
    p = tmp_path / "posting.txt"
    p.write_text(f"{listed}\n\n{_html_text(rec['description'])}", encoding="utf-8")
    posting = analyse_file(p, "posting")
    result = check(analyse_file(resume, "resume"), posting)
    assert result.posting is not None
    assert result.posting.title == "Building Craftsperson"
    for fix in result.fixes:
        if fix.kind == "title":
            assert "Estates Officer" not in fix.message
            assert "'Building Craftsperson'" in fix.message
