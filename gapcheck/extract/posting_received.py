"""What the post receives, what the employer has won, what the posting rules out.

Round 12 (issue 15): on unseen postings the wrong terms that remained were, by kind:

* **development the post receives**: "you will gain expertise in many clinical skills
  including wound care", "support will be given to obtain competencies ... including
  Intensive Care Medicine", "with great education and development opportunities ...
  induction and preceptorship", "support and supervision from the nurse manager": a
  term after the offer, in its sentence, with nothing asked in between;
* **pay enhancements**: "unsocial hours enhancements", "on call allowance";
* **the employer's awards and ratings**: "we were in the top 10 acute trusts for staff
  engagement", "- Safety culture (best score for 2nd year running)", "a Dementia
  Friendly hospital", "accredited to ISO 17025 by UKAS";
* **committees**: "report to the Audit Committee", "the MDT Risk Forum";
* **the members of a team**: "the multi-disciplinary team which also includes
  Medics, Psychologists, Social Workers";
* **what a posting rules out**: "no lead generation, no dashboards", "we're not
  using React";
* **a unit's acronym and a company's legal form**: "Assessment and Treatment Service
  (ATS)" then "ATS is a 7 bedded unit" (no Applicant Tracking System), "DHU 111 CIC";
* **a word cut from its prefix**: "non medical prescribing" read as "medical
  prescribing" (the sense inverted), "St Ann's Hospital" read as "Ann".

Each rule reads only the mention and the text around it; a sentence that asks (a
:data:`~gapcheck.parse.asking.CLAUSE_ASKS` cue between the offer and the term) keeps
its terms.
"""

from __future__ import annotations

import re

from gapcheck.parse.asking import CLAUSE_ASKS
from gapcheck.parse.cue import CueKind, Scope
from gapcheck.parse.cue import cue as _cue
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention

