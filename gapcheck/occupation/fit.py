"""Which named occupations (ESCO occupations, O*NET titles) a resume fits best.

Within the occupation stage: the ISCO-08 unit groups a resume reads as
(:func:`gapcheck.occupation.model.distribution`: the groups of its titles and its
CONTENT_GROUPS best content groups) say *where* to look; the named occupations filed
under those groups are then ranked by the skill terms they share with the resume's
evidence (its text and the skills found in it), as a cosine of IDF-weighted term
sets, so a long profile does not win by size. Drawing only from the groups the resume
reads as keeps a field's stray word out ("developer" of photographs for a web
developer): on livecareer (training/occupation/evaluate.py --analyse) hit@1 0.198 ->
0.275 at an equal hit@5 (0.527) against ranking every occupation by skill overlap.
Weighting the cosine by the group's share as well (share^a, a from 0.1 to 1) gave
hit@1 0.26-0.31 and hit@5 0.48-0.53, none better on both, so the simpler rule stays.

The named occupations and their terms are the ``named`` part of
``models/occupations.json.gz`` (training/occupation/build.py): each ESCO v1.1.1
occupation under its ISCO group, each O*NET 29.2 occupation under the groups the
recipe crosswalks it to (residual "All Other" occupations and those no ESCO label
crosswalks are left out), with its TOP terms by TF-IDF across occupations (words and
two-word phrases of its description and, for O*NET, its technology skills).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from gapcheck.occupation.model import distribution, lexicon
from gapcheck.records import Record

TOP = 5
SHOW_TERMS = 8

_TOKEN = re.compile(r"[a-z][a-z0-9+#]*(?:[.-][a-z0-9+#]+)*")
_STOP_WORDS = """a about above according across activities activity after all also
    among an and
    any appropriate are as at be been being between both but by can could do does
    duties during each either etc ensure ensuring for from general has have how in
    including into is it its may more most must new no not of on or other others our
    out over own part per perform performing related relevant required responsible
    same several should so some specific such than that the their them then there
    these they this those through to under up upon use used uses using various very
    was were what when where which while who whom will with within work working
    would you your"""
STOP = frozenset(_STOP_WORDS.split())


def _norm(token: str) -> str:
    if (
        len(token) > 4
        and token.endswith("s")
        and not token.endswith(("ss", "us", "is"))
    ):
        return token[:-1]
    return token


def terms(text: str) -> list[str]:
    """Lowercased content words (plural -s dropped) and the bigrams between them."""
    words = [_norm(t) for t in _TOKEN.findall(text.lower())]
    out: list[str] = []
    prev: str | None = None
    for w in words:
        if w in STOP or len(w) < 2:
            prev = None
            continue
        out.append(w)
        if prev is not None:
            out.append(f"{prev} {w}")
        prev = w
    return out


@dataclass(frozen=True)
class OccupationFit(Record):
    title: str
    source: str  # "esco" or "onet"
    code: str  # the ESCO occupation code or the O*NET-SOC code
    score: float  # 0..1: cosine of the IDF-weighted term sets
    overlap: tuple[str, ...] = ()  # shared terms, heaviest first
    group: str = ""  # the ISCO-08 unit group it was drawn from
    group_name: str = ""


@dataclass(frozen=True)
class NamedOccupation:
    title: str
    source: str
    code: str
    groups: tuple[str, ...]
    terms: tuple[int, ...]


@dataclass(frozen=True)
class Named:
    vocab: tuple[str, ...]
    idf: tuple[float, ...]
    occupations: tuple[NamedOccupation, ...]
    by_group: dict[str, tuple[int, ...]]  # group -> indexes into occupations


@cache
def _named() -> Named | None:
    lex = lexicon()
    data = lex.named if lex is not None else None
    if not data:
        return None
    occs = tuple(
        NamedOccupation(
            title=o["title"],
            source=o["source"],
            code=o["code"],
            groups=tuple(o["groups"].split()),
            terms=tuple(o["terms"]),
        )
        for o in data["occupations"]
    )
    by_group: dict[str, list[int]] = {}
    for k, occ in enumerate(occs):
        for g in occ.groups:
            by_group.setdefault(g, []).append(k)
    return Named(
        vocab=tuple(data["terms"]),
        idf=tuple(float(x) for x in data["idf"]),
        occupations=occs,
        by_group={g: tuple(ks) for g, ks in by_group.items()},
    )


#: The groups whose named occupations are ranked: the reading's first ones (its title
#: groups and about CONTENT_GROUPS content groups). Round 12's lift reading adds
#: twenty groups of small shares; their occupations crowded the fits ("employment
#: programme coordinator" first for an HR resume titled HR).
FIT_GROUPS = 13


def named_occupations() -> tuple[NamedOccupation, ...]:
    """Every named occupation the model ranks (empty when the artifact is missing)."""
    named = _named()
    return named.occupations if named else ()


def best_fits(
    titles: Sequence[tuple[str | None, float]],
    text: str,
    skills: Iterable[str] = (),
    top: int = TOP,
) -> list[OccupationFit]:
    """The ``top`` named occupations of the unit groups the resume reads as (from its
    ``titles`` and ``text``), by the skill terms they share with its text and
    ``skills``."""
    lex, named = lexicon(), _named()
    if lex is None or named is None:
        return []
    dist, _ = distribution(titles, text)
    groups = [
        lex.codes[k]
        for k in sorted(range(len(dist)), key=lambda k: -dist[k])
        if dist[k] > 0
    ][:FIT_GROUPS]
    have = set(terms(text))
    for skill in skills:
        have.update(terms(skill))
    index = {t: i for i, t in enumerate(named.vocab)}
    shown = {index[t] for t in have if t in index}
    idf = named.idf
    norm = math.sqrt(sum(idf[i] for i in shown)) or 1.0
    fits: list[tuple[float, NamedOccupation, str, list[int]]] = []
    seen: set[int] = set()
    for group in groups:
        for k in named.by_group.get(group, ()):
            if k in seen:
                continue
            seen.add(k)
            occ = named.occupations[k]
            common = [i for i in occ.terms if i in shown]
            total = sum(idf[i] for i in occ.terms)
            if not common or not total:
                continue
            score = sum(idf[i] for i in common) / (math.sqrt(total) * norm)
            fits.append((score, occ, group, common))
    fits.sort(key=lambda f: (-f[0], f[1].title))
    return [
        OccupationFit(
            title=occ.title,
            source=occ.source,
            code=occ.code,
            score=round(score, 3),
            overlap=tuple(
                named.vocab[i]
                for i in sorted(common, key=lambda i: -idf[i])[:SHOW_TERMS]
            ),
            group=group,
            group_name=lex.names.get(group, ""),
        )
        for score, occ, group, common in fits[:top]
    ]
