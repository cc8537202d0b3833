"""School names inside education lines: where a school's name starts and ends when
it is glued to a degree ("Associate of Science : Marketing Bronx Community College"),
written before it ("Embry-Riddle Aeronautical University Bachelor of Science") or
carries a date, a degree or a second school ("May 2010 UNIVERSITY OF MARYLAND",
"KIMS University Karnataka University")."""

from __future__ import annotations

import re

from gapcheck.parse.contact import is_region
from gapcheck.parse.dates import find_span
from gapcheck.parse.degrees import degree_match
from gapcheck.parse.headings import word_set
from gapcheck.parse.lines import NAME_PARTICLE, name_words
from gapcheck.parse.sections import Line

INSTITUTION_RE = re.compile(
    r"\b(?:university|universit[äa]t|universidad|college|institute|school|academy|"
    r"polytechnic|univ\.?|iit|mit|ucla|nyu|conservatory|seminary|"
    # the same words in other languages: "Universidade de São Paulo", "Université
    # de Strasbourg", "Hochschule München", "École Polytechnique", "Politecnico di
    # Milano", "Instituto Tecnológico", "Escuela", "Lycée", "Gymnasium"
    r"universit(?:é|e|à|a|eit|et|y|ario|ade|as)|universidade|hochschule|"
    r"fachhochschule|[ée]cole|politecnico|polit[ée]cnica|polytechnique|"
    r"institut|instituto|istituto|lyc[ée]e|gymnasium|akademie|academia|escuela|"
    r"conservatoire|conservatorio|technion|(?-i:EPFL|ETH)|"
    # round 11: more Latin-script languages ("Universitatea Politehnica din
    # București", "Uniwersytet Warszawski", "Univerzita Karlova", "Liceo
    # Scientifico ...", "Colegio ...", "Hogeschool Utrecht", "Högskolan")
    r"universitatea|uniwersytet|univerzit(?:a|et)|politehnica|politechnika|"
    r"liceo|colegio|hogeschool|h[öo]gskola|h[øo]gskole|"
    # "Virginia Tech", "ITT TECH 2013": "Tech" ending a name ("Tech Support" and
    # "Texas Tech University" go on with a word)
    r"(?-i:Tech|TECH)(?!\s*[&/-]|\s+[A-Za-z]))\b",
    re.IGNORECASE,
)
#: Words of a school's name before its keyword that a field of study never ends
#: with: "Bronx Community College", "Colorado State University".
_QUALIFIERS = word_set(
    "state community technical national international polytechnic city county "
    "junior christian catholic metropolitan regional central northern southern "
    "eastern western north south east west a&m & aeronautical normal "
    "vocational memorial"
)
#: Words that end a field of study ("... : Marketing Management"), so a school's
#: name glued after a field starts after them.
FIELD_WORDS = word_set(
    "administration management science sciences studies arts design engineering "
    "education psychology marketing accounting finance business nursing health "
    "technology communications communication journalism economics history biology "
    "chemistry physics mathematics law justice sociology merchandising development "
    "leadership relations music art theatre theater literature english philosophy "
    "politics government languages media therapy hospitality culinary criminology "
    "work information systems resources policy planning architecture medicine "
    "pharmacy hygiene statistics analytics security aviation commerce diploma "
    "degree certificate major minor concentration honors honours program "
    "programme course courses coursework classes"
)
#: A school's name goes on with "of X", "for X", "at X": "University of Texas at
#: Austin", "College of Creative Studies".
#: A degree's name never goes on a school's: "University of Auckland Master of
#: Engineering Studies" is a school, then a degree.
_CAP = (
    r"(?!(?:C?GPA|GED|Master'?s?|Bachelor'?s?|Associate'?s?|Doctor(?:ate)?|Diploma"
    r"|Certificat(?:e|ion))\b|(?:City|State)\s*,)[A-Z][\w&.'-]*"
)
#: A lower-case word that ends a school's name after "and": "Kamaraj College of Arts
#: and science".
_LOW_END = r"(?:sciences?|arts|technology|commerce|humanities|management)\b"
_NAME_TAIL = re.compile(
    # "of", "for", ... and the same in other languages ("Universidad de Chile",
    # "Politecnico di Milano", "Universidade de São Paulo")
    r"(?:\s+(?i:of|for|at|in|de|di|du|des|del|della|der|do|da|dos|das|"
    # "Universitatea Politehnica din București", "Universiteit van Amsterdam",
    # "Università degli Studi di Padova", "Karlsruher Institut für Technologie"
    r"din|van|degli|delle|dello|f[üu]r)"
    rf"(?:\s+(?i:the|and|&|of|la|le|los|las))*\s+{_CAP}"
    rf"(?:(?:\s+(?i:and|&|of|the))*\s+{_CAP}|\s+(?:and|&)\s+{_LOW_END})*)+"
)
#: Keywords that other languages write before the school's own name: "Universität
#: Hamburg", "École Polytechnique", "Universidad Nacional Autónoma de México".
_NAMED_FIRST = re.compile(
    r"(?i)^(?:universit(?:é|e|à|a|ät|at|eit|et|ario|ade|as)|universidad|"
    r"hochschule|fachhochschule|[ée]cole|politecnico|polit[ée]cnica|instituto|"
    r"istituto|institut|akademie|academia|escuela|gymnasium|lyc[ée]e|"
    r"universitatea|uniwersytet|univerzit(?:a|et)|politehnica|politechnika|liceo|"
    r"colegio|hogeschool)$"
)
_NAMED_AFTER = re.compile(rf"(?:[ \t]+{_CAP}){{1,2}}")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w&.'/-]*|&|of|the)$")


