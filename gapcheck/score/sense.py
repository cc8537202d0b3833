"""Whether a place in a resume uses a skill's words in the skill's sense.

A word of a skill's name is no evidence of the skill where the resume uses it for
something else. Three general cases, each a rule on the words around the match:

* **Inside a proper name** (a law, an organisation, a product): "Fair Credit
  Reporting Act" shows no report writing. The rule is the one posting terms use
  (:func:`gapcheck.extract.posting_names.in_proper_name`), run on the resume's text.
* **Text addressed to the reader**: a section that speaks to "you" (a form, a rights
  notice appended to the PDF) is not about the candidate. A section is addressed when
  "you", "your" or "yours" are at least :data:`ADDRESSED_SHARE` of its words, at
  least :data:`ADDRESSED_MIN` times; 1 of the 132 livecareer resumes has such a
  section (a US credit-report notice and a Spanish job form), the others have at
  most 4 of these words in the whole resume.
* **A soft skill's adjective classifying a system or a place**: "collaborative
  editing infrastructure", "a collaborative environment", "a reliable service" name
  a kind of system or place, not a quality of the person: the adjective's noun
  phrase (its next one or two words) ends in a noun of :data:`SYSTEM_NOUNS` (a
  system, a tool, a place, a service). An adjective qualifying the person, a title
  or the person's work is evidence: "collaborative team player", "Innovative
  Accountant", "developed innovative marketing strategies", "Proactive problem
  solver". On all dev resumes x postings the rule removes 3 snippets, all of this
  kind ("collaborative environment", "collaborative team environment", "reliable
  electric service").

* **A generic word in another field's sense**: a one-word posting term with no
  taxonomy skill ("testing" of a Java posting) is no evidence where the resume writes
  it as the head of a compound that is a taxonomy skill ("A/B Testing") of a field the
  posting asks nothing of (neither the skill nor any skill above it is, or is above,
  one of the posting's skills: :func:`fields`), when the posting's fields have their
  own skill named with the word ("Software testing" under Software development,
  :func:`own_sense`): the posting means that sense, the resume another. Without an own
  sense the word is taken as meant generally, and so is a compound that ends the
  name of a posting skill ("preventative maintenance" of "Planned preventative
  maintenance", filed under another field): "aircraft maintenance" still shows an
  estates posting's "maintenance", "process improvement" an HR posting's
  "improvement". On all dev resumes x postings the rule removes no snippet (no dev
  posting's fields name such a word); on the Java posting it removes "A/B Testing".

A match in the education section, or on a line naming a degree, is a subject of
study, never read out of the school's name that follows it on merged lines ("Public
Relations University of Texas").
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Any

from gapcheck.extract.posting_names import in_proper_name
from gapcheck.records import Mention, Section

#: Adjective endings of soft skills' names ("collaborative", "resourceful",
#: "analytical", "dependable"); a one-word match with one of them is an adjective.
_ADJECTIVE = re.compile(r"(?:ive|ful|ous|able|ible|ical|ic)$")
#: Nouns of systems, tools, places and services: a soft skill's adjective before
#: one classifies the thing ("collaborative platform"), it is no quality of the person.
SYSTEM_NOUNS = frozenset(
    """infrastructure environment environments platform platforms system systems
    software tool tools technology technologies space spaces workspace workspaces
    network networks application applications app apps portal portals website
    websites database databases equipment facility facilities feature features
    service services supply""".split()  # noqa: SIM905
)
#: Words after an adjective that do not make it a modifier of the next noun.
FUNCTION_WORDS = frozenset(
    """and or but nor to in with of for on at by as the a an when while across
    within between among under over through throughout who that which whose
    than yet so""".split()  # noqa: SIM905
)
ADDRESSED_SHARE = 0.015
ADDRESSED_MIN = 10
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'-]*)")


def next_words(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` words right after ``end`` on the same line with only spaces
    between, lower-case (punctuation, a line end or the text's end stops them)."""
    words: list[str] = []
    while len(words) < count:
        found = _NEXT_WORD.match(text, end)
        if found is None:
            break
        words.append(found.group(1).lower())
        end = found.end()
    return words


def _next_word(text: str, end: int) -> str | None:
    """The word right after ``end`` (:func:`next_words`), or None."""
    found = next_words(text, end, 1)
    return found[0] if found else None


