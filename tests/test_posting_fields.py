"""Posting reading, round 5 (issue 15): derived breadth terms count only where the
posting shows their field; NHS bodies, units, arrangements and application contents
are no terms; medical specialties, registers and NHS clinical systems are named. The
last test holds the fresh2 judged set (models/posting_judgements/*_fresh2.tsv),
picked and given its gold before this round's rules."""

from __future__ import annotations

from gapcheck.extract.posting_fields import fits, shown_fields
from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.taxonomy import load_taxonomy
from gapcheck.parse import parse_posting
from gapcheck.parse.never_asked import never_asked
from gapcheck.parse.sections import canonical
from gapcheck.records import Document, Mention
from tests.test_posting_rules import _asked
from tests.test_posting_structure import judged_figures

# -- derived terms and the posting's field -------------------------------------------

_NURSE = (
    "Staff Nurse. NHS ward nursing for patients in our hospital; clinical care of "
    "patients with dementia."
)
_ESTATES = "Maintenance technician: electrical installation and repairs of plant."


def test_a_derived_term_of_another_field_does_not_count() -> None:
    shown = shown_fields(_NURSE)
    assert "healthcare" in shown and "sales" not in shown
    assert not fits(("esco", "field:sales"), shown)  # "Quality standards" of sales
    assert not fits(("esco", "field:trades_estates"), shown)


def test_a_derived_term_of_the_posting_or_a_neighbouring_field_counts() -> None:
    shown = shown_fields(_NURSE)
    assert fits(("esco", "field:healthcare"), shown)
    assert fits(("esco", "field:education"), shown)  # "Learning difficulties"
    assert fits(("esco", "field:trades_estates"), shown_fields(_ESTATES))


def test_cross_field_hand_written_and_untagged_terms_always_count() -> None:
    shown = shown_fields("Finance business partner: budgets and ledgers.")
    assert fits(("esco", "field:business"), shown)
    assert fits(("esco", "field:health_safety"), shown)
    assert fits(("esco",), shown)
    assert fits(("field:sales",), shown)  # hand-written: not gated


def test_one_cue_word_shows_no_field() -> None:
    assert "sales" not in shown_fields("Data scientist. Sales data.")
    assert "sales" in shown_fields("Sales executive selling to retail customers.")


# -- names, units and arrangements ---------------------------------------------------


def _asked_known(
    text: str, needles: list[str], canonical: str, soft: bool = False
) -> list[str]:
    """The needles kept as terms, each a mention of the taxonomy skill ``canonical``
    (the first occurrence of each needle, case-sensitive)."""
    posting = parse_posting(Document("p.txt", "txt", text))
    mentions = []
    for needle in needles:
        at = text.index(needle)
        mentions.append(
            Mention(
                at, at + len(needle), needle, "SKILL", canonical=canonical,
                type="soft" if soft else "hard",
            )
        )  # fmt: skip
    with rules_only():  # the rules alone; the learned filter: test_posting_filter.py
        return [
            m.text
            for m in asked_mentions(
                mentions, posting, load_taxonomy(), key_phrases=False
            )
        ]


def test_an_nhs_body_is_no_term() -> None:
    text = (
        "Chief Finance Officer\n\nRequirements:\n\n- You will represent us within "
        "the North West London Integrated Care System and the Primary Care Network.\n"
    )
    assert _asked(text, ["Integrated Care System", "Primary Care Network"]) == []


def test_a_field_two_words_before_a_unit_names_the_unit() -> None:
    text = (
        "Educator\n\nRequirements:\n\n- Work with the Neonatal and Paediatric "
        "education team.\n- Experience of paediatric nursing is essential.\n"
    )
    kept = _asked_known(text, ["Paediatric", "paediatric"], "Paediatrics")
    assert kept == ["paediatric"]


def test_how_the_work_is_arranged_is_asked_only_in_an_ask() -> None:
    text = (
        "Pharmacy Technician\n\nRequirements:\n\n- Working closely with members of "
        "the medicines team.\n- You will need to work in partnership with carers.\n"
        "- Learning and development opportunities.\n"
    )
    kept = _asked(
        text,
        ["Working closely with members", "in partnership with",
         "Learning and development opportunities"],
        canonical="Collaboration",
    )  # fmt: skip
    assert kept == ["in partnership with"]


def test_training_the_employer_gives_is_not_asked() -> None:
    text = (
        "Trainee Pharmacy Technician\n\nRequirements:\n\n- The successful candidate "
        "will be enrolled onto a fully funded GPhC approved pharmacy technician "
        "training programme.\n- You must hold GPhC registration.\n"
    )
    first = text.index("GPhC")
    kept = _asked(text, ["GPhC approved", "GPhC registration"])
    assert kept == ["GPhC registration"] and first < text.index("GPhC registration")


