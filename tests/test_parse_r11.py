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