#: Development offered to the post holder, read before the term in its sentence.
DEVELOPMENT_OFFERED = _cue("development_offered", CueKind.OFFERS, Scope.SENTENCE)(
    r"\b(?:(?:you\s+will|you['’]ll|will)\s+(?:gain|develop|build|broaden|enhance|"
    r"expand|increase)\s+(?:your\s+|their\s+)?(?:own\s+)?(?:new\s+|further\s+)?"
    r"(?:expertise|experience|skills?|knowledge|competenc\w+|confidence)|(?:support|"
    r"help|enable|encourage|train)\w*\s+(?:you|them|the\s+post\s*holder)\s+(?:to\s+"
    r"(?:learn|develop|gain|achieve|obtain|complete|become|increase|enhance|expand)|"
    r"in\s+(?:gaining|developing|achieving|completing))|support\s+(?:newly\s+"
    r"qualified\s+)?(?:staff|nurses|you)\s+through|be\s+supported\s+(?:to|by)\b|"
    r"support\s+(?:will\s+be\s+|is\s+)?(?:given|provided|available)\s+to|"
    r"(?:the\s+)?chance\s+(?:for\s+you\s+)?(?:[\w-]+\s+){0,5}to\s+(?:develop|gain|"
    r"learn|increase|enhance|expand)|opportunit(?:y|ies)\s+(?:for\s+you\s+)?to\s+"
    r"(?:develop|gain|learn|increase|enhance|expand|train|undertake|work\s+towards)|"
    r"(?:with|offer\w*|provid\w*|access\s+to|range\s+of|great|excellent|fantastic)"
    r"\s+(?:[\w-]+\s+){0,2}(?:education|educational|learning|training|development)"
    r"\s+(?:and\s+development\s+)?(?:opportunities|packages?|programmes?))",
)
#: "We will expect the successful candidate to engage with development opportunities
#: such as delivering teaching": asked, though it names an opportunity.
_EXPECTS = re.compile(r"\b(?:expect\w*|requir\w+|should|will\s+need)\b", re.IGNORECASE)
#: Supervision the post receives: "supervision from the nurse manager", "access to
#: regular clinical supervision".
_SUPERVISION_AFTER = re.compile(
    r"\s+(?:from|by)\b|\s+(?:is|are|will\s+be)\s+(?:provided|given|available|offered)",
    re.IGNORECASE,
)
_SUPERVISION_BEFORE = re.compile(
    r"\b(?:receiv\w*|access\s+to|benefit\s+from|support\s+and|(?:you\s+will|"
    r"you['’]ll)\s+(?:have|get|be\s+given|be\s+offered))\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Pay for hours: "unsocial hours enhancements", "on call allowance".
_PAY_AFTER = re.compile(
    r"[ \t]+(?:pay[ \t]+)?(?:enhancements?|enhanced[ \t]+pay|allowances?|"
    r"supplements?|uplifts?)\b",
    re.IGNORECASE,
)
#: The employer's awards, ratings and accreditations, read in the term's sentence.
AWARDED = _cue("awarded", CueKind.DESCRIBES, Scope.SENTENCE)(
    r"\b(?:awarded|awards?|won|winners?|finalists?|shortlisted\s+for|rated|ranked|"
    r"(?:been\s+)?recogni[sz]ed\s+(?:for|by|nationally|internationally)|been\s+"
    r"recogni[sz]ed|top\s+(?:\d+|ten|five|three|"
    r"twenty)\b|best\s+(?:score|results?|in\s+the|trust|hospital|place)|"
    r"highest[\s-]performing|(?:staff|nhs)\s+survey|accredited\s+(?:to|by|as)|"
    r"investors\s+in\s+people|cqc\s+rating)",
)
#: ... said of the employer, not asked of the candidate.
_CANDIDATE = re.compile(
    r"\b(?:candidates?|applicants?|post[\s-]?holders?|you\s+(?:will|must|should|"
    r"need)|you['’]ll\s+need|(?:be|are)\s+(?:an?\s+)?accredited\b(?!\s+(?:to|by))|"
    r"looking\s+for|seeking|recruit\w*|to\s+join\b|applications\s+from)",
    re.IGNORECASE,
)
#: "Dementia Friendly", "Baby Friendly", "family-friendly": a status of the employer.
_FRIENDLY_AFTER = re.compile(r"[ \t-]+friendly\b", re.IGNORECASE)
#: The members of a team: "the team which also includes Medics, Psychologists".
_TEAM_INCLUDES = re.compile(
    r"\b(?:team|mdt|staff|workforce|colleagues|service)\b[^.;:\n]{0,40}?\b"
    r"(?:includ\w*|such\s+as)\s+(?:other\s+|the\s+)?"
    r"(?:[\w'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,10}$",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"(?:ists|nurses|doctors|medics|workers|assistants|technicians|midwives|surgeons|"
    r"consultants|practitioners|officers|managers|therapists|paramedics|OT['’]?s|"
    r"administrators|registrars|dietitians|pharmacists)$",
    re.IGNORECASE,
)
#: What a posting rules out: "no lead generation, no dashboards", "we're not using
#: React", "you won't be writing Java".
_RULED_OUT = re.compile(
    r"(?:^|[\s(,;:])(?:no|not|never|n['’]t)\s+(?:be\s+)?(?:(?:using|use|used|doing|do|"
    r"writing|touching|building|working\s+(?:on|with)|any|a|an)\s+)?$",
    re.IGNORECASE,
)
#: ... unless the words after "no" say how much ("no less than", "no later than").
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|no)\s+(?:only|just|less|more|later|fewer|longer|previous)\b",
    re.IGNORECASE,
)
#: A word cut from its prefix: "non medical prescribing", "non-clinical".
_NON_BEFORE = re.compile(r"\bnon[\s-]$", re.IGNORECASE)
#: A company's legal form after its name: "DHU 111 (East Midlands) CIC" (a Community
#: Interest Company, not "Certified in Infection Control"), "Acme Ltd".
_LEGAL_FORMS = frozenset({"CIC", "LLP", "LLC", "PLC", "Ltd", "Inc", "CIO", "GmbH"})
_NAME_BEFORE = re.compile(r"(?:[A-Z0-9][\w&'’.-]*|\))[ \t]+$")
#: A unit written out before its acronym: "Assessment and Treatment Service (ATS)".
_DEFINED = re.compile(
    r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|&|the|in|on)[ \t]+)*){1,8})"
    r"\(([A-Z][A-Za-z&]{1,7})\)"
)
_UNIT_NOUNS = frozenset(
    """service services unit units team teams ward wards centre center clinic clinics
    hospital hospitals trust partnership network department directorate programme
    board group hub suite""".split()  # noqa: SIM905
)
#: A unit's specialty, named after the unit: "a medical ward specialising in
#: Respiratory Medicine", "we offer a range of specialities - Obstetric, head and
#: neck, gynaecology": where the post is, not what it asks.
_SPECIALISING = re.compile(
    r"\b(?:(?:ward|unit|team|department|service|clinic|centre|center|practice|"
    r"hospital|theatres?|suite)s?\s+(?:[\w-]+\s+){0,2}speciali[sz]ing\s+in|"
    r"(?:we|our\s+\w+)\s+(?:offer|cover|provide|ha(?:ve|s))\s+(?:a\s+(?:wide\s+)?range|"
    r"a\s+variety|a\s+number)\s+of\s+speciali?t(?:y|ies)\s*(?:[-–:,]|including|"
    r"such\s+as)?)\s+(?:the\s+)?(?:[\w&'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,12}$",
    re.IGNORECASE,
)
#: A grade cut from its word: "Band C Specialist Dentist" read as "C Specialist
#: Dentist".
_GRADE_BEFORE = re.compile(r"\b(?:Band|Grade|Level)[ \t]+$")
#: A committee or a meeting named by its subject: "the Audit Committee", "MDT Risk
#: Forum", "Quality and Safety Group meetings".
_COMMITTEE_AFTER = re.compile(
    r"[ \t]+(?:sub-?)?(?:committees?|panels?|forums?|boards?|steering\s+groups?|"
    r"working\s+groups?|(?:group|board|panel)\s+meetings?)\b",
    re.IGNORECASE,
)
#: A name's possessive: "St Ann's Hospital", "St. Thomas' Hospital".
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint)\.?[ \t]+$")


