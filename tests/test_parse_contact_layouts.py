"""Contact details as sidebar and narrow-column layouts print them (issue 14): the
name heading the main column after the sidebar, an e-mail wrapped in a narrow
column, "City, FR" and countries spelled out, a place line that is not a name."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.ingest import read_bytes
from gapcheck.parse import parse_resume
from gapcheck.parse.contact import find_location, find_name, unwrap_emails
from gapcheck.parse.resume import repair_wrapped_ranges
from gapcheck.parse.sections import split_lines
from gapcheck.records import Resume
from tests.test_parse_fields import _scorer

SIDEBAR = """Contact
jane.doe@example
.com
(555) 201-7788
Lyon, FR

Skills
Python, SQL, Docker

Education
Bachelor of Science, Physics
Universite de Lyon
2012 - 2015

Jane Doe
Data Engineer

Profile

Builds data pipelines.

Work Experience

Data Engineer
Acme Analytics
03/2019 - Present
"""


def _parse(text: str) -> Resume:
    return parse_resume(read_bytes(text.encode(), "cv.txt"), today=date(2026, 12, 6))


def test_sidebar_name_heads_the_main_column() -> None:
    resume = _parse(SIDEBAR)
    assert resume.contact.name == "Jane Doe"
    assert resume.headline == "Data Engineer"
    assert resume.contact.email == "jane.doe@example.com"
    assert resume.contact.location == "Lyon, FR"
    education = next(s for s in resume.sections if s.name == "education")
    assert "Jane Doe" in education.text  # the text as written ...
    assert all("Jane Doe" not in (e.institution or "") for e in resume.education)


def test_no_name_block_without_contact_details() -> None:
    """An anonymised resume (no e-mail, no phone, no "Contact" heading) gets no name
    from a lone block; under a "Contact" heading that gives only a town (round 12:
    public resumes whose owners left out e-mail and phone) the block is the name."""
    text = SIDEBAR.replace("jane.doe@example\n.com\n(555) 201-7788\n", "")
    assert _parse(text).contact.name == "Jane Doe"
    assert _parse(text.replace("Contact\n", "", 1)).contact.name is None


def test_name_block_needs_a_heading_after_it() -> None:
    text = SIDEBAR.replace("\nProfile\n", "\nBuilds things, and more.\n")
    assert _parse(text).contact.name != "Jane Doe"


def test_place_line_is_not_a_name() -> None:
    lines = split_lines("Contact\nNew York, NY\nann@example.org")
    assert find_name(lines) == (None, None)


@given(
    st.from_regex(r"[a-z]{2,8}(\.[a-z]{2,8})?", fullmatch=True),
    st.from_regex(r"[a-z]{3,8}", fullmatch=True),
    st.sampled_from(["com", "org", "io", "de"]),
    st.integers(1, 6),
)
def test_wrapped_email_is_joined(user: str, host: str, tld: str, cut: int) -> None:
    """A break at or after the "@" (before it, the rest is an address alone)."""
    address = f"{user}@{host}.{tld}"
    at = min(address.index("@") + cut - 1, len(address) - 1)
    text = f"Contact\n{address[:at]}\n{address[at:]}\nPhone"
    joined = unwrap_emails(text)
    assert address in joined.split("\n")


def test_complete_addresses_are_not_glued() -> None:
    text = "ann@example.org\nexample.com\nbob\n@work"
    assert unwrap_emails(text) == text


def test_country_codes_only_where_asked() -> None:
    assert find_location("Paris, FR", codes=True) == "Paris, FR"
    assert find_location("Paris, FR") is None  # role lines: "Python, DE" is no place
    assert find_location("Machine Learning, AI", codes=True) is None
    assert find_location("Saint-Petersburg, Russia") == "Saint-Petersburg, Russia"
    assert find_location("Caracas, Venezuela") == "Caracas, Venezuela"


@given(
    st.sampled_from(["2023", "Apr 2009", "09/2016", "Sept. 2011"]),
    st.sampled_from(["2025", "Present", "Jun 2012", "Current"]),
    st.sampled_from([" ", "\t"]),
)
def test_wrapped_date_cell_is_one_range(start: str, end: str, gap: str) -> None:
    """A right-aligned date cell wrapped beside a wrapped left cell: the range goes
    whole to the second line, and the text keeps its length."""
    text = (
        f"EDUCATION\nMaster of Science, NYU Tandon{gap}{start} –\n"
        f"School of Engineering\t{end}\nGPA: 3.8"
    )
    fixed = repair_wrapped_ranges(text)
    assert len(fixed) == len(text)
    lines = [ln.rstrip() for ln in fixed.split("\n")]
    assert lines[1] == "Master of Science, NYU Tandon"
    assert lines[2] == f"School of Engineering\t{start} – {end}"


def test_lone_start_date_is_left() -> None:
    text = "Acme Corp\n2019 –\nEngineer\tPresent"
    assert repair_wrapped_ranges(text) == text


def test_headline_of_two_roles_is_the_whole_line() -> None:
    text = "Ann Lee\n{}\nann@example.org\n\nExperience\nEngineer\nAcme\n2019 - 2021\n"
    both = _parse(text.format("Full Stack Developer | Web3 Specialist"))
    assert both.headline == "Full Stack Developer | Web3 Specialist"
    place = _parse(text.format("Data Engineer | Berlin, Germany"))
    assert place.headline == "Data Engineer"
    years = _parse(text.format("Full Stack Developer - 6+ years of experience"))
    assert years.headline == "Full Stack Developer"


def test_field_accuracy_takes_a_truth_file(tmp_path: Path, capsys: Any) -> None:
    """``--truth PATH``: a truth file whose files are relative to its folder."""
    scorer = _scorer()
    (tmp_path / "cv.txt").write_text(SIDEBAR, encoding="utf-8")
    truth = {
        "files": [
            {
                "file": "cv.txt",
                "contact": {"name": "Jane Doe", "email": "jane.doe@example.com"},
                "headline": "Chief Data Officer",
            }
        ]
    }
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    args = ["--truth", str(tmp_path / "truth.json"), "--reader", "gapcheck", "--json"]
    assert scorer.main(args) == 0
    fields = json.loads(capsys.readouterr().out)["fields"]
    assert fields["name"] == {"right": 1, "scored": 1}
    assert fields["headline"] == {"right": 0, "scored": 1}
