"""Lines, headings and sections of a normalized document.

A heading is a short line (1-5 words, no sentence punctuation) that names a section,
in any case, possibly decorated ("— EXPERIENCE —", "Skills:") or letter-spaced
("E X P E R I E N C E"). Known headings and their common variants map to the canonical
names of :data:`gapcheck.records.RESUME_SECTIONS` / :data:`POSTING_SECTIONS`.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.headings import (
    HEADING_TABLES,
    HEADINGS_BY_WORDS,
    KEYWORD_RULES,
    NAME_WORDS,
    ORG_WORDS,
    TITLE_WORDS,
    word_set,
)
from gapcheck.parse.posting_headings import (
    conditional_heading,
    culture_heading,
    lead_in,
    list_sub_heading,
    noun_heading,
    question_heading,
    statement_opener,
    without_tail,
)
from gapcheck.records import Section

Kind = Literal["resume", "posting"]


def section_at(sections: Iterable[Section], offset: int) -> str | None:
    """Name of the section holding character ``offset`` (None outside every one)."""
    for section in sections:
        if section.start <= offset < section.end:
            return section.name
    return None


_DECORATION = " \t-–—_=*#~|:•·.>»«<[](){}/\\"
_SENTENCE_PUNCT = re.compile(r"[.!?;]\s|[.!?;]$|,\s.*,|\s\(.*\)|@|https?://|www\.")


@dataclass(frozen=True)
class Line:
    """One line of ``Document.text``; ``text`` is stripped, offsets point at it."""

    index: int
    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    lines = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = offset + lead if stripped else offset
        lines.append(Line(index, stripped, start, start + len(stripped)))
        offset += len(raw) + 1
    return lines


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
    text = _unspace(text.strip(_DECORATION)).strip(_DECORATION)
    text = text.replace("&", " and ").replace("+", " and ").replace("’", "'")
    text = re.sub(r"[^\w' -]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" -'")


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation, digits, e-mail or URL."""
    core = text.strip(_DECORATION)
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
    items = [i.strip() for i in re.split(r",|&|\band\b", text.strip(_DECORATION))]
    if not 3 <= len(items) <= 4 or len(text) > 60 or re.search(r"\d|[.:;!?]$", text):
        return None
    if not all(1 <= len(i.split()) <= 2 and i[:1].isupper() for i in items):
        return None
    return HEADING_TABLES["resume"].get(heading_key(items[0]))


def is_shouted(text: str) -> bool:
    """ALL CAPS (or letter-spaced) with at least three letters."""
    core = _unspace(text.strip(_DECORATION))
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


@dataclass(frozen=True)
class HeadingHit:
    line: Line
    name: str
    heading: str
    body_start: int  # offset where the section's text starts


def find_headings(
    lines: list[Line], kind: Kind, *, skip: Iterable[int] = ()
) -> list[HeadingHit]:
    hits: list[HeadingHit] = []
    current: str | None = None
    resume: str | None = None  # the section a posting's field line interrupted
    wait = 0  # content lines still to go before ``resume`` is restored
    listing = 0  # 1: a lead-in line opened a list; 2: its list has begun
    listed = 0  # lines of a benefits or notes list seen since its heading
    skipped = set(skip)
    for pos, line in enumerate(lines):
        if line.blank or line.index in skipped:
            continue
        if listing and kind == "posting":
            if is_bullet(line.text):
                listing = 2
            elif (
                listing == 2
                and canonical(line.text, kind) is None
                and not (current in _LISTS_END and list_sub_heading(lines, pos))
            ):
                # the prose after a lead-in's list ("...benefits including:") is the
                # posting's body again; a benefits list's sub-heading is not
                hits.append(HeadingHit(line, "about", "", line.start))
                current, listing = "about", 0
        if kind == "posting" and current in _LISTS_END:
            if listed >= 2 and canonical(line.text, kind) is None and _prose(line.text):
                # "BENEFITS:" over short lines, then "You will be registered with
                # the NMC...": the list has ended, the body of the posting goes on
                hits.append(HeadingHit(line, "about", "", line.start))
                current, listed = "about", 0
            elif not _prose(line.text):
                listed += 1
        name = canonical(line.text, kind)
        if kind == "resume" and current in _LABELLED_IN and line.text[:1].islower():
            name = None  # "projects:" inside a role is a label, not a heading
        if name is not None and kind == "resume" and _name_goes_on(lines, pos):
            name = None
        if kind == "posting" and name == "requirements" and current == "preferred":
            name = within_preferred(line.text)
        if kind == "posting" and name is None and current not in (None, "title"):
            opens = statement_opener(line.text)
            if opens is not None and opens != current:
                # an equal-opportunity statement or an invitation to apply: its own
                # section, and the line after it goes back to the one it interrupted
                hits.append(HeadingHit(line, opens, "", line.start))
                resume, current = current, opens
                continue
        if name is not None and _standalone(lines, pos):
            lead = kind == "posting" and not looks_like_heading(line.text)
            listing = 1 if lead else 0
            hits.append(HeadingHit(line, name, line.text, _next_start(lines, pos)))
            listed = 0
            if kind == "posting" and is_field(heading_key(line.text)):
                # "LOCATION:" above one line of place: that line, then the body
                # of the posting again (a form of such fields ends no section)
                resume, wait = "about", 1
            else:
                resume = None
            current = name
            continue
        if wait:
            wait -= 1
            continue
        found = inline_heading(line.text, kind)
        field = (
            found is not None and kind == "posting" and is_field(heading_key(found[1]))
        )
        if resume is not None and not field:  # the line after a posting's field line
            hits.append(HeadingHit(line, resume, "", line.start))
            current, resume = resume, None
        if (
            found
            and (found[0] != current or field)
            and not (kind == "resume" and _row_of(current, found, line.text))
        ):
            name, head, at = found
            hits.append(HeadingHit(line, name, head, line.start + at))
            if field:  # "Salary: Band 7 ..." is one fact, not the heading of the rest
                resume = resume or current or "about"
            elif kind == "posting" and _amid_list(lines, pos, current, name):
                resume = current  # "Nice to have: Go, Rust" between a list's bullets
            elif kind == "posting" and name == "contact" and _prose(line.text[at:]):
                # "To apply: please email your resume to ... and indicate ..." is one
                # instruction, not the heading of the rest (round 13)
                resume = current or "about"
            current, listed = name, (listed if field else 0)
    return hits


