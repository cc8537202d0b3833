"""Resume fields on real layouts (issue 14): one test per rule, property tests for
the date and phone parsers, and quality thresholds on real dev resumes with
hand-checked truth (tests/fixtures/resume_fields.json, 71 files, scored by
benchmarks/field_accuracy.py)."""

from __future__ import annotations

import importlib.util
import shutil
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.ingest import read_bytes
from gapcheck.parse import parse_resume
from gapcheck.parse.contact import find_location, find_phone
from gapcheck.parse.dates import MONTHS, find_span
from gapcheck.parse.parts import split_parts, title_and_org
from gapcheck.parse.resume import repair_dashes
from gapcheck.records import Resume
from tests.conftest import ROOT, require_shared

TODAY = date(2026, 12, 6)


def resume(text: str) -> Resume:
    return parse_resume(read_bytes(text.encode(), "cv.txt"), today=TODAY)


def sections(r: Resume) -> list[str]:
    return [s.name for s in r.sections]


# -- sections ------------------------------------------------------------------


def test_languages_row_in_a_skills_list_stays_in_skills() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nTechnical Skills\nLanguages: Python, Go, C++\n"
        "Frameworks: Django, React\n\nLanguages\nEnglish, French\n"
    )
    skills = next(s for s in r.sections if s.name == "skills")
    assert "Python, Go, C++" in skills.text and "Django" in skills.text
    assert sections(r) == ["contact", "skills", "languages"]
    # spoken languages written the same way do open their own section
    r = resume("Jane Doe\njane@doe.io\n\nSkills\nExcel\nLanguages: English, Spanish\n")
    assert sections(r) == ["contact", "skills", "languages"]


def test_labelled_rows_inside_a_role_stay_in_experience() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\nGeneral Manager\n"
        "March 2011 to January 2014 Acme Corp - Austin, TX\n"
        "Key Achievements: renegotiated a 35 M USD contract.\n"
        "Operations Lead\nMarch 2010 to February 2011 Acme Corp - Austin, TX\n"
    )
    assert sections(r) == ["contact", "experience"]
    assert [x.title for x in r.roles] == ["General Manager", "Operations Lead"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Skill Highlights", "skills"),
        ("Core Qualifications", "skills"),
        ("Career Focus", "summary"),
        ("Executive Profile", "summary"),
        ("Core Accomplishments", "awards"),
        ("Accomplishments", "awards"),
        ("Work History", "experience"),
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("SKILLS AND TECHNOLOGIES", "skills"),
    ],
)
def test_non_standard_headings(heading: str, name: str) -> None:
    r = resume(f"Jane Doe\njane@doe.io\n\n{heading}\nSomething done well\n")
    assert sections(r)[-1] == name


def test_research_and_development_is_not_a_heading() -> None:
    r = resume("Jane Doe\njane@doe.io\n\nExperience\nResearch and Development\n")
    assert sections(r) == ["contact", "experience"]


def test_roles_under_a_non_standard_heading_are_experience() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nHIGHLIGHTS\nSenior Engineer, Acme Corp, 2019 - 2022\n"
        "• Built the billing system\nEngineer, Initech, 2015 - 2019\n• Built tools\n"
    )
    assert [(x.title, x.organization, x.section) for x in r.roles] == [
        ("Senior Engineer", "Acme Corp", "experience"),
        ("Engineer", "Initech", "experience"),
    ]
    assert r.years_experience == 8.0
    # one dated line in a summary is not a role
    r = resume("Jane Doe\njane@doe.io\n\nSummary\nEngineer, Acme Corp, 2019 - 2022\n")
    assert r.roles == ()


# -- contact and headline -------------------------------------------------------


def test_contact_details_on_an_icon_line() -> None:
    r = resume(
        "Madonna\n✉ madonna@example.com  ☎ (614) 555–0199  ⌂ Columbus, Ohio\n"
        "Singer\n\nExperience\nVocalist | Sire Records | Jun 2017 - Feb 2021\n"
    )
    c = r.contact
    assert (c.name, c.email, c.location) == (
        "Madonna",
        "madonna@example.com",
        "Columbus, Ohio",
    )
    assert c.phone is not None and "".join(filter(str.isdigit, c.phone)) == (
        "6145550199"
    )
    assert r.headline == "Singer"


def test_name_over_two_lines() -> None:
    r = resume("JANE\nDOE\njane@doe.io | 614–555–0199\n\nSkills\nExcel\n")
    assert r.contact.name == "JANE DOE"
    assert r.contact.phone == "614–555–0199"


