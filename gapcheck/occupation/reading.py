"""What a job title reads as: the lexicon label its words name and that label's ISCO
groups (``title_occupation``). A title is cleaned (``titles.clean_title``), read in
parts (a function after a generic unit manager's title, the first segment, each side
of a slash, the whole), and each part looked up by ``match_title``: the longest run
of its words that is a label, then field words with an equivalent head, a field word
and the head, an assisting or building head, a lead as a manager, a single word, and
the labels that end in its head. docs/scoring.md ("Occupation") gives the order and
the measurements behind each step."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from gapcheck.occupation.ict_sense import ict_if_named
from gapcheck.occupation.lexicon import Lexicon, groups_of, lexicon
from gapcheck.occupation.lexicon import fields as label_fields
from gapcheck.occupation.lexicon import heads as label_heads
from gapcheck.occupation.specialty import as_practitioner
from gapcheck.occupation.titles import (
    EQUIVALENT_HEADS,
    GENERIC_FIELDS,
    GENERIC_HEADS,
    as_specialty_doctor,
    clean_title,
    title_words,
    without_terms,
    written_positions,
)


def match_title(
    words: Sequence[str], lex: Lexicon, written: Sequence[int] | None = None
) -> tuple[str, dict[str, float]] | None:
    """(lexicon label, groups) of the longest run of two or more ``words`` that is a
    lexicon label, only level words ("senior") left out before it and the rightmost
    on a tie (the head of an English title); else of the
    field words before a head with an equivalent head (``written``: the written word
    each word comes from, ``titles.written_positions``); else of a field word and the
    head with the words between left out; else of the rightmost single word."""
    n = len(words)
    for size in range(n, 1, -1):
        for start in range(n - size, -1, -1):
            if any(w not in GENERIC_HEADS for w in words[:start]):
                continue  # "Full Stack Engineer" is no "Stack Engineer"
            key = " ".join(words[start : start + size])
            if key in lex.titles and not _leveled(words[start : start + size], lex):
                return key, groups_of(lex.titles[key])
    for i in reversed([i for i, w in enumerate(words) if w in EQUIVALENT_HEADS]):
        lo = max(0, i - FIELD_WORDS)
        at = list(written[lo:i]) if written is not None else list(range(lo, i))
        heads = [words[i], *sorted(EQUIVALENT_HEADS - {words[i]})]
        found = _field_with_head(words[lo:i], at, heads, lex)
        if found is not None:
            return found
    for i in reversed([i for i, w in enumerate(words) if w in BUILDER_HEADS]):
        lo = max(0, i - FIELD_WORDS)
        at = list(written[lo:i]) if written is not None else list(range(lo, i))
        found = _field_with_head(words[lo:i], at, BUILDER_HEADS[words[i]], lex)
        if found is not None:  # "Full Stack Engineer" = "full stack developer"
            return found
    if n > 2 and (  # "Communications and Engagement Manager"
        words[-1] in GENERIC_HEADS or _is_head(words[-1], lex)
    ):  # "Student Fundraising Ambassador": a student ambassador, not a diplomat
        lo = max(0, n - 1 - FIELD_WORDS)
        at = (
            list(written[lo : n - 1]) if written is not None else list(range(lo, n - 1))
        )
        found = _field_with_head(words[lo : n - 1], at, (words[-1],), lex)
        if found is not None:  # "HR Business Support Manager": an HR manager
            return found
    if n > 1 and words[-1] in STAND_IN_HEADS:  # no label with the title's own head
        lo = max(0, n - 1 - FIELD_WORDS)
        at = (
            list(written[lo : n - 1]) if written is not None else list(range(lo, n - 1))
        )
        found = _field_with_head(
            words[lo : n - 1],
            at,
            STAND_IN_HEADS[words[-1]],
            lex,
            adjacent=words[-1] in PRACTISING_HEADS,
        )
        if found is not None:  # "Accounts Payable Assistant" = "... payable clerk"
            return found
    lead = _as_manager(words)
    if lead is not None:
        return match_title(lead, lex) or _by_field(lead[:-1], lex)
    for start in range(n - 1, -1, -1):
        if words[start] in lex.titles and words[start] not in GENERIC_FIELDS:
            found = words[start], groups_of(lex.titles[words[start]])
            if start == n - 1 and n > 1 and _is_head(words[start], lex):
                found = _in_head_sense(*found, lex)
            if found is not None:
                return found
    if n > 1 and words[-1] in OFFICE_HEADS and OFFICE_LABEL in lex.titles:
        return OFFICE_LABEL, groups_of(lex.titles[OFFICE_LABEL])
    return _by_head(words, lex)


#: Words of a job's seniority, not its function (round 14): a label that begins with
#: one reads as the label without it when that is a label too. O*NET's reported and
#: alternate titles file "Senior Data Analyst" under office supervisors (3341) and
#: "Senior Minister" under legislators (1111), "data analyst" and "minister" where
#: the job is.
LEVEL_WORDS = frozenset(
    {"senior", "junior", "principal", "lead", "graduate", "trainee"}
)


def _leveled(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether ``words`` begin with a level word and the rest is a label."""
    return (
        len(words) > 1 and words[0] in LEVEL_WORDS and " ".join(words[1:]) in lex.titles
    )


