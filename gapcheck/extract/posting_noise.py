"""Noise among a posting's mentions: traits, fragments, places, unknown acronyms.

Moved out of :mod:`.posting_terms` in round 14 (the module had grown past its size;
no rule changed): :func:`is_noise` and the word sets it reads. A mention is noise
when it is a trait of character rather than a skill, a fragment (one function word,
one vague word), a place of the posting's country, a word of the employer's name,
or an acronym no taxonomy knows.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.extract.posting_forms import vague_only
from gapcheck.extract.posting_senses import ACRONYM_FORM
from gapcheck.extract.posting_senses import clean as _clean
from gapcheck.extract.posting_senses import words as _words
from gapcheck.records import Mention

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
