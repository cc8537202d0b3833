"""Areas of practice a posting asks for in sentence form (round 11, clinical recall).

What the taxonomy and the skill model name is read elsewhere
(:mod:`.posting_terms`, :mod:`.posting_keyphrases`). Clinical and science postings
often write what they ask in shapes those do not cut:

* **the people one works with, by their condition**: "experience of working with
  people who experience serious mental health problems", "assessing and managing
  crisis for people with a severe mental illness": the condition is the area of
  practice asked ("mental health problems", "severe mental illness");
* **a skill written as a noun before "skills" / "knowledge"**: "requires: Key
  consultancy skills; Good child development, mental health, neurodevelopmental
  knowledge": "consultancy skills", "neurodevelopmental knowledge";
* **a profession named only by the title, whose field the taxonomy knows**:
  "Phlebotomist" (Phlebotomy), when the text asks for one again ("a qualified
  Phlebotomist"); the registered professions are :func:`.posting_keyphrases.
  title_profession`'s.

Each is read on a requirement line that is no duty (the title for the last), named
as the posting names it, and then passes every rule of :mod:`.posting_terms` like
any other mention. Nothing here asks anything new of a line: the parser decides what
asks (:mod:`gapcheck.parse.asking`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.extract.posting_keyphrases import (
    GENERIC_MODIFIERS,
    LEAD,
    PROFESSIONS,
    grade_word,
    object_span,
)
from gapcheck.parse.never_asked import describes_employer
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting, Requirement

SOURCE: Final = "keyphrase"

#: Working with, caring for or treating people of a kind who have a condition:
#: "working with people who have experienced a mental health problem", "supporting
#: adults with severe mental health problems", "crisis for people with a severe
#: mental illness", "children experiencing anxiety".
_PEOPLE_WITH = re.compile(
    r"\b(?:work(?:s|ing)?\s+with|support(?:s|ing)?|car(?:e|es|ing)\s+for|treat(?:s|ing)?|"
    r"assess(?:es|ing)?|manag(?:e|es|ing)\s+[\w\s]{0,20}?for)\s+"
    r"(?:(?:the|those|older|younger|adult|vulnerable)\s+)?"
    r"(?:people|adults|children|young\s+people|patients|clients|service\s+users|"
    r"individuals|families|women|men|users|those)\s+"
    r"(?:who\s+(?:have(?:\s+experienced)?|experience|are\s+(?:living\s+with|"
    r"affected\s+by|experiencing))|with|experiencing|living\s+with|affected\s+by)\s+",
    re.IGNORECASE,
)
#: Where a condition's name ends: a place, a purpose or another clause ("mental
#: health needs in a range of clinical settings").
_OBJECT_END = re.compile(
    r"[,;:.()]|\s(?:in|at|within|across|on|from|to|who|which|that|and\s+(?:have|be|"
    r"the|to))\b",
    re.IGNORECASE,
)
#: How grave or how common a condition is: off a phrase's start when the phrase is
#: otherwise too long to be a term ("serious mental health problems").
_DEGREE = frozenset(
    """serious severe complex significant enduring common moderate mild profound
    long-term longer-term multiple""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'+/-]*")
#: A noun phrase right before "skills" / "knowledge" / "expertise" on an asking line.
_NOUN_SKILL = re.compile(
    r"(?P<words>(?:[A-Za-z][\w-]*\s+){1,2})(?P<head>skills|knowledge|expertise)\b",
    re.IGNORECASE,
)
#: Words that grade or frame the head and name no skill themselves.
_FRAME = (
    LEAD
    | GENERIC_MODIFIERS
    | frozenset(
        """key good excellent strong sound specific effective proven high great
    outstanding exceptional advanced basic general core essential wide broad deep
    detailed expert specialist technical professional personal practical clinical
    transferable necessary relevant required demonstrable demonstrated up-to-date
    current previous and or & of the a an your their our with in on for to as
    these those this that such other all any some new prior in-depth wider
    adequate secure comprehensive sufficient reasonable solid extensive thorough
    innovative creative inspirational motivational dynamic proactive competent existing
    possess possesses hold holds pre-requisite prerequisite requisite alongside
    proficient confident date level based led centred focused g e i
    post-qualification post-registration high-level up-to-date newly
    develop developing use using apply applying bring bringing gain gaining improve
    improving build building share sharing update updating enhance enhancing learn
    learning acquire acquiring transfer offer offers requires require need ensure
    meet achieve contribute deliver provide support help assist make take get give
    do be have go adapt demonstrate respond participate manage perform undertake
    carry engage handle deal cope act follow complete maintain attend keep put set
    cover join work""".split()  # noqa: SIM905
    )
)
#: Verbs whose object skills are grown or used, not asked: "to develop social
#: skills" (a patient's), "ready to enhance their existing assessment skills".
_GROWN = frozenset(
    """develop developing develops enhance enhancing improve improving build
    building gain gaining learn learning acquire acquiring broaden broadening
    extend extending expand expanding grow growing use using apply applying""".split()  # noqa: SIM905
)
#: Title words of grade beyond the key phrases' (``grade_word``).
_MORE_GRADE = frozenset("specialised specialized qualified existing".split())  # noqa: SIM905
#: The word right after the head, on the same line.
_NEXT = re.compile(r"[ \t]+([a-z][\w-]*)")
#: Words that may follow a head that ends its phrase.
_AFTER_HEAD = frozenset(
    """and or in of to for with as at on within across that which who including
    such e.g eg is are was were will would be being essential desirable required
    needed preferred necessary gained acquired relevant appropriate when where
    whilst while through from into by plus also""".split()  # noqa: SIM905
)
#: A profession's field by its ending: "phlebotomist" -> "phlebotomy",
#: "radiographer" -> "radiography", "audiologist" -> "audiology".
_FIELD_ENDINGS = (("ogist", "ogy"), ("ist", "y"), ("grapher", "graphy"), ("ist", "ism"))
_TITLE_SEPARATORS = (" - ", " – ", "/", "(", ")", "[", "]", ",", ":", "+", "|")


