"""Occupation match on a set nobody wrote a score rule from (issue 16's "Done when").

The set lives outside the repository (round 11: ``/work/extra/match_unseen1``, built and
described in its SOURCES.md): ``resumes/`` (PDFs), ``postings/`` (.txt, .docx, .pdf) and
``labels.tsv`` (columns kind, name, group, also, note; written by hand before any run).
A resume is relevant to a posting when their groups are equal; ``--with-also`` also
counts the ``also`` groups (a second occupation the person held or the posting mixes).

Usage (from the project's root):
    gapcheck batch --resumes DIR/resumes --postings DIR/postings -o X.csv \
        --cache-dir NEW
    python benchmarks/match_unseen.py --dir DIR --gapcheck-csv X.csv [--groups]
        [--with-also] [--rankings N]

Systems: gapcheck (its CSV), TF-IDF word 1-2 grams and Okapi BM25 from
../shared/tools/occupation_match.py on pdfplumber text of the resume PDFs and the
posting files' text (BM25 with the view's queries as queries). Metrics: ROC-AUC of each
query, over queries with at least one relevant and one irrelevant item. Posting view:
each posting ranks every resume; resume view: each resume ranks every posting.
gapcheck's paired margin over each baseline is the mean over queries of the per-query
AUC difference, with a 95% interval from a two-way bootstrap (queries and ranked items
resampled apart). ``--groups`` repeats this per group (the group's postings in the
posting view, the resumes of that group in the resume view). ``--merge
A,B=NAME`` reads groups A and B as one (coarser labels); ``--only A,B`` keeps the
documents of those main groups (e.g. near-neighbour occupations only). ``--half A|B``
keeps half A (or B) postings x the same half's resumes, a document being in half A
when the first byte of the SHA-1 of its file stem is even (match_split.half): round
11 works on half A and keeps B x B for the final figure.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_split


def read_labels(path: Path) -> tuple[dict, dict]:
    """({resume name: groups}, {posting name: groups}); groups[0] is the main group."""
    out: dict[str, dict] = {"resume": {}, "posting": {}}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            also = [g for g in (row.get("also") or "").split("|") if g]
            out[row["kind"]][row["name"]] = (row["group"], *also)
    return out["resume"], out["posting"]


def relevance(
    r_groups: list[tuple], p_groups: list[tuple], with_also: bool = False
) -> np.ndarray:
    """Y[resume, posting]: main groups equal, or (with_also) any group shared."""
    if with_also:
        return np.array([[bool(set(r) & set(p)) for p in p_groups] for r in r_groups])
    return np.array([[r[0] == p[0] for p in p_groups] for r in r_groups])


def merged(groups: tuple, merge: list[str]) -> tuple:
    """The groups with each ``A,B,C=NAME`` of merge applied (A, B and C read as NAME),
    duplicates dropped, order kept."""
    to: dict[str, str] = {}
    for m in merge:
        names, _, new = m.partition("=")
        to |= {g: new for g in names.split(",")}
    return tuple(dict.fromkeys(to.get(g, g) for g in groups))


def in_half(name: str, half: str | None) -> bool:
    """Whether a document (file name) is in ``half`` ("A", "B"; None: all): half A when
    the first byte of the SHA-1 of its stem is even (match_split.half)."""
    return half is None or match_split.half(name) == half


def usable(Y: np.ndarray) -> np.ndarray:
    """Columns (queries) with at least one relevant and one irrelevant item."""
    return np.asarray(Y.any(0) & ~Y.all(0))


def query_aucs(om, S: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """ROC-AUC of each column of S (items x queries) against Y; NaN where unusable."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        a = om.auc_columns(Y, S)
    return np.where(usable(Y), a, np.nan)


