"""Key phrases of essential requirement lines that no known skill names.

The taxonomy and the skill model name most of what a posting asks. What they miss
is often written plainly on an essential line: "Legally entitled to work in the UK",
"Oral & Nasal Suctioning", "The individual needs to manage their own case load",
"You must be able to travel across Herefordshire". Such a line asks for its object
phrase, so that phrase is a term, named as the posting names it:

* **long spans**: a model span of more than three words with no canonical skill,
  on a required line, is cut to its object ("working with NHS regulatory bodies" ->
  "NHS regulatory bodies", "coordinating shifts in a clinical area" -> "coordinating
  shifts");
* **lines with no term**: on a required line where nothing else was kept, the object
  of "experience of / knowledge of / ability to / able to ..." and a short line
  (a bullet of a few words) as a whole;
* **the title's profession**: a registered profession named in the title with its
  specialism ("Senior Clinical Psychologist" -> "Clinical Psychologist", "Static
  Musculoskeletal Physiotherapist - Band 5" -> "Musculoskeletal Physiotherapist"):
  the post asks for that registration, when no term of the title names it already.

A key phrase is cleaned (no lead-in words, no trailing qualifier or punctuation, one
to four words, some content word that is no function, "how much" or trait word) and
then passes the same rules as every other mention (:mod:`.posting_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

from gapcheck.parse.asking import (
    GAINED,
    INVITES,
    LIST_ASKED,
    NOT_ASKING,
    OBJECT_ASKED,
    OFFER_LEAD,
    OTHERS_ABILITY,
    OURS,
    QUALITY_ASKED,
    QUALITY_OFFERED,
    TEAM_ASKED,
    TEAM_SUBJECT,
    TRAIT_SEEKS,
)
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting, Requirement

SOURCE: Final = "keyphrase"
#: At most this many words in a key phrase (a longer wording is scored as a line by
#: its words: ``gapcheck.score.requirements.LONG_SURFACE``).
MAX_WORDS = 3
#: A short line: asked as a whole when it has at most this many words.
SHORT_LINE = 6
#: Words that lead into the object of an ask, dropped from a phrase's start.
LEAD = frozenset(
    """you your will must should shall need needs to be have has hold holds a an the
    good excellent strong sound proven demonstrable demonstrated clear thorough
    broad extensive significant some previous relevant recent substantial solid
    basic working knowledge experience experienced understanding awareness
    ability able skills skill of in with within their his her own evidence
    demonstrate demonstrating undertake undertaking also both either
    appropriate current full valid legally willing prepared expected required
    requires require essential desirable""".split()  # noqa: SIM905
)
#: What ends an object phrase: a qualifier, a clause or another item.
_END = re.compile(
    r"\s*(?:[,;:.()!?\[\]]|\s[-–—]\s|\b(?:is|are|was|were|would|will|if|at|within|"
    r"across|around|throughout|in\s+(?:a|an|the|order|line|accordance)|as\s+well|"
    r"as\s+part|and\s+(?:be|have|also|to|the\s+ability|able|willing)|including|such\s+as|e\.?g|"
    r"which|who|that|to\s+(?:ensure|support|meet|enable|a|an|the)|for|when|where|"
    r"whilst|while|so|with\s+(?:minimum|minimal|the\s+ability)|etc|or\s+equivalent)\b)",
    re.IGNORECASE,
)
#: A word of the time asked before an object ("1 year+", "years'", "yrs").
_QUANTITY = re.compile(r"(?i)(?:years?|yrs?|months?)['’+]*$|minimum$|min$|plus$|least$")
#: Words that say of what kind the words before them are ("Management experience",
#: "Barista skills"): with a named field before them the phrase names it (round 12).
_OF_KIND = frozenset({"experience", "skills", "knowledge"})
#: A quantity before the object: what follows names it.
_MANY = re.compile(
    r"\b(?:an?\s+)?(?:(?:wide|broad|full|diverse)\s+)?(?:range|variety|number|"
    r"breadth|mix)\s+of\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'+/.-]*")
#: Words that say nothing a resume could show alone (with the lead-in words).
_EMPTY = LEAD | frozenset(
    """and or & a an the of to for on by as from into at it this that these those
    all any other others etc work working job role post duties tasks things people
    staff team teams service services level high standard standards range variety
    way ways manner areas area time day days week weeks hours shift shifts year
    years month months period periods number well very highly new practice interest
    aptitude
    commitment""".split()  # noqa: SIM905
)
#: Verbs that name no skill alone (the object of "able to" may be one that does:
#: "travel", "drive").
_VERBS = frozenset(
    """ensure result meet achieve contribute deliver provide support help assist
    make take get give do be have go use adapt apply demonstrate respond
    participate manage perform undertake carry engage handle deal cope act follow
    complete maintain attend keep put set cover join work""".split()  # noqa: SIM905
)
#: Heads that name nothing a resume can show when every word before them is
#: generic too (general English: abstract nouns of kind, occasion and share, and
#: adjectives of sameness, degree and vagueness): "situations", "a wide range of
#: activities", "other platforms", "perform routine tasks", "meet specified targets",
#: "similar setting", "post go-live periods".
GENERIC_HEADS = frozenset(
    """activity activities situation situations approach approaches issue issues
    matter matters aspect aspects thing things task tasks platform platforms target
    targets goal goals objective objectives need needs requirement requirements
    demand demands change changes challenge challenges opportunity opportunities
    responsibility responsibilities duty duties outcome outcomes result results
    expectation expectations priority priorities specialism specialisms
    speciality specialities specialty specialties setting settings environment
    environments style styles means method methods type types kind kinds form
    forms sort sorts element elements factor factors circumstance circumstances
    period periods occasion occasions part parts field fields sector sectors
    context contexts capacity role roles level levels basis""".split()  # noqa: SIM905
)
GENERIC_MODIFIERS = frozenset(
    """similar same such various different diverse related comparable equivalent
    specified particular certain general routine usual normal typical everyday
    daily regular wider wide whole total overall own given main key further
    additional extra multiple several many few more most less other another
    suitable appropriate relevant busy fast-paced pressured changing varied
    variety""".split()  # noqa: SIM905
)
#: A word that modifies a noun to come: a phrase ending in one was cut short.
_MODIFIER = re.compile(r"(?:able|ible|ive|ous|ful|al)$|-\w+(?:ing|ed)$")
#: Word endings of nouns: a single word cut before a comma is the first item of a
#: list, asked only when it is a thing ("children, young people & parents").
_NOUN_FORM = re.compile(
    r"(?:ment|tion|sion|ance|ence|ity|ness|ship|ism|ogy|ics|ure|age|ren|[^s]s)$"
)
#: Function words, off a phrase's end ("case load and" -> "case load").
_TAIL = frozenset(
    "and or & a an the of to for on by as from into at with in towards toward".split()  # noqa: SIM905
)
#: A verb's particle at a phrase's end: the verb lost its object ("set out" of "as
#: set out in the job description", "carry out").
_PARTICLE = frozenset("out up off down over away back through".split())  # noqa: SIM905
#: An adverb that grades any work ("work effectively", "communicate well") says how
#: well, not what: off the end, and what is left must still name something. Adverbs
#: that name a way of working ("work autonomously", "work flexibly", "work
#: collaboratively") stay: a resume shows them.
_GRADING = frozenset(
    """effectively efficiently successfully appropriately properly well competently
    accurately quickly promptly confidently professionally positively
    constructively productively safely sensitively clearly consistently
    reliably correctly adequately satisfactorily""".split()  # noqa: SIM905
)
#: The participle of a compound modifier ("evidence based", "person centred",
#: "patient led"): the word before it belongs to the phrase.
_COMPOUND = frozenset(
    """based led centred centered focused focussed driven related informed
    orientated oriented facing""".split()  # noqa: SIM905
)
#: The employer's own words before an object ("our dispensaries").
_POSSESSIVE = frozenset("our us we their".split())  # noqa: SIM905
_BULLET = re.compile(r"[ \t]*(?:[-•*·●▪◦–—]|\d{1,2}[.)])\s*")
#: Registered professions a title names (UK statutory registers: HCPC, NMC, GPhC,
#: GMC, GDC, Social Work England): the post asks for that profession.
PROFESSIONS = (
    "occupational therapist", "speech and language therapist", "physiotherapist",
    "psychologist", "nurse practitioner", "nurse", "midwife", "pharmacist",
    "radiographer", "dietitian", "dietician", "paramedic", "podiatrist",
    "biomedical scientist", "clinical scientist", "audiologist", "social worker",
    "operating department practitioner", "orthoptist", "prosthetist", "orthotist",
    "art therapist", "music therapist", "drama therapist", "dental nurse",
    "dental hygienist", "dentist", "pharmacy technician", "chiropodist",
)  # fmt: skip
_PROFESSION = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in PROFESSIONS) + r")s?\b", re.IGNORECASE
)
#: Title words of grade, seniority and arrangement, not of the specialism.
_GRADE = frozenset(
    """senior junior principal principle lead chief deputy assistant trainee
    newly qualified static bank locum rotational rotation band registered
    experienced specialist advanced consultant highly and & or of the a an
    part time full fixed term permanent temporary foundation preceptorship
    preceptee graduate student apprentice practitioner new""".split()  # noqa: SIM905
)


def grade_word(word: str, taxonomy: Any) -> bool:
    """A title word of grade or arrangement ("Part-Time" by its parts), a band
    number, or an acronym no skill names (a trust or a site: "UHP")."""
    lowered = word.lower()
    if lowered in _GRADE or all(p in _GRADE for p in lowered.split("-") if p):
        return True
    if any(c.isdigit() for c in word):
        return True
    acronym = len(word) >= 2 and word.isupper() and word.isalpha()
    return acronym and taxonomy is not None and taxonomy.get(word) is None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def object_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The object phrase inside ``text[start:end]``: lead-in words off its start,
    anything after its first qualifier off its end; None when nothing is left that
    a resume could show."""
    many = _MANY.search(text, start, end)
    if many is not None and " to " not in f" {text[start : many.start()]} ":
        start = many.end()  # "assess and treat a range of neurological conditions"
    stop = _END.search(text, start, end)
    if stop is not None:
        if not text[start : stop.start()].strip():
            return None  # "to meet service need": a purpose, not an ask
        end = stop.start()
    words = list(_WORD.finditer(text, start, end))
    owned = [i for i, w in enumerate(words) if w.group().lower() == "own"]
    if owned and owned[0] + 1 < len(words):
        words = words[owned[0] + 1 :]  # "manage their own case load" -> "case load"
    dropped = None
    while words and (
        words[0].group().lower() in LEAD | _TAIL or _QUANTITY.match(words[0].group())
    ):
        dropped = words.pop(0)  # "you will need", "1 year+", "minimum 2 years"
    if words and words[0].group().lower() in _COMPOUND:
        if dropped is None or dropped.group().lower() in _TAIL:
            return None  # "based clinical interventions": cut inside a modifier
        words.insert(0, dropped)  # "evidence based clinical interventions"
    if words and words[0].group().lower() in _POSSESSIVE:
        return None  # "our dispensaries": the employer's, not asked
    while words and (
        words[-1].group().lower() in _TAIL
        or (words[-1].group().lower() in _GRADING and len(words) > 1)
    ):
        words.pop()  # "case load and", "work effectively"
    if not words or len(words) > MAX_WORDS:
        return None
    last = words[-1].group().lower()
    lowered = [w.group().lower() for w in words]
    if (
        last in _OF_KIND
        and len(words) >= 2
        and not _MODIFIER.search(lowered[-2])
        and any(w not in _EMPTY for w in lowered[:-1])
        and not any(w in _POSSESSIVE or "/" in w for w in lowered[:-1])
    ):
        return words[0].start(), words[-1].end()  # "Management experience"
    if (
        last in _EMPTY
        or last.rstrip("s") in _EMPTY
        or all(w in _EMPTY for w in lowered)
    ):
        return None  # "innovative new roles", "total work": no skill named
    if last in _PARTICLE:
        return None  # "set out": a verb that lost its object
    if last in GENERIC_HEADS and all(
        w in _EMPTY or w in _VERBS or w in GENERIC_MODIFIERS or w in _TAIL
        for w in lowered[:-1]
    ):
        return None  # "situations", "meet specified targets", "similar setting"
    if len(words) == 1 and (last in _VERBS or last.endswith(("ing", "ed"))):
        return None  # "ensure", "contributing", "Based": a verb alone names no skill
    if _MODIFIER.search(last):
        return None  # "developing scalable", "building high-performing": cut short
    listed = stop is not None and stop.group().strip() == ","
    if listed and len(words) == 1 and not _NOUN_FORM.search(last):
        return None  # "inform" of "inform, engage and involve": a verb of a list
    return words[0].start(), words[-1].end()


