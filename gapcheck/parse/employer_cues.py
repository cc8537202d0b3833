"""The employer's side of a posting's words: what it offers and what it says of itself.

Part of the one cue table, :data:`gapcheck.parse.asking.CUES`: the cues of kind
:attr:`~gapcheck.parse.cue.CueKind.OFFERS` (pay, training, support, opportunity:
what the post gives, not asks) and :attr:`~gapcheck.parse.cue.CueKind.DESCRIBES`
(the employer, its unit, a place as a sentence's subject). Split out of
``asking`` (round 14) to keep it under the house limit; ``asking`` imports them and
lists them in ``CUES``, so readers keep importing them from there.
"""

from __future__ import annotations

from gapcheck.parse.cue import CueKind, Scope
from gapcheck.parse.cue import cue as _cue

#: What the employer offers the candidate: "an ideal opportunity to develop your
#: leadership skills", "full training will be provided".
OFFERED = _cue("offered", CueKind.OFFERS, Scope.SENTENCE)(
    r"\b(?:opportunit(?:y|ies)\s+(?:to|for)|we\s+(?:can\s+|will\s+)?offer|"
    r"will\s+be\s+(?:provided|given|offered|supported)|is\s+provided|"
    r"supports?\s+(?:cpd|your|staff|all\s+staff)|in\s+return|you\s+will\s+receive|"
    r"benefit\s+from|access\s+to|encouraged\s+to|help\s+you|"
    r"you(?:'ll|’ll|\s+will)\s+(?:access|receive|enjoy|get\s+to)|enables?\s+you\s+to|"
    r"you\s+(?:can|could|may)\s+(?:also\s+)?(?:be\s+part|join|be\s+involved|take\s+part))\b",
)

#: One item of an offer: pay, leave, pension, insurance, discounts, perks. A line
#: that names one of these and asks nothing in so many words is a benefit.
BENEFIT_ITEM = _cue("benefit_item", CueKind.OFFERS, Scope.LINE)(
    r"\b(?:pension|holiday\s+(?:allowance|entitlement|pay)|annual\s+leave|"
    r"pay\s+rates?|competitive\s+(?:pay|salary|rates)|life\s+assurance|"
    r"discounts?|salary\s+sacrifice|childcare\s+vouchers|cycle\s+to\s+work|"
    r"lease\s+car|car\s+lease|season\s+ticket|paid\s+(?:weekly|monthly)|"
    r"get\s+paid|free\s+(?:parking|training|dbs|uniform)|"
    r"staff\s+(?:networks|discounts|benefits|gym)|employee\s+assistance|"
    r"flexible\s+working\s+(?:options|scheme|opportunities))\b",
)

#: ... and one that offers ("guaranteed the clinical autonomy", "we offer staff
#: supervision"): a quality or team work it names is not asked.
QUALITY_OFFERED = _cue("quality_offered", CueKind.OFFERS, Scope.LINE)(
    r"\boffer|\bguarantee|\bin return\b|\bbenefit|\bopportunit|\bprovided\b|"
    r"\bgiven\b|\bsupported\b",
)

#: ... and a sentence that invites ("join our friendly team", "we welcome"): team
#: work it names is how the job is done, not asked ("... who are calm under pressure"
#: of "We would welcome applications from ..." still asks its qualities).
INVITES = _cue("invites", CueKind.OFFERS, Scope.SENTENCE)(r"\bjoin(?:ing)?\b|\bwelcome")

#: Experience or knowledge the post gives, not asks: "You will also gain experience
#: in", "If you want to broaden your experience of", "develop your knowledge of".
GAINED = _cue("gained", CueKind.OFFERS, Scope.BEFORE)(
    r"\b(?:gain|gaining|broaden|broadening|develop|developing|expand|"
    r"expanding|widen|widening|build|building|enhance|enhancing|further|grow|"
    r"growing|increase|increasing|extend|extending)\s+(?:on\s+)?(?:your|their|his|"
    r"her|the|some|more|further|valuable|new|wider|broader)?\s*(?:own\s+)?"
    r"(?:[\w-]+\s+)?$",
)

#: What the employer gives: "Generous ... opportunities", "the opportunity of being
#: mentored", "Dedicated mentoring", "will be delivered via", "helping you with your
#: on-going professional development" (round 14).
GIVES = _cue("gives", CueKind.OFFERS, Scope.SENTENCE)(
    r"\b(?:generous|opportunit(?:y|ies)\s+(?:of|for)\s+being|dedicated\s+"
    r"(?:[\w-]+\s+)?(?:mentoring|mentorship|coaching|supervision|training|support)|"
    r"(?:help|support|assist)\w*\s+you\s+(?:with|in|through)\s+your\s+|"
    r"(?:will|can|is|are)\s+be\s+delivered\s+(?:via|through|by)|free\s+(?:on[\s-]"
    r"site\s+)?(?:parking|training|access)|easily\s+commutable|(?:give|offer|provide)"
    r"\w*\s+(?:the\s+)?(?:successful\s+)?(?:candidates?|applicants?|you)\s+"
    r"(?:with\s+)?(?:support|training|mentor\w*|coaching|supervision))\b",
)

