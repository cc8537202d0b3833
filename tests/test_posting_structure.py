"""Real postings' structure and what they ask (issue 15): NHS Jobs, LinkedIn/Indeed
copy-paste, one place that decides what a section asks, and the judged real set."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_terms import (
    asked_mentions,
    document_field,
    is_noise,
)
from gapcheck.parse import detect_kind, parse_posting
from gapcheck.parse.asking import (
    NOT_ASKING,
    REQUIREMENT_SECTIONS,
    SECTION_IMPORTANCE,
    PostingSection,
)
from gapcheck.parse.degrees import find_certifications
from gapcheck.parse.posting import years_asked
from gapcheck.records import Document, Mention, Posting
from tests.conftest import require_shared

NHS = """Staff Nurse

Mental Health Acute In-patient Staff Nurse - Prospect Park Hospital, Reading

We have four mixed Acute Wards providing care to adults with mental health conditions.
Salary: Band 7/ESP (dependent on experience)
You are a registered mental health nurse with excellent communication skills.

About the Job

- You will be clinically responsible for the implementation of nursing care.

Some of the benefits of joining our team:

- Agenda for Change Salary ranging from £24,907 to £30,615 per annum
- Annual leave - 27 days for new starters, increasing to 29 days after 5 years
- Mindfulness training and health service discounts

The "must haves" for you to be considered for this role:

- Registered Mental Health Nurse with the NMC
- Knowledge of Mental Health legislation
- Full UK driving licence essential.