def _others(text: str, line_start: int, ask: int) -> bool:
    """Whether the ability or experience at ``ask`` is someone else's: a relative
    clause ("patients who are able to walk") or the employer's own."""
    if OTHERS_ABILITY.search(text, max(line_start, ask - 60), ask):
        return True
    if GAINED.search(text, max(line_start, ask - 40), ask):
        return True  # "gain experience in": offered
    clause = max(text.rfind(c, line_start, ask) for c in ".;:!?")
    return bool(OURS.search(text, max(line_start, clause + 1), ask))


def _mention(text: str, span: tuple[int, int], section: str | None) -> Mention:
    s, e = span
    return Mention(s, e, text[s:e], "SKILL", source=SOURCE, section=section)


def _required(posting: Posting) -> list[Requirement]:
    return [
        r
        for r in posting.requirements
        if r.importance == "required" and r.end > r.start and r.kind != "duty"
    ]


def long_span_phrases(
    mentions: Iterable[Mention], posting: Posting, taxonomy: Any = None
) -> list[Mention]:
    """Each long span with no canonical skill on a required line, cut to the known
    skill of two or more words it names ("working successfully at Board level" ->
    Board-level leadership), else to its object (the span itself when it has none)."""
    text = posting.document.text
    lines = _required(posting)
    out = []
    for m in mentions:
        long = not m.canonical and len(m.text.split()) > 3
        if long and any(r.start <= m.start < r.end for r in lines):
            if _gained(text, m):
                out.append(m)  # "gain experience in the ... setting": offered
                continue
            known = _known_inside(text, m, taxonomy)
            span = object_span(text, m.start, m.end) if known is None else None
            if known is not None:
                out.append(known)
                continue
            if span is not None and span != (m.start, m.end):
                out.append(_mention(text, span, m.section))
                continue
        out.append(m)
    return out


