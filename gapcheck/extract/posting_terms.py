"""Which of a posting's mentions are terms it asks for: read from what parse decided.

The parser marks a posting's requirement lines (:class:`gapcheck.records.Requirement`)
and names its sections (:mod:`gapcheck.parse.asking`). A mention is a term the posting
asks for when it lies in a requirement line or the title, and is not:

* in a section that never asks (benefits, contact, other notes);
* a trait of character rather than a skill ("motivated", "enthusiastic", "dynamic"):
  an ATS and a recruiter read those in the cover letter, no resume line adds them;
* a fragment: one function word, one vague word ("Set", "following", "planning");
* a name: an unknown acronym (a trust, a site: "UHND", "CDDFT"), a place of the
  posting's country (counties, regions, cities), a word of the employer's name;
* an acronym in another field's sense: "MDT" in a healthcare posting is a
  multidisciplinary team, not the Microsoft Deployment Toolkit, and "CPA (Care
  Programme Approach)" is no Certified Public Accountant. The sense comes from the
  expansion written beside the acronym, else from the document's field
  (:func:`document_field`) and ``corpora/taxonomy/acronyms.tsv``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from gapcheck.extract.posting_age import age_mentions
from gapcheck.extract.posting_areas import area_mentions
from gapcheck.extract.posting_client_groups import client_group_mentions
from gapcheck.extract.posting_conditions import condition_mentions
from gapcheck.extract.posting_constituents import cut_reason
from gapcheck.extract.posting_duties import duty_mentions
from gapcheck.extract.posting_duty_objects import duty_phrases, list_item_phrases
from gapcheck.extract.posting_fields import fits, shown_fields
from gapcheck.extract.posting_filter import keep_asked
from gapcheck.extract.posting_forms import no_term_by_form
from gapcheck.extract.posting_hours import hours_mentions
from gapcheck.extract.posting_keyphrases import SOURCE as KEYPHRASE
from gapcheck.extract.posting_keyphrases import (
    line_phrases,
    long_span_phrases,
    team_mentions,
    title_profession,
)
from gapcheck.extract.posting_lists import list_phrases
from gapcheck.extract.posting_names import (
    ORG_LAST,
    in_proper_name,
    verb_of_noun_skill,
)
from gapcheck.extract.posting_noise import (  # noqa: F401 (the tests' import path)
    DUTY_VERBS,
    PEOPLE,
    PLACES,
    TRAITS,
    VAGUE,
    is_noise,
)
from gapcheck.extract.posting_occupation import title_occupation
from gapcheck.extract.posting_prose_objects import (
    bullet_phrases,
    prose_object_phrases,
)
from gapcheck.extract.posting_received import not_asked
from gapcheck.extract.posting_senses import clean as _clean
from gapcheck.extract.posting_senses import document_field, sense_of
from gapcheck.extract.posting_senses import words as _words
from gapcheck.extract.posting_soft_asks import soft_ask_mentions
from gapcheck.extract.posting_title_post import redundant_post
from gapcheck.extract.posting_title_registration import title_registration
from gapcheck.extract.posting_traits import trait_mentions
from gapcheck.extract.posting_usage import other_sense
from gapcheck.extract.posting_voice import voiced_mentions
from gapcheck.extract.posting_where import (
    colleagues,
    generic_phrase,
    hiring_process,
    names_a_post,
    offer_question,
    offered,
    place_name,
    where_listed,
)
from gapcheck.parse.asking import (
    CLAUSE_ASKS,
    FLEX_ASKED,
    FLEX_OFFERED,
    NOT_ASKING,
    TRAINING_OFFERED,
    WELCOME,
    PostingSection,
)
from gapcheck.parse.never_asked import describes_entity
from gapcheck.parse.posting import asking_text
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

_REPORT = frozenset({"reporting", "report", "reports"})
#: A name followed by one of these names a team or a place of work.
_UNIT_AFTER = re.compile(
    r"[ \t]+(?:team|teams|department|departments|directorate|unit|units|ward|wards|"
    r"division|care\s+group|function|professionals|colleagues|staff|group|"
    r"organisations?|organizations?)\b",
    re.IGNORECASE,
)
#: A name after one of these, in the same clause, names a team, a person's post or
#: a line of report: "work with colleagues including Business Intelligence, Finance
#: and Quality", "Director of Nursing", "alongside experienced Physiotherapists",
#: "Reporting to the Deputy Director".
_UNIT_BEFORE = re.compile(
    r"(?:\b(?:colleagues|teams?|departments?|directorates?|professionals|services)\s+"
    r"(?:including|such\s+as|from|across)\b[^.;:\n]*"
    r"|\b(?:director|head|deputy\s+director)[ \t]+of[ \t]+(?:[\w&-]+,?[ \t]+){0,4}"
    r"|\balongside[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2})$",
    re.IGNORECASE,
)
_REPORTING_TO = re.compile(r"[ \t]+(?:directly\s+)?to\b", re.IGNORECASE)
#: A field of practice two words before a unit noun: "the Neonatal and Paediatric
#: education team", "Paediatric Site Practitioner team" (one word: `_UNIT_AFTER`).
_UNIT_AFTER_2 = re.compile(
    r"(?:[ \t]+(?:and[ \t]+)?(?!(?:a|an|the|of|to|in|on|at|for|with|within|across|"
    r"our|your|their|this|that|as|by|from|into|multi\w*|wider)\b)[\w&-]+){1,2}"
    r"[ \t]+(?:team|teams|department|"
    r"departments|directorate|unit|units|ward|wards|division)\b",
    re.IGNORECASE,
)
#: Bodies of the NHS's structure, named as organisations: "North West London
#: Integrated Care System", "Primary Care Network", "Local Maternity System".
_NHS_BODY = re.compile(
    r"\b(?:integrated\s+care\s+(?:systems?|boards?|partnerships?)|"
    r"primary\s+care\s+networks?|sustainability\s+and\s+transformation\s+"
    r"(?:partnerships?|plans?)|clinical\s+commissioning\s+groups?|"
    r"local\s+maternity\s+(?:and\s+neonatal\s+)?systems?)\b",
    re.IGNORECASE,
)
#: How the work is organised or what the employer offers, as a mention's own words:
#: "Working closely with members of the medicines optimisation team", "in
#: partnership with", "Reporting to a Finance Manager", "Learning and development
#: opportunities", "health and social care" (the sector).
_ARRANGEMENT = re.compile(
    r"^(?:(?:work|working|works)\s+closely\s+with|in\s+partnership\s+with|"
    r"reporting\s+(?:directly\s+)?to)\b|\bopportunit(?:y|ies)$|"
    r"\b(?:well[\s-])?supported\s+teams?\b|\bsupportive\s+(?:teams?|environment)\b",
    re.IGNORECASE,
)
#: An organisation's own quality: "its reach and influence", "our dedication".
_ITS = re.compile(r"\b(?:its|our)\s+(?:[\w-]+\s+(?:and|&)\s+)?$", re.IGNORECASE)
_SECTOR = re.compile(r"\bhealth\s+(?:and|&)\s+$", re.IGNORECASE)
#: A capitalised name followed by one of these is (part of) an organisation's name:
#: "Health Education England", "Community Health Partnership", "Social Care Board".
_ORG_AFTER = re.compile(
    r"[ \t]+(?:Board|Trust|Council|Authority|England|Wales|Scotland|Partnership|"
    r"Services?|Foundation|Hospitals?|College|University|Division|Centre|Center|"
    r"Agency|Commission|Group|Alliance|Network)\b"
)
#: ... of which these end only a proper name, never a field or a service's skill.
_PROPER_ORG_AFTER = re.compile(
    r"[ \t]+(?:Board|Trust|Council|Authority|England|Wales|Scotland|Foundation|"
    r"University|College|Agency|Commission)\b"
)
#: "in collaboration with", "a collaboration between": how the work is organised.
_COLLABORATION = re.compile(
    r"(?:\b(?:in|a|close)\s+collaboration\s+(?:with|between)\b)", re.IGNORECASE
)


def _flexibility_offered(m: Mention, clause: str) -> bool:
    return (
        "flexib" in m.text.lower()
        and bool(FLEX_OFFERED.search(clause))
        and not FLEX_ASKED.search(clause)
    )


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``[start, end)``: between the nearest ';', '.', or line
    breaks on either side."""
    left = max(text.rfind(c, 0, start) for c in ";.\n") + 1
    rights = [i for i in (text.find(c, end) for c in ";.\n") if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _welcomes(clause: str) -> bool:
    """A clause that welcomes anyone, asking nothing: "Welsh and/or English speakers
    are equally welcome to apply"; not "applications from candidates with Virology
    training are welcome" (what follows "with" is asked)."""
    return bool(WELCOME.search(clause)) and not re.search(
        r"\b(?:with|who\s+(?:have|hold|are))\b", clause, re.IGNORECASE
    )


def _org_name(m: Mention, text: str) -> bool:
    """Whether a mention is (part of) the name of an organisation or a service:
    its last word is an organisation noun, or a capitalised organisation noun
    follows it. A known skill is kept ("Social services" named as a field) unless
    a proper organisation noun follows its capitalised words ("Health Education
    England")."""
    words = _clean(m.text).split()
    if m.canonical:  # "Health Education England": a known skill inside a name
        return (
            len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and bool(_PROPER_ORG_AFTER.match(text, m.end))
        )
    if len(words) >= 2 and words[-1].lower() in ORG_LAST:
        return all(w[:1].isupper() or w in ("and", "&", "of") for w in words)
    return bool(words and words[0][:1].isupper() and _ORG_AFTER.match(text, m.end))


def _inside(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= m.start < end for start, end in spans)


def _employer_words(posting: Posting) -> set[str]:
    org = posting.organization or ""
    words = {w for w in _words(org) if len(w) > 2}
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", org) if w[0].isupper())
    return words | ({initials.lower()} if len(initials) >= 2 else set())


def asked_mentions(
    mentions: Iterable[Mention],
    posting: Posting,
    taxonomy: Any = None,
    *,
    key_phrases: bool = True,
) -> list[Mention]:
    """The mentions of ``posting`` that are terms it asks for (see the module);
    ``key_phrases=False``: the given mentions only, without the key phrases of
    :mod:`.posting_keyphrases` (what the rules' own tests read)."""
    text = posting.document.text
    mentions = [*mentions, *duty_mentions(posting, taxonomy)]  # "Clean ..." asks
    spans = [(r.start, r.end) for r in posting.requirements if r.end > r.start]
    title = [
        (s.start, s.end) for s in posting.sections if s.name == PostingSection.TITLE
    ]
    quiet = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    employer = _employer_words(posting)
    field = document_field(asking_text(posting.sections, posting.document.text))
    duties = [(r.start, r.end) for r in posting.requirements if r.kind == "duty"]
    bodies = [mt.span() for mt in _NHS_BODY.finditer(text)]
    shown: frozenset[str] | None = None

    def rules(mentions: Iterable[Mention]) -> list[Mention]:
        nonlocal shown
        out = []
        for m in mentions:
            if _inside(m, quiet):
                continue
            if spans and not _inside(m, spans) and not _inside(m, title):
                continue
            if m.type == "soft" and _inside(m, duties):
                continue  # "Collaborate with the team" is the job, not a skill asked
            if _UNIT_AFTER.match(text, m.end):
                continue  # "the nursing team", "our Critical Care unit": where
            if _UNIT_BEFORE.search(text[max(0, m.start - 120) : m.start]):
                continue
            if _unit_or_body(m, text, bodies, taxonomy):
                continue
            if _where_or_offered(m, text, taxonomy, posting.title or ""):
                continue  # "from Bloxwich", "- Anaesthetics" of where one may work
            if m.text.lower() in _REPORT and _REPORTING_TO.match(text, m.end):
                continue
            if _welcomes(_clause(text, m.start, m.end)) or _org_name(m, text):
                continue
            if _COLLABORATION.search(text[max(0, m.start - 10) : m.end + 9]):
                continue
            if _flexibility_offered(m, _clause(text, m.start, m.end)):
                continue
            if in_proper_name(m, text, taxonomy, PLACES) or verb_of_noun_skill(m, text):
                continue  # "DHR Unity", "embedding good practice": no skill's name
            if no_term_by_form(_clean(m.text), m.canonical, text, m.start, m.end):
                continue  # "progressive", "hot", "by management": no skill named
            named = sense_of(m, text, field, taxonomy)
            if named is None or is_noise(named, employer):
                continue
            tags = _tags(named, taxonomy)
            if tags:
                shown = shown_fields(text) if shown is None else shown
                if not fits(tags, shown):
                    continue  # a derived term of a field the posting does not show
            out.append(dataclasses.replace(named, text=_clean(named.text)))
        return out

    def voiced(out: list[Mention]) -> list[Mention]:  # round 13: whose words
        # round 14: no phrase cut mid-way, no restatement of the post's title
        whole = [
            m
            for m in voiced_mentions(out, text, taxonomy, title)
            if cut_reason(m, text) is None
        ]
        return [m for m in whole if not redundant_post(m, posting, whole)]

    if not key_phrases:
        out = keep_asked(rules(mentions), posting, taxonomy, field)
        return voiced(out + hours_mentions(posting, taxonomy, out))
    # a long span on a required line is asked by its object (posting_keyphrases)
    kept = rules(long_span_phrases(mentions, posting, taxonomy))
    phrases = [m for m in kept if m.source == KEYPHRASE]
    out = keep_asked(
        [m for m in kept if m.source != KEYPHRASE], posting, taxonomy, field
    )
    out += phrases + rules(line_phrases(posting, [*out, *phrases]))
    out += rules(list_phrases(posting, out))  # round 13: items of a run-in list
    out += rules(age_mentions(posting, out))  # round 13: "Must be 18 years of age"
    out += rules(duty_phrases(posting, out, taxonomy))  # round 12: a duty's object
    out += rules(list_item_phrases(posting, out, taxonomy))  # 12b: "duties include"
    out += rules(area_mentions(posting, out, taxonomy) or [])  # round 11: in prose
    out += rules(client_group_mentions(posting, out, taxonomy))  # 13b: groups
    out += rules(prose_object_phrases(posting, out, taxonomy))  # round 13: clauses
    out += rules(bullet_phrases(posting, out, taxonomy))  # round 13: any bullet
    out += team_mentions(posting, taxonomy, out)
    out += trait_mentions(posting, taxonomy, out)
    out += soft_ask_mentions(posting, taxonomy, out)  # round 13: asked in prose
    out += hours_mentions(posting, taxonomy, out)
    out += condition_mentions(posting, taxonomy, out)  # rotas, sites in prose
    profession = title_profession(posting, out, taxonomy)
    if profession is not None:
        out.append(profession)
    register = title_registration(posting, out, taxonomy)  # 13b: "Staff Nurse"
    if register is not None:
        out.append(register)
    out += title_occupation(posting, out, taxonomy)  # "Plumber" asks plumbing
    return voiced(out)


def _tags(m: Mention, taxonomy: Any) -> tuple[str, ...]:
    skill = taxonomy.get(m.canonical) if taxonomy is not None and m.canonical else None
    return tuple(getattr(skill, "tags", ()) or ())


def _where_or_offered(m: Mention, text: str, taxonomy: Any, title: str = "") -> bool:
    skill = taxonomy.get(m.canonical) if taxonomy is not None and m.canonical else None
    domain = getattr(skill, "kind", None) == "domain"
    left, right = sentence_span(text, m.start, m.end)
    sentence = text[left:right]
    return (
        place_name(m, text)
        or generic_phrase(m)
        or colleagues(m, text)
        or where_listed(m, text, domain)
        or offered(m, text, _clause(text, m.start, m.end))
        or hiring_process(m, sentence, getattr(skill, "kind", None) == "certification")
        or offer_question(sentence)
        or describes_entity(sentence)
        or names_a_post(m, text, title)
        or other_sense(m, text, domain, title)
        or not_asked(m, text)  # round 12: received, awarded, ruled out, cut
    )


def _unit_or_body(
    m: Mention, text: str, bodies: Sequence[tuple[int, int]], taxonomy: Any
) -> bool:
    """A mention that names a unit two words before its noun, lies in the name of an
    NHS body, says how the work is arranged or offered (training included), or names
    the sector."""
    if any(start < m.end and m.start < end for start, end in bodies):
        return True
    arranged = _ARRANGEMENT.search(m.text.strip())
    clause = _clause(text, m.start, m.end)
    if (arranged or TRAINING_OFFERED.search(clause)) and not CLAUSE_ASKS.search(clause):
        return True
    if m.type == "soft" and _ITS.search(text, max(0, m.start - 40), m.start):
        return True  # "extend its reach and influence": the employer's, not asked
    if _SECTOR.search(text[max(0, m.start - 12) : m.start]):
        return True
    skill = taxonomy.get(m.canonical) if taxonomy is not None and m.canonical else None
    domain = getattr(skill, "kind", None) == "domain"  # a field of practice names units
    return domain and _UNIT_AFTER_2.match(text, m.end) is not None