def _amid_list(lines: list[Line], pos: int, current: str | None, name: str) -> bool:
    """An inline "Nice to have: Go, Rust" (or "Required: ...") line between two
    bullets of a requirements list is one line of it: the list goes on after it."""
    asks = {"requirements", "preferred"}
    if current not in asks or name not in asks or name == current:
        return False
    before = next((ln for ln in reversed(lines[:pos]) if not ln.blank), None)
    after = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
    return bool(before and after and is_bullet(before.text) and is_bullet(after.text))


def within_preferred(text: str) -> str | None:
    """A lead-in that asks in general words ("To be successful in this role, the
    ideal candidate should have:") inside a preferred section goes on with it; one
    that says "essential", "required", "must" opens the requirements."""
    lead = text.rstrip().endswith(":") and not looks_like_heading(text)
    if not lead or _EXPLICIT.search(text):
        return "requirements"  # "Who are you?", "Essential criteria:"
    return None


_EXPLICIT = re.compile(r"\b(?:essential|required|requirements|must|minimum)\b", re.I)


#: Posting sections that hold a list (benefits, job details) and end where the
#: posting's prose resumes after it.
_LISTS_END = frozenset({"benefits", "other"})


def _prose(text: str) -> bool:
    """A line of the posting's prose: a sentence of 12 words or more, not a bullet."""
    return (
        not is_bullet(text)
        and len(text.split()) >= 12
        and re.search(r"[.!?]$", text.rstrip()) is not None
    )


#: Resume sections whose lines are often labelled ("Achievements: ...",
#: "Technologies: Python, Django"): such a row is part of the section.
_LABELLED_IN = frozenset({"experience", "projects", "volunteering"})
SPOKEN_LANGUAGES = word_set(
    "english spanish french german italian portuguese dutch russian polish ukrainian "
    "chinese mandarin cantonese japanese korean hindi urdu bengali punjabi tamil "
    "telugu marathi gujarati arabic hebrew turkish persian farsi greek swedish "
    "norwegian danish finnish czech slovak hungarian romanian bulgarian serbian "
    "croatian vietnamese thai indonesian malay tagalog filipino swahili afrikaans "
    "catalan basque irish welsh latin sign asl bsl"
)


def _capitalised(text: str) -> bool:
    """Every word of four letters or more starts with a capital (Title Case or
    capitals): "Professional Certifications", not "Superb management skills"."""
    return all(w[:1].isupper() for w in _unspace(text).split() if len(w) >= 4)


