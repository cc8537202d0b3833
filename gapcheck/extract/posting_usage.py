"""Words a posting uses in a sense that is no skill asked of the candidate (issue 15,
round 10).

A taxonomy skill is read from its words; in a posting the same words often say
something else:

* **a clinical presentation**: "patients presenting with varied physical conditions",
  "a wide range of neurological presentations" describe how a condition shows, not
  Presentation skills (giving presentations to an audience);
* **a stage of a cycle of work**: a bare process word (planning, reporting,
  monitoring, evaluation ...) listed next to another stage of an assessment /
  treatment / implementation cycle ("the assessment, planning and evaluation of
  care", "planning, implementing and monitoring all actions") names a step of the
  job's work, not Planning skills. With a noun right before it, it is a kind of
  planning that names a skill ("treatment planning", "implementation planning"), and
  alone or with its own object ("support the planning and production of clinical
  rotas", "planning and prioritising their workload") it stays;
* **being supervised**: "under the supervision of a registered nurse", "Working under
  supervision", "work without direct supervision" say how the candidate is overseen,
  not that they supervise (Team leadership);
* **a field named as a unit**: a known field written as the capitalised name of a
  service, clinic or centre ("the Nutrition and Dietetic Service", "our Children and
  Young Peoples Mental Health Service", "The Integrated Community Health Service") is
  where the work is, as "the nursing team" already was, unless the title holds it
  (the post's own field) or the service noun is part of the skill's name ("a
  Customer Service role");
* **a partner or a unit in a list**: a field or an unknown name in a run after
  "agencies / organisations / partners / providers / teams / divisions such as,
  e.g., including, (" names who the post works with or where ("network with other
  agencies such as Public Health", "partnership agencies e.g. Social Services",
  "providers, such as ... drug and alcohol services", "six surgical teams
  (colorectal, ..., Urology)", "specialities offered by the existing team, which
  include: ... GI physiology");
* **passing on a notice**: "reporting any hazards or faults", "reporting back to the
  team", "report incidents" tell someone of something, not the Reporting of data
  (the bare word, followed by what is told or by "back");
* **work in general**: a verb of doing work and a generic unit of work, with at most
  plain modifiers between ("manage processes", "perform routine tasks", "use
  professional skills", "escalating requests") says that work is done, not which
  (as "perform duties" already did); "managing services" and "perform venepuncture"
  stay;
* **an ask taken back**: "having experience in the NHS is not essential" asks nothing
  (unless it still calls the thing desirable);
* (in :mod:`gapcheck.parse.degrees`) a certificate of a status ("Certificate of
  Eligibility for Specialist Registration") or a "Degree Certificate" is no
  certificate level.
"""

from __future__ import annotations

import re

from gapcheck.records import Mention

#: "presenting with", "patients presenting", "neurological presentations".
_PRESENT_WORD = re.compile(r"\bpresent(?:ing|ations?)\b", re.IGNORECASE)
_PRESENTING_WITH = re.compile(
    r"\bpresenting\s+(?:with|to\s+(?:hospital|services?|"
    r"a\s+&\s*e|the\s+emergency|ed|gp))\b",
    re.IGNORECASE,
)
#: Who presents clinically: a patient, a person, a child, a client.
_PRESENTER = re.compile(
    r"\b(?:patients?|people|persons?|individuals?|children|adults?|clients?|"
    r"users?|those|families|women|men|babies|infants|adolescents|young\s+people)"
    r"\s+(?:who\s+(?:are\s+)?)?presenting\b",
    re.IGNORECASE,
)
#: A qualifier of conditions before "presentations": "neurological", "complex",
#: "mental health", "relational/behavioural", "a range of".
_CONDITION_BEFORE = re.compile(
    r"\b(?:clinical|neurological|complex|physical|psychological|mental\s+health|"
    r"medical|surgical|acute|chronic|cognitive|behavioural|behavioral|relational|"
    r"emotional|psychiatric|respiratory|cardiac|musculoskeletal|msk|paediatric|"
    r"pediatric|trauma|atypical|varied|diverse|differing|presenting|range\s+of|"
    r"variety\s+of|spectrum\s+of|types\s+of|kinds\s+of)"
    r"(?:[\s/,&-]+(?:and\s+)?[\w-]+){0,3}[\s/-]+$",
    re.IGNORECASE,
)
#: Giving a presentation: "deliver presentations", "presenting to the board".
_AUDIENCE = re.compile(
    r"\b(?:give|giving|deliver|delivering|make|making|prepare|preparing|produce|"
    r"producing|do|doing|write|writing|conference|oral|written|formal)\b",
    re.IGNORECASE,
)


def clinical_presentation(m: Mention, text: str) -> bool:
    """A "presenting" / "presentation(s)" of patients, not of a speaker."""
    found = _PRESENT_WORD.search(m.text)
    if found is None:
        return False
    at = m.start + found.start()
    word_end = m.start + found.end()
    before = text[max(0, at - 60) : at]
    word = found.group().lower()
    if _AUDIENCE.search(before[-25:]):
        return False
    if word == "presenting":
        return bool(
            _PRESENTING_WITH.match(text, at)
            or _PRESENTER.search(text, max(0, at - 45), word_end)
        )
    return bool(_CONDITION_BEFORE.search(before))


