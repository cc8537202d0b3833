"""Whether a place in a resume uses a skill's words in the skill's sense.

A word of a skill's name is no evidence of the skill where the resume uses it for
something else. Three general cases, each a rule on the words around the match:

* **Inside a proper name** (a law, an organisation, a product): "Fair Credit
  Reporting Act" shows no report writing. The rule is the one posting terms use
  (:func:`gapcheck.extract.posting_names.in_proper_name`), run on the resume's text.
* **Naming a kind of organisation**: a skill word written before an organisation
  noun names the organisation, not the person's work ("consumer reporting
  agencies", "an accounting firm").
* **Text addressed to the reader**: a section that speaks to "you" (a form, a rights
  notice appended to the PDF) is not about the candidate. A section is addressed when
  "you", "your" or "yours" are at least :data:`ADDRESSED_SHARE` of its words, at
  least :data:`ADDRESSED_MIN` times; 1 of the 132 livecareer resumes has such a
  section (a US credit-report notice and a Spanish job form), the others have at
  most 4 of these words in the whole resume.
* **A soft skill's adjective describing a thing**: "collaborative editing
  infrastructure", "innovative products", "a collaborative environment" describe a
  product or a place, not the person; "collaborative team player", "analytical
  skills" or "highly collaborative," do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from gapcheck.extract.posting_names import in_proper_name
from gapcheck.records import Mention, Section

#: Nouns of organisations: a skill word before one names the organisation's kind.
ORGANISATION_NOUNS = frozenset(
    """agency agencies bureau bureaus bureaux firm firms company companies
    association associations authority authorities council councils commission
    commissions society societies institute institutes""".split()  # noqa: SIM905
)
#: Adjective endings of soft skills' names ("collaborative", "resourceful",
#: "analytical", "dependable"); a one-word match with one of them is an adjective.
_ADJECTIVE = re.compile(r"(?:ive|ful|ous|able|ible|ical|ic)$")
#: Nouns an adjective of a soft skill may describe and still describe the person:
#: the person, their team, their way of working, their skills.
PERSON_WORDS = frozenset(
    """team teams teammate teammates player players member members professional
    professionals person people individual individuals leader leaders leadership
    manager managers worker workers colleague colleagues partner partners
    communicator communicators approach approaches style styles manner mindset
    attitude nature spirit personality skill skills ability abilities working work
    learner thinker thinking self-starter way ways relationship relationships
    effort efforts culture contributor contributors""".split()  # noqa: SIM905
)
#: Words after an adjective that do not make it a modifier of the next noun.
_FUNCTION = frozenset(
    """and or but nor to in with of for on at by as the a an when while across
    within between among under over through throughout who that which whose
    than yet so""".split()  # noqa: SIM905
)
ADDRESSED_SHARE = 0.015
ADDRESSED_MIN = 10
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'-]*)")


def _next_word(text: str, end: int) -> str | None:
    """The word right after ``end`` on the same line with only spaces between, or
    None (punctuation, a line end or the text's end comes first)."""
    found = _NEXT_WORD.match(text, end)
    return found.group(1).lower() if found else None


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


def names_organisation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` modifies an organisation noun ("reporting
    agencies")."""
    return _next_word(text, end) in ORGANISATION_NOUNS


def describes_thing(text: str, start: int, end: int) -> bool:
    """Whether a one-word adjective ``text[start:end]`` describes a thing: it is
    followed by a noun that is not the person, their team, way of working or
    skills."""
    word = text[start:end].strip()
    if " " in word or not _ADJECTIVE.search(word.lower()):
        return False
    following = _next_word(text, end)
    if following is None or following in _FUNCTION or following.endswith("ly"):
        return False
    return following not in PERSON_WORDS


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
    text: str, start: int, end: int, canonical: str | None, soft: bool, taxonomy: Any
) -> bool:
    """Whether the resume's ``text[start:end]`` is no evidence of the skill it
    names (any of the module's rules)."""
    if end <= start:
        return False  # synthetic evidence (what-if fixes) has no place in the text
    if canonical and in_name(text, start, end, canonical, taxonomy):
        return True
    if names_organisation(text, start, end):
        return True
    return soft and describes_thing(text, start, end)


__all__ = [
    "addressed_spans",
    "describes_thing",
    "in_name",
    "misread",
    "names_organisation",
]