#: How a field of study's last word ends ("Sociology", "Physics", "Finance",
#: "Artificial Intelligence": "ence" and "ance" since round 10).
_FIELD_END = re.compile(
    r"(?:ology|istry|ics|ship|ment|tion|ing|ism|ure|ies|ence|ance)$"
)


def _joins_names(word: str) -> bool:
    """Whether ``word`` before an "and" is a proper name that "and" can join to the
    school's ("Porter" in "Porter and Chester Institute"), not a field of study."""
    return (
        _NAME_WORD.match(word) is not None
        and word[:1].isupper()
        and not word.isupper()
        and word.lower() not in FIELD_WORDS
        and _FIELD_END.search(word) is None
        and degree_match(word) is None
        and find_span(word) is None
    )


#: A school's acronym, which a unit's name can follow: "NYU Tandon School of
#: Engineering", "MIT Sloan School of Management".
_ACRONYMS = frozenset({"NYU", "MIT", "IIT", "UCLA"})
_UNIT_AFTER = re.compile(
    r"(?:\s+[A-Z][a-z][\w'-]*){1,2}\s+(?:School|College|Institute)\b"
)


def _name_end(text: str, key: str, key_end: int) -> int:
    """Where a school's name ends after its keyword ``key`` (ending at
    ``key_end``): after the name some languages write next ("Université
    Paris-Saclay", "Hochschule München") and the "of ..." after it."""
    named = _NAMED_AFTER.match(text, key_end)
    if named and _NAMED_FIRST.search(key):
        key_end = named.end()
    tail = _NAME_TAIL.match(text, key_end)
    return tail.end() if tail else key_end


