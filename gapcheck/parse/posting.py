"""Document -> Posting: title, organisation, sections, requirements and what they ask.

Importance of a requirement line (also in docs/json.md):

* explicit wording wins over the section: "must", "required", "requires", "need",
  "minimum", "at least", "mandatory", "essential", "necessary", "should have" make it
  ``required``; "preferred", "a plus", "bonus", "nice to have", "ideally", "desirable",
  "advantage", "good to have", "optional", "not required" make it ``preferred`` (when
  both kinds of words are present, ``required`` wins: "degree required, master's
  preferred" still asks for a degree; a qualifier that prefers only part of the line,
  "(Salesforce preferred)", "; an accounting degree is preferred", ", preferably
  in ...", leaves it to the section);
* otherwise the section decides: requirements -> ``required``, preferred ->
  ``preferred``, responsibilities and anything else -> ``mentioned`` (a duty describes
  the job; it is not a condition to be hired).

``years_required`` is the most common number of years asked by the ``required``
lines (ties: the largest), else by any line, else the first "N years" ask anywhere
in the text (e.g. the title "Java Developer (3 Years of Experience)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gapcheck.parse.asking import (
    ABOUT_QUESTION,
    AS_NEEDED,
    ASKED_NOUNS,
    BENEFIT_ITEM,
    CANDIDATE_ASKED,
    CANDIDATE_HAS,
    CANDIDATE_SUBJECT,
    CHECKED,
    CONDITION,
    CONDITION_NOT,
    DRIVER,
    NOT_ASKING,
    NOT_REQUIRED,
    OFFERED,
    POST_DUTIES,
    PREFERRED_WORDS,
    PROSE_ASKS,
    REQUIRED_WORDS,
    REQUIREMENT_SECTIONS,
    SECTION_IMPORTANCE,
    SOUGHT,
    PostingSection,
)
from gapcheck.parse.degrees import asked_degree_levels, find_certifications
from gapcheck.parse.duty_lines import ASKS_ABILITY, DUTY_VERB
from gapcheck.parse.lines import (
    COLUMN_MARK,
    Item,
    items,
    sentences,
    too_short,
    wrap_width,
)
from gapcheck.parse.never_asked import describes_employer, never_asked
from gapcheck.parse.posting_headings import lead_in
from gapcheck.parse.posting_org import find_organization
from gapcheck.parse.prose import asked_sentences
from gapcheck.parse.sections import (
    Line,
    canonical,
    section_lines,
    split_lines,
    split_sections,
    within_preferred,
)
from gapcheck.parse.title_line import (
    could_open_as_title,
    in_contact_block,
    is_contact_line,
    looks_like_title,
)
from gapcheck.records import Document, Notice, Posting, Requirement, Section

W_NO_TITLE = "W405"
#: The certification a driving ask in other words names (:data:`DRIVER`).
DRIVING_LICENCE = "Driving licence"


_NUMBERS = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20,
}  # fmt: skip
_NUM = r"\d+(?:\.\d+)?|" + "|".join(k for k in _NUMBERS if k != "a")
_YEARS_RANGE = re.compile(
    rf"(?<![\w.])({_NUM})\s*\+?\s*(?:-|–|—|to)\s*({_NUM})\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(
    rf"(?<![\w.])({_NUM}|a)\s*\+?\s*(?:or\s+more\s+|plus\s+|full\s+)?(?:years?|yrs?)\b"
    r"(?!\s+(?:old|of\s+age|ago))",
    re.IGNORECASE,
)
_TITLE_FIELD = re.compile(
    r"^(?:job\s+title|position\s+title|position|role|title|job\s+description|job|"
    r"vacancy|opening|job\s+opening)\s*[:\-–—]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(
    r"\s*(?:\((?=[^)]*(?:year|experience|remote|hybrid|m/f|f/m|w/m|onsite|on-site))[^)]*\)"
    r"|\s[-–—|]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time)\b.*)$",
    re.IGNORECASE,
)


def worded_importance(text: str) -> str | None:
    """required / preferred when the line's own words say so, else None."""
    text = AS_NEEDED.sub(" ", text)
    if NOT_REQUIRED.search(text):
        return "preferred"
    if REQUIRED_WORDS.search(text):
        return "required"
    if PREFERRED_WORDS.search(text):
        return "preferred"
    return None


