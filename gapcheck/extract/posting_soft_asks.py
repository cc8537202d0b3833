"""Round 13: personal qualities and ways of working asked of the candidate in prose
(issue 15, item 3: "Soft skills only where they are asked of the candidate").

:mod:`.posting_traits` reads a trait adjective where the employer says whom it seeks
or right after "you will be". NHS and small-employer adverts ask the same in more
forms, which it leaves out:

* **Who is sought, in more words:** "We are inviting applications for a highly
  motivated and dynamic Health Care Assistant", "We are in search of an enthusiastic
  accounting professional"; the person may be a compound of the title's words
  ("caring, compassionate and enthusiastic Health Care Assistants", where "care" is
  not the employer's care).
* **A list said of the candidate:** "To join our team you must be hard working, have
  attention to detail, be caring, compassionate and keen to learn": a trait in the
  clause after a modal ask of the candidate ("you must", "the successful candidate
  will", "the post holder should"), once a "be" stands between them.
* **Ways of working asked:** working under pressure ("withstand the pressure of a
  busy department", "works well under pressure"), working alone ("with the minimum
  of supervision", "work on your own initiative", "with limited supervision"), on a
  non-duty requirement line or in a sentence that asks it of the candidate ("able
  to", "you will need to", "it is essential that you").
* **Multidisciplinary team working asked** ("enjoys working as part of a
  multidisciplinary team", "the ability to work within an MDT"): the ask
  (:data:`~gapcheck.parse.asking.TEAM_ASKED`, a person sought, or the candidate as
  subject) right before the team words.

Round 14 reads more of the same asks: pressure in more words ("handle high levels of
pressure", "decisions under pressure", "this demanding
area"), a team player sought, a way of working a duty line puts on the candidate
("will be required to work autonomously"), multidisciplinary team working where the
candidate is the sentence's subject or a participle's ("Working ... within a small
multidisciplinary team, the post-holder will"), and conditions in more forms ("will
involve some travel", "Regular travelling across the four hospital sites is
required", "work plan will include one out of hours session") and in a posting's
notes and job facts (a benefits or contact section still asks none). A long span with
no skill's name does not hide a way of working inside it: the score reads such a span
by its words, not as a term.

Never in the title, an offer, benefits, contact or notes section, nor in a sentence
that offers, invites or speaks of the employer's own qualities ("our caring team", "a
supportive environment", "flexible working" as a benefit, "if you are ..."). Each term
is named by the posting's words, with the taxonomy's skill as its canonical name.
The patterns it reads live in :mod:`.posting_soft_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from gapcheck.extract.posting_conditions import TRAVEL, _found, _named
from gapcheck.extract.posting_hours import _IF_YOU, _NOT_WORKED, SHIFTS
from gapcheck.extract.posting_soft_words import (
    _ACTIVITY,
    _AGENT,
    _ALONE,
    _ASKS,
    _ASKS_OF,
    _BE,
    _COMM_WORDS,
    _COMPETENCE,
    _COND_ASKS,
    _HEAD_ENDS,
    _MDT,
    _MDT_ASKED,
    _MORE_TRAITS,
    _NOUN_TRAITS,
    _OURS,
    _PERSONS,
    _PLACE_END,
    _PLAYER,
    _PRESSURE,
    _PRONOUNS,
    _SHOWS,
    _SITES_MORE,
    _SPLIT,
    _STRONG_ASK,
    _SUBJECT_AFTER,
    _SUBJECT_OPENS,
    _TEAM_WORDS,
    _TURNS_AWAY,
    _VEHICLE,
    _WORKS_IN,
    ALONE,
    COMMUNICATION,
    MDT,
    SEEKS_MORE,
    STRESS,
    TEAMWORK,
    TRANSPORT,
)
from gapcheck.extract.posting_traits import _EMPLOYER, _TRAIT, _head
from gapcheck.extract.posting_work_asks import QUIET, asked_section
from gapcheck.parse.asking import (
    INVITES,
    MUST_BE,
    NOT_ASKING,
    TEAM_ASKED,
    TEAM_SUBJECT,
    TRAIT_SEEKS,
)
from gapcheck.parse.employer_cues import offers
from gapcheck.parse.never_asked import describes_entity
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"


def _gives(sentence: str) -> bool:
    return offers(sentence, quality=True)


def _person_head(text: str, end: int, stop: int) -> bool:
    """A person noun closes the phrase after a trait within eight words, before any
    break ("caring, compassionate and enthusiastic Health Care Assistants"); an
    employer's noun not followed by a person ("a pro-active team and therefore we
    require an individual", "a friendly service that supports people"), or a pronoun,
    ends it first."""
    cut = _HEAD_ENDS.search(text[end:stop])
    limit = end + cut.start() if cut else stop
    words = [w.lower() for w in re.findall(r"[\w-]+", text[end:limit])][:8]
    for i, word in enumerate(words):
        if _PERSONS.fullmatch(word) or _AGENT.search(word):
            return True
        if word in _PRONOUNS:
            return False
        if word in _EMPLOYER and not any(
            _PERSONS.fullmatch(w) for w in words[i + 1 : i + 3]
        ):
            return False
    return False


def _said_of_candidate(text: str, left: int, start: int) -> bool:
    """A modal ask of the candidate earlier in the sentence, then "be" (or "that they
    are"), the trait in the short list after the last of them, and nothing between
    that turns to someone else or to an offer ("you will need to be an excellent
    communicator, you'll ... develop support packages that are creative" is too
    far)."""
    asks = list(_ASKS_OF.finditer(text, left, start))
    if not asks:
        return False
    between = text[asks[-1].end() : start]
    be = list(_BE.finditer(between))
    if not be or _TURNS_AWAY.search(between):
        return False
    return len(re.findall(r"[\w'’-]+", between[be[-1].end() :])) <= 8


def _described(m: Mention) -> bool:
    """A long span with no skill's name ("working as part of a locality
    multi-disciplinary team"): the score reads it by its words, as a described
    ability, not as a term, so it does not stand for the ask inside it (round 14)."""
    return not m.canonical and len(m.text.split()) > 3


class _Out:
    def __init__(self, covered: Sequence[Mention], taxonomy: Any) -> None:
        self.covered = list(covered)
        self.named = {m.canonical for m in covered if m.canonical}
        self.taxonomy = taxonomy
        self.out: list[Mention] = []
        self.seen: set[str] = set()

    def add(
        self,
        start: int,
        end: int,
        surface: str,
        name: str | None,
        own: bool = False,
        section: str | None = None,
        through: bool = False,
    ) -> None:
        surface = re.sub(r"[\"“”‘’]", "", surface)  # 'A “can do” attitude'
        key = re.sub(r"[\s-]+", " ", surface.lower())
        if key in self.seen:
            return
        if any(
            c.start < end and start < c.end and not (through and _described(c))
            for c in self.covered
        ):
            return
        skill = None
        if self.taxonomy is not None:  # the kind's skill, or the posting's words first
            first, then = (surface, name) if own else (name or surface, None)
            skill = self.taxonomy.get(first)
            if skill is None and then:
                skill = self.taxonomy.get(then)
        canonical = skill.name if skill is not None else None
        if canonical is not None and canonical in self.named:
            return
        self.seen.add(key)
        if canonical:
            self.named.add(canonical)
        m = Mention(start, end, surface, "SKILL", canonical=canonical,
                    category=getattr(skill, "category", None), type="soft",
                    source=SOURCE, section=section)  # fmt: skip
        self.out.append(m)
        self.covered.append(m)


def soft_ask_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """Traits, ways of working and multidisciplinary team working asked of the
    candidate in the forms the module lists, none a covered mention already spans or
    names."""
    text = posting.document.text
    quiet = [
        (s.start, s.end)
        for s in posting.sections
        if s.name in NOT_ASKING or s.name == "title"
    ]
    lines = [
        (r.start, r.end)
        for r in posting.requirements
        if r.end > r.start and (r.kind != "duty" or MUST_BE.match(text, r.start))
    ]
    duties = [(r.start, r.end) for r in posting.requirements if r.kind == "duty"]
    out = _Out(covered, taxonomy)

    def usable(start: int) -> bool:
        return not any(a <= start < b for a, b in quiet)

    def on_line(start: int) -> bool:
        return any(
            a <= start < b and len(re.findall(r"\w+", text[a:b])) <= 20
            for a, b in lines
        )

    for pattern in (_TRAIT, _MORE_TRAITS):
        for m in pattern.finditer(text):
            if not usable(m.start()):
                continue
            left, right = sentence_span(text, m.start(), m.end())
            sentence = text[left:right]
            if _gives(sentence) or _IF_YOU.search(sentence):
                continue  # an offer, or "if you are committed ..., contact us"
            if _ACTIVITY.match(text, m.end()):
                continue  # "caring for our patients" is the work
            if _head(text, m.end(), right, frozenset()) == "employer" and not (
                _person_head(text, m.end(), right)
            ):
                continue
            seeks = TRAIT_SEEKS.search(sentence) or SEEKS_MORE.search(sentence)
            if (seeks and _person_head(text, m.end(), right)) or (
                _said_of_candidate(text, left, m.start())
                and not describes_entity(sentence)
                and not INVITES.search(text, m.end(), right)
            ):
                out.add(m.start(), m.end(), m.group(), None)

    for m in _NOUN_TRAITS.finditer(text):
        if not usable(m.start()) or any(a <= m.start() < b for a, b in duties):
            continue
        left, right = sentence_span(text, m.start(), m.end())
        sentence = text[left:right]
        if _gives(sentence) or _IF_YOU.search(sentence) or _OURS.search(sentence):
            continue  # "our values of compassion and respect"
        if _COMPETENCE.match(text, m.end()):
            continue  # "Confidence in presenting updates": the skill is presenting
        line = text.rfind("\n", 0, m.start()) + 1
        lead = text[max(left, line) : m.start()]
        if (on_line(m.start()) and (len(lead.split()) <= 4 or _SHOWS.search(lead))) or (
            _SHOWS.search(lead)
            and (
                _ASKS_OF.search(sentence)
                or _ASKS.search(lead)
                or SEEKS_MORE.search(sentence)
            )
        ):
            out.add(m.start(), m.end(), m.group(), None)

    ways = (
        (_PRESSURE, STRESS),
        (_ALONE, ALONE),
        (_PLAYER, TEAMWORK),
        (_TEAM_WORDS, TEAMWORK),
        (_COMM_WORDS, COMMUNICATION),
        (_VEHICLE, TRANSPORT),
    )
    for way, name in ways:
        for m in way.finditer(text):
            if not usable(m.start()):
                continue
            left, right = sentence_span(text, m.start(), m.end())
            sentence = text[left:right]
            if any(a <= m.start() < b for a, b in duties) and not (
                _STRONG_ASK.search(text, left, m.start())
            ):
                continue  # a duty, unless it puts the way of working on the candidate
            if _gives(sentence) or re.search(r"\bif\s+you\b", sentence, re.I):
                continue
            if _PLACE_END.search(m.group()) and not _WORKS_IN.search(
                text, max(left, m.start() - 60), m.start()
            ):
                continue  # "to grow their career in a demanding environment"
            sought = (  # a team player or working alone in whom is sought
                way in (_PLAYER, _ALONE)
                and (TRAIT_SEEKS.search(sentence) or SEEKS_MORE.search(sentence))
                and not describes_entity(sentence)
            )
            if on_line(m.start()) or _ASKS.search(text, left, m.start()) or sought:
                out.add(m.start(), m.end(), m.group(), name, name == COMMUNICATION,
                        through=True)  # fmt: skip
                break

    for m in _MDT.finditer(text):
        if not usable(m.start()) or any(a <= m.start() < b for a, b in duties):
            continue
        left, right = sentence_span(text, m.start(), m.end())
        sentence = text[left:right]
        if _gives(sentence) or INVITES.search(sentence):
            continue
        team = _MDT_ASKED.search(text, left, m.start())
        if team is None:
            continue
        before = text[left : team.start()]
        if (
            _SUBJECT_OPENS.match(before)
            or _SUBJECT_AFTER.match(text, m.end())
            or _COND_ASKS.search(before)
            or TEAM_ASKED.search(before)
            or TEAM_SUBJECT.search(before)
            or TRAIT_SEEKS.search(before)
            or SEEKS_MORE.search(before)
            or (on_line(m.start()) and re.search(r"\b(?:abilit|able)", before, re.I))
        ):
            out.add(m.start(), m.end(), m.group(), MDT, through=True)
            break
    conditions: tuple[tuple[str, re.Pattern[str] | None], ...] = (
        (SHIFTS, None),
        (TRAVEL, _SITES_MORE),
    )
    notes = [  # conditions may be put in notes and job facts too
        (s.start, s.end)
        for s in posting.sections
        if s.name in QUIET or s.name == "title"
    ]
    for name, words in conditions:
        _condition(
            posting, text, name, words,
            lambda i: not any(a <= i < b for a, b in notes), out,
        )  # fmt: skip
    return out.out


def _condition(
    posting: Posting,
    text: str,
    name: str,
    pattern: re.Pattern[str] | None,
    usable: Callable[[int], bool],
    out: _Out,
) -> None:
    """The first sentence that puts the candidate to work under the condition
    (:data:`_COND_ASKS`) and names it."""
    if name in out.named:
        return
    notes = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    for section in posting.sections:
        if section.name in QUIET or section.name == "title":
            continue
        for left, right in _sentences(text, section.start, section.end):
            sentence = text[left:right]
            if _gives(sentence) or _IF_YOU.search(sentence):
                continue
            for ask in _COND_ASKS.finditer(text, left, right):
                for match in _found(text, left, right, pattern):
                    near = abs(match.start() - ask.start()) <= 120
                    if not near or not usable(match.start()):
                        continue
                    before = max(left, match.start() - 40)
                    if _NOT_WORKED.search(text, before, match.start()):
                        continue
                    if _named(text, match):
                        continue
                    asked = asked_section(match.start(), notes)
                    out.add(match.start(), match.end(), match.group(), name,
                            section=asked, through=True)  # fmt: skip
                    return


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found, left = [], start
    for match in _SPLIT.finditer(text, start, end):
        if match.start() > left:
            found.append((left, match.start()))
        left = match.end()
    if left < end:
        found.append((left, end))
    return found
