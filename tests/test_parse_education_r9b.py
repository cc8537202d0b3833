"""Education entries on sidebar and table layouts (issue 14, round 9, second
pass): one synthetic test per rule, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.education import find_education
from gapcheck.parse.sections import Line


def _entries(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    lines = [Line(i, t, 0, 0) for i, t in enumerate(texts)]
    return [(e.degree, e.field, e.institution) for e in find_education(lines)]


@given(
    st.sampled_from(["Crash Course on Python", "Web Development Bootcamp"]),
    st.sampled_from(["Google (Coursera)", "Hack Reactor", "FreeCodeCamp"]),
    st.sampled_from(["2026", "2017 – 2018", "Jan 2020"]),
)
def test_one_stacked_entry_with_no_school_word_is_read(
    what: str, where: str, when: str
) -> None:
    got = _entries(what, where, when)
    assert [(g[0], g[2]) for g in got] == [(what, where)]


def test_a_school_alone_over_its_dates_stays_one_entry() -> None:
    assert _entries("Harvard University", "2010 – 2014") == [
        (None, None, "Harvard University")
    ]
