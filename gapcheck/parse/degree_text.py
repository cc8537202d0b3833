"""The text of a degree inside an education line: where a degree or a credential
is named, a field written before it, and the remarks, sentences and repeats run on
after it ("Bachelor of Science GPA : 3.5", "X : Psychology Psychology")."""

from __future__ import annotations

import re

from gapcheck.parse.degrees import degree_match
from gapcheck.parse.headings import word_set
from gapcheck.parse.schools import FIELD_WORDS, INSTITUTION_RE

#: A credential named without a degree word, in any case: "diploma Burnsville High
#: School", "Web/ IVR Certificate", "Certification in X" (with up to five
#: capitalised words of its name before it).
_CREDENTIAL = re.compile(
    r"(?:\b[A-Z][\w/+&-]*\s+){0,5}\b(?i:certificat(?:e|ion)|diploma|nanodegree|"
    r"bootcamp)\b"
)


#: Credentials an education entry opens on that the degree lists (shared with
#: postings) leave out, with their level: school-leaving exams and degrees of other
#: countries ("VWO", "HHX", "Bacalaureat", "Licence en marketing", "DEA"), and the
#: "Associates" and "PGDip" spellings; each only at the start of the text and before
#: a comma, its end or (the French, Spanish and Romanian ones) "en"/"de"/"in"
#: (round 13).
_OPENING_CREDENTIALS: tuple[tuple[str, str], ...] = (
    ("associate", r"(?-i:A)ssociates"),
    ("bachelor", r"(?-i:L)icence(?=\s+(?:en|de|in)\s|\s*,|\s*$)"),
    ("master", r"(?-i:DEA|DESS)"),
    ("certificate", r"(?-i:PGDip|PGCert)"),
    ("high school", r"(?-i:VWO|HAVO|MAVO|HHX|STX|HTX|HF)|bacalaureat|matura"),
)
#: What an entry names in its degree's place when it is no degree of a level:
#: "Degree, Philosophy", "Course, Object Oriented with Java", "Exchange program,
#: Computer Science", "Study Abroad Program, Spanish", "Professional Development,
#: Cloud Engineering", "Higher Education, A Levels" (a field after a comma only:
#: "Coursework: ..." is a list of courses, "Higher Education" alone a heading).
_LEVEL_LESS = re.compile(
    r"^\s*(?i:degree|course|exchange(?:\s+(?:program(?:me)?|semester|student|year))?"
    r"|study\s+abroad(?:\s+program(?:me)?)?|higher\s+education"
    r"|professional\s+development)(?=\s*,\s*[A-ZÀ-Ý])"
)
_OPENING_RE = [
    (level, re.compile(rf"^\s*(?i:{words})(?=\s*,|\s*$|\s+(?:en|de|in)\s)"))
    for level, words in _OPENING_CREDENTIALS
]


def _opening_credential(text: str) -> tuple[str, int, int] | None:
    """A credential of :data:`_OPENING_CREDENTIALS` or :data:`_LEVEL_LESS` that
    ``text`` opens on, as (level, start, end); the level "" when it has none."""
    for level, pattern in _OPENING_RE:
        m = pattern.match(text)
        if m:
            return level, len(text) - len(text.lstrip()), m.end()
    m = _LEVEL_LESS.match(text)
    return ("", len(text) - len(text.lstrip()), m.end()) if m else None


def degree_at(text: str) -> tuple[str, int, int] | None:
    """The degree named in ``text`` (see :func:`degree_match`), or a credential
    named before it: "Diploma David Douglas High School" is a diploma from a high
    school, not the school's "High School". A credential the degree lists leave out
    that the text opens on (:func:`_opening_credential`) comes first."""
    hit = degree_match(text)
    opening = _opening_credential(text)
    if opening is not None and (hit is None or hit[1] >= opening[2]):
        # "Higher Education, A Levels": the entry's credential, its level the one
        # named after it
        level = opening[0] or (hit[0] if hit else "")
        if _CREDENTIAL.search(text, 0, opening[2]) is None:
            return level, opening[1], opening[2]
    bare = _CREDENTIAL.search(text)
    if bare is None or (hit is not None and hit[1] < bare.end()):
        return hit
    named = [m for m in INSTITUTION_RE.finditer(bare.group(0)) if m.group(0).istitle()]
    if named:  # "Villanova University Certificate": the school is no part of its name
        bare = _CREDENTIAL.search(text, bare.start() + named[-1].end())
        if bare is None:
            return hit
    word = bare.group(0).split()[-1].lower()
    school = hit is not None and hit[0] == "high school"
    level = "high school" if word == "diploma" and school else "certificate"
    return level, bare.start(), bare.end()


#: "Associate ofArts", "Bachelorof Science": a degree's "of"/"in" glued to the
#: word before or after it (HTML exports that drop some spaces).
_GLUED_OF = re.compile(
    r"\b((?i:bachelor'?s?|master'?s?|associate'?s?|doctor|diploma))(of|in)(?=\s)"
    r"|(?<=[a-z] )(of|in)(?=[A-Z][a-z])"
)


