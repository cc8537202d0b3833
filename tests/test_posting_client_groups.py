"""Client groups, conditions and settings asked of the candidate (round 13b)."""

from __future__ import annotations

from gapcheck.extract.posting_client_groups import client_group_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document


def _terms(text: str) -> list[str]:
    posting = parse_posting(Document("p.txt", "txt", text))
    return [m.text for m in client_group_mentions(posting, [])]


def test_experience_of_a_client_group_and_a_setting_is_asked() -> None:
    text = (
        "Staff Nurse\n\nPerson specification\n\nEssential:\n"
        "- Experience of working with older people\n"
        "- Knowledge of long-term conditions\n"
        "- Post-qualification experience in both acute and community settings\n"
    )
    got = _terms(text)
    assert "older people" in got
    assert "long-term conditions" in got
    assert "community settings" in got  # cut to a term's length


def test_the_employers_services_are_not_asked() -> None:
    text = (
        "Staff Nurse\n\nAbout us\n\nWe provide care for older people and children "
        "with long-term conditions in the community.\n\nEssential:\n"
        "- Experience of working in our services for people with dementia\n"
        "- Knowledge of the Children Act\n"
    )
    got = _terms(text)
    assert "older people" not in got
    assert "dementia" not in got  # the employer's service stands between
    assert not any(t.lower() == "children" for t in got)  # a law's name


def _registers(text: str) -> str | None:
    from gapcheck.extract.posting_title_registration import title_registration

    posting = parse_posting(Document("p.txt", "txt", text))
    m = title_registration(posting, [])
    return None if m is None else m.canonical


def test_a_title_profession_asks_for_its_register() -> None:
    body = "\n\nJob overview\n\nJoin our ward team.\n"
    assert _registers("Band 5 Staff Nurse" + body) == "NMC registration"
    assert _registers("Static Physiotherapist - Stroke" + body) == "HCPC registration"
    assert _registers("Specialist Pharmacist" + body) == "GPhC registration"


def test_no_register_for_support_posts_or_where_the_text_names_one() -> None:
    body = "\n\nJob overview\n\nJoin our ward team.\n"
    assert _registers("Physiotherapy Assistant" + body) is None
    assert _registers("Student Nurse" + body) is None
    assert _registers("Staff Nurse\n\nYou must hold live NMC registration.\n") is None
    assert _registers("Ward Clerk" + body) is None


def test_a_skills_object_or_a_names_word_is_no_client_group() -> None:
    text = (
        "Health Visitor\n\nEssential:\n"
        "- Working knowledge of safeguarding children and Working Together to "
        "Safeguard Children (2015)\n"
    )
    assert not any(t.lower() == "children" for t in _terms(text))
