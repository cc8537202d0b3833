"""A posting's terms named as the posting names them: no skill read out of a proper
name, a bracketed note or a verb.

* A taxonomy match inside a capitalised multi-word proper name (a system, product,
  organisation or law: "DHR Unity", "Nottingham Information System (NotIS)", "Fair
  Credit Reporting Act") is not that skill, unless the name is the skill's own
  ("Microsoft Excel", "IBM Cognos"). A run of capitalised words is a proper name when
  it holds a mark of one: before a tool, an acronym the taxonomy does not know
  ("DHR"); a place; an organisation's or a law's last noun ("Trust", "Act"); or an
  abbreviation of the whole run written after it ("(NotIS)").
* A bracket after an acronym is its expansion only when it abbreviates to it:
  "CPA (Care Programme Approach)", not "CSS (Required)" or "APIs (w/
  DjangoRestFramework)" (:func:`abbreviates`).
* A verb with an object is not the noun skill of the same stem: "embedding good
  people practice" is no Embeddings (:func:`verb_of_noun_skill`).
"""

from __future__ import annotations

import re
from typing import Any

from gapcheck.records import Mention

#: Importance markers and notes written in brackets: never a name.
MARKERS = frozenset(
    """required essential desirable preferred optional mandatory advantageous
    desired must nice plus bonus""".split()  # noqa: SIM905
)
#: The last word of an organisation's or a service's name: "University Health
#: Board", "Mental Health Services", "Kings Health Partners".
ORG_LAST = frozenset(
    """board trust council authority partnership partners services foundation
    hospital hospitals college university division directorate centre center agency
    commission alliance network""".split()  # noqa: SIM905
)
#: Last words of a law's or an organisation's name that show a skill inside it is
#: part of a name ("Fair Credit Reporting Act"): ORG_LAST without the unit words
#: (this rule was measured without them), plus a law's words.
_NAME_NOUNS = (ORG_LAST - {"partners", "services", "division", "directorate"}) | {
    "act",
    "acts",
    "regulations",
    "directive",
    "bill",
}
#: Nouns that open an organisation's name with "of": "Institute of Psychiatry".
_NAME_OF = ORG_LAST | {"institute", "school", "faculty", "society", "department"}
#: A law's last word ends its name wherever it is in the run of capitalised words
#: after the skill ("Fair Credit Reporting Act Consumer ..." in a merged line).
_LAW_NOUNS = frozenset({"act", "acts", "regulations", "directive"})
#: Vendors written as acronyms before their products' names ("IBM Cognos", "MS
#: Project", "SAP Concur", "NHS ESR"): the product is the skill.
VENDORS = frozenset(
    {"ms", "ibm", "sap", "aws", "gcp", "hp", "sas", "oracle", "pc", "nhs"}
)
#: Words that follow a transitive verb ("embedding good practice", "embedding the
#: change"), not a noun of a skill's name.
_OBJECT_START = frozenset(
    """a an the this that these those our your their its new good best high
    effective safe strong robust excellent quality positive""".split()  # noqa: SIM905
)
_CAP_WORD = r"(?:[A-Z][\w&'-]*|of|and|&)"
_BEFORE = re.compile(rf"(?:{_CAP_WORD}[ \t]+){{1,4}}$")
_AFTER = re.compile(rf"(?:[ \t]+{_CAP_WORD}(?![\w&'-])){{1,4}}")
_ABBREVIATION = re.compile(r"[ \t]*\(([A-Za-z][A-Za-z0-9]{1,9})\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long``: same first letter, and its
    letters in order in ``long`` ("MDT" of "multidisciplinary team", "NotIS" of
    "Nottingham Information System"); an importance marker never is."""
    s, words = _letters(short.rstrip("s")), re.findall(r"[A-Za-z0-9]+", long)
    if not s or not words or all(w.lower() in MARKERS for w in words):
        return False
    text = _letters(long)
    if not text.startswith(s[0]):
        return False
    pos = 0
    for ch in s:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _own_words(m: Mention, taxonomy: Any) -> set[str]:
    skill = taxonomy.get(m.canonical) if taxonomy is not None and m.canonical else None
    names = [m.canonical or "", *getattr(skill, "aliases", ())]
    return {w for n in names for w in re.findall(r"[a-z0-9]+", n.lower())}


def _is_product(m: Mention, taxonomy: Any) -> bool:
    """A tool's or technology's name: "DHR Unity" is a product; "MSK Podiatrist",
    "L2 Social Workers" qualify a post."""
    skill = taxonomy.get(m.canonical) if taxonomy is not None and m.canonical else None
    return getattr(skill, "kind", None) in ("tool", "technology")


def _knows(taxonomy: Any, word: str) -> bool:
    return taxonomy is not None and taxonomy.get(word) is not None


def in_proper_name(
    m: Mention, text: str, taxonomy: Any, places: frozenset[str] = frozenset()
) -> bool:
    """Whether a known skill ``m`` is read out of a longer proper name (see the
    module): "Unity" of "DHR Unity", "Information System" of "Nottingham
    Information System (NotIS)"."""
    surface = text[m.start : m.end]
    if not m.canonical or not surface[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    before = _BEFORE.search(text, line_start, m.start)
    after = _AFTER.match(text, m.end)
    left = before.group(0).split() if before else []
    while left and not left[0][:1].isupper():
        left.pop(0)  # "of", "and" open no name
    right = after.group(0).split() if after else []
    while right and not right[-1][:1].isupper():
        right.pop()
    extra = left + right
    if not extra:
        return False
    if len(left) >= 2 and left[-1] == "of" and left[-2].lower() in _NAME_OF:
        return True  # "Institute of Psychiatry", "Royal College of Nursing"
    own = _own_words(m, taxonomy)
    if all(w.lower() in own or w.lower() in VENDORS for w in extra if w[:1].isupper()):
        return False  # "Microsoft Excel", "IBM Cognos": the skill's own name
    run = " ".join([*left, surface, *right])
    end = m.end + (after.end() - m.end if after and right else 0)
    abbr = _ABBREVIATION.match(text, end)
    if abbr and len(run.split()) >= 2 and abbreviates(abbr.group(1), run):
        return not abbreviates(abbr.group(1), surface)
    for w in extra:
        low = w.lower()
        acronym = _ACRONYM.fullmatch(w) and low not in VENDORS and left[-1:] == [w]
        if acronym and _is_product(m, taxonomy) and not _knows(taxonomy, w):
            return True  # "DHR Unity": a trust's system, not "Safeguarding MDT
        last = w is extra[-1] and right and low in _NAME_NOUNS
        if low in places or last or (w in right and low in _LAW_NOUNS):
            return True  # "Nottingham ...", "Fair Credit Reporting Act (Consumer"
    return False


def verb_of_noun_skill(m: Mention, text: str) -> bool:
    """Whether ``m`` names a noun skill ("Embeddings") from the -ing verb of the same
    stem followed by its object ("embedding good people practice")."""
    if not m.canonical:
        return False
    nouns = {w for w in re.findall(r"[a-z]+", m.canonical.lower()) if w.endswith("s")}
    for match in re.finditer(r"[A-Za-z]+ing\b", text[m.start : m.end]):
        word = match.group(0).lower()
        if word + "s" not in nouns:
            continue
        rest = re.match(r"[ \t]+([A-Za-z]+)", text[m.start + match.end() :])
        if rest and rest.group(1).lower() in _OBJECT_START:
            return True
    return False