#: An administrator of a unit or field no label or field word reads is an office
#: administrator (round 11: "Team Administrator", "Clinical Administrator", "Senior
#: Administrator" read as nothing): administrators of a system always name it and
#: read by their labels first ("database administrator", "system administrator").
#: A bare "Administrator" stays unread: "Administrator/Accountant" is an accountant.
OFFICE_HEADS = frozenset({"administrator"})
OFFICE_LABEL = "office administrator"


def _in_head_sense(
    word: str, groups: dict[str, float], lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """A title's head read alone after field words, in the sense it has as a head:
    only the word's groups that the labels ending in it after field words name too
    ("Patient Navigator": "care navigator", "health navigator" are community health
    workers and advisers, so not the ship's navigator, 3152, the bare word's other
    group); None when they name none of them (round 11)."""
    as_head = label_heads(id(lex.titles)).get(word, {})
    kept = {g: v for g, v in groups.items() if g in as_head}
    total = sum(kept.values())
    return (word, {g: v / total for g, v in kept.items()}) if total > 0 else None


#: A head's labels must agree: the groups holding HEAD_GROUP of their votes or more
#: hold HEAD_AGREEMENT of them together ("support worker": care at home workers and
#: social workers; "practitioner", spread over many groups, names none).
HEAD_GROUP = 0.25
HEAD_AGREEMENT = 0.6
#: Fewer labels than this ending in a head are too little to read it by ("fellow").
HEAD_LABELS = 5
#: Words of a head read this way: one word ("visitor", "associate") is too loose.
HEAD_WORDS = 2


def _by_head(words: Sequence[str], lex: Lexicon) -> tuple[str, dict[str, float]] | None:
    """A title no label or word of matches, read by its head: the labels that end in
    its final words, longest first ("Support Worker" -> the "... support worker"
    labels), kept when a few groups hold most of their votes (a head shared by many
    fields says nothing)."""
    heads = label_heads(id(lex.titles))
    for start in range(len(words)):
        run = words[start:]
        if len(run) < HEAD_WORDS:
            continue
        votes = heads.get(" ".join(run))
        if votes and sum(votes.values()) >= HEAD_LABELS:
            total = sum(votes.values())
            kept = {g: v for g, v in votes.items() if v >= HEAD_GROUP * total}
            size = sum(kept.values())
            if size >= HEAD_AGREEMENT * total:
                return " ".join(run), {g: v / size for g, v in kept.items()}
    return None


#: A field read without its head needs this many labels of "<field> <head>".
FIELD_LABELS = 2
#: Heads of who teaches a field: "Podiatry Teacher" and "Podiatry Professor" teach
#: it, a podiatry lead practises it.
TEACHING_HEADS = frozenset({"teacher", "professor", "lecturer", "instructor", "tutor"})


def _by_field(
    field: Sequence[str], lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """A lead of a field no "<field> manager" label names, read as who practises the
    field (round 14): the labels of the field's words and one head ("DevOps Lead" ->
    "dev ops engineer", "dev ops specialist"), those of who assists or teaches it
    left out, kept when a few groups hold most of their votes, as ``_by_head`` keeps
    a head's labels. Level words are left out ("Senior DevOps Lead"); a field of
    generic words only names nothing ("Team Lead", "Senior Team Leader")."""
    words = [w for w in field if w not in GENERIC_HEADS]
    if not words or all(w in GENERIC_FIELDS for w in words):
        return None
    key = " ".join(words)
    heads = [
        head
        for head, _ in label_fields(id(lex.titles)).get(key, ())
        if head not in ASSISTING_HEADS and head not in TEACHING_HEADS
    ]
    if len(heads) < FIELD_LABELS:
        return None
    votes = _field_votes(words, lex, frozenset(heads))
    total = sum(votes.values())
    kept = {g: v for g, v in votes.items() if v >= HEAD_GROUP * total}
    size = sum(kept.values())
    if size < HEAD_AGREEMENT * total:
        return None
    return key, {g: v / size for g, v in kept.items()}


#: Words before a head that may name its field ("Public Relations Account Coordinator").
FIELD_WORDS = 4


def _is_head(word: str, lex: Lexicon) -> bool:
    """Whether HEAD_LABELS or more lexicon labels end in ``word`` after field words
    ("brand ambassador", "student ambassador"...): a title ending in it with field
    words before is read by one of them ("Student Fundraising Ambassador" as a
    student ambassador) before the word alone ("ambassador": a diplomat)."""
    return sum(label_heads(id(lex.titles)).get(word, {}).values()) >= HEAD_LABELS


#: Heads of who assists in a field, for another head of the same level when the
#: title as written is no label: O*NET lists "accounts payable clerk" and "...
#: associate", not "accounts payable assistant" (ISCO files them with clerks).
ASSISTING_HEADS: dict[str, tuple[str, ...]] = {
    "assistant": ("clerk", "associate"),
    "apprentice": ("assistant", "trainee"),  # trained as the field's assistant
    "intern": ("assistant", "trainee"),  # "Public Relations Intern" (round 11)
}
#: Heads of who practises a clinical or care field, for the heads the lexicon lists
#: after the same field words (round 11): "practitioner" ends labels of 30 groups so
#: names none alone, and an NHS "<field> Practitioner" is mostly that field's nurse
#: ("Community Practitioner" = "community nurse", "Advanced Practitioner" = "advanced
#: nurse practitioner"). Read by the field words next to the head only. "worker" and
#: "therapist" as stand-ins were tried and dropped: "Urgent Care Practitioner" read
#: as a care worker.
PRACTISING_HEADS: dict[str, tuple[str, ...]] = {
    "practitioner": ("nurse practitioner", "nurse"),
}
STAND_IN_HEADS = {**ASSISTING_HEADS, **PRACTISING_HEADS}


#: Heads of who builds software, for one another after the same field words when the
#: title as written is no label: O*NET and ESCO list "full stack developer" but not
#: "full stack engineer", "web developer" but not "web programmer".
BUILDER_HEADS: dict[str, tuple[str, ...]] = {
    "engineer": ("developer",),
    "developer": ("engineer",),
    "programmer": ("developer", "engineer"),
}


#: Words for a unit after the function a "Head of" leads ("Head of Financial
#: Services"): the function is the words before.
UNIT_WORDS = frozenset(
    """service department directorate team unit division function""".split()  # noqa: SIM905
)


def _field_with_head(
    field: Sequence[str],
    at: Sequence[int],
    heads: Sequence[str],
    lex: Lexicon,
    adjacent: bool = False,
) -> tuple[str, dict[str, float]] | None:
    """The lexicon label made of a run of ``field`` words before one of ``heads``
    (the title's own head first), the run of the most written words (``at``: the
    written word of each) first, the run nearest the head on a tie: "Public
    Relations Account Coordinator" reads as a public relations officer (two written
    field words), not as an account administrator (one); "ICT Applications Training
    Officer" as a training adviser ("ICT" is one written word, nearer the head is
    "Training"). ``adjacent``: only runs that end at the head ("Advanced
    Physiotherapy Practitioner" is no "advanced nurse practitioner"), with a word
    that is no generic head ("Occupational Therapy Specialist Practitioner" is no
    specialist nurse)."""
    n = len(field)
    runs = [  # whole written words only: "HR" is "human resource", never "resource"
        (a, b)
        for a in range(n)
        for b in range(n if adjacent else a + 1, n + 1)
        if (a == 0 or at[a - 1] != at[a]) and (b == n or at[b - 1] != at[b])
        if not adjacent or any(w not in GENERIC_HEADS for w in field[a:b])
    ]
    runs.sort(
        key=lambda r: (
            all(w in GENERIC_FIELDS for w in field[r[0] : r[1]]),
            -len(set(at[r[0] : r[1]])),
            -r[1],
        )
    )
    whole = _field_votes(field, lex)
    for a, b in runs:
        found = [
            (key, groups_of(lex.titles[key]))
            for h in heads
            if (key := " ".join([*field[a:b], h])) in lex.titles
        ]
        if found and found[0][0].endswith(" " + heads[0]):
            return found[0]  # the title's own head
        if whole and b - a < n:  # field words a stand-in leaves out must not name
            found = [f for f in found if _agreement(f[1], whole) > 0]  # another field
        if found:
            return found[0]
    return None


def _field_votes(
    field: Sequence[str], lex: Lexicon, heads: frozenset[str] | None = None
) -> dict[str, float]:
    """Votes per group of the labels made of ``field`` and one head (of ``heads``
    only, when given) (round 14)."""
    votes: dict[str, float] = {}
    for head, groups in label_fields(id(lex.titles)).get(" ".join(field), ()):
        if heads is None or head in heads:
            for g, share in groups.items():
                votes[g] = votes.get(g, 0.0) + share
    return votes


def _agreement(groups: dict[str, float], votes: dict[str, float]) -> float:
    """How much a reading's groups get of a field's votes."""
    return sum(share * votes.get(g, 0.0) for g, share in groups.items())


#: Heads that name who leads a function, as ISCO files them: with its managers.
LEAD_HEADS = frozenset({"lead", "leader", "head"})


def _as_manager(words: Sequence[str]) -> tuple[str, ...] | None:
    """A title led by a function's lead written with "manager": "Communications Lead"
    and "Head of Media" -> "... manager" (None when there is no such head)."""
    if len(words) >= 2 and words[-1] in LEAD_HEADS:
        return (*words[:-1], "manager")
    if len(words) >= 2 and words[0] == "head":  # "Head of Media": "of" is gone
        return (*words[1:], "manager")
    return None


def _as_doctor(cleaned: str, lex: Lexicon) -> tuple[str, dict[str, float]] | None:
    """A title naming a medical specialty after "in", read as its doctor
    (``as_specialty_doctor``): tried only when the title as written reads as nothing."""
    doctor = as_specialty_doctor(cleaned)
    return match_title(title_words(doctor), lex) if doctor else None


@lru_cache(maxsize=256)
def _title_match(title: str | None) -> tuple[str, str, dict[str, float]] | None:
    """(cleaned title, label, groups) of a title the lexicon knows, else None."""
    lex = lexicon()
    cleaned = clean_title(title)
    if not cleaned or lex is None:
        return None
    parts = [*_function_of(cleaned), *_alternatives(cleaned)]
    for part in parts:
        words = title_words(part)
        found = (
            _head_of(part, lex)
            or match_title(words, lex, written_positions(part))
            or _qualified(title or "", words, lex)
            or _as_doctor(part, lex)
            or as_practitioner(words, lex)  # round 14
        )
        if found:
            return (cleaned, *ict_if_named(words, *found, lex))
    for part in parts:  # round 11: NHS abbreviations, when nothing else reads
        words = title_words(part, nhs=True)
        if words != title_words(part):
            found = match_title(words, lex, written_positions(part, nhs=True))
            if found:
                return (cleaned, *found)
    return None


#: Heads of a unit's managers: "Service Manager", "Programme Director".
_MANAGING = frozenset({"manager", "director", "lead", "head"})


def _function_of(cleaned: str) -> list[str]:
    """A generic unit manager's title whose function follows a separator ("Service
    Manager - Recruitment", "Programme Manager - Communications and Engagement"): as
    "<function> <head>" when the lexicon reads that as a label naming the function's
    first word ("recruitment manager"); else nothing (read whole, "Service Manager"
    names no function: "Service Manager - Emergency Department" is no department
    manager)."""
    first, *rest = _SEGMENT.split(cleaned, maxsplit=1)
    words = title_words(first)
    tail = title_words(rest[0]) if rest else ()
    lex = lexicon()
    if (
        lex is None
        or not tail
        or len(words) < 2
        or words[-1] not in _MANAGING
        or not any(w in GENERIC_FIELDS for w in words)
        or not all(w in GENERIC_FIELDS or w in GENERIC_HEADS for w in words)
    ):
        return []
    found = match_title((*tail, words[-1]), lex)
    return (
        [f"{rest[0].strip()} {first.split()[-1]}"]
        if found and tail[0] in found[0].split()
        else []
    )


_SEGMENT = re.compile(r"\s*[-–—|]\s+|\s+[-–—|]\s*|\s*,\s+")
_SLASH = re.compile(r"\s*/\s*")


def _alternatives(cleaned: str) -> list[str]:
    """The parts of a title to read, in order: a title's first segment before a
    separator or comma names the job and the rest its ward, site or service
    ("Consultant Psychiatrist - Rehabilitation", "Matron, Specialist Surgery"); two
    titles joined by a slash are read one at a time ("Assistant Practitioner /
    Nursing Associate"); the whole title last."""
    first = _SEGMENT.split(cleaned, maxsplit=1)[0].strip()
    if all(w in GENERIC_FIELDS or w in GENERIC_HEADS for w in title_words(first)):
        return [cleaned]  # "Service Manager - Recruitment": the rest names the field
    parts = [p for p in _SLASH.split(first) if p] if "/" in first else []
    heads = label_heads(id(lex.titles)) if (lex := lexicon()) else {}
    if len(parts) < 2 or not all(
        len(heads.get(w[-1], ())) if (w := title_words(p)) else 0 for p in parts
    ):
        parts = []  # "Mental Health/ Learning Disability Nurse": one title
    return list(dict.fromkeys([*parts, first, cleaned]))


_QUALIFIER = re.compile(r"\(([^()]*)\)")
#: At most this many words in a bracketed qualifier that names a title's field.
QUALIFIER_WORDS = 2


def _qualified(
    title: str, words: Sequence[str], lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """A title whose field is in brackets after its head: "Multi Skilled Technician
    (Electrical)" reads as an electrical technician (band, hours and contract kind in
    brackets are no field)."""
    for m in _QUALIFIER.finditer(title):
        field = title_words(without_terms(m.group(1)))
        if words and 0 < len(field) <= QUALIFIER_WORDS:
            found = match_title((*field, words[-1]), lex)
            if found is not None:
                return found
    return None


def title_occupation(title: str | None) -> tuple[str, dict[str, float]] | None:
    """(lexicon label, ISCO groups and shares) of a title the lexicon knows, else
    None: "Senior Accountant" and "Assistant Director of Finance" both name groups."""
    found = _title_match(title)
    return (found[1], found[2]) if found else None


#: "Head of Estates", "Deputy Head of Estates", "Assistant Director of Finance": who
#: leads a function, named after "of". ISCO files them with the function's managers;
#: read as written, "deputy head" is a school's and "assistant director" a theatre's.
#: Round 14: any level or generic words before the head ("Executive Director of
#: Finance", "Regional Deputy Head of ..."), "for" as "of" ("Director for Patient
#: Equalities"), and another generic head before "of|for" read as "<field> <head>"
#: ("Associate Manager Of Design" -> "design manager", "Administrator for Fracture
#: Clinic").
_HEAD_OF = re.compile(
    r"(?i)^(?P<pre>(?:\S+\s+){0,3}?)(?P<head>\w+)\s+(?:of|for)\s+(?P<field>.+)$"
)
_LEADING = frozenset({"head", "director"})


def _head_of(cleaned: str, lex: Lexicon) -> tuple[str, dict[str, float]] | None:
    """The label of "<function> manager" for a "Head/Director of <function>" title;
    a unit word after the function is left out when the rest is a label ("Head of
    Financial Services" leads finance, not a securities desk). Failing that, a
    head's field read as who practises it ("Head of Audiology": an audiologist's
    lead). Another generic head of a field reads as "<field> <head>"."""
    m = _HEAD_OF.match(cleaned)
    if m is None:
        return None
    head = m.group("head").lower()
    pre = title_words(m.group("pre"))
    if head not in GENERIC_HEADS or not all(
        w in GENERIC_HEADS or w in GENERIC_FIELDS for w in pre
    ):
        return None
    words = title_words(re.split(r"\s*/\s*|\s+-\s+", m.group("field"))[0])
    if not words:
        return None
    if head not in _LEADING:
        return match_title((*words, head), lex) if head in _OF_HEADS else None
    function = words[:-1] if len(words) > 1 and words[-1] in UNIT_WORDS else ()
    found = match_title((*function, "manager"), lex) if function else None
    found = found or match_title((*words, "manager"), lex)
    return found or as_practitioner(words, lex)


#: Generic heads read as "<field> <head>" when written "<head> of|for <field>".
_OF_HEADS = EQUIVALENT_HEADS | {"manager", "assistant", "analyst"}
