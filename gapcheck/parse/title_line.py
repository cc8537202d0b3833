"""Which line of a document can be a job title, and which line is someone else's.

A title is a few words of mostly letters: never a salary, a date, an e-mail or a file
name (``looks_like_title``). A posting's "Job title:" field names the job only outside
its contact block: "For informal visits contact: / Name: ... / Job title: Estates
Officer / Email: ..." is the contact person's job, not the vacancy's
(``in_contact_block``). Shared by the posting parser (which line is the title) and
the occupation stage (which titles it may look up).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_TITLE_WORDS = 12
_NOT_A_TITLE = re.compile(
    r"@|https?:|www\.|\.(?:pdf|docx?|txt|rtf|odt)\b|[£$€]|\d{3,}", re.I
)
_ELSEWHERE = re.compile(
    r"\S@[\w-]+\.\w|https?:|www\.|\.(?:pdf|docx?|txt|rtf|odt)\b", re.I
)
#: Fields of a posting's header that are not its title.
_OTHER_FIELD = re.compile(
    r"(?i)^\W*(?:salary|pay|closing\s+date|date|location|base|hours|band|grade"
    r"|ref(?:erence)?(?:\s+(?:no\.?|number))?|contract|working\s+pattern"
    r"|interview\s+date|site|department|start\s+date)\s*[:\-–—]"
)
_PAY = re.compile(
    r"[£$€]\s?[\d,.]+k?|\b(?:per|a|an)\s+(?:annum|year|hour|day|week|month)\b"
    r"|\b(?:p\.?a\.?|pro\s+rata|salary|up\s+to|to|plus|from|and|depending|on"
    r"|experience|dependent|doe|negotiable|inc|including)\b"
)
#: A line of a contact block: a person's name, e-mail, telephone, or the cue that
#: opens the block ("For further details / informal visits contact:").
_CONTACT_LINE = re.compile(
    r"(?i)^\W*(?:(?:contact\s+)?name|e-?mail(?:\s+address)?|tel(?:ephone)?(?:\s+(?:number|no\.?))?"
    r"|phone(?:\s+number)?|mobile|contact(?:\s+(?:details|person|number))?)\s*[:\-–—]"
    r"|\bcontact\b[^.]*:\s*$|\binformal\s+(?:visits?|enquir\w+|discussions?)\b"
)
#: How many lines either side of a field are looked at for a contact block.
CONTACT_REACH = 1


def looks_like_title(text: str) -> bool:
    """A line that could be a job title: a few words, mostly letters, no file name, no
    e-mail, no money, no date."""
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if _NOT_A_TITLE.search(text):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 3 and letters >= 0.7 * sum(not c.isspace() for c in text)


def could_open_as_title(text: str) -> bool:
    """A posting's opening line that may be its title ("Band 5 Staff Nurse - £24,907",
    "111 Clinical Advisor"): never an e-mail, a web address, a file name, a date, a
    field of another kind ("Salary: ...", "Closing date: ...") or a salary line (no
    two words left without the amounts and pay words)."""
    if _ELSEWHERE.search(text) or _OTHER_FIELD.match(text):
        return False
    if sum(c.isalpha() for c in text) < 2:
        return False  # "12/03/2020", "------"
    if re.search(r"[£$€]", text):
        words = re.findall(r"[a-z]{2,}", _PAY.sub(" ", text.lower()))
        return len(words) >= 2
    return True


def is_contact_line(text: str) -> bool:
    """A contact block's line: "Name: ...", "Email address: ...", "Telephone: ...",
    or the cue before them ("For further details / informal visits contact:")."""
    return bool(_CONTACT_LINE.search(text.strip()))


def in_contact_block(texts: Sequence[str], k: int) -> bool:
    """Whether line ``k`` of ``texts`` (non-empty lines) sits in a contact block: a
    contact line within CONTACT_REACH lines before or after it."""
    lo, hi = max(0, k - CONTACT_REACH), min(len(texts), k + CONTACT_REACH + 1)
    return any(is_contact_line(texts[i]) for i in range(lo, hi) if i != k)
