"""Round 11 title readings (issue 16): NHS practitioner grades and abbreviations, a
head word's sense after field words, customer accounts. Each case was read as nothing
or as a wrong occupation before its rule (docs/scoring.md, "Round 11")."""

from __future__ import annotations

import pytest

from gapcheck.occupation import title_words
from gapcheck.occupation.model import lexicon, title_occupation

needs_model = pytest.mark.skipif(lexicon() is None, reason="models/occupations.json.gz")


def _top(title: str) -> str | None:
    found = title_occupation(title)
    if found is None:
        return None
    groups = found[1]
    return min(groups, key=lambda g: (-groups[g], g))


@needs_model
@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Assistant Practitioner", "5321"),  # curated, generic heads only: was dropped
        ("Associate Specialist", "2212"),
        ("Psychological Wellbeing Practitioner", "2634"),
        ("Trainee Advanced Clinical Practitioner", "2221"),
        ("High Intensity Therapist", "2634"),  # was an art therapist (2269)
    ],
)
def test_curated_nhs_grades_are_read(title: str, code: str) -> None:
    assert _top(title) == code


@needs_model
def test_a_practitioner_reads_as_the_fields_nurse_by_the_word_next_to_it() -> None:
    assert _top("Community Practitioner") == "2221"  # community nurse
    assert _top("Street Triage Practitioner") == "2221"  # triage nurse
    # a field word away from the head, or generic heads only, read nothing this way
    assert _top("Advanced Physiotherapy Practitioner") != "2221"
    assert _top("Occupational Therapy Specialist Practitioner") != "2221"


@needs_model
def test_nhs_abbreviations_are_read_when_the_title_as_written_reads_nothing() -> None:
    assert _top("RMN") == "2221"
    assert _top("ACP - Intermediate Care") == "2221"
    assert _top("CAMHS Practitioner") == "2635"  # mental health practitioner
    # the title as written comes first: the service prefix is no field of the job
    assert _top("CAMHS Consultant Psychiatrist") == "2212"
    # only in capitals, and never in a lexicon label
    assert title_words("Rmn") == ("rmn",)
    assert title_words("RMN") == ("rmn",)
    assert title_words("RMN", nhs=True) == ("mental", "health", "nurse")


@needs_model
def test_a_head_after_field_words_keeps_its_sense_as_a_head() -> None:
    """The word "navigator" alone is a ship's officer (3152) or a community health
    worker (3253); after a field word it is the latter ("care navigator", "health
    navigator"), and "counsellor" alone (ESCO: a lawyer) names no one after one."""
    assert _top("Patient Navigator") == "3253"
    assert "3152" in (title_occupation("Navigator") or ("", {}))[1]
    assert _top("Staff Counsellor") != "2611"


@needs_model
def test_customer_accounts_are_sales_not_finance() -> None:
    assert _top("Major Accounts Manager") != "1211"
    assert _top("National Accounts Manager") != "1211"
    assert _top("Accounts Manager") == "1211"  # the finance rule stays


@needs_model
def test_an_intern_reads_as_the_fields_assistant() -> None:
    assert _top("Digital Marketing Intern") == "2431"  # marketing assistant


@needs_model
def test_an_administrator_of_a_unit_is_an_office_administrator() -> None:
    assert _top("Team Administrator") == "3343"
    assert _top("Clinical Administrator - Croydon") == "3343"
    assert _top("Database Administrator") == "2521"  # a system's, by its label
    assert _top("Administrator/Accountant") == "2411"  # a bare one reads nothing


@needs_model
def test_a_common_misspelling_of_practitioner_reads_as_the_word() -> None:
    assert _top("Psychological Wellbeing Practioner") == "2634"
