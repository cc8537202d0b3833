"""Score what gapcheck says real postings ask for against hand-judged items.

    .venv/bin/python training/postings/score_terms.py [--data ../shared/data]
        [--as json|txt] [--unjudged FILE] [--show]
        [--set dev|heldout|fresh|fresh2-fresh10|r12nhs|r12b|r12bcheck|r12bcheck2]
        [--dir PATH]

For each posting of ``models/posting_judgements/postings.tsv`` (NHS Jobs ids of
``../shared/data/postings/nhs_jobs_2020-11_dev.jsonl.gz``, and paths under
``../shared/data/postings/``), the posting is read by gapcheck as a posting
(``--as json``: the JobPosting object as a .json file; ``--as txt``: title and
description as text, the way ``../shared/tools/occupation_match.py --export`` writes
them) and its terms are what the score asks for (``posting_profile``: skill terms) plus
the certifications and degree levels the parser found.

* **precision**: share of the extracted terms judged a real requirement in
  ``judgements.tsv`` (posting, term, 1 or 0). Terms not judged yet are counted and
  listed (``--unjudged FILE`` writes them for judging by hand) and left out.
* **essential recall**: share of the gold essentials (``gold.tsv``: posting,
  essential, alternatives separated by ``|``) matched by some extracted term. A term
  matches a gold phrase when at least half of the phrase's content words (lower-cased,
  light plural stem, function and "how much" words left out) are among the term's
  words (its name, canonical name and wordings); any alternative may match.

``--set heldout`` scores the held-out set instead (``postings_heldout.tsv``,
``gold_heldout.tsv``, ``judgements_heldout.tsv``): other postings, picked and given
their gold before any rule of round 3 was written, kept apart from the rule writing.

``--filter WEIGHTS.json`` reads the learned filter's weights from that file instead of
``models/posting_filter.json`` (``train_filter.py --loso DIR`` writes one per set,
trained without it).

``--dir PATH`` scores a set kept as a directory instead (round 10's unseen sets, whose
texts may not enter the repository): ``PATH/postings/*.txt`` (one posting each, read
by gapcheck as a posting exactly as the NHS sets' ``--as txt`` files are),
``PATH/gold.tsv`` and ``PATH/judgements.tsv`` keyed by the file's stem, and optionally
``PATH/postings.tsv`` (posting, group, title) to group the rows; without it every
posting is in group "dir" and its title is its first line.

The postings themselves stay in ../shared/data; only ids, gold and judgements are kept
here. Prints one row per occupation group and the total.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "models" / "posting_judgements"
#: the judged sets: file-name suffix of postings, gold and judgements
SETS = {
    "dev": "",
    "heldout": "_heldout",
    "fresh": "_fresh",
    "fresh2": "_fresh2",
    "fresh3": "_fresh3",
    "fresh4": "_fresh4",
    "fresh5": "_fresh5",
    "fresh6": "_fresh6",
    "fresh7": "_fresh7",
    "fresh8": "_fresh8",
    "fresh9": "_fresh9",
    "fresh10": "_fresh10",
    "r12nhs": "_r12_nhs",
    "r12b": "_r12b",
    "r12bcheck": "_r12b_check",
    "r12bcheck2": "_r12b_check2",
}
STOP = frozenset(
    """a an and or of the to in on for with at by as be is are from into your you
    any all its their our this that other etc e g eg ie i.e using use""".split()  # noqa: SIM905
)
GENERIC = frozenset(
    """experience experienced knowledge skill skills ability able proven understanding
    good excellent strong working work demonstrable demonstrated evidence relevant
    previous qualification qualified""".split()  # noqa: SIM905
)


def stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> set[str]:
    toks = re.findall(r"[a-z0-9+#]+(?:[.'][a-z0-9+#]+)*", text.lower())
    return {stem(t) for t in toks if t not in STOP}


def content(text: str) -> set[str]:
    return {w for w in words(text) if w not in GENERIC} or words(text)


def matches(gold: str, term_words: set[str]) -> bool:
    for alt in gold.split("|"):
        need = content(alt)
        if need and len(need & term_words) * 2 >= len(need):
            return True
    return False


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def read_tsv(name: str, base: Path = HERE) -> list[dict[str, str]]:
    path = base / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r]


def nhs_records(data: Path, ids: set[str]) -> dict[str, dict]:
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if '"_fileid"' in line:
                r = json.loads(line)
                if r["_fileid"] in ids:
                    out[r["_fileid"]] = r
    return out


def as_text(record: dict) -> str:
    """occupation_match.py's export: the title, a blank line, the description."""
    s = html.unescape(record.get("description", ""))
    s = re.sub(r"(?i)<\s*(br|/p|/li|/div|/h\d|/tr)\b[^>]*>", "\n", s)
    s = re.sub(r"(?i)<\s*li\b[^>]*>", "\n- ", s)
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in s.split("\n"))
    desc = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = re.sub(r"\s+", " ", html.unescape(html.unescape(record["title"]))).strip()
    return f"{title}\n\n{desc}\n"


def posting_files(data: Path, rows: list[dict[str, str]], fmt: str, tmp: Path):
    ids = {r["posting"] for r in rows if r["posting"].isdigit()}
    records = nhs_records(data, ids) if ids else {}
    for r in rows:
        pid = r["posting"]
        if pid.isdigit():
            rec = records[pid]
            path = tmp / f"nhs-{pid}.{fmt}"
            text = json.dumps(rec) if fmt == "json" else as_text(rec)
            path.write_text(text, encoding="utf-8")
            yield r, path
        else:
            yield r, data / "postings" / pid


