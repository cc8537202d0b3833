"""Which section one line names: the heading tests of a single line.

A heading is a short line (1-5 words, no sentence punctuation) that names a section,
in any case, possibly decorated ("— EXPERIENCE —", "Skills:") or letter-spaced
("E X P E R I E N C E"). :func:`canonical` maps a known heading, its common variants
and a posting's lead-ins to the canonical names of
:data:`gapcheck.records.RESUME_SECTIONS` / :data:`POSTING_SECTIONS`. Split out of
:mod:`gapcheck.parse.sections` (round 14), which cuts a document at the lines these
tests find and imports them from here (never the other way).
"""

from __future__ import annotations

import difflib
import functools
import re
from typing import Literal

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.headings import (
    HEADING_TABLES,
    HEADINGS_BY_WORDS,
    KEYWORD_RULES,
    NAME_WORDS,
    TITLE_WORDS,
)
from gapcheck.parse.posting_headings import (
    conditional_heading,
    culture_heading,
    lead_in,
    noun_heading,
    question_heading,
    without_tail,
)

Kind = Literal["resume", "posting"]


DECORATION = " \t-–—_=*#~|:•·.>»«<[](){}/\\"


_SENTENCE_PUNCT = re.compile(r"[.!?;]\s|[.!?;]$|,\s.*,|\s\(.*\)|@|https?://|www\.")


def _unspace(text: str) -> str:
    """'E X P E R I E N C E' -> 'EXPERIENCE', 'W O R K  L I F E' -> 'WORK LIFE'."""
    words = re.split(r"\s{2,}|\s*[|/]\s*", text.strip())
    if (
        all(
            re.fullmatch(r"(?:\S ?)+", w) and all(len(t) == 1 for t in w.split())
            for w in words
        )
        and sum(len(w.split()) for w in words) >= 3
    ):
        return " ".join(w.replace(" ", "") for w in words)
    return text


