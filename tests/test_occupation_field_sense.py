"""Round 14b title readings (issue 16): a document whose words read as health work
reads its titles in their health sense. Each title below was read in another field's
sense in NHS postings or clinical resumes before the rule (docs/scoring.md, "Round
14b: titles in the document's field"); each also appears in a non-health document,
where its reading must not change."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import pytest

from gapcheck.occupation.model import distribution, lexicon, title_occupation

needs_model = pytest.mark.skipif(lexicon() is None, reason="models/occupations.json.gz")

HOSPITAL = (
    "The operating theatres of our NHS hospital trust: patients, anaesthetic and "
    "recovery nurses, surgical teams, clinical governance, infection control on the "
    "wards, theatre scheduling and patient safety, working with consultant surgeons."
)
ARTS = (
    "Our arts centre stages drama, dance and music: programme the season's "
    "performances, manage the box office, front of house and ticket sales, work "
    "with touring companies, directors and performers, and the venue's audiences."
)
SOFTWARE = (
    "A software company builds data pipelines and web applications in Python, "
    "SQL and JavaScript; deploy to the cloud, review code, write APIs and tests."
)


def _lead(title: str, text: str) -> tuple[str | None, str]:
    occupation = distribution([(title, 1.0)], text)[1]
    return occupation.label, occupation.guesses[0].code


@needs_model
def test_a_health_document_reads_its_titles_in_the_health_sense() -> None:
    assert _lead("Theatre Manager", ARTS)[1] == "1431"  # an arts venue's manager
    assert _lead("Theatre Manager", HOSPITAL)[1][:2] in {"13", "22", "32"}
    assert _lead("Research Assistant", HOSPITAL)[1][:2] in {"22", "32"}
    assert _lead("Research Fellow", HOSPITAL)[1][:2] in {"22", "32"}
    assert _lead("Neurology Consultant", HOSPITAL)[1] == "2212"


@needs_model
def test_a_word_of_another_field_keeps_the_reading() -> None:
    for title in ("Finance Manager", "Training Officer", "Project Manager"):
        plain = title_occupation(title)
        assert plain is not None
        assert _lead(title, HOSPITAL)[0] == plain[0]  # "finance" is no health word
    assert _lead("Research Assistant", SOFTWARE)[1][:2] not in {"22", "32"}


#: Real NHS work-stratum postings (``int(_fileid) % 4`` in {0, 1}) by title, and the
#: ISCO groups (prefixes) their reading must lead with in the posting's own words.
REAL = {
    "Neurology Consultant": ("2212",),  # the lexicon files "neurologist" 0.8 in 2111
    "Research Assistant": ("22", "32"),  # a research clerk, 4226, alone
    "Quality Improvement Lead": ("134",),  # factory production, 1321, alone
    "Practice Manager": ("134",),  # an office supervisor, 3341, alone
    "Therapy Support Worker": ("53", "32"),  # a home care worker, 3412, alone
    "Administrative Officer - H&I": ("4",),  # no "medical officer" (2211)
}


def _real_postings(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            if int(raw["_fileid"]) % 4 not in (0, 1):
                continue  # strata 2 and 3 are reserved: never read
            title = " ".join(html.unescape(html.unescape(raw["title"])).split())
            if title in REAL and title not in out:
                body = html.unescape(html.unescape(raw.get("description") or ""))
                out[title] = f"{title}\n{re.sub(r'<[^>]+>', ' ', body)}"
    return out


@needs_model
def test_real_nhs_postings_read_their_titles_in_the_health_sense(
    shared_data: Path,
) -> None:
    texts = _real_postings(shared_data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz")
    assert set(texts) == set(REAL)
    for title, groups in REAL.items():
        code = _lead(title, texts[title])[1]
        assert code.startswith(groups), (title, code)


def _top(title: str) -> str | None:
    found = title_occupation(title)
    if found is None:
        return None
    return min(found[1], key=lambda g: (-found[1][g], g))


@needs_model
def test_a_doctors_grade_reads_the_fields_practitioner_as_the_doctor() -> None:
    # real NHS work-stratum titles; the lexicon files the practitioners mostly as
    # scientists (neurologist 2111, immunologist and virologist 2131)
    assert _top("Neurology Consultant") == "2212"
    assert _top("Consultant in Immunology (Allergy)") == "2212"
    assert _top("Consultant - Virology") == "2212"
    assert _top("Immunologist") == "2131"  # no grade: as the lexicon files it
