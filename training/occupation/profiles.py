"""Term profiles of ISCO groups for the occupation lexicon (build.py): the specific
words of each group (``terms``) and the words' lift over all groups' words (``lift``,
round 12)."""

from __future__ import annotations

import math
from collections import Counter

TERMS_PER_GROUP = 60
#: Pseudo-words of background a group's word shares are smoothed with, and the words
#: kept per lift profile (round 12; docs/scoring.md, "Round 12: occupation words").
LIFT_PRIOR = 200.0
LIFT_TERMS = 200


def term_profiles(docs: dict[str, Counter[str]]) -> dict[str, dict[str, float]]:
    """Per group, its TERMS_PER_GROUP most specific words (tf-idf over groups),
    weights scaled to sum 1."""
    df = Counter(w for c in docs.values() for w in c)
    n_groups = len(docs)
    out = {}
    for g in sorted(docs):
        scored = {
            w: (1 + math.log(n)) * math.log(n_groups / df[w])
            for w, n in docs[g].items()
        }
        top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:TERMS_PER_GROUP]
        total = sum(v for _, v in top) or 1.0
        out[g] = {w: round(v / total, 4) for w, v in top if v > 0}
    return out


def lift_profiles(docs: dict[str, Counter[str]]) -> dict[str, dict[str, float]]:
    """Per group, the log lift of its words (round 12): log p(w|g) / p(w), p(w) the
    word's share of all groups' words and p(w|g) its share of the group's, smoothed
    toward p(w) with LIFT_PRIOR words; the LIFT_TERMS words of the largest p(w|g)
    log lift kept (the group's share of the words' divergence from the background).

    The specific words of ``term_profiles`` are the rarest (idf over groups), so a
    software developer's are tool names ("decompiler", "eiffel"), and scaled to sum 1
    they weigh a small group's ordinary words heavily ("hand", "practical" of crop
    workers): an IT resume's content read as air traffic technicians and crop
    workers. Lift keeps the common words a group uses more than others ("software",
    "network", "data") and, smoothed, gives a group known by few words little."""
    back: Counter[str] = Counter()
    for c in docs.values():
        back.update(c)
    total = sum(back.values())
    out = {}
    for g in sorted(docs):
        n_g = sum(docs[g].values())
        scored = {}
        for w, n in docs[g].items():
            p = back[w] / total
            p_g = (n + LIFT_PRIOR * p) / (n_g + LIFT_PRIOR)
            lift = math.log(p_g / p)
            if lift > 0:
                scored[w] = (p_g * lift, lift)
        top = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))[:LIFT_TERMS]
        out[g] = {w: round(v[1], 4) for w, v in top}
    return out
