"""Whether a place in the resume claims what a credential or a soft skill needs.

Two kinds of posting term are not shown by their words alone:

* **A credential** (a qualification, a registration, a licence, a membership, a
  degree): a term the posting writes as one ("qualified Accountant", "chartered
  surveyor", "NMC registration", "HCPC registered", "degree in Computer Science";
  :func:`credential_term`) or whose taxonomy skill is a certification. The field
  word ("accounting data", "accounting practices") shows the field of work, not
  that the candidate holds the credential. The evidence shows the credential only
  as a statement of holding it (:func:`states_credential`): in the certifications
  section, on a line with a credential word (qualified, chartered, certified,
  registered, licensed, accredited, member, fellow, a certificate, a
  qualification), in capitals as the credential's acronym ("CIMA", "CPA"), and, for
  a degree, in the education section or on a line naming a degree. Any other place
  still counts as related evidence (``implied``, through the field) and is shown
  so: the field word never stands for the credential.
* **A soft skill** ("organizational", "communicator", "planning"): shown where the
  candidate exercises it, not where its word describes a thing
  (:func:`thing_described`). Two cues, on the words around the match:

  - *a thing's function*: the skill's word is what a product does, not what the
    candidate did: a purpose clause ("to ...", "for ...") on a thing the candidate
    made ("Created a web application to plan and organize events"; "Built an app
    for organizing tasks"), or a relative or participle clause whose subject is a
    thing ("a platform that helps teams organize", "a tool allowing users to plan").
    A thing is a noun of :data:`THINGS`; "made" is a verb of :data:`_MAKING` before
    it in the sentence. A tool the candidate *uses* to do it keeps the candidate as
    the agent ("Used Excel to organize data" is evidence).
  - *a thing's kind*: the skill's one word, a noun or an adjective, modifies a
    system's, tool's or facility's noun (its next one or two words end in a noun
    of :data:`~gapcheck.score.sense.SYSTEM_NOUNS`): "interoffice communication
    equipment", "electric and communication facilities", "Budgeting and Planning
    Application". What the candidate made is not one: "developing innovative
    solutions" shows innovation. A verb's next words are its object ("communicate
    program features" is the candidate's). This is the rule of
    :func:`gapcheck.score.sense.describes_thing` for nouns as well as adjectives.

  The project's parser (models/gapcheck_en_base, UD labels) was tried for the first
  cue and attaches these purpose clauses to the main verb ("Created ... application
  to plan": ``plan`` is ``advcl`` of ``Created``) and tags a clipped resume verb as
  an adjective ("Organized 3 conferences": ``amod``), so the cues are read off the
  words instead of the tree.
* **A soft skill received or named, not exercised** (round 9, the fifth hand audit):
  its word as what the candidate is given ("operates well with minimal
  supervision", "under the direction of the manager", "without supervision":
  :func:`received`), or as the head of a work's name ("Influence: The Psychology of
  Persuasion", a talk's 'Influence "Chapter 7: Liking"': :func:`names_work`).
  "Under my supervision" and "Leadership: led a team of 5" stay the candidate's.
* **A way of working studied, or a word of how well something is known** (round 9,
  the sixth hand audit, /work/notes/evidence_audit_r9b.md): on a line naming a degree
  or the courses taken, a soft skill's wording is a subject studied, not exercised
  ("Bachelor of Arts, Communication and Journalism", "Relevant Course Work:
  Organizational Behavior"), and a way of working's wording that only ends a longer
  subject's name is that subject ("Masters of Business Administration" is no
  administrative support, "MBA: Human Resource Management" no resource management;
  "Bachelor of Science: Public Relations" still shows public relations:
  :func:`studied`). A soft skill's adjective qualifying what the candidate knows
  ("Thorough knowledge of credit policies") says how much is known, not a trait
  (:func:`qualifies_knowing`).
* **A trait's word naming a thing, or a subject under a courses' lead-in** (round 10,
  the seventh hand audit, /work/notes/evidence_audit_r10.md): a soft skill's one word
  before a noun of records or accounts (:data:`OBJECTS`: "organizational charts",
  "flexible / spending" across a wrapped line), or its noun counted by an article or
  a quantifier ("a global health initiative": a programme, not the uncountable
  trait; a noun of a doing, "a financial analysis", stays the candidate's) names a
  thing (:func:`names_thing`); a soft skill's wording on a line that continues a
  courses' list begun on a line above ("Courses: ..., Basic" / "Communication and
  Conflict Management Skills") is a subject studied (:func:`studied`).
* **Evidence through a place**: a way of working (a method or a soft skill) whose
  word classifies the workplace ("an Agile environment", "a collaborative culture")
  says where the candidate worked, not a practice: it implies no broader skill
  (Agile -> Project management) and its one word shows no soft skill
  ("deadline-driven environment", "a constantly supervised play environment";
  :func:`names_place`). A tool's environment ("AWS environment") is still the
  tool, and a soft skill's own wording in the taxonomy ("team environment" for
  Teamwork) is still the skill.
"""