#: A qualifier that prefers a part of what a line asks: "(Salesforce preferred)",
#: "; an accounting degree is preferred", ", preferably in a technical company"; not
#: a bare "(Preferred)", which rates the whole line.
_PART_PREFERRED = re.compile(
    r"\((?!\s*(?:highly\s+|strongly\s+)?(?:preferred|desirable|desired|a\s+plus|"
    r"optional)\s*\))[^()]*\)|;\s.*$|,\s*(?:preferably|ideally)\b.*$",
    re.IGNORECASE,
)


def _own_importance(text: str) -> str | None:
    """The line's own word, unless only a qualifier of part of it prefers: "Experience
    with CRM software (Salesforce preferred)" asks for CRM software as its section
    does."""
    said = worded_importance(text)
    if said == "preferred" and not NOT_REQUIRED.search(text):
        main = _PART_PREFERRED.sub(" ", text).strip()
        if (
            main != text.strip()
            and len(main.split()) >= 2
            and not worded_importance(main)
        ):
            return None
    return said


def column_mark(text: str) -> str | None:
    """required / preferred from a person specification row's column mark, if any."""
    match = COLUMN_MARK.search(text)
    if match is None or len(text[: match.start()].split()) < 1:
        return None
    return "required" if match["mark"][0] == "E" else "preferred"


def importance(text: str, section: str) -> str:
    """required / preferred / mentioned: a row's column mark in a requirement section
    ("IV therapy D"), the wording, then the section."""
    mark = column_mark(text) if section in REQUIREMENT_SECTIONS else None
    said = mark or _own_importance(text) or SECTION_IMPORTANCE.get(section)
    if said is None and CANDIDATE_HAS.search(text) and not _offered(text):
        return "required"  # prose saying what the candidate has: "You will hold ..."
    return said or "mentioned"


def _number(word: str) -> float:
    word = word.lower()
    return float(_NUMBERS[word]) if word in _NUMBERS else float(word)


#: "29 days after 5 years' service", "celebrated 30 years of success", "a 5 year
#: contract", "children aged 3-9 years": years that are no experience asked.
_NOT_ASKED_BEFORE = re.compile(
    r"(?:\bafter|\bover|\bfor\s+(?:over|more\s+than)|\bcelebrat\w*|\bfor\s+the\s+(?:last|past)|"
    r"\baged?|\bages|\bthan|\bup\s+to|\bwithin|\bevery|\bnot\s+more\s+than|\bold|"
    r"\bfrom)\s*$",
    re.IGNORECASE,
)
_NOT_ASKED_AFTER = re.compile(
    r"^\W{0,3}(?:'|’)?\s*(?:of\s+)?(?:nhs\s+|continuous\s+|continued\s+|reckonable\s+)?"
    r"(?:service|success|history|old|contract|fixed[-\s]term|secondment|of\s+age|"
    r"anniversary|in\s+business|of\s+(?:trading|operation|excellence|innovation))\b",
    re.IGNORECASE,
)


def _asks_years(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 24) : match.start()]
    after = text[match.end() : match.end() + 30]
    return not (_NOT_ASKED_BEFORE.search(before) or _NOT_ASKED_AFTER.search(after))


def years_asked(text: str) -> float | None:
    """Years of experience asked: "3+ years" 3, "3-5 years" 3, "two or more years" 2;
    not the years of leave, service, contracts or company history."""
    for match in _YEARS_RANGE.finditer(text):
        if not _asks_years(text, match):
            continue
        low = min(_number(match.group(1)), _number(match.group(2)))
        return low if 0 < low <= 40 else None
    for match in _YEARS.finditer(text):
        if not _asks_years(text, match):
            continue
        word = match.group(1)
        if word.lower() == "a" and not re.search(r"\ba\s+year\b", match.group(0), re.I):
            continue
        value = _number(word)
        if 0 < value <= 40:
            return value
    return None


def years_required(requirements: list[Requirement], text: str) -> float | None:
    """From the requirement lines, else from ``text`` (the title and the sections
    that may ask: never benefits, contact or other notes)."""
    for pool in (
        [r.years for r in requirements if r.importance == "required"],
        [r.years for r in requirements],
    ):
        values = [v for v in pool if v is not None]
        if values:
            counts = Counter(values)
            return max(counts, key=lambda v: (counts[v], v))
    return years_asked(text)


