"""The occupation lexicon: ``models/occupations.json.gz`` (built by
training/occupation/build.py from ESCO v1.1.1 and O*NET 29.2; see its meta.json):
ISCO-08 unit groups, their names and term profiles, and the title lexicon (label ->
groups and shares)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    codes: tuple[str, ...]
    names: dict[str, str]
    titles: dict[str, str]  # label -> "group:share group:share"
    terms: dict[str, list[tuple[int, float]]]  # word -> [(group index, weight)]
    near: dict[str, dict[str, float]]  # group -> related groups, cosine of profiles
    index: dict[str, int]
    #: named occupations and their skill terms (gapcheck.occupation.fit), if built
    named: dict[str, Any] | None = None
    #: group -> groups of the same function at another level, cosine of title fields
    function: dict[str, dict[str, float]] | None = None
    #: word -> [(group index, log lift)]: the words' lift profiles, if built
    lift: dict[str, list[tuple[int, float]]] | None = None


@cache
def lexicon() -> Lexicon | None:
    """The occupation lexicon, or None when the artifact is missing."""
    from gapcheck.paths import models_dir

    path = models_dir() / "occupations.json.gz"
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError):
        return None
    codes = tuple(sorted(data["groups"]))
    index = {c: k for k, c in enumerate(codes)}
    terms: dict[str, list[tuple[int, float]]] = {}
    lift: dict[str, list[tuple[int, float]]] = {}
    for code, g in data["groups"].items():
        for word, w in g["terms"].items():
            terms.setdefault(word, []).append((index[code], float(w)))
        for word, w in g.get("lift", {}).items():
            lift.setdefault(word, []).append((index[code], float(w)))
    return Lexicon(
        codes=codes,
        names={c: g["name"] for c, g in data["groups"].items()},
        titles=data["titles"],
        terms=terms,
        index=index,
        near={c: g.get("near", {}) for c, g in data["groups"].items()},
        named=data.get("named"),
        function={c: g.get("function", {}) for c, g in data["groups"].items()},
        lift=lift or None,
    )


def groups_of(entry: str) -> dict[str, float]:
    return {
        g: float(share) for g, _, share in (p.partition(":") for p in entry.split())
    }


@cache
def heads(titles_id: int) -> dict[str, dict[str, float]]:
    """Votes per ISCO group of the lexicon labels that end in each run of final words
    ("care support worker" votes for "support worker" and "worker")."""
    lex = lexicon()
    out: dict[str, dict[str, float]] = {}
    for label, entry in (lex.titles if lex else {}).items():
        words = label.split()
        for k in range(1, len(words)):
            votes = out.setdefault(" ".join(words[k:]), {})
            for g, share in groups_of(entry).items():
                votes[g] = votes.get(g, 0.0) + share
    return out


@cache
def fields(titles_id: int) -> dict[str, list[tuple[str, dict[str, float]]]]:
    """(head word, groups) of the lexicon labels made of each run of first words and
    one head word ("dev ops" -> "engineer", "specialist" and their groups)."""
    lex = lexicon()
    out: dict[str, list[tuple[str, dict[str, float]]]] = {}
    for label, entry in (lex.titles if lex else {}).items():
        words = label.split()
        if len(words) > 1:
            out.setdefault(" ".join(words[:-1]), []).append(
                (words[-1], groups_of(entry))
            )
    return out
