"""Personal qualities a posting asks of the candidate (issue 15, item 3).

A trait ("motivated", "compassionate", "resilient") is a requirement only where the
posting asks it of the candidate; a quality of the employer, the team, the service or
what is offered is not ("a caring and safe environment", "an enthusiastic team",
"innovative approaches"). A trait word is asked when:

* it qualifies the person the employer seeks (cue ``TRAIT_SEEKS`` in the sentence):
  "We are looking for a motivated Nurse", "recruiting enthusiastic and motivated
  support workers": the first noun after it is a person or a word of the title;
* it is said of the candidate (cue ``TRAIT_IS`` right before it): "You will be
  self-motivated", "The candidate must be resourceful", "Are you dynamic, ...?";
* it stands on a short non-duty requirement line ("Essential: compassionate",
  "Strong analytical and innovative skills").

In each case the first noun after it must not be the employer's (team, environment,
service, culture, approach ...). The term is named as the posting names it, with the
taxonomy's soft skill as its canonical name where one lists the word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.parse.asking import MUST_BE, NOT_ASKING, TRAIT_IS, TRAIT_SEEKS
from gapcheck.parse.never_asked import describes_entity
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"

#: Personal qualities asked in so many words (adjectives of a person).
_TRAIT = re.compile(
    r"(?<![\w-])(?:self[\s-]motivated|motivated|enthusiastic|pro-?active|dynamic|"
    r"compassionate|caring|creative|energetic|resourceful|innovative|passionate|"
    r"adaptable|resilient|calm|confident|reliable|dependable|conscientious|"
    r"determined|approachable|empathetic|empathic|hard[\s-]?working|"
    r"self[\s-]starter|tactful|diplomatic|flexible|committed|dedicated|driven|"
    r"positive\s+attitude|[\"“‘']?can[\s-]do[\"”’']?\s+attitude|"
    # round 12: qualities of service and trades work ("Punctual", "Highly organized",
    # "a friendly, vibrant new member", "Self-manageable")
    r"punctual|friendly|(?:highly\s+)?organi[sz]ed|honest|trustworthy|outgoing|"
    r"self[\s-]manageable)(?![\w-])",
    re.IGNORECASE,
)
#: Quotes around a phrase ("A “can do” attitude") are not part of its name.
_QUOTES = re.compile(r"[\"“”‘’']")
#: Nouns of the person sought.
_PERSON = frozenset(
    """individual individuals candidate candidates person people applicant
    applicants someone practitioner practitioners professional professionals
    member members player players self-starter starter colleague colleagues nurse staff
    manager managers leader leaders
    nurses midwife midwives worker workers clinician clinicians therapist
    therapists assistant assistants secretary secretaries clerk clerks technician
    technicians pharmacist pharmacists radiographer radiographers podiatrist
    podiatrists physiotherapist physiotherapists paramedic paramedics
    administrator administrators""".split()  # noqa: SIM905
)  # round 13: support and admin grades ("caring ... Health Care Assistants")
#: Nouns of the employer, the team, the service, the work or what is offered.
_EMPLOYER = frozenset(
    """team teams environment environments service services culture organisation
    organization trust department departments workplace place approach approaches
    care ward wards unit units company practice practices solutions solution
    setting settings atmosphere workforce group hospital clinic clinics programme
    programmes way ways working hours pattern patterns role roles post opportunity
    opportunities engagement delivery model models support packages package
    development learning leadership network system systems""".split()  # noqa: SIM905
)
#: Words after a trait that say it of the person ("committed to", "confident in").
_SAID_OF = frozenset("to in with about under when who for".split())  # noqa: SIM905
#: Words that end the noun phrase after a trait.
_ENDS_PHRASE = frozenset(
    """at on from of within across based who which whose where has have is are
    supporting""".split()  # noqa: SIM905
)
_FUNCTION = frozenset("and or but as skills attitude".split())  # noqa: SIM905
#: Words between "you will be" and a trait that turn to a group the candidate joins or
#: to how they will feel ("You will be part of an MDT of enthusiastic ...", "you
#: are up to date, feel confident"): the trait is not said of the candidate.
_TURNS = re.compile(r"\b(?:part|member|consist\w*|made\s+up|feel|join\w*)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_BREAK = re.compile(r"[.;:!?()\n]")


def _head(text: str, end: int, stop: int, title: frozenset[str]) -> str:
    """'person', 'employer' or '' for the noun phrase after a trait (up to a break, a
    preposition or eight words): 'employer' when any of its nouns is the employer's
    ("an enthusiastic medicines management team", "a dynamic MDT"), else 'person'
    when one is a person or a word of the title."""
    cut = _BREAK.search(text, end, stop)
    limit = cut.start() if cut else stop
    words = [w.group().lower() for w in list(_WORD.finditer(text, end, limit))[:8]]
    if words and words[0] == "that":
        return "employer"  # "until you are confident that ...": a belief
    found = ""
    for i, w in enumerate(words):
        if w in _SAID_OF or w in _ENDS_PHRASE:
            break  # "committed to ...", "individual to join our team"
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _EMPLOYER and nxt not in _PERSON:  # not "team player", "team manager"
            return "employer"
        if w in _PERSON or w in title or (w.endswith("s") and w[:-1] in title):
            found = "person"
    return found


def _line_head(text: str, end: int) -> bool:
    """On a requirement line, a trait stands alone or before a person, a function
    word or "skills" ("Passionate about ...", "innovative skills"); before another
    noun it names a thing ("Dedicated mentoring", "dynamic technical projects")."""
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if nxt is None:
        return True
    w = nxt.group().lower()
    return w in _SAID_OF or w in _PERSON or w in _FUNCTION


#: "caring for people" is the work, not a quality; a trait among "our values" or said
#: of a group ("The nursing team are proactive") is the employer's.
_ACTIVITY = re.compile(r"\s+(?:for|about)\b", re.IGNORECASE)
_VALUES = re.compile(r"\bvalues\b", re.IGNORECASE)
_GROUP_IS = re.compile(
    r"\s*(?:the|our|this)\s+(?:[\w-]+\s+){0,3}(?:teams?|service|department|ward|"
    r"unit|trust|staff)\s+(?:are|is|were|was)\s+(?:[\w-]+,?\s+){0,4}",
    re.IGNORECASE,
)


def _asked(
    text: str, m: re.Match[str], lines: Sequence[tuple[int, int]], title: frozenset[str]
) -> bool:
    left, right = sentence_span(text, m.start(), m.end())
    if m.group().lower() == "caring" and _ACTIVITY.match(text, m.end()):
        return False
    group = _GROUP_IS.fullmatch(text, left, m.start())
    if _VALUES.search(text, left, m.start()) or (
        group and not TRAIT_SEEKS.search(group.group())
    ):
        return False
    head = _head(text, m.end(), right, title)
    if head == "employer":
        return False
    sentence = text[left:right]
    if TRAIT_SEEKS.search(sentence) and head == "person":
        return True
    said = TRAIT_IS.search(text[left : m.start()])
    if said and not _TURNS.search(said.group()):
        before = text[left : m.start()].lower()
        return not re.search(r"\bwho\b", before) or bool(TRAIT_SEEKS.search(sentence))
    if describes_entity(sentence) or not _line_head(text, m.end()):
        return False
    return any(
        s <= m.start() < e and len(_WORD.findall(text, s, e)) <= 16 for s, e in lines
    )


def trait_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """The traits ``posting`` asks of the candidate (see the module), one per word,
    none that a covered mention already spans or names."""
    text = posting.document.text
    quiet = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    title_words: set[str] = set()
    for s in posting.sections:
        if s.name == "title":
            title_words |= {w.lower() for w in _WORD.findall(text, s.start, s.end)}
    title = frozenset(w for w in title_words if len(w) > 3)
    lines = [
        (r.start, r.end)
        for r in posting.requirements
        if r.end > r.start and (r.kind != "duty" or MUST_BE.match(text, r.start))
    ]
    named = {m.canonical for m in covered if m.canonical}
    seen: set[str] = set()
    out: list[Mention] = []
    for m in _TRAIT.finditer(text):
        if any(s <= m.start() < e for s, e in quiet):
            continue
        if any(c.start < m.end() and m.start() < c.end for c in covered):
            continue
        key = re.sub(r"[\s-]+", " ", m.group().lower())
        if key in seen or not _asked(text, m, lines, title):
            continue
        skill = taxonomy.get(m.group()) if taxonomy is not None else None
        canonical = skill.name if skill is not None else None
        if canonical is not None and canonical in named:
            continue
        seen.add(key)
        out.append(
            Mention(m.start(), m.end(), _QUOTES.sub("", m.group()), "SKILL",
                    canonical=canonical,
                    category=getattr(skill, "category", None), type="soft",
                    source=SOURCE)
        )  # fmt: skip
    return out
