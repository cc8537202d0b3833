"""Round 3 of issue 15, rule by rule: lines that never ask, a requirement list's end,
person specifications flattened as NHS Jobs writes them, and terms that are no
requirement (welcomes, organisation names, acronyms naming no skill). The last test
holds the held-out judged set (models/posting_judgements/*_heldout.tsv)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.parse import parse_posting
from gapcheck.parse.lines import continues
from gapcheck.parse.never_asked import never_asked
from gapcheck.parse.posting import column_mark, importance
from gapcheck.parse.posting_headings import lead_in
from gapcheck.parse.sections import canonical
from gapcheck.records import Document, Mention, Posting
from tests.conftest import require_shared
from tests.test_posting_structure import _scorer


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _importance(posting: Posting) -> dict[str, str]:
    return {r.text: r.importance for r in posting.requirements}


# -- lines that never ask ------------------------------------------------------------


def test_notes_instructions_and_employer_questions_never_ask() -> None:
    for line in (
        "Cambian is an equal opportunities employer.",
        "Click the link to apply.",
        "Interviews are planned for Monday, 16 November 2020 at the clinic.",
        "Please ensure you demonstrate that you have the required skills.",
        "Who are NHS Professionals?",
        "What next?",
        "Salary: Band 5",
    ):
        assert never_asked(line), line
    for line in (
        "Full UK driving licence essential.",
        "Please note you must hold a full UK driving licence.",
        "Who are you? A registered nurse with NMC registration.",
        "Experience of interview techniques",
    ):
        assert not never_asked(line), line


NHSP = """Pharmacy Support Worker

Essential:

- Good Communication Skills, both written and oral.
- Computer Literate

In return for your hard work NHS Professionals can offer you some fantastic benefits: –

- Stakeholder pension scheme
- Build holiday allowance

Who are NHS Professionals?

We have over 130,000 members registered on our bank.
"""


def test_an_offer_or_the_employers_paragraph_ends_a_requirement_list() -> None:
    reqs = _posting(NHSP).requirements
    lines = [r.text for r in reqs]
    assert "Computer Literate" in lines
    assert not any("pension" in t or "holiday" in t for t in lines)
    assert all(r.importance == "mentioned" for r in reqs if "130,000" in r.text)


def test_prose_that_asks_nothing_after_the_bullets_ends_the_list() -> None:
    text = (
        "Staff Nurse\n\nDesirable:\n\n- Experience in eating disorders\n\n"
        "Cygnet Health Care has been providing a national network of mental health "
        "services for over thirty years across the country.\n"
    )
    lines = [r.text for r in _posting(text).requirements]
    assert "Experience in eating disorders" in lines
    assert not any("Cygnet" in t for t in lines)


def test_a_bulleted_lead_in_names_the_section_of_what_follows() -> None:
    text = (
        "Clinical Psychologist\n\nKey Responsibilities of the Post:\n\n"
        "- Carry out specialist psychological assessments\n"
        "- Key Requirements of the Person Specification:\n"
        "- Doctoral level training in Clinical Psychology\n"
    )
    p = _posting(text)
    by_text = {r.text: r for r in p.requirements}
    assert by_text["Carry out specialist psychological assessments"].kind == "duty"
    doctoral = by_text["Doctoral level training in Clinical Psychology"]
    assert (doctoral.section, doctoral.importance) == ("requirements", "required")
    assert not any(t.startswith("Key Requirements") for t in by_text)


def test_a_long_lead_in_that_says_who_the_candidate_is_opens_requirements() -> None:
    assert (
        lead_in(
            "The successful candidate will have a strong engagement approach and be "
            "able to demonstrate:"
        )
        == "requirements"
    )
    assert (
        lead_in(
            "In the role the successful candidate will be responsible for a wide range "
            "of duties including:"
        )
        == "responsibilities"
    )
    assert lead_in("In return for your hard work we can offer you benefits: –") == (
        "benefits"
    )
    assert canonical("In return we offer:", "posting") == "benefits"


# -- person specifications, flattened ---------------------------------------------


SPEC = """Staff Nurse

Person Specification

Qualifications
Essential
- NMC registration
Desirable
- Mentorship qualification

