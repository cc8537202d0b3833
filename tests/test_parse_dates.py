"""Dates as written on resumes -> "YYYY-MM", spans, month counts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.dates import (
    dangling_range,
    find_span,
    months_between,
    parse_date,
    union_months,
)

TODAY = date(2024, 6, 15)


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("Senior Engineer, Acme Corp — Jan 2015 – Present", "2015-01", None, True),
        (
            "Acme Corp | Senior Engineer | 05/2019 to 08/2021",
            "2019-05",
            "2021-08",
            False,
        ),
        ("Summer 2022", "2022-06", "2022-06", False),
        ("2019–2021", "2019-01", "2021-12", False),
        ("2019 - present", "2019-01", None, True),
        ("Mar. 2018 – Current", "2018-03", None, True),
        ("March 2018 to Now", "2018-03", None, True),
        ("Q3 2020", "2020-07", "2020-07", False),
        ("2015/06 - 2017/01", "2015-06", "2017-01", False),
        ("Since 2020", "2020-01", None, True),
        ("Sept 2019 – Oct. 2020", "2019-09", "2020-10", False),
        ("Fall 2018 - Spring 2019", "2018-09", "2019-03", False),
        ("2016 – to date", "2016-01", None, True),
        ("June 5, 2019 - ongoing", "2019-06", None, True),
        ("Data Analyst  2010 - 2012", "2010-01", "2012-12", False),
    ],
)
def test_date_shapes(line: str, start: str, end: str | None, current: bool) -> None:
    span = find_span(line)
    assert span is not None, line
    assert (span.start, span.end, span.current) == (start, end, current)


@pytest.mark.parametrize(
    "text", ["(123) 456-7890", "+1 415 555 0142", "improved latency by 45%", "C++17"]
)
def test_no_dates_in_phones_and_numbers(text: str) -> None:
    assert find_span(text) is None


def test_year_alone_is_january_at_start_and_december_at_end() -> None:
    assert parse_date("2019") == "2019-01"
    assert parse_date("2019", end=True) == "2019-12"
    assert parse_date("Winter 2021") == "2021-12"
    assert parse_date("not a date") is None


def test_months_inclusive_and_current_uses_today() -> None:
    assert months_between("2020-01", "2020-03", False) == 3
    assert months_between("2024-01", None, True, TODAY) == 6
    assert months_between(None, "2020-01", False) is None


def test_union_counts_overlaps_once() -> None:
    spans = [
        ("2019-01", "2019-12", False),
        ("2019-06", "2020-05", False),  # overlaps the first by 7 months
        ("2024-04", None, True),
    ]
    assert union_months(spans, TODAY) == 17 + 3


def test_dangling_range_over_two_lines() -> None:
    assert dangling_range("June 2020 – Engineer, OpenAI", "Present Did things") == (
        12,
        8,
    )
    assert dangling_range("June 2020 – Present Engineer", "Present Did things") is None
    assert dangling_range("Engineer", "Present") is None


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]  # fmt: skip


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str]:
    year = draw(st.integers(1960, 2039))
    month = draw(st.integers(1, 12))
    name = MONTH_NAMES[month - 1]
    shape = draw(st.sampled_from(["full", "abbr", "abbr.", "mm/yyyy", "yyyy-mm",
                                  "yyyy/mm", "m.yyyy"]))  # fmt: skip
    text = {
        "full": f"{name} {year}",
        "abbr": f"{name[:3]} {year}",
        "abbr.": f"{name[:3]}. {year}",
        "mm/yyyy": f"{month:02d}/{year}",
        "yyyy-mm": f"{year}-{month:02d}",
        "yyyy/mm": f"{year}/{month}",
        "m.yyyy": f"{month}.{year}",
    }[shape]
    if draw(st.booleans()):
        text = text.upper() if draw(st.booleans()) else text.lower()
    return text, f"{year:04d}-{month:02d}"


@given(written_dates())
def test_parse_date_round_trips(case: tuple[str, str]) -> None:
    text, expected = case
    assert parse_date(text) == expected


@given(written_dates(), written_dates(), st.sampled_from([" - ", " – ", " to ", "—"]))
def test_ranges_round_trip(a: tuple[str, str], b: tuple[str, str], sep: str) -> None:
    span = find_span(f"Engineer, Acme  {a[0]}{sep}{b[0]}")
    assert span is not None
    assert {span.start, span.end} == {a[1], b[1]}
    assert span.start is not None and span.end is not None
    assert span.start <= span.end


@given(st.text(max_size=200))
def test_find_span_never_crashes(text: str) -> None:
    span = find_span(text)
    if span is not None:
        assert span.start is None or len(span.start) == 7
