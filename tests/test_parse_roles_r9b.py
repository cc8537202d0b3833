"""Role headers whose date cell or left cell wrapped on one-column Chromium layouts
(issue 14, round 9, second pass): synthetic tests, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.resume import repair_wrapped_ranges
from tests.test_parse_role_headers_r9 import _NARROW
from tests.test_parse_roles import roles


@given(
    st.sampled_from(["Jan 2005", "Sep 2013", "May 2016"]),
    st.sampled_from(["Jul", "Apr", "January"]),
    st.sampled_from(["2012", "2017"]),
)
def test_a_date_cell_wrapped_after_the_end_month_is_one_range(
    start: str, month: str, year: str
) -> None:
    text = (
        f"Practice Lead (Collaboration, Portal, NET),\t{start} – {month}\n"
        f"Southern California Edison\t{year}\n• Founded a community of practice"
    )
    fixed = repair_wrapped_ranges(text)
    assert len(fixed) == len(text)
    lines = [ln.rstrip() for ln in fixed.split("\n")]
    assert lines[0] == "Practice Lead (Collaboration, Portal, NET),"
    assert lines[1] == f"Southern California Edison\t{start} – {month} {year}"


def test_an_end_month_over_a_full_date_is_left() -> None:
    text = "Practice Lead, Acme\tJan 2005 – Jul\nSouthern\tJun 2012\n"
    assert repair_wrapped_ranges(text) == text


@given(st.sampled_from(["Development Company (NDA)", "Software Services Group"]))
def test_a_left_cell_wrapped_in_three_words_is_one_header(rest: str) -> None:
    got = roles(
        f"{_NARROW}Project Management Officer, Confidential Web3 & AI Software\n"
        f"{rest}\tFeb 2024 – Jan 2025\n{_NARROW}"
    )
    assert got == [
        ("Project Management Officer", f"Confidential Web3 & AI Software {rest}",
         "2024-02", "2025-01")
    ]  # fmt: skip


@given(
    st.sampled_from(
        [
            ("Senior Web Application Developer | Southern", "California Edison"),
            ("Software Developer | Centre for Sustainable Food", "Systems Lab"),
        ]
    )
)
def test_a_page_break_inside_a_wrapped_barred_header(cut: tuple[str, str]) -> None:
    from tests.test_parse_role_headers_r9 import _BULLETS

    # the page ends after the header's first line: a blank line between the halves
    got = roles(f"{_BULLETS}{cut[0]}\n\n{cut[1]} | Sep 2004 - Jun 2006\n{_BULLETS}")
    title, org = cut[0].split(" | ")
    assert (title, f"{org} {cut[1]}", "2004-09", "2006-06") in got


def test_a_page_break_inside_a_wrapped_left_cell() -> None:
    got = roles(
        f"{_NARROW}Enterprise Automation Technology Architect, Southern California\n"
        f"\nEdison\tJan 2017 – Present\n{_NARROW}"
    )
    assert got == [
        ("Enterprise Automation Technology Architect", "Southern California Edison",
         "2017-01", "now")
    ]  # fmt: skip
