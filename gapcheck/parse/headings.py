"""The heading vocabulary: the heading variants and keyword rules of resumes and
postings, and the words that make a line a job title or an organisation's name.

Data only, shared by :mod:`gapcheck.parse.sections` (headings) and the field parsers
(contact, roles, resume, posting); kept apart so the section logic stays readable.
"""

from __future__ import annotations


def word_set(text: str, sep: str | None = None) -> frozenset[str]:
    """A set of lowercase words (or comma-separated names) written as one string."""
    return frozenset(w.strip() for w in text.split(sep) if w.strip())


RESUME_VARIANTS: dict[str, tuple[str, ...]] = {
    "contact": (
        "contact", "contact information", "contact details", "contact info", "links",
        "online profiles", "profiles", "social", "get in touch",
    ),
    "summary": (
        "summary", "professional summary", "career summary", "executive summary",
        "profile", "professional profile", "career profile", "personal profile",
        "about me", "about", "objective", "career objective", "professional objective",
        "highlights", "career highlights", "summary of qualifications",
        "career focus", "career overview", "executive profile",
        "qualifications summary", "overview", "introduction", "personal statement",
    ),
    "experience": (
        "experience", "professional experience", "work experience", "employment",
        "employment history", "career history", "relevant experience", "work history",
        "professional background", "experience and employment", "industry experience",
        "professional history", "positions held", "career", "internships",
        "internship experience", "teaching experience", "research experience",
        "leadership experience", "relevant work experience", "employment experience",
    ),
    "education": (
        "education", "education and training", "academic background",
        "academic qualifications", "educational background", "academics",
        "education and qualifications", "training", "academic history",
        "educational qualifications", "qualifications", "schooling",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "key skills",
        "skills and abilities", "competencies", "areas of expertise", "expertise",
        "skill set", "skillset", "technologies", "technical proficiencies",
        "tools and technologies", "tech stack", "core skills", "relevant skills",
        "professional skills", "computer skills", "it skills", "abilities",
        "skills and expertise", "skills summary", "programming languages",
        "technical expertise", "strengths", "key competencies", "proficiencies",
        "skill highlights", "core qualifications", "core strengths", "skill areas",
        "summary of skills", "skills and interests", "qualifications and skills",
    ),
    "projects": (
        "projects", "personal projects", "academic projects", "key projects",
        "selected projects", "side projects", "project experience",
        "relevant projects", "open source", "open source contributions", "portfolio",
    ),
    "certifications": (
        "certifications", "certification", "certificates",
        "certifications and licenses",
        "licenses", "licenses and certifications", "professional certifications",
        "credentials", "accreditations", "courses", "courses and certifications",
        "training and certifications", "licensure",
    ),
    "awards": (
        "awards", "honors", "honours", "honors and awards", "awards and honors",
        "achievements", "accomplishments", "key achievements", "recognition",
        "core accomplishments",
        "awards and achievements", "scholarships", "honours and awards",
    ),
    "publications": (
        "publications", "papers", "research", "selected publications",
        "research and publications", "presentations", "talks", "patents",
    ),
    "volunteering": (
        "volunteering", "volunteer experience", "volunteer work", "volunteer",
        "community involvement", "community service", "community", "volunteerism",
        "extracurricular activities", "activities", "leadership and activities",
        "civic activities",
    ),
    "languages": ("languages", "language skills", "spoken languages", "language"),
    "interests": (
        "interests", "hobbies", "hobbies and interests", "personal interests",
        "interests and hobbies", "outside interests",
    ),
    "references": ("references", "referees", "reference"),
    "other": (
        "additional information", "other", "miscellaneous", "additional",
        "affiliations", "memberships", "professional affiliations",
        "professional memberships", "personal information", "personal details",
    ),
}  # fmt: skip