from __future__ import annotations

import re

from gapcheck.score.sense import FUNCTION_WORDS, SYSTEM_NOUNS, next_words

#: Nouns of things that do something: systems, tools, products, equipment.
THINGS = SYSTEM_NOUNS | frozenset(
    """product products dashboard dashboards module modules
    device devices interface interfaces site sites page pages game games bot bots
    extension extensions plugin plugins widget widgets gadget gadgets machine
    machines program's app's""".split()  # noqa: SIM905
)
#: Nouns of workplaces: a skill word before one says where, not what the candidate did.
PLACES = frozenset(
    """environment environments setting settings culture cultures workplace
    workplaces atmosphere""".split()  # noqa: SIM905
)
#: Taxonomy kinds of a way of working: one that names the workplace ("Agile
#: environment") says where, not that the candidate practises it; a tool's or a
#: technology's environment ("AWS environment") is still the tool.
PRACTICES = frozenset({"method", "soft"})
_MAKING = re.compile(
    r"\b(?:creat|buil[dt]|develop|design|launch|implement|deploy|cod(?:e|ed|ing)\b|"
    r"programm|engineer|prototyp|ship|releas|architect|wr[io]te|made|make)",
    re.I,
)
#: A thing noun, then a link to the skill's word: the thing's function.
_FUNCTION = re.compile(
    r"\b(?P<noun>[A-Za-z][\w'-]*)\s+"
    r"(?P<link>that|which|to|for|allowing|enabling|letting|helping|allows|enables|"
    r"lets|helps)\s+(?:[\w'-]+[\s,]+){0,3}?(?:(?:and|or|&)\s+)?$",
    re.I,
)
#: The longest acronym of a credential ("ACCA", "CIPD", "FCCA"): a longer word in
#: capitals is a heading or a subject ("ACCOUNTING" of a degree line).
MAX_ACRONYM = 6
_OWNED_LINKS = frozenset({"to", "for"})
_SENTENCE_END = re.compile(r"[.;!?•]\s|\n")
#: A verb's shape ("communicate", "organized", "communicates", not "collaborative"):
#: the words after it are its object, not a noun it modifies.
_VERB_FORM = re.compile(r"(?:ed|[^v]es?)$", re.I)
#: Words after a skill's word that do not make it a modifier of the next noun.
_LINKING = FUNCTION_WORDS | {"is", "are", "was", "were"}

