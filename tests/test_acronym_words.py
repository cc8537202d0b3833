"""Acronyms that are also ordinary words (corpora/acronym_words.txt) match only as
the taxonomy writes them: "RADIUS" is the protocol, "a 15 radius of the site" is not."""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

import pytest

from gapcheck.extract.matcher import TaxonomyMatcher, _acronym_words
from gapcheck.extract.taxonomy import load_taxonomy
from tests.conftest import ROOT, require_shared

LIST = ROOT / "corpora" / "acronym_words.txt"


@cache
def matcher() -> TaxonomyMatcher:
    return TaxonomyMatcher.from_taxonomy(load_taxonomy())


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in matcher().match_text(text)]


def test_every_listed_word_is_a_capitalised_taxonomy_name_or_alias() -> None:
    caps = {
        surface.lower()
        for skill in load_taxonomy().skills
        for surface in (skill.name, *skill.aliases)
        if re.fullmatch(r"[A-Z]{3,}", surface)
    }
    words = _acronym_words()
    assert {"radius", "soap", "plc"} <= words
    assert words <= caps


@pytest.mark.parametrize(
    ("ordinary", "acronym", "canonical"),
    [
        ("live within a 15 radius of the site", "RADIUS authentication", "RADIUS"),
        ("toilet rolls, soap and hand towels", "SOAP web services", "SOAP"),
    ],
)
def test_ordinary_lowercase_word_is_not_the_acronym(
    ordinary: str, acronym: str, canonical: str
) -> None:
    assert canonical not in canonicals(ordinary)
    assert canonical in canonicals(acronym)


def test_acronyms_not_listed_still_match_in_any_case() -> None:
    assert "SQL" in canonicals("python, sql and tableau")


def test_list_is_what_the_recipe_builds() -> None:
    data = require_shared()
    spec = importlib.util.spec_from_file_location(
        "acronym_words", ROOT / "training" / "wordlist" / "acronym_words.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    words, _ = module.acronym_words(Path(data))
    shipped = [
        tuple(line.split("\t"))
        for line in LIST.read_text(encoding="utf-8").splitlines()
        if line[:1].isalpha()
    ]
    assert shipped == [(w, str(lo), str(up)) for w, lo, up in words]