def test_the_employers_own_qualities_and_offers_are_not_asked() -> None:
    text = (
        "Dental Manager\n\nRequirements:\n\n- The Network looks to extend its reach "
        "and influence.\n- Individuals who thrive in well supported teams.\n"
        "- You must be able to influence senior managers.\n"
    )
    kept = _asked_known(
        text, ["influence", "well supported teams"], "Influence", soft=True
    )
    assert kept == []
    second = text.index("influence senior")
    posting = parse_posting(Document("p.txt", "txt", text))
    asked = asked_mentions(
        [Mention(second, second + 9, "influence", "SKILL", canonical="Influence",
                 type="soft")],
        posting,
        load_taxonomy(),
    )  # fmt: skip
    assert [m.text for m in asked] == ["influence"]


def test_health_and_social_care_names_the_sector() -> None:
    text = (
        "Midwife\n\nRequirements:\n\n- Network with providers of health and social "
        "care.\n- Experience in social care is essential.\n"
    )
    at = text.index("social care")
    assert text[at - 11 : at] == "health and "
    kept = _asked(text, ["social care", "Experience in social care"])
    assert kept == ["Experience in social care"]


def test_an_institute_of_a_specialty_is_a_name() -> None:
    text = (
        "Research Fellow\n\nRequirements:\n\n- Based at the Institute of Psychiatry.\n"
        "- Experience in Psychiatry is essential.\n"
    )
    kept = _asked_known(text, ["Psychiatry"], "Psychiatry")
    assert kept == []
    second = text.index("Psychiatry is")
    assert text[second - 14 : second] == "Experience in "


def test_application_contents_are_never_asked() -> None:
    for line in (
        "Contact details of at least TWO referees.",
        "Your application should include: a supporting statement",
        "Supporting statement aligned to the person specification",
        "An up to date CV",
    ):
        assert never_asked(line), line
    for line in (
        "Experience of contact centre work is essential.",
        "Excellent communication skills.",
    ):
        assert not never_asked(line), line


def test_a_graded_skill_line_is_an_ask_not_a_heading() -> None:
    text = (
        "Programme Manager\n\nThe successful applicant will have/be:\n\n"
        "Masters degree\n\nExcellent communication skills\n\n"
        "Ability to handle pressure\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    lines = [r.text for r in posting.requirements]
    assert any("Excellent communication skills" in t for t in lines)
    assert canonical("Key Skills", "posting") == "requirements"
    assert canonical("Excellent communication skills", "posting") is None


# -- vocabulary ----------------------------------------------------------------------


def test_registers_specialties_and_nhs_systems_are_named() -> None:
    taxonomy = load_taxonomy()
    for surface, name in (
        ("CCT", "GMC Specialist Register"),
        ("Specialist Register", "GMC Specialist Register"),
        ("registered medical practitioner", "GMC registration"),
        ("GDC", "GDC registration"),
        ("sexual health", "Sexual and reproductive health"),
        ("General (Internal) Medicine", "General internal medicine"),
        ("SystmOne", "SystmOne"),
        ("EMIS", "EMIS Web"),
        ("MOHO", "Model of Human Occupation"),
        ("electrical background", "Electrical engineering"),
        ("dispensing", "Dispensing medications"),
        ("Integration Services", "SSIS"),
        ("NVQ2", "NVQ"),
        ("at board level", "Board-level leadership"),
    ):
        skill = taxonomy.get(surface)
        assert skill is not None and skill.name == name, surface


# -- the fresh2 judged set -----------------------------------------------------------


def test_fresh2_real_postings_hold_their_floor() -> None:
    """The fresh2 set of round 5 (24 NHS postings of 12 groups, select.py --plan
    fresh2 --seed 5150, gold written before gapcheck ran on them): precision 0.66,
    essential recall 0.74 at main 35bf8c6; 0.67 and 0.76 after round 5; 0.76 and
    0.75 after round 5 part 2, where and what is offered; 0.762 and 0.762 after round
    6; 0.82 and 0.73 with the learned filter of round 8 (trained on this set among
    others: it drops terms judged not asked and costs three generic essentials,
    "administrative", "patient care", "can-do"); 0.82 and 0.85 after round 9's key
    phrases (floors a small margin below)."""
    precision, recall = judged_figures("fresh2")
    assert precision >= 0.80
    assert recall >= 0.82
