"""The cues of :mod:`gapcheck.score.claims` on resume sentences of the kinds the
evidence audits found (issue 16, point 4)."""

from __future__ import annotations

import pytest

from gapcheck.score.claims import (
    credential_term,
    names_place,
    names_thing,
    names_work,
    qualifies_knowing,
    received,
    states_credential,
    studied,
    thing_described,
)


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "described"),
    [
        ("Created a web application to plan and organize events", "organize", True),
        ("Built an app for organizing tasks", "organizing", True),
        ("Launched a platform that helps teams organize work", "organize", True),
        (
            "Answer calls using interoffice communication equipment",
            "communication",
            True,
        ),
        ("Installed planning software for the site team", "planning", True),
        ("Inspected electric and communication facilities", "communication", True),
        ("Developing and implementing innovative solutions", "innovative", False),
        ("Organized 3 conferences for 200 staff", "Organized", False),
        ("Worked with vendors to organize events", "organize", False),
        ("Used Excel spreadsheets to organize data", "organize", False),
        ("Polished communication skills", "communication", False),
        ("Communicate program features to staff", "Communicate", False),
        ("Presented quarterly results to the board", "Presented", False),
    ],
)
def test_a_soft_skill_is_the_candidates_not_a_things(
    text: str, word: str, described: bool
) -> None:
    assert thing_described(*_at(text, word)) is described


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Agile environment, delivering software every sprint",
            "Agile environment",
            True,
        ),
        ("Worked in an Agile team environment", "Agile", True),
        ("Agile and Scrum", "Agile", False),
        ("Ran Agile ceremonies for two teams", "Agile", False),
    ],
)
def test_a_workplace_word_is_no_practice(text: str, word: str, place: bool) -> None:
    assert names_place(*_at(text, word)) is place


@pytest.mark.parametrize(
    ("name", "kind", "credential"),
    [
        ("qualified Accountant", "domain", True),
        ("chartered surveyor", None, True),
        ("NMC registration", "certification", True),
        ("degree in Computer Science", None, True),
        ("accounting", "domain", False),
        ("Scrum Master", "method", False),
    ],
)
def test_a_credential_term(name: str, kind: str | None, credential: bool) -> None:
    assert credential_term(name, kind) is credential


@pytest.mark.parametrize(
    ("text", "word", "section", "term", "held"),
    [
        (
            "Analyze financial and accounting data",
            "accounting",
            "experience",
            "qualified Accountant",
            False,
        ),
        (
            "Bachelor of Science : ACCOUNTING 2003",
            "ACCOUNTING",
            "education",
            "qualified Accountant",
            False,
        ),
        (
            "Accounting team member since 2015",
            "Accounting",
            "experience",
            "qualified Accountant",
            False,
        ),
        (
            "CIMA qualified management accountant",
            "accountant",
            "summary",
            "qualified Accountant",
            True,
        ),
        ("Member of the ACCA since 2012", "ACCA", "summary", "ACCA", True),
        (
            "Certified Public Accountant, 2014",
            "Accountant",
            "certifications",
            "qualified Accountant",
            True,
        ),
        (
            "BSc Computer Science, University of Leeds",
            "Computer Science",
            "experience",
            "degree in Computer Science",
            True,
        ),
    ],
)
def test_a_credential_is_shown_only_as_held(
    text: str, word: str, section: str, term: str, held: bool
) -> None:
    assert states_credential(*_at(text, word), section, term) is held


@pytest.mark.parametrize(
    ("text", "word", "got"),
    [  # audit 5 (round 9): A14's "minimal supervision" showed Team leadership
        (
            "Results-driven and operates well with minimal supervision to meet goals.",
            "supervision",
            True,
        ),
        ("Worked under the supervision of the head chef", "supervision", True),
        ("Completed repairs without supervision", "supervision", True),
        ("Requires little guidance", "guidance", True),
        ("Eight cooks worked under my supervision", "supervision", False),
        ("Provided direct supervision to 5 staff", "supervision", False),
        ("Supervision of a team of 12", "Supervision", False),
        ("Close supervision of new starters", "supervision", False),
        # a deadline is no one's guidance: working under one is time management
        ("Resolved errors while under tight deadlines", "tight deadlines", False),
    ],
)
def test_a_soft_skill_received_is_not_shown(text: str, word: str, got: bool) -> None:
    assert received(*_at(text, word)) is got


