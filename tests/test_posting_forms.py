"""No term by its form (an adjective, an adverb, vague words), organisation names with
a skill's word inside, "on-call" in its field's sense, and prose that goes on from an
asked sentence (issue 15, round 6; gapcheck/extract/posting_forms.py,
gapcheck/parse/prose.py)."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_forms import adjective_only, vague_only
from gapcheck.extract.posting_terms import VAGUE, asked_mentions, is_noise
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention


def _mention(part: str, text: str, canonical: str | None = None) -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), part, "SKILL", canonical=canonical)


@pytest.mark.parametrize(
    ("text", "part", "canonical", "expected"),
    [
        ("food preparation including hot, cold, and ambient items", "hot", None, True),
        ("services that are high quality, progressive, responsive", "progressive",
         None, True),
        ("convey statistical concepts clearly.", "clearly", None, True),
        ("Excellent organisational and communication skills", "organisational",
         None, False),
        ("Strong analytical skills", "analytical", "Analytical thinking", False),
        ("Experience of Drupal", "Drupal", None, False),
        ("Knowledge of filing systems", "filing", None, False),
        ("take the initiative", "initiative", None, False),
    ],
)  # fmt: skip
def test_an_adjective_or_adverb_alone_is_no_term(
    text: str, part: str, canonical: str | None, expected: bool
) -> None:
    start = text.index(part)
    assert adjective_only(part, canonical, text, start + len(part)) is expected


def test_vague_words_before_a_generic_head_are_no_term() -> None:
    assert vague_only(["following", "skills"], VAGUE)
    assert vague_only(["set", "skills"], VAGUE)
    assert not vague_only(["service", "development"], VAGUE)  # a field of work
    assert not vague_only(["clinical", "skills"], VAGUE)
    text = "- You will have the following skills:"
    assert is_noise(_mention("following skills", text), set())


def test_traits_of_working_hard_are_no_term() -> None:
    text = "We are working hard to embed compassionate leadership."
    assert is_noise(_mention("working hard", text, "Work ethic"), set())
    text = "A pragmatist who enjoys doing things differently."
    assert is_noise(_mention("pragmatist", text), set())


def _asked(text: str, mentions: list[Mention]) -> dict[str, str | None]:
    posting = parse_posting(Document("p.txt", "txt", text))
    with rules_only():  # the rules alone; the learned filter: test_posting_filter.py
        return {
            m.text: m.canonical
            for m in asked_mentions(mentions, posting, key_phrases=False)
        }


def test_a_known_skill_inside_an_organisations_name_is_no_term() -> None:
    text = (
        "National Recruitment Assistant\n\nRequirements\n"
        "- Provide support to Health Education England and its patient education "
        "programme\n"
    )
    asked = _asked(
        text,
        [
            _mention("Health Education", text, "Patient education"),
            _mention("patient education", text, "Patient education"),
        ],
    )
    assert list(asked) == ["patient education"]


def test_on_call_takes_its_fields_sense() -> None:
    ward = (
        "Staff Nurse\n\nRequirements\n- Participate in the on-call rota for the ward "
        "and support patients, nursing staff and clinical teams in the hospital\n"
    )
    asked = _asked(ward, [_mention("on-call", ward, "Incident response")])
    assert asked == {"on-call": "Shift flexibility"}
    software = (
        "DevOps Engineer\n\nRequirements\n- Take part in the on-call rota for our "
        "cloud platform, Kubernetes, Docker and Python APIs; web software\n"
    )
    asked = _asked(software, [_mention("on-call", software, "Incident response")])
    assert asked == {"on-call": "Incident response"}


def test_a_sentence_that_goes_on_from_an_asked_one_asks_with_it() -> None:
    text = (
        "Communications Manager\n\n"
        "The successful applicant will be a critical part of our communications team. "
        "You will develop, implement and evaluate a range of communications "
        "activities. For example this may include developing campaigns, social "
        "media, news stories and blogs. Our offices are in a lovely old building "
        "near the sea.\n"
    )
    asked = _asked(
        text,
        [
            _mention("social media", text, "Social media marketing"),
            _mention("old building", text),
        ],
    )
    assert list(asked) == ["social media"]


def test_a_duty_lines_opening_verb_names_its_skill() -> None:
    from gapcheck.extract.posting_duties import duty_mentions
    from gapcheck.score import resolve_taxonomy

    text = (
        "Catering Assistant\n\nResponsibilities\n"
        "- Clean and replenish patient water jugs and wash crockery\n"
        "- Code the menus for the ward and plan the week\n"
        "- Follow strictly timed work schedules\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    named = {m.text: m.canonical for m in duty_mentions(posting, resolve_taxonomy())}
    assert named == {"cleaning": "Cleaning"}  # not "code" -> Programming, not "plan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("attend meetings when considered necessary by management and also", True),
        ("Escalate concerns to senior management.", True),
        ("The management team will support you.", True),
        ("Supported by management of the service budget", False),
        ("Experience of the management of staff", False),
        ("Experience in management and leadership", False),
        ("Knowledge of risk management", False),
    ],
)
def test_management_naming_the_managers_is_no_term(text: str, expected: bool) -> None:
    from gapcheck.extract.posting_forms import managers_named

    start = text.lower().rindex("management")
    found = managers_named("management", text, start, start + len("management"))
    assert found is expected


def test_management_naming_the_managers_is_not_asked_in_a_posting() -> None:
    text = (
        "Chef\n\nMain duties of the job\n"
        "- Prepare meals to the required standards.\n"
        "- Attend courses and meetings when considered necessary by management and "
        "also attend all mandatory training.\n"
        "- Experience in line management.\n"
    )
    asked = _asked(
        text,
        [
            _mention("management", text),
            _mention("line management", text, "Line management"),
        ],
    )
    assert "management" not in asked and "line management" in asked
