"""The clean edges of a skill span (gapcheck.extract.span_edges): no dangling
conjunction at an edge, and never a span across a field separator (a tab written by
the reader between a right-aligned column and its line, or a line break)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from gapcheck.extract.span_edges import (  # noqa: E402
    crosses_field,
    edge_trimmed,
    field_pieces,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def texts(doc, pieces):
    return [doc[a:b].text for a, b in pieces]


def test_trims_dangling_conjunctions(nlp) -> None:
    doc = nlp.make_doc("and SQL ,")
    a, b = edge_trimmed(doc, 0, len(doc))
    assert doc[a:b].text == "SQL"


def test_a_tab_or_line_break_is_a_field_boundary(nlp) -> None:
    doc = nlp.make_doc("Lucena Research\tAtlanta, GA")
    assert crosses_field(doc, 0, len(doc))
    assert texts(doc, field_pieces(doc, 0, len(doc))) == [
        "Lucena Research",
        "Atlanta, GA",
    ]
    doc = nlp.make_doc("Python and\nSQL")
    assert texts(doc, field_pieces(doc, 0, len(doc))) == ["Python", "SQL"]


def test_plain_spaces_do_not_cut(nlp) -> None:
    doc = nlp.make_doc("Structured Query Language")
    assert not crosses_field(doc, 0, len(doc))
    assert texts(doc, field_pieces(doc, 0, len(doc))) == ["Structured Query Language"]


def test_empty_pieces_are_left_out(nlp) -> None:
    doc = nlp.make_doc("Analyst\t, and\tExcel")
    assert texts(doc, field_pieces(doc, 0, len(doc))) == ["Analyst", "Excel"]


def test_extracted_skills_never_hold_a_tab() -> None:
    from gapcheck.extract import skills_of_lines

    lines = [
        "Financial Analyst\tSep 13 - Present",
        "Lucena Research\tAtlanta, GA",
        "Python, SQL and Tableau\tLondon",
        "Software Engineer\tOct 2016 – Present",
    ]
    found = [m.text for ls in skills_of_lines(lines) for m in ls.mentions]
    assert found, "the extractor found nothing at all on these lines"
    assert not [t for t in found if "\t" in t or "\n" in t]