def dir_rows(base: Path) -> list[dict[str, str]]:
    """The postings of a set kept as a directory (``--dir``): ``postings.tsv`` when
    present (posting, group, title), else every ``postings/*.txt`` in group "dir"."""
    listed = read_tsv("postings.tsv", base)
    if listed:
        return listed
    rows = []
    for path in sorted((base / "postings").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").strip().splitlines()
        rows.append(
            {"posting": path.stem, "group": "dir", "title": lines[0] if lines else ""}
        )
    return rows


def extracted(path: Path) -> list[tuple[str, set[str]]]:
    """(term as shown, its words) of what gapcheck says ``path`` asks for."""
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile

    analysis = analyse_file(path, "posting")
    profile = posting_profile(analysis, resolve_taxonomy())
    out = []
    for t in profile.terms:
        ws = words(t.name) | words(t.canonical or "")
        for form in (*t.forms, *t.alias_forms):
            ws |= words(form)
        out.append((t.name, ws))
    for cert in profile.certifications:
        out.append((cert, words(cert)))
    for level in profile.education:
        out.append((f"{level} degree", words(f"{level} degree")))
    return out


def score(
    data: Path,
    fmt: str = "txt",
    show: bool = False,
    which: str = "dev",
    base: Path | None = None,
) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    """Per group ``[good, bad, unjudged, gold found, gold, postings]`` (and "ALL"),
    and the terms not judged yet. ``base``: a set kept as a directory (``--dir``),
    instead of ``which``."""
    suffix = "" if base else SETS[which]
    where = base or HERE
    rows = dir_rows(base) if base else read_tsv(f"postings{suffix}.tsv")
    gold: dict[str, list[str]] = defaultdict(list)
    for g in read_tsv(f"gold{suffix}.tsv", where):
        gold[g["posting"]].append(g["essential"])
    judged = {
        (j["posting"], key(j["term"])): j["ok"]
        for j in read_tsv(f"judgements{suffix}.tsv", where)
    }
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    unjudged: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        files = (
            [(r, base / "postings" / f"{r['posting']}.txt") for r in rows]
            if base
            else posting_files(data, rows, fmt, Path(tmp))
        )
        for row, path in files:
            pid = row["posting"]
            terms = extracted(path)
            good = bad = new = 0
            for name, _ in terms:
                ok = judged.get((pid, key(name)))
                if ok is None:
                    new += 1
                    unjudged.append((pid, name))
                elif ok == "1":
                    good += 1
                else:
                    bad += 1
            found = [g for g in gold[pid] if any(matches(g, ws) for _, ws in terms)]
            for group in (row["group"], "ALL"):
                s = stats[group]
                for i, v in enumerate((good, bad, new, len(found), len(gold[pid]), 1)):
                    s[i] += v
            if show:
                print(f"## {pid} {row['title']}")
                for name, _ in terms:
                    print(f"   [{judged.get((pid, key(name)), '?')}] {name}")
                missed = [g for g in gold[pid] if g not in found]
                print(f"   missed: {missed}")
    return dict(stats), unjudged


def precision_recall(row: list[int]) -> tuple[float, float]:
    good, bad, _new, hit, total, _n = row
    prec = good / (good + bad) if good + bad else float("nan")
    return prec, (hit / total if total else float("nan"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--as", dest="fmt", choices=("json", "txt"), default="txt")
    ap.add_argument("--unjudged", help="write the terms not judged yet to this TSV")
    ap.add_argument("--show", action="store_true", help="print each posting's terms")
    ap.add_argument("--set", dest="which", choices=sorted(SETS), default="dev")
    ap.add_argument(
        "--filter",
        help="the learned filter's weights from this JSON instead of "
        "models/posting_filter.json (train_filter.py --loso writes one per set, "
        "trained without it)",
    )
    ap.add_argument(
        "--dir",
        help="score a set kept as a directory (postings/*.txt, gold.tsv, "
        "judgements.tsv, optional postings.tsv) instead of --set",
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    base = Path(args.dir) if args.dir else None
    if base is not None:
        if args.fmt != "txt":
            print("--dir sets are text files: --as txt only", file=sys.stderr)
            return 2
        if not (base / "postings").is_dir():
            print(f"no postings/ under {base}", file=sys.stderr)
            return 2
    elif not (data / "postings").is_dir():
        print(f"no postings under {data}", file=sys.stderr)
        return 2
    from contextlib import nullcontext

    from gapcheck.extract.posting_filter import model_file

    with model_file(args.filter) if args.filter else nullcontext():
        stats, unjudged = score(data, args.fmt, args.show, args.which, base)
    print(f"{'group':26} {'n':>3} {'terms':>5} {'prec':>5} {'unj':>4} {'recall':>6}")
    for group in sorted(stats, key=lambda g: (g == "ALL", g)):
        row = stats[group]
        prec, rec = precision_recall(row)
        terms = row[0] + row[1] + row[2]
        print(f"{group:26} {row[5]:3d} {terms:5d} {prec:5.2f} {row[2]:4d} {rec:6.2f}")
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as f:
            f.write("posting\tterm\tok\n")
            for pid, name in unjudged:
                flat = re.sub(r"\s+", " ", name).strip()  # one line per term
                f.write(f"{pid}\t{flat}\t\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
