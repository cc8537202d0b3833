"""Round 10 of issue 15: essential asks written outside the requirement lines."""

from __future__ import annotations

from gapcheck.parse import parse_posting
from gapcheck.records import Document, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


# -- conditions of appointment, in any section ---------------------------------------

_CLOSING = """Paramedic Call Handler

What we'll need from you

- Be a registered Paramedic (with HCPC registration)
- Have good IT and keyboard skills

Additional Information

{note}

Practice Plus Group is proud to be an equal opportunity employer.
"""


def test_a_check_the_post_is_subject_to_is_asked_in_closing_notes() -> None:
    note = (
        "Please note that offers of employment are subject to receipt of "
        "satisfactory references and a DBS check."
    )
    posting = _posting(_CLOSING.format(note=note))
    assert "DBS" in posting.certifications
    asked = [r for r in posting.requirements if "DBS" in r.text]
    assert asked and asked[0].importance == "required"
    assert asked[0].kind == "certification"


def test_a_check_in_the_opening_prose_is_asked() -> None:
    posting = _posting(
        "Mental Health Practitioner\n\n"
        "Join our Mental Health Support Team working with schools across the city. "
        "This post is subject to an enhanced Disclosure and Barring Service (DBS) "
        "Check.\n\n"
        "Essential criteria\n\n"
        "- Registered mental health nurse or social worker\n"
        "- Experience of working with children and young people\n"
    )
    assert "DBS" in posting.certifications


def test_a_check_that_is_given_or_names_nothing_held_asks_nothing() -> None:
    for note in (
        "We offer a free DBS check to every new starter.",
        "Offers of employment are subject to satisfactory references.",
        "The cost of the DBS must be met by the successful candidate.",
        "If the post is subject to the Rehabilitation of Offenders Act, a DBS "
        "check will be required.",
    ):
        posting = _posting(_CLOSING.format(note=note))
        assert "DBS" not in posting.certifications, note
        assert not any(note in r.text for r in posting.requirements), note


# -- working patterns required in prose ----------------------------------------------

_HOURS = """Specialist Dietitian

About the role

We are looking for a dietitian to join our team. {sentence}

Essential criteria

- HCPC registered dietitian
- Experience of nutrition support
"""


def _shifts(sentence: str) -> list[str]:
    from gapcheck.extract.posting_filter import rules_only
    from gapcheck.extract.posting_terms import asked_mentions
    from gapcheck.score import resolve_taxonomy

    posting = _posting(_HOURS.format(sentence=sentence))
    with rules_only():
        found = asked_mentions([], posting, resolve_taxonomy())
    return [m.text for m in found if m.canonical == "Shift flexibility"]


def test_a_rota_or_weekends_required_in_prose_asks_shift_work() -> None:
    for sentence, words in (
        ("The post-holder will be required to participate in the team 7-day rota "
         "(maximum of 1 in 4 weekends).", "7-day rota"),
        ("The post holder is required to work on a rotational basis across a "
         "seven-day working week.", "rotational basis"),
        ("The post holder may be required to work weekends in the future.",
         "weekends"),
    ):  # fmt: skip
        assert _shifts(sentence) == [words], sentence


def test_a_pattern_given_negated_or_another_task_asks_no_shift_work() -> None:
    for sentence in (
        "There are various lengths of shifts available to meet the needs of this "
        "service.",
        "You can negotiate your shift pattern to suit your needs.",
        "You must have experience of coordinating shifts in a clinical area.",
        "You will not be required to work weekends or nights.",
        "Come and see us if you require specific shifts.",
        "The service is open seven days a week from 8am to 8pm.",
    ):
        assert _shifts(sentence) == [], sentence


# -- who is sought, among the duties ---------------------------------------------------

_DUTIES = """Practice Nurse

Main duties of the job

- Run chronic disease clinics for the practice population
- {line}
"""


def _kind(line: str) -> str:
    posting = _posting(_DUTIES.format(line=line))
    return next(r.kind for r in posting.requirements if r.text.startswith(line[:20]))


def test_a_line_among_the_duties_saying_who_is_sought_is_no_duty() -> None:
    assert _kind("Run chronic disease clinics for the practice population") == "duty"
    for line in (
        "We are looking for an enthusiastic candidate with excellent communication "
        "skills and a desire to deliver change",
        "You will need to be flexible and enjoy working in a busy environment",
    ):
        assert _kind(line) == "skill", line
    for line in (
        "The successful applicant will support the head and neck MDT meeting",
        "Support patients who are looking for someone with time to listen",
    ):
        assert _kind(line) == "duty", line


# -- a driving licence asked in other words -------------------------------------------

_DRIVING = """Community Staff Nurse

Essential criteria

- Registered nurse (NMC)
- {line}
"""


def test_a_driver_asked_in_other_words_asks_a_driving_licence() -> None:
    for line in (
        "There may be a requirement to work at other clinics, so car drivers are "
        "essential.",
        "You will need to be a car driver.",
        "Applicants must be able to drive and have access to transport.",
    ):
        assert "Driving licence" in _posting(_DRIVING.format(line=line)).certifications
    for line in (
        "Ability to drive service improvement across the team.",
        "Support patients who are able to drive to their appointments.",
    ):
        certs = _posting(_DRIVING.format(line=line)).certifications
        assert not any("driv" in c.lower() for c in certs), line
