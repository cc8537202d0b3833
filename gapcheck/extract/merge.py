"""Merge mentions from several sources into one mention per overlapping region.

Sources rank ``model`` > ``taxonomy`` > ``keyword``: the trained model knows where
SkillSpan-style spans start and end, the taxonomy knows what a skill is called. So
mentions are accepted greedily by (source rank, length, score); a mention that overlaps
an accepted one is dropped, but first lends its canonical name, category and type to
the accepted mention if that has none (the overlapping mention with the best
canonical wins: exact same span, then largest overlap, then higher score). It lends
only when it lies inside the accepted mention or the accepted mention touches its
first or last word (the verb or the head): "communication" is named by "written and
verbal communication", "Git" is not named by "visualization of Git log data".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from gapcheck.extract.matchkeys import FUNCTION_WORDS
from gapcheck.records import Mention

RANK = {"model": 0, "taxonomy": 1, "keyword": 2}


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


#: Words before a skill's name that say how well or how much, whose it is, or what is
#: done with it (the verbs and nouns that open a duty or requirement), not which kind:
#: "advanced Excel" and "Microsoft Excel" are Excel, while "structured programming" and
#: "Web API" are kinds of their head, which the head's generic name does not show.
_DEGREE_WORDS_TEXT = """
    a an the of in with and or any some good strong excellent advanced basic
    intermediate expert solid sound thorough extensive proficient working practical
    proven demonstrable demonstrated relevant previous recent general high level
    effective fluent competent confident full detailed broad deep hands on
    microsoft ms adobe google apple ibm amazon
    knowledge experience understanding awareness ability skills skill proficiency
    familiarity use using apply applying build building develop developing deliver
    delivering provide providing support supporting manage managing lead leading
    maintain maintaining create creating implement implementing perform performing
    conduct conducting undertake undertaking prepare preparing ensure ensuring
    demonstrate demonstrating complex difficult wide various varied modern latest
    current new core key common standard popular
    """
DEGREE_WORDS = frozenset(_DEGREE_WORDS_TEXT.split())


def _narrows(kept: Mention, donor: Mention) -> bool:
    """Whether ``kept`` writes a kind of ``donor``'s hard skill: a word before the
    donor that says which kind ("structured programming", "Web API services")."""
    if donor.type == "soft" or donor.start <= kept.start or donor.end > kept.end:
        return False
    head = kept.text[: donor.start - kept.start].lower()
    words = re.findall(r"[^\W_]+", head)
    if not words or head[-1:].isalnum():  # nothing before it, or it starts mid-word
        return False
    # the modifier is the word right before the name. Not one that coordinates
    # ("financial and management accounting") or governs it ("part of the Management
    # Accounting team"), nor a verb's -ing form ("navigating ... employee relations")
    last = words[-1]
    return not (
        last in FUNCTION_WORDS
        or last in DEGREE_WORDS
        or last.isdigit()
        or last.endswith("ing")
    )


def _names(kept: Mention, donor: Mention) -> bool:
    """Whether ``donor`` may lend its canonical name to ``kept``."""
    if _overlap(kept, donor) <= 0 or _narrows(kept, donor):
        return False
    if kept.start <= donor.start and donor.end <= kept.end:
        return True
    words = donor.text.split()
    if not words:
        return False
    first_end = donor.start + len(words[0])
    last_start = donor.end - len(words[-1])
    return kept.start < first_end or kept.end > last_start


def _donor_key(kept: Mention, other: Mention) -> tuple[int, int, int, float]:
    exact = int(other.start == kept.start and other.end == kept.end)
    return (exact, _overlap(kept, other), -RANK.get(other.source, 9), other.score)


def merge_mentions(*sources: Iterable[Mention]) -> list[Mention]:
    """One list of non-overlapping mentions, sorted by offset, from any number of
    mention lists. Canonical names flow from dropped mentions to kept ones."""
    pool = [m for mentions in sources for m in mentions if m.end > m.start]
    order = sorted(
        pool,
        key=lambda m: (RANK.get(m.source, 9), -(m.end - m.start), -m.score, m.start),
    )
    kept: list[Mention] = []
    dropped: list[Mention] = []
    for mention in order:
        if any(_overlap(mention, k) > 0 for k in kept):
            dropped.append(mention)
        else:
            kept.append(mention)
    result = []
    for mention in kept:
        if mention.canonical is None:
            donors = [d for d in dropped if d.canonical and _names(mention, d)]
            if donors:
                best = max(donors, key=lambda d: _donor_key(mention, d))
                mention = dataclasses.replace(
                    mention,
                    canonical=best.canonical,
                    category=mention.category or best.category,
                    type=mention.type or best.type,
                )
        result.append(mention)
    result.sort(key=lambda m: (m.start, m.end))
    return result