def test_name_without_the_document_word_or_letters() -> None:
    assert resume("JAN KÜSTER RESUME\nj@k.de\n").contact.name == "JAN KÜSTER"
    assert resume("Ann Lee PhD\nann@lee.io\n").contact.name == "Ann Lee"


@pytest.mark.parametrize("title", ["STAFF ACCOUNTANT", "RN STAFF NURSE", "REALTOR"])
def test_anonymised_resume_title_is_the_headline(title: str) -> None:
    r = resume(f"{title}\nSummary\nCaring and careful.\nSkills\nExcel\n")
    assert r.contact.name is None
    assert r.headline == title


def test_contact_details_at_the_end_and_title_over_the_name() -> None:
    r = resume(
        "INTERVENTION SPECIALIST\nSummary\nCaring teacher.\nExperience\n"
        "Teacher\nOctober 2013 to May 2014 Company Name - City , State\n"
        "Nicole Harrison Peters\n732-513-7727\nNic_Harrison@aol.com\n"
    )
    c = r.contact
    assert (c.name, c.phone, c.email) == (
        "Nicole Harrison Peters",
        "732-513-7727",
        "Nic_Harrison@aol.com",
    )
    r = resume("OPERATIONS ASSOCIATE\nLisa Phinney\nlisa@p.io\nSkills\nExcel\n")
    assert (r.contact.name, r.headline) == ("Lisa Phinney", "OPERATIONS ASSOCIATE")
    r = resume("Camryn\nHilliard\nc@h.io\nProfessional Summary\nSeller.\n")
    assert (r.contact.name, r.headline) == ("Camryn Hilliard", None)


def test_headline_beside_the_name_never_a_url() -> None:
    r = resume("Jan Küster · Consultant · Bremen, Germany · j@k.de\n")
    assert (r.contact.name, r.headline) == ("Jan Küster", "Consultant")
    r = resume("Sourabh Bajaj\nsourabhbajaj.com\nEmail: s@b.com\n")
    assert r.headline is None
    assert resume("Jo Li\nSoftware Eng.\njo@li.io\n").headline == "Software Eng."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lives in Columbus, Ohio 43004", "Columbus, Ohio"),
        ("Albany, New York", "Albany, New York"),
        ("Austin, TX", "Austin, TX"),
        ("Columbus, Ohio Software Engineer", "Columbus, Ohio"),
    ],
)
def test_location_with_the_state_spelled_out(text: str, place: str) -> None:
    assert find_location(text) == place


# -- roles -----------------------------------------------------------------------


def test_page_footer_is_never_a_role() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\nEngineer, Acme Corp, 2019 - 2022\n"
        "• Built things\nJane Doe | Résumé 1 | February 10, 2026\nPage 2 of 3\n"
    )
    assert [x.title for x in r.roles] == ["Engineer"]


def test_title_company_dates_with_bars() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\n"
        "Data Analyst | Northwind Traders | Jun 2017 - Feb 2021\n• Built reports\n"
    )
    (role,) = r.roles
    assert (role.title, role.organization, role.start, role.end) == (
        "Data Analyst",
        "Northwind Traders",
        "2017-06",
        "2021-02",
    )


def test_undated_roles_under_experience() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\nBarista / Blue Bottle Coffee\n"
        "• Made coffee for 300 guests a day\n\nEXECUTIVE ASSISTANT\n"
        "Provided administrative support to the CEO and the executive team.\n"
    )
    assert [(x.title, x.organization, x.start) for x in r.roles] == [
        ("Barista", "Blue Bottle Coffee", None),
        ("EXECUTIVE ASSISTANT", None, None),
    ]
    assert r.years_experience is None
    # a duty line in a list is not a role
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\nManager, Acme Corp, 2019 - 2022\n"
        "Daily reconciliation for four international bank accounts\n"
        "Weekly report on all activities in the bank\n"
    )
    assert len(r.roles) == 1


def test_placeholder_years_keep_the_role() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\nRN Staff Nurse\n"
        "January 20XX - Current\nMercy Hospital - Columbus, Ohio\n• Cared\n"
    )
    (role,) = r.roles
    assert (role.title, role.organization) == ("RN Staff Nurse", "Mercy Hospital")
    assert (role.start, role.current, role.months) == (None, True, None)


