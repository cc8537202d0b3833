"""Round 10, second pass, for real resumes of other producers (issue 14):
synthetic tests, none reading a real file. Each rule was found on the work halves
of ``/work/extra/resumes_public3`` and ``resumes_public4``, is stated in general
terms, and each test fails without it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_parse_roles import roles


def _education(body: str) -> list[tuple[str | None, str | None, str | None]]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Jane Doe\nScientist\n\nEDUCATION\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).education
    return [(e.degree, e.field, e.institution) for e in got]


@given(
    st.sampled_from(
        [
            ("Engineer (≈M.Sc.)", "SIGMA Clermont"),
            ("Specialist (equivalent to M.A.)", "Kyiv Polytechnic"),
        ]
    )
)
def test_a_degree_named_in_brackets_ends_at_the_bracket(
    pair: tuple[str, str],
) -> None:
    degree, school = pair
    got = _education(
        f"{degree}, Mechatronics, {school}, Clermont-Ferrand, France\t2011 – 2014\n"
    )
    assert got == [(degree, "Mechatronics", school)]


@given(
    st.sampled_from(
        [
            ("Universidad de", "Colombia"),
            ("Université de", "Strasbourg"),
            ("Politecnico di", "Milano"),
        ]
    )
)
def test_a_school_name_wrapped_after_a_small_word_goes_on(
    name: tuple[str, str],
) -> None:
    head, tail = name
    got = _education(f"{head}\n{tail}\nMagister, Astronomy\n2015 – 2016\n")
    assert [(g[0], g[2]) for g in got] == [("Magister", f"{head} {tail}")]


@given(st.sampled_from(["Coursework", "Classes"]))
def test_the_study_done_there_is_no_part_of_a_schools_name(word: str) -> None:
    got = _education(
        f"Information Technology\n{word}\nCommunity College of Hawaii\nPresent\n\n"
        "SKILLS\nTeamwork\n"
    )
    assert [g[2] for g in got] == ["Community College of Hawaii"]


@given(st.sampled_from(["• Medical Robotics", "• Built robots for the lab", "- Ops"]))
def test_a_bullet_over_the_next_roles_organisation_is_no_header(bullet: str) -> None:
    got = roles(
        "Acme Labs, Paris, France\nPostdoctoral Researcher\tMarch 2019 – Present\n"
        f"{bullet}\nFEMTO-ST, Besançon, France\n"
        f"Postdoctoral Researcher\tFebruary 2018 – February 2019\n{bullet}\n"
    )
    assert [g[1] for g in got] == ["Acme Labs", "FEMTO-ST"]


@given(st.sampled_from(["A PointClickCare Company", "an IBM Company"]))
def test_an_owner_after_a_dash_goes_on_naming_an_organisation_on_its_own_line(
    owner: str,
) -> None:
    got = roles(
        f"Audacious Inquiry - {owner}\tDecember 2016 – Present\n"
        "Solutions Architect\n• Built the immunization gateway for the state\n"
    )
    assert got == [
        ("Solutions Architect", f"Audacious Inquiry - {owner}", "2016-12", "now")
    ]


@given(st.sampled_from(["PhD Student", "Senior Engineer"]))
def test_a_bullet_over_a_dated_organisation_line_is_the_last_roles_text(
    title: str,
) -> None:
    got = roles(
        "Acme Corp, Besançon, France\tFebruary 2018 to February 2019\n"
        "Postdoctoral Researcher\n• Medical Robotics\n"
        f"Globex, Lyon, France\tFebruary 2015 to January 2018\n{title}\n"
        "• Medical Robotics\n"
    )
    assert [g[:2] for g in got] == [
        ("Postdoctoral Researcher", "Acme Corp"),
        (title, "Globex"),
    ]


def test_bullets_over_a_dated_line_stay_a_header_when_headers_are_bulleted() -> None:
    got = roles(
        "• Google\tMountain View, CA\nSoftware Engineer\tOct 2016 – Present\n"
        "• TensorFlow: worked on the APIs and the speed of training on TPUs\n"
        "• Coursera\tMountain View, CA\nSenior Software Engineer\tJan 2014 – Oct 2016\n"
        "• Notifications: a service for sending email and push notifications\n"
    )
    assert [g[:2] for g in got] == [
        ("Software Engineer", "Google"),
        ("Senior Software Engineer", "Coursera"),
    ]