def _row_of(current: str | None, found: tuple[str, str, int], text: str) -> bool:
    """Does a resume's inline "Label: value" row stay in the current section? Rows
    of an experience or projects section do; so does "Languages: Python, Go, C++"
    in a skills list (programming languages, not spoken ones)."""
    name, _, at = found
    if current in _LABELLED_IN:
        return True
    if current == "skills" and name == "languages":
        items = [w.strip(" .").lower() for w in re.split(r"[,;/|]", text[at:])]
        items = [w.split()[0] for w in items if w]
        spoken = sum(1 for w in items if w in SPOKEN_LANGUAGES)
        return spoken * 2 < len(items)
    if current == "skills" and name != "languages":
        # "Open Source: Rocky Linux Infra Lead, Fedora / EPEL Contributor, Release
        # Engineering": a list of three items or more is a skills row
        items = [w.strip() for w in text[at:].split(",")]
        return (
            len(items) >= 3
            and all(0 < len(w.split()) <= 5 for w in items)
            and not re.search(r"[.!?]$", text.rstrip())
        )
    return False


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


def _standalone(lines: list[Line], pos: int) -> bool:
    """A heading candidate in the middle of a wrapped sentence is not a heading."""
    prev = lines[pos - 1] if pos else None
    if prev is None or prev.blank:
        return True
    return not re.search(  # a name's small word of other languages too ("für")
        r"[,(&]$|\b(?:and|or|of|the|in|with|to|for|a|de|di|du|des|del|della|der|"
        r"da|dos|das|din|van|degli|f[üu]r)$",
        prev.text,
    )


def _name_goes_on(lines: list[Line], pos: int) -> bool:
    """A heading found by its keyword alone ("American Language") whose next line,
    with no blank between, opens with a name's word ("Institute & Study Abroad"):
    a name wrapped in a narrow column, not a heading. A heading of the tables
    ("Languages") stays one."""
    nxt = lines[pos + 1] if pos + 1 < len(lines) else None
    if nxt is None or nxt.blank or not nxt.text.split():
        return False
    if heading_key(lines[pos].text) in HEADING_TABLES["resume"]:
        return False
    first = nxt.text.split()[0]
    return first[:1].isupper() and first.lower().strip(".,") in ORG_WORDS


def _next_start(lines: list[Line], pos: int) -> int:
    for line in lines[pos + 1 :]:
        if not line.blank:
            return line.start
    return lines[pos].end


def split_sections(
    text: str,
    lines: list[Line],
    kind: Kind,
    *,
    lead_name: str = "contact",
    skip: Iterable[int] = (),
) -> list[Section]:
    """Cut the document at its headings (lines in ``skip`` are never headings). Text
    before the first heading is the ``lead_name`` section (the contact block of a
    resume) with heading ""."""
    hits = find_headings(lines, kind, skip=skip)
    sections: list[Section] = []
    first_line = hits[0].line.start if hits else len(text)
    lead = text[:first_line].strip()
    if lead:
        start = text.index(lead)
        sections.append(Section(lead_name, "", lead, start, start + len(lead)))
    for i, hit in enumerate(hits):
        stop = hits[i + 1].line.start if i + 1 < len(hits) else len(text)
        start = min(hit.body_start, stop)
        body = text[start:stop]
        stripped = body.rstrip()
        lead_ws = len(stripped) - len(stripped.lstrip())
        start += lead_ws
        sections.append(
            Section(
                hit.name,
                hit.heading,
                text[start : start + len(stripped) - lead_ws],
                start,
                start + len(stripped) - lead_ws,
            )
        )
    return sections


def section_lines(lines: list[Line], section: Section) -> list[Line]:
    """The lines of a section, the first one clipped when the section's text starts
    inside it (an inline heading such as "Skills: Python, Go")."""
    out = []
    for ln in lines:
        if ln.blank:
            if section.start < ln.start < section.end:
                out.append(ln)
            continue
        if ln.end <= section.start or ln.start >= section.end:
            continue
        if ln.start < section.start:
            ln = Line(
                ln.index, ln.text[section.start - ln.start :], section.start, ln.end
            )
        out.append(ln)
    return out


def unknown_headings(lines: Iterable[Line], kind: Kind, known: set[int]) -> list[Line]:
    """ALL CAPS heading-like lines that are not known headings (or their lines)."""
    out = []
    all_lines = list(lines)
    for pos, line in enumerate(all_lines):
        if line.blank or line.index in known or not looks_like_heading(line.text):
            continue
        if not is_shouted(line.text) and not line.text.rstrip().endswith(":"):
            continue
        if len(line.text.strip(_DECORATION)) <= 4:
            continue  # "USA", "AWS": acronyms, not headings
        nxt = next((ln for ln in all_lines[pos + 1 :] if not ln.blank), None)
        if nxt is None:
            continue
        out.append(line)
    return out


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
