"""Round 14 evidence rules (issue 16 item 4): evidence that names a skill without
showing it (a soft skill claimed with no act, a neighbouring skill's words, a course's
name) is related evidence, not a match; every matched skill's snippet holds its
words or an alias, on real dev and fresh pairs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from gapcheck.score.related import bare_claim, course_name, names_role, neighbour
from tests.conftest import matched_snippets


@pytest.mark.parametrize(
    ("text", "word", "section", "claim"),
    [  # real resume lines of the round-14 draw (seed 1401)
        ("Energetic, friendly and enthusiastic", "enthusiastic", "summary", True),
        ("Strong organizational skills", "organizational skills", "skills", True),
        (
            "Systematic and well-organized with strong attention to detail",
            "well-organized",
            "summary",
            True,
        ),
        (
            "Polished communication skills and comfortable working with all levels of",
            "communication",
            "summary",
            True,
        ),
        (
            "Dedicated professional with excellent communication skills",
            "communication",
            "summary",
            True,
        ),
        ("Self-starter", "Self-starter", "summary", True),
        ("Time management", "Time management", "summary", True),
        (
            "Brainstormed with Marketing team to create innovative ideas.",
            "innovative",
            "experience",
            False,
        ),
        (
            "Developed and implemented communication strategies.",
            "communication",
            "experience",
            False,
        ),
        (
            "I worked hard to foster strong lines of communication",
            "worked hard",
            "experience",
            False,
        ),
        (
            "Proactively manage the daily sales/quality referral process",
            "Proactively",
            "experience",
            False,
        ),
        (
            "Negotiating with offered candidates to convert them.",
            "Negotiating",
            "experience",
            False,
        ),
        (
            "Communicate with Pastry Supervisor concerning needs",
            "Communicate",
            "experience",
            False,
        ),
        ("relations and special event planning.", "planning", "summary", False),
        ("Organized and efficient", "Organized", "summary", True),
        ("Organized the annual conference", "Organized", "summary", False),
        (
            "Manager with 12 years of background in customer service, finance, "
            "leadership and branch management",
            "leadership",
            "summary",
            True,
        ),
        ("Assist with banquet plating", "Assist", "experience", False),
    ],
)
def test_bare_claim(text: str, word: str, section: str, claim: bool) -> None:
    start = text.index(word)
    assert bare_claim(text, start, start + len(word), section) is claim


@pytest.mark.parametrize(
    ("text", "word", "forms", "canonical", "near"),
    [
        (
            "Maintain a courteous, diplomatic demeanor",
            "courteous",
            ("positive attitude",),
            "Respectfulness",
            True,
        ),
        (
            "Accountable for the general ledger",
            "Accountable",
            ("taking ownership",),
            "Reliability",
            True,
        ),
        (
            "Possess a proactive, positive attitude",
            "proactive",
            ("initiative",),
            "Initiative",
            False,
        ),
        (
            "Supervised A/R team of 3.",
            "Supervised",
            ("Leading teams",),
            "Team leadership",
            False,
        ),
        (
            "Recruited, trained and supervised 8-12 new staff members",
            "supervised",
            ("line management",),
            "Team leadership",
            False,
        ),
    ],
)
def test_neighbour(
    text: str, word: str, forms: tuple[str, ...], canonical: str, near: bool
) -> None:
    start = text.index(word)
    assert neighbour(text, start, start + len(word), forms, canonical) is near


def test_certificate_title_and_education_are_course_names() -> None:
    text = "Certificate of Liaison Officer by the Ministry of Trade"
    at = text.index("Liaison")
    assert course_name(text, at, at + 7, "experience")
    text = "Emphasis in Public Relations"
    at = text.index("Public")
    assert course_name(text, at, at + 16, "education")
    text = "Acted as a liaison between the bank and payroll services"
    at = text.index("liaison")
    assert not course_name(text, at, at + 7, "experience")


def test_a_job_title_names_the_job() -> None:
    titles = ["Finance Officer", "Project Accountant"]
    text = "Company Name City Finance Officer"
    at = text.index("Finance")
    assert names_role(text, at, at + 7, titles)
    text = "PROJECT ACCOUNTANT"
    assert names_role(text, 8, 18, titles)
    text = "Prepared finance reports for the Finance Officer"
    at = text.index("finance")
    assert not names_role(text, at, at + 7, titles)


@pytest.mark.parametrize(
    ("text", "word", "section", "course"),
    [
        (
            "Bachelor of Science : Accounting and Finance , 03/2020",
            "Finance",
            "education",
            True,
        ),
        (
            "Prepared monthly finance reports for the board",
            "finance",
            "experience",
            False,
        ),
    ],
)
def test_course_name(text: str, word: str, section: str, course: bool) -> None:
    start = text.index(word)
    assert course_name(text, start, start + len(word), section) is course


# --- real pairs of the round-14 draw (seed 1401; dev and fresh NHS x livecareer) ----
PAIRS = {
    "E003": ("CHEF/12717345.pdf", "nhs-916260172"),
    "E012": ("ACCOUNTANT/13701259.pdf", "nhs-916253411"),
    "E016": ("FINANCE/14722634.pdf", "nhs-916253411"),
    "E025": ("ACCOUNTANT/13294301.pdf", "nhs-916250012"),
    "E028": ("ACCOUNTANT/13294301.pdf", "nhs-916255097"),
    "E039": ("CONSTRUCTION/12654876.pdf", "nhs-916252444"),
    "E001": ("DIGITAL-MEDIA/14209965.pdf", "nhs-916256549"),
    "E006": ("PUBLIC-RELATIONS/12191094.pdf", "nhs-916258883"),
    "E013": ("HR/14640322.pdf", "nhs-916251719"),
    "E023": ("FINANCE/15011085.pdf", "nhs-916255242"),
}


@pytest.fixture(scope="module")
def audit14(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.conftest import livecareer_pair_runner

    run = livecareer_pair_runner(
        shared_data, tmp_path_factory.mktemp("audit14"), dev=True
    )
    return {k: run(*v) for k, v in PAIRS.items()}


def test_audit14_weak_evidence_is_related(audit14: Any) -> None:
    """The draw's weak first snippets are no match: "Energetic, friendly and
    enthusiastic", "strong attention to detail" (claims), "Self-starter" for
    "Proactive / A go-getter", "Accountable" for taking ownership, "courteous" for a
    positive attitude (neighbours), "Bachelor of Science : Accounting and Finance"."""
    weak = {
        "E003": ("Optimism", "Energetic, friendly and enthusiastic"),
        "E025": ("Attention to detail", "strong attention to detail"),
        "E012": ("Initiative", "Self-starter"),
        "E016": ("Reliability", "Accountable for the maintenance"),
        "E039": ("Respectfulness", "courteous"),
        "E028": ("finance", "Accounting and Finance"),
    }
    for key, (canonical, words) in weak.items():
        shown = matched_snippets(audit14[key], canonical)
        assert all(words not in s for s in shown), (key, shown)
        related = [
            e
            for m in audit14[key].skills.implied
            if (m.canonical or m.name) == canonical
            for e in m.evidence
            if e.related and words in e.snippet
        ]
        assert related, (key, "not listed as related evidence")


def _families(words: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", words) if len(w) > 2}


def test_every_matched_snippet_holds_the_skill(audit14: Any) -> None:
    """Every matched skill's every snippet holds the evidence's words, and the first
    evidence shares a word with the posting's wording, the skill's name or one of
    its taxonomy aliases, and is no bare claim."""
    from gapcheck.score.shared import resolve_taxonomy

    tax = resolve_taxonomy(None)
    checked = 0
    for key, result in audit14.items():
        for m in result.skills.matched:
            for e in m.evidence:
                assert " ".join(e.text.split()) in " ".join(e.snippet.split()), (
                    key,
                    m.name,
                    e.text,
                )
            first = m.evidence[0]
            skill = tax.get(m.canonical) if m.canonical else None
            aliases = getattr(skill, "aliases", ())
            names = [m.name, *m.forms, m.canonical or "", *aliases]
            said = " ".join(first.text.lower().split())
            same = said in {n.lower() for n in names}
            assert same or _families(said) & set().union(*map(_families, names)), (
                key,
                m.name,
                first.text,
            )
            checked += 1
    assert checked >= 20