def school_in(text: str, start: int = 0) -> tuple[int, int] | None:
    """Where a school's name is written in ``text`` after ``start``: from the first
    capitalised word of the name to its keyword and the "of ..." after it."""
    for match in INSTITUTION_RE.finditer(text, start):
        if not match.group(0)[:1].isupper():
            continue
        begin = match.start()
        words = text[start:begin].split()
        taken = 0
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            low = word.lower()
            if (
                word == "and"
                and k > 0
                and taken
                and _joins_names(words[k - 1])
                and _joins_names(words[k + 1])
            ):
                # "Porter and Chester Institute": "and" between two names
                begin = text.rindex(word, start, begin)
                continue
            if not _NAME_WORD.match(word) or find_span(word) or degree_match(word):
                break
            if low in FIELD_WORDS and low not in _QUALIFIERS:
                break
            if low not in _QUALIFIERS and low not in {"&", "of", "the"}:
                taken += 1
                if taken > 3:
                    break
            begin = text.rindex(word, start, begin)
        while text[begin:].startswith(("of ", "the ", "& ", "and ")):
            begin = text.index(" ", begin) + 1
        key_end = match.end()
        unit = _UNIT_AFTER.match(text, key_end) if match.group(0) in _ACRONYMS else None
        if unit:  # "NYU Tandon School of Engineering": one of its schools
            key_end = unit.end()
        again = INSTITUTION_RE.match(text, key_end + 1)
        if again and text[key_end : key_end + 1] == " " and again.group(0).istitle():
            key_end = again.end()  # "University College of the Caribbean"
        end = _name_end(text, match.group(0), key_end)
        hyphen = re.match(r"-[A-Z][\w]*", text[end:])  # "University-Pueblo"
        return begin, end + (hyphen.end() if hyphen else 0)
    return None


#: A month's name ("May", "Sept.", "Fall"), not any capitalised word: "Boston
#: College 2014" keeps its "College".
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Spring|Summer|Fall|Autumn|Winter)\.?"
)
_LEAD_DATE = re.compile(
    rf"^(?:(?:{_MONTH}\s+)?(?:19|20)\d\d|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d"
    r"|Present|Current|Expected)\b[\s,:-]*"
)


_TRAIL_DATE = re.compile(
    rf"[\s,–-]+(?:(?:{_MONTH}\s+)?(?:19|20)\d\d|Present|Current"
    # a month left without its year ("CALIFORNIA STATE UNIVERSITY May")
    rf"|{_MONTH})$"
)


def clean_school(name: str) -> str:
    """ "May 2010 UNIVERSITY OF MARYLAND" -> "UNIVERSITY OF MARYLAND", "BA TEMPLE
    UNIVERSITY" -> "TEMPLE UNIVERSITY", "KIMS University Karnataka University" ->
    "KIMS University" (a school and the university it belongs to: the first)."""
    # "Graduated UNM", "Attended Ohio State University": the school without the verb
    name = re.sub(
        r"^(?i:graduated|attended|attending|completed)(?:\s+(?i:from|at))?\s+(?=\S)",
        "",
        name.strip(),
    )
    while True:
        lead = _LEAD_DATE.match(name)
        hit = degree_match(name)
        if lead and lead.end() < len(name):
            name = name[lead.end() :]
        elif hit and hit[1] == 0:
            rest = name[hit[2] :].lstrip(" ,:-–")
            rest = re.sub(r"^(?i:diploma|degree)\b\s*", "", rest)
            if not rest[:1].isupper() or len(rest.split()) < 2:
                break
            name = rest
        else:
            break
    name = _TRAIL_DATE.sub("", name)  # "Franklin University 2014"
    keys = [m for m in INSTITUTION_RE.finditer(name) if m.group(0)[:1].isupper()]
    if keys:  # "University of Auckland Master of Engineering Studies": the school
        end = _name_end(name, keys[-1].group(0), keys[-1].end())
        hit = degree_match(name[end:].lstrip(" ,;:-–"))
        if hit and hit[1] == 0 and name[:end].strip():
            name = name[:end]
    unit = keys and keys[0].group(0) in _ACRONYMS
    unit = unit and _UNIT_AFTER.match(name, keys[0].end()) is not None
    if len(keys) >= 2 and not unit:
        end = _name_end(name, keys[0].group(0), keys[0].end())
        rest = name[end:].strip()
        if (
            rest
            and school_in(rest) == (0, len(rest))
            and not INSTITUTION_RE.match(rest)  # "... University College of X"
        ):
            name = name[:end]
    return name.strip(" ,;:-–")


