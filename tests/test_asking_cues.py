"""The one table of what a posting's words ask or offer (gapcheck.parse.asking)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import gapcheck.parse.asking as asking
from gapcheck.parse.asking import CUES, CueKind, Scope, cues

ROOT = Path(__file__).resolve().parent.parent

#: Modules that read the table and once kept their own ask / offer lists.
READERS = (
    "gapcheck/extract/__init__.py",
    "gapcheck/extract/posting_areas.py",
    "gapcheck/extract/posting_keyphrases.py",
    "gapcheck/extract/posting_terms.py",
    "gapcheck/extract/posting_traits.py",
    "gapcheck/extract/posting_where.py",
    "gapcheck/parse/never_asked.py",
    "gapcheck/parse/posting.py",
)


def test_every_cue_is_in_the_table_once_under_its_own_name() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))
    for c in CUES:
        assert getattr(asking, c.name.upper()) is c
        assert isinstance(c.kind, CueKind) and isinstance(c.scope, Scope)
    module_cues = {v for v in vars(asking).values() if isinstance(v, asking.Cue)}
    assert module_cues == set(CUES)


def test_every_kind_has_cues_and_each_reads_as_its_kind() -> None:
    assert all(cues(kind) for kind in CueKind)
    assert asking.QUALITY_OFFERED.search("we offer staff supervision")
    assert not asking.QUALITY_OFFERED.search("You will demonstrate compassion")
    assert asking.HIRING.search("Shortlisted candidates will undertake a test")
    assert asking.OURS.search("We have over 20 years experience in ")
    d = asking.OFFER_LEAD.to_dict()
    assert d["kind"] == "offers" and d["scope"] == "lead_in" and d["ignorecase"]


#: Words of an ask or offer list in a pattern's source.
CUE_WORDS = re.compile(r"offer|must|opportunit|in\\s\+return|benefit", re.IGNORECASE)
#: Patterns of a term's own words, not of the text around it ("Learning and
#: development opportunities" is no term): not ask / offer cues.
TERM_SHAPES = frozenset({"_ARRANGEMENT"})


def _own_cue_patterns(path: Path) -> list[str]:
    """Module-level compiled patterns whose words say asked / offered."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in tree.body:
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        func = node.value.func
        if not (isinstance(func, ast.Attribute) and func.attr == "compile"):
            continue
        source = ast.get_source_segment(path.read_text("utf-8"), node) or ""
        name = source.split("=")[0].strip()
        if CUE_WORDS.search(source) and name not in TERM_SHAPES:
            found.append(name)
    return found


def test_readers_keep_no_ask_or_offer_list_of_their_own() -> None:
    own = {p: _own_cue_patterns(ROOT / p) for p in READERS}
    assert not any(own.values()), own


def test_offers_is_the_one_give_test_of_the_ask_readers() -> None:
    """``employer_cues.offers``: what four posting readers (conditions, work asks,
    traits, hours) test before reading an ask; ``quality`` widens it to a line that
    names a guarantee or what is given, never to an ask."""
    from gapcheck.parse.employer_cues import offers

    assert offers("Full training will be provided.")
    assert offers("We offer a car lease scheme.")
    assert not offers("You must hold a full UK driving licence.")
    assert not offers("You must hold a full UK driving licence.", quality=True)
    guaranteed = "You are guaranteed the clinical autonomy to work independently."
    assert not offers(guaranteed)
    assert offers(guaranteed, quality=True)
