"""Title rules of the occupation stage, and a floor on hand-judged real titles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gapcheck.occupation.model import title_occupation
from gapcheck.occupation.titles import title_words
from tests.conftest import ROOT, load_script


def _groups(title: str) -> set[str]:
    found = title_occupation(title)
    assert found is not None, title
    return set(found[1])


def test_accounts_before_a_head_is_finance() -> None:
    assert title_words("Accounts Assistant") == ("accounting", "assistant")
    assert title_words("Key Accounts") == ("key", "account")  # no head after it
    assert _groups("Accounts Assistant") & {"3313", "4311"}
    assert "1221" not in _groups("Accounts Executive")  # no advertising account


def test_plural_estates_are_buildings_not_land() -> None:
    assert _groups("Deputy Director of Estates") == {"1219"}
    assert _groups("Head of Estates") == {"1219"}
    assert _groups("Estate Agent") == {"3334"}  # the singular is still property


def test_bracketed_field_names_a_generic_head() -> None:
    assert _groups("Multi Skilled Technician (Electrical)") & {"7411", "7412"}
    assert title_occupation("Multi Skilled Technician") is None
    # a bracket of terms names no field; a title that matches keeps its reading
    assert title_occupation("Multi Skilled Technician (Band 4)") is None
    assert _groups("Dietitian (Diabetes)") == {"2265"}


def test_an_unknown_title_reads_by_the_labels_ending_in_its_head() -> None:
    groups = _groups("Support Worker - Nights")
    assert "3412" in groups
    # one word is too loose a head, and a head spread over many fields names none
    assert title_occupation("Health Visitor") is None
    assert title_occupation("Theatre Practitioner") is None


def test_judged_titles_floor(shared_data: Path) -> None:
    """gapcheck's first occupation guess on hand-judged real NHS posting titles and
    livecareer resumes (training/occupation/judged.py; models/occupation_judged.tsv).
    Measured 2026-12-07: postings A 29/58 right, B 34/57; resumes A 17/30, B 18/29."""
    judged = load_script(ROOT / "training" / "occupation" / "judged.py", "judged")
    texts = judged.postings(shared_data)
    grades: Counter[tuple[str, str]] = Counter()
    for kind, key, _half, codes in judged.load():
        if codes:
            grades[kind, judged.grade(codes, judged.read(kind, key, texts)[1])] += 1
    assert grades["posting", "right"] >= 60  # of 115 judged
    assert grades["resume", "right"] >= 33  # of 59 judged
    assert grades["posting", "none"] + grades["resume", "none"] == 0


@pytest.mark.parametrize("kind", ["posting", "resume"])
def test_judged_list_is_drawn_by_its_rule(kind: str, shared_data: Path) -> None:
    judged = load_script(ROOT / "training" / "occupation" / "judged.py", "judged")
    drawn = [(k, key, half) for k, key, half in judged.draw(shared_data) if k == kind]
    listed = [(k, key, half) for k, key, half, _ in judged.load() if k == kind]
    assert drawn == listed