#: A credential written as one: a qualifier before the field ("qualified Accountant",
#: "chartered surveyor") or a credential noun in the wording ("NMC registration").
_CREDENTIAL_NAME = re.compile(
    r"\b(?:qualified|qualification|chartered|certified|certification|certificate|"
    r"registered|registration|licen[cs]ed?|accredited|accreditation|membership|"
    r"degree|diploma|bachelor'?s?|master's)\b",
    re.I,
)
_DEGREE_NAME = re.compile(r"\b(?:degree|diploma|bachelor'?s?|master's)\b", re.I)
#: Words that state a credential is held, on the evidence's line.
_HOLDING = re.compile(
    r"(?i:\b(?:qualified|qualifications?|chartered|certified|certificate|"
    r"certification|registered|registration|licen[cs]ed?|accredited)\b)|"
    r"\b(?:[Mm]ember|[Ff]ellow)(?:ship)? of (?:the )?[A-Z]",
)


def credential_term(name: str, kind: str | None) -> bool:
    """Whether a posting term is a credential: its wording names one, or its taxonomy
    skill is a certification."""
    return kind == "certification" or bool(_CREDENTIAL_NAME.search(name))


def _line(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]


def states_credential(
    text: str, start: int, end: int, section: str | None, term_name: str
) -> bool:
    """Whether the resume's ``text[start:end]`` (in ``section``) states the credential
    ``term_name`` is held (see the module)."""
    if end <= start or section == "certifications":
        return True  # synthetic evidence is written as the credential
    words = text[start:end].strip()
    if words.isupper() and 2 <= len(words) <= MAX_ACRONYM and " " not in words:
        return True  # the acronym, written as the credential ("CIMA", "CPA")
    line = _line(text, start, end)
    if _HOLDING.search(line):
        return True
    if _DEGREE_NAME.search(term_name):
        from gapcheck.parse.degrees import degree_levels

        return section == "education" or bool(degree_levels(line))
    return False


