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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from gapcheck.extract.posting_conditions import _SITES, TRAVEL, _found, _named
from gapcheck.extract.posting_hours import _IF_YOU, _NOT_WORKED, SHIFTS
from gapcheck.extract.posting_traits import _EMPLOYER, _TRAIT, _head
from gapcheck.extract.posting_work_asks import QUIET, asked_section
from gapcheck.parse.asking import (
    BENEFIT_ITEM,
    GIVES,
    INVITES,
    MUST_BE,
    NOT_ASKING,
    OFFERED,
    QUALITY_OFFERED,
    TEAM_ASKED,
    TEAM_SUBJECT,
    TRAIT_SEEKS,
)
from gapcheck.parse.never_asked import describes_entity
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"

#: Whom the employer seeks, in the forms :data:`TRAIT_SEEKS` leaves out.
SEEKS_MORE = re.compile(
    r"\b(?:invit(?:e|es|ing)\s+applications\s+(?:for|from)|in\s+search\s+of|"
    r"search(?:ing)?\s+for|(?:we|who)\s+(?:want|need)\s+(?:an?|someone|people))\b",
    re.IGNORECASE,
)
#: A modal ask of the candidate: "you must", "the successful candidate will", "the
#: post holder should", "candidates will need to".
_ASKS_OF = re.compile(
    r"\b(?:you|(?:the\s+)?(?:ideal|successful|right)\s+(?:candidate|applicant|"
    r"individual|person)s?|candidates?|applicants?|post[\s-]?holders?|postholders?)\s+"
    r"(?:will|must|should|shall|would|need\s+to|are\s+(?:required|expected)\s+to)\b",
    re.IGNORECASE,
)
#: Between the ask and a trait: the clause goes on to "be" ("... have attention to
#: detail, be caring"), without turning to someone else or to what is offered.
#: "caring for patients", "passionate about ...": "caring" before these is the work.
_ACTIVITY = re.compile(r"(?<=caring)\s+(?:for|about)\b", re.IGNORECASE)
_BE = re.compile(r"\bbe\b|\b(?:you|they)\s+are\b", re.IGNORECASE)
_TURNS_AWAY = re.compile(
    r"\b(?:we|our|us|who|which|where|whose|join\w*|part\s+of|member\s+of|offer\w*|"
    r"if|when|feel)\b|[:;()]",
    re.IGNORECASE,
)
#: Person nouns that may close a compound title after a trait ("Health Care
#: Assistants", "Personal Medical Secretary").
_PERSONS = re.compile(
    r"\b(?:assistants?|workers?|nurses?|midwi(?:fe|ves)|secretar(?:y|ies)|officers?|"
    r"technicians?|administrators?|practitioners?|therapists?|professionals?|"
    r"individuals?|candidates?|persons?|people|colleagues?|aides?|porters?|drivers?|"
    r"managers?|clerks?|coordinators?|co-ordinators?|advisors?|advisers?|"
    r"specialists?|teachers?|doctors?|consultants?|radiographers?|podiatrists?|"
    r"physiotherapists?|pharmacists?|cooks?|chefs?|receptionists?|analysts?|"
    r"engineers?|developers?|accountants?|carers?|volunteers?|leads?)\b",
    re.IGNORECASE,
)
#: Round 14: a person named by an agent ending ("Clinical Scientist", "Dietitian",
#: "Physician", "Optometrist"), beyond the listed nouns.
_AGENT = re.compile(r"[a-z]{3}(?:ist|ian)s?$")
#: A demanding place is asked only as where the candidate works ("Enjoy working in a
#: demanding environment", "managing a complex caseload in a demanding environment"),
#: not as what the employer is or offers.
_PLACE_END = re.compile(r"(?:environment|area|setting)$", re.I)
_WORKS_IN = re.compile(
    r"\b(?:work\w*|thriv\w*|enjoy\w*|comfortable|experience\w*|cop\w*|manag\w*|"
    r"function\w*|operat\w*)\s+(?:[\w-]+\s+){0,4}?(?:in|within)\s+(?:an?\s+|the\s+|"
    r"this\s+|our\s+)?(?:busy\s+|very\s+)?$",
    re.I,
)
#: Round 14: a team player asked ("dedicated and caring team players", "We are
#: looking for a team player"): teamwork in the posting's words.
_PLAYER = re.compile(r"\bteam[\s-]players?\b", re.IGNORECASE)
#: A strong ask of the candidate before a way of working on a duty line ("The
#: Physician Associate will be required to work autonomously").
_STRONG_ASK = re.compile(
    r"\b(?:(?:required|expected)\s+to|must|will\s+need\s+to|needs?\s+to\s+be)\b",
    re.IGNORECASE,
)
#: More personal qualities than :data:`~.posting_traits._TRAIT` lists.
_MORE_TRAITS = re.compile(
    r"(?<![\w-])(?:forward[\s-]thinking|keen\s+to\s+learn|willing\s+to\s+learn|"
    r"eager\s+to\s+learn|assertive|discreet|methodical|meticulous|patient\s+and|"
    r"pleasant\s+disposition|helpful)(?![\w-])",
    re.IGNORECASE,
)
#: Working under pressure and working alone, in the posting's words.
_PRESSURE = re.compile(
    r"\b(?:(?:work|works|working|perform|performs|performing|cope|copes|coping|"
    r"thrive|thrives|thriving|function|functions|operate)\s+(?:well\s+|effectively\s+|"
    r"calmly\s+|efficiently\s+)?under\s+(?:\w+\s+)?pressure|withstand(?:ing)?\s+"
    r"(?:the\s+)?pressures?|(?:work|working)\s+in\s+a\s+(?:pressuri[sz]ed|high[\s-]"
    r"pressure)\s+environment|"
    # round 14: "handle high levels of pressure", "decisions under pressure", "attention
    # to detail even under pressure", "this demanding area" (a fast-paced environment
    # was judged the employer's pace, not an ask: judgements.tsv, Web Developer)
    r"(?:handl|manag|deal|cop)\w*\s+(?:with\s+)?(?:\w+\s+){0,3}?pressures?|"
    r"(?:(?:decisions|calm|detail|deadlines|well)\s+)?(?:even\s+)?under\s+"
    r"pressure|(?:dynamic\s+and\s+)?demanding\s+(?:environment|area|setting))\b",
    re.IGNORECASE,
)
_ALONE = re.compile(
    r"\b(?:(?:the\s+)?(?:minimum|minimal|limited|little)\s+(?:of\s+|amount\s+of\s+)?"
    r"supervision|(?:work|works|working)\s+(?:on\s+(?:your|their|his|her)\s+own\s+"
    r"initiative|autonomously|independently|unsupervised)|(?:use|using)\s+"
    r"(?:your|their)\s+own\s+initiative|on\s+(?:your|their)\s+own\s+initiative)\b",
    re.IGNORECASE,
)
#: Personal qualities named as nouns ("Compassion, resilience and a dedication to",
#: "demonstrate integrity in your role", "a positive attitude").
_NOUN_TRAITS = re.compile(
    r"(?<![\w-])(?:compassion|resilience|integrity|honesty|enthusiasm|empathy|"
    r"confidence|motivation|"
    r"self[\s-]awareness|professionalism|discretion|patience|reliability|"
    r"(?:positive|can[\s-]do|caring|flexible)\s+(?:attitude|nature|approach)|"
    r"sense\s+of\s+humou?r|pleasant\s+manner)(?![\w-])",
    re.IGNORECASE,
)
#: The verb or preposition that puts a noun quality on the candidate.
_SHOWS = re.compile(
    r"\b(?:demonstrat\w*|show\w*|with|have|has|possess\w*|bring|display\w*)\s+"
    r"(?:(?:an?|the|real|genuine|high|great|good|excellent|strong|degree\s+of|"
    r"level\s+of)\s+)*(?:(?:[\w-]+,?\s+){0,3}and\s+)?$",
    re.IGNORECASE,
)
#: Team working and communication named on a requirement line or asked in a sentence
#: ("Ability to work independently or in a group", "Works well with others", "Verbal
#: and listening communications", "communicate with patients and relatives").
_TEAM_WORDS = re.compile(
    r"\b(?:(?:work(?:s|ing)?\s+(?:well\s+|effectively\s+)?|(?<=independently\sor\s)|"
    r"(?<=independently\sand\s))(?:in|within|as\s+part\s+of|as\s+a\s+member\s+of)"
    r"\s+(?:a|the)\s+"
    r"(?:small\s+)?(?:team|group)|work(?:s|ing)?\s+well\s+with\s+others|"
    r"collaborat\w*\s+with\s+(?:others|colleagues|the\s+team))\b",
    re.IGNORECASE,
)
_COMM_WORDS = re.compile(
    r"\b(?:(?:verbal|written|oral|spoken|listening)(?:\s*(?:,|and|&|/)\s*(?:verbal|"
    r"written|oral|spoken|listening))*\s+communications?(?:\s+skills)?|"
    r"communicat(?:e|ing)\s+(?:effectively\s+|clearly\s+|well\s+|sensitively\s+)?"
    r"with\s+(?:patients|relatives|families|carers|customers|clients|the\s+public|"
    r"service\s+users|people)(?:\s*(?:,|and|&)\s*(?:patients|relatives|families|carers|"
    r"customers|clients|colleagues|staff|the\s+public|service\s+users))*)\b",
    re.IGNORECASE,
)
#: A vehicle the candidate must have: "own or provide a 4-door vehicle", "access to a
#: car", "use of your own vehicle".
_VEHICLE = re.compile(
    r"\b(?:(?:own|provide|have|has|with)\s+(?:or\s+(?:provide|have\s+access\s+to)\s+)?|"
    r"access\s+to\s+|use\s+of\s+)(?:an?\s+|your\s+|their\s+)?(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:vehicle|car)\b(?!\s+park)",
    re.IGNORECASE,
)
TRANSPORT: Final = "Own transport"
TEAMWORK: Final = "Teamwork"
COMMUNICATION: Final = "Communication"
STRESS: Final = "Stress management"
ALONE: Final = "Independent work"
#: A sentence that asks a way of working of the candidate.
_ASKS = re.compile(
    r"\b(?:able\s+to|ability\s+to|need\s+to|needs\s+to|must|essential|required|"
    r"requirement|expected\s+to|should|(?:there\s+is\s+)?a\s+need\s+to|capable\s+of|"
    r"comfortable|prepared\s+to|willing\s+to)\b",
    re.IGNORECASE,
)
#: Multidisciplinary team words.
_MDT = re.compile(
    r"\b(?:multi[\s-]?disciplinary|multi[\s-]?professional|inter[\s-]?disciplinary)"
    r"(?:\s+(?:and\s+)?(?:multi[\s-]?agency\s+)?)?\s+(?:teams?|working|team[\s-]working)"
    r"|\bMDTs?\b",
)
MDT: Final = "Interdisciplinary collaboration (healthcare)"
_MDT_ASKED = re.compile(
    r"\b(?:(?:work|working|works)\s+(?:well\s+|closely\s+|effectively\s+|"
    r"collaboratively\s+)?(?:as\s+)?(?:(?:an?\s+)?(?:integral\s+|key\s+|active\s+)?"
    r"(?:part|member)\s+of|within|in|with|alongside)|contribut\w+\s+to|"
    r"(?:be|being)\s+(?:an?\s+)?(?:integral\s+|key\s+|active\s+)?(?:part|member)"
    r"\s+of)\s+"
    r"(?:an?|the|our|your)?\s*(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Round 14: the candidate is the sentence's subject ("You will be the point of
#: contact ..., working as part of a multi-disciplinary team"), or the subject of a
#: participle that opens it ("Working collaboratively within a small multidisciplinary
#: team, the post-holder will provide ...").
_CANDIDATE = (
    r"(?:you|(?:the\s+)?(?:successful|ideal|right)\s+(?:candidate|applicant|individual|"
    r"person)|(?:the\s+)?post[\s-]?holder|(?:the\s+)?postholder)"
)
_SUBJECT_OPENS = re.compile(rf"\W*{_CANDIDATE}\s+(?:will|would|must|should)\b", re.I)
_SUBJECT_AFTER = re.compile(
    rf"(?:\s+[\w-]+){{0,3}}\s*,\s*{_CANDIDATE}\s+(?:will|would|must|should)\b", re.I
)
#: Conditions of the work put to the candidate in the forms
#: :data:`~gapcheck.parse.asking.WORK_ASKED` leaves out: "This role involves working
#: across site", "Staff are expected to work across our six hospital sites", "travel
#: across sites may be required", "your working rota will include nights".
_COND_ASKS = re.compile(
    r"(?<!\bif\s)\b(?:(?:role|post|job|position|work)\s+(?:also\s+)?involves|"
    r"(?:staff|you|candidates?|applicants?|post[\s-]?holders?)\s+(?:are|is|will\s+be)"
    r"\s+(?:also\s+)?(?:expected|required)\s+to|(?:may|will)\s+(?:also\s+)?be\s+"
    r"required\b|rota\s+will\s+include|must\s+be\s+(?:able|willing|prepared)\s+to"
    r"|(?:able|willing|prepared)\s+to\s+(?:work|travel|cover)"
    # round 14: "will involve some travel", "the availability to travel is essential",
    # "work plan will include one out of hours session", "will be operational with a
    # rota"
    r"|(?:will|may)\s+(?:also\s+)?involve\s+(?:some\s+|regular\s+|occasional\s+)?travel"
    r"|(?:availability|ability|willingness)\s+to\s+(?:travel|work)\b[^.;]{0,40}?\b(?:is|are)"
    r"\s+(?:essential|required|a\s+requirement)"
    r"|(?:rota|work\s*plan|job\s*plan|working\s+pattern|hours)\s+(?:will|would)\s+"
    r"(?:include|be\s+worked)|will\s+be\s+operational\s+with"
    r"|hours(?:\s+per\s+week)?\s+(?:which|that)\s+includes?"
    r"|(?:role|post|job|position)\s+(?:would|will)\s+consist\s+of"
    # "Regular travelling across the four hospital sites is required", "There is an
    # expectation that individuals will work flexibly across the 3 sites"
    r"|\b(?:is|are|will\s+be)\s+(?:also\s+)?(?:essential|required|mandatory|expected)"
    r"\b(?!\s+(?:to\s+)?(?:by|of)\s+(?:us|the\s+trust|the\s+employer))"
    r"|expectation\s+that\s+(?:you|individuals|staff|the\s+post[\s-]?holder|"
    r"applicants|candidates)\s+will)",
    re.IGNORECASE,
)

_SPLIT = re.compile(r"[.;!?](?:\s|$)|\n")
#: ... and sites said without a quantifier: "working across site between", "travel
#: across sites", "cross-site working".
_SITES_MORE = re.compile(
    rf"{_SITES.pattern}|\b(?:across|between)\s+(?:the\s+|our\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?sites?\b|\bcross[\s-]sites?\b"
    # round 14: travel as a noun ("will involve some travel", "flexible in relation to
    # shift patterns and travel"), not the hiring's or the employer's costs
    r"|\btravel\b(?!\s+(?:expenses|costs?|time|allowances?|claims|arrangements|cards?|"
    r"schemes?|to\s+(?:the\s+|an?\s+|your\s+)?(?:interviews?|assessments?))\b)",
    re.IGNORECASE,
)


def _gives(sentence: str) -> bool:
    return any(
        c.search(sentence) for c in (OFFERED, GIVES, BENEFIT_ITEM, QUALITY_OFFERED)
    )


_COMPETENCE = re.compile(r"(?<=[Cc]onfidence)\s+(?:in|with|to|of)\b")
_OURS = re.compile(
    r"\b(?:we|our|us|values?|where)\b|\b(?:staff|colleagues|teams?)\s+(?:show|have|"
    r"demonstrate|bring|display)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("we you our us they their that which".split())  # noqa: SIM905
_HEAD_ENDS = re.compile(r"[.;:!?()\n]|\b(?:with|who|to|for|at|in|on|from|of)\b")


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