@pytest.mark.parametrize(
    ("text", "word", "work"),
    [  # audit 5 (round 9): A06's book and talk titles showed Influence
        (
            "based on research in Influence: The Psychology of Persuasion and",
            "Influence",
            True,
        ),
        ('Influence "Chapter 7: Liking" Group Presentation', "Influence", True),
        ("Leadership: led a team of 5 engineers", "Leadership", False),
        ("Leadership: A proven record of leading teams", "Leadership", False),
        ("Strong leadership and influence with senior staff", "influence", False),
        ('Won "Ultimate Team Player" Award, 2011', "Team Player", False),
    ],
)
def test_a_soft_skill_heading_a_works_name_is_not_shown(
    text: str, word: str, work: bool
) -> None:
    assert names_work(*_at(text, word)) is work


@pytest.mark.parametrize(
    ("text", "word", "soft", "section", "got"),
    [  # audit 6 (round 9, /work/notes/evidence_audit_r9b.md): subjects studied
        (
            "Masters of Business Administration",
            "Administration",
            False,
            "education",
            True,
        ),
        (
            "Masters Degree : Public Administration High Point University",
            "Administration",
            False,
            "education",
            True,
        ),
        (
            "MBA : Human Resource Management KIMS University",
            "Resource Management",
            False,
            "education",
            True,
        ),
        (
            "Bachelor of Arts , Communication and Journalism 2014 University",
            "Communication",
            True,
            "education",
            True,
        ),
        (
            "Relevant Course Work: Organizational Behavior, Economics",
            "Organizational",
            True,
            "education",
            True,
        ),
        # a subject that is the method itself, after the degree's words
        (
            "Bachelorof Science : Public Relations University of Texas",
            "Public Relations",
            False,
            "education",
            False,
        ),
        (
            "Bachelor of Science Public Relations",
            "Public Relations",
            False,
            "education",
            False,
        ),
        ("BA Public Relations", "Public Relations", False, "education", False),
        ("BBA : Finance Finance", "Finance", False, "education", False),
        # the candidate's own doing, on lines that merely name a degree or a school
        (
            "With Diploma Plus High School organized and supervised a summit",
            "organized",
            True,
            "experience",
            False,
        ),
        (
            "developed system to schedule and train associates in communication",
            "communication",
            True,
            "experience",
            False,
        ),
        (
            "Led communication for the degree programme launch",
            "communication",
            True,
            "experience",
            False,
        ),
        (
            "Benefits/Payroll Administration, HR Policies",
            "Administration",
            False,
            "summary",
            False,
        ),
        # a skills list is no degree's line ("Mba, Media Planning")
        (
            "Healthcare, Hippa, Marcom, Mba, Media Planning, Networking",
            "Planning",
            True,
            "skills",
            False,
        ),
    ],
)
def test_a_way_of_working_studied_is_not_shown(
    text: str, word: str, soft: bool, section: str, got: bool
) -> None:
    assert studied(*_at(text, word), soft, section) is got


@pytest.mark.parametrize(
    ("text", "word", "got"),
    [  # audit 6 (round 9): B14's "Thorough knowledge" showed Attention to detail
        (
            "Thorough knowledge of credit policies & financial statements",
            "Thorough",
            True,
        ),
        (
            "demonstrating a thorough understanding of corporate policies",
            "thorough",
            True,
        ),
        ("Has a thorough working knowledge of Sage", "thorough", True),
        ("Conducted thorough reviews of loan files", "thorough", False),
        ("Organized knowledge sharing sessions", "Organized", False),
        ("Thorough and detail-oriented accountant", "Thorough", False),
    ],
)
def test_a_soft_word_of_how_well_something_is_known_is_not_shown(
    text: str, word: str, got: bool
) -> None:
    assert qualifies_knowing(*_at(text, word)) is got


