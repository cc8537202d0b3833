"""Evidence that stands in for the skill asked, not shows it (round 13b, issue 16
item 4; an independent audit of matched skills on the unseen sets found these kinds):

* **a trait asked by its own word** (:func:`trait_stand_in`): a posting that asks a
  soft skill by one trait word that is not the skill's own name ("motivated",
  "passionate", "organised" of Initiative, Enthusiasm, Organizational skills) is
  shown by that word's family ("motivation", "self-motivated"), not by another
  trait the taxonomy files under the same skill ("proactive", "Spearheaded",
  "enthusiastic"). Asked by the skill's name ("initiative", "teamwork") any of its
  aliases still shows it;
* **a team's name** (:func:`names_team`): a skill's word written with a capital at
  the head of a name that ends, within two more capitalised words, in a unit's
  noun or in "colleagues" ("Advanced Analytics Team", "Accounting Operations
  colleagues") names that team, not the candidate's work, unless the candidate led,
  headed or built it ("Led the Finance Team"); a plural ("Agile teams") is a kind of
  team, and "unit tests" no unit;
* **a web or mail address** (:func:`in_address`): "https" of "https://..." is no
  HTTP, a word of "name@marketing.com" no marketing.
"""

from __future__ import annotations

import re

#: A trait word's family: its first letters, with British -is- spelt -iz-.
FAMILY_LETTERS = 6
_WORD = re.compile(r"[A-Za-z]+")
_PREFIXES = ("self", "highly", "well")
#: A trait's adjective: "motivated", "proactive", "enthusiastic", "passionate",
#: "organised", "reliable" (not an activity: "coaching", "upskilling").
_TRAIT = re.compile(r"(?:ed|ive|ic|ate|ous|ent|ant|ble|al|ful)$", re.I)


def _family(word: str) -> str:
    w = word.lower().replace("organis", "organiz")
    return w[:FAMILY_LETTERS]


def _families(text: str) -> set[str]:
    return {
        _family(w)
        for w in _WORD.findall(text)
        if w.lower() not in _PREFIXES and len(w) > 2
    }


def asked_by_trait_word(forms: tuple[str, ...], canonical: str | None) -> set[str]:
    """The families of a soft skill's one-word posting wordings that are not the
    skill's own name (empty when the posting asks it by its name or in longer
    words, so every alias shows it)."""
    if not canonical or not forms or any(" " in f for f in forms):
        return set()
    own = _families(canonical)
    asked = {_family(f) for f in forms if _WORD.fullmatch(f) and _TRAIT.search(f)}
    if not asked or asked & own:
        return set()
    return asked


def trait_stand_in(hit_text: str, asked: set[str]) -> bool:
    """Whether a hit of a trait asked by its own word (``asked``, see
    :func:`asked_by_trait_word`) is another word, not that word's family."""
    return bool(asked) and not (_families(hit_text) & asked)


_TEAM_AFTER = re.compile(
    r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'-]*){0,2}[ \t]+"
    r"(?i:team|department|dept|division|committee|unit|office|colleagues)\b"
    r"(?![ \t-]*(?i:players?|members?|spirit|building|work|environment|leads?|"
    r"leaders?|leadership|tests?|testing)\b)"
)
#: Before a team's name: the candidate led, headed, built or ran it.
_LED = re.compile(
    r"\b(?:led|lead|leading|leads|headed|head(?:ing)?\s+of|managed|managing|manages|"
    r"manager\s+of|director\s+of|built|established|founded|ran|supervised|"
    r"supervising|directed|directing|oversaw|overseeing)\b[^.;\n]*$",
    re.I,
)


def names_team(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` heads a team's capitalised name (see the module)."""
    if end <= start or not text[start : start + 1].isupper():
        return False
    if not _TEAM_AFTER.match(text, end):
        return False
    lo = text.rfind("\n", 0, start) + 1
    return not _LED.search(text[lo:start])


_ADDRESS = re.compile(r"://|@|\bwww\.", re.I)


def in_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a web or mail address."""
    if end <= start:
        return False
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return bool(_ADDRESS.search(text[lo:hi]))


__all__ = ["asked_by_trait_word", "in_address", "names_team", "trait_stand_in"]