Skills
Criteria Essential Desirable
Excellent communication skills Essential
IV therapy Desirable
Phlebotomy E
Cannulation (D)
"""


def test_person_specification_columns_give_each_row_its_importance() -> None:
    got = _importance(_posting(SPEC))
    assert got["NMC registration"] == "required"
    assert got["Mentorship qualification"] == "preferred"
    assert got["Excellent communication skills Essential"] == "required"
    assert got["IV therapy Desirable"] == "preferred"
    assert got["Phlebotomy E"] == "required"
    assert got["Cannulation (D)"] == "preferred"


def test_a_header_row_is_a_heading_and_a_row_is_not() -> None:
    assert canonical("Criteria Essential Desirable", "posting") == "requirements"
    assert canonical("IV therapy Desirable", "posting") is None
    assert canonical("Desirable", "posting") == "preferred"
    assert canonical("Essential Criteria", "posting") == "requirements"


def test_a_column_mark_ends_a_wrapped_row() -> None:
    assert not continues("Excellent communication skills Essential", "IV therapy", 40)
    assert continues("Excellent communication skills and", "IV therapy", 40)


def test_column_marks_count_only_inside_requirement_sections() -> None:
    assert importance("Vitamin D", "about") == "mentioned"
    assert importance("Cannulation D", "requirements") == "preferred"
    assert importance("Cannulation D", "preferred") == "preferred"
    assert importance("Phlebotomy - E", "preferred") == "required"
    assert column_mark("E") is None


@given(st.text(max_size=80))
def test_column_mark_and_importance_never_fail(text: str) -> None:
    assert column_mark(text) in (None, "required", "preferred")
    for section in ("requirements", "preferred", "about", "benefits"):
        assert importance(text, section) in ("required", "preferred", "mentioned")


@given(st.lists(st.text(alphabet="abcDE :-–\n", max_size=30), max_size=6))
def test_a_posting_of_any_rows_parses(rows: list[str]) -> None:
    p = _posting("Nurse\n\nEssential\n" + "\n".join(rows) + "\n")
    for r in p.requirements:
        assert r.importance in ("required", "preferred", "mentioned")
        assert 0 <= r.start <= r.end <= len(p.document.text)


# -- terms that are no requirement -------------------------------------------------


def _asked(text: str, needles: list[str], canonical: str | None = None) -> list[str]:
    """The needles of ``text`` kept as terms asked (each a mention of itself)."""
    posting = _posting(text)
    mentions = []
    for needle in needles:
        at = text.index(needle)
        mentions.append(
            Mention(
                at,
                at + len(needle),
                needle,
                "SKILL",
                canonical=canonical,
                source="model",
            )
        )
    with rules_only():  # the rules alone; the learned filter: test_posting_filter.py
        return [m.text for m in asked_mentions(mentions, posting, key_phrases=False)]


def test_a_clause_that_welcomes_anyone_asks_nothing() -> None:
    text = (
        "Nurse\n\nRequirements:\n\n- The ability to speak Welsh is desirable for this "
        "post; Welsh and/or English speakers are equally welcome to apply.\n"
        "- Applications from candidates with Virology training are welcome.\n"
    )
    assert _asked(text, ["Welsh", "English", "Virology training"]) == [
        "Welsh",
        "Virology training",
    ]


def test_organisation_and_service_names_are_no_terms() -> None:
    text = (
        "Research Nurse\n\nRequirements:\n\n- Research within the University Health "
        "Board and Health Education England, in collaboration with Mental Health "
        "Services.\n- Experience of wound care and clinical research.\n"
    )
    kept = _asked(
        text,
        ["University Health Board", "Health Education", "collaboration",
         "Mental Health Services", "wound care", "clinical research"],
    )  # fmt: skip
    assert kept == ["wound care", "clinical research"]


def test_an_acronym_naming_no_skill_in_the_field_is_no_term() -> None:
    text = (
        "Staff Nurse\n\nRequirements:\n\n- Registered nurse on a hospital ward with "
        "patients; clinical nursing care, NMC, ROA and PALS awareness.\n"
    )
    kept = _asked(text, ["ROA", "PALS", "NMC"], canonical="Something")
    assert kept == ["NMC"]


# -- the held-out judged set ---------------------------------------------------------


def test_held_out_postings_terms_and_essentials() -> None:
    """28 NHS postings of 14 groups picked after round 2 (select.py --plan heldout
    --seed 2612), gold written before round 3's rules, never used to write them.
    Before round 3 (main 782ce1e): precision 0.66, essential recall 0.76; after:
    0.74 and 0.78; round 4 (this set worked on since) 0.78 and 0.81; round 5 0.80
    and 0.83; round 5 part 2 0.83 and 0.83; round 9 (key phrases) 0.86 and 0.90
    (floors a small margin below)."""
    data = require_shared("postings", "nhs_jobs_2020-11_dev.jsonl.gz").parents[1]
    scorer = _scorer()
    stats, unjudged = scorer.score(data, which="heldout")
    precision, recall = scorer.precision_recall(stats["ALL"])
    assert stats["ALL"][5] >= 24
    assert len(unjudged) <= 0.1 * sum(stats["ALL"][:3])
    assert precision >= 0.81
    assert recall >= 0.87


def test_a_line_that_says_required_keeps_its_soft_skills_from_the_taxonomy() -> None:
    from gapcheck.extract import MUST, REQUIRE, Extractor, _hint

    assert _hint("requirements", "Must have the ability to travel") == MUST
    # an ability asked in so many words asks its soft skills too (round 9)
    assert _hint("requirements", "Ability to travel") == MUST
    assert _hint("requirements", "Travel across the county") == REQUIRE
    assert _hint("requirements", "You will be given the ability to travel") == REQUIRE
    extractor = Extractor(use_model=False)
    extractor.taxonomy_only = "none"
    travel = Mention(9, 26, "ability to travel", "SKILL",
                     canonical="Willingness to travel", type="soft",
                     source="taxonomy")  # fmt: skip
    sources = {"model": [], "taxonomy": [travel], "keyword": []}
    assert extractor.combine(sources, REQUIRE) == []
    assert extractor.combine(sources, MUST) == [travel]


def test_values_persons_and_track_records_are_no_terms() -> None:
    from gapcheck.extract.posting_terms import is_noise

    def soft(text: str) -> Mention:
        return Mention(0, len(text), text, "SKILL", canonical="X", type="soft")

    for text in ("Integrity", "Excellence", "line manager", "Team Leader",
                 "proven track record", "high standards"):  # fmt: skip
        assert is_noise(soft(text), set()), text
    for text in ("team player", "Teamwork", "influencing",
                 "communication with operational managers"):  # fmt: skip
        assert not is_noise(soft(text), set()), text
