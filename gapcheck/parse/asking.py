"""What a posting's sections ask of the candidate: the one place that decides it.

The parser names each posting section (:class:`PostingSection`), and from the name
alone follows what its lines are worth: the importance a line has when its words do
not say (:data:`SECTION_IMPORTANCE`), whether its words are asked of the candidate at
all (:data:`ASKING`, :data:`NOT_ASKING`). The extract and score stages read these
sets; they never keep their own.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Importance = Literal["required", "preferred", "mentioned"]


class PostingSection(StrEnum):
    """Canonical names of a posting's sections (``Section.name``)."""

    TITLE = "title"
    ABOUT = "about"  # the employer, the team, an overview of the role
    RESPONSIBILITIES = "responsibilities"  # duties: what the job is
    REQUIREMENTS = "requirements"  # essential criteria, minimum qualifications
    PREFERRED = "preferred"  # desirable criteria, preferred qualifications
    BENEFITS = "benefits"  # pay, leave, pension, perks
    CONTACT = "contact"  # who to call, how and when to apply
    OTHER = "other"  # equal opportunity, COVID and visa notes, job facts


#: A requirement line's importance when its own words say neither "must" nor
#: "preferred" (see :func:`gapcheck.parse.posting.importance`).
SECTION_IMPORTANCE: dict[str, Importance] = {
    PostingSection.TITLE: "required",
    PostingSection.REQUIREMENTS: "required",
    PostingSection.PREFERRED: "preferred",
}
#: Sections whose lines are the posting's requirement lines.
REQUIREMENT_SECTIONS = frozenset(
    {PostingSection.RESPONSIBILITIES, PostingSection.REQUIREMENTS,
     PostingSection.PREFERRED}
)  # fmt: skip
#: Posting sections whose words ask something of the candidate.
ASKING = REQUIREMENT_SECTIONS
#: Posting sections whose words are never asked of the candidate: a skill named
#: there (a benefit's "mindfulness training", a contact's job title) is no term.
NOT_ASKING = frozenset(
    {PostingSection.BENEFITS, PostingSection.CONTACT, PostingSection.OTHER}
)