def _gained(text: str, m: Mention) -> bool:
    """Whether the experience or knowledge ``m`` names is one the post gives."""
    ask = OBJECT_ASKED.search(text, max(0, m.start - 30), m.end)
    start = ask.start() if ask is not None else m.start
    return GAINED.search(text, max(0, start - 40), start) is not None


def _known_inside(text: str, m: Mention, taxonomy: Any) -> Mention | None:
    """The longest run of two to four words of ``m`` that the taxonomy names."""
    if taxonomy is None:
        return None
    words = list(_WORD.finditer(text, m.start, m.end))
    for size in range(min(4, len(words) - 1), 1, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            skill = taxonomy.get(text[start:end])
            if skill is not None:
                return Mention(
                    start,
                    end,
                    text[start:end],
                    "SKILL",
                    canonical=skill.name,
                    category=skill.category,
                    type=skill.type,
                    source=SOURCE,
                    section=m.section,
                )
    return None


def line_phrases(posting: Posting, covered: Sequence[Mention]) -> list[Mention]:
    """The objects of the abilities and experience asked on required lines, and
    the short asked bullets no kept mention lies on (none where a kept mention
    names the same words)."""
    text = posting.document.text
    out: list[Mention] = []
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue
        found = [
            object_span(text, ask.end(), r.end)
            for ask in OBJECT_ASKED.finditer(text, r.start, r.end)
            if not _others(text, r.start, ask.start())
        ]
        bare = r.importance == "required" and not any(
            r.start <= m.start < r.end for m in covered
        )
        if bare and not any(found) and _listed_ask(text, r):
            found = [object_span(text, r.start, r.end)]
        for span in found:
            if span and not any(m.start < span[1] and span[0] < m.end for m in covered):
                out.append(_mention(text, span, r.section))
    return out


def _listed_ask(text: str, req: Requirement) -> bool:
    """A short list item under a line that asks for the list's items."""
    line_start = text.rfind("\n", 0, req.start) + 1
    if len(_words(text[req.start : req.end])) > SHORT_LINE:
        return False
    if _BULLET.match(text, line_start) is None:
        return False
    lead = _lead_in(text, line_start)
    return bool(LIST_ASKED.search(lead)) and not OFFER_LEAD.search(lead)


def _lead_in(text: str, start: int) -> str:
    """The nearest line above ``start`` that is no list item."""
    end = start - 1
    for _ in range(30):
        if end <= 0:
            return ""
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and _BULLET.match(line) is None:
            return line
        end = begin - 1
    return ""


#: Working in a team, whatever words describe the team ("working as part of a
#: dedicated team", "the ability to work within our friendly ward teams", "be team
#: players"): the taxonomy's Teamwork, whose aliases list no adjectives.
_TEAM = re.compile(
    r"\b(?:work(?:ing|s)?\s+(?:well\s+)?(?:as\s+)?(?:(?:a\s+|an\s+)?(?:integral\s+)?part\s+of|"
    r"within|in)\s+(?:an?|the|our|your)\s+(?:[\w-]+\s+){0,3}teams?|team[\s-]players?)\b",
    re.IGNORECASE,
)
TEAMWORK = "Teamwork"


#: Round 12: working in a team said of the candidate in prose, as NHS adverts write
#: how the post is done ("the post holder will work as part of a dynamic team",
#: "The successful applicants will be working as part of a team of 10 registrars",
#: "to appoint a proactive Outpatient Support Clerk to work as part of a team",
#: "- To work as part of a departmental team"): "part of" a team, or working within
#: one, of the candidate, the post or the person sought; not in a sentence that
#: offers or invites ("join our team", "you will be joining a team ...").
_TEAM_PART = re.compile(
    r"\b(?:work(?:s|ing)?\s+(?:well\s+|closely\s+|collaboratively\s+|effectively\s+)?"
    r"(?:as\s+)?(?:(?:a|an)\s+)?(?:integral\s+|key\s+|active\s+)?part\s+of|"
    r"work(?:s|ing)?\s+(?:well\s+|closely\s+|collaboratively\s+|effectively\s+)?"
    r"within|be\s+(?:an?\s+)?(?:integral\s+|key\s+|active\s+)?part\s+of)\s+"
    r"(?:an?|the|our|your)\s+(?:[\w-]+,?\s+){0,4}teams?\b",
    re.IGNORECASE,
)


def _prose_team(posting: Posting, text: str) -> re.Match[str] | None:
    """The first team wording of the prose said of the candidate (``_TEAM_PART``)."""
    quiet = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    for match in _TEAM_PART.finditer(text):
        if any(a <= match.start() < b for a, b in quiet):
            continue
        left, right = sentence_span(text, match.start(), match.end())
        line = text.rfind("\n", 0, match.start()) + 1
        before = text[max(left, line) : match.start()]
        sentence = text[left:right]
        if QUALITY_OFFERED.search(sentence) or INVITES.search(sentence):
            continue  # "an opportunity to ...", "you will be joining a team ..."
        if GAINED.search(before):
            continue
        if TEAM_SUBJECT.search(before) or TRAIT_SEEKS.search(before):
            return match
    return None


def team_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """Teamwork where a non-duty requirement line asks to work in a team, or the prose
    says the candidate will work as part of one (``_TEAM_PART``)."""
    skill = taxonomy.get(TEAMWORK) if taxonomy is not None else None
    if skill is None or any(m.canonical == skill.name for m in covered):
        return []
    text = posting.document.text
    prose = _prose_team(posting, text)
    if prose is not None:
        return [
            Mention(prose.start(), prose.end(), prose.group(), "SKILL",
                    canonical=skill.name, category=skill.category,
                    type=skill.type, source=SOURCE)
        ]  # fmt: skip
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue
        for match in _TEAM.finditer(text, r.start, r.end):
            left = max(text.rfind(c, r.start, match.start()) for c in ".;!?")
            right = min(
                (
                    i
                    for i in (text.find(c, match.end(), r.end) for c in ".;!?")
                    if i >= 0
                ),
                default=r.end,
            )
            sentence = text[max(r.start, left + 1) : right]
            player = "player" in match.group().lower()
            local = TEAM_ASKED.search(text, max(r.start, left + 1), match.start())
            if (
                (player or local)
                and QUALITY_ASKED.search(sentence)
                and not QUALITY_OFFERED.search(sentence)
                and not INVITES.search(sentence)
            ):
                return [
                    Mention(match.start(), match.end(), match.group(), "SKILL",
                            canonical=skill.name, category=skill.category,
                            type=skill.type, source=SOURCE, section=r.section)
                ]  # fmt: skip
    return []


def title_profession(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> Mention | None:
    """The registered profession the title names, with its specialism, unless a
    kept term of the title names it already. The specialism stops at a bracket
    ("CYPMHS (CAMHS) Nurse" -> "Nurse") and loses grade words and unknown acronyms
    at its start ("Part-Time Social Worker", "UHP Staff Nurse")."""
    title = next((s for s in posting.sections if s.name == "title"), None)
    if title is None:
        return None
    text = posting.document.text
    match = _PROFESSION.search(text, title.start, title.end)
    if match is None:
        return None
    # the specialism: the title words before the profession in the same segment
    seps = (" - ", " – ", "/", "(", ")", "[", "]", ",", ":", "+", "|")
    seg = max(text.rfind(sep, title.start, match.start()) for sep in seps)
    begin = title.start if seg < 0 else seg + 1
    words = list(_WORD.finditer(text, begin, match.start()))
    while words and grade_word(words[0].group(), taxonomy):
        words.pop(0)
    start = words[0].start() if words else match.start()
    end = match.end()
    if any(m.start <= start and end <= m.end for m in covered):
        return None
    return Mention(start, end, text[start:end], "SKILL", source=SOURCE, section="title")