def heading_key(text: str) -> str:
    """Lowercase key of a heading: decorations, '&' and punctuation folded."""
    text = _unspace(text.strip(DECORATION)).strip(DECORATION)
    text = text.replace("&", " and ").replace("+", " and ").replace("’", "'")
    text = re.sub(r"[^\w' -]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" -'")


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation, digits, e-mail or URL."""
    core = text.strip(DECORATION)
    if not core or len(core) > 60 or re.search(r"\w[.!?]$", text.rstrip()):
        return False  # "A BSN is preferred." is a sentence
    if is_bullet(text) and not re.search(r"[-–—=*#~]\s*$", text):
        return False
    if re.search(r"\d", core) or _SENTENCE_PUNCT.search(core):
        return False
    words = heading_key(core).split()
    return 1 <= len(words) <= 5


#: The importance columns of a person specification ("Essential", "Desirable").
_COLUMNS = frozenset({"essential", "desirable"})


#: Words of a person specification table's header row: "Criteria Essential
#: Desirable", "Attributes Essential Desirable How assessed".
_HEADER_ROW = _COLUMNS | frozenset(
    """criteria criterion requirements requirement attributes attribute area areas
    factors factor category categories specification person how assessed method of
    assessment evidence qualifications experience knowledge skills and""".split()  # noqa: SIM905
)


#: A line opening on a degree's name and a comma ("Bachelor, Computer Science
#: Honours", "Master, Economics and Finance").
_DEGREE_OPENS = re.compile(
    r"(?:Bachelor|Master|Associate|Doctorate|Diploma|B\.?Sc|M\.?Sc|BA|BS|MA|MS|PhD)"
    r"(?:'?s)?(?:\s+(?:of|in)\s+[^,]+|\s+degree)?,\s"
)


@functools.lru_cache(maxsize=8192)
def canonical(text: str, kind: Kind) -> str | None:
    """Canonical section name of a heading line, or None when it is not one."""
    if kind == "posting":
        early = _posting_line(text)
        if early is not None:
            return early or None
    if kind == "posting" and not looks_like_heading(text):
        return lead_in(text)
    if not looks_like_heading(text):
        return _listed(text) if kind == "resume" else None
    key = heading_key(text)
    table = HEADING_TABLES[kind]
    if key in table:
        return table[key]
    if kind == "posting" and (found := _posting_key(text, key, table)):
        return found
    if kind == "posting" and key.split()[-1] in _COLUMNS and " " in key:
        # a person specification's table, flattened: "Criteria Essential Desirable"
        # is its header row; "IV therapy Desirable" is one of its rows
        return "requirements" if set(key.split()) <= _HEADER_ROW else None
    if kind == "posting" and key.startswith("about ") and len(key.split()) <= 5:
        return "about"  # "About Acme Analytics"
    if kind == "resume" and key.split()[-1] == "certificate":
        # "Data Analytics Professional Certificate": one credential, and a lone
        # "Certificate" its name's wrapped end (a heading says "Certificates")
        return None
    if (  # a typo: "Experiance", "Qulification"; not a role ("Open Source Contributor")
        len(key) >= 5 and key.count(" ") <= 2 and not TITLE_WORDS & set(key.split())
    ):
        same = HEADINGS_BY_WORDS[kind].get(key.count(" "), [])
        close = difflib.get_close_matches(key, same, n=1, cutoff=0.88)
        if close:
            return table[close[0]]
    first = key.split(" and ")[0]
    if first != key and first in table and is_shouted(text):
        return table[first]  # "SKILLS AND TECHNOLOGIES", not "Research and Development"
    # Heading nouns come last ("Work Experience", "Professional Certifications");
    # a title line like "Project Manager" must not open a projects section.
    head = key.split(" and ")[0].split()
    words = set(key.split())
    if len(words) <= 4 and head and not (TITLE_WORDS | NAME_WORDS) & words:
        if kind == "resume" and not _capitalised(text):
            return None  # "Superb management skills": a list item, not a heading
        if kind == "posting" and head[0] in _QUALITY:
            return None  # "Excellent communication skills": an ask, not a heading
        if kind == "resume" and head[-1].endswith("ed"):
            return None  # "Microsoft Certified": a credential's name, no heading noun
        if kind == "resume" and _DEGREE_OPENS.match(text.strip()):
            # "Bachelor, Computer Science Honours": a degree and its field, not an
            # awards heading
            return None
        if kind == "resume" and _named_before_comma(text):
            return None  # "Bachelor, Computer Science Honours": a degree, not awards
        for needle, name in KEYWORD_RULES[kind]:
            if needle in (head[-1] if " " not in needle else key):
                return name
    if kind == "posting" and (culture := culture_heading(key)):
        return culture  # "get to know our values", "what you will find in our team"
    if kind == "posting" and text.rstrip().endswith(":"):
        return lead_in(text)  # a short lead-in over a list: "In return we offer:"
    return None


def _posting_line(text: str) -> str | None:
    """A posting line's section from its form alone: a question ("Why join us?"), a
    heading before a parenthesised tail, "About Working on Our Product Team", a
    heading that trails off ("You are…", "We get excited about engineers who
    have..."). "" when the form says it is no heading, None when it says nothing."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return question_heading(stripped) or ""
    bare = without_tail(stripped)
    if bare is not None and bare != stripped:
        return canonical(bare, "posting") or ""
    if re.search(r"(?:\.\.\.|…)$", stripped) and not is_bullet(stripped):
        return canonical(re.sub(r"\s*(?:\.\.\.|…)$", ":", stripped), "posting") or ""
    words = stripped.split()
    if (
        words[0].lower() == "about"
        and 3 <= len(words) <= 8
        and not re.search(r"[.!?;:]|\d|@", stripped)
        and _capitalised(stripped)
    ):
        return "about"  # "About Warehouse, Inventory, and Operations Engineering Team"
    key = heading_key(stripped)
    if not re.search(r"[.!?;]", stripped) and len(words) <= 8:
        # "LET'S TALK IF", "You'll love it here if"; "what you will find in our team"
        offer = culture_heading(key) == "benefits"
        return conditional_heading(key) or ("benefits" if offer else None)
    return None


def _posting_key(text: str, key: str, table: dict[str, str]) -> str | None:
    """A heading of a posting named by a section noun whatever stands around it
    ("Instructor Responsibilities", "Requirements for Applicants"), or two headings
    of the tables joined ("Additional Qualifications and Skills")."""
    first, _, rest = key.partition(" and ")
    if rest and first in table and rest in table:
        return table[first]
    if _capitalised(text):
        return noun_heading(key)
    return None


#: Words that grade a skill: a line they open asks for it ("Excellent communication
#: skills", "Strong IT skills"); no heading opens with one.
_QUALITY = frozenset(
    """excellent good strong effective proven demonstrable demonstrated sound superb
    outstanding great exceptional""".split()  # noqa: SIM905
)


def _listed(text: str) -> str | None:
    """ "Education, Certifications, Endorsements": a resume heading that lists its
    sections (one or two capitalised words each) is the first one's."""
    items = [i.strip() for i in re.split(r",|&|\band\b", text.strip(DECORATION))]
    if not 3 <= len(items) <= 4 or len(text) > 60 or re.search(r"\d|[.:;!?]$", text):
        return None
    if not all(1 <= len(i.split()) <= 2 and i[:1].isupper() for i in items):
        return None
    return HEADING_TABLES["resume"].get(heading_key(items[0]))


def is_shouted(text: str) -> bool:
    """ALL CAPS (or letter-spaced) with at least three letters."""
    core = _unspace(text.strip(DECORATION))
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def inline_heading(text: str, kind: Kind) -> tuple[str, str, int] | None:
    """'Skills: Python, Go' -> ('skills', 'Skills', offset of 'Python')."""
    match = re.match(r"^([A-Za-z][A-Za-z &/'’-]{1,40}?)\s*[:–—]\s+(\S.*)$", text)
    if not match or is_bullet(text):
        return None
    head = match.group(1)
    key = heading_key(head)
    name = HEADING_TABLES[kind].get(key)
    if name is None:
        return None
    return name, head, match.start(2)


def within_preferred(text: str) -> str | None:
    """A lead-in that asks in general words ("To be successful in this role, the
    ideal candidate should have:") inside a preferred section goes on with it; one
    that says "essential", "required", "must" opens the requirements."""
    lead = text.rstrip().endswith(":") and not looks_like_heading(text)
    if not lead or _EXPLICIT.search(text):
        return "requirements"  # "Who are you?", "Essential criteria:"
    return None


_EXPLICIT = re.compile(r"\b(?:essential|required|requirements|must|minimum)\b", re.I)


def _capitalised(text: str) -> bool:
    """Every word of four letters or more starts with a capital (Title Case or
    capitals): "Professional Certifications", not "Superb management skills"."""
    return all(w[:1].isupper() for w in _unspace(text).split() if len(w) >= 4)


def is_field(key: str) -> bool:
    """A heading key that labels one fact ("Salary", "Competitive salary", "Hours")."""
    return key in FIELD_HEADS or (
        re.search(r"\b(?:salary|hours|pay|location)$", key) is not None
        and "benefit" not in key
    )


#: Inline posting headings that label one fact of their own line ("Salary: £31,000",
#: "Location: Leeds"): the section they open ends with the line.
FIELD_HEADS = frozenset(
    {"salary", "salary range", "hours", "location", "closing date",
     "interview date", "reference", "job reference", "contract", "contract type",
     "job type", "working hours", "remuneration", "pay rates", "pay rate", "grade",
     "band", "pay band"}
)  # fmt: skip


def _named_before_comma(text: str) -> bool:
    """Whether a short line's words before its first comma are no heading's (a
    degree, then its field: "Bachelor, Computer Science Honours"), so its last
    word's heading keyword ("Honours") names no section (round 13)."""
    if "," not in text:
        return False
    first = heading_key(text.split(",", 1)[0])
    table = HEADING_TABLES["resume"]
    return (
        bool(first)
        and first not in table
        and not any(needle in first for needle, _ in KEYWORD_RULES["resume"])
    )
