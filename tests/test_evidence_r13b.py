"""Round 13b evidence rules (issue 16 item 4): a trait asked by its own word is not
shown by another trait, a team's capitalised name and a web or mail address show
nothing, and an employer's name without a legal form is the company."""

from __future__ import annotations

import pytest

from gapcheck.score.profile import _company_name
from gapcheck.score.standins import (
    asked_by_trait_word,
    in_address,
    names_team,
    trait_stand_in,
)


@pytest.mark.parametrize(
    ("forms", "canonical", "hit", "stand_in"),
    [
        (("motivated",), "Initiative", "proactive", True),
        (("motivated",), "Initiative", "Spearheaded", True),
        (("motivated",), "Initiative", "Self-motivated", False),
        (("motivated",), "Initiative", "motivation", False),
        (("passionate",), "Enthusiasm", "enthusiastic", True),
        (("initiative",), "Initiative", "proactive", False),  # asked by its name
        (("organised",), "Organizational skills", "organized", False),
        (("coaching",), "Mentoring others", "mentoring", False),  # no trait
        (("team player", "teamwork"), "Teamwork", "collaborative", False),
    ],
)
def test_trait_stand_in(
    forms: tuple[str, ...], canonical: str, hit: str, stand_in: bool
) -> None:
    assert trait_stand_in(hit, asked_by_trait_word(forms, canonical)) is stand_in


@pytest.mark.parametrize(
    ("text", "word", "team"),
    [
        ("worked with the Advanced Analytics Team on models", "Analytics", True),
        ("supported Accounting Operations colleagues daily", "Accounting", True),
        ("Led the Finance Team of 6", "Finance", False),
        ("Marketing team player", "Marketing", False),
        ("Accounting, payroll and tax", "Accounting", False),
        ("the marketing team", "marketing", False),  # not a capitalised name
    ],
)
def test_names_team(text: str, word: str, team: bool) -> None:
    start = text.index(word)
    assert names_team(text, start, start + len(word)) is team


@pytest.mark.parametrize(
    ("text", "word", "address"),
    [
        ("Padova | https://ale.deste.org", "https", True),
        ("jane@brightmarketing.com", "brightmarketing", True),
        ("built HTTPS endpoints", "HTTPS", False),
    ],
)
def test_in_address(text: str, word: str, address: bool) -> None:
    start = text.index(word)
    assert in_address(text, start, start + len(word)) is address


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Brightwave Marketing", True),
        ("Apex Planning Group", True),
        ("Contract Communicator", False),
        ("of the front-end team", False),
        ("The Coding Bootcamp", False),
        ("Google", False),  # one word: the exact-name rule covers it
        ("Machine Learning Programs", False),
        ("Higher Education", False),
    ],
)
def test_company_name(name: str, company: bool) -> None:
    assert _company_name(name) is company


@pytest.mark.parametrize(
    "text", ["Wrote Python unit tests", "worked in Agile teams", "Flexible team player"]
)
def test_no_team_name(text: str) -> None:
    word = text.split()[1] if text.startswith(("Wrote", "worked")) else "Flexible"
    if text.startswith("worked"):
        word = "Agile"
    start = text.index(word)
    assert not names_team(text, start, start + len(word))