def paired(
    om,
    Sg: np.ndarray,
    Sb: np.ndarray,
    Y: np.ndarray,
    queries: np.ndarray,
    n: int = 1000,
    seed: int = 0,
) -> tuple[float, float, float]:
    """gapcheck's mean per-query AUC margin over a baseline on the given usable query
    columns, and its 95% two-way bootstrap interval (queries and items resampled apart;
    a query left without a relevant or irrelevant item in a resample is skipped)."""
    import warnings

    d = np.nanmean(
        query_aucs(om, Sg[:, queries], Y[:, queries])
        - query_aucs(om, Sb[:, queries], Y[:, queries])
    )
    rng = np.random.default_rng(seed)
    boots = np.empty(n)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        for b in range(n):
            it = rng.integers(0, len(Y), len(Y))
            qs = queries[rng.integers(0, len(queries), len(queries))]
            y = Y[it][:, qs]
            boots[b] = np.nanmean(
                query_aucs(om, Sg[it][:, qs], y) - query_aucs(om, Sb[it][:, qs], y)
            )
    lo, hi = np.nanpercentile(boots, [2.5, 97.5])
    return float(d), float(lo), float(hi)


def view_table(
    om, systems: dict, Y: np.ndarray, sel: np.ndarray, n: int = 1000
) -> dict:
    """One view over the selected query columns that are usable: {n, aucs {system:
    mean AUC}, margins {baseline: (d, lo, hi)}}."""
    queries = np.flatnonzero(sel & usable(Y))
    row: dict = {"n": len(queries), "aucs": {}, "margins": {}}
    if not len(queries):
        return row
    for k, S in systems.items():
        row["aucs"][k] = float(np.nanmean(query_aucs(om, S[:, queries], Y[:, queries])))
    if "gapcheck" in systems:
        for k, S in systems.items():
            if k != "gapcheck":
                row["margins"][k] = paired(om, systems["gapcheck"], S, Y, queries, n=n)
    return row


def posting_text(om, path: Path) -> str:
    if path.suffix.lower() == ".docx":
        return match_split.docx_text(path)
    if path.suffix.lower() == ".pdf":
        return om.pdf_texts([path])[0]
    return path.read_text(encoding="utf-8", errors="replace")


def load(
    om,
    root: Path,
    gapcheck_csv: Path | None,
    with_also: bool,
    merge: list[str] | None = None,
    only: set[str] | None = None,
    half: str | None = None,
):
    """The set's documents, groups, relevance and score matrices. ``only``: keep the
    documents whose main group (before merging) is in it; ``half``: keep that half's
    documents (match_split.half of the file name); the baselines are fitted on the
    whole set's texts either way."""
    r_lab, p_lab = read_labels(root / "labels.tsv")
    resumes = sorted((root / "resumes").glob("*.pdf"))
    postings = sorted(
        p
        for p in (root / "postings").iterdir()
        if p.suffix.lower() in (".txt", ".docx", ".pdf")
    )
    missing = [p.stem for p in resumes if p.stem not in r_lab] + [
        p.stem for p in postings if p.stem not in p_lab
    ]
    if missing:
        raise SystemExit(f"no label for {missing}")
    r_groups = [r_lab[p.stem] for p in resumes]
    p_groups = [p_lab[p.stem] for p in postings]
    r_texts = om.pdf_texts(resumes)
    p_texts = [posting_text(om, p) for p in postings]
    systems = {}
    if gapcheck_csv:
        systems["gapcheck"] = om.load_gapcheck(
            gapcheck_csv, [p.name for p in resumes], [p.name for p in postings]
        )
    systems["TF-IDF"] = om.tfidf_sim(
        r_texts, p_texts, ngram_range=(1, 2), stop_words="english"
    )
    bm_posting = om.bm25(p_texts, r_texts)  # postings as queries
    bm_resume = om.bm25(r_texts, p_texts).T  # resumes as queries
    ri = [
        i
        for i, g in enumerate(r_groups)
        if (only is None or g[0] in only) and in_half(resumes[i].name, half)
    ]
    pj = [
        j
        for j, g in enumerate(p_groups)
        if (only is None or g[0] in only) and in_half(postings[j].name, half)
    ]
    r_groups = [merged(r_groups[i], merge or []) for i in ri]
    p_groups = [merged(p_groups[j], merge or []) for j in pj]
    Y = relevance(r_groups, p_groups, with_also)
    systems = {k: S[np.ix_(ri, pj)] for k, S in systems.items()}
    return (
        [resumes[i] for i in ri],
        [postings[j] for j in pj],
        r_groups,
        p_groups,
        Y,
        systems,
        bm_posting[np.ix_(ri, pj)],
        bm_resume[np.ix_(ri, pj)],
    )


