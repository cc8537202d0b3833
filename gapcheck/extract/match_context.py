"""Where an ambiguous alias reads as the tool: the context and sense rules of the
taxonomy matcher (:mod:`gapcheck.extract.matcher`), kept apart from its compiled
tables.

* ordinary English words that are also tool names (``AMBIGUOUS_WORDS``) need a
  technical context within ``CONTEXT_WINDOW`` tokens: a tool, a technical method of
  the digital families, or a cue word (``CUE_WORDS``; per word ``SENSE_CUES`` and
  ``AGAINST_CUES``);
* verb-object forms ("managed projects") need a word that reads as a verb;
* "at" + a capitalised name is a place or employer unless "good at" comes before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapcheck.extract.matchkeys import IRREGULAR_FORMS, stem

if TYPE_CHECKING:
    from gapcheck.extract.taxonomy import Skill


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Ordinary English words (lowercase) that are also names of tools or languages.
AMBIGUOUS_WORDS = _words(
    """
    go swift ruby spring word words excel access rust dart chef puppet julia elm
    crystal pascal express ember meteor backbone jest mocha chai storm spark hive
    pig basic assembly scheme ada sage shell teams zoom slack box notion keynote
    pages numbers outlook project bootstrap next flask bottle pyramid falcon sanity
    prism kit ant make cargo pip yarn snowflake airflow beam presto druid pinot
    pandas polars dash gem rails salt vagrant packer consul vault nomad helm envoy
    kong argo flux harness circle drone buddy bamboo octopus sentry raven loki tempo
    graphite beats arrow parquet delta iceberg thrift mode power superset sketch
    framer frame maya blender nuke unity unreal premiere audition animate muse
    illustrator bridge dimension capture asana monday basecamp aha amplitude heap
    segment outreach apollo chorus seismic buffer sprout later mural lucid draw
    node net windows less remix lit bun gin tornado phoenix celery grunt gulp rest
    safe solid
    parcel rollup babel jasmine karma cucumber behave prettier composer eclipse
    electron ionic capacitor flutter boost apex delphi groovy bash storybook
    handlebars doctrine glide locust pact sonar blaze buck rancher gremlin backstage
    aurora amplify spanner pulsar lighthouse ray prefect luigi altair marvel
    principle origami procreate affinity resolve avid logic cinema substance drift
    intercom front braze iterable gusto workday greenhouse lever oracle epic canvas
    blackboard clever seesaw fusion inventor gong clarity loom linear soc telemetry
    r c d f v j k q s t x
    """
)
#: Words that make a technical reading of an ambiguous alias likely.
CUE_WORDS = _words(
    """
    programming program programs language languages framework frameworks developer
    developers development engineer engineers engineering code coding software stack
    proficient proficiency library libraries tool tools scripting script scripts
    skills skill technologies technology tech api apis sdk ide experience
    experienced knowledge expertise familiarity familiar using microsoft adobe
    google apple cloud platform platforms database databases backend frontend
    """
)
#: Words that make an office-suite reading likely, for the office tools only ("2 days
#: in office" says nothing about "Parcel").
_OFFICE_CUES = _words(
    "office suite spreadsheet spreadsheets pivot macros formulas vlookup documents"
)
_CLINICAL = _words(
    """
    ehr emr chart charting charts document documenting documentation patient patients
    clinical nursing nurse nurses hospital care assessments assessment medication
    medications orders cerner meditech allscripts icu cardiac bedside ward wards
    """
)
#: Ambiguous words with cue words of their own, besides the technical context:
#: office tools beside "spreadsheet" or "office"; "Epic", a health-record system,
#: beside "patient" or "chart" (and nothing in "an Epic year").
SENSE_CUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        _words("word words excel access outlook teams project pages numbers keynote"),
        _OFFICE_CUES,
    ),
    "epic": _CLINICAL,
}
#: Ambiguous words with cue words against their tool reading: "telemetry" beside
#: "patients" or "nurse" is cardiac monitoring, not software observability.
AGAINST_CUES: dict[str, frozenset[str]] = {"telemetry": _CLINICAL}
CONTEXT_WINDOW = 12
#: Most tokens between a verb and its object ("managed [three large] projects").
VERB_OBJECT_GAP = 3
MAX_TOKENS = 8
_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")
_GAP_STOP = frozenset({"and", "or", "but", "nor", "by"})  # "built by the team"
_VERBAL = ("ing", "ed")
_BULLETS = frozenset({"\u2022", "-", "*", "\u2013", "\u00b7", "\u25aa"})
_VERB_CUES = _words(
    "to will can must should would could you we i they and also help who that "
    "which please able"
)
_ADJECTIVAL = ("al", "ic", "ive", "ous", "ful", "ible", "able", "ary")
_SENTENCE_END = frozenset({".", "!", "?", ":", ";", "•", "|"})
_STARTERS = _SENTENCE_END | _BULLETS
_MODE_PLAIN, _MODE_CASED, _MODE_GATED = 0, 1, 2
_NONE: frozenset[str] = frozenset()
_TOOL_KINDS = frozenset({"tool", "technology"})
#: Prefixes that make a hyphenated word something else: "non-Danish", "pre-clinical".
_PREFIXES = frozenset({"non", "pre", "anti", "co", "un", "semi", "quasi", "post"})
_DIGITAL_FAMILIES = frozenset({"software", "data", "it_operations", "design"})

_AT_SKILL = _words(
    "good great skilled proficient expert adept excellent competent experienced "
    "efficient strong fluent better best"
)


def _employer_at(
    toks: list[tuple[int, int, str]], pieces: list[str | None], i: int
) -> bool:
    """Whether the capitalised name at token ``i`` follows "at" as a place or
    employer ("clients at Asana", "worked at Oracle"), not "proficient at Excel"."""
    if i == 0 or pieces[i - 1] != "at" or not toks[i][2][:1].isupper():
        return False
    return not (i >= 2 and pieces[i - 2] in _AT_SKILL)


def _hyphen_prefix(
    toks: list[tuple[int, int, str]], pieces: list[str | None], i: int
) -> str | None:
    """The first part of a hyphenated word whose second part starts at token i
    ("event" for "driven" in "event-driven"), else None."""
    if (
        i >= 2
        and toks[i - 1][2] == "-"
        and toks[i - 2][1] == toks[i - 1][0]
        and toks[i - 1][1] == toks[i][0]
    ):
        return pieces[i - 2] or None
    return None


def _is_technical_context(skill: Skill) -> bool:
    """Whether a mention of ``skill`` makes a tool reading of a nearby ambiguous word
    likely: a named tool or technology of any field, or a technical method or domain
    of the digital families ("Machine learning with R"; not "Cold Storage, Aurora")."""
    return skill.category == "technical" and (
        skill.kind in _TOOL_KINDS or skill.family in _DIGITAL_FAMILIES
    )


def _reads_as_verb(
    i: int,
    toks: list[tuple[int, int, str]],
    pieces: list[str | None],
    breaks: list[bool],
) -> bool:
    """Whether token i can be the verb of "managed projects" (no tagger needed).

    Past and -ing forms always can; a base form only at the start of a sentence or
    bullet ("Manage projects"), after a cue ("to manage", "will manage"), or as an
    action noun followed by "of" ("management of projects"). This keeps nouns such
    as "market access for ... enterprises" from reading as "marketed enterprises".
    """
    word = pieces[i] or ""
    if word.endswith(("ed", "ing")) or word in IRREGULAR_FORMS:
        return True
    k = i + 1
    while k < len(pieces) and pieces[k] == "":
        k += 1
    if k < len(pieces) and pieces[k] == "of" and not breaks[k]:
        return True
    starts = i == 0 or breaks[i] or toks[i - 1][2] in _STARTERS
    if starts and toks[i][2][:1].isupper():  # "Manage projects", not "market ..."
        return True
    k = i - 1
    while k >= 0 and pieces[k] == "":
        k -= 1
    return k >= 0 and pieces[k] in _VERB_CUES


def _object_at(
    pieces: list[str | None], breaks: list[bool], j: int, target: tuple[str, ...]
) -> int | None:
    """End token (exclusive) when ``target`` starts at token ``j``, else None."""
    n, m, last = len(pieces), 0, len(target) - 1
    while j < n and m <= last:
        if m and breaks[j]:
            return None
        q = pieces[j]
        if q is None:
            return None
        if q:
            want = target[m]
            if q != want and (m < last or stem(q) != want):
                return None
            m += 1
        j += 1
    return j if m > last else None


def _select(
    candidates: list[tuple[int, int, int, int, float]], n: int
) -> list[tuple[int, int, int, int, float]]:
    """Non-overlapping candidates, longest first, then leftmost, then literal."""
    taken = [False] * n
    chosen = []
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], -c[4])):
        if not any(taken[c[0] : c[1]]):
            for k in range(c[0], c[1]):
                taken[k] = True
            chosen.append(c)
    chosen.sort()
    return chosen


def _in_context(
    i: int,
    j: int,
    toks: list[tuple[int, int, str]],
    pieces: list[str | None],
    breaks: list[bool],
    technical: list[int],
) -> bool:
    """Whether an ambiguous alias at tokens i..j reads as a technical term."""
    sentence_start = (
        i == 0
        or breaks[i]
        or (toks[i - 1][2] in _SENTENCE_END and toks[i - 1][1] < toks[i][0])
    )
    if sentence_start and j < len(toks) and not breaks[j]:
        nxt = toks[j][2]
        if nxt.isalpha() and nxt.islower() and nxt not in ("and", "or"):
            return False  # "Go to market", "Excel in a fast-paced team"
    lo, hi = max(0, i - CONTEXT_WINDOW), min(len(toks), j + CONTEXT_WINDOW)
    word = " ".join(p or "" for p in pieces[i:j])
    against = AGAINST_CUES.get(word, _NONE)
    if against and any(pieces[k] in against for k in range(lo, hi)):
        return False
    if any(abs(t - i) <= CONTEXT_WINDOW for t in technical):
        return True
    cues = CUE_WORDS | SENSE_CUES.get(word, _NONE)
    return any(pieces[k] in cues for k in range(lo, hi))
