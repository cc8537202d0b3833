"""The project's tokenizer and its trained base English pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.nlp import make_blank


@pytest.fixture(scope="module")
def blank():
    return make_blank()


def toks(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++ and C# or F#.", ["C++", "and", "C#", "or", "F#", "."]),
        ("(C#)", ["(", "C#", ")"]),
        (".NET and ASP.NET", [".NET", "and", "ASP.NET"]),
        (
            "Node.js, Vue.js and Next.js.",
            ["Node.js", ",", "Vue.js", "and", "Next.js", "."],
        ),
        ("CI/CD pipelines", ["CI/CD", "pipelines"]),
        ("ci/cd", ["ci/cd"]),
        ("A/B testing", ["A/B", "testing"]),
        ("TCP/IP, UI/UX", ["TCP/IP", ",", "UI/UX"]),
        ("PL/SQL", ["PL/SQL"]),
        ("R&D at AT&T", ["R&D", "at", "AT&T"]),
        ("owned the P&L.", ["owned", "the", "P&L", "."]),
        ("24/7 support", ["24/7", "support"]),
        ("3+ years", ["3+", "years"]),
        ("10+ yrs", ["10+", "yrs"]),
        ("e-commerce", ["e-commerce"]),
        ("Wi-Fi", ["Wi-Fi"]),
        ("cross-functional teams", ["cross-functional", "teams"]),
        ("k8s, S3 and EC2", ["k8s", ",", "S3", "and", "EC2"]),
        ("GPT-4", ["GPT-4"]),
        ("ISO 9001", ["ISO", "9001"]),
        # ordinary words joined by a slash are two terms: split on the slash
        ("SQL/NoSQL", ["SQL", "/", "NoSQL"]),
        ("HTML/CSS", ["HTML", "/", "CSS"]),
        ("and/or", ["and/or"]),
        ("jane.doe@example.com", ["jane.doe@example.com"]),
        (
            "see https://example.com/jobs?id=3.",
            ["see", "https://example.com/jobs?id=3", "."],
        ),
        ("Python 3.11", ["Python", "3.11"]),
        ("20%", ["20", "%"]),
        ("$1.2M budget", ["$", "1.2M", "budget"]),
        ("16GB", ["16", "GB"]),
        # dashes between words still split
        ("design—build", ["design", "—", "build"]),
        ("U.S. don't", ["U.S.", "do", "n't"]),
    ],
)
def test_tokenizer_keeps_terms_whole(blank, text: str, expected: list[str]) -> None:
    assert toks(blank, text) == expected


def test_tokenizer_is_registered() -> None:
    import spacy

    import gapcheck.nlp.tokenizer  # noqa: F401

    factory = spacy.registry.tokenizers.get("gapcheck.tokenizer.v1")
    nlp = spacy.blank("en")
    tokenizer = factory()(nlp)
    assert [t.text for t in tokenizer("C# 3+")] == ["C#", "3+"]


def test_blank_differs_from_spacy_default() -> None:
    import spacy

    text = "3+ years of e-commerce and C#"
    assert toks(spacy.blank("en"), text) != toks(make_blank(), text)


def test_tokenizer_survives_serialization(blank) -> None:
    nlp = make_blank().from_bytes(blank.to_bytes())
    assert toks(nlp, "CI/CD, 3+ years, $1.2M") == [
        "CI/CD",
        ",",
        "3+",
        "years",
        ",",
        "$",
        "1.2M",
    ]


_BLANK = make_blank()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_tokenizer_loses_no_text(text: str) -> None:
    assert _BLANK(text).text == text
