"""Round 11, for real resumes of other producers (issue 14): synthetic tests, none
reading a real file. Each rule is stated in general terms (degrees and schools
named in other languages, entries laid out as rows or stacked in a narrow
column), and each test fails without it."""

from __future__ import annotations

import pytest


def _education(body: str) -> list[tuple[str | None, str | None, str | None]]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Jane Doe\nScientist\n\nEDUCATION\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).education
    return [(e.degree, e.field, e.institution) for e in got]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dr. rer. nat., Informatik", "doctorate"),
        ("Dr.-Ing. Maschinenbau", "doctorate"),
        ("Máster, Ingeniería Informática", "master"),
        ("MASc, Electrical Engineering", "master"),
        ("Grado, Matemáticas", "bachelor"),
        ("Inginer, Automatică și Calculatoare", "bachelor"),
        ("BASc, Civil Engineering", "bachelor"),
        ("Diplomado, Analítica de Datos", "certificate"),
    ],
)
def test_degrees_named_in_other_languages(text: str, level: str) -> None:
    from gapcheck.parse.degrees import degree_match

    hit = degree_match(text)
    assert hit is not None and hit[0] == level and hit[1] == 0


@pytest.mark.parametrize("text", ["Master project", "the grado of", "Dr. Smith"])
def test_no_degree_in_other_words(text: str) -> None:
    from gapcheck.parse.degrees import degree_match

    assert degree_match(text) is None


@pytest.mark.parametrize(
    "school",
    [
        "Universitatea Politehnica din București",
        "Uniwersytet Warszawski",
        "Universiteit van Amsterdam",
        "Università degli Studi di Padova",
        "Karlsruher Institut für Technologie",
        "Hogeschool Utrecht",
    ],
)
def test_schools_named_in_other_languages(school: str) -> None:
    # the school glued after the field: only its name's words tell where it starts
    got = _education(f"Master of Computer Science {school} 2013\n")
    assert [(g[1], g[2]) for g in got] == [("Computer Science", school)]


def test_school_rows_over_their_degree() -> None:
    """Each entry a row of the school and its dates at a right tab stop, over the
    degree: the row's left cell is the school, with or without a school word, and a
    degree line is no cell wrapped beside the next row's dates."""
    got = _education(
        "INSA Lyon\t2012 – 2017\n"
        "Diplôme d'ingénieur, Informatique\n"
        "Sciences Po\t2017 – 2019\n"
        "Master, Affaires publiques\n"
        "Lycée du Parc\t2010 – 2012\n"
        "Classes préparatoires, MPSI\n"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("Diplôme d'ingénieur", "INSA Lyon"),
        ("Master", "Sciences Po"),
        ("Classes préparatoires", "Lycée du Parc"),
    ]


def test_a_school_row_read_as_two_lines() -> None:
    got = _education(
        "EFREI\t2014 – 2019\n"
        "Master's degree, Software Engineering\n"
        "Staffordshire University\n"
        "2017 – 2018\n"
        "Exchange program, Computer Science\n"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("Master's degree", "EFREI"),
        ("Exchange program", "Staffordshire University"),
    ]


def test_rows_of_degrees_are_not_school_rows() -> None:
    """ "Degree<TAB>dates" over the school: the rows name degrees, read as before."""
    got = _education(
        "Master of Science, Physics\t2011 – 2013\n"
        "University of Oslo\n"
        "Bachelor of Science, Physics\t2008 – 2011\n"
        "University of Bergen\n"
    )
    assert [g[2] for g in got] == ["University of Oslo", "University of Bergen"]


def test_stacked_entries_with_the_school_first_wrapped_in_a_narrow_column() -> None:
    got = _education(
        "Universidad\nComplutense de\nMadrid\nGrado, Matemáticas\n2010 – 2014\n"
        "Fundação Getulio\nVargas\nMBA, Gestão de\nProdutos\n2015 – 2016\n"
        "Staffordshire\nUniversity\nExchange program,\nComputer Science\n2017 – 2018\n"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("Grado", "Universidad Complutense de Madrid"),
        ("MBA", "Fundação Getulio Vargas"),
        ("Exchange program", "Staffordshire University"),
    ]


def test_stacked_entries_with_the_degree_first_wrapped_in_a_narrow_column() -> None:
    got = _education(
        "Bacharelado,\nAdministração\nUniversidade de São Paulo\n2009 – 2013\n"
        "Graduate Certificate,\nArtificial Intelligence\nStanford\n2019 – 2020\n"
        "Bachelor, Computer\nScience\nEast Tennessee State\nUniversity\n1998 – 2001\n"
        "B.S., Statistics\nUniversity of Wisconsin–\nMadison\n2011 – 2015\n"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("Bacharelado", "Universidade de São Paulo"),
        ("Graduate Certificate", "Stanford"),
        ("Bachelor", "East Tennessee State University"),
        ("B.S.", "University of Wisconsin–Madison"),
    ]


