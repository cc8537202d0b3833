"""The words the soft-ask reader looks for (:mod:`.posting_soft_asks`).

Whom the employer seeks beyond :data:`~gapcheck.parse.asking.TRAIT_SEEKS`, a modal
ask of the candidate, person nouns that close a compound title, trait nouns, the ways
of working (pressure, working alone, team and communication words, own transport),
multidisciplinary team working, the candidate as a sentence's subject, and the
conditions of the work (sites, travel, rotas) in the forms
:data:`~gapcheck.parse.asking.WORK_ASKED` leaves out; with the canonical names of the
ways of working. Split out of ``posting_soft_asks`` (round 14) to keep it under the
house limit: that module reads these patterns and imports them from here, never the
other way.
"""

from __future__ import annotations

import re
from typing import Final

from gapcheck.extract.posting_conditions import _SITES

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

_COMPETENCE = re.compile(r"(?<=[Cc]onfidence)\s+(?:in|with|to|of)\b")
_OURS = re.compile(
    r"\b(?:we|our|us|values?|where)\b|\b(?:staff|colleagues|teams?)\s+(?:show|have|"
    r"demonstrate|bring|display)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("we you our us they their that which".split())  # noqa: SIM905
_HEAD_ENDS = re.compile(r"[.;:!?()\n]|\b(?:with|who|to|for|at|in|on|from|of)\b")
