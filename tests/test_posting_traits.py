"""Round 10 of issue 15: personal qualities asked of the candidate are terms; the
employer's, the team's and the service's are not (gapcheck.extract.posting_traits)."""

from __future__ import annotations

from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.posting_traits import trait_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _traits(text: str, covered: list[Mention] | None = None) -> list[str]:
    return [m.text for m in trait_mentions(_posting(text), None, covered or [])]


_HEAD = (
    "Staff Nurse\n\nJob overview\n\n{}\n\nMain duties of the job\n\n- Deliver care.\n"
)


def test_a_quality_of_the_person_sought_is_asked() -> None:
    got = _traits(_HEAD.format("We are looking for a motivated and caring individual "
                               "to work on our busy ward."))  # fmt: skip
    assert got == ["motivated", "caring"]


def test_a_quality_before_a_word_of_the_title_is_asked() -> None:
    got = _traits(_HEAD.format("We are recruiting an enthusiastic Staff Nurse."))
    assert got == ["enthusiastic"]


def test_a_quality_said_of_the_candidate_is_asked() -> None:
    assert _traits(_HEAD.format("You will be self-motivated and resilient.")) == [
        "self-motivated",
        "resilient",
    ]
    assert _traits(_HEAD.format("The candidate must be resourceful.")) == [
        "resourceful"
    ]
    assert _traits(_HEAD.format("Are you dynamic and creative?")) == [
        "dynamic",
        "creative",
    ]


def test_a_quality_of_the_team_or_the_place_is_not_asked() -> None:
    for text in (
        "We are looking for a nurse to join our enthusiastic team.",
        "Patients deserve care in a caring and safe environment.",
        "We are looking for staff to deliver a dynamic and proactive service.",
        "You will be part of an MDT of enthusiastic occupational therapists.",
        "We are committed to equal opportunities.",
        "You will stay until you are confident that the plan works.",
        "You will be working in a dynamic and friendly team.",
    ):
        assert _traits(_HEAD.format(text)) == [], text


def test_a_quality_in_benefits_is_not_asked() -> None:
    text = (
        "Staff Nurse\n\nJob overview\n\nWe need a nurse.\n\nBenefits\n\n"
        "- You will be motivated by our reward scheme and feel confident.\n"
    )
    assert _traits(text) == []


def test_a_trait_on_a_short_requirement_line_is_asked_unless_it_names_a_thing() -> None:
    text = (
        "Support Worker\n\nPerson specification\n\nEssential\n\n"
        "- Passionate about forming therapeutic relationships\n"
        "- Dedicated mentoring for new starters\n"
        "- NVQ level 2 in health and social care\n"
    )
    assert _traits(text) == ["Passionate"]


def test_a_trait_already_covered_is_not_repeated() -> None:
    text = _HEAD.format("We are looking for a motivated individual.")
    start = text.index("motivated")
    covered = [Mention(start, start + 9, "motivated", "SKILL", type="soft")]
    assert _traits(text, covered) == []


def test_asked_traits_reach_the_posting_terms() -> None:
    posting = _posting(_HEAD.format("You will be compassionate and reliable."))
    names = [m.text for m in asked_mentions([], posting, None)]
    assert "compassionate" in names and "reliable" in names


def test_a_trait_of_the_employer_on_a_requirement_line_is_not_asked() -> None:
    text = (
        "Support Worker\n\nPerson specification\n\nEssential\n\n"
        "- Cambian is committed to safeguarding young people\n"
        "- Committed to a person-centred approach to recovery\n"
    )
    assert _traits(text) == ["Committed"]


def test_a_trait_whose_soft_skill_is_already_a_term_is_not_repeated() -> None:
    from gapcheck.score import resolve_taxonomy

    taxonomy = resolve_taxonomy()
    skill = taxonomy.get("proactive")
    assert skill is not None  # the taxonomy's soft skill the trait names
    text = _HEAD.format("You will be proactive.")
    posting = _posting(text)
    assert [m.canonical for m in trait_mentions(posting, taxonomy, [])] == [skill.name]
    other = Mention(0, 5, "initiative", "SKILL", canonical=skill.name, type="soft")
    assert trait_mentions(posting, taxonomy, [other]) == []


def test_the_employer_s_phrase_after_a_trait_wins_over_a_title_word() -> None:
    text = (
        "Medicines Management Technician\n\nJob overview\n\n"
        "An opportunity for a technician to join an established and enthusiastic "
        "medicines management team. We are looking for an innovative technician "
        "to work within a dynamic MDT supporting people.\n\n"
        "Main duties of the job\n\n- Deliver care.\n"
    )
    assert _traits(text) == ["innovative"]


def test_caring_for_values_and_a_group_s_qualities_are_not_asked() -> None:
    for text in (
        "We are looking for a nurse with skills in caring for people at home.",
        "The nursing team are proactive, innovative and knowledgeable.",
    ):
        assert _traits(_HEAD.format(text)) == [], text
    got = _traits(_HEAD.format("The Pain team is looking for a motivated individual."))
    assert got == ["motivated"]


def test_a_trait_among_the_employer_s_values_is_not_asked() -> None:
    text = (
        "Support Worker\n\nPerson specification\n\nEssential\n\n"
        "- Shares our values of Open, Compassionate and Empowering\n"
        "- Kind and compassionate\n"
    )
    assert _traits(text) == ["compassionate"]
