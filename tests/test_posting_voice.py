"""Terms in the employer's own prose, in what the candidate will experience, in work
the role does not hold, in whom the post works under or with, in what the employer
offers, in a web address, cut before their object, or a title's bare rank word, are
no terms asked (gapcheck/extract/posting_voice.py, issue 15 round 13). Each kept case
is a sentence of the same form that asks."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_voice import (
    not_the_candidates,
    title_post_word,
    voiced_mentions,
)
from gapcheck.records import Mention


def _m(text: str, part: str, canonical: str | None = None, type_=None) -> Mention:
    start = text.index(part)
    return Mention(
        start=start,
        end=start + len(part),
        text=part,
        label="SKILL",
        canonical=canonical,
        type=type_,
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the employer speaking of itself
        (
            "• Our focus is on delivering innovative, high quality patient-centred "
            "care whilst providing a supportive working environment.",
            "patient-centred care",
        ),
        (
            "The philosophy of LIM is that everyone working in our hospitals feels "
            "empowered to make improvements.",
            "improvements",
        ),
        (
            "We operate an agile working environment which enables our workforce to be "
            "flexible and have the ability to work in a variety of locations.",
            "agile",
        ),
        (
            "Natural Essentials, Inc. DBA Bulk Apothecary is a growing company that "
            "specializes in providing cosmetics, essential oils and personal care "
            "products.",
            "personal care",
        ),
        (
            "Calderdale & Huddersfield NHS Foundation Trust is a dynamic and "
            "successful organisation with a strong personal development focus.",
            "personal development",
        ),
        (
            "Our latest achievements include:\n\n- The Trust achieved top marks for "
            "facilities for patients living with dementia\n",
            "dementia",
        ),
        (
            "Our vision is to improve the health of our population by building an "
            "organisation that:\n\n- Excels in quality, research, innovation and "
            "teaching\n",
            "teaching",
        ),
        # what the candidate will experience or become
        (
            "- You will experience transparency, integrity, & humility from leadership",
            "humility",
        ),
        ("- You will become more resourceful and resilient", "resilient"),
        # work the role does not hold
        (
            "This means that there will be less responsibility in certain areas "
            "including budgeting, financial management, human resources.",
            "budgeting",
        ),
        # whom the post works under
        (
            "Are you a proficient Health Care Aide (HCA), prepared to work under the "
            "guidance of the Licensed Practical Nurse (LPN) and the Health and Safety "
            "Committee?",
            "LPN",
        ),
        (
            "Reporting into the Executive Director of Finance, the postholder will "
            "work at a strategic level.",
            "Reporting",
        ),
        # what the employer offers
        (
            "We also welcome applications from newly qualified Radiographers and are "
            "able to offer preceptorship.",
            "preceptorship",
        ),
        (
            "Experience is not essential as a theatre training program is available as "
            "part of our robust Trust preceptorship program.",
            "preceptorship",
        ),
        # notes on pay and to applicants
        (
            "Individual pay may vary from the target range and is determined by a "
            "number of factors including location, internal pay equity.",
            "pay equity",
        ),
        (
            "By submitting your details, you acknowledge that Doodles Stick Ltd is "
            "collecting your personal data.",
            "submitting your details",
        ),
        # a piece of a web address; a phrase cut before its object
        ("Learn more about us on: https://crhandrail.com/about", "https"),
        ('- Ability to take a "hands-on" approach to problem solving', "take a"),
    ],
)
def test_not_the_candidates(text: str, part: str) -> None:
    assert not_the_candidates(_m(text, part), text)


def test_work_closely_with_is_whom() -> None:
    text = "You will work closely with Medical Records and the Data Protection Officer."
    m = _m(text, "work closely with", "Collaboration", "soft")
    assert not_the_candidates(m, text)


@pytest.mark.parametrize(
    ("text", "part", "canonical"),
    [
        # the employer's stack is what the candidate works with
        (
            "- We utilize Stripe for billing and charge a monthly subscription.",
            "Stripe",
            None,
        ),
        (
            "- Our frontend Javascript setup is pretty simple.",
            "Javascript",
            "JavaScript",
        ),
        # the prose turns to the candidate
        (
            "We are looking for a nurse with experience of wound care.",
            "wound care",
            None,
        ),
        ("Our ideal candidate has a background in payroll.", "payroll", None),
        (
            "Our team is looking for:\n\n- Experience of dementia care\n",
            "dementia care",
            None,
        ),
        # the post holder offers it, or the term comes before the offer
        (
            "The successful post holder will also offer professional and clinical "
            "leadership to the SLT workforce.",
            "clinical leadership",
            None,
        ),
        (
            "If you are an experienced nurse with an interest in Acute Medicine, we "
            "can offer you a rotation.",
            "Acute Medicine",
            None,
        ),
        (
            "Applicants should be aware that we provide a 7 day service and the "
            "successful candidate would be expected to participate in weekend working.",
            "weekend",
            None,
        ),
        (
            "If the advertised post requires a DBS check the successful candidate will "
            "incur the cost, taken in instalments from salary.",
            "DBS check",
            None,
        ),
        ("- You enjoy a challenge", "enjoy a challenge", None),
        # the phrase after "under the direction of" ends before the work
        (
            "You would be working under the direction of our registered theatre staff "
            "undertaking duties including the cleaning of the theatres.",
            "cleaning",
            None,
        ),
        (
            "Working under the direction of the Nursing team in the GP Practice, you "
            "will undertake a variety of tasks.",
            "GP Practice",
            None,
        ),
        (
            "Reporting to the Deputy Director the successful candidate will have NHS "
            "contracting experience.",
            "NHS contracting",
            None,
        ),
        # experience gained is the work, not a culture
        (
            "You will gain experience of dispensing and medication reviews.",
            "dispensing",
            None,
        ),
        ("- Ability to perform tasks independently", "independently", None),
    ],
)
def test_asked_terms_stay(text: str, part: str, canonical: str | None) -> None:
    taxonomy = None
    if canonical:
        from gapcheck.score import resolve_taxonomy

        taxonomy = resolve_taxonomy()
    assert not not_the_candidates(_m(text, part, canonical), text, taxonomy)


@pytest.mark.parametrize(
    ("title", "part", "dropped"),
    [
        ("HR Generalist", "Generalist", True),
        ("Job opening: Windows Systems Integrator", "Integrator", True),
        ("Patient Meals Catering Assistant - Casual Contract", "Contract", True),
        ("Bank Medical Locum Doctor FY2 - ST3+", "Medical Locum", True),
        ("Social Workers (Adult Social Care) OCC48151", "OCC48151", True),
        ("Medical Receptionist", "Medical Receptionist", False),
        ("Information Analyst", "Information Analyst", False),
        ("Executive Sous Chef", "Sous Chef", False),
    ],
)
def test_title_post_word(title: str, part: str, dropped: bool) -> None:
    m = _m(title, part)
    assert title_post_word(m) is dropped
    assert not_the_candidates(m, title, in_title=True) is dropped


@pytest.mark.parametrize(
    ("title", "part", "whole"),
    [
        ("HR Generalist", "Generalist", "HR Generalist"),
        (
            "Job opening: Windows Systems Integrator",
            "Integrator",
            "Windows Systems Integrator",
        ),
        ("Junior Sales Executive", "Executive", "Sales Executive"),
        ("Patient Meals Catering Assistant - Casual Contract", "Contract", None),
        ("Bank Medical Locum Doctor FY2 - ST3+", "Medical Locum", None),
        ("Social Workers (Adult Social Care) OCC48151", "OCC48151", None),
    ],
)
def test_title_post_read_whole(title: str, part: str, whole: str | None) -> None:
    kept = voiced_mentions([_m(title, part)], title, None, [(0, len(title))])
    assert [m.text for m in kept] == ([whole] if whole else [])
