"""Evidence that is only related to the skill asked: it names the skill or a word of
it, but a reader does not see the skill done (round 14, issue 16 item 4; an audit of
60 matched skills on unseen real pairs found these kinds weak). Such evidence keeps
related credit (``implied``, 0.5 x factor) and is listed apart from the matched
skills, with what it is (:data:`gapcheck.records.RELATED_VIA`):

* **a claim with no act** (:func:`bare_claim`): a soft skill stated as a quality of
  the candidate in a skills list or in a sentence that holds no act ("Energetic,
  friendly and enthusiastic", "Strong organizational skills", "Self-motivated",
  "Polished communication skills and comfortable working with all levels"). An act
  is a verb of doing in the sentence: an action verb opening it or after "I"/"we"
  ("Developed and implemented communication strategies", "Communicate with"), an
  action verb's base form after "to" or "who", its -ing form anywhere ("Proactively
  manage", "applying machine learning to solve", "Negotiating with", "special event
  planning"), never before "skills" nor after "ability to" ("seeking to", ...: what
  one can or wants to do); a trait's -ed adjective ("highly motivated",
  "well-organized", "Motivated CNA with ...") and a base form that is a noun
  ("strong research skills") are none. A skills list's item is a claim; in the
  sections of work done (experience, projects, volunteering) only a sentence of at
  most six words is ("Excellent communication skills"): a longer one describes
  the work ("... action plan in collaboration with the managers");
* **a neighbouring skill's words** (:func:`neighbour`): a soft skill the posting asks
  by a wording that is not the skill's name ("positive attitude" filed under
  Respectfulness, "taking ownership" under Reliability), shown by an alias that
  shares no word with either, in a sentence that holds none, and that names a trait,
  not an activity ("courteous", "Accountable", "Self-starter" for "Proactive / A
  go-getter"; "Supervised 8-12 new staff members" for line management and "on the
  spot coaching" for developing staff stay). Asked by the skill's name, every alias
  shows it (as :mod:`.standins` has it);
* **a job's title** (:func:`names_role`): a skill's word inside a role's title on its
  line ("Company Name City Finance Officer", "PROJECT ACCOUNTANT") names the job
  held, not the work done (the title component weighs titles);
* **a course's or degree's name** (:func:`course_name`): a skill's word in the
  education section ("Emphasis in Public Relations"), on a degree's or courses'
  line ("Bachelor of Science: Accounting and Finance" for finance) or in a
  certificate's title ("Certificate of Liaison Officer") names what was studied or
  awarded, not done; a discipline (the taxonomy's kind "domain": Computer Science,
  Accounting) is spared, as the degree a posting asks is in one ("Bachelor's degree
  in Computer Science").

A credential asked is left to its own rule (:mod:`.claims`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.score.achievements import ACTION_VERBS, IRREGULAR_PAST, action_stem
from gapcheck.score.claims import study_line

#: Sections of work done: a sentence there is a claim only when short ("Strong
#: communication skills" as a bullet); longer, it describes the work.
WORK_SECTIONS = frozenset({"experience", "projects", "volunteering"})
WORK_CLAIM_WORDS = 6
#: Word letters two words must share to be of one family ("analysis" / "analytical").
FAMILY = 5
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: A sentence's bounds: a sentence end, a list bullet or a line break.
_BOUND = re.compile(r"[.;!?\u2022\u25cf\u25aa*|\n]")
_SUBJECT = frozenset({"i", "we"})
#: After a past form opening a sentence: an object, or it goes on ("Assisted the").
_OBJECT_LEAD = frozenset(
    """a an the and with to for on in into all new over our their his her
    its multiple several daily weekly monthly""".split()  # noqa: SIM905
)
#: A noun's or an adjective's ending: "Manager with ...", "Team player with ...",
#: "Versatile with ..." open no act ("Communicate with ...", "Assist with ..." do).
_ADJECTIVE = re.compile(
    r"(?:ive|ic|ous|ful|ble|al|ent|ant|ile|ary|less|ed|er|or|ian|ion|ment|ness|"
    r"ity|ship|s)$"
)
#: Before "to <verb>": what the candidate can or wants to do, not did.
_WISH = frozenset(
    """ability abilities able capable ready eager willing keen seeking seeks looking
    aim aims aiming desire wish hope want wants love loves like likes passion
    opportunity position role""".split()  # noqa: SIM905
)
_DETERMINERS = frozenset(
    "a an the all our their his her its multiple several new".split()  # noqa: SIM905
)
#: Past forms of action verbs that open a self-description as adjectives.
_TRAITS = frozenset({"motivated", "organized", "organised"})
_SKILL_NOUNS = frozenset({"skill", "skills", "ability", "abilities", "acumen"})
_MINOR = frozenset(
    """a an and the of to in on for with at by from as or skills skill ability
    abilities strong excellent good great""".split()  # noqa: SIM905
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = start
    while lo > 0 and not _BOUND.match(text, lo - 1):
        lo -= 1
    m = _BOUND.search(text, end)
    return lo, (m.start() if m else len(text))


def _past(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST


def _acts(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (one sentence) holds a verb of doing (see module)."""
    tokens = list(_TOKEN.finditer(text, lo, hi))
    opener = 1 if tokens and tokens[0].group(0).lower().endswith("ly") else 0
    for i, m in enumerate(tokens):
        word = m.group(0).lower()
        if "-" in word.strip("-"):
            continue  # "self-motivated", "well-organized": a trait
        prev = tokens[i - 1].group(0).lower() if i else ""
        if prev == "to" and i > 1 and tokens[i - 2].group(0).lower() in _WISH:
            return False  # "ability to build and develop ...": what one can do
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after = nxt.group(0).lower() if nxt is not None else ""
        stem = action_stem(word)
        lead = (
            nxt is not None
            and not text[m.end() : nxt.start()].strip()
            and (after in _OBJECT_LEAD or after.endswith("ly"))
        )
        if prev in _SUBJECT and (_past(word) or stem in ACTION_VERBS):
            return True  # "I worked hard to ...", "we organise ..."
        if _past(word):
            if word in _TRAITS:  # "Organized the ..." only: "Organized and efficient"
                if i == opener and after in _DETERMINERS:
                    return True
                continue
            if i == opener and (lead or stem in ACTION_VERBS):
                return True  # "Developed and implemented ...", "Assisted the CFO"
            continue  # "highly motivated", "Dedicated professional", "Motivated CNA"
        if i == opener and lead and not _ADJECTIVE.search(word):
            return True  # "Communicate with customers ...": a bullet's verb
        if stem not in ACTION_VERBS or after in _SKILL_NOUNS:
            continue  # "planning skills": a claim
        if i == opener or prev in ("to", "who") or word.endswith("ing"):
            return True  # "Supervise and ...", "to solve", "Negotiating with"
    return False