@pytest.mark.parametrize(
    ("text", "word", "got"),
    # audit 7 (round 10, evidence_audit_r10.md): a trait's word naming a thing
    [
        (
            "maintain job descriptions and organizational charts, implement salary",
            "organizational",
            True,
        ),
        (
            "Maintained an up-to-date department organizational chart.",
            "organizational",
            True,
        ),
        (
            "Produce weekly reports, and designing organizational\ncharts Manage",
            "organizational",
            True,
        ),
        (
            "manage the medical, dental, vision, 401(k), flexible\nspending, life, LTD",
            "flexible",
            True,
        ),
        ("Administered the flexible spending account", "flexible", True),
        (
            "Spearheaded administration of a global health initiative between the",
            "initiative",
            True,
        ),
        ("Launched a staff wellness initiative for 300 employees", "initiative", True),
        ("Set up a flexible spending account for staff", "flexible", True),
        ("Delivered proactive account management to clients", "proactive", False),
        ("Conducted on the spot coaching to ensure quality", "coaching", False),
        ("Provided the strategic leadership to the team", "leadership", False),
        ("Prepare a financial analysis to assess customers", "analysis", False),
        ("Gave a presentation to the board", "presentation", False),
        ("Worked in a collaborative but fast paced team", "collaborative", False),
        # the trait
        (
            "Strong work ethic, professional demeanor and great initiative.",
            "initiative",
            False,
        ),
        ("Took the initiative to redesign the filing system", "initiative", False),
        ("Completed the audit on my own initiative", "initiative", False),
        ("Strong organizational skills", "organizational", False),
        ("Highly organizational and detail oriented", "organizational", False),
        ("Flexible team player", "Flexible", False),
        ("Flexible and versatile team player", "Flexible", False),
        ("Collaborative and flexible approach to resolutions", "flexible", False),
        ("A flexible, reliable worker", "flexible", False),
        ("A self-starter with drive", "self-starter", False),
        ("Organized benefits fairs for 300 staff", "Organized", False),
        ("Flexible\nCommunication skills", "Flexible", False),
    ],
)
def test_a_trait_word_naming_a_thing_is_not_shown(
    text: str, word: str, got: bool
) -> None:
    assert names_thing(*_at(text, word)) is got


@pytest.mark.parametrize(
    ("text", "word", "got"),
    [  # audit 7 (round 10): a course title under a "Courses:" lead-in on the line above
        (
            "Courses: Corporate Compliance and Ethics, Customer Relations, Basic\n"
            "Communication and Conflict Management Skills, Confidentiality and HIPPA",
            "Communication",
            True,
        ),
        (
            "Relevant Coursework\nOrganizational Behavior, Economics",
            "Organizational",
            True,
        ),
        (
            "Relevant Coursework:\nOrganizational Behavior, Economics",
            "Organizational",
            True,
        ),
        # a sentence's end, a blank line or the line's own label ends the lead-in
        (
            "Courses: Corporate Compliance and Ethics.\n"
            "Communication with referral sources and intakes",
            "Communication",
            False,
        ),
        (
            "Courses: Corporate Compliance and Ethics\n\n"
            "Communication with referral sources and intakes",
            "Communication",
            False,
        ),
        (
            "Courses: Corporate Compliance and Ethics\n"
            "Skills: Communication, Leadership",
            "Communication",
            False,
        ),
        (
            "Managed the courses team and its budgets\n"
            "Communication with referral sources and intakes",
            "Communication",
            False,
        ),
    ],
)
def test_a_subject_under_a_courses_lead_in_is_studied(
    text: str, word: str, got: bool
) -> None:
    assert studied(*_at(text, word), True, "certifications") is got