def _sentence_before(text: str, start: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    for found in _SENTENCE_END.finditer(text, lo, start):
        lo = found.end()
    return text[lo:start]


def _modifies(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the one word ``text[start:end]`` modifies a noun of ``nouns``: its next
    word is one, or its next two words end in one with no function word between."""
    if " " in text[start:end].strip():
        return False
    following = next_words(text, end, 2)
    if not following or following[0] in _LINKING:
        return False
    return following[0] in nouns or (len(following) > 1 and following[1] in nouns)


def thing_described(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's wording ``text[start:end]`` describes a thing's
    function or kind, not the candidate (see the module)."""
    if end <= start:
        return False
    verb = _VERB_FORM.search(text[start:end].strip())  # "communicate program features"
    if not verb and _modifies(text, start, end, SYSTEM_NOUNS):
        return True
    found = _FUNCTION.search(_sentence_before(text, start))
    if found is None or found.group("noun").lower() not in THINGS:
        return False
    if found.group("link").lower() not in _OWNED_LINKS:
        return True  # the thing does it: "an app that helps users organize"
    made = _sentence_before(text, start)[: found.start()]
    return bool(_MAKING.search(made))


#: Before a soft skill's word: the candidate is on its receiving end ("with minimal
#: supervision", "under the direction of", "without guidance"). "Under" only with no
#: owner between ("under my supervision" is the candidate's).
_RECEIVING = re.compile(
    r"(?:\bunder(?:\s+(?:the|close|direct|general|constant|strict))*"
    r"|\b(?:minimal|minimum|little|limited|no)"
    r"|\bwithout(?:\s+(?:any|much|close|direct|constant|immediate|and|or))*)\s+$",
    re.I,
)
#: After a soft skill's word: the rest of a work's name, a subtitle after a colon that
#: opens with an article and a capital ("Influence: The Psychology of Persuasion"), or
#: a quoted title ('Influence "Chapter 7: Liking" Group Presentation').
_WORK_NAME = re.compile(r"(?::\s+(?:The|A|An)\s+[A-Z]|\s+[\"\u201c]\w)")
#: Words of what one is given by someone who leads: "supervision" received is no
#: leadership; "under tight deadlines" still shows working to deadlines.
GUIDANCE = frozenset(
    """supervision guidance direction leadership management oversight instruction
    coaching mentoring mentorship""".split()  # noqa: SIM905
)


def received(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's wording ``text[start:end]`` is what the candidate
    receives ("minimal supervision"), not what they do (see the module)."""
    words = text[start:end].lower().split()
    if end <= start or not words or words[-1] not in GUIDANCE:
        return False
    lo = text.rfind("\n", 0, start) + 1
    return bool(_RECEIVING.search(text[lo:start]))


#: A participle followed by its agent: "organized by the Ministry", "were motivated
#: by personal goals", "a training facilitated by Synergo".
_BY_AGENT = re.compile(r"[ \t]+by[ \t]+\S", re.I)
#: Before a participle, a degree adverb that keeps the candidate the subject ("highly
#: motivated by challenges").
_DEGREE_ADVERB = re.compile(r"(?:\w+ly|very|so|self)[ \t-]*$", re.I)


def done_by_other(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's one word ``text[start:end]`` is a passive participle
    with its agent ("Research Competition organized by the Ministry", "Consultants
    were motivated by different personal goals"): someone else's act or state, not
    the candidate's; "highly motivated by challenges" stays."""
    word = text[start:end].strip()
    if end <= start or " " in word or not word.lower().endswith("ed"):
        return False
    lo = text.rfind("\n", 0, start) + 1
    return bool(_BY_AGENT.match(text, end)) and not _DEGREE_ADVERB.search(
        text[lo:start]
    )


def names_work(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's wording ``text[start:end]`` heads the name of a book, a
    talk or a course (a subtitle or a quoted title follows it)."""
    return end > start and bool(_WORK_NAME.match(text, end))


#: A line of the courses taken ("Relevant Course Work: ...", "Modules: ...").
_COURSES = re.compile(
    r"\bcourse\s?work\b|\b(?:relevant|related|selected|key|core)\s+(?:courses|"
    r"modules|subjects)\b|\b(?:courses|modules|subjects)(?:\s+\w+)?\s*:",
    re.I,
)
#: The word right before a match, written with a capital: the match ends a longer name.
_NAME_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][\w&'-]*)[ \t]+$")
#: Capitalised words before a subject that belong to the degree, not to the subject
#: ("Bachelor of Science Public Relations").
_DEGREE_WORDS = frozenset(
    """arts art science sciences of in and the degree diploma hons honours""".split()  # noqa: SIM905
)


def _study_line(line: str, section: str | None) -> bool:
    """A line of courses, or one naming a degree; outside the education section a
    degree named in capitals, by more than the word "degree" ("Led the degree
    launch", "train associates" name none); a skills list's line is never one."""
    from gapcheck.parse.degrees import degree_levels

    if section == "skills":
        return False
    if _COURSES.search(line):
        return True
    if section != "education":
        words = [w for w in line.split() if w[:1].isupper()]
        line = re.sub(r"(?i)\bdegrees?\b", " ", " ".join(words))
    return bool(degree_levels(line))


#: A line's own lead-in ("Skills: ...", "Courses: ..."): a label and a colon.
_LEAD_IN = re.compile(r"[ \t]*[A-Za-z][\w &/,()'-]{0,40}:")
#: How many lines back a wrapped list's lead-in is looked for.
LEAD_IN_LINES = 3


def study_line(line: str, section: str | None) -> bool:
    """Whether ``line`` (in ``section``) is a courses' line or names a degree."""
    return _study_line(line, section)


def _courses_lead_in(text: str, start: int) -> bool:
    """Whether the line at ``start`` continues a courses' list begun on a line above
    ("Courses: Corporate Compliance and Ethics, Basic" / "Communication and Conflict
    Management Skills"): walking back while the line has no lead-in of its own and
    the line above runs on (no sentence end, not blank), up to
    :data:`LEAD_IN_LINES` lines, the first lead-in found is a courses' one (a
    heading line "Relevant Coursework" counts as one)."""
    lo = text.rfind("\n", 0, start) + 1
    for _ in range(LEAD_IN_LINES):
        if _LEAD_IN.match(text, lo) or lo == 0:
            return False  # the line's own label governs it
        above_lo = text.rfind("\n", 0, lo - 1) + 1
        above = text[above_lo : lo - 1].rstrip()
        if not above or above[-1] in ".!?;":
            return False
        if _COURSES.search(above) or re.fullmatch(
            r"(?i)\s*(?:relevant\s+|related\s+)?(?:course\s?work|courses|modules)\s*",
            above,
        ):
            return True
        lo = above_lo
    return False


def studied(
    text: str, start: int, end: int, soft: bool, section: str | None = None
) -> bool:
    """Whether the wording ``text[start:end]`` (in ``section``) of a way of working
    (a soft skill when ``soft``, else a method) names a subject of study on a
    degree's or the courses' line, not the practice (see the module)."""
    words = text[start:end].split()
    if end <= start or not words or _VERB_FORM.search(words[-1]):
        return False  # "organized and supervised a summit": the candidate did it
    if not _study_line(_line(text, start, end), section) and not (
        soft and _courses_lead_in(text, start)
    ):
        return False
    if soft:
        return True
    if not words[0][:1].isupper():
        return False
    lo = text.rfind("\n", 0, start) + 1
    before = _NAME_BEFORE.search(text, lo, start)
    if before is None:
        return False
    word = before.group(1)
    from gapcheck.parse.degrees import degree_levels

    return (
        word.lower() not in _DEGREE_WORDS
        and word.lower() != words[0].lower()  # "Finance Finance": a merged line
        and not degree_levels(word)
    )


#: Nouns of records, accounts and programmes: a trait's word before one classifies
#: the thing ("organizational charts", "flexible spending [account]"), it is no
#: quality of the person. The candidate's work described by quality ("innovative
#: marketing strategies", "collaborative projects") is not among them.
OBJECTS = frozenset(
    """chart charts organigram organigrams diagram diagrams spending account
    accounts benefit benefits""".split()  # noqa: SIM905
)
#: Nouns of an organisation's own aims, structure and parts (round 11): a soft
#: skill's adjective right before one is the organisation's ("organizational goals",
#: "organizational restructure", "organizational units", "all organizational
#: levels"), not a quality of the candidate.
ORGANISATION = frozenset(
    """goal goals objective objectives mission missions need needs structure
    structures restructure restructuring unit units level levels hierarchy
    hierarchies policy policies change changes effectiveness performance behavior
    behaviour psychology""".split()  # noqa: SIM905
)
#: Words that count the noun after them, making it one instance (a programme), not
#: the trait, an uncountable noun: "a global health initiative", "several
#: initiatives". A definite article or a possessive does not count ("took the
#: initiative", "provided the strategic leadership", "on my own initiative").
_COUNTING = frozenset(
    """a an this that these those each every several many multiple various
    numerous""".split()  # noqa: SIM905
)
#: Words that join the noun to another: a phrase going on, not the noun's head.
_JOINING = frozenset({"and", "or", "but", "yet", "nor"})
#: A person's noun ("a self-starter", "a go-getter", "an excellent communicator"):
#: the candidate, counted.
_PERSON_NOUN = re.compile(r"(?:er|or|ist)s?$", re.I)
#: Adjectives ending in "e" that :data:`_VERB_FORM` would take for verbs.
_ADJECTIVE_E = re.compile(r"(?:ible|able)$", re.I)
_NEXT_WORD_END = re.compile(r"[ \t]+([A-Za-z][A-Za-z'-]*)")
#: A noun of a doing (a gerund or a nominalised verb: "coaching", "a financial
#: analysis", "a presentation", "an assessment"): counted, it is still the
#: candidate's work, unlike a trait's noun ("a global health initiative").
_ACTION_NOUN = re.compile(r"(?:ing|sis|[st]ion|ment|[ae]nce)s?$", re.I)
_WRAP_WORD = re.compile(r"[ \t]*\n[ \t]*([a-z][A-Za-z'-]*)")
_BEFORE_WORDS = re.compile(r"((?:[A-Za-z][\w'&/-]*[ \t]+){1,5})$")


def _head_after(text: str, end: int) -> list[str]:
    """The next one or two words after ``end`` (:func:`next_words`), going on across
    a line break before a lower-case word (a wrapped line: "flexible" / "spending");
    a word written with a capital after a lower-case one starts a new run (a
    sentence whose full stop the PDF lost: "organizational" / "charts Manage")."""
    first = _NEXT_WORD_END.match(text, end) or _WRAP_WORD.match(text, end)
    if first is None:
        return []
    second = _NEXT_WORD_END.match(text, first.end())
    words = [first.group(1)] + ([second.group(1)] if second else [])
    if len(words) > 1 and words[0][:1].islower() and words[1][:1].isupper():
        words = words[:1]
    return [w.lower() for w in words]


def names_thing(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's one word ``text[start:end]`` names a thing, not the
    trait: it modifies a noun of :data:`OBJECTS` (the head of its next one or two
    words, across a wrapped line: "organizational charts", "401(k), flexible /
    spending", "flexible spending account"; not "proactive account management"), its
    next word is a noun of :data:`ORGANISATION` ("organizational goals"), or
    it heads a noun phrase counted by an article or a quantifier ("a global health
    initiative between ...": a programme). A verb is the candidate's doing, and so
    is a noun of a doing (:data:`_ACTION_NOUN`: "a financial analysis"); a person's
    noun ("a self-starter") is the candidate."""
    word = text[start:end].strip()
    verb = _VERB_FORM.search(word) and not _ADJECTIVE_E.search(word)
    if end <= start or " " in word or verb:
        return False
    following = _head_after(text, end)
    if following and following[0] not in _LINKING and following[-1] in OBJECTS:
        return True
    if following and following[0] in ORGANISATION and not word.endswith("ing"):
        return True  # "negotiating changes" is a gerund and its object
    if _PERSON_NOUN.search(word) or _ACTION_NOUN.search(word):
        return False
    head = not following or (
        following[0] in FUNCTION_WORDS and following[0] not in _JOINING
    )
    after = text[end:].lstrip(" \t")[:1]
    if not head or after in {",", "-", "/", "&"}:
        return False
    lo = text.rfind("\n", 0, start) + 1
    before = _BEFORE_WORDS.search(text, lo, start)
    if before is None:
        return False
    words = before.group(1).lower().split()
    for i in range(len(words) - 1, -1, -1):  # the nearest determiner
        if words[i] in _COUNTING:
            between = set(words[i + 1 :])
            return "own" not in between and not between & FUNCTION_WORDS
        if words[i] in FUNCTION_WORDS:
            return False
    return False


#: Nouns of what one knows: a soft skill's adjective before one says how well.
KNOWING = frozenset(
    """knowledge understanding grasp familiarity awareness expertise command
    background""".split()  # noqa: SIM905
)


def qualifies_knowing(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's one word ``text[start:end]`` qualifies what the
    candidate knows ("Thorough knowledge of", "thorough working knowledge"), not
    the candidate; a verb ("Organized knowledge-sharing sessions") is the
    candidate's."""
    if end <= start or _VERB_FORM.search(text[start:end].strip()):
        return False
    return _modifies(text, start, end, KNOWING)


def names_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` classifies a workplace: it ends in a noun of
    :data:`PLACES` ("Agile environment", a wording the taxonomy lists), or its one
    word modifies one ("Agile team environment")."""
    words = text[start:end].lower().split()
    if not words:
        return False
    return words[-1] in PLACES or _modifies(text, start, end, PLACES)


__all__ = [
    "GUIDANCE",
    "KNOWING",
    "OBJECTS",
    "PLACES",
    "PRACTICES",
    "THINGS",
    "credential_term",
    "names_place",
    "names_thing",
    "names_work",
    "qualifies_knowing",
    "received",
    "states_credential",
    "studied",
    "study_line",
    "thing_described",
]
