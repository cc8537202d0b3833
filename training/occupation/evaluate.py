"""How often the best-fitting occupations name a real resume's occupation.

    python training/occupation/evaluate.py ../shared/data/resumes/livecareer
    python training/occupation/evaluate.py ../shared/data/resumes/livecareer --analyse \
        [--cache /tmp/livecareer.json] [--show]

For each livecareer resume (folder = occupational category), the top 5 occupations
``gapcheck diagnose`` would show (:func:`gapcheck.diagnose.occupation_fits`); a hit
when one of their titles names the category by :func:`names_category` (a pattern per
category, written from the category names, not from the results, and anchored at
word starts so "site" is no "website" and "art" no "artificial"). Prints hit@1 and
hit@5 with a chance baseline (the share of all named occupations whose title names
the category, drawn 5 times). With ``--analyse`` each resume goes through the whole
analysis (ingest, parse, extract), as ``gapcheck diagnose`` reads it from the log;
without it, its text only. ``--cache`` keeps the analysed inputs (text, titles,
skills) in a local file (never in the repo) so that two models are measured on the
same inputs. ``--show`` prints each resume's top 3.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck.diagnose import occupation_fits  # noqa: E402
from gapcheck.occupation.fit import named_occupations  # noqa: E402

#: livecareer category -> the words an occupation title naming it holds: issue 17's
#: lists, each now anchored at a word start (and "art", "site", "care", "car" at a word
#: end too). The one rule of what counts as a hit, for every model measured.
WORDS = {
    "ACCOUNTANT": r"accountant|auditor|bookkeep|accounting",
    "ADVOCATE": r"lawyer|legal|advocate|attorney|judge|paralegal|solicitor",
    "AGRICULTURE": r"agricult|farm|crop|agronom|livestock|horticult",
    "APPAREL": r"fashion|apparel|cloth|textile|garment|tailor",
    "ARTS": r"arts?\b|artist|museum|theatre|music|perform",
    "AUTOMOBILE": r"vehicle|automotive|motor|mechanic|cars?\b",
    "AVIATION": r"pilot|aircraft|aviation|flight|airport|air traffic",
    "BANKING": r"bank|loan|credit|teller|financ",
    "BPO": r"call cent|customer service|contact cent|telemarket|customer",
    "BUSINESS-DEVELOPMENT": r"business develop|sales|marketing|account manag",
    "CHEF": r"chef|cook|kitchen|food",
    "CONSTRUCTION": r"construct|building|site\b|civil engineer|carpent",
    "CONSULTANT": r"consult|analyst|advis",
    "DESIGNER": r"design",
    "DIGITAL-MEDIA": r"media|digital|marketing|content|web|video|graphic",
    "FINANCE": r"financ|accountant|budget|investment|treasur",
    "FITNESS": r"fitness|trainer|sport|exercise|coach|instructor",
    "HEALTHCARE": r"nurs|health|medical|clinic|physician|care\b",
    "HR": r"human resource|recruit|personnel|training|labou?r relations|compensation",
    "PUBLIC-RELATIONS": r"public relations|communication|press|spokes|media",
    "SALES": r"sales|retail|account manag",
    "TEACHER": r"teacher|teaching|instructor|educat|tutor",
}
_RULES = {c: re.compile(rf"\b(?:{p})", re.I) for c, p in WORDS.items()}


def names_category(category: str, title: str) -> bool:
    """Whether an occupation title names a livecareer category."""
    return bool(_RULES[category].search(title))


def analysed(pdf: Path, analyse: bool) -> dict[str, Any]:
    """The parts of a resume analysis the occupation fit reads, as the log stores it."""
    from gapcheck.ingest import read_document

    if not analyse:
        return {"record": {"document": {"text": read_document(pdf).text}}}
    from gapcheck.pipeline import analyse_file

    full = analyse_file(pdf, "resume").to_dict()
    record = full.get("record") or {}
    return {
        "record": {
            "document": {"text": (record.get("document") or {}).get("text") or ""},
            "headline": record.get("headline"),
            "roles": [{"title": r.get("title")} for r in record.get("roles") or ()],
        },
        "mentions": [
            {"canonical": m.get("canonical"), "text": m.get("text")}
            for m in full.get("mentions") or ()
        ],
    }


def main() -> None:
    folder = Path(sys.argv[1])
    args = sys.argv[2:]
    analyse = "--analyse" in args
    show = "--show" in args
    cache_path = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    cache: dict[str, Any] = {}
    if cache_path and cache_path.exists():
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    titles = [o.title for o in named_occupations()]
    hit1 = hit5 = n = 0
    chance = 0.0
    for category in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        base = sum(names_category(category, t) for t in titles) / len(titles)
        for pdf in sorted((folder / category).glob("*.pdf")):
            key = f"{category}/{pdf.name}:{int(analyse)}"
            if key not in cache:
                try:
                    cache[key] = analysed(pdf, analyse)
                except Exception as err:  # a file the reader refuses: left out
                    print(f"skip {pdf.name}: {err}", file=sys.stderr)
                    cache[key] = None
            if cache[key] is None:
                continue
            fits = occupation_fits(cache[key], top=5)
            hits = [names_category(category, f.title) for f in fits]
            n += 1
            hit1 += bool(hits[:1] and hits[0])
            hit5 += any(hits)
            chance += 1 - (1 - base) ** 5
            if show:
                print(category, pdf.name, "|", "; ".join(f.title for f in fits[:3]))
    if cache_path:
        cache_path.write_text(json.dumps(cache), encoding="utf-8")
    print(f"resumes {n}: hit@1 {hit1 / n:.3f}, hit@5 {hit5 / n:.3f}; "
          f"chance hit@5 {chance / n:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
