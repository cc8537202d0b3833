"""Title coverage on real titles no rule was written by: how many get an occupation,
and is it right?

Titles (drawn by a fixed rule from ../shared/data, never copied into the repo except
the judged sample):

* resumes: every distinct role title (case folded) ``gapcheck.parse.parse_file``
  reads from the shared resumes (livecareer, sb2nov, fictional_2024, templates_head);
* postings: every distinct title of the NHS work-stratum postings
  (``int(_fileid) % 4`` in {0, 1}; strata 2 and 3 are reserved and never read).

Coverage is the share of distinct titles ``title_occupation`` reads. The judged
sample (``models/occupation_judgements/r14_sample.tsv``) is SAMPLE titles of each
kind not in the round-10 tables (postings.tsv, resumes.tsv: rules were written by
reading them), drawn with ``random.Random(SEED)`` and judged by hand from the title
alone, in the round-10 format (right ISCO minor groups, acceptable neighbours, "-"
when the title tells no occupation) and graded by ``title_judgements.grade``
(right / close = near / wrong / none).

    python training/occupation/coverage.py                # coverage and the sample
    python training/occupation/coverage.py --show         # the sample's readings
    python training/occupation/coverage.py --unread 40    # unread titles, most common
    python training/occupation/coverage.py --draw         # re-draw (unjudged!)
    python training/occupation/coverage.py --in-document  # read in the document's field

``--in-document`` (round 14b) reads each title in its document's field as gapcheck
does (``occupation.field_sense``: the first posting or resume holding it, whose
words read as health work or not), grades the sample both ways and lists every
title of the pool whose reading changes, to be judged by hand.

The resume titles are parsed once and kept in ``--cache`` (default
/tmp/gapcheck_title_cache.json, outside the repo).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from title_judgements import (
    COLUMNS,
    DATA,
    GRADES,
    OUT,
    _codes,
    grade,
    load,
    reading,
)

SEED = 14
SAMPLE = 40  # per kind
SAMPLE_FILE = OUT / "r14_sample.tsv"
RESUME_SETS = ("livecareer", "sb2nov", "fictional_2024", "templates_head")
WORK_STRATA = (0, 1)


def work_postings(data: Path = DATA) -> Iterator[tuple[str, dict[str, Any]]]:
    """(title, posting) of the NHS work-stratum postings with a title."""
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            if int(raw["_fileid"]) % 4 not in WORK_STRATA:
                continue
            title = " ".join(html.unescape(html.unescape(raw["title"])).split())
            if title:
                yield title, raw


def posting_titles(data: Path = DATA) -> Counter[str]:
    """Distinct NHS work-stratum posting titles and how many postings carry each."""
    return Counter(title for title, _ in work_postings(data))


def resume_titles(cache: Path, data: Path = DATA) -> Counter[str]:
    """Distinct role titles (case folded, first spelling kept) of the shared resumes
    and how many roles carry each."""
    if cache.exists():
        return Counter(json.loads(cache.read_text(encoding="utf-8")))
    from gapcheck.errors import GapcheckError
    from gapcheck.parse import parse_file

    spelling: dict[str, str] = {}
    out: Counter[str] = Counter()
    for name in RESUME_SETS:
        for pdf in sorted((data / "resumes" / name).rglob("*.pdf")):
            try:
                parsed = parse_file(str(pdf), "resume")
            except GapcheckError:  # a PDF with no text
                continue
            for role in getattr(parsed, "roles", ()):
                title = " ".join((role.title or "").split())
                if title:
                    out[spelling.setdefault(title.casefold(), title)] += 1
    cache.write_text(json.dumps(out), encoding="utf-8")
    return out


def _field(text: str) -> str | None:
    """The field a document's words read as (``field_sense.document_field``)."""
    from gapcheck.occupation.field_sense import document_field
    from gapcheck.occupation.model import _content, lexicon

    lex = lexicon()
    found = document_field(_content(text, lex), lex.codes) if lex else None
    return found.name if found else None


def posting_fields(data: Path = DATA) -> dict[str, str | None]:
    """The field the first work-stratum posting of each title reads as."""
    out: dict[str, str | None] = {}
    for title, raw in work_postings(data):
        if title not in out:
            body = html.unescape(html.unescape(raw.get("description") or ""))
            out[title] = _field(f"{title}\n{re.sub(r'<[^>]+>', ' ', body)}")
    return out


def resume_fields(cache: Path, data: Path = DATA) -> dict[str, str | None]:
    """The field the first shared resume holding each role title (first spelling, as
    ``resume_titles``) reads as (kept in ``cache``)."""
    if cache.exists():
        return dict(json.loads(cache.read_text(encoding="utf-8")))
    from gapcheck.errors import GapcheckError
    from gapcheck.parse import parse_file

    spelling: dict[str, str] = {}
    out: dict[str, str | None] = {}
    for name in RESUME_SETS:
        for pdf in sorted((data / "resumes" / name).rglob("*.pdf")):
            try:
                parsed = parse_file(str(pdf), "resume")
            except GapcheckError:
                continue
            field: str | None = "?"
            for role in getattr(parsed, "roles", ()):
                title = " ".join((role.title or "").split())
                if not title:
                    continue
                title = spelling.setdefault(title.casefold(), title)
                if title not in out:
                    if field == "?":
                        field = _field(parsed.document.text)
                    out[title] = field
    cache.write_text(json.dumps(out), encoding="utf-8")
    return out