def area_mentions(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """The areas of practice asked in sentence form that no kept mention names."""
    text = posting.document.text
    out: list[Mention] = []
    for req in posting.requirements:
        if req.end <= req.start or req.kind == "duty":
            continue
        for span in (*_conditions(text, req), *_noun_skills(text, req)):
            if not _overlaps(span, [*covered, *out]):
                out.append(_mention(text, span, req.section))
    profession = _title_field(posting, [*covered, *out], taxonomy)
    if profession is not None:
        out.append(profession)
    return out


def _conditions(text: str, req: Requirement) -> list[tuple[int, int]]:
    found = []
    for match in _PEOPLE_WITH.finditer(text, req.start, req.end):
        left, right = sentence_span(text, match.start(), match.end())
        if describes_employer(text[left:right]):
            continue  # "We care for patients with ...": the employer's work
        stop = _OBJECT_END.search(text, match.end(), req.end)
        end = stop.start() if stop is not None else req.end
        first = _WORD.match(text, match.end())
        if first is not None and first.group().lower().endswith("ed"):
            continue  # "patients who have completed treatment": no condition
        span = object_span(text, match.end(), end)
        if span is None:
            span = _without_degree(text, match.end(), end)
        if span is not None and text[span[0] : span[1]].lower() not in _DEGREE:
            found.append(span)  # not "severe" of "severe, complex ... illness"
    return found


def _without_degree(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The object with its leading article and degree words off, when they made it
    too long: "serious mental health problems" -> "mental health problems"."""
    words = list(_WORD.finditer(text, start, end))
    i = 0
    while i < len(words) and words[i].group().lower() in {"a", "an", "the"}:
        i += 1
    if i + 1 < len(words) and words[i].group().lower() in _DEGREE:
        return object_span(text, words[i + 1].start(), end)
    return None


def _noun_skills(text: str, req: Requirement) -> list[tuple[int, int]]:
    if req.importance == "mentioned":
        return []
    found = []
    for match in _NOUN_SKILL.finditer(text, req.start, req.end):
        words = list(_WORD.finditer(text, match.start("words"), match.end("words")))
        # the words of the phrase: from the head back to the first framing word
        kept: list[re.Match[str]] = []
        for w in reversed(words):
            if w.group().lower() in _FRAME:
                break
            kept.insert(0, w)
        after = _NEXT.match(text, match.end("head"))
        if after is not None and after.group(1).lower() not in _AFTER_HEAD:
            continue  # "life skills kitchen": the head modifies a noun after it
        while kept and kept[0].group().lower().endswith("ed"):
            kept.pop(0)  # "a fully equipped life skills kitchen": a participle
        if not kept:
            continue
        before = _WORD.findall(
            text, max(req.start, match.start() - 40), kept[0].start()
        )
        if kept and not any(w.lower() in _GROWN for w in before[-3:]):
            found.append((kept[0].start(), match.end("head")))
    return found


def _title_field(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any
) -> Mention | None:
    """The title's profession, by the field the taxonomy knows for it, when no
    registered profession or kept term names it and the text names it again."""
    if taxonomy is None:
        return None
    title = next((s for s in posting.sections if s.name == "title"), None)
    if title is None:
        return None
    text = posting.document.text
    head = text[title.start : title.end]
    cut = min(
        (i for i in (head.find(sep) for sep in _TITLE_SEPARATORS) if i > 0),
        default=len(head),
    )
    words = list(_WORD.finditer(head, 0, cut))
    if not words or any(p in head.lower() for p in PROFESSIONS):
        return None
    last = words[-1]
    noun = last.group().lower()
    skill = _field_skill(noun, taxonomy)
    if skill is None:
        return None
    # with its specialism: the title words before it, grade words off its start
    # ("Chief Cardiac Physiologist - Band 7" -> "Cardiac Physiologist")
    first = len(words) - 1
    while first > 0 and not _grade(words[first - 1].group(), taxonomy):
        first -= 1
    start, end = title.start + words[first].start(), title.start + last.end()
    if any(m.start < end and start < m.end for m in covered):
        return None
    body = text[title.end :]
    if not re.search(rf"\b{re.escape(noun)}s?\b", body, re.IGNORECASE):
        return None  # named by the title alone: no ask of the text
    return Mention(
        start, end, text[start:end], "SKILL", canonical=skill.name,
        category=skill.category, type=skill.type, source=SOURCE, section="title",
    )  # fmt: skip


def _grade(word: str, taxonomy: Any) -> bool:
    return word.lower() in _MORE_GRADE or grade_word(word, taxonomy)


def _field_skill(noun: str, taxonomy: Any) -> Any:
    for ending, field in _FIELD_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 3:
            skill = taxonomy.get(noun[: -len(ending)] + field)
            if skill is not None and getattr(skill, "type", None) == "hard":
                return skill
    return None


def _overlaps(span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in mentions)


def _mention(text: str, span: tuple[int, int], section: str | None) -> Mention:
    start, end = span
    return Mention(start, end, text[start:end], "SKILL", source=SOURCE, section=section)