def addressed_spans(
    text: str, sections: Iterable[Section]
) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each section of ``text`` addressed to the reader."""
    found = []
    for s in sections:
        part = text[s.start : s.end]
        you = len(_SECOND_PERSON.findall(part))
        if you >= ADDRESSED_MIN and you >= ADDRESSED_SHARE * len(_WORD.findall(part)):
            found.append((s.start, s.end))
    return tuple(found)


def describes_thing(text: str, start: int, end: int) -> bool:
    """Whether a one-word adjective ``text[start:end]`` classifies a system or a
    place (see the module): its noun phrase (the next one or two words) ends in a
    noun of :data:`SYSTEM_NOUNS`."""
    word = text[start:end].strip()
    if " " in word or not _ADJECTIVE.search(word.lower()):
        return False
    following = _next_word(text, end)
    if following is None or following in FUNCTION_WORDS:
        return False
    if following in SYSTEM_NOUNS:
        return True
    gap = _NEXT_WORD.match(text, end)
    second = _next_word(text, gap.end()) if gap else None
    return second in SYSTEM_NOUNS  # "collaborative editing infrastructure"


#: The one or two words before a match on its line ("A/B" of "A/B Testing").
_BEFORE = re.compile(r"(?:([\w/&+.-]+)[ \t-]+)?([\w/&+.-]+)[ \t-]+$")


def fields(taxonomy: Any, names: Iterable[str]) -> frozenset[str]:
    """The skills ``names`` (lower-case) and every skill above each one."""
    broader = getattr(taxonomy, "broader", None)
    found: set[str] = set()
    for name in names:
        found.add(name.lower())
        if broader is not None:
            with contextlib.suppress(Exception):
                found |= {b.lower() for b in broader(name, transitive=True) or ()}
    return frozenset(found)


def names_another(taxonomy: Any, form: str, canonical: str | None) -> bool:
    """Whether a posting wording of the skill ``canonical`` is the name of another
    skill of the taxonomy (a fragment: "java" out of "java script")."""
    get = getattr(taxonomy, "get", None)
    other = get(form) if get is not None and canonical else None
    return other is not None and other.name.lower() != (canonical or "").lower()


def own_sense(taxonomy: Any, asked: frozenset[str], word: str) -> bool:
    """Whether a skill of the fields ``asked`` is named, or aliased, with ``word``
    after other words ("Software testing" for "testing")."""
    for skill in taxonomy if asked and taxonomy is not None else ():
        if skill.name.lower() in asked:
            for name in (skill.name, *(getattr(skill, "aliases", ()) or ())):
                words = name.lower().split()
                if len(words) > 1 and words[-1] == word:
                    return True
    return False


def foreign_compound(
    text: str, start: int, end: int, asked: frozenset[str], taxonomy: Any
) -> bool:
    """Whether the word ``text[start:end]`` heads a compound that is a taxonomy skill
    of a field outside ``asked`` (the posting's :func:`fields`; see the module)."""
    get = getattr(taxonomy, "get", None)
    line = text.rfind("\n", 0, start) + 1
    before = _BEFORE.search(text, line, start)
    if not asked or get is None or before is None or " " in text[start:end].strip():
        return False
    word = text[start:end]
    lefts = [before.group(2)] + (
        [f"{before.group(1)} {before.group(2)}"] if before.group(1) else []
    )
    for left in lefts:
        compound = f"{left} {word}"
        skill = get(compound)
        if skill is not None:
            # an asked skill named with the compound is the posting's own sense
            # ("Planned preventative maintenance": "preventative maintenance")
            named = any(a.endswith(" " + compound.lower()) for a in asked)
            return not named and not fields(taxonomy, [skill.name]) & asked
    return False


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def heads_another_skill(
    text: str, start: int, end: int, canonical: str | None, taxonomy: Any
) -> bool:
    """Whether the one word ``text[start:end]``, a wording of the skill
    ``canonical``, heads a compound that names another skill of the taxonomy, not a
    kind of this one: "benefits administration" is HR work, not the
    "administration" of Administrative support; "Benefits/Payroll Administration"
    likewise ("payroll administration"). A compound whose skill is ``canonical``
    or lies under it ("unit testing" for Software testing) stays, and so does a word
    of the skill's own name: "financial reporting" is reporting, "media negotiation"
    negotiation; only a word that is an alias names other work in a compound. A soft
    skill is exercised in any field's work ("data analysis" shows analytical
    thinking, "sales presentations" presentation skills): not for a soft skill."""
    if end <= start:
        return False  # synthetic evidence (what-if fixes) has no place in the text
    get = getattr(taxonomy, "get", None)
    word = text[start:end].strip().lower()
    own_words = {_singular(w) for w in (canonical or "").lower().split()}
    if (
        get is None
        or not canonical
        or " " in word
        or _singular(word) in own_words
        or getattr(get(canonical), "kind", None) == "soft"
    ):
        return False
    line = text.rfind("\n", 0, start) + 1
    before = _BEFORE.search(text, line, start)
    if before is None:
        return False
    last = before.group(2)
    lefts = [last, last.rsplit("/", 1)[-1]] + (
        [f"{before.group(1)} {last}"] if before.group(1) else []
    )
    own = canonical.lower()
    for left in dict.fromkeys(lefts):
        skill = get(f"{left} {word}")
        if skill is not None:
            return skill.name.lower() != own and own not in fields(
                taxonomy, [skill.name]
            )
    return False


#: Endings of an action noun: what one does to an object ("administration",
#: "management", "maintenance", "processing", "analysis").
_ACTION_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ing|sis)$")
#: Endings of a word before a noun that is no object: an adjective, an adverb, a
#: participle ("general administration", "financial management", "improved
#: processing"); a capitalised or plain noun is the object. Nouns with these
#: endings ("hospital", "proposal") are kept as the skill's, the safe side.
_NOT_OBJECT = re.compile(r"(?:al|ive|ful|ous|ible|able|ly|ed)$")
#: Modifiers that name how, or how much, not what ("day-to-day", "overall").
_NOT_OBJECT_WORDS = frozenset(
    """general overall daily day-to-day full complete total all other some its
    their our my his her new key main whole""".split()  # noqa: SIM905
)