#: After a comma, a campus or the system a school belongs to: "University of
#: California, Berkeley", "Binghamton University, State University of New York".
_SYSTEM = re.compile(r"^(?:State|City) University of\b")


#: A college or school of a university, then the university ("Meridian College,
#: University of Northfield", "King's College, University of London").
_WITHIN = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:College|School|Faculty|Hall), "
    r"(?:The )?(?:University of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? University)"
)


def with_campus(
    school: str,
    after: str | None,
    *,
    is_place: bool,
    field: str | None = None,
    then_place: bool = False,
) -> str:
    """``school`` with the part after it when that part names its campus (the
    field of study written again after it left out). ``then_place``: a region or
    country follows that part ("State University, Anywhere, USA": a city)."""
    if after and field and after.lower().endswith(" " + field.lower()):
        after = after[: -len(field)].strip()
    if not after or re.search(r"\d", after):
        return school
    if _SYSTEM.match(after) or _WITHIN.fullmatch(f"{school}, {after}"):
        return f"{school}, {after}"
    words = after.split()
    if (
        # "University of California, Davis", "California State University,
        # Sacramento": a system's school, then its campus
        (
            re.match(r"^(?:University|College) of\b", school)
            or (re.search(r"\bState University$", school) and not then_place)
        )
        and not INSTITUTION_RE.search(after)
        and not is_place
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
    ):
        return f"{school}, {after}"
    return school


#: The start of a line that goes on with a school's name: its keyword, after the
#: words that qualify one ("State University", "School of Engineering", "College").
_NAME_GOES_ON = re.compile(
    r"^(?:(?:[A-Z][a-z]+\s+){0,2})?(?:" + INSTITUTION_RE.pattern + r")", re.IGNORECASE
)


def school_wraps(line: str, nxt: str) -> bool:
    """Whether a school's name wrapped from ``line`` onto ``nxt``: ``line`` ends on a
    capitalised name word that is no field of study nor a degree ("Mechanics
    Faculty, Saint-Petersburg", "NYU Tandon", "Front Range Community"), ``nxt``
    starts with the school's keyword, at most after two words that qualify it."""
    words = line.split()
    if not words or "\t" in line or find_span(line) is not None:
        return False
    last = words[-1]
    tail = line.rsplit(",", 1)[-1]
    head = _NAME_GOES_ON.match(nxt)
    return (
        head is not None
        # "Université Paris-Saclay": a keyword some languages write first opens
        # the name, so nothing before it wrapped
        and not _NAMED_FIRST.match(head.group(0))
        and head.group(0).split()[-1][:1].isupper()
        and all(w.lower() in _QUALIFIERS for w in head.group(0).split()[:-1])
        and re.fullmatch(r"[A-Z][\w.'-]*", last) is not None
        and not is_region(last)  # "Dallas TX" over "University of North Texas"
        and last.lower() not in FIELD_WORDS
        and degree_match(last) is None
        # "California State Polytechnic" over "University-Pomona": a keyword that
        # qualifies another goes on with it
        and (INSTITUTION_RE.fullmatch(last) is None or last.lower() in _QUALIFIERS)
        and degree_match(tail.strip()) is None
        # "Bachelor of Arts, Social Computing Informatics" over "University of
        # Michigan": a degree, then its field, whose last word ends like one
        and not _degree_then_field(line)
    )


def _degree_then_field(line: str) -> bool:
    """ "Bachelor of Arts, Social Computing Informatics": a degree, then its field,
    whose last word ends like one (no school's name goes on from it)."""
    last = line.split()[-1].lower() if line.split() else ""
    return (
        "," in line
        and _FIELD_END.search(last) is not None
        and degree_match(line.rsplit(",", 1)[0].strip()) is not None
    )