For further details / informal visits contact:
Hannah Jungius (Recruitment Administrator) on 07785325205
"""


def _posting(text: str = NHS) -> Posting:
    return parse_posting(Document("nhs.txt", "txt", text))


def _lines(text: str) -> list[str]:
    """The requirement lines of a posting written as ``text``."""
    return [r.text for r in _posting(text).requirements]


def _section_of(posting: Posting, needle: str) -> str:
    at = posting.document.text.index(needle)
    return next(s.name for s in posting.sections if s.start <= at < s.end)


def test_a_salary_line_is_one_fact_not_a_benefits_heading() -> None:
    p = _posting()
    assert _section_of(p, "Band 7/ESP") == "benefits"
    assert _section_of(p, "You are a registered") != "benefits"


@pytest.mark.parametrize(
    ("needle", "section"),
    [
        ("Mindfulness training", "benefits"),
        ("Registered Mental Health Nurse with the NMC", "requirements"),
        ("Hannah Jungius", "contact"),
        ("You will be clinically", "about"),
    ],
)
def test_lead_in_lines_ending_with_a_colon_open_their_section(
    needle: str, section: str
) -> None:
    assert _section_of(_posting(), needle) == section


def test_benefits_and_contacts_hold_no_requirement() -> None:
    texts = [r.text for r in _posting().requirements]
    noted = ("Mindfulness", "Jungius", "27 days")
    assert not any(word in t for t in texts for word in noted)
    assert "Full UK driving licence essential." in texts


def test_years_of_leave_or_history_are_no_experience_asked() -> None:
    assert _posting().years_required is None
    assert years_asked("increasing to 29 days after 5 years") is None
    assert years_asked("we celebrated 30 years of success") is None
    assert years_asked("a 2 years fixed-term contract") is None
    assert years_asked("at least 3 years of nursing experience") == 3


def test_registrations_and_licences_are_certifications() -> None:
    found = find_certifications(
        "CCAB qualified. Must hold NMC registration. Full UK driving licence "
        "essential. NVQ Level 3 or City & Guilds. GPhC, GMC and QTS."
    )
    for name in ("CCAB", "NMC", "UK driving licence", "NVQ Level 3", "City & Guilds"):
        assert name in found
    for name in ("GPhC", "GMC", "QTS"):
        assert name in found
    assert "CPA" not in find_certifications("Use of CPA (Care Programme Approach)")
    assert "CPA" in find_certifications("CPA (Certified Public Accountant) required")


def test_each_requirement_says_what_it_asks() -> None:
    kinds = {r.text: r.kind for r in _posting().requirements}
    assert kinds["Registered Mental Health Nurse with the NMC"] == "certification"
    assert kinds["Full UK driving licence essential."] == "certification"
    assert kinds["Knowledge of Mental Health legislation"] == "skill"


def test_an_nhs_posting_is_never_read_as_a_resume() -> None:
    assert detect_kind(Document("nhs.txt", "txt", NHS)) == "posting"


def test_one_place_decides_what_a_section_asks() -> None:
    from gapcheck import extract
    from gapcheck.score import requirements

    assert requirements.SECTION_IMPORTANCE is SECTION_IMPORTANCE
    assert requirements.IGNORED_SECTIONS is NOT_ASKING
    assert REQUIREMENT_SECTIONS <= extract.ASKING_SECTIONS
    assert SECTION_IMPORTANCE[PostingSection.REQUIREMENTS] == "required"
    assert PostingSection.CONTACT in NOT_ASKING


def _mention(text: str, whole: str, canonical: str | None = None) -> Mention:
    start = whole.index(text)
    return Mention(start, start + len(text), text, "SKILL", canonical=canonical)


@pytest.mark.parametrize(
    ("text", "canonical", "noise"),
    [
        ("enthusiastic", None, True),
        ("motivated", None, True),
        ("Optimism", "Optimism", True),
        ("Derbyshire", None, True),
        ("UHND", None, True),  # a hospital's acronym
        ("Set", None, True),
        ("•", None, True),
        ("communication skills", None, False),
        ("SQL", "SQL", False),
        ("wound care", None, False),
    ],
)
def test_traits_places_fragments_and_unknown_acronyms_are_no_terms(
    text: str, canonical: str | None, noise: bool
) -> None:
    m = Mention(0, len(text), text, "SKILL", canonical=canonical)
    assert is_noise(m, set()) is noise


def test_an_acronym_takes_the_sense_of_its_expansion_and_its_field() -> None:
    text = (
        "Staff Nurse\n\nRequirements\n- Experience of CPA (Care Programme Approach)\n"
        "- Work within the MDT on the ward with patients, NHS clinical staff\n"
        "- Knowledge of SAP)\n"
    )
    posting = _posting(text)
    assert document_field(text) == "healthcare"
    mentions = [
        _mention("CPA", text, "Certified Public Accountant"),
        _mention("MDT", text, "Windows Autopilot"),
        _mention("SAP)", text, "SAP"),
    ]
    asked = {
        m.text: m.canonical
        for m in asked_mentions(mentions, posting, key_phrases=False)
    }
    assert asked["CPA"] == "Care Programme Approach"
    assert asked["MDT"] == "Interdisciplinary collaboration (healthcare)"
    assert asked["SAP"] == "SAP"


def test_mentions_outside_requirement_lines_are_not_asked() -> None:
    posting = _posting()
    text = posting.document.text
    mentions = [
        _mention("Mindfulness training", text),
        _mention("communication skills", text),
        _mention("Mental Health legislation", text),
        _mention("Recruitment Administrator", text),
    ]
    asked = [m.text for m in asked_mentions(mentions, posting, key_phrases=False)]
    assert asked == ["communication skills", "Mental Health legislation"]


def test_a_requirement_line_keeps_the_taxonomys_hard_skills() -> None:
    from gapcheck.extract import REQUIRE, Extractor

    extractor = Extractor(use_model=False)
    tax = Mention(7, 10, "SAP", "KNOWLEDGE", canonical="SAP", type="hard",
                  source="taxonomy")  # fmt: skip
    sources = {"model": [], "taxonomy": [tax], "keyword": []}
    extractor.taxonomy_only = "none"
    assert extractor.combine(sources, REQUIRE) == [tax]
    assert extractor.combine(sources, None) == []


# -- the judged real set ---------------------------------------------------------


def _scorer():
    path = Path(__file__).parents[1] / "training" / "postings" / "score_terms.py"
    spec = importlib.util.spec_from_file_location("score_terms", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_terms"] = module
    spec.loader.exec_module(module)
    return module


def judged_figures(which: str) -> tuple[float, float]:
    """(precision, essential recall) of a judged set (``score_terms.py --set``), after
    checking that at most a tenth of its terms are unjudged."""
    data = require_shared("postings", "nhs_jobs_2020-11_dev.jsonl.gz").parents[1]
    scorer = _scorer()
    stats, unjudged = scorer.score(data, which=which)
    assert len(unjudged) <= 0.1 * sum(stats["ALL"][:3])
    return scorer.precision_recall(stats["ALL"])


def test_real_postings_terms_are_requirements_and_find_the_essentials() -> None:
    """Judged by hand (models/posting_judgements): 34 NHS postings of 18 occupation
    groups and the 18 shared DOCX/PDF postings. On main at 2f45c7d: precision 0.57,
    essential recall 0.79; after round 1 (3888f87) 0.77 and 0.87; round 2 0.80 and
    0.88; round 3 0.804 and 0.878; round 4 0.807 and 0.891; round 6 0.815 and 0.897;
    round 8 with the learned filter (trained on this set) 0.86 and 0.90; round 9
    (key phrases) 0.86 and 0.92 (floors a small margin
    below; the held-out set is held in tests/test_posting_rules.py)."""
    precision, recall = judged_figures("dev")
    assert precision >= 0.81
    assert recall >= 0.90


def test_a_form_of_field_headings_ends_no_section() -> None:
    text = (
        "Sonographer\n\nREQUIREMENT:\n\nSonographer with 2 years experience\n\n"
        "LOCATION:\n\nCommunity Clinics across the North West\n\n"
        "We are looking for people who deliver excellent patient care.\n"
    )
    p = _posting(text)
    assert _section_of(p, "Community Clinics") == "other"
    assert _section_of(p, "We are looking for people") == "about"


def test_the_title_and_worded_prose_lines_keep_taxonomy_skills() -> None:
    from gapcheck.extract import MUST, REQUIRE, _hint

    assert _hint("title", "Specialist MSK Podiatrist") == REQUIRE
    # worded "must": the stronger hint, which keeps soft skills too (round 3)
    assert _hint("about", "Applicants must hold a full driving licence.") == MUST
    assert _hint("about", "You will hold a full driving licence.") == REQUIRE
    assert _hint("about", "We are a friendly team.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Physiotherapist\n\nThe Partnership NHS Trust are looking to recruit "
        "a Band 6 Physiotherapist to work in our in-patient units.\n\nThe post holder "
        "will assess and treat patients.\n",
        "Medical Secretary\n\nWe are currently looking for an experienced Medical "
        "Secretary to join the Elderly Care Department.\n\nThe Medical Secretary will "
        "be responsible for secretarial support.\n",
        "Staff Nurse\n\nDo you want to work as part of an award winning team?\n\n"
        "BAND 5\n\nFULL AND PART TIME VACANCIES AVAILABLE\n",
    ],
)
def test_nhs_prose_postings_are_read_as_postings(text: str) -> None:
    assert detect_kind(Document("p.txt", "txt", text)) == "posting"


def test_a_degree_of_autonomy_asks_no_degree() -> None:
    from gapcheck.parse.degrees import degree_levels

    assert degree_levels("You will have a high degree of autonomy") == []
    assert degree_levels("A degree in nursing is essential") == ["bachelor"]


def test_visa_and_covid_notes_are_no_requirements() -> None:
    text = (
        "Head of Finance\n\nRequirements\n- Qualified accountant (CCAB)\n"
        "- This job is unlikely to attract a Tier 2 Certificate of Sponsorship\n"
        "- If you have questions, please call Jo on 01206 286898 or jo@nhs.net\n"
    )
    texts = _lines(text)
    assert texts == ["Qualified accountant (CCAB)"]


def test_dotted_names_match_in_any_case() -> None:
    from gapcheck.extract import get_extractor

    extractor = get_extractor()
    found = extractor.matcher(extractor.nlp("Skills: .Net, .net and .NET Core"))
    assert [m.canonical for m in found] == [".NET", ".NET", ".NET Core"]
    assert extractor.matcher(extractor.nlp("a safety net for staff")) == []
    assert extractor.matcher(extractor.nlp("email jo.bloggs@nhs.net")) == []


def test_short_requirement_lines_and_lists_yield_every_term() -> None:
    from gapcheck.pipeline import analyse_document
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile

    text = (
        "Software Developer\n\nRequirements\n- Python, SQL, Tableau.\n"
        "- Tools: Oracle, Hyperion, SAP.\n- Experience with .Net and C#\n"
        "- Required: IV therapy\n- Must hold NMC registration.\n- LAMP\n"
    )
    analysis = analyse_document(Document("p.txt", "txt", text), "posting")
    names = {t.name for t in posting_profile(analysis, resolve_taxonomy()).terms}
    wanted = {"Python", "SQL", "Tableau", "Oracle", "Hyperion", "SAP", ".Net", "C#",
              "IV therapy", "NMC registration", "LAMP"}  # fmt: skip
    assert wanted <= names


def test_people_and_offers_are_no_terms() -> None:
    for text in ("Student nurses", "University link tutors", "Maintenance Supervisor"):
        assert is_noise(Mention(0, len(text), text, "SKILL"), set())
    assert not is_noise(Mention(0, 16, "customer service", "SKILL"), set())
    text = (
        "Senior Physiotherapist\n\nThis is an ideal opportunity for someone who wishes "
        "to develop their clinical leadership skills.\n\nYou will have specialist "
        "knowledge of neurological assessment.\n"
    )
    texts = _lines(text)
    assert texts == ["You will have specialist knowledge of neurological assessment."]


def test_schema_org_fields_are_requirement_sections(tmp_path: Path) -> None:
    import json

    from gapcheck.parse import parse_file

    node = {
        "@context": "http://schema.org",
        "@type": "JobPosting",
        "title": "Staff Nurse",
        "description": "&lt;p&gt;Join our ward team.&lt;/p&gt;",
        "hiringOrganization": {"@type": "Organization", "name": "A Trust"},
        "qualifications": "NMC registration",
        "skills": ["Wound care", "IV therapy"],
        "responsibilities": "Assess patients",
        "experienceRequirements": {"monthsOfExperience": 24},
        "educationRequirements": "Nursing degree",
    }
    path = tmp_path / "posting.json"
    path.write_text(json.dumps(node), encoding="utf-8")
    posting = parse_file(path, "posting")
    assert isinstance(posting, Posting)
    asked = {r.text: (r.section, r.kind) for r in posting.requirements}
    assert asked["NMC registration"] == ("requirements", "certification")
    assert asked["IV therapy"][0] == "requirements"
    assert asked["Assess patients"] == ("responsibilities", "duty")
    assert asked["2 years of experience"] == ("requirements", "experience")
    assert asked["Nursing degree"] == ("requirements", "education")
    assert posting.years_required == 2


def test_a_short_bullet_is_a_requirement_not_a_heading() -> None:
    text = (
        "Systems Architect\n\nResponsibilities, essential skills and experience\n"
        "- Good Problem-solving skills\n- Communication skills\n"
    )
    texts = _lines(text)
    assert texts == ["Good Problem-solving skills", "Communication skills"]
    m = Mention(0, 41, "work with older people with dementia needs", "SKILL")
    assert not is_noise(m, set())


def test_with_listed_requirements_prose_asks_only_of_the_candidate() -> None:
    text = (
        "Director of Engineering\n\nMinimum qualifications:\n- 10 years of C++\n\n"
        "About the job\nYou will partner with teams such as Search, Ads and Youtube.\n"
        "You have excellent written communication skills.\n"
    )
    texts = _lines(text)
    assert "You have excellent written communication skills." in texts
    assert not any("Youtube" in t for t in texts)


def test_a_contact_at_the_end_of_a_short_posting_is_no_resume_header() -> None:
    text = (
        "Healthcare Assistant\n\nAn opportunity has arisen for 2 Healthcare Assistants."
        "\n\nApplicants must have experience of mental health care.\n\nThe role "
        "involves person-centred care.\n\nFor further details contact:\nAsif Zaman\n"
        "Email: asif.zaman@nottshc.nhs.uk\nTelephone: 01159 691300\n"
    )
    assert detect_kind(Document("p.txt", "txt", text)) == "posting"


def test_soft_skills_are_terms_only_where_asked_of_the_candidate() -> None:
    text = (
        "Front End Engineer\n\nResponsibilities\n- Collaborate with the team.\n\n"
        "Requirements\n- Excellent teamwork skills.\n"
    )
    posting = _posting(text)
    soft = {"type": "soft"}
    duty = replace(_mention("Collaborate", text, "Collaboration"), **soft)
    asked = replace(_mention("teamwork skills", text, "Teamwork"), **soft)
    assert [m.text for m in asked_mentions([duty, asked], posting)] == [
        "teamwork skills"
    ]
    for piece in ("back-end", "Front End", "Lead) – IMPACT", "post registration"):
        assert is_noise(Mention(0, len(piece), piece, "SKILL"), set())


def test_a_team_or_unit_name_is_no_term() -> None:
    text = (
        "Healthcare Assistant\n\nRequirements\n- As part of the nursing team you will "
        "give person-centred care.\n"
    )
    posting = _posting(text)
    care = "person-centred care"
    found = [_mention("nursing", text, "Nursing"), _mention(care, text)]
    with rules_only():  # the rules alone; the learned filter: test_posting_filter.py
        assert [m.text for m in asked_mentions(found, posting)] == [care]


def test_a_profession_in_the_title_names_its_practice() -> None:
    from gapcheck.extract import get_extractor

    extractor = get_extractor()
    title = "Mental health Nurses/Social Workers/Occupational Therapists"
    found = {m.canonical for m in extractor.matcher(extractor.nlp(title))}
    practices = {"Psychiatric nursing", "Social work (clinical)"}
    practices.add("Occupational therapy")
    assert practices <= found


def test_an_indeed_experience_field_names_its_skill() -> None:
    text = "Web Developer\n\nExperience:\n- CSS: 1 year (Required)\n"
    posting = _posting(text)
    # the taxonomy names it CSS; "(Required)" is an importance, never its name
    found = [_mention("CSS: 1 year", text, "CSS")]
    named = asked_mentions(found, posting)
    assert [(m.text, m.canonical) for m in named] == [("CSS", "CSS")]


def test_a_lead_in_list_of_benefits_ends_with_its_list() -> None:
    text = (
        "Bank Nurse\n\nWe offer our Bank Staff excellent benefits including:\n\n"
        "- Competitive hourly rates\n\n- Free uniform\n\n"
        "You should be a Registered Nurse with good communication skills.\n"
    )
    assert _section_of(_posting(text), "You should be") == "about"
    assert _lines(text) == [
        "You should be a Registered Nurse with good communication skills."
    ]


def test_a_salary_heading_covers_one_line() -> None:
    text = (
        "Healthcare Support Worker\n\nCompetitive Salary\nFull Time 37.5 Hours\n\n"
        "As an HCSW you will assist patients with their care requirements.\n"
    )
    assert _section_of(_posting(text), "As an HCSW") == "about"


def test_to_apply_you_will_lists_requirements() -> None:
    text = (
        "Registered Midwife\n\nTo apply for these posts, you will:\n\n"
        "- Have 6 months paid experience as a Registered Midwife\n"
    )
    assert _section_of(_posting(text), "Have 6 months") == "requirements"


def test_a_sentence_ends_after_an_acronym() -> None:
    text = (
        "Urology Clinical Fellow\n\nThese posts need surgical experience and MRCS. "
        "These posts are an ideal opportunity for the successful candidate to grow.\n"
    )
    assert _lines(text) == ["These posts need surgical experience and MRCS."]


BENEFITS_THEN_PROSE = """Bank Staff Nurse