def received(m: Mention, text: str) -> bool:
    """Development, supervision or pay the post receives (see the module)."""
    left, _ = sentence_span(text, m.start, m.end)
    before = text[left : m.start]
    cues = list(DEVELOPMENT_OFFERED.finditer(before))
    cue = cues[-1] if cues else None
    if cue is not None and not (
        CLAUSE_ASKS.search(before[cue.start() :]) or _EXPECTS.search(before)
    ):
        return True
    if _PAY_AFTER.match(text, m.end):
        return True
    if "supervision" in m.text.lower():
        if _SUPERVISION_AFTER.match(text, m.end):
            return True
        return _SUPERVISION_BEFORE.search(before[-80:]) is not None
    return False


def awarded(m: Mention, text: str) -> bool:
    """A term in a sentence that reports the employer's awards or ratings, or that
    names a "... Friendly" status."""
    if _FRIENDLY_AFTER.match(text, m.end):
        return True
    left, right = sentence_span(text, m.start, m.end)
    sentence = text[left:right]
    return (
        AWARDED.search(sentence) is not None
        and not CLAUSE_ASKS.search(sentence)
        and not _CANDIDATE.search(sentence)
    )


def team_member(m: Mention, text: str) -> bool:
    """People named as the members of a team."""
    words = m.text.split()
    if not words or not _PERSON.search(words[-1]):
        return False
    left = text[max(0, m.start - 200) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    return _TEAM_INCLUDES.search(left) is not None


def ruled_out(m: Mention, text: str) -> bool:
    """A term the posting rules out: "no X", "not using X"."""
    left = text[max(0, m.start - 40) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    found = _RULED_OUT.search(left)
    return found is not None and not _NOT_RULED_OUT.search(left[found.start() :])


def cut_from_prefix(m: Mention, text: str) -> bool:
    """A term cut from "non-" (its sense inverted), from a saint's name or from a
    grade ("Band C ...": a one-letter word left at its head)."""
    left = text[max(0, m.start - 8) : m.start]
    if _NON_BEFORE.search(left) or _SAINT_BEFORE.search(left):
        return True
    head = m.text.split()[0] if m.text.split() else ""
    return len(head) == 1 and bool(_GRADE_BEFORE.search(left))


def committee(m: Mention, text: str) -> bool:
    """The subject of a committee, a board or a forum: who meets, not a skill."""
    return _COMMITTEE_AFTER.match(text, m.end) is not None


def unit_specialty(m: Mention, text: str) -> bool:
    """A specialty named as the unit's own ("a ward specialising in ...")."""
    left = text[max(0, m.start - 200) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    return _SPECIALISING.search(left) is not None


def legal_form(m: Mention, text: str) -> bool:
    """A company's legal form after its name ("... CIC", "... Ltd")."""
    return m.text.strip() in _LEGAL_FORMS and bool(
        _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


def unit_acronym(m: Mention, text: str) -> bool:
    """An acronym the posting defines as the name of a unit or a service
    ("Assessment and Treatment Service (ATS)"), in another sense than the taxonomy's
    (Applicant Tracking System): where the post is, not a skill."""
    surface = m.text.strip()
    if not (2 <= len(surface) <= 8 and surface[:1].isupper() and surface.isupper()):
        return False
    for found in _DEFINED.finditer(text):
        if found.group(2) != surface:
            continue
        expansion = found.group(1).split()
        while expansion and expansion[0].lower() == "the":
            expansion = expansion[1:]
        sense = re.findall(r"\w+", (m.canonical or "").lower())
        initials = "".join(w[0] for w in sense if w not in ("and", "of", "for", "the"))
        if {w.lower() for w in expansion} & set(sense) or initials != surface.lower():
            return False  # "Disclosure and Barring Service (DBS)": no other sense
        if expansion and expansion[-1].lower() in _UNIT_NOUNS:
            initials = "".join(w[0] for w in expansion if w[0].isupper())
            return initials.startswith(surface[0]) and len(initials) >= len(surface) - 1
    return False


def not_asked(m: Mention, text: str) -> bool:
    """Any of the module's rules."""
    return (
        cut_from_prefix(m, text)
        or legal_form(m, text)
        or unit_acronym(m, text)
        or ruled_out(m, text)
        or team_member(m, text)
        or unit_specialty(m, text)
        or committee(m, text)
        or received(m, text)
        or awarded(m, text)
    )