POSTING_VARIANTS: dict[str, tuple[str, ...]] = {
    "about": (
        "about us", "about the company", "about the role", "about the job",
        "about the position", "about the team", "who we are", "company overview",
        "overview", "job description", "job summary", "position summary",
        "role summary", "the role", "the opportunity", "description", "summary",
        "position overview", "job overview", "introduction", "our mission",
        "the team", "role overview", "job purpose", "purpose",
        "job introduction", "about the trust", "about the service",
        "about the department", "about the organisation", "about the organization",
        "our company", "company description", "the company",
        "we are",
    ),
    "responsibilities": (
        "responsibilities", "what you'll do", "what you will do", "your role",
        "key responsibilities", "duties", "duties and responsibilities",
        "job responsibilities", "roles and responsibilities",
        "role and responsibilities",
        "main responsibilities", "your responsibilities", "what you will be doing",
        "what you'll be doing", "day to day", "in this role you will",
        "key responsibility areas", "job duties", "essential duties",
        "essential functions", "the job", "your mission", "tasks",
        "primary responsibilities", "key accountabilities", "accountabilities",
        "your impact", "responsibilities include", "you will",
        "main duties of the job", "main duties", "key duties",
        "duties of the post", "key tasks", "main responsibilities of the role",
        "job description and responsibilities", "what you'll be doing day to day",
        "responsibilities and duties", "role responsibilities",
        "a day in the life", "typical day", "your day to day",
        "what your day looks like",
    ),
    "requirements": (
        "requirements", "qualifications", "what we're looking for",
        "what we are looking for", "must have", "must haves", "must-have",
        "minimum qualifications", "basic qualifications", "required qualifications",
        "job requirements", "skills", "skills required", "required skills",
        "skills and qualifications", "skills and experience", "experience",
        "education", "who you are", "what you bring", "what you'll bring",
        "what you need", "what you will need", "you have", "your profile",
        "requirements and qualifications", "key skills", "technical skills",
        "competencies", "essential skills", "knowledge skills and abilities",
        "skill sets", "skill sets requirements", "required experience",
        "we are looking for", "who we are looking for", "ideal candidate",
        "the ideal candidate", "candidate profile", "desired candidate profile",
        "necessary prerequisites", "about you",
        "prerequisites", "eligibility", "qualification", "experience required",
        "education and experience", "requirements and skills", "desired profile",
        "essential", "essential criteria", "essential requirements",
        "essential qualifications", "person specification",
        "who we're looking for", "basic qualifications and experience",
        "minimum requirements", "essential requirements and experience",
        "the must haves", "must haves for this role", "person criteria",
        "qualifications and training", "qualifications and experience",
        "knowledge and experience", "skills and knowledge", "knowledge and skills",
        "skills and abilities", "what you'll need", "requirement",
        "what you need to succeed", "what we need from you", "you'll have",
        "you will have", "about the candidate", "your skills and experience",
        "your experience", "criteria", "selection criteria",
        # round 10: career pages' and job boards' own words
        "what we expect", "what we expect from you", "years of experience",
        "language", "languages", "language requirements", "you are",
    ),
    "preferred": (
        "preferred qualifications", "nice to have", "nice-to-have", "bonus points",
        "bonus", "pluses", "plus", "preferred", "preferred skills",
        "desired qualifications", "desired skills", "desirable", "good to have",
        "additional qualifications", "preferred experience", "it's a plus if you have",
        "extra credit", "bonus if you have", "nice to haves",
        "desirable criteria", "desirable requirements", "desirable skills",
        "desirable experience", "desirable qualifications", "preferred requirements",
        "it would be great if you have", "bonus points if you have",
        "big pluses", "good to have", "additional skills", "extra points",
        "brownie points", "bonus skills", "nice to have skills",
    ),
    "benefits": (
        "benefits", "perks", "perks and benefits", "what we offer", "compensation",
        "salary", "compensation and benefits", "why join us", "why work with us",
        "what's in it for you", "we offer", "our offer", "remuneration",
        "pay and benefits", "benefits and perks", "why you'll love working here",
        "total rewards", "what we can offer you", "what we can offer",
        "what benefits will i receive", "additional benefits", "our benefits",
        "staff benefits", "rewards", "rewards and benefits", "why join",
        "why join us", "what you'll get", "what you get", "in return",
        "pay rates", "salary range", "pay", "hours", "working hours",
        "what expects you", "what awaits you", "what we offer you",
        "what you can expect from us", "why work for us", "why work here",
        "our perks", "the perks",
    ),
    "contact": (
        "how to apply", "application process", "next steps", "contact",
        "contact details", "contact information", "contacts",
        "further information", "further details", "informal enquiries",
        "for further details informal visits contact",
        "for further information please contact", "additional contact information",
        "for further details", "informal visits", "apply", "to apply",
        "interested", "closing date", "interview date",
        "application information", "application", "applications", "apply now",
        "interview process", "our interview process", "hiring process",
        "our hiring process", "recruitment process", "what happens next", "how we hire",
    ),
    "other": (
        "equal opportunity", "equal opportunity employer", "eeo",
        "location", "additional information", "job details",
        "our values", "diversity", "other", "covid", "covid-19",
        "equal opportunities", "diversity and inclusion", "reference",
        "job reference", "contract", "contract type", "job type",
        "terms", "work remotely", "remote work", "working days and times",
        "some details you should know", "good to know", "additional details",
        "the details",
        "our culture", "culture", "what we value", "our commitment", "accommodations",
        "reasonable accommodations", "pay transparency", "privacy notice",
    ),
}  # fmt: skip

