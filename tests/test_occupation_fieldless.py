"""A title read only as a fieldless head ("Staff Engineer", "Scientist") names no
occupation (gapcheck.occupation.fieldless, round 11)."""

from __future__ import annotations

import pytest

from gapcheck.occupation import lexicon
from gapcheck.occupation.fieldless import field_title, names_field

pytestmark = pytest.mark.skipif(lexicon() is None, reason="no occupation lexicon")


@pytest.mark.parametrize(
    "title",
    ["Engineer", "Senior Engineer", "Staff Engineer", "Scientist", "Technologist"],
)
def test_a_bare_head_names_no_field(title: str) -> None:
    assert not names_field(title)
    assert field_title(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "Civil Engineer",
        "Software Engineer",
        "Senior Network Engineer",
        "Data Scientist",
        "Developer",
        "Accountant",
        "Recruitment Advisor",
        "Completely Unknown Words",  # reads as nothing: nothing to drop
        None,
    ],
)
def test_a_title_with_its_field_is_kept(title: str | None) -> None:
    assert names_field(title)
    assert field_title(title) == title


def test_a_fieldless_title_gives_no_title_credit_by_occupation() -> None:
    from gapcheck.score.title import _title_groups

    rows, labels = _title_groups(["Staff Engineer", "Civil Engineer"])
    assert not rows[0].any() and labels[0] is None
    assert rows[1].any() and labels[1] == "civil engineer"