#: Bare process words that name a stage of a cycle of work.
_STAGE_WORDS = frozenset(
    """planning reporting monitoring evaluation evaluating implementation
    implementing reviewing review""".split()  # noqa: SIM905
)
#: The other stages of such a cycle, in the same sentence: assessment and treatment
#: (care), diagnosis, implementation, monitoring, evaluation.
_CYCLE = re.compile(
    r"\b(?:assess(?:ment|ments|ing)?|treat(?:ment|ments|ing)?|diagnos(?:is|ing|e)|"
    r"implement(?:ing|ation)?|monitor(?:ing)?|evaluat(?:e|ion|ing))\b",
    re.IGNORECASE,
)


#: What may stand right before a bare stage word that is no compound of it: a
#: separator, a conjunction, a determiner or a preposition ("the assessment,
#: planning and", "responsible for planning"); a noun there makes a kind of
#: planning that names a skill ("treatment planning", "implementation planning").
_STAGE_BEFORE = re.compile(
    r"(?:^|[,;:(/&]|\b(?:and|or|the|of|for|in|to|with|including|include|includes))"
    r"\s*$",
    re.IGNORECASE,
)
#: Between two stages of one list: separators and at most one more word.
_LIST_GAP = re.compile(
    r"^\s*(?:,|/|&|\band\b|\bor\b|\s)*\s*(?:[\w'’-]+\s*(?:,|/|&|\band\b|\bor\b)?"
    r"\s*)?$",
    re.IGNORECASE,
)


def cycle_stage(m: Mention, sentence: str, sentence_start: int) -> bool:
    """A bare process word, no noun right before it, listed next to another stage of
    a cycle of assessment, treatment, implementation or evaluation."""
    surface = m.text.strip().lower()
    if surface not in _STAGE_WORDS:
        return False
    start, end = m.start - sentence_start, m.end - sentence_start
    if not _STAGE_BEFORE.search(sentence[:start]):
        return False
    for other in _CYCLE.finditer(sentence):
        if other.group().lower() == surface:
            continue
        if other.end() <= start:
            gap = sentence[other.end() : start]
        elif other.start() >= end:
            gap = sentence[end : other.start()]
        else:
            continue
        if _LIST_GAP.match(gap) and re.search(r"[,/&]|\band\b|\bor\b", gap):
            return True
    return False


#: "under the supervision of", "Working under supervision", "without direct
#: supervision": the candidate is supervised.
_SUPERVISED = re.compile(
    r"\b(?:under|without|with(?:out)?\s+(?:no|little|minimal|limited))\s+"
    r"(?:the\s+|direct\s+|close\s+|minimal\s+|limited\s+|clinical\s+|professional\s+)*"
    r"supervis(?:ion|ed)\b",
    re.IGNORECASE,
)


def being_supervised(m: Mention, text: str) -> bool:
    """Supervision the candidate receives, read as a skill of supervising."""
    if "supervis" not in m.text.lower():
        return False
    if "independen" in (m.canonical or "").lower():
        return False  # "work without supervision" -> Independent work is asked
    start = max(0, m.start - 40)
    return any(
        mt.end() > m.start - start for mt in _SUPERVISED.finditer(text[start : m.end])
    )


#: The capitalised noun of a unit's name after (or ending) a field's name.
_UNIT_NOUN = r"(?:Services?|Clinics?|Centres?|Centers?|Department|Directorate)"
_UNIT_AFTER = re.compile(rf"[ \t]+{_UNIT_NOUN}\b")
_UNIT_LAST = re.compile(rf"\b{_UNIT_NOUN}$")
_DETERMINER = re.compile(r"(?:\b(?:the|our|their|its|this|a|an)|[A-Z][\w'’&-]*)[ \t]+$")


def unit_name(m: Mention, text: str, domain: bool, title: str = "") -> bool:
    """A known field written as the capitalised name of a service, clinic or
    centre, after a determiner or as part of a longer name; not one the posting's
    title holds ("Deputy Head of Legal Services": the post's own field)."""
    if not domain or (title and m.text.strip().lower() in title.lower()):
        return False
    words = m.text.split()
    if not words or not all(w[:1].isupper() or w in ("and", "&", "of") for w in words):
        return False
    last = _UNIT_LAST.search(m.text.strip())
    if last and last.group().lower()[:6] in (m.canonical or "").lower():
        return False  # "Customer Service", "Legal Services": the skill's own name
    if not (last or _UNIT_AFTER.match(text, m.end)):
        return False
    return bool(_DETERMINER.search(text[max(0, m.start - 40) : m.start]))


