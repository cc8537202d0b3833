"""What a duty line asks when no known skill names it (round 12, issue 15).

Care, warehouse, kitchen, shop and classroom postings list their duties as short
bullets and verb phrases that neither the taxonomy nor the skill model names:
"Watering", "Cash tracking and weekly deposits", "Review and process passport
applications", "Assist with loading products into customer vehicles". A resume shows
such work by the same words, so a duty line on which no kept term lies asks:

* **its noun of work**, when the line opens with one of at most three words ending in
  a noun of work (-ing, -tion, -ment, -ance, -ry ...): "Watering", "Laundry", "Meal
  preparation", "Cash tracking" (of "Cash tracking and weekly deposits"),
  "Sanitization" (of "Sanitization of all public and staff spaces");
* else **its verb's object**, up to the first preposition, clause or list break, at
  most three words (a longer one keeps its last three): "passport applications" (of
  "Review and process passport applications including verification of forms"),
  "loading products" (of "Assist with loading products into customer vehicles"),
  "seasonal planting schedule" (of "Coordinating and executing outdoor seasonal
  planting schedule").

No term where the object is a person or a group of people ("Greet customers", "Support
residents"), the employer's own ("our clients"), a generic head ("Execute standard
tasks", "Other duties as assigned"), a lone word the taxonomy does not know ("Deliver
pots"), a coordination cut in half ("a clean and safe environment"), or the object of a
verb that asks no skill of it ("Follow the Manager Task List", "Ensure that ...").
The phrase then passes the rules every mention passes (:mod:`.posting_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.extract.posting_keyphrases import _VERBS as _COMMON_VERBS
from gapcheck.extract.posting_keyphrases import (
    GENERIC_HEADS,
    GENERIC_MODIFIERS,
    LEAD,
)
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"
#: At most this many words in a duty's term.
MAX_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'+/-]*")
_BULLET = re.compile(r"[ \t]*(?:[-•*·●▪◦–—]|\d{1,2}[.)])\s*")
#: What ends a noun of work or an object: a break of punctuation, a preposition, a
#: conjunction or a clause.
_BREAK = re.compile(r"[,;:.()!?\[\]]|\s[-–—]\s")
_STOPS = frozenset(
    """by for to into onto from using with at on in of over under via per as
    including such when where while whilst so that which who whose if before after
    during throughout within across around according and or & but etc e.g.
    they it we you he she i are is was were be been will would can could may
    should must through towards toward about""".split()  # noqa: SIM905
)
#: Endings of nouns that name work ("watering", "preparation", "management",
#: "maintenance", "laundry", "delivery", "security", "closure").
_WORK_NOUN = re.compile(
    r"(?:ing|tion|sion|ment|ance|ence|ry|ity|ure|ness|ship|ics|ogy|age|sis)$"
)
#: A verb in the third person ("Writes", "Recommends", "Maintains"), not "Process".
_THIRD_PERSON = re.compile(r"[^su]s$")
#: A noun of an action that names its object with "of" ("removal of", "provision of").
_NOMINAL = re.compile(r"(?:tion|sion|ment|ance|ence|al|ing|ure|ity)$")
#: Adverbs before a line's verb ("Occasionally operate ...").
_ADVERB = re.compile(r"ly$")
#: Verbs whose object names no skill asked: rules and documents followed, clauses,
#: and verbs of taking part, telling and foreseeing ("Participate in group
#: discussions", "Communicate service features", "Anticipate travel disruptions").
_NO_OBJECT = frozenset(
    """follow follows following ensure ensures ensuring be is are have has do make
    makes get gets keep keeps other participate participating anticipate
    anticipating communicate communicating contribute contributing liaise liaising
    discuss discussing share sharing inform informing understand understanding
    learn learning identify identifying promote promoting encourage encouraging
    foster fostering cultivate cultivating""".split()  # noqa: SIM905
)
#: People and groups as objects: the duty is done for or with them.
_PEOPLE = frozenset(
    """customer customers client clients resident residents patient patients
    staff child children guest guests visitor visitors people person member
    members family families individual individuals user users colleague colleagues
    team teams employee employees student students pupil pupils participant
    participants carer carers parent parents manager managers stakeholder
    stakeholders volunteer volunteers supervisor supervisors driver drivers
    public everyone others head heads department departments party parties
    leadership professionals professional agencies organisations organizations
    partners providers""".split()  # noqa: SIM905
)
#: Ranks of a person ("Mentor a junior Data Analyst"): the object is a person.
_RANKS = frozenset("junior senior trainee trainees apprentice apprentices".split())  # noqa: SIM905
_POSSESSIVE = frozenset("our their his her your its my us them".split())  # noqa: SIM905
#: Heads that name no work by themselves as an object ("Place orders", "Answer
#: questions", "Respond to requests").
_EMPTY_HEADS = GENERIC_HEADS | frozenset(
    """work job jobs things items orders order requests request questions question
    information details detail instructions instruction days day hours shift shifts
    time times areas area spaces space way ways manner standard standards list
    lists service services effort efforts strategy strategies initiative
    initiatives development improvement improvements point points support
    help locations location settings sites premises provisions""".split()  # noqa: SIM905
)  # round 12b: "Provide the first point of contact", "direct support to ..."
_AND = frozenset({"and", "or", "&"})
#: Words between a verb and its object ("Assist with", "Contribute towards").
_PARTICLES = frozenset("with to in on out towards toward".split())  # noqa: SIM905
#: States a duty keeps a thing in ("Keep the kitchen clean"): no noun of work.
_STATES = frozenset(
    """clean tidy safe secure organised organized ready available stocked neat
    presentable hygienic orderly free clear up-to-date current accurate""".split()  # noqa: SIM905
)
#: Words that grade the work, not name it ("robust", "innovative", "flawless").
_GRADES = frozenset(
    """robust innovative flawless quality high-quality effective efficient timely
    holistic strategic seamless responsive exceptional outstanding great positive
    potential high""".split()  # noqa: SIM905
)
_DROP_FIRST = (
    LEAD
    | GENERIC_MODIFIERS
    | _GRADES
    | frozenset("a an the all any some each every this that these those".split())  # noqa: SIM905
)
#: Words that open no duty's verb: a preposition, a determiner, a pronoun ("As a
#: Band 6 OT, you will ...", "The post holder ...").
_NOT_VERB = _STOPS | frozenset(
    "a an the this that these those our your their his her its all each".split()  # noqa: SIM905
)


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _until_stop(
    text: str, words: list[re.Match[str]], start: int, line_end: int
) -> tuple[list[re.Match[str]], str]:
    """The words from ``start`` up to the first break or stop word, and the stop word
    ("" at a break or the line's end)."""
    brk = _BREAK.search(text, start, line_end)
    limit = brk.start() if brk else line_end
    out: list[re.Match[str]] = []
    for w in words:
        if w.start() < start:
            continue
        if w.start() >= limit:
            break
        if w.group().lower() in _STOPS:
            return out, w.group().lower()
        out.append(w)
    return out, ""


def _clean(words: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The object without determiners, lead-in words and generic modifiers at its
    start, at most three words; None when it names no work (see the module)."""
    words = list(words)
    if words and words[0].group().lower() in _POSSESSIVE:
        return None
    while words and words[0].group().lower() in _DROP_FIRST:
        words.pop(0)
    if not words:
        return None
    while len(words) > 1 and _ADVERB.search(words[-1].group().lower()):
        words.pop()  # "in-coming mail timely"
    words = words[-MAX_WORDS:]
    while words and words[0].group().lower() in _DROP_FIRST:
        words.pop(0)  # "potential travel disruptions" of "any potential ..."
    if not words:
        return None
    lowered = [w.group().lower() for w in words]
    head = lowered[-1]
    bare = [w.rstrip("'’") for w in lowered]
    if head in _PEOPLE or any(
        w in _POSSESSIVE or w in _RANKS or (w in _PEOPLE and w.endswith("s"))
        for w in bare
    ):
        return None  # "Support residents", "customers find items"; not "team meetings"
    if head in _EMPTY_HEADS or head.endswith("ed") or head in LEAD or head in _STATES:
        return None
    return words


def _known(word: str, taxonomy: Any) -> bool:
    skill = taxonomy.get(word) if taxonomy is not None else None
    return skill is not None and getattr(skill, "type", None) == "hard"


def duty_object(
    text: str, start: int, end: int, taxonomy: Any = None
) -> tuple[int, int] | None:
    """The span a duty line ``text[start:end]`` asks by (see the module), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text, line_start)
    if bullet is not None and bullet.end() > start:
        start = bullet.end()
    words = _words(text, start, end)
    while words and _ADVERB.search(words[0].group().lower()) and len(words) > 1:
        words.pop(0)
    if not words:
        return None
    # a noun of work that is the whole line ("Watering", "Meal preparation"), opens
    # a list of such nouns ("Cash tracking and weekly deposits") or names its object
    # with "of" when the taxonomy knows it ("Sanitization of all public spaces")
    opening, stop = _until_stop(text, words, words[0].start(), end)
    whole = bool(opening) and not text[opening[-1].end() : end].strip(" \t.;:!")
    listed = stop in _AND and len(opening) >= 2
    of = (
        stop == "of"
        and bool(opening)
        and _known(text[opening[0].start() : opening[-1].end()], taxonomy)
    )  # "Sanitization of ...", not "Preparation of meals"
    if (
        0 < len(opening) <= MAX_WORDS
        and (
            len(opening) == 1
            or (
                opening[0].group().lower() not in _COMMON_VERBS
                and not _THIRD_PERSON.search(opening[0].group().lower())
                and not any(w.group().lower() in _NOT_VERB for w in opening)
            )
        )
        and (whole or listed or of)
        and _WORK_NOUN.search(opening[-1].group().lower())
        and _clean(opening) == opening
    ):
        return opening[0].start(), opening[-1].end()
    # else a verb (or two: "Review and process") and its object
    verb = words[0].group().lower()
    if verb in _NO_OBJECT or verb in _NOT_VERB or _THIRD_PERSON.search(verb):
        return None  # "Maintains quality service ...": a template's third person
    i = 1
    while i + 1 < len(words) and words[i].group().lower() in ("and", "&", "or"):
        i += 2  # "Clean, restock, and sanitize": the commas are breaks, see below
    between = text[words[0].end() : words[i].start()] if i < len(words) else ""
    if i < len(words) and "," in between:
        return None  # a list of verbs with commas: no single object
    while i < len(words) and words[i].group().lower() in _PARTICLES:
        i += 1  # "Assist with loading ...", "Respond to ...", "Cash out ..."
    if i >= len(words):
        return None
    obj, stop = _until_stop(text, words, words[i].start(), end)
    if stop == "of" and obj and _NOMINAL.search(obj[-1].group().lower()):
        return None  # "the safe removal of waste": the noun's object is cut off
    if stop in _AND and len(obj) < 2:
        return None  # "a clean and safe environment": cut inside a coordination
    cleaned = _clean(obj)
    if cleaned is None:
        return None
    if len(cleaned) == 1 and not _known(cleaned[0].group(), taxonomy):
        return None  # "Deliver pots": a lone word no skill names
    return cleaned[0].start(), cleaned[-1].end()


def duty_phrases(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """The term each duty line with no kept term on it asks by (see the module)."""
    text = posting.document.text
    # a kept span of many words with no skill's name is scored as a described line
    # by its words (gapcheck.score.requirements.LONG_SURFACE), not as a term
    terms = [m for m in covered if m.canonical or len(m.text.split()) <= MAX_WORDS]
    out: list[Mention] = []
    for r in posting.requirements:
        if r.kind != "duty" or r.end <= r.start:
            continue
        if any(r.start <= m.start < r.end for m in terms):
            continue
        span = duty_object(text, r.start, r.end, taxonomy)
        if span is None:
            continue
        s, e = span
        out.append(Mention(s, e, text[s:e], "SKILL", source=SOURCE, section=r.section))
    return out


#: Round 12b: the list after "duties will include", "the role involves", "tasks
#: such as": "Duties will include answering the telephone, filing, using the SEMA
#: system and booking appointments".
_DUTY_LIST = re.compile(
    r"\b(?:duties|tasks|responsibilities|role|work)\s+(?:will\s+|may\s+)?"
    r"(?:includ(?:e|es|ing)|involv(?:e|es|ing)|such\s+as)\s*:?\s+(?!but\b|a\s+range\b)",
    re.IGNORECASE,
)
_GERUND = re.compile(r"[A-Za-z]+ing\b")
_ITEM_BREAK = re.compile(r"\s*(?:,|;|\band\b|\bor\b|&|/)\s*", re.IGNORECASE)
#: Gerunds that name no work by themselves ("working closely", "supporting the team").
_EMPTY_GERUNDS = frozenset(
    """working supporting assisting helping providing ensuring being having
    participating contributing undertaking carrying taking making doing acting
    dealing liaising maintaining general""".split()  # noqa: SIM905
)


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each item of the duty list opened in ``text[start:end]``."""
    cue = _DUTY_LIST.search(text, start, end)
    if cue is None:
        return []
    stop = re.compile(r"[.!?:](?:\s|$)|\n").search(text, cue.end(), end)
    limit = stop.start() if stop else end
    out, pos = [], cue.end()
    pieces = []
    for brk in _ITEM_BREAK.finditer(text, pos, limit):
        pieces.append((pos, brk.start()))
        pos = brk.end()
    pieces.append((pos, limit))
    for k, (s, e) in enumerate(pieces):
        if e <= s:
            continue
        prev = pieces[k - 1] if k else None
        if (
            prev is not None
            and not _GERUND.match(text, s)
            and any(
                w.group().lower() in _STOPS for w in _words(text, prev[0], prev[1])[1:]
            )
        ):
            # "queries from internal and external contacts", "coming into the
            # Surgery Ward, Day Surgery and ...": the noun goes on the phrase
            continue
        out.append((s, e))
    return out


def list_item_phrases(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """The work each item of a "duties will include ..." list names, where no kept
    term lies on it: the item up to its first stop word, at most three words, a
    gerund of no work ("working", "supporting") or a person or generic head giving
    nothing."""
    text = posting.document.text
    terms = [m for m in covered if m.canonical or len(m.text.split()) <= MAX_WORDS]
    out: list[Mention] = []
    for r in posting.requirements:
        for s, e in _list_items(text, r.start, r.end):
            if any(s <= m.start < e or m.start <= s < m.end for m in terms):
                continue
            words = _words(text, s, e)
            if not words:
                continue
            first = words[0].group().lower()
            if first in _EMPTY_GERUNDS or first in _STOPS or len(first) < 2:
                continue  # "A, B and C placements": a letter names no work
            head, _stop = _until_stop(text, words, words[0].start(), e)
            if not head or len(head) > MAX_WORDS:
                continue
            if first.endswith("ing") and len(head) == 1 and not _known(first, taxonomy):
                continue  # "filing" alone is known; "monitoring" alone names nothing
            cleaned = _clean(head)
            if cleaned is None:
                continue
            if len(cleaned) == 1 and not _known(cleaned[0].group(), taxonomy):
                continue
            a, b = cleaned[0].start(), cleaned[-1].end()
            out.append(
                Mention(a, b, text[a:b], "SKILL", source=SOURCE, section=r.section)
            )
    return out
