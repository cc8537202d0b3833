"""Lines of a posting that never ask anything of the candidate, wherever they stand.

A requirement section often runs on past its list: the job board pastes the
employer's offer, its notes and its instructions under the last heading ("In return
... we can offer you", "Stakeholder pension scheme", "Cambian is an equal
opportunities employer", "Click the link to apply", "Interviews are planned for
Monday"). These patterns name such lines in general terms; the parser
(:mod:`gapcheck.parse.posting`) keeps none of them as a requirement.
"""

from __future__ import annotations

from gapcheck.parse.asking import (
    ABOUT_QUESTION,
    EMPLOYER_SUBJECT,
    ENTITY_IS,
    FIELD_LINE,
    NOTE_LINE,
    TURNS_TO_CANDIDATE,
)


def never_asked(text: str) -> bool:
    """Whether a line is a job fact, a note or instruction of the employer, or a
    question heading of the employer's own paragraph."""
    text = text.strip(" \t-–—•·*")
    return bool(
        FIELD_LINE.match(text) or NOTE_LINE.search(text) or ABOUT_QUESTION.match(text)
    )


def describes_employer(text: str) -> bool:
    """Whether a sentence tells about the employer, its unit or its place and asks
    nothing of the candidate: "We provide maternity care for around 5,000 mothers",
    "The laboratory is accredited in accordance with ISO 15189" (a term named there
    is what the employer does, not what the candidate must have); not "We are
    looking for a nurse with ...", "Our ideal candidate ...", "The team requires
    ..."."""
    text = text.strip(" \t-–—•·*")
    return bool(EMPLOYER_SUBJECT.match(text)) and not TURNS_TO_CANDIDATE.search(text)


def describes_entity(text: str) -> bool:
    """Whether a sentence tells what a named place, service or company is, and asks
    nothing of the candidate (a term there is theirs, not asked)."""
    text = text.strip(" \t-–—•·*")
    return bool(ENTITY_IS.match(text)) and not TURNS_TO_CANDIDATE.search(text)