#: An ask taken back: "is not essential", "not required", "not necessary".
_NOT_ASKED = re.compile(
    r"\b(?:is|are|be|isn['’]t|aren['’]t)?\s*not\s+(?:essential|required|necessary|"
    r"a\s+(?:requirement|pre-?requisite|must))\b|\bisn['’]t\s+(?:essential|required|"
    r"necessary)\b|\bno\s+(?:previous\s+|prior\s+)?experience\s+(?:is\s+)?"
    r"(?:required|necessary|needed)\b",
    re.IGNORECASE,
)
#: Words that still want the thing ("desirable but not essential") ...
_STILL_WANTED = re.compile(
    r"\b(?:desirable|desired|preferred|preferable|advantageous|advantage|beneficial|"
    r"welcome|ideally|helpful|useful|plus|as\s+(?:full\s+)?training)\b",
    re.IGNORECASE,
)
#: ... and words that turn the phrase between the term and the "not":
#: "experience in the NHS, however this is not essential".
_TURN = re.compile(r"\b(?:but|however|although|though|whereas|while|whilst)\b", re.I)


def taken_back(m: Mention, text: str) -> bool:
    """The term lies in a phrase that says it is not needed ("having experience in
    the NHS is not essential", "but NHS experience is not essential"), in the same
    comma-free stretch, nothing there still wants it ("desirable but not
    essential") and no turn stands between the term and the "not"."""
    left = max(text.rfind(c, 0, m.start) for c in ",;.:!?\n") + 1
    rights = [i for i in (text.find(c, m.end) for c in ",;.:!?\n") if i >= 0]
    piece = text[left : min(rights) if rights else len(text)]
    found = _NOT_ASKED.search(piece)
    if found is None or found.start() < m.end - left:
        return False
    between = piece[m.end - left : found.start()]
    return not _STILL_WANTED.search(piece) and not _TURN.search(between)


#: A run of names after a lead naming partners or units, up to the mention.
_PARTNER_RUN = re.compile(
    r"\b(?:(?:agencies|organi[sz]ations|partners|providers|bodies|teams|departments|"
    r"divisions?|directorates?)\s*,?\s*(?:\(|such\s+as\b|e\.?\s?g\.?|including\b|"
    r"which\s+include\b|like\b|for\s+example\b)|team\s*(?:\(|,?\s*which\s+"
    r"include\b))\s*:?\s*(?:the\s+)?"
    r"(?:[\w&'’/-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,10}$",
    re.IGNORECASE,
)


def partner_listed(m: Mention, text: str, domain: bool) -> bool:
    """A field, or a capitalised name no taxonomy knows, in a run of partners or
    units ("other agencies such as Public Health, ...")."""
    if not (domain or (not m.canonical and m.text[:1].isupper())):
        return False
    left = text[max(0, m.start - 160) : m.start]
    left = re.sub(r"(?i)\b(e)\.(g)\.", r"\1 \2 ", left)  # "e.g." ends no sentence
    left = left[max(left.rfind(c) for c in ".;\n") + 1 :]
    return _PARTNER_RUN.search(left) is not None


_WORK_VERBS = frozenset(
    """manage manages managing perform performs performing use uses using escalate
    escalates escalating follow follows following carry carries carrying
    undertake undertakes undertaking complete completes completing""".split()  # noqa: SIM905
)
_WORK_UNITS = frozenset(
    "process processes task tasks procedure procedures request requests skills".split()  # noqa: SIM905
)
_WORK_PLAIN = frozenset(
    """the a an all any various routine daily day-to-day general basic relevant
    professional agreed required set standard other out their your own""".split()  # noqa: SIM905
)


def generic_work(m: Mention) -> bool:
    """A phrase no taxonomy names made of a verb of doing work, plain modifiers and
    a generic unit of work."""
    words = m.text.lower().split()
    return (
        m.canonical is None
        and 2 <= len(words) <= 5
        and words[0] in _WORK_VERBS
        and words[-1] in _WORK_UNITS
        and all(w in _WORK_PLAIN for w in words[1:-1])
    )


_NOTICE = re.compile(
    r"[ \t]+(?:any|all|faults?|hazards?|incidents?|concerns?|back|issues?|defects?|"
    r"problems?|accidents?|errors?|breakdowns?|absences?|sickness|damages?|"
    r"safeguarding|near\s+misses)\b",
    re.IGNORECASE,
)


def notification(m: Mention, text: str) -> bool:
    """A bare "report(ing)" that tells someone of something."""
    return m.text.strip().lower() in ("report", "reports", "reporting") and bool(
        _NOTICE.match(text, m.end)
    )


def other_sense(m: Mention, text: str, domain: bool, title: str = "") -> bool:
    """Whether ``m`` is used in one of the senses of the module, not as a skill."""
    left = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
    sentence = text[left : min(rights) if rights else len(text)]
    return (
        clinical_presentation(m, text)
        or cycle_stage(m, sentence, left)
        or being_supervised(m, text)
        or unit_name(m, text, domain, title)
        or partner_listed(m, text, domain)
        or taken_back(m, text)
        or generic_work(m)
        or notification(m, text)
    )
