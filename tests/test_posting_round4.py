"""Round 4 of issue 15, rule by rule: sentences about the employer ask nothing;
prose that says what the candidate has is required; duty phrases with a generic
object are no term. The last test holds the fresh judged set
(models/posting_judgements/*_fresh.tsv), picked and given its gold before the rules."""

from __future__ import annotations

from gapcheck.parse import parse_posting
from gapcheck.parse.never_asked import describes_employer
from gapcheck.parse.posting import importance
from gapcheck.records import Document, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


# -- sentences about the employer ------------------------------------------------


def test_sentences_about_the_employer_ask_nothing() -> None:
    for line in (
        "We provide maternity care for around 5,000 mothers and their babies.",
        "Our service provides a wide range of respiratory physiological studies.",
        "The Cellular Pathology laboratory is accredited to ISO 15189:2012.",
        "The Rotherham NHS Foundation Trust is a combined acute and community Trust.",
        "St Michael's Hospital is a large teaching hospital in Bristol.",
    ):
        assert describes_employer(line), line


def test_sentences_that_turn_to_the_candidate_are_not_about_the_employer() -> None:
    for line in (
        "We are looking for midwives who are significantly post qualified.",
        "The Department is looking to recruit an HCPC registered scientist.",
        "Our ideal candidate will have NMC registration.",
        "The team requires a nurse with IV therapy skills.",
        "You will provide dispensing services.",
        "Excellent communication skills are essential.",
        "Experience of SQL Server Integration Services.",
        "Infection Prevention & Control is pivotal in ensuring a safe environment.",
        "We would welcome applications from nurses who have IV therapy skills.",
        "The role includes clinical practice and financial management.",
        "We would be keen to interview practitioners with experience in CBT.",
    ):
        assert not describes_employer(line), line


def test_a_posting_keeps_no_requirement_line_about_the_employer() -> None:
    p = _posting(
        "Staff Nurse\n\nWe provide stroke rehabilitation for the whole county.\n"
        "You must hold NMC registration.\n"
    )
    texts = [r.text for r in p.requirements]
    assert not any("stroke rehabilitation" in t for t in texts)
    assert any("NMC registration" in t for t in texts)


# -- what the candidate has, said in prose ----------------------------------------


def test_prose_saying_what_the_candidate_has_is_required() -> None:
    for line in (
        "You will have experience of direct work with children and young people.",
        "You will be a registered nurse with a diploma in a health related area.",
        "The successful candidate will have knowledge of all rotations.",
        "Applicants should demonstrate a high level of clinical experience.",
        "The ideal candidate will be an experienced NHS Consultant.",
    ):
        assert importance(line, "about") == "required", line


def test_prose_about_the_job_or_an_offer_stays_mentioned() -> None:
    for line in (
        "You will be working at Sturt House, a rehabilitation unit.",
        "You will be supported by our onsite Practice Educators.",
        "The successful candidate will be enrolled onto a training programme.",
        "The successful candidate will have the opportunity to develop skills.",
        "You will be an integral member of the nutrition support team.",
        "If you will have to move your place of residence we will help.",
    ):
        assert importance(line, "about") == "mentioned", line
    # a section's own importance still comes first
    assert importance("You will have a driving licence.", "preferred") == "preferred"
