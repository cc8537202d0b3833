"""Headings on sidebar layouts, where names wrap in a narrow column (issue 14,
round 9, second pass): synthetic tests, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.sections import canonical, find_headings, split_lines


def _names(text: str) -> list[str]:
    return [hit.name for hit in find_headings(split_lines(text), "resume")]


@given(st.sampled_from(["Microsoft Certified", "AWS Certified", "State Licensed"]))
def test_a_credentials_participle_is_no_heading(line: str) -> None:
    assert canonical(line, "resume") is None


@given(st.sampled_from(["Certifications", "Licenses", "Professional Certifications"]))
def test_heading_nouns_stay_headings(line: str) -> None:
    assert canonical(line, "resume") == "certifications"


@given(
    st.sampled_from(["American Language", "Modern Language", "Applied Language"]),
    st.sampled_from(["Institute & Study Abroad", "Center of Boston", "School"]),
)
def test_a_name_wrapped_after_a_heading_word_is_no_heading(
    head: str, rest: str
) -> None:
    text = f"Education\nMaster, Computing\nEpitech\n2016 – 2020\n{head}\n{rest}\n2018"
    assert _names(text) == ["education"]


def test_a_tables_heading_over_a_name_stays_a_heading() -> None:
    text = "Education\nEpitech\n2016 – 2020\nLanguages\nSchool French (fluent)"
    assert _names(text) == ["education", "languages"]


def test_a_keyword_heading_after_a_blank_line_stays_a_heading() -> None:
    text = "Education\nEpitech\n2016 – 2020\n\nForeign Languages\n\nFrench, German"
    assert _names(text) == ["education", "languages"]
