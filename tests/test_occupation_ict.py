"""Round 12b title readings (issue 16): an ICT word in the title, or a document that
reads as ICT, picks the ICT sense of a label the lexicon files elsewhere. Each case
below read outside ICT before the rule (docs/scoring.md, "Round 12b (titles)")."""

from __future__ import annotations

import pytest

from gapcheck.occupation.model import distribution, lexicon, title_occupation

needs_model = pytest.mark.skipif(lexicon() is None, reason="models/occupations.json.gz")


def _top(title: str) -> str | None:
    found = title_occupation(title)
    if found is None:
        return None
    groups = found[1]
    return min(groups, key=lambda g: (-groups[g], g))


@needs_model
def test_an_ict_word_in_the_title_picks_the_ict_sense() -> None:
    assert _top("Security Manager") in {"1219", "5414"}  # no ICT word: as before
    assert _top("Cyber Security Manager") == "2529"
    assert _top("Deputy Head of Technology & Cyber Security Manager") == "2529"
    assert (_top("Software Engineering Leader") or "")[:3] == "133"
    assert (_top("Engineering Manager") or "")[:3] != "133"


@needs_model
def test_an_ict_word_does_not_override_the_jobs_own_function() -> None:
    assert _top("IT Recruitment Consultant") == "2423"  # recruits for IT
    assert (_top("Software Sales Executive") or "")[:2] not in {"25", "13"}
    assert _top("Computer Shop Manager") == "1420"  # the label names the word
    assert _top("CEO") == "1120"  # a software firm's CEO is a chief executive


SOFTWARE = (
    "We test our web application and REST APIs. Write automated tests in Python "
    "and Selenium, review code, run the CI pipeline, report software defects, "
    "work with developers in agile sprints; JavaScript, SQL, Git."
)
FACTORY = (
    "Quality assurance in our manufacturing plant: ISO 9001 audits, inspection of "
    "machined parts, root cause analysis of production defects, supplier quality, "
    "statistical process control, calibration of gauges on the shop floor."
)


@needs_model
def test_a_document_that_reads_as_ict_picks_the_titles_ict_sense() -> None:
    assert _top("QA Engineer") == "2149"  # ESCO files it with quality engineers
    software = distribution([("QA Engineer", 1.0)], SOFTWARE)[1]
    factory = distribution([("QA Engineer", 1.0)], FACTORY)[1]
    assert software.guesses[0].code[:2] == "25"
    assert factory.guesses[0].code == "2149"
