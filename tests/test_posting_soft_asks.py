"""Round 13 of issue 15: traits, ways of working and multidisciplinary team working
asked of the candidate in prose are terms; the employer's qualities and what is
offered are not (gapcheck.extract.posting_soft_asks)."""

from __future__ import annotations

from gapcheck.extract.posting_soft_asks import soft_ask_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention

_HEAD = (
    "Health Care Assistant\n\nJob overview\n\n{}\n\nMain duties of the job\n\n"
    "- Deliver care.\n"
)


def _asks(body: str, covered: list[Mention] | None = None) -> list[str]:
    posting = parse_posting(Document("p.txt", "txt", _HEAD.format(body)))
    return [m.text for m in soft_ask_mentions(posting, None, covered or [])]


def test_a_quality_before_a_compound_title_is_asked() -> None:
    got = _asks("We are looking for caring and enthusiastic Health Care Assistants "
                "with an interest in patient care.")  # fmt: skip
    assert got == ["caring", "enthusiastic"]


def test_whom_the_employer_seeks_in_more_words() -> None:
    got = _asks("We are inviting applications for a highly motivated and dynamic "
                "Health Care Assistant to join the ward.")  # fmt: skip
    assert got == ["motivated", "dynamic"]
    assert _asks("We are in search of an enthusiastic accounting professional.") == [
        "enthusiastic"
    ]


def test_a_list_said_of_the_candidate_after_be() -> None:
    got = _asks("To join our team you must be hard working, have attention to "
                "detail, be caring, compassionate and keen to learn.")  # fmt: skip
    assert got == ["hard working", "caring", "compassionate", "keen to learn"]


def test_the_employers_qualities_and_offers_are_not_asked() -> None:
    for body in (
        "You will be joining a caring and dynamic team.",
        "We offer flexible working and a supportive, friendly environment.",
        "Our enthusiastic team are proud of the care we give.",
        "You will be part of a caring, compassionate ward team.",
        "We are looking for nurses to join our caring and compassionate team.",
        "If you are motivated and caring, apply now.",
        "If you would like to be a team player and are committed, contact us.",
        "The post holder will be an essential team member in caring for patients.",
    ):
        assert _asks(body) == [], body


def test_working_under_pressure_and_alone_when_asked() -> None:
    got = _asks("There is a need to be able to work to tight deadlines and withstand "
                "the pressure of a busy department. It is essential that you are able "
                "to work on your own initiative.")  # fmt: skip
    assert got == ["withstand the pressure", "work on your own initiative"]


def test_working_under_pressure_not_asked_when_it_is_the_service() -> None:
    for body in (
        "Health Care Assistants frequently work autonomously in clinics.",
        "The unit works under pressure in winter.",
        "We offer a role where you can work independently.",
    ):
        assert _asks(body) == [], body


def test_multidisciplinary_team_working_when_asked() -> None:
    got = _asks("We are looking for a Midwife who enjoys working as part of a "
                "multidisciplinary team.")  # fmt: skip
    assert got == ["multidisciplinary team"]
    assert _asks("The post holder will work within the MDT.") == ["MDT"]


def test_multidisciplinary_team_not_asked_when_described_or_offered() -> None:
    for body in (
        "The multi-disciplinary team is formed of a consultant and therapists.",
        "You will be joining a friendly multidisciplinary team.",
        "Patients are discussed at MDT meetings weekly.",
    ):
        assert _asks(body) == [], body


def test_a_covered_span_is_not_read_twice() -> None:
    body = "You must be caring and resilient."
    first = _asks(body)
    assert first == ["caring", "resilient"]
    posting = parse_posting(Document("p.txt", "txt", _HEAD.format(body)))
    start = posting.document.text.index("caring")
    cover = Mention(start, start + 6, "caring", "SKILL")
    assert _asks(body, [cover]) == ["resilient"]


def _tax_asks(body: str) -> list[tuple[str, str | None]]:
    from gapcheck.score import resolve_taxonomy

    posting = parse_posting(Document("p.txt", "txt", _HEAD.format(body)))
    found = soft_ask_mentions(posting, resolve_taxonomy(), [])
    return [(m.text, m.canonical) for m in found]


def test_conditions_put_to_the_candidate_in_more_forms() -> None:
    got = _tax_asks("This role involves working across sites between the two "
                    "hospitals.")  # fmt: skip
    assert got == [("across sites", "Willingness to travel")]
    got = _tax_asks("Staff are expected to work weekends and nights.")
    assert [c for _, c in got] == ["Shift flexibility"]


def test_conditions_given_or_wished_are_not_asked() -> None:
    for body in (
        "We offer flexible shifts and no weekends.",
        "If you are able to work weekends, let us know.",
        "Travel expenses will be required to be claimed monthly.",
    ):
        assert _tax_asks(body) == [], body


def test_a_quality_of_the_employer_before_the_person_sought_is_not_asked() -> None:
    for body in (
        "We are a busy, pro-active team and therefore we require an individual "
        "with strong communication skills.",
        "We seek a therapist to join a small, friendly service that supports people.",
        "A friendly GP Practice requires a full-time receptionist.",
        "You will need to be an excellent communicator, you'll have the ability to "
        "develop support packages that are creative and flexible.",
    ):
        assert _asks(body) == [], body


_LINES = (
    "Mental Health Nurse\n\nJob overview\n\nWe are recruiting.\n\nPerson specification"
    "\n\nEssential\n\n{}\n"
)


def _line_asks(body: str) -> list[str]:
    posting = parse_posting(Document("p.txt", "txt", _LINES.format(body)))
    return [m.text for m in soft_ask_mentions(posting, None, [])]


def test_a_quality_named_as_a_noun_on_a_requirement_line() -> None:
    got = _line_asks("- Compassion, resilience and a dedication to service users"
                     "\n- The ability to demonstrate integrity")  # fmt: skip
    assert got == ["Compassion", "resilience", "integrity"]


def test_a_quality_named_as_a_noun_of_the_employer_is_not_asked() -> None:
    for body in (
        "We live our values of compassion, integrity and respect.",
        "Our team shows real compassion to every family.",
        "It is a busy unit where staff show a high degree of motivation.",
    ):
        assert _asks(body) == [], body


def test_a_quality_after_that_they_are_and_confidence_in_a_task() -> None:
    got = _asks("The successful individual will be able to demonstrate that they are "
                "an enthusiastic and forward thinking nurse leader.")  # fmt: skip
    assert got == ["enthusiastic", "forward thinking"]
    assert _line_asks("- Confidence in presenting updates to senior managers") == []


def test_team_working_and_communication_on_a_requirement_line() -> None:
    got = _line_asks("- Ability to work independently or in a group\n"
                     "- Verbal and listening communications")  # fmt: skip
    assert got == [
        "work independently",
        "in a group",
        "Verbal and listening communications",
    ]


def test_communicating_with_patients_asked_in_a_sentence() -> None:
    got = _asks("You will be required to communicate with patients and relatives.")
    assert got == ["communicate with patients and relatives"]
    assert _asks("Nurses on the ward communicate with patients daily.") == []


def test_a_vehicle_and_motivation_asked() -> None:
    got = _asks("Applicants will need to be contactable by mobile telephone and own or "
                "provide a 4-door vehicle in a clean condition.")  # fmt: skip
    assert got == ["own or provide a 4-door vehicle"]
    got = _asks("The applicants should demonstrate a high degree of motivation.")
    assert got == ["motivation"]
    for body in (
        "Free car parking is available on site.",
        "We provide a pool car for home visits.",
    ):
        assert _asks(body) == [], body
