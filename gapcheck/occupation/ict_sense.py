"""The ICT sense of a title's reading (round 12b): a title or a document that names
information and communications technology work reads a label in its ICT groups.

``reading`` reads a title that names an ICT field the label leaves out in the label's
ICT sense (``ict_if_named``); ``model`` reads a title in a document whose words are
ICT work the same way (``reads_as_ict``, ``in_ict_sense``). Split out of
:mod:`gapcheck.occupation.reading` (round 14); it imports neither ``reading`` nor
``model``.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.occupation.lexicon import Lexicon, groups_of
from gapcheck.occupation.titles import GENERIC_HEADS, title_words

#: Title words that put a job in information and communications technology ("IT"
#: and "ICT" in capitals are spelt "information technology", ``titles.title_words``).
#: Not "digital" ("Digital Marketing Manager"), "data" ("Data Protection Officer") or
#: "network": they name other fields' jobs as often.
ICT_WORDS = frozenset(
    {"software", "cyber", "cybersecurity", "computer", "web", "cloud"}
)
#: Field words before a label that ICT labels of the lexicon begin with, in order.
ICT_PREFIXES = ("software", "information technology", "computer", "cyber")
#: ISCO-08 groups of ICT work: ICT service managers (133), ICT professionals (25),
#: ICT technicians (35).
ICT_GROUPS = ("133", "25", "35")


def is_ict(groups: dict[str, float]) -> bool:
    """Whether ICT groups hold half or more of a reading's share."""
    return sum(v for g, v in groups.items() if g.startswith(ICT_GROUPS)) >= 0.5


def names_ict(words: Sequence[str]) -> bool:
    """Whether a title's words (``title_words``) name an ICT field."""
    pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
    return bool(ICT_WORDS & set(words)) or bool(
        {"information technology", "dev op"} & pairs
    )


#: Words of a label that say what kind of technical work it is, not its field: the
#: ICT sense may leave them out ("qa engineer" -> "software engineer"); any other
#: word names the job's own function and keeps it ("recruitment consultant").
TECHNICAL_WORDS = GENERIC_HEADS | frozenset(
    """engineering engineer qa quality assurance test testing technical technology
    design development system platform security support operation""".split()  # noqa: SIM905
)


def ict_sense(label: str, lex: Lexicon) -> tuple[str, dict[str, float]] | None:
    """The ICT sense of a label read in a non-ICT group: an ICT field word before the
    label, or before the shorter ends of it down to its head, that the lexicon reads
    in ICT groups ("security manager" -> "information technology security manager",
    2529; "engineering manager" -> "software manager", 1330; "qa engineer" ->
    "software engineer", 2512: ESCO's own "software quality assurance engineer" is
    filed with quality engineers, 2149, so it is passed over). None when there is
    none ("ceo": a software firm's CEO is a chief executive), or only by leaving out
    a word that names the job's function (``TECHNICAL_WORDS``)."""
    words = label.split()
    for start in range(len(words)):
        if any(w not in TECHNICAL_WORDS for w in words[:start]):
            break  # "IT Recruitment Consultant" recruits: no "software consultant"
        end = " ".join(words[start:])
        for prefix in ICT_PREFIXES:
            key = f"{prefix} {end}"
            if key in lex.titles and is_ict(groups := groups_of(lex.titles[key])):
                return key, groups
    return None


def ict_if_named(
    words: Sequence[str], label: str, groups: dict[str, float], lex: Lexicon
) -> tuple[str, dict[str, float]]:
    """A title that names an ICT field the label leaves out ("Cyber Security Manager"
    read as "security manager", "Software Engineering Leader" as "engineering
    manager") in the label's ICT sense (``ict_sense``), when the label reads outside
    ICT; else the reading as found (round 12b)."""
    if is_ict(groups) or not names_ict(words) or names_ict(title_words(label)):
        return label, groups
    return ict_sense(label, lex) or (label, groups)


def reads_as_ict(dist: Sequence[float], codes: Sequence[str]) -> bool:
    """Whether a distribution over ``codes`` (``lexicon().codes``) puts its most in an
    ICT group: a document whose words are ICT work."""
    if len(dist) == 0 or len(dist) != len(codes) or not any(dist):
        return False
    return codes[max(range(len(dist)), key=dist.__getitem__)].startswith(ICT_GROUPS)


def in_ict_sense(
    label: str, groups: dict[str, float], ict: bool, lex: Lexicon
) -> tuple[str, dict[str, float]]:
    """A title's reading in a document that reads as ICT (``ict``): its ICT sense
    (``ict_sense``) when the reading is outside ICT and has one (round 12b: a software
    posting's "QA Engineer", a software resume's "Director of Engineering")."""
    if ict and not is_ict(groups):
        return ict_sense(label, lex) or (label, groups)
    return label, groups