#: What a requirement line asks, first match wins (``Requirement.kind``).
_KIND_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("certification", re.compile(
        r"\b(?:registration|registered|licen[cs]e[ds]?|certif\w*|accredit\w*|"
        r"chartered|member(?:ship)?\s+of|NMC|HCPC|GPhC|GMC|CCAB|ACCA|CIMA|QTS|DBS|"
        r"CIPD|BABCP|NVQ|City\s*(?:&|and)\s*Guilds)\b", re.IGNORECASE)),
    ("education", re.compile(
        r"\b(?:degree|bachelor|master'?s|msc|bsc|ba|phd|doctorate|diploma|"
        r"graduate|gcse|a[-\s]levels?|qualifi(?:ed|cation)\s+(?:in|to|at))\b",
        re.IGNORECASE)),
    ("experience", re.compile(
        r"\b(?:\d+\+?\s*(?:years?|yrs)|experience\s+(?:of|in|with|working))\b",
        re.IGNORECASE)),
)  # fmt: skip


def requirement_kind(text: str, section: str, marked: bool = False) -> str:
    """certification / education / experience / duty / skill: what a line asks."""
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            return kind
    if (
        marked
        and section not in REQUIREMENT_SECTIONS
        and text[:1].isupper()
        and DUTY_VERB.match(text.lower())
        and not ASKS_ABILITY.search(text)
    ):
        return "duty"  # a list item in the imperative: the post's work
    if section != PostingSection.RESPONSIBILITIES:
        # the post's duties told in prose ("Your main duties will be to ...")
        told = post_duties(text) and not CANDIDATE_ASKED.search(text)
        return "duty" if told and section not in REQUIREMENT_SECTIONS else "skill"
    # a line among the duties that says who is sought, or requires it of the
    # candidate in so many words, asks: "We are looking for an enthusiastic
    # candidate with excellent communication skills", "You must have experience of"
    required = CANDIDATE_ASKED.search(text) and worded_importance(text) == "required"
    return "skill" if required or SOUGHT.search(text) else "duty"


#: A sentence of prose shorter than this ("We need you.") asks nothing in particular.
MIN_PROSE_WORDS = 5


def describes_candidate(text: str) -> bool:
    """Whether prose asks in so many words, says who the candidate must be, or names
    what is asked (knowledge, expertise, skills...); not what the employer offers
    ("you'll access our leadership development")."""
    if _offered(text):
        return False
    return bool(
        worded_importance(text)
        or CANDIDATE_SUBJECT.search(text)
        or ASKED_NOUNS.search(text)
        or post_duties(text)
    )


def post_duties(text: str) -> bool:
    """Prose telling the candidate the post's own duties ("As a PWP you will
    support the delivery of ...", "Your main duties will be to ..."): a duty line of
    the lead text (round 11)."""
    return POST_DUTIES.search(text) is not None


def asks_candidate(text: str) -> bool:
    """Whether a sentence of prose asks something of (or describes the job for) the
    candidate, rather than describing the employer or what it offers."""
    if _offered(text):
        return False
    return PROSE_ASKS.search(text) is not None


def _offered(text: str) -> bool:
    """A sentence of what the employer offers, asking nothing in so many words."""
    return bool(
        OFFERED.search(text)
        and not worded_importance(text)
        and not CANDIDATE_ASKED.search(text)
    )


def find_title(doc: Document, lines: list[Line]) -> tuple[str | None, Line | None]:
    content = [ln for ln in lines if ln.text][:15]
    if doc.posting_data and doc.posting_data.title:
        title = doc.posting_data.title.strip()
        line = next((ln for ln in content[:5] if ln.text == title), None)
        return title, line
    texts = [ln.text for ln in content]
    for k, line in enumerate(content):
        match = _TITLE_FIELD.match(line.text)
        if not match or len(match.group("title").split()) > 14:
            continue
        title = _clean_title(match.group("title"))
        if looks_like_title(title) and not in_contact_block(texts, k):
            return title, line  # never the contact person's "Job title:"
    for line in content[:5]:
        text = line.text
        if canonical(text, "posting") or re.match(r"(?i)job\s+description$", text):
            continue
        if is_contact_line(text) or not could_open_as_title(text):
            continue  # a salary line, a date, a file name: the title may follow
        if len(text.split()) <= 12 and not re.search(r"[.!?]$", text):
            return _clean_title(text), line
        break
    return None, None