def print_rows(rows: list[tuple[str, str, dict]], names: list[str]) -> None:
    others = [k for k in names if k != "gapcheck"]
    head = ["group", "view", "n", *names] + (
        [f"gapcheck - {k} [95% CI]" for k in others] if "gapcheck" in names else []
    )
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for group, view, row in rows:
        if not row["n"]:
            continue  # no usable query of this group in this view
        cells = [group, view, str(row["n"])] + [f"{row['aucs'][k]:.3f}" for k in names]
        for k in others if "gapcheck" in names else []:
            d, lo, hi = row["margins"][k]
            cells.append(
                f"{d:+.3f} [{lo:+.3f}, {hi:+.3f}]"
                + (" (CI holds 0)" if lo <= 0 <= hi else "")
            )
        print("| " + " | ".join(cells) + " |")


def rankings(resumes, postings, r_groups, p_groups, Y, S, k: int) -> None:
    """Each posting's group, number of relevant resumes and top k resumes by S (main
    group, * when relevant, score)."""
    for j, p in enumerate(postings):
        order = np.argsort(-S[:, j], kind="stable")[:k]
        top = ", ".join(
            f"{resumes[i].stem}:{r_groups[i][0]}{'*' if Y[i, j] else ''} {S[i, j]:.1f}"
            for i in order
        )
        n_pos = int(Y[:, j].sum())
        print(f"  {p.stem[:34]:34} {p_groups[j][0]:16} pos {n_pos:2}  top: {top}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--dir",
        type=Path,
        required=True,
        help="the set (resumes/, postings/, labels.tsv)",
    )
    ap.add_argument("--gapcheck-csv", type=Path)
    ap.add_argument(
        "--groups", action="store_true", help="per group, both views, with intervals"
    )
    ap.add_argument(
        "--with-also",
        action="store_true",
        help="count the labels' also groups as relevant",
    )
    ap.add_argument(
        "--rankings",
        type=int,
        default=0,
        metavar="K",
        help="print each posting's top K resumes",
    )
    ap.add_argument(
        "--merge",
        action="append",
        default=[],
        metavar="A,B=NAME",
        help="read groups A and B as one group NAME (repeatable)",
    )
    ap.add_argument(
        "--only",
        metavar="A,B",
        help="keep only resumes and postings whose main group is one of these",
    )
    ap.add_argument(
        "--half",
        choices=("A", "B"),
        help="only that half's postings x that half's resumes (by SHA-1 of the stem)",
    )
    ap.add_argument("--boot", type=int, default=1000)
    args = ap.parse_args()
    om = match_split.tool()
    resumes, postings, r_groups, p_groups, Y, systems, bm_p, bm_r = load(
        om,
        args.dir,
        args.gapcheck_csv,
        args.with_also,
        args.merge,
        set(args.only.split(",")) if args.only else None,
        args.half,
    )
    names = [*systems, "BM25"]
    pv = systems | {"BM25": bm_p}
    rv = {k: S.T for k, S in systems.items()} | {"BM25": bm_r.T}
    print(
        f"{len(resumes)} resumes x {len(postings)} postings; relevance: "
        f"{'main or also groups shared' if args.with_also else 'main groups equal'}; "
        f"{int(usable(Y).sum())} postings and {int(usable(Y.T).sum())} resumes are "
        "usable queries"
    )
    p_main = np.array([g[0] for g in p_groups])
    r_main = np.array([g[0] for g in r_groups])
    rows = [
        (
            "all",
            "posting",
            view_table(om, pv, Y, np.ones(len(postings), bool), args.boot),
        ),
        (
            "all",
            "resume",
            view_table(om, rv, Y.T, np.ones(len(resumes), bool), args.boot),
        ),
    ]
    if args.groups:
        for g in sorted(set(p_main) | set(r_main)):
            rows.append((g, "posting", view_table(om, pv, Y, p_main == g, args.boot)))
            rows.append((g, "resume", view_table(om, rv, Y.T, r_main == g, args.boot)))
    print_rows(rows, names)
    if args.rankings and "gapcheck" in systems:
        for k, S in (("gapcheck", systems["gapcheck"]), ("TF-IDF", systems["TF-IDF"])):
            print(f"\n{k}: each posting's top {args.rankings} resumes (* relevant)")
            rankings(resumes, postings, r_groups, p_groups, Y, S, args.rankings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
