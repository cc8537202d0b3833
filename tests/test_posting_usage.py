"""Round 10 of issue 15: words a posting uses in a sense that is no skill asked
(:mod:`gapcheck.extract.posting_usage`), and certificates that are no level of study
(:func:`gapcheck.parse.degrees.asked_degree_levels`)."""

from __future__ import annotations

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.posting_usage import (
    being_supervised,
    clinical_presentation,
    generic_work,
    notification,
    other_sense,
    partner_listed,
    taken_back,
    unit_name,
)
from gapcheck.extract.taxonomy import load_taxonomy
from gapcheck.parse import parse_posting
from gapcheck.parse.degrees import asked_degree_levels
from gapcheck.records import Document, Mention


def _m(text: str, part: str, canonical: str | None = None) -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), part, "SKILL", canonical=canonical)


def test_patients_presenting_are_no_presentation_skills() -> None:
    for text, part in (
        ("Experience in goal planning with patients presenting with varied conditions.",
         "presenting"),
        ("A positive approach to working with people presenting with a range of "
         "difficulties.", "presenting with a range of difficulties"),
        ("Specialist knowledge of a wide range of neurological presentations.",
         "presentations"),
        ("Emphasis on complex relational/behavioural presentations.",
         "relational/behavioural presentations"),
    ):  # fmt: skip
        assert clinical_presentation(_m(text, part, "Presentation skills"), text), part
    for text, part in (
        ("Confidence in presenting and progressing timely updates to senior "
         "management.", "presenting"),
        ("You will deliver presentations to the Board.", "presentations"),
        ("Excellent presentation skills are essential.", "presentation skills"),
        ("Able to give clinical presentations at conferences.", "presentations"),
    ):  # fmt: skip
        assert not clinical_presentation(_m(text, part, "Presentation skills"), text)


def test_a_bare_stage_of_a_cycle_of_work_is_no_term() -> None:
    def stage(text: str, part: str) -> bool:
        return other_sense(_m(text, part, "Planning skills"), text, False)

    assert stage("the assessment, planning and evaluation of workshops.", "planning")
    assert stage("responsible for planning, implementing and monitoring all actions.",
                 "planning")  # fmt: skip
    # alone, or with its own object and no other stage: a skill asked
    assert not stage("support the planning and production of clinical rotas.",
                     "planning")  # fmt: skip
    assert not stage("in relation to planning and delivery of the programme.",
                     "planning")  # fmt: skip
    # a named skill with the word in it is no bare stage
    text = "assessment, care planning and evaluation"
    assert not stage(text, "care planning")
    # a noun right before it makes a kind of planning: a skill
    text = "knowledge and skills in neurological assessment and treatment planning."
    assert not stage(text, "planning")
    # a stage far from the others, with its own object, is asked
    text = "assessing patients' needs, planning and prioritising their workload."
    assert not stage(text, "planning")


def test_supervision_received_is_no_leadership() -> None:
    for text, part in (
        ("clinical care for patients under the supervision of a registered nurse",
         "supervision"),
        ("Working under supervision, the post holder will perform tasks",
         "Working under supervision"),
        ("you will be able to work without direct supervision",
         "work without direct supervision"),
    ):  # fmt: skip
        assert being_supervised(_m(text, part, "Team leadership"), text), part
    text = "Experience of leading and supervising clinical staff; staff supervision"
    assert not being_supervised(_m(text, "staff supervision", "Team leadership"), text)
    text = "able to work without supervision"
    mention = _m(text, "work without supervision", "Independent work")
    assert not being_supervised(mention, text)


def test_a_field_named_as_a_service_is_where() -> None:
    for text, part in (
        ("Mobile working within the Nutrition and Dietetic Service, across settings",
         "Nutrition and Dietetic"),
        ("As a key part of our Children and Young Peoples Mental Health Service, you",
         "Mental Health Service"),
        ("The Integrated Community Health Service operates a seven day service",
         "Community Health"),
    ):  # fmt: skip
        assert unit_name(_m(text, part), text, domain=True), part
    text = "Experience of working in Mental Health Services is essential"
    assert not unit_name(_m(text, "Mental Health Services"), text, domain=True)
    text = "the Nutrition and Dietetic Service"
    assert not unit_name(_m(text, "Nutrition and Dietetic"), text, domain=False)
    text = "knowledge of mental health services"  # lower case: a field, not a name
    assert not unit_name(_m(text, "mental health services"), text, domain=True)


def test_an_ask_taken_back_asks_nothing() -> None:
    text = ("We welcome applicants from all sectors, having experience in the NHS is "
            "not essential.")  # fmt: skip
    assert taken_back(_m(text, "experience in the NHS"), text)
    for text in (
        "Some experience in the NHS is desirable but not essential.",
        "Ideally you will have experience in the NHS, however this is not essential.",
        "Having experience in the NHS is essential.",
    ):
        assert not taken_back(_m(text, "experience in the NHS"), text), text


