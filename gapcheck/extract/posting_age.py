"""The minimum age a posting asks (round 13).

"Must be 18 years of age or older", "17+ only", "Applicants must be aged 18 or
over", "over the age of 21": an eligibility a recruiter screens on first, and one no
skill of the taxonomy names. On a requirement line that is no duty, the words that
give the age are a term, "Aged 18+": one name for every wording, and no "years" a
score would read as experience asked; the posting's own words at the place stay its
wording (:func:`gapcheck.score.requirements.posting_profile`). An age said of
anyone else ("children aged 5 to 11", "clients over 65") is no ask: the age must be
16 to 25 and read as a minimum (years of age, "or older", "or over", "+", "over the
age of", "minimum age").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.extract.posting_keyphrases import SOURCE
from gapcheck.records import Mention, Posting

_AGE = r"(?:1[6-9]|2[0-5])"
AGE_ASKED = re.compile(
    rf"\b(?:{_AGE}\s*(?:years?|yrs?)\s+(?:of\s+age|old)(?:\s+or\s+(?:older|over|above))?|"
    rf"{_AGE}\s*\+(?!\s*(?:years?|yrs?|hours?|hrs?|months?)\b)|"
    rf"aged\s+{_AGE}\s+or\s+(?:over|older|above)|"
    rf"(?:over|above)\s+the\s+age\s+of\s+{_AGE}|minimum\s+age\s+(?:of\s+)?{_AGE}|"
    rf"{_AGE}\s+or\s+(?:older|over)\b)",
    re.IGNORECASE,
)


def age_mentions(posting: Posting, covered: Sequence[Mention]) -> list[Mention]:
    """The minimum age asked on each requirement line that is no duty."""
    text = posting.document.text
    out: list[Mention] = []
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue
        for m in AGE_ASKED.finditer(text, r.start, r.end):
            s, e = m.span()
            if any(c.start < e and s < c.end for c in (*covered, *out)):
                continue
            age = re.search(r"\d+", m.group()).group()  # type: ignore[union-attr]
            out.append(
                Mention(s, e, f"Aged {age}+", "SKILL", source=SOURCE, section=r.section)
            )
    return out