def test_livecareer_patterns() -> None:
    """The placeholders of anonymised exports, dashes decoded as Windows-1252, a
    range read line by line and a header running into its text."""
    r = resume(
        "ACCOUNTANT\nExperience\nPROJECT ACCOUNTANT\n"
        "February 2003 to Current Company Name - City , State\n• Did things\n"
        "04/2010 to 04/2016\nAccounting Clerk Company Name \u00ef\u00bc\u200b City , "
        "State\n• Coded the ledger\nJanuary 2000\nto\nJanuary 2002\n"
        "Company Name City , State Budget/Project Accountant Coordinated and led "
        "the annual budget process for the whole company.\n"
    )
    assert [(x.title, x.organization, x.start, x.end) for x in r.roles] == [
        ("PROJECT ACCOUNTANT", "Company Name", "2003-02", None),
        ("Accounting Clerk", "Company Name", "2010-04", "2016-04"),
        ("Budget/Project Accountant", "Company Name", "2000-01", "2002-01"),
    ]
    assert r.headline == "ACCOUNTANT"


def test_mojibake_dashes_are_repaired_in_place() -> None:
    text = "Acme \u00e2\u20ac\u201c Austin and Co \u00ef\u00bc\u200b Dallas"
    fixed = repair_dashes(text)
    assert len(fixed) == len(text)
    assert fixed.split() == ["Acme", "–", "Austin", "and", "Co", "–", "Dallas"]


@pytest.mark.parametrize(
    ("line", "title", "org"),
    [
        ("Senior Engineer, Acme Corp – Payments Division", "Senior Engineer",
         "Acme Corp – Payments Division"),
        ("Engineer, Northwind Labs Bellevue, WA", "Engineer", "Northwind Labs"),
        ("IT Consultant - We4IT GmbH Bremen", "IT Consultant", "We4IT GmbH"),
        ("Sales Officer, Assistant Vice President , Company Name - City , State",
         "Sales Officer, Assistant Vice President", "Company Name"),
        ("Research Assistant – Machine Learning", "Research Assistant",
         "Machine Learning"),
        ("Company Name  Research Assistant, Legal Socialization Lab",
         "Research Assistant, Legal Socialization Lab", "Company Name"),
        ("Google, Software Engineer, Mountain View", "Software Engineer", "Google"),
    ],
)  # fmt: skip
def test_title_and_organisation(line: str, title: str, org: str) -> None:
    assert title_and_org(split_parts(line)) == (title, org)


def test_mojibake_bullets_are_not_titles() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\n"
        "Claims Processor , 01/2017 to 09/2018\nCompany Name - City , State\n"
        "\u00c2\u00b7 Worked as a claims expert for a large network\n\n"
        "Benefit Plan Admin./Client Service Expert , 05/2019 to 09/2019\n"
        "Company Name - City , State\n"
    )
    assert [x.title for x in r.roles] == [
        "Claims Processor",
        "Benefit Plan Admin./Client Service Expert",
    ]


def test_header_lines_after_blank_lines() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nExperience\n• Google\n\nMountain View, CA\n\n"
        "Software Engineer\nOct 2016 – Present\n◦ Worked on TensorFlow APIs\n"
    )
    (role,) = r.roles
    assert (role.title, role.organization) == ("Software Engineer", "Google")


# -- property tests ------------------------------------------------------------------

_NAMES = sorted(k for k in MONTHS if len(k) > 3)


@settings(deadline=None, max_examples=200)
@given(
    st.sampled_from(_NAMES),
    st.integers(1960, 2040),
    st.sampled_from(_NAMES),
    st.integers(1960, 2040),
    st.sampled_from([" - ", " – ", " — ", " to ", "–", " through "]),
)
def test_any_month_range_is_read(m1: str, y1: int, m2: str, y2: int, sep: str) -> None:
    span = find_span(f"Engineer {m1.title()} {y1}{sep}{m2.title()} {y2} Acme")
    assert span is not None and span.start and span.end
    got = {span.start, span.end}
    assert got == {f"{y1}-{MONTHS[m1]:02d}", f"{y2}-{MONTHS[m2]:02d}"}


