"""Lines of a posting that never ask anything of the candidate, wherever they stand.

A requirement section often runs on past its list: the job board pastes the
employer's offer, its notes and its instructions under the last heading ("In return
... we can offer you", "Stakeholder pension scheme", "Cambian is an equal
opportunities employer", "Click the link to apply", "Interviews are planned for
Monday"). These patterns name such lines in general terms; the parser
(:mod:`gapcheck.parse.posting`) keeps none of them as a requirement.
"""

from __future__ import annotations

import re

#: "Job Type: Full-time", "Salary: ...": facts about the job, not requirements.
FIELD_LINE = re.compile(
    r"^(?:job\s+types?|salary|pay|schedule|application\s+deadline|work\s+remotely|"
    r"location|locatio|expected\s+start\s+date|start\s+date|contract\s+length|"
    r"benefits|shift|company\s+profile|work\s+location|industry|speak\s+with)\s*:",
    re.IGNORECASE,
)
#: Notes on visas, sponsorship and COVID arrangements, closing dates, interviews,
#: equal opportunities and how to apply: conditions and instructions of the
#: employer, not requirements a resume can meet.
NOTE_LINE = re.compile(
    r"\b(?:tier\s*2|visa|certificate\s+of\s+sponsorship|sponsorship|covid|"
    r"coronavirus|pandemic|close\s+(?:this|the)\s+(?:advert|vacancy)|"
    r"closing\s+date|previous\s+applicants|equal\s+opportunit(?:y|ies)\s+employer|"
    r"click\s+(?:the\s+link|here|apply)|interviews?\s+(?:are|is|will|may|to\s+be)\s+"
    r"(?:be\s+)?(?:planned|held|scheduled|conducted|taking\s+place)|"
    r"interview\s+dates?|we\s+look\s+forward\s+to\s+(?:hearing|receiving)|"
    r"meet\s+the\s+person\s+specification\s+in\s+order|"
    r"referees?\b|supporting\s+statement|covering\s+letter|cover\s+letter|"
    r"(?:your\s+)?applications?\s+(?:should|must|will\s+need\s+to)\s+include|"
    r"^contact\s+details\b|^(?:an?\s+)?(?:up[\s-]to[\s-]date\s+)?(?:cv|curriculum\s+vitae)\b|"
    r"^please\s+(?:ensure|apply|read|be\s+aware|check|contact|submit|complete|upload|"
    r"provide|note\s+(?:that\s+)?(?:the|this|we|interviews?|applications?)))\b"
    r"|@\w|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b",
    re.IGNORECASE,
)
#: One item of an offer: pay, leave, pension, insurance, discounts, perks. A line
#: that names one of these and asks nothing in so many words is a benefit.
BENEFIT_ITEM = re.compile(
    r"\b(?:pension|holiday\s+(?:allowance|entitlement|pay)|annual\s+leave|"
    r"pay\s+rates?|competitive\s+(?:pay|salary|rates)|life\s+assurance|"
    r"discounts?|salary\s+sacrifice|childcare\s+vouchers|cycle\s+to\s+work|"
    r"lease\s+car|car\s+lease|season\s+ticket|paid\s+(?:weekly|monthly)|"
    r"get\s+paid|free\s+(?:parking|training|dbs|uniform)|"
    r"staff\s+(?:networks|discounts|benefits|gym)|employee\s+assistance|"
    r"flexible\s+working\s+(?:options|scheme|opportunities))\b",
    re.IGNORECASE,
)
#: A question that opens the employer's own paragraph ("Who are NHS Professionals?",
#: "What next?", "Why join us?"): what follows is about the employer or the
#: application, not the candidate.
ABOUT_QUESTION = re.compile(
    r"^(?:who\s+(?:are|is)\s+(?!you\b)|what\s+next|why\s+(?:join|work|choose)|"
    r"what\s+(?:we|do\s+we)\s+(?:offer|can\s+offer)|disclaimer\b)",
    re.IGNORECASE,
)


def never_asked(text: str) -> bool:
    """Whether a line is a job fact, a note or instruction of the employer, or a
    question heading of the employer's own paragraph."""
    text = text.strip(" \t-–—•·*")
    return bool(
        FIELD_LINE.match(text) or NOTE_LINE.search(text) or ABOUT_QUESTION.match(text)
    )


