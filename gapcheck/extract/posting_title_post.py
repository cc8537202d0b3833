"""Whether a posting's term only restates the post's own title (round 14).

Independent judges of round 13 judged the post's own job title, named as the work,
no requirement ("HR Generalist", "Sales Executive", "Start Well Co-ordinator"): a
resume does not show "HR Generalist" as a skill; it shows HR work, read from the
posting's lines. The rule decided here (issue 15):

* a term of the title that ends on the title's post, a person's noun closing one of
  the title's segments ("Band 2 Receptionist/Admin Assistant", "Senior Workforce
  Business Partner", "HR Generalist - Remote"), or those words again in the text,
  restates the post and is **not** a requirement where another kept term names
  the work its person's noun names ("reception skills"); where none does, the
  title is the posting's only word for its work and stays (hand-written gold
  counts "phlebotomist|phlebotomy" of a "Phlebotomist" posting as essential:
  dropping it lost recall);
* unless it names a registered profession (:data:`~.posting_keyphrases.PROFESSIONS`:
  "Staff Nurse", "Specialist Paediatric Dietitian", "Social Worker"): the post then
  requires that profession's registration and qualification, and the term stands
  for them;
* a field or a specialism written in the title ("Histology" of "Biomedical
  Scientist in Histology", "Payroll" of "Senior Payroll Officer") is work, not the
  post, and stays.

Terms read from the title's post without being its words (the register a
profession works under, the trade a "Plumber" asks) are not restatements. A
person's noun is read by its form (an agent noun: -er, -or, -ist, -yst, -ian,
-ant, -ent, -ive, -ee), not from a list of titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.extract.posting_keyphrases import PROFESSIONS
from gapcheck.parse.asking import PostingSection
from gapcheck.records import Mention, Posting

#: An agent noun: the person who does the work ("Generalist", "Co-ordinator").
_AGENT = re.compile(r"(?:er|or|ist|yst|ian|ant|ent|ive|ee)s?$", re.IGNORECASE)
#: What separates a title's segments: its post, its specialism, its place, its band.
_SEGMENT_END = re.compile(r"\s*(?:$|[-–—/|,:;()\[\]+]|\s-\s)")
_REGISTERED = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in PROFESSIONS) + r")s?\b", re.IGNORECASE
)


def _stems(text: str) -> set[str]:
    """Word stems of ``text``: lower-cased, an agent suffix cut, five letters at
    most ("Receptionist" -> "recep", "reception" -> "recep", "HR" -> "hr")."""
    out = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        if len(word) < 2 or word in _FUNCTION:
            continue
        bare = _AGENT.sub("", word) if len(word) > 6 else word
        out.add(bare[:5])
    return out


#: Words that tie a title's parts, never the work.
_FUNCTION = frozenset({"and", "of", "the", "for", "in", "with", "to"})


def redundant_post(m: Mention, posting: Posting, others: Sequence[Mention]) -> bool:
    """A restatement of the post (:func:`restates_post`) whose person's noun names
    work another kept term names ("Receptionist" beside "reception skills",
    "Carpenter" beside "carpentry"): the term adds nothing a resume can show. A
    restatement that is the posting's only word for its work stays (a
    "Phlebotomist" posting that never writes phlebotomy asks it by its title)."""
    if not restates_post(m, posting):
        return False
    post = _stems(m.text.split()[-1])  # the person's noun: "recep" of "Receptionist"
    return any(
        o is not m and not restates_post(o, posting) and post & _stems(o.text)
        for o in others
    )


def restates_post(m: Mention, posting: Posting) -> bool:
    """Whether ``m`` names the post itself, no registered profession: in the title,
    or elsewhere in the very words that close one of the title's segments ("as a
    Neonatal Practice Educator" under "Band 7 Neonatal Practice Educator")."""
    text = posting.document.text
    words = text[m.start : m.end].split()
    if not words or " ".join(words).lower() != m.text.lower():
        return False  # read from the title ("HCPC registration"), not its words
    if not _AGENT.search(words[-1]) or _REGISTERED.search(m.text):
        return False
    for s in posting.sections:
        if s.name != PostingSection.TITLE:
            continue
        if s.start <= m.start < m.end <= s.end:
            return _SEGMENT_END.match(text[m.end : s.end]) is not None
        title = text[s.start : s.end]
        for found in re.finditer(re.escape(" ".join(words)), title, re.IGNORECASE):
            before = title[found.start() - 1 : found.start()]
            if before.isalnum():
                continue  # inside a longer word
            if _SEGMENT_END.match(title[found.end() :]) is not None:
                return True
    return False