#: A word that heads at least this many of the taxonomy's multi-word skill names
#: (its names and aliases: "system administration", "database administration", ...
#: 95 for "administration", 516 for "management", 0 for "resourcing", 2 for
#: "cooking") is a generic head: alone it names no one skill.
GENERIC_HEAD_MIN = 20
_HEADS: dict[int, tuple[Any, dict[str, int]]] = {}


def head_count(taxonomy: Any, word: str) -> int:
    """How many multi-word skill names (names and aliases) of ``taxonomy`` end in
    ``word``: how often the word stands for something other than one skill."""
    cached = _HEADS.get(id(taxonomy))
    if cached is None or cached[0] is not taxonomy:
        counts: dict[str, int] = {}
        for skill in taxonomy if taxonomy is not None else ():
            names = {skill.name.lower(), *(a.lower() for a in skill.aliases or ())}
            for name in names:
                words = name.split()
                if len(words) > 1:
                    counts[words[-1]] = counts.get(words[-1], 0) + 1
        cached = _HEADS[id(taxonomy)] = (taxonomy, counts)
    return cached[1].get(word.lower(), 0)


def acts_on_other(
    text: str, start: int, end: int, canonical: str | None, taxonomy: Any
) -> bool:
    """Whether the one word ``text[start:end]``, a generic action noun (it heads
    :data:`GENERIC_HEAD_MIN` or more of the taxonomy's skill names:
    :func:`head_count`) standing for the skill ``canonical`` whose name does not hold
    it ("administration" for Administrative support), heads a compound whose first
    word is its object:
    "benefits administration", "COBRA management administration", "Entra
    Administration" are the administering of those things, not administrative
    support. A word of the skill's own name stays ("financial reporting" is
    reporting), a modifier that is no object stays ("general administration",
    "day-to-day administration"), and so does a compound that names the skill
    itself. Not for a soft skill, exercised in any field's work ("data analysis"
    shows analytical thinking)."""
    if end <= start or not canonical:
        return False
    word = text[start:end].strip().lower()
    own_words = {_singular(w) for w in canonical.lower().split()}
    get = getattr(taxonomy, "get", None)
    if (
        " " in word
        or not _ACTION_NOUN.search(word)
        or _singular(word) in own_words
        or len(own_words) < 2
        or head_count(taxonomy, word) < GENERIC_HEAD_MIN
        or (get is not None and getattr(get(canonical), "kind", None) == "soft")
    ):
        return False
    line = text.rfind("\n", 0, start) + 1
    prev = text[line:start]
    words = prev.split()
    if not words or prev[-1:] not in (" ", "\t"):
        return False  # first on its line, or joined to the word before by a hyphen
    left = words[-1].rsplit("/", 1)[-1]
    if left != left.rstrip(",;:.)("):
        return False  # a list item or a clause ends before it
    low = left.lower()
    if (
        not left
        or not left[0].isalpha()
        or "-" in left  # a compound modifier: "in-home", "large-scale"
        or low in FUNCTION_WORDS
        or low in _NOT_OBJECT_WORDS
        or low in own_words
        or _NOT_OBJECT.search(low)
    ):
        return False
    skill = get(f"{left} {word}") if get is not None else None
    own = canonical.lower()
    return skill is None or (  # a kind of the skill stays ("standard costing")
        skill.name.lower() != own and own not in fields(taxonomy, [skill.name])
    )


