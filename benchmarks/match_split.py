"""Occupation match on halves and on unseen sets: is a change to the score judged off
the data it was made on?

Builds on ../shared/tools/occupation_match.py (its selection, baselines and metrics):

* ``--set dev``: the tool's development selection (41 NHS postings x 80 livecareer
  resumes), reported on a *worked-on* half and a *held-out* half. A document is in
  half A when the first byte of the SHA-1 of its name is even (stable, independent of
  content and score); the held-out half is B postings x B resumes, which no rule of
  the score was written by reading.
* ``--set fresh``: other NHS postings of the same groups (the next ones in file order
  after the development selection, same title rules) against the same resumes.
  Nobody reads these while writing rules.
* ``--set software``: the software vacancies of postings/jd_docx_2020 and
  jd_pdf_2024 against IT resumes (fictional_2024, sb2nov, one templates_head and one
  latexcv layout) and the non-IT livecareer resumes of the dev selection; the
  non-software vacancies and the dev NHS postings are extra negatives (resume view).

Usage (from the project's root):
    python benchmarks/match_split.py --set dev --export DIR
    gapcheck batch --resumes DIR/resumes --postings DIR/postings -o DIR/out.csv \
        --cache-dir FRESH
    python benchmarks/match_split.py --set dev --gapcheck-csv DIR/out.csv \
        [--groups] [--bands]

``--groups`` adds, for every set and half, each occupation group's posting-view and
resume-view AUC of every system and gapcheck's paired margin over each baseline with
a 95% bootstrap interval (the group's queries and the ranked items resampled apart).
``--bands`` prints the same- and different-occupation score distributions behind the
verdict bands (medians, percentiles, share at or above 22 and 37).

Figures (2026-12-07) are in docs/scoring.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import sys
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
TOOL = DATA.parent / "tools" / "occupation_match.py"

#: vacancy file stem: a software-development vacancy? (None: not clearly; no query)
SOFTWARE = {
    "Backend Developer": True,
    "HTML Developer": True,
    "Senior Software Developer": True,
    "Web Developer": True,
    "Web_dev_job": True,
    "job_desc_front_end_engineer": True,
    "job_desc_full_stack_engineer": True,
    "job_desc_java_developer": True,
    "Billing cum Logistics Manager": False,
    "Global Industry Content Manager": False,
    "Primary English Teacher": False,
    "Senior Product Manager": False,
    "job_desc_product_manager": False,
    "Data Scientist": None,
    "Director of Engineering": None,
    "IT Project Manager": None,
    "Lead Technical Program Manager": None,
    "Revenue Reporting Data Analyst": None,
}
IT_RESUMES = (
    "fictional_2024/barry_allen_fe.pdf",
    "fictional_2024/bruce_wayne_fullstack.pdf",
    "fictional_2024/harvey_dent_mle.pdf",
    "fictional_2024/john_doe.pdf",
    "sb2nov/sourabh_bajaj_resume.pdf",
    "templates_head/single-column.pdf",
    "latexcv/classic.pdf",
)


def tool():
    spec = importlib.util.spec_from_file_location("occupation_match", TOOL)
    assert spec and spec.loader, TOOL
    mod = importlib.util.module_from_spec(spec)
    sys.modules["occupation_match"] = (
        mod  # its PDF workers pickle functions by module name
    )
    sys.path.insert(0, str(TOOL.parent))
    spec.loader.exec_module(mod)
    return mod


def half(name: str) -> str:
    return "A" if hashlib.sha1(Path(name).stem.encode()).digest()[0] % 2 == 0 else "B"


def fresh_postings(om, data: Path) -> list[dict]:
    """NHS postings of the same groups and rules, after the dev selection."""
    import gzip
    import html
    import json
    import re

    dev = {p["name"] for p in om.load_postings(data)}
    with gzip.open(
        data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz", "rt", encoding="utf-8"
    ) as f:
        recs = sorted((json.loads(line) for line in f), key=lambda r: int(r["_fileid"]))
    picked: dict[str, list[dict]] = {g: [] for g in om.GROUPS}
    seen = set()
    for r in recs:
        title = re.sub(r"\s+", " ", html.unescape(html.unescape(r["title"]))).strip()
        group = om.title_group(title)
        name = f"nhs-{r['_fileid']}"
        if group is None or name in dev or len(picked[group]) >= om.POSTINGS_PER_GROUP:
            continue
        if (group, om.title_key(title)) in seen:
            continue
        desc = om.html_to_text(r.get("description", ""))
        if len(desc) > om.MIN_DESCRIPTION:
            seen.add((group, om.title_key(title)))
            picked[group].append(
                {
                    "name": name,
                    "group": group,
                    "title": title,
                    "text": f"{title}\n\n{desc}",
                }
            )
    return [p for g in om.GROUPS for p in picked[g]]


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    return "\n".join(p.text for p in d.paragraphs)


def load_set(om, which: str):
    """(resumes [(label, path)], postings [{name, group, text}], Y[resume, posting])."""
    data = DATA.resolve()
    resumes = om.select_resumes(data)
    if which == "dev":
        postings = om.load_postings(data)
    elif which == "fresh":
        postings = fresh_postings(om, data)
    else:
        it = [("IT", data / "resumes" / p) for p in IT_RESUMES]
        resumes = it + resumes  # none of the livecareer categories is IT
        postings = []
        for folder in ("jd_docx_2020", "jd_pdf_2024"):
            for path in sorted((data / "postings" / folder).iterdir()):
                sw = SOFTWARE.get(path.stem)
                text = (
                    docx_text(path)
                    if path.suffix == ".docx"
                    else om.pdf_texts([path])[0]
                )
                postings.append(
                    {
                        "name": path.stem,
                        "group": {True: "SOFTWARE", False: "OTHER", None: "UNSURE"}[sw],
                        "text": text,
                        "path": path,
                    }
                )
        postings += [p | {"group": "OTHER"} for p in om.load_postings(data)]
    if which == "software":
        Y = np.array(
            [
                [c == "IT" and p["group"] == "SOFTWARE" for p in postings]
                for c, _ in resumes
            ]
        )
    else:
        Y = np.array(
            [[c in om.GROUPS[p["group"]][0] for p in postings] for c, _ in resumes]
        )
    return resumes, postings, Y


def export(out: Path, resumes, postings) -> None:
    (out / "resumes").mkdir(parents=True, exist_ok=True)
    (out / "postings").mkdir(parents=True, exist_ok=True)
    for _, p in resumes:
        name = (
            p.name
            if p.parent.parent.name == "livecareer"
            else f"{p.parent.name}--{p.name}"
        )
        shutil.copy2(p, out / "resumes" / name)
    for p in postings:
        if "path" in p:
            shutil.copy2(p["path"], out / "postings" / p["path"].name)
        else:
            (out / "postings" / f"{p['name']}.txt").write_text(
                p["text"] + "\n", encoding="utf-8"
            )
    print(f"exported {len(resumes)} resumes and {len(postings)} postings to {out}")


def report(
    om, name: str, systems: dict, Y: np.ndarray, groups: list[str], queries: np.ndarray
) -> None:
    """Posting view over the query postings, resume view over the relevant resumes,
    per group and paired."""
    in_group = Y.any(1)
    print(
        f"\n== {name}: {Y.shape[0]} resumes ({in_group.sum()} relevant to some query), "
        f"{int(queries.sum())} query postings of {Y.shape[1]}"
    )
    pv = {n: om.auc_columns(Y[:, queries], S[:, queries]) for n, S in systems.items()}
    rv = {n: om.auc_columns(Y[in_group].T, S[in_group].T) for n, S in systems.items()}
    print(f"{'system':12} {'posting AUC':>12} {'resume AUC':>11}")
    for n in systems:
        print(f"{n:12} {np.nanmean(pv[n]):12.3f} {np.nanmean(rv[n]):11.3f}")
    qg = [g for g, q in zip(groups, queries, strict=False) if q]
    names = sorted(set(qg), key=qg.index)
    print(
        "posting view by group: "
        + ", ".join(
            f"{g} "
            + "/".join(f"{np.nanmean(pv[n][np.array(qg) == g]):.3f}" for n in systems)
            for g in names
        )
        + f"  ({'/'.join(systems)})"
    )
    if "gapcheck" in systems:
        for n in systems:
            if n != "gapcheck":
                d = pv["gapcheck"] - pv[n]
                rng = np.random.default_rng(0)
                boots = [
                    np.nanmean(d[rng.integers(0, len(d), len(d))]) for _ in range(1000)
                ]
                lo, hi = np.percentile(boots, [2.5, 97.5])
                print(
                    f"  paired gapcheck - {n}: {np.nanmean(d):+.3f} "
                    f"[{lo:+.3f}, {hi:+.3f}]"
                    " (bootstrap over postings)"
                )


def group_table(
    om, systems: dict, Y: np.ndarray, groups: list[str], n: int = 1000, seed: int = 0
) -> list[dict]:
    """Per occupation group, each view's AUC for every system and gapcheck's paired
    margin over each other system with a 95% bootstrap interval.

    Posting view: the group's postings, each ranking all resumes; resampled: the
    group's postings and, independently, all resumes. Resume view: the resumes of the
    group's categories, each ranking all postings; resampled: those resumes and,
    independently, all postings. Resampling both sides keeps the interval honest when
    a few resumes are relevant to every posting of the group."""
    import warnings

    warnings.filterwarnings("ignore", "Mean of empty slice", RuntimeWarning)
    rng = np.random.default_rng(seed)
    g_arr = np.asarray(groups)
    r_group = np.array(
        [g_arr[np.flatnonzero(row)[0]] if row.any() else "" for row in Y]
    )
    rows = []
    for g in sorted(set(groups), key=groups.index):
        row: dict = {"group": g}
        for view, items, queries in (
            ("posting", np.arange(len(Y)), np.flatnonzero(g_arr == g)),
            ("resume", np.arange(Y.shape[1]), np.flatnonzero(r_group == g)),
        ):

            def aucs(S: np.ndarray, it: np.ndarray, qs: np.ndarray, v: str = view):
                if v == "posting":
                    return np.nanmean(om.auc_columns(Y[it][:, qs], S[it][:, qs]))
                return np.nanmean(om.auc_columns(Y[qs][:, it].T, S[qs][:, it].T))

            row[f"{view}_n"] = len(queries)
            if not len(queries):
                continue
            row[view] = {k: aucs(S, items, queries) for k, S in systems.items()}
            boots = {k: np.empty(n) for k in systems}
            for b in range(n):
                it = rng.choice(items, len(items))
                qs = rng.choice(queries, len(queries))
                for k, S in systems.items():
                    boots[k][b] = aucs(S, it, qs)
            if "gapcheck" in systems:
                row[f"{view}_margin"] = {
                    k: (
                        row[view]["gapcheck"] - row[view][k],
                        *np.nanpercentile(boots["gapcheck"] - boots[k], [2.5, 97.5]),
                    )
                    for k in systems
                    if k != "gapcheck"
                }
        rows.append(row)
    return rows


def print_group_table(rows: list[dict], systems: dict) -> None:
    """The per-group table as Markdown: AUCs, then gapcheck's margins [95% CI]."""
    others = [k for k in systems if k != "gapcheck"]
    head = ["group", "view", "n", *systems]
    head += [f"gapcheck - {k} [95% CI]" for k in others if "gapcheck" in systems]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows:
        for view in ("posting", "resume"):
            if view not in row:
                continue
            cells = [row["group"], view, str(row[f"{view}_n"])]
            cells += [f"{row[view][k]:.3f}" for k in systems]
            for k in others if "gapcheck" in systems else []:
                d, lo, hi = row[f"{view}_margin"][k]
                mark = "" if lo > 0 else " (CI holds 0)"
                cells.append(f"{d:+.3f} [{lo:+.3f}, {hi:+.3f}]{mark}")
            print("| " + " | ".join(cells) + " |")