@settings(deadline=None, max_examples=200)
@given(
    st.integers(200, 999),
    st.integers(200, 999),
    st.integers(0, 9999),
    st.sampled_from(["-", "–", "—", ".", " "]),
    st.booleans(),
)
def test_any_phone_with_dashes_is_found(
    area: int, mid: int, last: int, sep: str, paren: bool
) -> None:
    head = f"({area}) " if paren else f"{area}{sep}"
    phone = f"{head}{mid}{sep}{last:04d}"
    found = find_phone(f"Jane Doe {phone} jane@doe.io")
    assert found is not None
    assert "".join(filter(str.isdigit, found)) == f"{area}{mid}{last:04d}"


# -- real files ----------------------------------------------------------------------


def _scorer() -> ModuleType:
    path = ROOT / "benchmarks" / "field_accuracy.py"
    spec = importlib.util.spec_from_file_location("field_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _under_floors(
    reader: str, floors: dict[str, float], truth_name: str = "dev"
) -> dict[str, float]:
    """The fields of ``floors`` whose share (rounded to 3 places) is below it."""
    scorer = _scorer()
    shared = require_shared("resumes")
    totals = scorer.evaluate(
        reader, truth_path=scorer.TRUTHS[truth_name], shared=Path(shared)
    )
    shares = {f: r / n for f, (r, n) in totals.items() if n}
    shares["mean"] = scorer.summary(totals)
    low = {f: round(shares.get(f, 0), 3) for f in floors}
    return {f: share for f, share in low.items() if share < floors[f]}


#: Field accuracy on the 71 hand-checked dev resumes read by gapcheck's own reader
#: (2026-12-07, round 3: mean 96.0%, location 95.7%, roles 82.5%, degree 95.0%,
#: institution 94.1%, total years 95.4%; main before it: 91.5%, 92.8%, 80.6%, 75.2%,
#: 78.2%, 93.8%). Floors a little under those figures. Round 5 (2026-12-07): mean
#: 97.4% -> 97.6%, roles 91.7% -> 93.9%, role title 93.3% -> 94.6%, organisation
#: 95.2% -> 96.5%, degree and institution 96.0%.
_FLOORS_GAPCHECK = {
    "mean": 0.96, "name": 0.95, "email": 0.95, "phone": 0.95, "location": 0.92,
    "headline": 0.95, "roles": 0.91, "role title": 0.92, "role organization": 0.94,
    "degree": 0.93, "institution": 0.93, "skills section": 0.95, "total years": 0.93,
}  # fmt: skip


def test_field_accuracy_on_real_resumes() -> None:
    assert not _under_floors("gapcheck", _FLOORS_GAPCHECK)


#: The same parsing on poppler's text (a reader without glued words): 2026-12-07
#: mean 96.8%, roles 87.9%, degree 93.1%, institution 92.1% (main before round 3:
#: 93.6%, 86.6%, 78.2%, 79.2%).
_FLOORS_PDFTOTEXT = {
    "mean": 0.94, "name": 0.95, "headline": 0.95, "roles": 0.85,
    "role precision": 0.87, "degree": 0.89, "institution": 0.88,
    "skills section": 0.95, "total years": 0.91,
}  # fmt: skip


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_field_accuracy_on_poppler_text() -> None:
    assert not _under_floors("pdftotext", _FLOORS_PDFTOTEXT)


#: Held out: 26 more real livecareer resumes (tests/fixtures/resume_fields_heldout.json)
#: labelled before the round-3 rules and not looked at while writing them. 2026-12-07,
#: gapcheck reader: mean 91.2% (main before: 86.7%), roles 91.3% (91.3%), degree
#: 66.7% (45.6%), institution 70.2% (50.9%), total years 92.3% (92.3%). Then the
#: round-3 education pass, whose rules were checked on these files (so no longer
#: held out for education): mean 95.0%, degree 86.0%, institution 82.5%; round 4
#: (education, checked on them too): degree 89.5%, institution 91.2%, mean 96.4%.
#: Round 5 (rules checked on them): mean 97.9%, phone 100%, roles 95.2%, degree
#: 94.7%, institution 94.7%.
_FLOORS_HELDOUT = {
    "mean": 0.95, "name": 0.95, "phone": 0.95, "location": 0.95, "headline": 0.92,
    "roles": 0.92, "role precision": 0.86, "degree": 0.91, "institution": 0.90,
    "skills section": 0.95, "total years": 0.92,
}  # fmt: skip


def test_field_accuracy_on_held_out_real_resumes() -> None:
    assert not _under_floors("gapcheck", _FLOORS_HELDOUT, "heldout")