#: Before an implying skill's wording, in its clause: the candidate takes the
#: subject in ("reading all government updates on ... audits", "stays current on
#: tax law") or works with it as a counterpart ("partnering with all core business
#: operations", "liaised with Finance"): neither is the candidate doing that work.
_TAKEN_IN = re.compile(
    r"\b(?:(?:read|reading|reads|follow(?:s|ed|ing)?|track(?:s|ed|ing)?)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:updates|news|developments|changes|articles)\s+"
    r"(?:on|about|regarding|concerning|in|to)"
    r"|(?:stay(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+(?:current|abreast|informed|"
    r"up[ -]to[ -]date)\s+(?:on|with|of|about|regarding)"
    r"|(?:partner(?:s|ed|ing)?|liais(?:e|es|ed|ing)|interfac(?:e|es|ed|ing))\s+with)"
    r"\s+(?:[\w'&/()-]+,?\s+){0,8}?(?:(?:and|or|&)\s+)?$",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?:•]\s|\n")


def taken_in(text: str, start: int) -> bool:
    """Whether the wording at ``start`` is a subject the candidate reads about or
    keeps up with, or a counterpart they work with (:data:`_TAKEN_IN`), in its
    clause: for an implied skill, no work of the implying skill."""
    lo = text.rfind("\n", 0, start) + 1
    for found in _CLAUSE_END.finditer(text, lo, start):
        lo = found.end()
    return bool(_TAKEN_IN.search(text[lo:start]))


def _degree_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` names a degree ("BSc : Human Resource
    Management University College"): an education line the parser put elsewhere."""
    from gapcheck.parse.degrees import degree_levels

    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return bool(degree_levels(text[lo : hi if hi >= 0 else len(text)]))


def in_name(text: str, start: int, end: int, canonical: str, taxonomy: Any) -> bool:
    """Whether ``text[start:end]``, a wording of ``canonical``, is read out of a
    longer proper name (the posting rule, see the module)."""
    mention = Mention(
        start=start,
        end=end,
        text=text[start:end],
        label="SKILL",
        canonical=canonical,
    )
    return in_proper_name(mention, text, taxonomy)


def misread(
    text: str,
    start: int,
    end: int,
    canonical: str | None,
    soft: bool,
    taxonomy: Any,
    section: str | None = None,
) -> bool:
    """Whether the resume's ``text[start:end]`` (in ``section``) is no evidence of
    the skill it names (any of the module's rules)."""
    if end <= start:
        return False  # synthetic evidence (what-if fixes) has no place in the text
    named = canonical and section != "education" and not _degree_line(text, start)
    if named and in_name(text, start, end, canonical or "", taxonomy):
        return True
    return soft and describes_thing(text, start, end)


__all__ = [
    "FUNCTION_WORDS",
    "SYSTEM_NOUNS",
    "addressed_spans",
    "describes_thing",
    "fields",
    "foreign_compound",
    "heads_another_skill",
    "in_name",
    "misread",
    "names_another",
    "next_words",
    "own_sense",
    "taken_in",
]
