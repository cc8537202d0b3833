"""The items of a list written inside an asking line (round 13).

A requirement sentence often asks for several things at once, as a list run into
the sentence rather than as bullets: "We value diversity, intelligence, empathy,
experience, helpful attitude, and dedication", "He should be pro in cuisine like
Indian, Chinese, Tandoor & Conti", "Enhanced PVG, Right to Work, Reference and
Employment History checks", "fostering the health, safety, and quality of life".
The taxonomy and the model name some items; the others are lost, although each is
asked as much as its neighbours. Each item of such a list is a term, named as the
posting names it:

* the line is a requirement line that is no duty (:class:`gapcheck.records.
  Requirement`, ``kind != "duty"``): a duty's list is the post's work, read by
  :mod:`.posting_duty_objects`;
* the list is the object of an ask right before it (at most :data:`NEAR` words
  before the comma of the part it lies in; the list begins at that part): a word
  of knowledge, experience or skill ("experience of", "proficient in", "skilled
  in", "should be pro in"), a value or a need said of the candidate ("we value",
  "must have", "required", "essential", "looking for"); or its last item names a
  check ("PVG, Right to Work, Reference and Employment History checks"). A list of
  places, benefits, working postures or the post's own work asks none of its items;
* a list is three items or more, separated by commas or semicolons, the last one
  joined by "and", "or" or "&" (two items joined by "and" alone are often one name:
  "Verbal and listening communications", "health and safety");
* each item is cut to its object the way key phrases are
  (:func:`.posting_keyphrases.object_span`: lead-in words off its start, a clause
  off its end, one to three words, some word a resume could show), and a single
  lowercase word is a noun by its ending ("bend, stoop, squat" names no skill); the
  first item is the last words before its comma, as many as the longest other item;
* an item a kept mention already covers gives nothing more.

Every item then passes the same rules as every other mention (:mod:`.posting_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.extract.posting_keyphrases import (
    _NOUN_FORM,
    GENERIC_HEADS,
    GENERIC_MODIFIERS,
    SOURCE,
    object_span,
)
from gapcheck.records import Mention, Posting

#: At least this many items make a list.
MIN_ITEMS = 3
#: At most this many words between an ask and the list's first comma ("Knowledge
#: of OT practice, ...": 2; "looking for someone to help provide the support for
#: the staff in the Operation, ...": too far, the list is not what is asked).
NEAR = 4
#: A check named within this many words of the last item's start.
CHECK_WORDS = 6
#: The words of the longest item read before the first comma.
MAX_FIRST = 3
_COMMA = re.compile(r"\s*[,;]\s*")
_JOIN = re.compile(r"\s+(?:and|or|&|and/or)\s+", re.IGNORECASE)
#: The start of a last item after its comma: ", and dedication".
_LAST_JOIN = re.compile(r"(?:and|or|&|and/or)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'+/.-]*")
#: What ends the sentence part a list can lie in: a colon opens the list, a stop or
#: a dash ends it.
_CLAUSE = re.compile(r"[:.!?()]\s|[:!?()]|\s[-–—]\s|\.$")
#: An ask before a list in its clause.
_ASK_BEFORE = re.compile(
    r"\b(?:experience[ds]?|knowledge|understanding|awareness|familiar(?:ity)?|"
    r"expertise|expert|proficien(?:t|cy)|skilled|skills?|pro|competen(?:t|ce|cy)|"
    r"background|qualified|trained|certified|fluen(?:t|cy)|versed)\s+"
    r"(?:of|in|with|at|on|including|such\s+as|like)\b|"
    r"\b(?:we|who)\s+value\b|\b(?:must|should|will\s+need\s+to|need\s+to)\s+"
    r"(?:also\s+)?(?:have|be|hold|possess|demonstrate|show|bring)\b|"
    r"\b(?:required|essential|requires?|a\s+must|looking\s+for|seeking)\b",
    re.IGNORECASE,
)
#: Words that lead into the first item and are never part of it.
_BEFORE_FIRST = frozenset(
    """like as such including include includes included e.g eg value values
    valued in of with for on to from into are is be our your the a an and or
    we you they it its this that these those""".split()  # noqa: SIM905
)


#: Words of any kind of thing, that name nothing alone as a list item.
_KIND_WORDS = frozenset(
    """equipment procedures products product tools tool systems system libraries
    technologies technology components projects materials methods services
    solutions items frameworks platforms processes resources devices""".split()  # noqa: SIM905
)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for stop in _CLAUSE.finditer(text, start, end):
        if stop.start() > at:
            out.append((at, stop.start()))
        at = stop.end()
    if at < end:
        out.append((at, end))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the list in ``text[start:end]`` (a clause), its first item
    whole (cut later), or [] when the clause holds no list of three items."""
    cuts = list(_COMMA.finditer(text, start, end))
    if not cuts:
        return []
    spans, at = [], start
    for cut in cuts:
        spans.append((at, cut.start()))
        at = cut.end()
    last = (at, end)
    joined = _LAST_JOIN.match(text, at, end)
    if joined is not None:
        last = (joined.end(), end)
    else:  # "Y and Z" after the last comma: two items
        join = _JOIN.search(text, at, end)
        if join is not None:
            spans.append((at, join.start()))
            last = (join.end(), end)
    spans.append(last)
    if len(spans) < MIN_ITEMS:
        return []
    return spans


