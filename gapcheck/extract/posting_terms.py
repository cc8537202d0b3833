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
from gapcheck.extract.posting_duties import duty_mentions
from gapcheck.extract.posting_duty_objects import duty_phrases, list_item_phrases
from gapcheck.extract.posting_fields import fits, shown_fields
from gapcheck.extract.posting_filter import keep_asked
from gapcheck.extract.posting_forms import no_term_by_form, vague_only
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
from gapcheck.extract.posting_occupation import title_occupation
from gapcheck.extract.posting_prose_objects import (
    bullet_phrases,
    prose_object_phrases,
)
from gapcheck.extract.posting_received import not_asked
from gapcheck.extract.posting_senses import (
    ACRONYM_FORM,
    document_field,
    sense_of,
)
from gapcheck.extract.posting_senses import clean as _clean
from gapcheck.extract.posting_senses import words as _words
from gapcheck.extract.posting_soft_asks import soft_ask_mentions
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

#: Traits of character and an employer's values ("integrity", "excellence"): asked of
#: anyone, shown by no skill line.
TRAITS = frozenset(
    """motivated self-motivated highly-motivated enthusiastic enthusiasm proactive
    pro-active dynamic compassionate compassion caring creative creativity energetic
    energy resourceful driven innovative innovation passionate passion committed
    commitment effective successful thorough versatile adapted adapt structured
    self-starter positive ambitious friendly warm kind calm confident hardworking
    hard-working optimism energetic inspirational inspiring talented outstanding
    dedicated approachable personable organised-individual motivation attitude
    forward-thinking focused ambition confidence supportive integrity excellence
    respect dignity honesty openness kindness dedication pragmatist pragmatic""".split()  # noqa: SIM905
) | {"hard working", "highly motivated", "self motivated", "can do attitude",
     "forward thinking", "working together", "work together", "track record",
     "proven track record", "high standards", "high standard", "working hard",
     "work hard"}  # fmt: skip
_REPORT = frozenset({"reporting", "report", "reports"})
#: Words too vague to be a term on their own.
VAGUE = frozenset(
    """set following core function online monitoring planning delivery team
    clinically effective reporting coding layout back-end front-end engineering
    identification preparation recovery controlling monitor generating support
    services service development training learning quality care duties role job
    work working staff people patients patient nhs trust health healthcare
    opportunity opportunities knowledge skills skill experience ability knack
    flair beneficial essential desirable advantageous preferable capable challenge
    challenges post posts maintained eligible setting settings standards north
    south east west
    """.split()  # noqa: SIM905
)
#: Verbs that open a description of work, not the name of a skill ("Maintains
#: quality service", "supporting band 6", "attend team meetings"): a phrase that
#: starts with one and that no taxonomy names is no term.
DUTY_VERBS = frozenset(
    """support supports supporting ensure ensures ensuring maintain maintains
    maintaining complete completes completing verify verifies verifying study
    studies studying evaluate evaluates evaluating initiate initiates initiating
    investigate investigates investigating drive drives
    implementing collaborate collaborates bring brings bringing define defines shape
    shapes solve solves attend attends share shares demonstrate demonstrates
    integrate integrates find finding answer answers compile compiles compiling
    contribute contributes contributing accomplish accomplishes accomplishing
    appraising identify identifies identifying improve improves improving enable
    enables own owns designing develop develops deliver delivers delivering
    broaden broadening write writes generate generates generating create
    creates creating handle handles initiating""".split()  # noqa: SIM905
)
#: Nouns of people and roles: "Student nurses", "Clinical Specialists", "Maintenance
#: Supervisor" name who, not what a candidate must know.
PEOPLE = frozenset(
    """nurse nurses tutor tutors specialist specialists student students staff doctor
    doctors manager managers colleague colleagues member members consultant
    consultants patient patients family families visitor visitors carer carers
    supervisor supervisors architect architects educator educators craftsperson
    practitioner practitioners assistant assistants worker workers officer
    officers lead leads leader leaders director directors team teams person people
    individual individuals applicant applicants candidate candidates developer
    developers engineer engineers players player user users client clients
    customer customers partner partners provider providers""".split()  # noqa: SIM905
)
#: Halves of a name, used as adjectives: "front-end" of "front-end developers".
FRAGMENTS = frozenset(
    {"front end", "front-end", "frontend", "back end", "back-end", "backend",
     "full stack", "full-stack", "fullstack", "it project", "web markup", "end",
     "post registration", "post-registration", "post qualification",
     "post-qualification", "post graduate", "post-graduate"}
)  # fmt: skip
#: Places of the UK (nations, regions, counties, the larger cities) and a few
#: words that only name places: a posting's location is not a requirement.
PLACES = frozenset(
    """england scotland wales cymru london midlands yorkshire lancashire cheshire
    merseyside derbyshire nottinghamshire leicestershire lincolnshire rutland
    northamptonshire warwickshire staffordshire shropshire herefordshire
    worcestershire gloucestershire oxfordshire buckinghamshire bedfordshire
    hertfordshire cambridgeshire norfolk suffolk essex kent surrey sussex hampshire
    berkshire wiltshire dorset somerset devon cornwall cumbria northumberland durham
    tyne wear teesside humber avon bristol birmingham manchester liverpool leeds
    sheffield bradford newcastle nottingham leicester derby coventry
    wolverhampton stoke plymouth southampton portsmouth brighton reading oxford
    cambridge norwich ipswich exeter gloucester york hull sunderland middlesbrough
    cardiff swansea newport edinburgh glasgow aberdeen dundee belfast wirral
    gravesham ashford chesterfield northampton swindon basingstoke eastleigh gosport
    wigston""".split()  # noqa: SIM905
)


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


