"""Score how gapcheck reads a posting's structure against hand labels.

    .venv/bin/python training/postings/score_structure.py --dir PATH
        [--data ../shared/data] [--show]

``PATH`` holds ``postings/*`` (one vacancy a file, any format gapcheck reads),
``labels.tsv`` and ``lines.tsv`` (kept outside the repository: the texts are other
people's adverts). The shared ``postings/jd_docx_2020`` and ``jd_pdf_2024`` files of
``--data`` are scored too when ``labels.tsv`` names them.

``labels.tsv`` (file, start of a line as gapcheck's text has it, kind, h|b): the
posting's headings in reading order, each with the kind a reader gives it (about,
duties, required, preferred, benefits, apply, eeo, other). ``h`` marks a heading that
is scored; ``b`` only marks where a part of a different kind begins (an equal
opportunity paragraph, a "Salary:" line). Text before the first label is not scored.

* **kind**: share of the postings read as postings with ``--kind auto``;
* **headings**: share of the ``h`` labels whose text gapcheck puts in a section of the
  same kind (about: about; duties: responsibilities; required: requirements;
  preferred: preferred; benefits: benefits; apply: contact; eeo: other; other: other,
  about or benefits);
* **lines**: every non-blank line under a required / preferred / duties label must
  come out as a requirement line of importance required / preferred / mentioned
  (``lines.tsv`` gives a reader's other reading of a line, or ``skip``; a line saying
  "(Preferred)" or "(Required)" is read so); a missing line counts as wrong;
* **noise**: share of the lines under benefits, apply and eeo labels (and lines
  marked ``none``) that gapcheck reads as requirements.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ACCEPT = {
    "about": {"about", "title"},
    "duties": {"responsibilities"},
    "required": {"requirements"},
    "preferred": {"preferred"},
    "benefits": {"benefits"},
    "apply": {"contact"},
    "eeo": {"other"},
    "other": {"other", "about", "benefits"},
}
GOLD = {"required": "required", "preferred": "preferred", "duties": "mentioned"}
NOT_ASKED = {"benefits", "apply", "eeo"}


def norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"^[\s#*>•·\-–—+]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def read_tsv(path: Path) -> dict[str, list[list[str]]]:
    rows: dict[str, list[list[str]]] = defaultdict(list)
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            cells = raw.split("\t")
            rows[cells[0]].append(cells[1:])
    return rows


def lines_of(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for raw in text.split("\n"):
        out.append((at, at + len(raw), raw))
        at += len(raw) + 1
    return out


def section_at(sections, offset: int) -> str:
    for s in sections:
        if s.start <= offset < s.end:
            return str(s.name)
    return "-"


def score_file(path: Path, labels, overrides, show: bool, tally: Counter) -> None:
    from gapcheck.ingest import read_document
    from gapcheck.parse import detect_kind, parse_posting

    doc = read_document(path)
    tally["files"] += 1
    if detect_kind(doc) == "posting":
        tally["kind_ok"] += 1
    elif show:
        print(f"{path.name}: read as a resume with --kind auto")
    posting = parse_posting(doc)
    rows = lines_of(doc.text)
    at, marks = 0, []  # (line index, kind, scored, label)
    for head, kind, flag in labels:
        key = norm(head)
        found = next(
            (i for i in range(at, len(rows)) if norm(rows[i][2]).startswith(key)), None
        )
        if found is None:
            print(f"{path.name}: label not found: {head!r}", file=sys.stderr)
            continue
        marks.append((found, kind, flag == "h", head))
        at = found + 1
    for n, (i, kind, scored, head) in enumerate(marks):
        start, end, raw = rows[i]
        key = norm(head)
        rest = norm(raw)[len(norm(head)) :].strip(" :-–—")
        if rest:  # "To apply: send ..." -- the body starts on the line
            body = (
                start + raw.lower().find(rest[:12]) if rest[:12] in raw.lower() else end
            )
        else:
            body = next((s for s, _, t in rows[i + 1 :] if t.strip()), end)
        if scored:
            # the section gapcheck opened at this heading (its body may be empty),
            # else the one holding the text that follows it
            named = [
                s
                for s in posting.sections
                if s.heading
                and start <= s.start
                and norm(s.heading).startswith(key.rstrip(" :"))
            ]
            got = str(named[0].name) if named else section_at(posting.sections, body)
            tally["heads"] += 1
            if got in ACCEPT[kind]:
                tally["heads_ok"] += 1
            elif show:
                print(f"{path.name}: heading {head!r} is {kind}, read as {got}")
        stop = marks[n + 1][0] if n + 1 < len(marks) else len(rows)
        first = i if rest else i + 1
        for s, e, t in rows[first:stop]:
            if (
                not t.strip()
                or t.strip().isdigit()
                or (t.rstrip().endswith(":") and len(t.split()) <= 8)
            ):  # a blank line, a page number, a lead-in
                continue
            gold = GOLD.get(kind, "none" if kind in NOT_ASKED else None)
            said = next(
                (imp for pre, imp in overrides if norm(t).startswith(norm(pre))), None
            )
            if said is None and re.search(r"\((?:Preferred|Required)\)", t):
                said = "preferred" if "(Preferred)" in t else "required"
            gold = said or gold
            if gold in (None, "skip"):
                continue
            got_imp = next(
                (
                    str(r.importance)
                    for r in posting.requirements
                    if r.start < e and r.end > s
                ),
                None,
            )
            if gold == "none":
                tally["none"] += 1
                tally["noise"] += got_imp is not None
                if got_imp is not None and show:
                    print(
                        f"{path.name}: not asked, read as {got_imp}: {t.strip()[:70]!r}"
                    )
                continue
            tally["lines"] += 1
            tally[f"gold_{gold}"] += 1
            if got_imp == gold:
                tally["lines_ok"] += 1
            else:
                tally[f"{gold}->{got_imp}"] += 1
                if show:
                    print(f"{path.name}: {gold} read as {got_imp}: {t.strip()[:70]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--data", default=Path("../shared/data"), type=Path)
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args()
    labels = read_tsv(args.dir / "labels.tsv")
    overrides = read_tsv(args.dir / "lines.tsv")
    paths = {p.name: p for p in sorted((args.dir / "postings").iterdir())}
    for sub in ("jd_docx_2020", "jd_pdf_2024"):
        folder = args.data / "postings" / sub
        if folder.is_dir():
            paths.update({p.name: p for p in sorted(folder.iterdir())})
    tally: Counter[str] = Counter()
    for name, path in paths.items():
        if name in labels:
            score_file(path, labels[name], overrides.get(name, []), args.show, tally)
    t = tally
    files, heads, lines = t["files"], max(1, t["heads"]), max(1, t["lines"])
    print(f"postings {files}: read as postings with --kind auto {t['kind_ok']}/{files}")
    print(f"headings: {t['heads_ok']}/{t['heads']} = {t['heads_ok'] / heads:.3f}")
    print(
        f"lines: {t['lines_ok']}/{t['lines']} = {t['lines_ok'] / lines:.3f}"
        f" (required {t['gold_required']}, preferred {t['gold_preferred']}, "
        f"duties {t['gold_mentioned']})"
    )
    errors = sorted((k, v) for k, v in t.items() if "->" in k)
    print("  misses: " + ", ".join(f"{k} {v}" for k, v in errors))
    print(
        f"noise: {t['noise']}/{t['none']} lines of benefits / apply / eeo read as asked"
    )


if __name__ == "__main__":
    main()