#: A line that goes on from the one before: it opens with a joining word ("and
#: Quality Assurance").
_GOES_ON = re.compile(r"^(?:and|&|of|for|in)\s")


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Entry lines wrapped in a narrow cell, joined: "..., Indian Institute of" over
    "Technology Roorkee, India, 2016" (a line that ends on "of", "and", "&"...),
    "Front-End Development" over "and Quality Assurance" (a line that opens with
    one), "Saint-Petersburg" over "State University" (see :func:`school_wraps`),
    "Amsterdam University" over "College" (a keyword alone)."""
    out: list[Line] = []
    width = _column_width(lines)
    for i, ln in enumerate(lines):
        if (
            out
            and out[-1].text
            and ln.text
            and (
                (
                    ln.text[:1].isupper()
                    # or on a name's small word of another language ("Universidad
                    # de" over "Colombia", "Université de" over "Strasbourg,")
                    and re.search(
                        r"(?:\b(?:of|and|for|at|the|de|du|des|del|della|di|da|van"
                        r"|von)|&)$",
                        out[-1].text,
                    )
                )
                or (_GOES_ON.match(ln.text) and find_span(out[-1].text) is None)
                or (width is not None and _comma_wraps(out[-1].text, ln.text))
                or _lower_goes_on(out[-1].text, ln.text)
                or _particle_goes_on(out[-1].text, ln.text)
                or school_wraps(out[-1].text, ln.text)
                or _cell_wraps(out[-1].text, ln.text)
                or _lone_keyword(out[-1].text, ln.text)
                or (
                    width is not None
                    and _fills_column(lines[i - 1].text, ln.text, width)
                    and not (
                        i + 1 < len(lines)
                        and (
                            (
                                school_wraps(ln.text, lines[i + 1].text)
                                # "Bachelor of Arts, Social" / "Computing
                                # Informatics" / "University of Michigan"
                                and not _degree_then_field(f"{out[-1].text} {ln.text}")
                            )
                            # the last line before the dates is the school's
                            # ("M.Sc., Computer Science" / "TU Delft" / "2015 –
                            # 2017"), unless it goes on a school's name
                            or (
                                dates_only(lines[i + 1].text)
                                and INSTITUTION_RE.search(out[-1].text) is None
                            )
                        )
                    )
                )
            )
        ):
            prev = out.pop()
            out.append(Line(prev.index, f"{prev.text} {ln.text}", prev.start, ln.end))
            continue
        out.append(ln)
    return out


def _comma_wraps(line: str, nxt: str) -> bool:
    """ "Computer Graphics," over "Computer Science": in a narrow column (see
    :func:`_column_width`), a line that ends on a comma between its parts goes on
    with the next, unless either holds dates or a tab (a cell of its own)."""
    return (
        line.rstrip().endswith(",")
        and "\t" not in line + nxt
        and find_span(line) is None
        and find_span(nxt) is None
        and nxt[:1].isupper()
    )


#: A word that is a remark on an entry, not part of its name.
_REMARK = re.compile(
    r"(?i)honou?rs|distinction|merit|expected|ongoing|present|current|incomplete|"
    r"graduated|completed|dropped|transferred"
)


def _lower_goes_on(line: str, nxt: str) -> bool:
    """ "Degree, Programmation" over "informatique": one lower-case word alone on
    a line ends the line above, when neither has dates, a tab or an end mark and
    the word is no remark of its own ("honors", "expected")."""
    return (
        re.match(r"[^\W\d_]", nxt) is not None
        and nxt[:1].islower()
        and len(nxt.split()) == 1
        and _REMARK.fullmatch(nxt.strip(" ()")) is None
        and "\t" not in line + nxt
        and find_span(line) is None
        and find_span(nxt) is None
        and re.search(r"[.:;!?]$", line.rstrip()) is None
    )


def _particle_goes_on(line: str, nxt: str) -> bool:
    """ "INSA Lyon - Institut National des Sciences Appliquées" over "de Lyon": a
    short line that opens on a name's small word in lower case ("de", "of", "van")
    and goes on with capitalised words ends the name above it, when neither has
    dates, a tab or an end mark."""
    words = nxt.split()
    return (
        1 < len(words) <= 4
        and words[0].islower()
        and NAME_PARTICLE.fullmatch(words[0]) is not None
        and name_words(words)
        and "\t" not in line + nxt
        and find_span(line) is None
        and find_span(nxt) is None
        and re.search(r"[.:;,!?]$", line.rstrip()) is None
    )


def _lone_keyword(line: str, nxt: str) -> bool:
    """ "Amsterdam University" over "College": a school's keyword alone on a line
    names no school by itself; it ends the school's name above it."""
    return (
        INSTITUTION_RE.fullmatch(nxt.strip()) is not None
        and nxt[:1].isupper()
        and INSTITUTION_RE.search(line) is not None
        and find_span(line) is None
        and re.search(r"[.,;:]$", line) is None
    )


