"""How often the best-fitting occupations match a real resume's occupation.

    python training/occupations/evaluate.py ../shared/data/resumes/livecareer
    python training/occupations/evaluate.py ../shared/data/resumes/livecareer --analyse

For each livecareer resume (folder = occupational category), the top 5 occupations
from its text; a hit when one of their titles names the category (a word list per
category, below, written from the category names, not from the results). Prints
hit@1 and hit@5 with a chance baseline (the share of all occupations whose title
matches the category's words). With ``--analyse`` each resume goes through the
whole analysis (ingest, parse, extract) and is matched on its text plus the skills
found in it, as ``gapcheck diagnose`` does; without it, on its text only.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck.diagnose.occupations import best_fits, load_occupations  # noqa: E402
from gapcheck.ingest import read_document  # noqa: E402

WORDS = {
    "ACCOUNTANT": r"accountant|auditor|bookkeep|accounting",
    "ADVOCATE": r"lawyer|legal|advocate|attorney|judge|paralegal|solicitor",
    "AGRICULTURE": r"agricult|farm|crop|agronom|livestock|horticult",
    "APPAREL": r"fashion|apparel|cloth|textile|garment|tailor",
    "ARTS": r"\bart|artist|museum|theatre|music|perform",
    "AUTOMOBILE": r"vehicle|automotive|motor|mechanic|car\b",
    "AVIATION": r"pilot|aircraft|aviation|flight|airport|air traffic",
    "BANKING": r"bank|loan|credit|teller|financ",
    "BPO": r"call cent|customer service|contact cent|telemarket|customer",
    "BUSINESS-DEVELOPMENT": r"business develop|sales|marketing|account manag",
    "CHEF": r"chef|cook|kitchen|food",
    "CONSTRUCTION": r"construct|building|site|civil engineer|carpent",
    "CONSULTANT": r"consult|analyst|advis",
    "DESIGNER": r"design",
    "DIGITAL-MEDIA": r"media|digital|marketing|content|web|video|graphic",
    "FINANCE": r"financ|accountant|budget|investment|treasur",
    "FITNESS": r"fitness|trainer|sport|exercise|coach|instructor",
    "HEALTHCARE": r"nurs|health|medical|clinic|physician|care",
    "HR": r"human resource|recruit|personnel|training|labou?r relations|compensation",
    "PUBLIC-RELATIONS": r"public relations|communication|press|spokes|media",
    "SALES": r"sales|retail|account manag",
    "TEACHER": r"teacher|teaching|instructor|educat|tutor",
}


def resume_texts(pdf: Path, analyse: bool) -> list[str]:
    if not analyse:
        return [read_document(pdf).text]
    from gapcheck.diagnose import resume_texts as texts_of
    from gapcheck.pipeline import analyse_file

    return texts_of(analyse_file(pdf, "resume").to_dict())


def main() -> None:
    folder = Path(sys.argv[1])
    analyse = "--analyse" in sys.argv[2:]
    occs = load_occupations()["occupations"]
    hit1 = hit5 = n = 0
    chance = 0.0
    for category in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        words = re.compile(WORDS[category], re.I)
        base = sum(1 for o in occs if words.search(o["title"])) / len(occs)
        for pdf in sorted((folder / category).glob("*.pdf")):
            try:
                texts = resume_texts(pdf, analyse)
            except Exception as err:  # a file the reader refuses: counted as a miss
                print(f"skip {pdf.name}: {err}", file=sys.stderr)
                continue
            fits = best_fits(texts, top=5)
            hits = [bool(words.search(f.title)) for f in fits]
            n += 1
            hit1 += bool(hits[:1] and hits[0])
            hit5 += any(hits)
            chance += 1 - (1 - base) ** 5
    print(f"resumes {n}: hit@1 {hit1 / n:.3f}, hit@5 {hit5 / n:.3f}; "
          f"chance hit@5 {chance / n:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
