"""Round 10 (issue 15): posting structure as career pages, LinkedIn and Indeed write
it -- question headings, "Let's talk if", parenthesised tails, nouns before their
qualifier, trailing "…", equal-opportunity and apply sentences ending a section --
and a posting is never read as a resume."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse import detect_kind, parse_posting
from gapcheck.parse.posting_headings import (
    conditional_heading,
    lead_in,
    noun_heading,
    question_heading,
    statement_opener,
    without_tail,
)
from gapcheck.parse.sections import canonical
from gapcheck.records import Document, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document(text=text, source="t.txt", format="txt"))


def _importance(posting: Posting, start: str) -> str | None:
    for req in posting.requirements:
        if req.text.startswith(start):
            return str(req.importance)
    return None


def _section_of(posting: Posting, start: str) -> str | None:
    at = posting.document.text.index(start)
    for section in posting.sections:
        if section.start <= at < section.end:
            return str(section.name)
    return None


def test_question_headings_open_their_sections() -> None:
    assert question_heading("What will you do?") == "responsibilities"
    assert question_heading("Who are you?") == "requirements"
    assert question_heading("Why join us?") == "benefits"
    assert question_heading("How do I apply?") == "contact"
    assert question_heading("Who are NHS Professionals?") is None
    assert question_heading("Are you who we are looking for?") == "requirements"
    assert question_heading("Who are we?") == "about"
    assert question_heading("Is this the best place to work? We think so.") is None
    posting = _posting(
        "Data Analyst\n\nWhat will you do?\n- Build dashboards in Tableau\n\n"
        "Who are you?\n- Three years of SQL\n\nWhy join us?\n- Private health cover\n"
    )
    assert _importance(posting, "Build dashboards") == "mentioned"
    assert _importance(posting, "Three years of SQL") == "required"
    assert _importance(posting, "Private health cover") is None


def test_a_heading_ending_on_if_introduces_the_candidate() -> None:
    assert conditional_heading("let's talk if") == "requirements"
    assert conditional_heading("you'll love working here if") == "requirements"
    assert conditional_heading("if") is None
    posting = _posting(
        "Lead Ruby Developer\n\nWHAT YOU'LL BE DOING\n\nBuild web features in Rails\n\n"
        "LET'S TALK IF\n\nYou have strong experience in Ruby and Postgres\n"
    )
    assert _importance(posting, "Build web features") == "mentioned"
    assert _importance(posting, "You have strong experience") == "required"


def test_a_parenthesised_tail_does_not_hide_the_heading() -> None:
    assert without_tail("Good to have (Additional Skills):") == "Good to have:"
    assert without_tail("SKILLS AND QUALIFICATIONS(REQUIRED AND PREFERRED)") == (
        "SKILLS AND QUALIFICATIONS"
    )
    assert without_tail("Experience") is None
    assert canonical(
        "KEY AREAS OF RESPONSIBILITY (ESSENTIAL FUNCTIONS)", "posting"
    ) == ("responsibilities")
    posting = _posting(
        "Backend Developer\n\nRequired Skills:\n• Strong knowledge of Django\n"
        "Good to have (Additional Skills):\n• Experience with AWS EC2\n"
    )
    assert _importance(posting, "Strong knowledge of Django") == "required"
    assert _importance(posting, "Experience with AWS EC2") == "preferred"


def test_section_nouns_name_the_heading_around_them() -> None:
    assert noun_heading("instructor responsibilities") == "responsibilities"
    assert noun_heading("requirements for applicants") == "requirements"
    assert noun_heading("excellent communication skills") is None
    assert canonical("Instructor Responsibilities", "posting") == "responsibilities"
    assert canonical("Requirements for Applicants", "posting") == "requirements"
    # a duty that ends on such a noun is no heading
    assert canonical("Ensure compliance with legal requirements", "posting") is None
    # two headings of the tables joined: the first one's section
    assert canonical("Additional Qualifications and Skills", "posting") == "preferred"


def test_career_page_headings() -> None:
    assert canonical("Big Pluses:", "posting") == "preferred"
    assert canonical("What we expect", "posting") == "requirements"
    assert canonical("What expects you", "posting") == "benefits"
    assert canonical("Years of Experience:", "posting") == "requirements"
    assert canonical("Work Remotely:", "posting") == "other"
    assert canonical("About Working on Our Product Team", "posting") == "about"
    assert canonical("About our team members and how they work", "posting") is None


def test_a_heading_that_trails_off() -> None:
    assert canonical("You are…", "posting") == "requirements"
    assert canonical("We are…", "posting") == "about"
    assert canonical("We get excited about engineers who have...", "posting") == (
        "requirements"
    )
    assert canonical("Why you'll love working here...", "posting") == "benefits"


def test_lead_ins_beyond_nhs_forms() -> None:
    text = "Some skills/technologies/attributes that would be helpful include:"
    assert lead_in(text) == "preferred"
    assert lead_in("If you are interested, email us at jobs@example.com with:") == (
        "contact"
    )
    # the hire named after "looking for" is no list of what is asked
    assert (
        lead_in("Currently, we are looking for Principal Engineers for our teams:")
        is None
    )
    assert lead_in("Here are some things we are looking for in a team member:") == (
        "requirements"
    )
    assert lead_in("Top 10 reasons (https://example.com/culture/) to work for us:") == (
        "benefits"
    )


def test_equal_opportunity_and_apply_sentences_end_the_section() -> None:
    assert (
        statement_opener(
            "Harvard Medical School is an Equal Opportunity/Affirmative Action "
            "Employer."
        )
        == "other"
    )
    assert statement_opener("We welcome applications from all candidates.") == "other"
    assert (
        statement_opener(
            "If this is you, we encourage you to apply for this exciting opportunity."
        )
        == "contact"
    )
    assert statement_opener("You will apply infection control procedures.") is None
    posting = _posting(
        "Project Coordinator\n\nBasic Qualifications\nMinimum 2 years of related "
        "experience, education may count towards experience.\n"
        "Acme University is an Equal Opportunity/Affirmative Action Employer. Women "
        "and minorities are especially encouraged to apply.\n"
    )
    assert _importance(posting, "Minimum 2 years") == "required"
    assert _importance(posting, "Acme University is") is None


def test_a_general_lead_in_keeps_the_preferred_section() -> None:
    posting = _posting(
        "Account Manager\n\nRequired:\n- Experience in account management\n\n"
        "Preferred:\n\nTo be successful in this role, the ideal candidate should "
        "have:\n\n"
        "- Experience working with WordPress\n"
    )
    assert _importance(posting, "Experience in account management") == "required"
    assert _importance(posting, "Experience working with WordPress") == "preferred"


def test_an_apply_list_asks_nothing() -> None:
    posting = _posting(
        "Software Development Instructor\n\nSkills & Qualifications\n"
        "• 2+ years professional software development experience\n"
        "If you are interested, email us at jobs@example.co with:\n• a resume\n"
        "• a link to your GitHub page\n"
    )
    assert _importance(posting, "2+ years") == "required"
    assert _importance(posting, "a resume") is None
    assert _importance(posting, "a link to your GitHub") is None


def test_a_career_page_posting_is_never_a_resume() -> None:
    # a recruiter's advert: dated text, no heading of the tables, few "you" words
    doc = Document(
        text=(
            "Senior IT Auditor\n\nA leading provider of technology solutions is "
            "looking to strengthen its Audit function.\n\nThe Senior IT Auditor will "
            "oversee SOX 404 assessment. This position regularly partners with the "
            "financial leadership team. Specific duties include;\n\n"
            "· Coordinate efforts with external auditors.\n\nQualifications\n\n"
            "· B.S. degree in computer science is a required;\n"
            "· CISA, CISM and/or CPA is preferred;\n"
            "· Extensive experience with COBIT, COSO 2013 and ERM;\n"
        ),
        source="t.md",
        format="md",
    )
    assert detect_kind(doc) == "posting"


_HEADINGS = {
    "requirements": ["Who are you?", "LET'S TALK IF", "What we expect",
                     "Requirements for Applicants", "You are…"],
    "preferred": ["Big Pluses:", "Good to have (Additional Skills):", "Bonus Points"],
    "responsibilities": ["What will you do?", "Instructor Responsibilities",
                         "KEY AREAS OF RESPONSIBILITY (ESSENTIAL FUNCTIONS)"],
    "benefits": ["Why join us?", "What expects you", "Your Perks"],
}  # fmt: skip
_IMPORTANCE = {"requirements": "required", "preferred": "preferred",
               "responsibilities": "mentioned", "benefits": None}  # fmt: skip
_ITEMS = [
    "Python and SQL", "Kubernetes operations", "Stakeholder reporting",
    "Clinical audit", "Payroll administration", "Welding and fabrication",
]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(_HEADINGS)),
            st.integers(min_value=0, max_value=4),
            st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=3, unique=True),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_bullet_takes_the_section_of_the_heading_above_it(parts) -> None:
    """Invariant: a heading of any of these forms ends the previous section, and each
    plain bullet under it is asked with the importance its section gives."""
    lines, expected = ["Operations Lead", ""], []
    for n, (name, pick, items) in enumerate(parts):
        forms = _HEADINGS[name]
        lines += [forms[pick % len(forms)], ""]
        for item in items:
            text = f"{item} ({n})"
            lines.append(f"- {text}")
            expected.append((text, _IMPORTANCE[name]))
        lines.append("")
    posting = _posting("\n".join(lines))
    for text, importance in expected:
        assert _importance(posting, text) == importance, (text, lines)


def test_an_inline_nice_to_have_between_bullets_is_one_line_of_the_list() -> None:
    posting = _posting(
        "Data Engineer\n\nRequirements\n- Python and SQL\nNice to have: Go, Rust\n"
        "- Airflow\n\nBenefits\n- Pension\n"
    )
    assert _importance(posting, "Python and SQL") == "required"
    assert _importance(posting, "Go, Rust") == "preferred"
    assert _importance(posting, "Airflow") == "required"
    # a heading line of its own still opens the list that follows it
    posting = _posting(
        "Data Engineer\n\nMust have:\n- Python\nNice to have:\n- Kubernetes\n- Go\n"
    )
    assert _importance(posting, "Kubernetes") == "preferred"


def test_a_one_word_bullet_is_a_requirement_line() -> None:
    posting = _posting("Data Scientist\n\nRequirements\n- Python\n- R\n- Go\n- •\n")
    assert [r.text for r in posting.requirements] == ["Python", "R", "Go"]


def test_a_qualifier_that_prefers_part_of_a_line_leaves_the_line_asked() -> None:
    posting = _posting(
        "Marketing Operations Manager\n\nRequirements\n"
        "- Experience with CRM software (Salesforce preferred).\n"
        "- 3+ years experience recruiting, preferably in a technical company\n"
        "- Bachelor's degree in business; an accounting degree is preferred\n"
        "- Django development: 1 year (Preferred)\n"
        "- Experience in sales operations preferred.\n"
    )
    assert _importance(posting, "Experience with CRM") == "required"
    assert _importance(posting, "3+ years experience recruiting") == "required"
    assert _importance(posting, "Bachelor's degree in business") == "required"
    assert _importance(posting, "Django development") == "preferred"
    assert _importance(posting, "Experience in sales operations") == "preferred"


def test_questions_that_ask_what_the_candidate_brings() -> None:
    assert question_heading("What do we need from you so you can do the job?") == (
        "requirements"
    )
    assert question_heading("What experience and skills do you need?") == (
        "requirements"
    )
    assert question_heading("Where would you work?") is None
    # the benefits a trailing "you will..." opened end at such a question
    posting = _posting(
        "Pharmacy Technician\n\nIn return for your hard work you will...\n\n"
        "Receive an annual salary of up to £26,520 depending on experience.\n\n"
        "What do we need from you so you can do the job?\n\n"
        "The role requires the ability to administer medication safely.\n"
    )
    assert _section_of(posting, "Receive an annual salary") == "benefits"
    assert _importance(posting, "The role requires") == "required"


def test_a_short_adverts_contact_block_is_no_resume_header() -> None:
    # an NHS advert of one paragraph, its contact form run together as on the page
    doc = Document(
        text=(
            "Trainee Nursing Associate\n\nWe have an established history of "
            "successful trainees who work across a broad variety of surgical "
            "specialities. Come along and talk to us about the opportunities and join "
            "our team.\n\nFor further details / informal visits contact:\n\n"
            "NameBev BradyJob titleLead nurseEmail addressbev.brady@example.nhs.uk"
            "Telephone number73531Additional contact information\n\n"
            "Emily Briggs Integrated Care PA\n"
        ),
        source="t.txt",
        format="txt",
    )
    assert detect_kind(doc) == "posting"


def test_needs_as_a_noun_asks_nothing() -> None:
    from gapcheck.parse.posting import worded_importance

    assert worded_importance("Meeting both technical and consumer needs.") is None
    assert worded_importance("Support patients to meet the needs of families") is None
    assert worded_importance("You will need a full UK driving licence") == "required"
    assert worded_importance("Needs to be able to drive") == "required"
    posting = _posting(
        "Web Developer\n\nResponsibilities\n"
        "- Gather and refine specifications based on technical needs\n"
    )
    assert _importance(posting, "Gather and refine") == "mentioned"


def test_company_values_eeo_and_hiring_process_headings() -> None:
    assert canonical("Commitment to Equal Opportunity", "posting") == "other"
    assert canonical("Equal Employment Opportunity", "posting") == "other"
    assert canonical("Our Culture", "posting") == "other"
    assert canonical("Our Interview Process", "posting") == "contact"
    assert canonical("What happens next?", "posting") == "contact"
    assert canonical("Why Coinbase?", "posting") == "benefits"
    assert canonical("Why is this role important?", "posting") is None
    posting = _posting(
        "Backend Engineer\n\nRequirements\n- 5+ years of Go\n\nOur Culture\n"
        "- We default to trust and embrace feedback\n\nOur Interview Process\n"
        "- A technical screen with two engineers\n"
    )
    assert _importance(posting, "5+ years of Go") == "required"
    assert _importance(posting, "We default to trust") is None
    assert _importance(posting, "A technical screen") is None