def _column_width(lines: list[Line]) -> int | None:
    """The width in characters of a narrow column the entry lines fill (a sidebar
    or a table cell: the longest line is at most 50 characters and two lines or
    more come near it), else None."""
    sizes = [len(ln.text) for ln in lines if ln.text and not re.search(r"\d", ln.text)]
    if not sizes or max(sizes) > 50:
        return None
    near = [n for n in sizes if n >= 0.8 * max(sizes)]
    return max(sizes) if len(near) >= 2 else None


def dates_only(text: str) -> bool:
    """A line of dates alone ("2015 – 2017", "May 2019")."""
    span = find_span(text)
    return span is not None and not (text[: span.begin] + text[span.finish :]).strip(
        " ,;:-–|\t"
    )


def _fills_column(line: str, nxt: str, width: int) -> bool:
    """Whether ``line`` wrapped onto ``nxt`` in a column ``width`` characters
    wide: ``nxt``'s first word would not have fitted after it, neither has a date
    or a number, a place ends neither, ``line`` has no end mark and ``nxt`` opens
    no degree and names no school ("Master of Science, Machine" over "Learning &
    Artificial" over "Intelligence"; "University of California, San" over
    "Diego")."""
    words = nxt.split()
    if not words or not line.split():
        return False
    return (
        len(line) + 1 + len(words[0]) > width
        and not re.search(r"\d", line + nxt)
        and re.search(r"[.:;]$", line) is None
        and not is_region(words[-1].strip(",."))
        and not is_region(line.split()[-1].strip(",."))
        and INSTITUTION_RE.search(nxt) is None
        and (degree_match(nxt) or (None, 1))[1] != 0
    )


def _cell_wraps(line: str, nxt: str) -> bool:
    """A left cell wrapped beside its dates cell ("..., UC Santa" over
    "Barbara<TAB>2010 – 2014", "..., California State University" over "Long
    Beach<TAB>2018 – 2019"): ``nxt`` is a name's last word or two (then maybe more
    parts after a comma) and the dates, ``line`` runs on (no dates, no end mark)
    after a comma-separated part that is no degree."""
    if "\t" not in nxt or "\t" in line or find_span(line) is not None:
        return False
    left, right = nxt.rsplit("\t", 1)
    # the name's end is the cell's first part ("Assurance, Year Up": the field
    # "... and Quality Assurance" wrapped, then the school)
    words = left.split(",", 1)[0].split()
    tail = line.rsplit(",", 1)[-1]
    return (
        "," in line
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and find_span(right) is not None
        and re.search(r"[.,;:]$", line) is None
        # "..., California State University" over "Long Beach<TAB>2018 – 2019":
        # a school's name goes on with its campus too
        and degree_match(tail) is None
        and bool(tail.split())
        and tail.split()[-1].lower() not in FIELD_WORDS
    )