def test_the_rules_apply_to_a_posting() -> None:
    text = (
        "Staff Nurse\n\nRequirements\n"
        "- You will have experience in the assessment, planning and evaluation of "
        "care of patients presenting with varied physical conditions.\n"
        "- Excellent communication skills are essential.\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    mentions = [
        _m(text, "planning", "Planning skills"),
        _m(text, "presenting", "Presentation skills"),
        _m(text, "communication skills", "Communication"),
    ]
    with rules_only():
        kept = asked_mentions(mentions, posting, load_taxonomy(), key_phrases=False)
    assert [m.text for m in kept] == ["communication skills"]


def test_a_certificate_of_a_status_or_of_a_degree_is_no_level() -> None:
    assert (
        asked_degree_levels(
            "substantive Certificate of Eligibility for Specialist Registration Doctors"
        )
        == []
    )
    assert (
        asked_degree_levels(
            "a Postgraduate or Degree Certificate in Psychological Therapies"
        )
        == []
    )
    # a postgraduate certificate is a certificate asked (tried as "the degree it
    # follows": on 1,700 unjudged postings it removed real asks)
    assert asked_degree_levels("Post Graduate Certificate in CT imaging") == [
        "certificate"
    ]
    assert asked_degree_levels("Certificate in Management") == ["certificate"]
    assert asked_degree_levels("a Diploma in Nursing") == ["certificate"]


def test_a_field_in_a_run_of_partners_or_units_is_who_or_where() -> None:
    for text, part in (
        ("be able to network with other agencies such as Public Health, Clinical "
         "Commissioning Groups", "Public Health"),
        ("relationships with partnership agencies e.g. Social Services, Education",
         "Social Services"),
        ("with external healthcare providers, such as the ambulance services and drug "
         "and alcohol services.", "drug and alcohol services"),
        ("working with 6 various surgical teams (colorectal, HPB, Vascular & Urology).",
         "Urology"),
        ("the current specialities offered by the existing team, which include: "
         "nutrition, hepatology, GI physiology", "physiology"),
    ):  # fmt: skip
        assert partner_listed(_m(text, part), text, domain=True), part
    # a skill that is no field, or a field asked outright, stays
    text = "You will deliver services such as Phlebotomy and ECGs"
    assert not partner_listed(_m(text, "Phlebotomy", "Phlebotomy"), text, False)
    text = "Experience in specialties such as Cardiology is essential"
    assert not partner_listed(_m(text, "Cardiology"), text, domain=True)


def test_work_in_general_is_no_term() -> None:
    for text in (
        "manage processes",
        "perform routine tasks",
        "use professional skills",
        "escalating requests",
    ):
        assert generic_work(Mention(0, len(text), text, "SKILL")), text
    for text in ("managing services", "perform venepuncture", "manage complex tasks"):
        assert not generic_work(Mention(0, len(text), text, "SKILL")), text
    named = Mention(0, 16, "manage processes", "SKILL", canonical="Process management")
    assert not generic_work(named)


def test_a_teams_own_work_after_including_stays() -> None:
    text = (
        "responsible for recruitment of staff to the team, including advertising, "
        "short-listing and interviewing"
    )
    assert not partner_listed(_m(text, "advertising"), text, domain=True)


def test_an_ask_taken_back_after_a_turn_asks_nothing() -> None:
    text = "knowledge of PAS and outpatients, but NHS experience is not essential."
    assert taken_back(_m(text, "NHS experience"), text)
    text = "Knowledge of PAS but NHS experience is desired and not essential."
    assert not taken_back(_m(text, "NHS experience"), text)


def test_reporting_a_fault_is_no_reporting_skill() -> None:
    for text, part in (
        ("Maintain a safe working environment, reporting any hazards or faults.",
         "reporting"),
        ("closely monitoring the above and reporting back to the team", "reporting"),
        ("Report incidents to the nurse in charge", "Report"),
    ):  # fmt: skip
        assert notification(_m(text, part, "Reporting"), text), text
    text = "entering onto spreadsheets and databases and reporting on performance"
    assert not notification(_m(text, "reporting", "Reporting"), text)


def test_a_skill_named_with_service_is_no_unit() -> None:
    text = "Experience working in a Customer Service or sales role"
    mention = _m(text, "Customer Service", "Customer service")
    assert not unit_name(mention, text, domain=True)


def test_the_posts_own_field_in_its_title_is_no_unit() -> None:
    text = "You will join the Legal Services team."
    mention = _m(text, "Legal Services")
    assert unit_name(mention, text, domain=True)
    assert not unit_name(mention, text, True, title="Deputy Head of Legal Services")