def test_a_wrapped_credential_name_is_no_school() -> None:
    got = _education(
        "Data Analytics Professional\nCertificate\nGoogle\n2021\n"
        "Machine Learning\nStanford University\n2021\n"
    )
    assert [g[2] for g in got] == ["Google", "Stanford University"]


def test_a_school_named_in_another_language_opens_no_section() -> None:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = (
        "Jane Doe\nScientist\n\nEDUCATION\nB.Sc., Physik\n"
        "Karlsruher Institut für Technologie\n2008 – 2011\n\nSKILLS\nPython, SQL\n"
    )
    resume = parse_resume(read_bytes(text.encode(), "r.txt"))
    assert [s.name for s in resume.sections if s.name != "contact"] == [
        "education",
        "skills",
    ]
    assert resume.education[0].institution == "Karlsruher Institut für Technologie"


def test_a_name_wrapped_after_a_small_word_of_another_language_is_no_heading() -> None:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = (
        "Jane Doe\nScientist\n\nEDUCATION\nB.Sc., Physik\nKarlsruher Institut für\n"
        "Technologie\n2008 – 2011\n\nSKILLS\nPython, SQL\n"
    )
    resume = parse_resume(read_bytes(text.encode(), "r.txt"))
    assert [e.institution for e in resume.education] == [
        "Karlsruher Institut für Technologie"
    ]


@pytest.mark.parametrize(
    ("title", "org", "town"),
    [
        ("Senior Data Engineer, Payments Platform", "Glovo", "Barcelona"),
        ("UX Researcher, Growth", "Booking.com", "Amsterdam"),
    ],
)
def test_a_title_with_its_team_over_the_organisation_and_its_town(
    title: str, org: str, town: str
) -> None:
    from tests.test_parse_roles import roles

    got = roles(
        f"{title}\n{org} · {town}\n09/2016 - 02/2019\n• Shipped a thing.\n"
        "Analyst\nBBVA · Madrid\n06/2014 - 08/2016\n• Did a thing.\n"
    )
    assert [(g[0], g[1]) for g in got] == [(title, org), ("Analyst", "BBVA")]


@pytest.mark.parametrize("sep", [", ", " – "])
def test_a_title_with_its_team_among_title_and_organisation_headers(sep: str) -> None:
    """The other headers read "Title<SEP>Organisation": a header "Title, Team<SEP>
    Organisation" keeps its team in the title."""
    from tests.test_parse_roles import roles

    got = roles(
        f"Senior Engineer, Payments Platform{sep}Glovo\tSep 2016 – Feb 2019\n"
        "• Shipped a thing.\n"
        f"Data Analyst{sep}BBVA\tJun 2014 – Aug 2016\n• Did a thing.\n"
        f"Research Intern{sep}Telefónica\tJun 2013 – Aug 2013\n• Did a thing.\n"
    )
    assert got[0][:2] == (
        "Senior Engineer, Payments Platform",
        "Glovo",
    )


def test_title_org_and_town_headers_stay_as_they_are() -> None:
    """When the other headers have three parts too (a town after each), the third
    part is no organisation."""
    from tests.test_parse_roles import roles

    got = roles(
        "Senior Engineer, Glovo, Barcelona\tSep 2016 – Feb 2019\n• Shipped a thing.\n"
        "Data Analyst, BBVA, Madrid\tJun 2014 – Aug 2016\n• Did a thing.\n"
    )
    assert [g[1] for g in got] == ["Glovo", "BBVA"]


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("janvier 2019 – mars 2021", "2019-01", "2021-03", False),
        ("mayo de 2018 - junio de 2020", "2018-05", "2020-06", False),
        ("März 2017 – Mai 2019", "2017-03", "2019-05", False),
        ("Dez. 2018 – Feb. 2020", "2018-12", "2020-02", False),
        ("1 Jan 2019 – 31 Mar 2020", "2019-01", "2020-03", False),
        ("Ene. 2019 - Actualidad", "2019-01", None, True),
        ("Sept. 2018 – aujourd'hui", "2018-09", None, True),
        ("03/2019 – heute", "2019-03", None, True),
        ("julho de 2019 – atual", "2019-07", None, True),
        ("gennaio 2016 - oggi", "2016-01", None, True),
        ("2017 – en cours", "2017-01", None, True),
    ],
)
def test_dates_written_in_other_languages(
    text: str, start: str, end: str | None, current: bool
) -> None:
    from gapcheck.parse.dates import find_span

    span = find_span(text)
    assert span is not None and (span.start, span.end, span.current) == (
        start,
        end,
        current,
    )
    assert span.text == text
