"""Forms of a posting's headings beyond the tables: questions, conditions, a
parenthesised tail, a heading noun before its qualifier, and the sentences that open
a posting's equal-opportunity statement or its application instructions.

Real adverts write "What will you do?", "Let's talk if", "You'll love working here
if", "Good to have (Additional Skills):", "KEY AREAS OF RESPONSIBILITY (ESSENTIAL
FUNCTIONS)", "Instructor Responsibilities", "Requirements for Applicants". Data and
small pure functions only; :func:`gapcheck.parse.heading_line.canonical` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from gapcheck.parse.asking import LONG_LEAD_ASKS
from gapcheck.parse.bullets import is_bullet

#: Questions a posting asks as headings, by what they open (first match wins).
_QUESTIONS: tuple[tuple[str, str], ...] = (
    (r"\bhow\s+(?:do\s+(?:i|you)\s+|to\s+|can\s+(?:i|you)\s+)apply\b|"
     r"\bwhat\s+happens\s+next\b", "contact"),
    (r"\bwhy\s+(?:join|work|choose)\b|^why\s+[\w&.'’-]+(?:\s+[\w&.'’-]+)?\?$|"
     r"\bwhat\s+(?:(?:do|can|will)\s+)?we\s+offer\b|"
     r"\bwhat(?:'s|\s+is)\s+in\s+it\s+for\s+(?:you|me)\b|\bwhat\s+(?:do|will)\s+"
     r"(?:i|you)\s+get\b|\bbenefits?\b|\bperks?\b", "benefits"),
    (r"\bwho\s+(?:are\s+you|you\s+are|(?:are\s+)?we(?:'re|\s+are)?\s+looking\s+for)\b|"
     r"\bwhat\s+(?:are\s+we|we(?:'re|\s+are))\s+looking\s+for\b|\bis\s+this\s+(?:you|"
     r"role\s+for\s+you)\b|\bwhat\s+(?:do\s+)?(?:you|i)\s+need\b|"
     r"\bwhat\s+(?:will|should|do)\s+you\s+bring\b|\bwhat\s+(?:do|will|would)\s+we\s+"
     r"(?:need|want|expect)\s+from\s+you\b|\bwhat\b.*\b(?:skills|experience|"
     r"qualifications)\b.*\b(?:need|have|bring)\b", "requirements"),
    (r"\bwhat\s+(?:will|would|do|does|you'll)\s+(?:you|i|the\s+\w+)\s*(?:be\s+)?"
     r"(?:do|doing|involve)\b|\bwhat\s+does\s+the\s+(?:role|job|position)\b",
     "responsibilities"),
    (r"\bwho\s+(?:are\s+we|we\s+are)\b|\bwhat\s+(?:do\s+we\s+do|we\s+do)\b", "about"),
)  # fmt: skip
_QUESTION_RES = tuple((re.compile(p, re.IGNORECASE), n) for p, n in _QUESTIONS)


def question_heading(text: str) -> str | None:
    """The section a short question heading opens ("What will you do?", "Why join
    us?", "Who are you?"), else None."""
    core = text.strip(" \t:-–—*#")
    if not core.endswith("?") or len(core.split()) > 12 or re.search(r"[.!]\s", core):
        return None
    for pattern, name in _QUESTION_RES:
        if pattern.search(core):
            return name
    return None


def conditional_heading(key: str) -> str | None:
    """ "Let's talk if", "You'll love working here if", "You might be a fit if": a
    heading that ends on "if" introduces who the candidate is."""
    words = key.split()
    return "requirements" if 2 <= len(words) <= 8 and words[-1] == "if" else None


_TAIL = re.compile(r"^(?P<head>[^()]{3,50}?)\s*\([^()]{2,40}\)\s*(?P<colon>:?)\s*$")


def without_tail(text: str) -> str | None:
    """ "Good to have (Additional Skills):" -> "Good to have:", "KEY AREAS OF
    RESPONSIBILITY (ESSENTIAL FUNCTIONS)" -> "KEY AREAS OF RESPONSIBILITY": the
    heading before a parenthesised tail, else None."""
    match = _TAIL.match(text.strip())
    if match is None:
        return None
    return match["head"].strip() + match["colon"]


#: Nouns that name a posting section whatever words stand before them ("Instructor
#: Responsibilities", "Warehouse Worker Duties") or after them with a preposition
#: ("Requirements for Applicants", "Responsibilities of the Role").
SECTION_NOUNS = {
    "responsibilities": "responsibilities",
    "responsibility": "responsibilities",
    "duties": "responsibilities",
    "requirements": "requirements",
    "qualifications": "requirements",
    "qualification": "requirements",
    "benefits": "benefits",
    "perks": "benefits",
}
_QUALIFIER = re.compile(
    r"^(\w+)\s+(?:for|of|in)\s+(?:the\s+|this\s+|our\s+)?\w+(?:\s+\w+)?$"
)


def noun_heading(key: str) -> str | None:
    """The section of a short heading that ends on a section noun, or opens with one
    and a qualifier ("requirements for applicants"), else None."""
    words = key.split()
    if not 2 <= len(words) <= 5:
        return None
    if words[-1] in SECTION_NOUNS:
        return SECTION_NOUNS[words[-1]]
    match = _QUALIFIER.match(key)
    return SECTION_NOUNS.get(match.group(1)) if match else None


#: Sentences that open a posting's equal-opportunity statement ("Harvard Medical
#: School is an Equal Opportunity/Affirmative Action Employer.", "We welcome
#: applications from all candidates irrespective of...") or its application
#: instructions ("...we encourage you to apply for this exciting opportunity.").
_EQUAL = re.compile(
    r"^(?:\W*[\w&.,'’ -]{1,80}?\s)?(?:is|are)\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+|"
    r"committed\s+to\s+(?:being\s+an?\s+)?)equal\s+(?:employment\s+)?opportunit"
    r"|^\W*(?:we\s+)?welcome\s+applications\s+from\s+all\b"
    r"|^\W*all\s+qualified\s+applicants\s+will\s+receive\s+consideration\b",
    re.IGNORECASE,
)
_APPLY = re.compile(
    r"\b(?:we\s+(?:would\s+|strongly\s+)?(?:encourage|invite)\s+you\s+to\s+apply|"
    r"we(?:'d|’d|\s+would)\s+love\s+to\s+hear\s+from\s+you|apply\s+(?:now|today))\b",
    re.IGNORECASE,
)


def statement_opener(text: str) -> str | None:
    """ "other" for the first sentence of an equal-opportunity statement, "contact"
    for a sentence inviting the reader to apply, else None."""
    if _EQUAL.search(text):
        return "other"
    return "contact" if _APPLY.search(text) else None


#: A posting's longer lead-in lines that end with a colon and open a list ("Some of
#: the benefits of joining our team:", "The 'must haves' for you to be considered
#: for this role:", "For further details / informal visits contact:"): the first
#: cue found names the section.
_LEAD_IN_CUES: tuple[tuple[str, str], ...] = (
    (r"\bbenefits?\b|\bperks\b|\bwe\s+(?:can\s+)?offer\b|\boffers\b|\bin\s+return\b|"
     r"\breasons\s+to\s+(?:work|join)\b|\bwhat\s+you\s+can\s+expect\b(?!\s+to\s+do)",
     "benefits"),
    (r"\bdesirable\b|\bpreferred\b|\bnice[\s-]+to[\s-]+have\b|\bbonus\b|\bplus\b|"
     r"\bpluses\b|\bgood[\s-]+to[\s-]+have\b|\bhelpful\b|\badvantage(?:ous)?\b|"
     r"\bwould\s+be\s+(?:a\s+)?(?:great|nice|beneficial)\b", "preferred"),
    (r"\bmust[\s\"'”“’-]*haves?\b|\bessential\b|\brequirements?\b|\bcriteria\b|"
     r"\blooking\s+for\b|\byou\s+(?:will|'ll|’ll)\s+(?:need|have|bring)\b|"
     r"\bqualifications\b|\bperson\s+specification\b|\bwe\s+need\b|"
     r"\byou\s+(?:will|must|should)(?:\s+(?:need\s+to|have|be))?\s*:$|"
     r"\b(?:engineers|developers|candidates|people|someone|applicants|individuals)\s+"
     r"who\s+(?:have|are|can|bring)\b", "requirements"),
    (r"\bcontact\b|\benquir|\bfurther\s+(?:details|information)\b|\bto\s+apply\b|"
     r"\be-?mail\s+us\b|\bsend\s+us\b", "contact"),
    (r"\bresponsibilit|\bduties\b|\byou\s+(?:will|'ll|’ll)\s+(?:be\s+)?do",
     "responsibilities"),
)  # fmt: skip
LONG_LEAD_DUTIES = re.compile(
    r"\b(?:responsib\w+|duties|will\s+(?:be\s+)?(?:expected\s+to\s+)?(?:undertake|"
    r"include|involve))\b",
    re.IGNORECASE,
)
LEAD_IN_RES = tuple((re.compile(p, re.IGNORECASE), n) for p, n in _LEAD_IN_CUES)
APPLY_LEAD = re.compile(r"\be-?mail\s+us\b|\bsend\s+us\b|\bto\s+apply\b", re.I)
#: "looking for" a job title names the hire, not what is asked of them.
HIRING = re.compile(
    r"\blooking\s+for\s+(?:an?\s+|our\s+|several\s+)?(?:[A-Z]\w+\s+){0,3}"
    r"(?i:engineers?|developers?|managers?|designers?|nurses?|assistants?|"
    r"interns?|analysts?)\s+(?:for|to|in|on|across)\b"
)


#: A sub-heading inside a benefits list ("What we offer?" / "- 27 days leave" /
#: "Training and Development" / "- Care Certificate"): a few words, no sentence.
_ITEM = re.compile(r"\s*(?:[-•*·●▪◦–—]|\d{1,2}[.)])\s")
_SUB_HEADING = re.compile(r"^[A-Z][\w&'’/-]*(?:[ \t]+[\w&'’/-]+){0,5}[ \t]*:?$")


def list_sub_heading(lines: Sequence[Any], pos: int) -> bool:
    """Whether line ``pos`` of ``lines`` (inside a benefits list, no known heading)
    heads more of the same list: a short title of a few words, no sentence, whose next
    non-blank line is a list item (round 12: "Training and Development", "Health and
    Wellbeing", "Pension")."""
    nxt = next((ln.text for ln in lines[pos + 1 :] if ln.text.strip()), "")
    return bool(_ITEM.match(nxt)) and bool(_SUB_HEADING.match(lines[pos].text.strip()))


#: Short headings over the employer's own culture or offer, written as a sentence
#: piece rather than a table's heading (round 12): "what you will find in our Bright
#: Team", "get to know our values", "Our culture", "Life at Acme", "How we work".
_CULTURE: tuple[tuple[str, str], ...] = (
    (r"\bwhat\s+you(?:'ll|\s+will)\s+(?:find|get|gain|enjoy|love)\b|"
     r"\bwhat\s+we\s+(?:give|provide)\b|\bwhy\s+you(?:'ll|\s+will)\s+love\b|"
     r"\bwe\s+(?:give|provide)\s+you\b|\bwhat\s+you\s+can\s+expect\b(?!\s+to\s+do)",
     "benefits"),
    # values and culture: "other", as the heading table reads "Our Values"
    (r"\bour\s+(?:core\s+)?(?:values|culture|principles)\b|"
     r"^(?:company\s+)?(?:values|culture)$|\bwhat\s+we\s+(?:believe|stand\s+for)\b",
     "other"),
    (r"\bour\s+(?:mission|vision|story)\b|\blife\s+at\b|\bhow\s+we\s+work\b|"
     r"\bwho\s+we\s+are\b(?!\s+(?:looking|seeking|searching))", "about"),
)  # fmt: skip
_CULTURE_RES = tuple((re.compile(p, re.IGNORECASE), n) for p, n in _CULTURE)


def culture_heading(key: str) -> str | None:
    """The section a short heading over the employer's culture or offer opens
    ("get to know our values": about; "what you will find in our team":
    benefits), else None."""
    if not 1 <= len(key.split()) <= 8:
        return None
    return next((n for p, n in _CULTURE_RES if p.search(key)), None)


def lead_in(text: str) -> str | None:
    """Section named by a posting's lead-in line ending with ":" (3-14 words); a
    dash after the colon ("...fantastic benefits: –") is decoration."""
    text = re.sub(r":\s*[-–—]+$", ":", text.strip())
    text = re.sub(r"\s*\(https?://[^)\s]*\)", "", text)  # a link's address in the text
    if not text.endswith(":") or is_bullet(text) or re.search(r"[.!?;]\s", text):
        return None
    if len(text.split()) < 3 or HIRING.search(text):
        return None  # "...we are looking for Principal Engineers for our teams:"
    if re.search(r"@|https?://|\d{5}", text):
        # an address only in a lead-in to how to apply: "...email us at x@y.co with:"
        return "contact" if APPLY_LEAD.search(text) else None
    if len(text.split()) > 14:
        # a long sentence that opens a list names it in its last words: "...and
        # eligibility to apply for a post within the service which offers:"
        tail = " ".join(text.split()[-4:])
        if LEAD_IN_RES[0][0].search(tail):
            return "benefits"
        if LONG_LEAD_DUTIES.search(text):
            return "responsibilities"
        return "requirements" if LONG_LEAD_ASKS.search(text) else None
    for pattern, name in LEAD_IN_RES:
        if pattern.search(text):
            return name
    return "requirements" if LONG_LEAD_ASKS.search(text) else None