def is_noise(m: Mention, employer: set[str]) -> bool:
    """A trait, a fragment, a place, an unknown acronym or the employer's name."""
    surface = _clean(m.text)
    words = _words(surface)
    if not words:
        return True
    canonical = (m.canonical or "").lower()
    if len(surface) < 2 or (not m.canonical and len(words) == 1 and len(surface) < 3):
        return True
    content = [w for w in words if w not in _FUNCTION]
    if not content or surface.count("(") != surface.count(")"):
        return True  # "Lead) – IMPACT": a piece cut across brackets
    if (
        all(w in TRAITS for w in content)
        or " ".join(content) in TRAITS
        or canonical in _TRAIT_CANONICAL
    ):
        return True
    if " ".join(content) in FRAGMENTS:
        return True
    if m.type == "soft" and len(words) >= 2 and words[0] in DUTY_VERBS:
        return True  # "support the team" read as Teamwork: a duty, not a trait asked
    if m.type == "soft" and 2 <= len(words) <= 3 and content[-1] in _SOFT_PEOPLE:
        return True  # "your line manager", "Team Leader": a person, not a skill
    if m.canonical:
        return False
    if vague_only(content, VAGUE):
        return True  # "following skills": no skill named
    if len(content) == 1 and (content[0] in VAGUE or content[0] in TRAITS):
        return True
    if all(w in PLACES or w in employer for w in content):
        return True
    if _place_name(surface):
        return True  # "Surrey Heartlands", "Surrey Downs localities"
    if len(words) >= 2 and (words[0] in DUTY_VERBS or words[0] in _QUESTION):
        return True  # "Writes flawless code", "how web applications"
    if _generic_duty(words):
        return True  # "provide excellent support", "developing the service"
    if "," in surface:
        return True  # "Numerical, Text": a piece of a list, not a name
    if content[-1] in PEOPLE and not (len(content) > 1 and content[-2] in _SKILL_OF):
        return True
    # an acronym no taxonomy knows: a trust, a site, a team ("UHND", "CDDFT")
    return bool(ACRONYM_FORM.fullmatch(surface) and surface.isupper())


#: A verb of doing the job, then at most two plain modifiers, then a generic object:
#: "provide excellent support", "developing the service", "perform duties",
#: "expanding existing placements" say that work is done, not which skill; "provide
#: chair-side support", "Performing medicines reconciliation" name one and stay.
_DOING = frozenset(
    """provide provides providing perform performs performing develop developing
    deliver delivering expand expanding achieve achieving ensure ensuring support
    supporting address addressing streamline streamlining offer offering give
    giving carry carrying undertake undertaking""".split()  # noqa: SIM905
)
_PLAIN = frozenset(
    """the a an your their our its excellent quality high safe effective existing
    cross expert good great best patient outstanding efficient new out various other
    general supplementary all any""".split()  # noqa: SIM905
)
_GENERIC_OBJECT = frozenset(
    """service services care support duties duty practice partnership partnerships
    placements cover excellence requests cases needs advice expertise standards
    level""".split()  # noqa: SIM905
)


#: Nouns of an area, after a place's name: "Surrey Downs localities".
_PLACE_NOUNS = frozenset(
    "locality localities area areas footprint region district borough patch".split()  # noqa: SIM905
)


def _place_name(surface: str) -> bool:
    """A name led by a place, the rest capitalised or an area noun: a place, an
    organisation or a locality ("Surrey Heartlands"), not a skill."""
    words = surface.split()
    return (
        len(words) >= 2
        and words[0].lower() in PLACES
        and all(w[:1].isupper() or w.lower() in _PLACE_NOUNS for w in words[1:])
    )


def _generic_duty(words: Sequence[str]) -> bool:
    return (
        2 <= len(words) <= 4
        and words[0] in _DOING
        and words[-1] in _GENERIC_OBJECT
        and all(w in _PLAIN for w in words[1:-1])
    )


#: Person nouns that end a soft skill's wording only when it names a person.
_SOFT_PEOPLE = frozenset(
    """manager managers leader leaders supervisor supervisors director directors
    officer officers consultant consultants colleague colleagues""".split()  # noqa: SIM905
)
_QUESTION = frozenset({"how", "what", "which", "why", "when", "where", "whether"})
#: "customer service", "team players" keep their last word's sense: a person noun
#: after these is a skill ("people skills" is handled by the skill word).
_SKILL_OF = frozenset({"strong", "good"})
_FUNCTION = frozenset(
    """a an the and or of to in on for with at by as be is are from into your you
    our we their this that these those it its other such etc all any some""".split()  # noqa: SIM905
)
#: Canonical skills the model reads into traits ("enthusiastic" -> Optimism).
_TRAIT_CANONICAL = frozenset(
    {"optimism", "fast-paced environment", "motivation", "self-motivation",
     "enthusiasm", "positive attitude", "passion", "work ethic"}
)  # fmt: skip


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
        return voiced_mentions(out, text, taxonomy, title)

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
