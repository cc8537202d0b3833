"""Whether a term of the derived breadth files fits the posting's field.

The ESCO and O*NET breadth files (``corpora/taxonomy/esco_breadth.tsv``,
``onet_tools.tsv``) tag each entry with the fields it belongs to (``field:healthcare``,
``field:trades_estates``...). Their wordings are common words of some other trade as
often as of this one ("Quality standards" of sales, "Hydrotherapy" of a spa), so a
derived term counts only where the posting shows its field: one of the entry's fields
is cross-field (business, health and safety, administration), or the posting's text
holds at least :data:`MIN_CUES` cue words of one of its fields or of a neighbouring
field (:data:`NEIGHBOURS`). The hand-written
taxonomy is not gated: its entries were written for the fields they name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

#: Tags of the entries gated by field (their source).
DERIVED = frozenset({"esco", "onet"})
#: Fields whose knowledge any posting may ask: managing, safety, office work.
CROSS_FIELD = frozenset({"business", "health_safety", "admin"})
#: Cue words per field of the breadth files' tags (lower-case regexes).
FIELD_CUES: dict[str, str] = {
    "healthcare": r"nhs|patients?|clinical|clinic|nurs\w+|wards?|hospitals?|midwi\w+|"
    r"therap\w+|medical|medicines?|gp|healthcare|health\s+care|mental\s+health|"
    r"physio\w*|pharmac\w+|surg\w+|diagnos\w+|treatment|dental|care\s+plans?",
    "social_care": r"social\s+care|social\s+work\w*|care\s+homes?|vulnerable|"
    r"safeguarding|support\s+workers?|families|carers?|children|young\s+people|"
    r"learning\s+disabilit\w+|rehabilitation|mental\s+health",
    "trades_estates": r"estates?|maintenance|engineer\w*|electric\w*|mechanic\w*|"
    r"plumb\w*|buildings?|plant|hvac|boilers?|facilities|joiner\w*|carpent\w*|"
    r"construction|trades?|workshop|installation|repairs?|equipment|devices?",
    "engineering": r"engineer\w*|electric\w*|mechanic\w*|technical|equipment|"
    r"devices?|installation|design|systems",
    "sales": r"sales|selling|retail|commercial|customers?|account\s+management|"
    r"marketing|business\s+development|products?",
    "legal": r"legal|law|laws|legislation|solicitors?|litigation|contracts?|"
    r"compliance|regulat\w+|statutory|governance|tribunal|court",
    "logistics": r"logistic\w*|supply\s+chain|stores|warehous\w+|procurement|"
    r"deliver(?:y|ies)|transport|fleet|stock|inventory|distribution|purchas\w+",
    "finance": r"accounts?|accounting|accountan\w+|audit\w*|tax\w*|ledger|"
    r"financ\w+|budget\w*|payroll|invoic\w+",
    "security": r"security|secure|cyber|cctv|guard\w*|threats?|access\s+control",
    "software": r"software|developer|javascript|python|java|api|cloud|devops|sql|"
    r"web|programming|code|database",
    "education": r"pupils?|schools?|teach\w+|curriculum|classroom|students?|"
    r"learners?|education|training|tutor\w*|lectur\w+",
    "science": r"laborator\w+|lab|scien\w+|research|analys\w+|samples?|"
    r"experiments?|data",
    "hospitality": r"catering|kitchen|chefs?|cook\w*|food|meals?|hotel|"
    r"housekeep\w+|domestic|restaurant|hospitality",
    "manufacturing": r"manufactur\w+|production|factory|assembly|fabricat\w+|"
    r"machin\w+",
    "arts_media": r"design\w*|media|video|photo\w*|graphic\w*|creative|film|"
    r"broadcast\w*|publish\w*",
}
#: Neighbouring fields: a posting that shows one shows the others' knowledge too
#: ("Learning difficulties", tagged education, in a nursing posting; "Baby care",
#: tagged social care, in a midwife's).
NEIGHBOURS: tuple[frozenset[str], ...] = (
    frozenset({"healthcare", "social_care", "science", "education", "personal_care"}),
    frozenset({"trades_estates", "engineering", "manufacturing", "security",
               "agriculture"}),
    frozenset({"sales", "logistics", "finance", "legal", "hospitality"}),
    frozenset({"software", "science", "engineering", "arts_media"}),
)  # fmt: skip
#: Cue words a posting needs before it shows a field.
MIN_CUES = 2


@cache
def _pattern(field: str) -> re.Pattern[str] | None:
    cues = FIELD_CUES.get(field)
    return re.compile(rf"\b(?:{cues})\b", re.IGNORECASE) if cues else None


def derived(tags: Iterable[str]) -> bool:
    """Whether an entry with ``tags`` comes from the derived breadth files."""
    return any(t in DERIVED for t in tags)


def fields_of(tags: Iterable[str]) -> list[str]:
    return [t.split(":", 1)[1] for t in tags if t.startswith("field:")]


def shown_fields(text: str) -> frozenset[str]:
    """The fields whose cue words occur at least :data:`MIN_CUES` times in ``text``."""
    shown = set()
    for field in FIELD_CUES:
        pattern = _pattern(field)
        hits = pattern.finditer(text) if pattern else iter(())
        if sum(1 for _, _hit in zip(range(MIN_CUES), hits, strict=False)) >= MIN_CUES:
            shown.add(field)
    return frozenset(shown)


def fits(tags: Iterable[str], shown: frozenset[str]) -> bool:
    """Whether a term tagged ``tags`` counts in a posting that shows ``shown``
    fields: not derived, untagged, cross-field, or one of its fields shown."""
    tags = tuple(tags)
    if not derived(tags):
        return True
    fields = fields_of(tags)
    if not fields or any(f in CROSS_FIELD or f not in FIELD_CUES for f in fields):
        return True
    near = {n for f in fields for group in NEIGHBOURS if f in group for n in group}
    return any(f in shown for f in (*fields, *near))
