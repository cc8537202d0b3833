"""Posting reading, rule by rule (issue 15): sentences about the employer ask nothing;
prose that says what the candidate has is required; duty phrases with a generic
object are no term. The last test holds the fresh judged set
(models/posting_judgements/*_fresh.tsv), picked and given its gold before the rules."""

from __future__ import annotations

from gapcheck.extract.posting_terms import is_noise
from gapcheck.parse import parse_posting
from gapcheck.parse.never_asked import describes_employer
from gapcheck.parse.posting import importance
from gapcheck.records import Document, Mention, Posting
from tests.test_posting_rules import _asked
from tests.test_posting_structure import judged_figures


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


# -- duty phrases with a generic object ---------------------------------------------


def _noise(text: str) -> bool:
    return is_noise(Mention(0, len(text), text, "SKILL", source="model"), set())


def test_a_duty_with_a_generic_object_is_no_term() -> None:
    for text in (
        "provide excellent support",
        "developing the service",
        "perform duties",
        "expanding existing placements",
        "providing quality services",
        "provide cross cover",
    ):
        assert _noise(text), text


def test_a_duty_that_names_its_object_stays() -> None:
    for text in (
        "provide chair-side support",
        "Performing medicines reconciliation",
        "provide Reception duties",
        "managing services",
    ):
        assert not _noise(text), text


# -- flexibility offered, not asked --------------------------------------------------


def test_flexibility_the_employer_offers_is_no_term() -> None:
    text = (
        "Nurse\n\nRequirements:\n\n- The post is 18.75 hours achieved by flexible "
        "working across Monday to Thursday as the service requires.\n"
        "- Please talk to us at interview about the flexibility you may need.\n"
        "- You must have a flexible approach to duty as night work is required.\n"
        "- There is the expectation that you will be flexible to the needs of the "
        "service and you may be based at two sites.\n"
    )
    kept = _asked(text, ["flexible working", "flexibility", "flexible approach",
                         "flexible to"])  # fmt: skip
    # "flexible to" (cut on a function word) is no term since round 13's
    # posting_voice; the ask on its line is a known loss (docs: what is left)
    assert kept == ["flexible approach"]


# -- the fresh judged set ------------------------------------------------------------


def test_fresh_real_postings_hold_their_floor() -> None:
    """The fresh set of round 4 (24 NHS postings of 12 groups, gold written before
    gapcheck ran on them): precision 0.73, essential recall 0.70 at main e2d83ba;
    after round 4: 0.75 and 0.70; after the names round (issue15-terms): 0.80 and
    0.69; after round 5 (worked on): 0.83 and 0.75; round 9 (key phrases): 0.91 and
    0.86 (floors a small margin below)."""
    precision, recall = judged_figures("fresh")
    assert precision >= FRESH_PRECISION
    assert recall >= FRESH_RECALL


FRESH_PRECISION = 0.80
FRESH_RECALL = 0.84