#: The line above a list that says its items are given or scheduled: "Livewell
#: Southwest values its staff and makes investment in:", "We offer:", "Benefits
#: include:", "In return you will receive:", "We have the following shifts".
OFFER_LEAD = _cue("offer_lead", CueKind.OFFERS, Scope.LEAD_IN)(
    r"\b(?:we\s+(?:can\s+)?(?:offer|provide|give)|offer\w*|invest(?:s|ment|ing)?\b|"
    r"benefit\w*|in\s+return|package|values\s+(?:its|our)\s+staff|you\s+will\s+"
    r"(?:receive|get|enjoy|benefit)|receiv\w*|available|we\s+have|rewards?|perks|"
    r"enjoy\w*)",
)

#: A question offering growth: "Would you like to develop your leadership and
#: teaching skills ...?", "Do you need access to flexible working hours?", "Are you
#: looking for a new challenge ...?": what the post gives, not what it asks.
OFFER_QUESTION = _cue("offer_question", CueKind.OFFERS, Scope.OPENING)(
    r"^\W*(?:would|do|are)\s+you\s+(?:like|want|wish|need|looking)\s+(?:to\s+|for\s+)?"
    r"(?:develop|grow|progress|learn|gain|expand|build|further|enhance|access|"
    r"a\s+new|an?\s+(?:exciting|rewarding|new))\b",
)

#: Training the employer gives: "will be enrolled onto a fully funded GPhC approved
#: pharmacy technician training programme", "you will be supported to complete".
TRAINING_OFFERED = _cue("training_offered", CueKind.OFFERS, Scope.SENTENCE)(
    r"\b(?:enrolled\s+(?:on|onto)|fully[\s-]funded|(?:will|you['’]ll)\s+be\s+"
    r"(?:provided|offered|given|supported\s+to|trained|sponsored))\b",
)

#: Flexibility the employer offers ("flexible working patterns", "please talk to us
#: about the flexibility you may need"), not asked of the candidate ("a flexible
#: approach to duty", "flexible working is required").
FLEX_OFFERED = _cue("flex_offered", CueKind.OFFERS, Scope.SENTENCE)(
    r"\b(?:opportunit\w*|options?|patterns?|schemes?|polic\w+|consider\w*|"
    r"talk\s+to\s+us|achieved\s+by|you\s+may|we\s+offer|work[-\s]life|promot\w+|"
    r"welcome\w*|benefits?)\b",
)

#: A question that opens the employer's own paragraph ("Who are NHS Professionals?",
#: "What next?", "Why join us?"): what follows is about the employer or the
#: application, not the candidate.
ABOUT_QUESTION = _cue("about_question", CueKind.DESCRIBES, Scope.OPENING)(
    r"^(?:who\s+(?:are|is)\s+(?!you\b)|what\s+next|why\s+(?:join|work|choose)|"
    r"what\s+(?:we|do\s+we)\s+(?:offer|can\s+offer)|disclaimer\b)",
)

#: The employer, its unit or its place as the subject of a sentence: "We provide
#: maternity care ...", "Our service provides ...", "The Department is ...", "The
#: Rotherham NHS Foundation Trust is ...", "St Michael's Hospital is ...".
EMPLOYER_SUBJECT = _cue("employer_subject", CueKind.DESCRIBES, Scope.OPENING)(
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
    r"(?:is|are|was|were|has|have|provides|offers|serves|employs|works|delivers)\s)",
    flags=0,
)

#: A named place or service as a sentence's subject, saying what it is or does:
#: "Conifer Lodge is a care home with nursing that provides ...", "Forest Close is a
#: 30 bedded unit ...", "Google is developing ...". Not "Python is a must" (asks), nor
#: "SQL Server is a plus" (a wish).
ENTITY_IS = _cue("entity_is", CueKind.DESCRIBES, Scope.OPENING)(
    r"^(?!(?:You|Your|We|Our|This|These|It|If|As|In|The|A|An)\b)"
    r"(?:[A-Z][\w'’&().-]*\s+){1,5}"
    r"(?:is|are|was)\s+(?:an?|one|the|developing|dedicated|committed|proud|based|"
    r"located|situated|home|part)\b(?!\s+(?:plus|bonus|advantage|asset|must|"
    r"requirement|pre-?requisite|essential)\b)",
    flags=0,
)

#: The employer speaking of itself before an ask ("We have over 20 years experience
#: in managing hospital banks").
OURS = _cue("ours", CueKind.DESCRIBES, Scope.BEFORE)(r"\b(?:we|our|us)\b")

#: The employer's commitment: "The Trust is committed to safeguarding adults".
COMMITTED = _cue("committed", CueKind.DESCRIBES, Scope.BEFORE)(
    r"\b(?!(?:you|who|candidates?|applicants?|holders?)\b)[\w'’]+\s+(?:is|are)\s+"
    r"(?:fully\s+|strongly\s+)?committed\s+to\s+(?:[\w-]+\s+){0,2}$",
)


def offers(sentence: str, *, quality: bool = False) -> bool:
    """Whether a sentence gives rather than asks: what the post offers ("full training
    will be provided", "we offer a car lease scheme") or a benefit item; with
    ``quality`` also any sentence that names an offer, a guarantee, an opportunity or
    support ("you will be supported by ..."), where a quality or team work it names is
    not asked. The one test the posting readers of conditions, work asks (plain),
    traits and hours (``quality``) share before they read an ask in a sentence."""
    found = OFFERED.search(sentence) or GIVES.search(sentence)
    found = found or BENEFIT_ITEM.search(sentence)
    return bool(found or (quality and QUALITY_OFFERED.search(sentence)))