def _clean_title(text: str) -> str:
    text = text.strip()
    doubled = re.fullmatch(r"(.{3,}?)\s*\1", text)
    if doubled:  # "Director, Google CloudDirector, Google Cloud"
        text = doubled.group(1)
    text = re.sub(r"\s*\([^)]*$", "", text)  # "(5+ Years of" wrapped to the next line
    return _TITLE_TAIL.sub("", text).strip(" :-–—|")


_ALPHA = re.compile(r"[A-Za-z]{2,}")


def empty_section(section: Section) -> bool:
    """A section of fewer than two words: a heading over nothing (a one-line
    bullet "Opportunity to develop skills" read as a Skills heading)."""
    return len(_ALPHA.findall(section.text)) < 2


def _requirement_items(
    sections: list[Section], lines: list[Line], doc: Document, width: int
) -> list[tuple[Item, str]]:
    """Every line of the requirement sections; elsewhere (the lead text, "About the
    role") the bullets and the sentences that ask something of the candidate. The
    benefits, contact and other notes never hold a requirement."""
    out: list[tuple[Item, str]] = []
    # with sections of requirements, prose elsewhere asks only in so many words
    # (a heading over no words, "Opportunity to develop skills" read as one, lists
    # nothing: round 11)
    listed = any(
        s.name in REQUIREMENT_SECTIONS and not empty_section(s) for s in sections
    )
    asks = describes_candidate if listed else asks_candidate
    for section in sections:
        if section.name in NOT_ASKING or section.name == PostingSection.TITLE:
            continue
        found = items(section_lines(lines, section), doc, width=width, plain=True)
        name: str = section.name
        chosen = name in REQUIREMENT_SECTIONS
        listed_here = quiet = False
        for pos, item in enumerate(found):
            heading = _list_heading(item)
            if heading == "requirements" and name == PostingSection.PREFERRED:
                heading = within_preferred(item.text)  # "...candidate should have:"
            if heading is not None:  # "- Key Requirements of the Person Spec...:"
                name, listed_here = heading, False
                chosen = name in REQUIREMENT_SECTIONS
                quiet = name in NOT_ASKING
                continue
            if quiet or _lead_in(item, found[pos + 1 : pos + 2]):
                continue  # "Responsibilities, essential skills and experience"
            if chosen and _list_ends(item, listed_here):
                chosen = False  # the employer's own paragraph after the list
            listed_here = listed_here or item.marked
            if chosen:
                out.extend((piece, name) for piece in sentences(item, doc))
                continue
            if item.marked:  # a bullet of the lead text: all but what is offered
                out.extend(
                    (piece, name)
                    for piece in sentences(item, doc)
                    if not _offered(piece.text)
                )
                continue
            pieces = asked_sentences(sentences(item, doc), asks, MIN_PROSE_WORDS)
            out.extend((piece, name) for piece in pieces)
    return out


def _list_heading(item: Item) -> str | None:
    """The section a line inside a section opens when it is a lead-in over a list,
    written as one of the list's bullets or run into the section ("- Key Requirements
    of the Person Specification:", "In return we offer:"), else None."""
    text = item.text.strip()
    if not re.search(r":\s*[-–—]*$", text):
        return None
    return lead_in(text)


def _list_ends(item: Item, listed: bool) -> bool:
    """Whether a requirement section's list has ended at ``item``: a question heading
    of the employer ("Who are NHS Professionals?"), a lead-in to what it offers, or,
    after the list's bullets, a paragraph of prose that asks nothing of the candidate
    ("Cygnet Health Care has been providing ... services for over 30 years")."""
    text = item.text.strip()
    if ABOUT_QUESTION.match(text) or lead_in(text.rstrip(" -–—")) == "benefits":
        return True
    return (
        listed
        and not item.marked
        and len(text.split()) >= MIN_PROSE_WORDS
        and not describes_candidate(text)
    )


def _offered_item(text: str) -> bool:
    """A line naming an item of the employer's offer (pension, leave, pay rates,
    discounts) and asking nothing in so many words: "Stakeholder pension scheme"."""
    return bool(
        BENEFIT_ITEM.search(text)
        and not worded_importance(text)
        and not CANDIDATE_SUBJECT.search(text)
        and not ASKED_NOUNS.search(text)
    )


def _lead_in(item: Item, after: Sequence[Item]) -> bool:
    """A short unmarked line over a list: the list's heading, not a requirement."""
    return (
        not item.marked
        and bool(after)
        and after[0].marked
        and len(item.text.split()) <= 8
        and not re.search(r"[.!?]$", item.text)
    )