def reading_in(title: str, field: str | None) -> tuple[str, str]:
    """(label, top group) of a title read in a document whose words read as ``field``
    (``field_sense.in_field_sense``), "-" for none."""
    from gapcheck.occupation.field_sense import FIELDS, in_field_sense
    from gapcheck.occupation.model import _SEGMENT, _title_match, lexicon
    from gapcheck.occupation.titles import title_words

    found = _title_match(title)
    lex = lexicon()
    if not found or lex is None:
        return "-", "-"
    cleaned, label, groups = found
    words = title_words(_SEGMENT.split(cleaned, maxsplit=1)[0])
    sense = next((f for f in FIELDS if f.name == field), None)
    label, groups = in_field_sense(words, label, groups, sense, lex)
    return label, min(groups, key=lambda g: (-groups[g], g))


def draw(titles: dict[str, Counter[str]]) -> None:
    """Write SAMPLE unjudged titles of each kind, none of the round-10 tables'."""
    known = {r["title"].casefold() for k in ("postings", "resumes") for r in load(k)}
    rows = ["\t".join(COLUMNS)]
    for kind, counts in titles.items():
        order = sorted(t for t in counts if t.casefold() not in known)
        random.Random(SEED).shuffle(order)
        for title in order[:SAMPLE]:
            rows.append("\t".join((kind, title, *reading(title), "?", "-")))
    SAMPLE_FILE.write_text("\n".join(rows) + "\n", encoding="utf-8")


def judged() -> list[dict[str, str]]:
    lines = SAMPLE_FILE.read_text(encoding="utf-8").splitlines()
    return [dict(zip(COLUMNS, ln.split("\t"), strict=True)) for ln in lines[1:]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--cache", type=Path, default=Path("/tmp/gapcheck_title_cache.json")
    )
    ap.add_argument("--draw", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--unread", type=int, default=0)
    ap.add_argument("--in-document", action="store_true")
    args = ap.parse_args()
    titles = {
        "resume": resume_titles(args.cache),
        "posting": posting_titles(),
    }
    fields: dict[str, str | None] = {}
    if args.in_document:
        fields = {
            **resume_fields(args.cache.with_name(args.cache.stem + "_fields2.json")),
            **posting_fields(),
        }
        for kind, counts in titles.items():
            kinds = Counter(fields.get(t) for t in counts)
            changed = [(t, reading(t), reading_in(t, fields.get(t))) for t in counts]
            changed = [c for c in changed if c[1] != c[2]]
            print(f"{kind}: {len(counts)} titles, their documents' fields "
                  f"{dict(kinds)}; {len(changed)} readings change")  # fmt: skip
            for t, (l0, g0), (l1, g1) in sorted(changed):
                print(f"  {fields.get(t)}\t{t}\t{l0} {g0} -> {l1} {g1}")
    if args.draw:
        draw(titles)
        return 0
    from gapcheck.occupation.model import title_occupation

    for kind, counts in titles.items():
        read = [t for t in counts if title_occupation(t)]
        roles = sum(counts.values())
        read_roles = sum(counts[t] for t in read)
        print(
            f"{kind}: {len(read)}/{len(counts)} distinct titles read "
            f"({len(read) / len(counts):.1%}); {read_roles}/{roles} "
            f"occurrences ({read_roles / roles:.1%})"
        )
        if args.unread:
            unread = Counter({t: n for t, n in counts.items() if t not in set(read)})
            for t, n in unread.most_common(args.unread):
                print(f"  {n:4d}  {t}")
    if not SAMPLE_FILE.exists():
        return 0
    from gapcheck.occupation.model import lexicon

    lex = lexicon()
    names = lex.names if lex else {}
    counts2: Counter[tuple[str, str]] = Counter()
    for row in judged():
        if row["right"] == "?":
            continue
        label, group = (
            reading_in(row["title"], fields.get(row["title"]))
            if args.in_document
            else reading(row["title"])
        )
        g = grade(group, _codes(row["right"]), _codes(row["neighbour"]))
        counts2[row["sample"], g] += 1
        counts2["all", g] += 1
        if args.show:
            print(
                row["sample"], g, row["title"], label, group,
                names.get(group, "-"), row["right"], sep="\t",
            )  # fmt: skip
    for kind in ("resume", "posting", "all"):
        n = sum(counts2[kind, g] for g in GRADES)
        if n:
            parts = ", ".join(f"{g} {counts2[kind, g]}" for g in GRADES)
            right = counts2[kind, "right"] / n
            print(f"judged {kind}: n={n}: {parts}; right {right:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