def _first_item(text: str, start: int, end: int, size: int) -> tuple[int, int] | None:
    words = list(_WORD.finditer(text, start, end))[-size:]
    while words and words[0].group().lower().rstrip(".") in _BEFORE_FIRST:
        words.pop(0)
    if not words:
        return None
    return object_span(text, words[0].start(), words[-1].end())


def _asked(text: str, spans: list[tuple[int, int]]) -> int | None:
    """Where the list the clause asks for begins (an index of ``spans``), or None.
    The list begins at the part that holds an ask at most :data:`NEAR` words before
    its comma ("In line with the regulations, we require Enhanced PVG, Right to
    Work, ...": the second part); a list whose last item names a check ("...,
    Reference and Employment History checks") is asked from its first part."""
    for k in range(len(spans) - MIN_ITEMS, -1, -1):
        start, end = spans[k]
        asks = list(_ASK_BEFORE.finditer(text, start, end))
        if asks and len(_WORD.findall(text[asks[-1].end() : end])) <= NEAR:
            return k  # the ask right before the list, not a clause away
    head = _WORD.findall(text[spans[-1][0] : spans[-1][1]])[:CHECK_WORDS]
    if not any(w.lower() in ("check", "checks") for w in head):
        return None
    asking = [
        k for k, (s, e) in enumerate(spans[:-2]) if _ASK_BEFORE.search(text, s, e)
    ]
    return asking[-1] if asking else 0  # from the ask on, when one is said


def _named(item: str) -> bool:
    """An item that names a thing: more than one word, a name written with a
    capital or a digit ("Intercom", "Tandoor", "C++"), or a noun by its ending
    ("chemicals"); not a verb alone ("bend, stoop, squat"), a word of any kind of
    thing alone ("equipment, procedures, products") or a thing "similar" to others."""
    words = item.lower().split()
    if words[0] in GENERIC_MODIFIERS:
        return False  # "similar technologies", "other platforms"
    if len(words) > 1 or not item.islower() or not item.isalpha():
        return True
    if item in GENERIC_HEADS or item in _KIND_WORDS:
        return False
    return bool(_NOUN_FORM.search(item))


def list_phrases(posting: Posting, covered: Sequence[Mention]) -> list[Mention]:
    """Each item of a list run into an asking line that no kept mention covers."""
    text = posting.document.text
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in covered]
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue
        for c_start, c_end in _clauses(text, r.start, r.end):
            spans = _items(text, c_start, c_end)
            begins = _asked(text, spans) if spans else None
            if begins is None:
                continue
            spans = spans[begins:]
            rest = [object_span(text, s, e) for s, e in spans[1:]]
            sizes = [len(_WORD.findall(text[s:e])) for s, e in (x for x in rest if x)]
            if len(sizes) < MIN_ITEMS - 1:
                continue  # a sentence with commas, not a list of short items
            first = _first_item(text, *spans[0], min(MAX_FIRST, max(sizes)))
            for span in (first, *rest):
                if span is None or not _named(text[span[0] : span[1]]):
                    continue
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                out.append(
                    Mention(
                        span[0],
                        span[1],
                        text[span[0] : span[1]],
                        "SKILL",
                        source=SOURCE,
                        section=r.section,
                    )
                )
    return out