def parse_posting(doc: Document) -> Posting:
    text = doc.text
    lines = split_lines(text)
    title, title_line = find_title(doc, lines)
    warnings: list[Notice] = []
    if title is None:
        # Never a title from the file name: a fix would quote it as the posting's.
        warnings.append(Notice(
            W_NO_TITLE,
            "no job title found at the top of the posting (an ATS matches resumes "
            "on the posting's title): put the title on its first line",
        ))  # fmt: skip
    skip = {title_line.index} if title_line is not None else set()
    sections = split_sections(text, lines, "posting", lead_name="about", skip=skip)
    if title_line is not None:
        sections = _split_title(sections, title_line, text)
    width = wrap_width(lines)
    requirements = []
    for item, name in _requirement_items(sections, lines, doc, width):
        if (
            too_short(item)
            or item.text.endswith(":")
            or never_asked(item.text)
            or (not item.marked and describes_employer(item.text))
            or _offered_item(item.text)
            or (not item.marked and canonical(item.text, "posting"))
        ):
            continue
        requirements.append(
            Requirement(
                text=item.text,
                section=name,
                importance=importance(item.text, name),  # type: ignore[arg-type]
                years=years_asked(item.text),
                start=item.start,
                end=item.end,
                kind=requirement_kind(item.text, name, item.marked),
            )
        )
    found = conditions(sections, lines, doc, width, requirements)
    if found:
        requirements = sorted([*requirements, *found], key=lambda r: r.start)
    asked = " \n".join(r.text for r in requirements) or asking_text(sections, text)
    certs = find_certifications(asked)
    if DRIVER.search(asked) and not any("driv" in c.lower() for c in certs):
        certs.append(DRIVING_LICENCE)  # "car drivers are essential"
    return Posting(
        document=doc,
        title=title,
        organization=find_organization(doc, lines, title_line),
        sections=tuple(sections),
        requirements=tuple(requirements),
        years_required=years_required(requirements, asking_text(sections, text)),
        education=tuple(asked_degree_levels(asked)),
        certifications=tuple(certs),
        warnings=tuple(warnings),
    )


def conditions(
    sections: Sequence[Section],
    lines: list[Line],
    doc: Document,
    width: int,
    taken: Sequence[Requirement],
) -> list[Requirement]:
    """Conditions of appointment outside the requirement lines, in any section: a
    sentence that makes the post, the offer or the applicant subject to a check, a
    licence, a registration or the right to work ("Please note that offers of
    employment are subject to ... a DBS check" under "Additional information"). Each
    asks what it names, as a certification; one that gives it ("free DBS check"),
    says who pays for it or holds only "if the post is subject to" it does not."""
    out: list[Requirement] = []
    for section in sections:
        if section.name == PostingSection.TITLE:
            continue
        found = items(section_lines(lines, section), doc, width=width, plain=True)
        for piece in (p for item in found for p in sentences(item, doc)):
            said = piece.text
            if any(r.start < piece.end and piece.start < r.end for r in taken):
                continue
            if not (CONDITION.search(said) and CHECKED.search(said)):
                continue
            if (
                _offered(said)
                or BENEFIT_ITEM.search(said)
                or CONDITION_NOT.search(said)
            ):
                continue
            out.append(
                Requirement(
                    text=said,
                    section=section.name,
                    importance="required",
                    years=None,
                    start=piece.start,
                    end=piece.end,
                    kind="certification",
                )
            )
    return out


def asking_text(sections: Sequence[Section], text: str) -> str:
    """The text of the sections that may ask something (all of it without any)."""
    kept = [s.text for s in sections if s.name not in NOT_ASKING]
    return "\n".join(kept) if sections else text


def _split_title(sections: list[Section], title_line: Line, text: str) -> list[Section]:
    """Give the title line its own "title" section, out of the lead "about" text."""
    out: list[Section] = []
    for section in sections:
        if section.heading or not section.start <= title_line.start < section.end:
            out.append(section)
            continue
        before = _trimmed(text, section.start, title_line.start, section.name)
        out.extend(before)
        out.append(
            Section("title", "", title_line.text, title_line.start, title_line.end)
        )
        out.extend(_trimmed(text, title_line.end, section.end, section.name))
    return out


def _trimmed(text: str, start: int, end: int, name: str) -> list[Section]:
    chunk = text[start:end]
    body = chunk.strip()
    if not body:
        return []
    at = start + chunk.index(body)
    return [Section(name, "", body, at, at + len(body))]