#: Fresh: 15 more livecareer resumes (education first)
#: (tests/fixtures/resume_fields_fresh.json), labelled before the round-3 education
#: rules and never looked at while writing them. 2026-12-07, gapcheck reader: degree
#: 80.0% (before the rules: 68.0%), institution 46.4% (42.9%). Round 4 worked on
#: them (no longer held out): degree 100% (25/25), institution 92.9% (26/28).
#: Round 5 labelled their contact, headline and roles before its rules, then worked
#: on them: name 86.7% -> 100%, phone 93.3% -> 100%, headline 86.7% -> 100%, roles
#: 89.1% -> 100% (64/64), institution 96.4%, total years 84.6% -> 92.3%.
_FLOORS_FRESH = {
    "mean": 0.96, "name": 0.95, "phone": 0.95, "headline": 0.95, "roles": 0.95,
    "role precision": 0.93, "degree": 0.95, "institution": 0.92, "total years": 0.88,
}  # fmt: skip


def test_field_accuracy_on_fresh_real_resumes() -> None:
    assert not _under_floors("gapcheck", _FLOORS_FRESH, "fresh")


#: Fresh2: the 38 remaining livecareer resumes (education first)
#: (tests/fixtures/resume_fields_fresh2.json), labelled before the round-4 education
#: rules; their errors were not looked at while writing them. 2026-12-07, gapcheck
#: reader: degree 73.1% -> 76.1% (51/67), institution 63.9% -> 68.1% (49/72).
#: Round 5 labelled their contact, headline and roles before its rules, split the
#: set in halves by file-name hash and worked on half A only. Whole set: roles
#: 93.6% -> 98.8% (169/171), phone 97.4% -> 100%, degree 76.1% -> 82.1%,
#: institution 68.1% -> 80.6%; half B (held out): roles 96.8% -> 98.9%, degree and
#: institution unchanged at 87.2% and 81.6%. Round 8 (education on narrow columns,
#: glued school words; half A worked on, half B held out): whole set degree 82.1% ->
#: 83.6% (56/67), institution 81.9% -> 84.7% (61/72); half B unchanged.
_FLOORS_FRESH2 = {
    "mean": 0.92, "name": 0.95, "phone": 0.95, "headline": 0.95, "roles": 0.95,
    "role precision": 0.88, "degree": 0.82, "institution": 0.83, "total years": 0.95,
}  # fmt: skip


def test_field_accuracy_on_fresh2_real_resumes() -> None:
    assert not _under_floors("gapcheck", _FLOORS_FRESH2, "fresh2")


def test_field_written_again_separates_degree_and_school() -> None:
    r = resume(
        "ACCOUNTANT\nEducation\nBA : Chemistry Pacific Lutheran University Chemistry\n"
        "A.S. Degree : Business Administration Southern New Hampshire University "
        "Business Administration National Honor Society\n"
        "Certificate : Project Management Bowie State University Certificate in "
        "Project Management\n"
    )
    got = [(e.degree, e.field, e.institution) for e in r.education]
    assert got[:2] == [
        ("BA : Chemistry", "Chemistry", "Pacific Lutheran University"),
        ("A.S. Degree : Business Administration", "Business Administration",
         "Southern New Hampshire University"),
    ]  # fmt: skip
    assert got[2][2] != "Bowie State University Certificate in"
    r = resume(
        "ACCOUNTANT\nEducation\n"
        "Associate's Degree : Business Management University of California - City , "
        "State Business Management\nWindsor High School City , State High School "
        "Diploma : General Studies General Studies\n"
        "Diploma : Hotel Management , 2000 Institute of Hotel Management - City\n"
    )
    assert [(e.degree, e.institution, e.level) for e in r.education] == [
        ("Associate's Degree : Business Management", "University of California",
         "associate"),
        ("High School Diploma : General Studies", "Windsor High School",
         "high school"),
        ("Diploma : Hotel Management", "Institute of Hotel Management",
         "certificate"),
    ]  # fmt: skip


def test_labels_and_list_items_are_not_headings() -> None:
    r = resume(
        "ACCOUNTANT\nHighlights\nMS Office proficient\nSuperb management skills\n"
        "Core Accomplishments\nProject Management:\nCut inventory costs by 20%.\n"
        "Experience\nSuperintendent\nFebruary 2012 to Current Company Name - City , "
        "State\nprojects:\nA stadium and a race track.\n"
    )
    assert sections(r) == ["contact", "summary", "awards", "experience"]
    assert not [w for w in r.warnings if w.code == "W401"]
