"""Build models/term_centrality.json.gz: how central a word is to an occupation's
postings.

A posting's words are not all asked: an NHS advert for an accountant says "patients",
"trust" and "care" as often as an advert for a chef does (the employer's
boilerplate), and "budget" far more often. For each ISCO-08 unit group with at least
MIN_POSTINGS postings, ``lift[word]`` = P(word in a posting of the group) / P(word in
any posting), both add-one smoothed; the score's text relevance multiplies a posting's
query word by a factor of it (``gapcheck.score.components.centrality_factor``).

Data: the NHS Jobs postings of ``../shared/data/postings/nhs_jobs_2020-11_dev.jsonl.gz``
(7,400 adverts, November 2020), each filed under the groups its title reads as
(``gapcheck.occupation.model._title_match``: the lexicon's title lookup, the same as
the score's; postings whose title names no occupation are not used). The postings of
``benchmarks/match_split.py``'s dev and fresh sets are left out, so the figures measured
there are on postings the statistics never saw. Only aggregate counts are stored.

Run from the project root:
    .venv/bin/python training/occupation/centrality.py ../shared/data
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: a group needs this many postings (title shares summed) to get a profile
MIN_POSTINGS = 5.0
#: measured with the artifact in the score (docs/scoring.md, round 4)
DEV_SCORE = (
    "posting-view ROC-AUC, benchmarks/match_split.py, with the occupation kernel of"
    " the same commit: dev 0.881 -> 0.883, half A 0.853 -> 0.854, half B 0.927 ->"
    " 0.929, fresh 0.890 -> 0.890; text_similarity alone dev 0.754 -> 0.766, fresh"
    " 0.783 -> 0.792"
)
#: a word needs this many postings in the group to be stored
MIN_DF_GROUP = 3.0
#: and this many postings overall, and to be a word of ``models/idf_postings.json``
#: (SkillSpan + UD EWT): no contact's name, e-mail or reference code is stored
MIN_DF_ALL = 20
#: only lifts outside [1 / KEEP, KEEP] are stored (the rest count as 1)
KEEP = 1.25


def held_out_ids(data: Path) -> set[str]:
    """The file ids of the dev and fresh postings of benchmarks/match_split.py."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import match_split as ms

    om = ms.tool()
    ids = {p["name"] for p in om.load_postings(data)}
    ids |= {p["name"] for p in ms.fresh_postings(om, data)}
    return {n.removeprefix("nhs-") for n in ids}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument(
        "-o", type=Path, default=ROOT / "models" / "term_centrality.json.gz"
    )
    args = ap.parse_args()
    from gapcheck.occupation.model import _title_match, lexicon
    from gapcheck.score.text import content_counts, idf_table

    src = args.data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    skip = held_out_ids(args.data.resolve())
    lex = lexicon()
    assert lex is not None, "models/occupations.json.gz is missing"
    n_group: dict[str, float] = defaultdict(float)
    df_group: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    df_all: Counter[str] = Counter()
    n_all = used = 0
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec.get("_fileid")) in skip:
                continue
            title = re.sub(r"\s+", " ", html.unescape(html.unescape(rec["title"])))
            desc = re.sub(
                r"<[^>]+>",
                " ",
                html.unescape(html.unescape(rec.get("description", ""))),
            )
            words = set(content_counts(f"{title}\n{desc}"))
            n_all += 1
            df_all.update(words)
            found = _title_match(title)
            if not found:
                continue
            used += 1
            for code, share in found[2].items():
                n_group[code] += share
                for w in words:
                    df_group[code][w] += share
    known = idf_table()[0]

    def storable(w: str) -> bool:
        return df_all[w] >= MIN_DF_ALL and w in known and w.isalpha()

    groups = {}
    for code, n in sorted(n_group.items()):
        if n < MIN_POSTINGS:
            continue
        lift = {}
        for w, d in df_group[code].items():
            if d < MIN_DF_GROUP or not storable(w):
                continue
            x = ((d + 1) / (n + 2)) / ((df_all[w] + 1) / (n_all + 2))
            if x >= KEEP or x <= 1 / KEEP:
                lift[w] = round(math.log(x), 3)
        # words common everywhere but absent from this group's postings
        for w, d in df_all.items():
            if w not in df_group[code] and d / n_all >= 0.05 and storable(w):
                x = (1 / (n + 2)) / ((d + 1) / (n_all + 2))
                if x <= 1 / KEEP:
                    lift[w] = round(math.log(x), 3)
        groups[code] = {
            "name": lex.names.get(code, code),
            "postings": round(n, 1),
            "log_lift": lift,
        }
    out = {
        "groups": groups,
        "postings": n_all,
        "postings_with_title": used,
    }
    blob = json.dumps(out, sort_keys=True, separators=(",", ":")).encode()
    args.o.write_bytes(gzip.compress(blob, mtime=0))
    meta = {
        "artifact": args.o.name,
        "recipe": "training/occupation/centrality.py",
        "data_source": str(src.relative_to(args.data)) + " (../shared/data)",
        "data_sha256": hashlib.sha256(src.read_bytes()).hexdigest(),
        "held_out": "postings of benchmarks/match_split.py --set dev and --set fresh",
        "postings": n_all,
        "postings_with_title": used,
        "groups": len(groups),
        "min_postings": MIN_POSTINGS,
        "occupations_model": "models/occupations.json.gz",
        "stored": "aggregate log lifts of dictionary words only (no text, names,"
        " e-mails or codes); the source states no licence: use it locally",
        "dev_score": DEV_SCORE,
        "python": sys.version.split()[0],
    }
    args.o.with_name("term_centrality.meta.json").write_text(
        json.dumps(meta, indent=2) + "\n", encoding="utf-8"
    )
    print(f"{len(groups)} groups from {used} of {n_all} postings -> {args.o}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