def unglue_degree_words(text: str) -> str:
    """ "Associate ofArts" -> "Associate of Arts", "TechnicalUniversity" ->
    "Technical University"."""

    def spaced(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{m.group(1)} {m.group(2)}"
        return f"{m.group(3)} "

    return _GLUED_SCHOOL.sub(" ", _GLUED_OF.sub(spaced, text))


#: A school's keyword glued to the word before it: "Colorado TechnicalUniversity",
#: "Floresville HighSchool" (the same exports).
_GLUED_SCHOOL = re.compile(
    r"(?<=[a-z])(?=(?:University|College|Institute|Academy|School|Polytechnic)\b)"
)


#: A place written as a label before a credential: "NC: ", "Charlotte, NC: ".
_PLACE_LABEL = re.compile(r"\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*)?[A-Z]{2}:\s*")


def from_degree(part: str) -> str:
    """ "Graduated as M.Sc. Digital Media" -> "M.Sc. Digital Media"."""
    hit = degree_at(part)
    lead = part[: hit[1]] if hit else ""
    if lead and _PLACE_LABEL.fullmatch(lead):  # "Charlotte, NC: Web Certificate"
        return part[hit[1] :] if hit else part
    if lead and re.fullmatch(
        r"(?i)\s*(?:graduated|completed|earned|awarded|received)"
        r"(?:\s+(?:as|with|a|an|the|my))*\s*",
        lead,
    ):
        return part[hit[1] :] if hit else part
    words = lead.split()
    if (
        hit
        and hit[1] > 0
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() or w.lower() in _SMALL for w in words)
        and words[-1].lower() in FIELD_WORDS
        and not INSTITUTION_RE.search(lead)
    ):  # "Software Engineering Master of Engineering": a field, then the degree
        return part[hit[1] :]
    return part


def once(text: str) -> str:
    """ "High School Diploma : General Studies General Studies": words written twice
    at the end, once."""
    return re.sub(r"\b(\w[\w&/ ]*\w) \1$", r"\1", text)


#: Remarks run on after a degree: "GPA : 3.5", "Graduated with honors", "Magna
#: Cum Laude", "Dean's List", "In Progress".
_REMARK = re.compile(
    r"\s+(?i:c?gpa\b|graduated\b|graduate\s+(?:as|with)\b|valedictorian\b|"
    r"(?:with\s+)?(?:high(?:est)?\s+)?hono(?:u)?rs\b|"
    r"(?:summa\s+|magna\s+)?cum\s+laude\b|dean'?s\s+list\b|in\s+progress\b)"
    # a year or a grade run on after the field ("... Technology 1999 2017",
    # "... Chemistry 3.65"), a starred remark ("* Winner of ...")
    r"|\s+\(?(?:19|20)\d\d\b|\s+\d\.\d+\b|\s*\*"
)
#: The "City" of an anonymised form, where a field's or school's name never has it:
#: before a comma or the end, or before a word the degree has already named ("B.S :
#: Chemistry City Chemistry").
_CITY = re.compile(r"\s+City\b(?:\s*(?:,|$)|\s+(\w+))")


def no_remarks(degree: str) -> str:
    """ "Bachelor of Science GPA : Graduated with honors." -> "Bachelor of
    Science": the degree ends where a remark about grades or progress starts."""
    hit = degree_at(degree)
    cut = _REMARK.search(degree, hit[1] + 1 if hit else 0)
    if cut:
        degree = degree[: cut.start()].rstrip(" ,:;-–")
    for city in _CITY.finditer(degree, hit[2] if hit else 0):
        said = degree[: city.start()].lower().split()
        if city.group(1) is None or city.group(1).lower() in said:
            return degree[: city.start()].rstrip(" ,:;-–")
    return degree


def named_again(degree: str, hit: tuple[str, int, int]) -> int | None:
    """Where the same degree is named a second time ("Bachelor of Science : X
    Bachelor of Science"), else None."""
    later = degree_at(degree[hit[2] :])
    if (
        later is not None
        and later[0] == hit[0]
        # "... (MBA)", "Master of Arts , Education- M.Ed.": its abbreviation
        and not degree[: hit[2] + later[1]].rstrip().endswith(("(", "-", "–", ","))
    ):
        return hit[2] + later[1]
    return None


_SMALL = word_set("of and in the & for a an to on at with")


def no_sentence(degree: str) -> str:
    """ "Master of Science Degree : Industrial Psychology Continuing education and
    training on an on-going basis": the degree ends before the sentence (a
    capitalised word followed by two lower-case words)."""
    head, colon, rest = degree.partition(":")
    # without a colon ("Master of Social Work I was a student-athlete on ..."),
    # after the degree's name, and only on three lower-case words (a field such
    # as "English with a minor in history" has two)
    need = 2
    if not colon:
        hit = degree_at(degree)
        if hit is None:
            return degree
        head, rest, need = degree[: hit[2]], degree[hit[2] :], 3
    words = rest.split()
    for i in range(0 if need == 3 else 1, len(words) - 2):
        nxt = [w for w in words[i + 1 : i + 9] if w.lower() not in _SMALL]
        if (
            words[i][:1].isupper()
            and len(nxt) >= need
            and all(w[:1].islower() for w in nxt[:need])
        ):
            kept = " ".join(words[:i])
            return f"{head.rstrip()} : {kept}" if colon else f"{head} {kept}".strip()
    return degree


def field_once(degree: str) -> str:
    """ "X : Psychology and Justice Studies Forensics Psychology and Justice
    Studies": a field written again after the colon, once."""
    head, colon, rest = degree.partition(":")
    words = rest.split()
    if not colon or len(words) < 2:
        return degree
    for k in range(len(words) // 2, 0, -1):
        # one word only when written again at once: "Accounting Accounting"
        for j in range(k, len(words) - k + 1 if k > 1 else 2):
            if [w.lower() for w in words[j : j + k]] == [w.lower() for w in words[:k]]:
                return f"{head.rstrip()} : {' '.join(words[:k])}"
    return degree
