"""How central a word is to an occupation's postings (models/term_centrality.json.gz).

An NHS advert for an accountant writes "patients", "trust" and "care" as often as
one for a cook (the employer's boilerplate), and "budget" far more often. The
artifact holds, for each ISCO-08 unit group with enough postings, the log lift of a
word: log(P(word in the group's postings) / P(word in any posting)); recipe and data
in ``training/occupation/centrality.py``. A posting's ``centrality`` of a word is
that log lift averaged over the groups the posting reads as, by their shares; groups
without a profile (and a missing artifact) add 0, so the factor is 1 there.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from functools import cache

from gapcheck.occupation.model import lexicon

#: log lifts are clipped to +-LIMIT before the factor exp(STRENGTH * lift)
LIMIT = 2.0
#: chosen on the development data among 0.5 / 0.7 / 1 / 1.5 (docs/scoring.md, round 4)
STRENGTH = 1.0


@cache
def _profiles() -> tuple[tuple[int, dict[str, float]], ...]:
    """(index of the group in ``lexicon().codes``, word -> log lift) per group."""
    from gapcheck.paths import models_dir

    lex = lexicon()
    try:
        data = json.loads(
            gzip.decompress((models_dir() / "term_centrality.json.gz").read_bytes())
        )
    except (OSError, ValueError):
        return ()
    if lex is None:
        return ()
    return tuple(
        (lex.index[code], {w: float(x) for w, x in g["log_lift"].items()})
        for code, g in sorted(data["groups"].items())
        if code in lex.index
    )


def centrality_factors(dist: Sequence[float], words: Iterable[str]) -> dict[str, float]:
    """exp(STRENGTH * clipped centrality) of each word for a document with the
    occupation distribution ``dist`` (1 where nothing is known)."""
    used = [(dist[k], lifts) for k, lifts in _profiles() if k < len(dist) and dist[k]]
    out = {}
    for w in words:
        lift = sum(share * lifts.get(w, 0.0) for share, lifts in used)
        out[w] = math.exp(STRENGTH * max(-LIMIT, min(LIMIT, lift)))
    return out