#: Fallback keyword rules for headings not in the tables, first match wins.
RESUME_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("volunteer", "volunteering"), ("certif", "certifications"),
    ("licen", "certifications"), ("programming", "skills"), ("skill", "skills"),
    ("competenc", "skills"), ("technolog", "skills"), ("experience", "experience"),
    ("employment", "experience"), ("work history", "experience"),
    ("education", "education"), ("academic", "education"), ("award", "awards"),
    ("honor", "awards"), ("honour", "awards"), ("achievement", "awards"),
    ("project", "projects"), ("publication", "publications"),
    ("language", "languages"), ("interest", "interests"), ("hobb", "interests"),
    ("reference", "references"), ("summary", "summary"), ("profile", "summary"),
    ("objective", "summary"),
)  # fmt: skip
POSTING_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("prefer", "preferred"), ("nice to have", "preferred"), ("bonus", "preferred"),
    ("plus", "preferred"),
    ("desir", "preferred"), ("responsib", "responsibilities"),
    ("dut", "responsibilities"),
    ("you will do", "responsibilities"), ("you'll do", "responsibilities"),
    ("requir", "requirements"), ("qualif", "requirements"), ("skill", "requirements"),
    ("must", "requirements"), ("looking for", "requirements"),
    ("experience", "requirements"), ("education", "requirements"),
    ("benefit", "benefits"), ("perk", "benefits"), ("offer", "benefits"),
    ("salary", "benefits"), ("compensation", "benefits"), ("about", "about"),
    ("criteria", "requirements"), ("contact", "contact"),
    ("equal opportunit", "other"), ("equal employment", "other"),
)  # fmt: skip

HEADING_TABLES: dict[str, dict[str, str]] = {
    kind: {variant: name for name, variants in table.items() for variant in variants}
    for kind, table in (("resume", RESUME_VARIANTS), ("posting", POSTING_VARIANTS))
}
KEYWORD_RULES = {"resume": RESUME_KEYWORDS, "posting": POSTING_KEYWORDS}
HEADINGS_BY_WORDS: dict[str, dict[int, list[str]]] = {
    kind: {
        n: [v for v in table if v.count(" ") == n]
        for n in {v.count(" ") for v in table}
    }
    for kind, table in HEADING_TABLES.items()
}

#: Words of job titles: a line holding one is a role, not a heading.
TITLE_WORDS = word_set(
    "engineer developer manager analyst intern director designer consultant "
    "specialist lead scientist associate assistant officer coordinator "
    "administrator architect teacher nurse accountant technician representative "
    "head president founder co-founder owner supervisor executive programmer "
    "researcher instructor tutor clerk agent advisor editor writer producer "
    "trainer therapist physician pharmacist attorney lawyer paralegal recruiter "
    "strategist cashier chef driver operator mechanic electrician sales "
    "fellow professor lecturer vp cto ceo cfo coo partner principal "
    # occupations of real resumes' role lines ("Quality Control Chemist", "Line
    # Cook", "Federal Grain Inspector")
    "chemist cook inspector auditor receptionist apprentice dispatcher teller "
    "stylist counselor counsellor worker scheduler estimator superintendent "
    "foreman buyer planner librarian paraeducator caregiver journalist "
    "bookkeeper controller secretary bartender barista custodian leader hygienist "
    "dentist surgeon paramedic technologist phlebotomist midwife examiner "
    "investigator underwriter appraiser adjuster broker banker machinist welder "
    "carpenter plumber laborer pilot attendant "
    # open-source roles: "Open Source Contributor" is a role, not a projects heading
    "contributor maintainer "
    # occupations named by their science or craft ("Applied Mathematician", "Coder,
    # Datahead, Educator")
    "educator coder mathematician physicist economist statistician biologist "
    "geologist psychologist epidemiologist"
)

ORG_WORDS = word_set(
    "inc inc. llc ltd ltd. corp corp. corporation company co co. group gmbh plc "
    "university college institute school hospital bank labs lab technologies "
    "technology solutions systems services consulting partners agency foundation "
    "studio studios ventures holdings associates limited pvt llp sa ag bv "
    "center centre clinic health healthcare"
)
#: Words that make a line a name (of a school, a company), not a heading; schools
#: named in other languages too ("Karlsruher Institut für Technologie" opens no
#: skills section, round 11).
NAME_WORDS = ORG_WORDS | word_set(
    "of for at the in institut instituto istituto universität universitat "
    "universidad universidade université universite università universita "
    "universiteit universitet universitatea uniwersytet univerzita hochschule "
    "fachhochschule école ecole politecnico politécnica polytechnique academia "
    "akademie escuela lycée lycee liceo colegio gymnasium hogeschool"
)
