"""Synthetic education stress set: real JSON Resume education entries recombined.

Reads the ``resume.json`` sources of one or more folders, pools their education
entries' degree names (``studyType``), fields (``area``) and schools
(``institution``), and writes ``N`` small resumes whose education entries take
each of them at random, with dates present, start left out or both left out, a
grade or none, and a school repeated for two degrees. Each resume keeps one real
person's contact, two of their jobs and three skill rows. Render them with
``benchmarks/render_resumes.py`` (six layouts) and score education with
``benchmarks/field_accuracy.py``; the truth comes from the sources, as for the
real sets::

    python benchmarks/education_stress.py OUT/src --from ../extra/resumes_public3/src \
        --from ../extra/resumes_public4/src --from ../extra/resumes_public5/src -n 36
    python benchmarks/render_resumes.py OUT/src OUT/out
    python benchmarks/field_accuracy.py --truth OUT/out/truth.json --reader gapcheck

The combinations are not real people's (a PhD from a school of a high-school
diploma); the set finds failures of layout and form, not of sense. Keep it outside
the repository (it holds people's contact details). Round 13, issue 14.

``--forms`` (round 14) adds entries of the generated hard forms of
``stress_forms.py`` (schools with a comma, degree lines written field first); with no
``--from`` the people are made up::

    python benchmarks/education_stress.py OUT/src --forms -n 24 --seed 14
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any


def make(
    sources: list[Path], count: int, seed: int = 13, forms: bool = False
) -> list[dict[str, Any]]:
    """``count`` resumes built from the education entries of ``sources``; with
    ``forms``, entries of the hard forms ``stress_forms.py`` writes (schools with a
    comma, degree lines field first) in half the draws (all when no source is
    given), and made-up people when no source is given."""
    import stress_forms

    rng = random.Random(seed)
    kinds: set[str] = set()
    areas: set[str] = set()
    schools: set[str] = set()
    bases = []
    for folder in sources:
        for path in sorted(folder.glob("*.json")):
            resume = json.loads(path.read_text(encoding="utf-8"))
            if resume.get("work"):
                bases.append(resume)
            for edu in resume.get("education", []):
                kinds.update([edu["studyType"]] if edu.get("studyType") else [])
                areas.update([edu["area"]] if edu.get("area") else [])
                schools.add(edu["institution"])
    kind_list, area_list = sorted(kinds), sorted(areas)
    school_list = sorted(schools)
    out = []
    for _ in range(count):
        base = rng.choice(bases) if bases else stress_forms.base(rng)
        entries: list[dict[str, Any]] = []
        for k in range(rng.choice([1, 2, 2, 3, 3, 4])):
            if forms and (not school_list or rng.random() < 0.5):
                entries.append(stress_forms.education_entry(rng, 2022 - 5 * k))
                continue
            edu: dict[str, Any] = {"institution": rng.choice(school_list)}
            if rng.random() < 0.8:
                edu["studyType"] = rng.choice(kind_list)
            if rng.random() < 0.75:
                edu["area"] = rng.choice(area_list)
            if rng.random() < 0.8:
                year = rng.randint(1990, 2022)
                if rng.random() < 0.8:
                    edu["startDate"] = f"{year}-09"
                edu["endDate"] = f"{year + rng.randint(1, 5)}-06"
            if rng.random() < 0.2:
                edu["gpa"] = rng.choice(["3.8", "3.5/4.0", "First Class"])
            if k and rng.random() < 0.2:
                edu["institution"] = entries[-1]["institution"]
            entries.append(edu)
        out.append(
            {
                "basics": base["basics"],
                "work": base["work"][:2],
                "skills": base.get("skills", [])[:3],
                "education": entries,
            }
        )
    return out


def write_sources(
    make_fn: Any, prefix: str, description: str, argv: list[str] | None = None
) -> int:
    """The stress scripts' shared command line: draw `-n` resumes with `make_fn(sources,
    n, seed)` and write them as `OUT/{prefix}NN.json` for render_resumes.py."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path, help="folder for the JSON sources")
    parser.add_argument(
        "--from",
        dest="sources",
        type=Path,
        action="append",
        default=[],
        help="a folder of resume.json sources",
    )
    parser.add_argument(
        "--forms", action="store_true", help="add stress_forms.py's generated forms"
    )
    parser.add_argument("-n", type=int, default=36, help="how many resumes")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not (args.sources or args.forms):
        parser.error("give --from sources, --forms, or both")
    args.out.mkdir(parents=True, exist_ok=True)
    for n, resume in enumerate(make_fn(args.sources, args.n, args.seed, args.forms)):
        text = json.dumps(resume, indent=1, ensure_ascii=False)
        (args.out / f"{prefix}{n:02d}.json").write_text(text, encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_sources(make, "s", __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