We are recruiting general staff nurses to our bank.

BENEFITS:

Annual Leave paid

Weekly Pay

Support with Revalidation

You will be registered with the NMC and have six months of experience in acute care.

For further details / informal visits contact: Jane Doe
"""


def test_prose_after_a_benefits_list_asks_again() -> None:
    lines = _lines(BENEFITS_THEN_PROSE)
    assert any("registered with the NMC" in t for t in lines)
    assert not any("Weekly Pay" in t for t in lines)


def test_a_remuneration_line_is_one_fact() -> None:
    text = (
        "Chief Officer\n\nRemuneration: Competitive\n\n"
        "Candidates will be senior leaders with experience working as a paramedic.\n"
    )
    p = _posting(text)
    assert _section_of(p, "Candidates will") != "benefits"
    assert any("paramedic" in t for t in _lines(text))


def test_a_candidate_asked_outweighs_an_offer_in_one_sentence() -> None:
    text = (
        "Staff Nurse\n\nWard 30 is a 22 bedded unit.\n\n"
        "Our ideal candidate will be caring and experienced in haematology care, "
        "in return we will develop you.\n"
    )
    assert any("haematology" in t for t in _lines(text))
    offer = (
        "Staff Nurse\n\nThere will be opportunity for professional development, "
        "and you will have scope to develop your practice.\n"
    )
    assert not any("scope" in t for t in _lines(offer))


def test_a_long_line_ending_in_offers_opens_benefits() -> None:
    text = (
        "Student Health Visitor\n\nYou must hold a full driving licence.\n\n"
        "Completion of the course leads to registration and eligibility to apply "
        "for a post within the integrated service which offers:\n\n"
        "- Access to clinical supervision\n\n- A preceptorship programme\n"
    )
    lines = _lines(text)
    assert any("driving licence" in t for t in lines)
    assert not any("preceptorship" in t for t in lines)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "work with colleagues including Business Intelligence, Finance and Quality",
            "Finance",
        ),
        ("Deputy Divisional Director of Nursing, Children and safeguarding", "Nursing"),
        (
            "working alongside experienced Physiotherapists and nurses",
            "Physiotherapists",
        ),
        ("Reporting to the Deputy Director of Performance", "Reporting"),
        ("liaise with other health and social care professionals", "social care"),
    ],
)
def test_teams_posts_and_report_lines_are_no_terms(sentence: str, name: str) -> None:
    text = f"Contracts Manager\n\nRequirements\n\n- You will {sentence}.\n"
    p = _posting(text)
    at = text.index(name)
    m = Mention(at, at + len(name), name, "SKILL", canonical=name)
    assert asked_mentions([m], p) == []
    kept = "Contracts Manager\n\nRequirements\n\n- Experience of Finance.\n"
    at = kept.index("Finance")
    m = Mention(at, at + 7, "Finance", "SKILL", canonical="Finance")
    assert asked_mentions([m], _posting(kept)) != []


def test_an_offered_bullet_of_the_lead_text_asks_nothing() -> None:
    text = (
        "Staff Nurse\n\nOur ward cares for adults.\n\n"
        "- You'll access our clinical and leadership development programme\n"
        "- You will have experience of acute mental health care\n\n"
        "Requirements\n\n- NMC registration\n"
    )
    lines = _lines(text)
    assert not any("leadership development" in t for t in lines)
    assert any("acute mental health care" in t for t in lines)


@pytest.mark.parametrize(
    "surface", ["Numerical, Text", "how web applications", "Writes flawless code"]
)
def test_list_pieces_questions_and_duty_phrases_are_noise(surface: str) -> None:
    assert is_noise(Mention(0, len(surface), surface, "SKILL"), set())


def test_a_named_skill_is_not_noise() -> None:
    assert not is_noise(Mention(0, 14, "data pipelines", "SKILL"), set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Working for us will enable you to be part of a forward thinking service.",
        "You can also be part of our staff networks or Mental Health First Aid.",
    ],
)
def test_what_the_job_enables_you_to_do_is_an_offer(sentence: str) -> None:
    text = f"Support Worker\n\nWe run a mental health ward in the town.\n\n{sentence}\n"
    assert _lines(text) == []