def bare_claim(text: str, start: int, end: int, section: str | None) -> bool:
    """Whether a soft skill's wording ``text[start:end]`` is a claim with no act."""
    if end <= start:
        return False  # synthetic evidence (a what-if fix) is written as done
    if section == "skills":
        return True
    lo, hi = _sentence(text, start, end)
    if section in WORK_SECTIONS and len(text[lo:hi].split()) > WORK_CLAIM_WORDS:
        return False  # a duty described ("This includes ... in collaboration with")
    return not _acts(text, lo, hi)


def _families(words: str) -> set[str]:
    return {
        w.lower()[:FAMILY].replace("organis", "organiz")
        for w in re.findall(r"[A-Za-z]+", words)
        if w.lower() not in _MINOR and len(w) > 2
    }


def _shares(a: set[str], b: set[str]) -> bool:
    return any(x == y or x.startswith(y) or y.startswith(x) for x in a for y in b)


def neighbour(
    text: str, start: int, end: int, forms: tuple[str, ...], canonical: str | None
) -> bool:
    """Whether a soft skill's alias ``text[start:end]`` shows a neighbouring skill:
    the posting asks it by a wording (``forms``) that is not the skill's name
    (``canonical``), and neither wording has a word in the hit or its sentence."""
    if end <= start:
        return False
    asked = set().union(*(_families(f) for f in forms))
    own = _families(canonical or "")
    if not asked or not own or _shares(asked, own):
        return False  # asked by the skill's own name: every alias shows it
    asked |= own
    words = text[start:end]
    if _shares(_families(words), asked) or _activity(words):
        return False
    return not _shares(_families(text[slice(*_sentence(text, start, end))]), asked)


#: A certificate's, diploma's or course's title before a word: "Certificate of
#: Liaison Officer", "Diploma in Catering", "Course in Payroll".
_AWARD = re.compile(
    r"\b(?:certificate|certification|diploma|course|training)\s+(?:of|in)\s+"
    r"(?:[A-Za-z&'-]+\s+){0,3}$",
    re.I,
)


def _activity(words: str) -> bool:
    """Whether a wording names an activity (an action verb's form, or an action
    noun: "Supervised", "staff supervision", "coaching"), not a trait
    ("courteous", "Accountable", "Self-starter", "proactive")."""
    for w in re.findall(r"[A-Za-z]+", words):
        w = w.lower()
        verb = action_stem(w) in ACTION_VERBS or (_past(w) and len(w) > 5)
        if verb and w not in _TRAITS:
            return True
        if re.search(r"(?:tion|sion|ment|ing)$", w) and len(w) > 6:
            return True
    return False


def course_name(text: str, start: int, end: int, section: str | None) -> bool:
    """Whether a skill's word ``text[start:end]`` stands in the education
    section or on a degree's or courses' line (what was studied)."""
    if end <= start:
        return False
    if section == "education" or _AWARD.search(
        text, text.rfind("\n", 0, start) + 1, start
    ):
        return True
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return study_line(text[lo : hi if hi >= 0 else len(text)], section)


def names_role(text: str, start: int, end: int, titles: Sequence[str | None]) -> bool:
    """Whether ``text[start:end]`` stands inside one of the resume's job titles
    (``titles``, as its roles read them) written on its line: "Finance Officer",
    "PROJECT ACCOUNTANT", "Digital Marketing Intern" name the job, not the work."""
    if end <= start:
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)].lower()
    for title in titles:
        t = " ".join((title or "").lower().split())
        if len(t) < 3:
            continue
        at = line.find(t)
        while at >= 0:
            if lo + at <= start and end <= lo + at + len(t):
                return True
            at = line.find(t, at + 1)
    return False


__all__ = ["bare_claim", "course_name", "names_role", "neighbour"]
