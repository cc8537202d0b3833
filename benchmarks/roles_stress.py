"""Synthetic roles stress set: real JSON Resume work entries recombined.

Reads the ``resume.json`` sources of one or more folders, pools their work
entries' titles (``position``), organisations (``name``/``company``), places
(``location``), summaries and highlights, and writes ``N`` small resumes of 2-4
roles each that take them at random, in varied forms: dates full ("2019-03"),
year-only ("2019"), open-ended (no end: "Present"), start left out; a place or
none; a summary or none; two or three roles at one organisation. Titles and
organisations holding commas, "&", " at ", dashes, digits or parentheses are drawn
more often (half the draws), so the hard forms are frequent. Each resume keeps one
real person's contact, education and three skill rows. Render them with
``benchmarks/render_resumes.py`` (six layouts) and score the roles with
``benchmarks/field_accuracy.py``; the truth comes from the sources::

    python benchmarks/roles_stress.py OUT/src --from ../extra/resumes_public3/src \
        --from ../extra/resumes_public4/src --from ../extra/resumes_public5/src -n 36
    python benchmarks/render_resumes.py OUT/src OUT/out
    python benchmarks/field_accuracy.py --truth OUT/out/truth.json --reader gapcheck \
        --errors [--folder html3]

The combinations are not real people's (a nurse's title at a software firm); the
set finds failures of layout and form, not of sense. Keep it outside the
repository (it holds people's contact details). Round 13b, issue 14.

``--forms`` (round 14) adds the generated hard forms of ``stress_forms.py``
(organisations with commas, colons and dashes, titles with a dash or long enough to
wrap, places under the organisation); with no ``--from`` the people are made up::

    python benchmarks/roles_stress.py OUT/src --forms -n 24 --seed 14
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

#: A title or organisation of a hard form: a comma, "&", " at ", a dash, a digit,
#: a slash or parentheses.
_HARD = re.compile(r",|&| at |\s[-–—]\s|\d|/|\(")


def _pools(sources: list[Path]) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    bases = []
    pools: dict[str, set[str]] = {
        "position": set(),
        "name": set(),
        "location": set(),
        "summary": set(),
    }
    highlights: set[str] = set()
    for folder in sources:
        for path in sorted(folder.glob("*.json")):
            resume = json.loads(path.read_text(encoding="utf-8"))
            if resume.get("education"):
                bases.append(resume)
            for w in resume.get("work", []):
                org = w.get("name") or w.get("company")
                if not (w.get("position") and org):
                    continue
                pools["position"].add(w["position"].strip())
                pools["name"].add(str(org).strip())
                for key in ("location", "summary"):
                    if w.get(key):
                        pools[key].add(str(w[key]).strip())
                highlights.update(h.strip() for h in w.get("highlights", []) if h)
    out = {key: sorted(v) for key, v in pools.items()}
    out["highlights"] = sorted(highlights)
    return bases, out


def _pick(rng: random.Random, values: list[str]) -> str:
    hard = [v for v in values if _HARD.search(v)]
    return rng.choice(hard if hard and rng.random() < 0.5 else values)


def _dates(rng: random.Random, year: int) -> dict[str, str]:
    form = rng.choice(["full", "full", "year", "open", "open_year", "end_only"])
    end = year + rng.randint(0, 4)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    if form == "full":
        return {"startDate": f"{year}-{m1:02d}", "endDate": f"{end}-{m2:02d}"}
    if form == "year":
        return {"startDate": str(year), "endDate": str(end)}
    if form == "open":
        return {"startDate": f"{year}-{m1:02d}"}
    if form == "open_year":
        return {"startDate": str(year)}
    return {"endDate": f"{end}-{m2:02d}"}


def make(
    sources: list[Path], count: int, seed: int = 13, forms: bool = False
) -> list[dict[str, Any]]:
    """``count`` resumes built from the work entries of ``sources``; with ``forms``,
    titles, organisations and places of the hard forms ``stress_forms.py`` writes
    join the pools, and made-up people stand in when no source is given."""
    import stress_forms

    rng = random.Random(seed)
    bases, pools = _pools(sources)
    if forms:
        made = stress_forms.pools(rng)
        pools = {k: sorted(set(pools[k]) | set(made[k])) for k in made}
    out = []
    for _ in range(count):
        base = rng.choice(bases) if bases else stress_forms.base(rng)
        roles: list[dict[str, Any]] = []
        year = rng.randint(2018, 2024)
        for k in range(rng.choice([2, 3, 3, 4])):
            role: dict[str, Any] = {
                "name": _pick(rng, pools["name"]),
                "position": _pick(rng, pools["position"]),
            }
            if k and rng.random() < 0.25:
                role["name"] = roles[-1]["name"]
            role.update(_dates(rng, year))
            if k == 0 and "endDate" not in role and rng.random() < 0.5:
                role["endDate"] = "Present"
            if rng.random() < 0.4 and pools["location"]:
                role["location"] = rng.choice(pools["location"])
            if rng.random() < 0.3 and pools["summary"]:
                role["summary"] = rng.choice(pools["summary"])
            role["highlights"] = rng.sample(pools["highlights"], rng.randint(0, 3))
            roles.append(role)
            year -= rng.randint(1, 5)
        out.append(
            {
                "basics": base["basics"],
                "work": roles,
                "education": base.get("education", [])[:2],
                "skills": base.get("skills", [])[:3],
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    from education_stress import write_sources

    return write_sources(make, "r", __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
