"""Round 11 of issue 15, non-clinical postings: the trade a title names, work
conditions asked in prose (gapcheck.extract.posting_occupation, posting_conditions),
and a resume talked about in a posting (gapcheck.parse.kind)."""

from __future__ import annotations

from gapcheck.extract.posting_conditions import condition_mentions
from gapcheck.extract.posting_occupation import title_occupation
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.parse import detect_kind, parse_posting
from gapcheck.records import Document, Posting
from gapcheck.score import resolve_taxonomy

TAXONOMY = resolve_taxonomy()


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _trades(title: str) -> list[tuple[str, str | None]]:
    posting = _posting(f"{title}\n\nJob overview\n\nWe are recruiting.\n")
    return [(m.text, m.canonical) for m in title_occupation(posting, [], TAXONOMY)]


def test_a_title_worker_noun_asks_its_trade() -> None:
    assert _trades("Plumber - Bethlem Royal Hospital") == [("Plumbing", "Plumbing")]
    assert _trades("Cleaners (Bank Hours)") == [("Cleaning", "Cleaning")]
    assert _trades("Porter") == [("Portering", "Portering")]
    assert _trades("Cook / Housekeeper") == [("Housekeeping", "Housekeeping")]
    assert _trades("Assistant Directorate Accountant") == [("Accounting", "Accounting")]


def test_a_title_trade_is_named_as_the_work_not_the_title() -> None:
    """The term names the work ("Back-end development"), so no fix asks to add the
    title's words to a skills section; the mention keeps the title's span."""
    posting = _posting("Backend Engineer\n\nJob overview\n\nWe are recruiting.\n")
    (m,) = title_occupation(posting, [], TAXONOMY)
    assert m.text == "Back-end development"
    assert posting.document.text[m.start : m.end] == "Backend Engineer"


def test_a_word_before_the_worker_noun_narrows_the_trade() -> None:
    assert _trades("Clinical Trials Administrator") == [
        ("Clinical trials administration", "Clinical trials administration")
    ]
    assert _trades("IT Project Manager") == [
        ("Project management", "Project management")
    ]


def test_ranks_and_roles_name_no_trade() -> None:
    for title in (
        "Maintenance Supervisor",
        "Data Warehouse Manager",
        "Medical Workforce Officer",
        "Business Partner",
        "Team Leader",
        "Bank Housekeeping",
    ):
        assert _trades(title) == [], title


def test_a_trade_a_kept_term_names_is_not_repeated() -> None:
    posting = _posting("Bank Cleaner\n\nJob overview\n\nWe are recruiting.\n")
    first = title_occupation(posting, [], TAXONOMY)
    assert len(first) == 1
    assert title_occupation(posting, first, TAXONOMY) == []


_PROSE = (
    "Domestic Assistant\n\nJob overview\n\nWe are recruiting a domestic assistant "
    "for our wards. {}\n\nMain duties of the job\n\n- Clean the ward.\n\n"
    "Person specification\n\nEssential\n\n- Cleaning experience\n"
)


def _conditions(sentence: str) -> list[tuple[str, str | None]]:
    posting = _posting(_PROSE.format(sentence))
    return [(m.text, m.canonical) for m in condition_mentions(posting, TAXONOMY, [])]


def test_shifts_and_sites_asked_in_prose_are_terms() -> None:
    assert _conditions(
        "You would be Working as part of a Roster to cover Mornings and Weekends."
    ) == [("Roster", "Shift flexibility")]
    assert _conditions(
        "The successful candidate will be expected to work Early and Late shifts."
    ) == [("Late shifts", "Shift flexibility")]
    assert _conditions("You may be asked to cover multiple sites.") == [
        ("cover multiple sites", "Willingness to travel")
    ]
    assert _conditions("There is a requirement to work across all sites.") == [
        ("across all sites", "Willingness to travel")
    ]
    assert _conditions(
        "The post holder will be expected to travel across NT bases in Ely."
    ) == [("travel across NT bases", "Willingness to travel")]


def test_conditions_given_denied_or_named_are_not_asked() -> None:
    for sentence in (
        "You will be offered a range of shifts to suit your lifestyle.",
        "You will not be required to work weekends or nights.",
        "If you would like to work weekends, please tell us.",
        "The post holder will work alongside the Health Roster team.",
        "You will be required to attend training (unpaid, travel expenses are "
        "not reimbursed).",
        "The ward covers weekends and nights.",
        "You must be prepared to travel to interview.",
    ):
        assert _conditions(sentence) == [], sentence


def test_conditions_reach_the_posting_terms() -> None:
    text = _PROSE.format("You may be asked to cover multiple sites.")
    posting = _posting(text)
    terms = asked_mentions([], posting, TAXONOMY)
    assert "cover multiple sites" in [m.text for m in terms]
    assert "Domestic Assistant" not in [m.text for m in terms]


def test_resumes_talked_about_do_not_make_a_posting_a_resume() -> None:
    text = (
        "HR Business Partner\n\nThis role will be responsible for allocating "
        "consultants.\n\nResponsibilities:\n\n- Ensures that all template resumes "
        "are updated\n- Endorses consultants' resumes to clients\n- Reviews each "
        "applicant's resume\n\nQualifications:\n\n- Good communication skills\n"
    )
    assert detect_kind(Document("p.txt", "txt", text)) == "posting"


def test_a_resume_labelled_as_one_stays_a_resume() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nRESUME\n\nExperience\n\nAnalyst, Acme "
        "2019 - 2023\n\nEducation\n\nBSc, 2018\n"
    )
    assert detect_kind(Document("r.txt", "txt", text)) == "resume"
