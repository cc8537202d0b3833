"""Names on sidebar layouts whose contact block has links only (issue 14, round 9,
second pass): synthetic tests, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.contact import find_name
from gapcheck.parse.sections import split_lines
from tests.test_parse_contact_layouts import SIDEBAR, _parse

_LINKS_ONLY = SIDEBAR.replace(
    "jane.doe@example\n.com\n(555) 201-7788\n",
    "https://janedoe.dev\nhttps://github.com/janedoe\n",
)


def test_a_sidebar_with_links_only_still_names_the_main_columns_head() -> None:
    resume = _parse(_LINKS_ONLY)
    assert resume.contact.email is None and resume.contact.phone is None
    assert resume.contact.name == "Jane Doe"
    assert resume.headline == "Data Engineer"


@given(st.sampled_from(["Lille, Nord", "Caen, Calvados", "Austin, Texas"]))
def test_a_place_of_one_word_and_its_region_is_no_one_word_name(place: str) -> None:
    assert find_name(split_lines(f"{place}\nhttps://janedoe.dev"))[0] is None


@given(st.sampled_from(["MADONNA, RN", "Madonna, PhD", "Madonna"]))
def test_a_one_word_name_with_letters_after_it_stays(line: str) -> None:
    assert find_name(split_lines(f"{line}\nmadonna@example.com"))[0] in {
        "MADONNA",
        "Madonna",
    }


@given(
    st.sampled_from(
        ["Amsterdam, North-Holland", "Lille, Nord", "Johannesburg, Gauteng"]
    )
)
def test_a_city_and_a_region_of_any_country_is_the_location(place: str) -> None:
    resume = _parse(_LINKS_ONLY.replace("Lyon, FR", place))
    assert resume.contact.location == place
    assert resume.headline == "Data Engineer"  # the place is no headline


@given(
    st.sampled_from(["Massachusetts", "Amsterdam, North-Holland"]),
    st.sampled_from([" | ", " • "]),
)
def test_a_place_between_the_bars_of_the_contact_line(place: str, bar: str) -> None:
    text = (
        f"Jane Doe\nData Engineer\njane@example.org{bar}{place}{bar}"
        "https://janedoe.dev\n\nEXPERIENCE\nData Engineer\tJan 2020 – Present\n"
    )
    assert _parse(text).contact.location == place


@given(st.sampled_from(["Python, SQL", "React, Node.js", "Software Engineer, Acme"]))
def test_skills_and_roles_are_no_place_line(text: str) -> None:
    from gapcheck.parse.contact import place_line

    assert place_line(text) is None


@given(st.sampled_from(["Massachusetts", "Lille, Nord"]))
def test_a_place_under_a_contact_heading_below_the_name(place: str) -> None:
    text = (
        f"Jane Doe\nData Engineer\nCONTACT\njane@example.org\n{place}\n"
        "https://janedoe.dev\n\nSKILLS\nPython, SQL\n\nEXPERIENCE\n"
        "Data Engineer\tJan 2020 – Present\n"
    )
    resume = _parse(text)
    assert resume.contact.location == place
    assert resume.contact.name == "Jane Doe"


@given(st.sampled_from(["1 (253) 778-6251", "1-(415) 555-0100", "1 (212) 555 0199"]))
def test_north_americas_country_code_without_a_plus_stays(phone: str) -> None:
    from gapcheck.parse.contact import find_phone

    assert find_phone(f"jane@example.org | {phone} | Vancouver, BC") == phone


def test_a_year_before_an_area_code_is_no_country_code() -> None:
    from gapcheck.parse.contact import find_phone

    assert find_phone("2019 (253) 778-6251") == "(253) 778-6251"
