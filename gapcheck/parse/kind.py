"""Is a document a resume or a job posting? A few rule-based cues, weighed."""

from __future__ import annotations

import re
from typing import Literal

from gapcheck.parse.contact import EMAIL_RE, find_phone
from gapcheck.parse.dates import find_span
from gapcheck.parse.posting_headings import lead_in
from gapcheck.parse.sections import canonical, split_lines
from gapcheck.records import Document

_POSTING_PHRASES = re.compile(
    r"\b(?:you\s+will|you'll|we(?:\s+are|'re)\s+(?:now\s+|currently\s+)?looking\s+(?:for|to)|"
    r"we\s+are\s+seeking|the\s+ideal\s+candidate|job\s+description|job\s+type|"
    r"equal\s+opportunity|apply\s+now|how\s+to\s+apply|join\s+our\s+team|"
    r"the\s+successful\s+candidate|years\s+of\s+experience\s+(?:required|preferred)|"
    r"what\s+we\s+offer|benefits\s+include|salary|per\s+(?:year|annum|hour)|"
    r"reports?\s+to|responsibilities\s+include|looking\s+to\s+(?:recruit|appoint)|"
    r"(?:is|are)\s+(?:currently\s+)?looking\s+(?:for|to)|post\s*holder|successful\s+(?:candidate|applicant)s?|"
    r"applicants?\s+(?:must|should|will)|informal\s+(?:visits?|enquir\w+|discussion)|"
    r"person\s+specification|closing\s+date|(?:this|the)\s+(?:post|vacancy|role)\s+"
    r"(?:is|will|involves|requires)|vacancy\s+has\s+arisen|opportunity\s+has\s+arisen|"
    r"we\s+are\s+recruiting|you\s+must\s+have|job\s+title|will\s+be\s+responsible\s+for|"
    r"(?:do|would|are)\s+you\s+(?:want|like|looking|interested|a)|band\s+[1-9]|"
    r"(?:full|part)[-\s]time\s+(?:post|role|position|vacanc\w+)|"
    # round 10: career pages and job boards
    r"(?:duties|responsibilities)\s+(?:will\s+)?include|this\s+(?:position|role)\s+"
    r"(?:is|will|regularly|requires|reports)|(?:is|are)\s+(?:seeking|hiring)|"
    r"(?:is|are)\s+(?:highly\s+)?(?:preferred|a\s+plus)|experience\s+(?:is\s+)?"
    r"(?:required|preferred)|(?:to|please)\s+apply|apply\s+(?:now|today|on|at)|"
    r"equal\s+opportunity\s+employer|we\s+offer|the\s+right\s+(?:candidate|person))\b",
    re.IGNORECASE,
)
_RESUME_PHRASES = re.compile(
    r"\b(?:references\s+available|linkedin\.com/in/|github\.com/)",
    re.IGNORECASE,
)
#: The document's own label: "Resume", "CURRICULUM VITAE", "Jane Doe - Résumé". A
#: resume talked about, plural or after a determiner or possessive ("template
#: resumes", "consultants' resumes", "send your CV / resume"), is a posting's or a
#: recruiter's subject and no cue (round 11).
_RESUME_LABEL = re.compile(
    r"(?<![\w'’])(?:curriculum\s+vitae|r[ée]sum[ée])(?![\w'’])", re.IGNORECASE
)
_TALKED_ABOUT = re.compile(
    r"(?:\b(?:your|their|our|his|her|the|any|an|a|updated|send|submit|attach|"
    r"upload|email|e-mail|forward)|['’]s?|s['’])\s+$",
    re.IGNORECASE,
)
_POSTING_ONLY = {"responsibilities", "requirements", "preferred", "benefits"}
_RESUME_ONLY = {
    "experience",
    "education",
    "projects",
    "certifications",
    "awards",
    "volunteering",
    "languages",
    "interests",
    "references",
}


def kind_scores(doc: Document) -> tuple[int, int]:
    """(resume score, posting score)."""
    resume = posting = 0
    if doc.posting_data is not None:
        posting += 6
    lines = [ln for ln in split_lines(doc.text) if ln.text]
    # a resume opens with its contact block; a posting ends with its contact person
    top = max(4, min(12, (len(lines) * 2) // 5))
    # a posting's contact block ("For further details / informal visits contact:")
    # may stand near the top of a short advert: its e-mail is no resume's
    cut = next(
        (i for i, ln in enumerate(lines[:top]) if lead_in(ln.text) == "contact"), top
    )
    head = "\n".join(ln.text for ln in lines[:cut])
    if EMAIL_RE.search(head):
        resume += 2
    if find_phone(head):
        resume += 1
    labels = [
        m
        for m in _RESUME_LABEL.finditer(doc.text)
        if not _TALKED_ABOUT.search(doc.text, max(0, m.start() - 12), m.start())
    ]
    resume += min(3, len(_RESUME_PHRASES.findall(doc.text)) + len(labels))
    posting += min(5, len(_POSTING_PHRASES.findall(doc.text)))
    resume_heads: set[str] = set()
    posting_heads: set[str] = set()
    dated = 0
    for line in lines:
        text = line.text
        if len(text) <= 60:
            r, p = canonical(text, "resume"), canonical(text, "posting")
            if (p in _POSTING_ONLY and r is None) or re.match(
                r"(?i)(?:what\s+you|your\s+role|about\s+(?:the\s+role|us))", text
            ):
                posting_heads.add(p or text)
            elif r in _RESUME_ONLY:
                resume_heads.add(r)
        if len(text) <= 120 and find_span(text, single=False):
            dated += 1
    resume += min(4, len(resume_heads)) + min(4, dated)
    posting += 2 * min(4, len(posting_heads))
    if re.search(r"(?i)\b(?:I|my)\b", doc.text) and not re.search(
        r"(?i)\b(?:we|our)\b", doc.text
    ):
        resume += 1
    return resume, posting


def detect_kind(doc: Document) -> Literal["resume", "posting"]:
    """Headings, wording ("you will", "we are looking for"), a contact block, dated
    roles... Ties go to "resume"."""
    resume, posting = kind_scores(doc)
    return "posting" if posting > resume else "resume"
