"""O*NET occupations to ISCO-08 groups: the title votes must agree with the words.

build.py crosswalks an O*NET occupation to the ISCO groups whose ESCO labels equal
its titles. One or two shared titles can carry it far off: "Medical and Health
Services Managers" list "Medical Records Manager" (ESCO: 3252, medical records
technicians) and go to 3252, whose display name is "clinical coder"; "Patient
Representatives" list "Admissions Coordinator" and go to 2359 (tutors). Every
title and alternate title of the O*NET occupation then votes for that group.

``agreeing`` keeps a title-voted group only when it is among the CONTENT_RANK groups
whose ESCO descriptions and labels are nearest the O*NET occupation's own title and
description (tf-idf cosine over groups): a homonym title moves no occupation into
a group whose work reads otherwise. The groups left must still hold MIN_SHARE of
all the occupation's votes: dropping a stray vote never promotes a minority group.
``unrelated_listings`` finds a title listed by several O*NET occupations through
one whose own words do not name it.

build.py uses both for the titles' votes only: the term profiles, the named
occupations and the kernel keep the plain crosswalk (measured: applying the
content check there too lowered dev resume-view AUC from 0.922 to 0.896).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from gapcheck.occupation.titles import title_words

#: An O*NET occupation goes to the groups with this share of its title votes or more.
MIN_SHARE = 1 / 3
#: A title-voted group must be among this many groups nearest the O*NET text.
CONTENT_RANK = 15


def group_vectors(
    docs: dict[str, Counter[str]],
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """(per group, its unit-length tf-idf vector; idf per word) of word counts."""
    df = Counter(w for c in docs.values() for w in c)
    n = len(docs)
    idf = {w: math.log(n / d) for w, d in df.items()}
    vecs = {}
    for g, counts in docs.items():
        v = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items() if idf[w] > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[g] = {w: x / norm for w, x in v.items()}
    return vecs, idf


def nearest(
    words: list[str], vecs: dict[str, dict[str, float]], idf: dict[str, float]
) -> list[str]:
    """Groups by the cosine of their vector with these words, nearest first."""
    counts = Counter(w for w in words if w in idf)
    q = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()}
    score = {g: sum(x * v.get(w, 0.0) for w, x in q.items()) for g, v in vecs.items()}
    return sorted(score, key=lambda g: (-score[g], g))


def agreeing(
    votes: Counter[str],
    words: list[str],
    vecs: dict[str, dict[str, float]],
    idf: dict[str, float],
) -> Counter[str]:
    """The title votes of the groups among the CONTENT_RANK nearest ``words``."""
    near = set(nearest(words, vecs, idf)[:CONTENT_RANK])
    return Counter({g: v for g, v in votes.items() if g in near})


def crosswalk_by_titles(
    soc_titles: dict[str, list[str]],
    residual: set[str],
    stray: set[tuple[str, tuple[str, ...]]],
    esco_keys: dict[tuple[str, ...], Counter[str]],
    agree: Any = None,
) -> dict[str, dict[str, float]]:
    """O*NET code -> {ISCO group: share}: a vote per title equal to an ESCO label
    (split over the label's groups), ``stray`` listings left out, ``agree(soc,
    votes)`` keeping some groups' votes; groups with MIN_SHARE of them or more."""
    crosswalk: dict[str, dict[str, float]] = {}
    for soc, titles in soc_titles.items():
        if soc in residual:
            continue
        votes: Counter[str] = Counter()  # float votes
        for t in titles:
            key = title_words(t, curated=True)
            if (soc, key) in stray:
                continue
            for g, n in esco_keys.get(key, Counter()).items():
                votes[g] += n / sum(esco_keys[key].values())  # type: ignore[assignment]
        total = sum(votes.values())  # the groups left must hold their share of all
        if agree is not None and votes:
            votes = agree(soc, votes)
        kept = {g: v for g, v in votes.items() if total and v / total >= MIN_SHARE}
        if kept:
            crosswalk[soc] = {g: v / sum(kept.values()) for g, v in kept.items()}
    return crosswalk


def titles_keys(titles: list[str]) -> set[tuple[str, ...]]:
    return {k for k in (title_words(t, curated=True) for t in titles) if k}


def about_words(text: str) -> tuple[str, ...]:
    return title_words(text, curated=True)


def unrelated_listings(
    soc_titles: dict[str, list[str]],
    soc_about: dict[str, str],
    field_words: Any,
) -> set[tuple[str, tuple[str, ...]]]:
    """(O*NET code, title key) listings of a title through an occupation whose own
    title and description hold none of the title's field words (``field_words``:
    key -> set of words), when another occupation listing the same title holds one
    ("Business Intelligence Engineer" under Human Resources Specialists as well as
    Business Intelligence Analysts; "Claims Clerk" under File Clerks as well as
    Insurance Claims and Policy Processing Clerks): a homonym or a stray listing,
    no title of that occupation. The listings of a title no occupation's words hold
    are kept: they are synonyms ("Personnel Recruiter")."""
    listed: dict[tuple[str, ...], set[str]] = {}
    for soc, titles in soc_titles.items():
        for key in titles_keys(titles):
            listed.setdefault(key, set()).add(soc)
    own_words = {soc: set(about_words(text)) for soc, text in soc_about.items()}
    out = set()
    for key, socs in listed.items():
        field = field_words(key)
        if not field:
            continue
        holds = {soc: bool(field & own_words.get(soc, set())) for soc in socs}
        if any(holds.values()):
            out |= {(soc, key) for soc, held in holds.items() if not held}
    return out