#: The employer, its unit or its place as the subject of a sentence: "We provide
#: maternity care ...", "Our service provides ...", "The Department is ...", "The
#: Rotherham NHS Foundation Trust is ...", "St Michael's Hospital is ...".
_EMPLOYER_SUBJECT = re.compile(
    r"^(?:(?i:in\s+addition|additionally|also|furthermore|moreover|currently|"
    r"together|locally|nationally|today|as\s+well\s+as\s+this),?\s+)?"
    r"(?:(?i:we|we['’]re|we['’]ve|our)\b|"
    r"(?i:the)\s+(?:[A-Z][\w'’&-]*\s+){0,6}(?i:(?:trust|department|services?|team|unit|ward|"
    r"hospitals?|laborator(?:y|ies)|lab|directorate|practice|organi[sz]ation|clinic|"
    r"centre|center|board|division|company|network|programme|partnership|county|"
    r"region|city|borough|site)\b(?!\s+(?:member|manager|lead|leader)s?\b))|"
    r"(?:[A-Z][\w'’&().-]*\s+(?:(?:of|and|&|for|upon|on)\s+)?){0,7}"
    r"(?:Trust|Hospitals?|NHS|Clinic|Centre|Center|Board|Services?|Council|Network|"
    r"Practice|Partnership|Group|CCG|University|Foundation|Ltd|Limited|CIC)\s+"
    r"(?:[A-Z][\w'’&().-]*\s+){0,3}"
    r"(?:is|are|was|were|has|have|provides|offers|serves|employs|works|delivers)\s)"
)
#: Words that turn a sentence to the candidate: who is sought and what is asked.
_CANDIDATE = re.compile(
    r"\b(?:you|your|you['’](?:ll|re|ve)|candidates?|applicants?|post[\s-]?holders?|"
    r"postholders?|successful|individuals?|someone|person|people\s+who|must|should|"
    r"essential(?:ly)?|required?|requires?|requirements?|needed|looking\s+for|"
    r"needs?\s+(?:to|a|an|someone|somebody|you|people|staff|candidates?|applicants?)|"
    r"seeking|seek|looking\s+to|ideal(?:ly)?|desirable|preferab(?:le|ly)|ability|able\s+to|"
    r"expect(?:s|ed)?|recruit(?:ing)?|appoint|join|applications?|keen\s+to|experience[d]?\s+(?:in|of|with)|who\s+(?:have|are|"
    r"hold|can|will))\b",
    re.IGNORECASE,
)


def describes_employer(text: str) -> bool:
    """Whether a sentence tells about the employer, its unit or its place and asks
    nothing of the candidate: "We provide maternity care for around 5,000 mothers",
    "The laboratory is accredited in accordance with ISO 15189" (a term named there
    is what the employer does, not what the candidate must have); not "We are
    looking for a nurse with ...", "Our ideal candidate ...", "The team requires
    ..."."""
    text = text.strip(" \t-–—•·*")
    return bool(_EMPLOYER_SUBJECT.match(text)) and not _CANDIDATE.search(text)


#: A named place or service as a sentence's subject, saying what it is or does:
#: "Conifer Lodge is a care home with nursing that provides ...", "Forest Close is a
#: 30 bedded unit ...", "Google is developing ...". Not "Python is a must" (asks), nor
#: "SQL Server is a plus" (a wish).
_ENTITY_IS = re.compile(
    r"^(?!(?:You|Your|We|Our|This|These|It|If|As|In|The|A|An)\b)"
    r"(?:[A-Z][\w'’&().-]*\s+){1,5}"
    r"(?:is|are|was)\s+(?:an?|one|the|developing|dedicated|committed|proud|based|"
    r"located|situated|home|part)\b(?!\s+(?:plus|bonus|advantage|asset|must|"
    r"requirement|pre-?requisite|essential)\b)"
)


def describes_entity(text: str) -> bool:
    """Whether a sentence tells what a named place, service or company is, and asks
    nothing of the candidate (a term there is theirs, not asked)."""
    text = text.strip(" \t-–—•·*")
    return bool(_ENTITY_IS.match(text)) and not _CANDIDATE.search(text)