def band_shares(S, Y, bands=(22.0, 37.0)) -> dict:
    """Score distributions of same- and different-occupation pairs (the data behind the
    verdict bands of docs/scoring.md): medians, the different pairs' 80th and 98th
    percentiles, and the share of each kind at or above each band. Unscored pairs
    (NaN) are left out."""
    import numpy as np

    S = np.asarray(S, float)
    Y = np.asarray(Y, bool)
    ok = ~np.isnan(S)
    same, diff = S[Y & ok], S[~Y & ok]
    out = {
        "same_n": int(same.size),
        "different_n": int(diff.size),
        "same_median": float(np.median(same)),
        "different_median": float(np.median(diff)),
        "different_p80": float(np.percentile(diff, 80)),
        "different_p98": float(np.percentile(diff, 98)),
    }
    for b in bands:
        out[f"same_at_{b:g}"] = float((same >= b).mean())
        out[f"different_at_{b:g}"] = float((diff >= b).mean())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "fresh", "software"), default="dev")
    ap.add_argument("--export", type=Path, metavar="DIR")
    ap.add_argument("--gapcheck-csv", type=Path, metavar="CSV")
    ap.add_argument(
        "--worst",
        type=int,
        default=0,
        help="print the N worst-ranked relevant pairs (half A only)",
    )
    ap.add_argument(
        "--bands",
        action="store_true",
        help="gapcheck's same- and different-occupation score distributions",
    )
    ap.add_argument(
        "--groups",
        action="store_true",
        help="per occupation group, both views, bootstrap intervals of the margins",
    )
    args = ap.parse_args()
    om = tool()
    resumes, postings, Y = load_set(om, args.set)
    if args.export:
        export(args.export, resumes, postings)
        return 0
    r_names = [
        p.name if p.parent.parent.name == "livecareer" else f"{p.parent.name}--{p.name}"
        for _, p in resumes
    ]
    p_names = [p["name"] for p in postings]
    r_texts = om.pdf_texts([p for _, p in resumes])
    p_texts = [p["text"] for p in postings]
    systems = {}
    if args.gapcheck_csv:
        systems["gapcheck"] = om.load_gapcheck(args.gapcheck_csv, r_names, p_names)
    systems["TF-IDF"] = om.tfidf_sim(
        r_texts, p_texts, ngram_range=(1, 2), stop_words="english"
    )
    systems["BM25"] = om.bm25(p_texts, r_texts)
    groups = [p["group"] for p in postings]
    if args.set == "software":
        queries = np.array([g == "SOFTWARE" for g in groups])
        report(om, "software", systems, Y, groups, queries)
        return 0
    queries = np.ones(len(postings), bool)
    report(om, f"{args.set}, all", systems, Y, groups, queries)
    if args.groups:
        print_group_table(group_table(om, systems, Y, groups), systems)
    if args.bands and "gapcheck" in systems:
        shares = band_shares(systems["gapcheck"], Y)
        text = (
            f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}"
            for k, v in shares.items()
        )
        print("bands: " + ", ".join(text))
    if args.set == "dev":
        for h in ("A", "B"):
            ri = np.array([half(n) == h for n in r_names])
            pj = np.array([half(n) == h for n in p_names])
            sub = {n: S[ri][:, pj] for n, S in systems.items()}
            label = "worked-on half A" if h == "A" else "held-out half B"
            sub_groups = [g for g, k in zip(groups, pj, strict=False) if k]
            report(
                om,
                f"dev, {label}",
                sub,
                Y[ri][:, pj],
                sub_groups,
                np.ones(int(pj.sum()), bool),
            )
            if args.groups:
                table = group_table(om, sub, Y[ri][:, pj], sub_groups)
                print_group_table(table, sub)
        if args.worst and "gapcheck" in systems:
            S = systems["gapcheck"]
            ri = np.array([half(n) == "A" for n in r_names])
            rows = []
            for j, pn in enumerate(p_names):
                if half(pn) != "A":
                    continue
                col = S[ri, j]
                for i in np.flatnonzero(ri):
                    if Y[i, j]:
                        rank = int((col > S[i, j]).sum()) + 1
                        rows.append(
                            (
                                rank,
                                groups[j],
                                pn,
                                postings[j].get("title", ""),
                                r_names[i],
                                S[i, j],
                            )
                        )
            for row in sorted(rows, reverse=True)[: args.worst]:
                print("  rank {:3} {:8} {:10} {:45.45} {:14} {:.1f}".format(*row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
