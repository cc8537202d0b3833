"""Build models/occupations.json.gz: an occupation lexicon and term profiles.

Occupations are ISCO-08 unit groups (4 digits), as ESCO v1.1.1 files its 3,007
occupations. The artifact holds

* ``groups``: per unit group, a display name (the group's ESCO preferred label that
  the most ESCO and O*NET titles use) and its ``terms``: the 60 content words most
  specific to the group (tf-idf over groups of the ESCO descriptions and labels, plus
  the O*NET descriptions of the O*NET occupations crosswalked to it), weights scaled
  to sum 1; ``lift`` (round 12): the same words' log lift over all groups' words,
  smoothed, its LIFT_TERMS largest contributions (``lift_profiles``);
  ``function``: the other groups whose titles name the same function at another
  level (the cosine of the field words of their "<field> <generic head>" labels,
  ``same_function``: HR managers, HR officers, HR assistants);
  ``near``: the other groups whose term profiles' cosine is at least MIN_NEAR (how
  alike two occupations' words are, for the similarity kernel);
* ``titles``: normalised title words (``gapcheck.occupation.titles.title_words``) ->
  "group:share group:share" from ESCO preferred, alternative and hidden labels
  (a preferred label votes PREFERRED_VOTES, another label 1), from the curated UK
  and NHS titles of ``uk_titles.tsv`` (each filed under an ESCO occupation, voting
  as its preferred label: "health visitor", "specialty doctor") and from
  O*NET 29.2 titles, alternate titles and reported titles. An O*NET occupation is
  crosswalked to the ISCO groups whose ESCO labels its own titles equal (a vote per
  equal title; groups with at least a third of the votes); residual occupations
  ("Engineers, All Other") are not: their titles name no one occupation. The
  titles' own votes go through a stricter crosswalk (crosswalk.py): a title-voted
  group must be among the groups whose ESCO words are nearest the O*NET
  occupation's description, and a title several O*NET occupations list votes only
  through those whose own words name it. An O*NET
  title that only job-posting matching put under an occupation far from the others
  listing it (``stray_titles``: "Full Stack Developer" under Photographic Process
  Workers) votes for no group. A label of generic heads only ("officer", "team
  leader") is left out; a label naming more than MAX_GROUPS groups keeps them all
  when FIELD_SHARE of its votes fall in one ISCO sub-major group ("teacher"), else
  only its leading groups (LEAD_SHARE of the votes or more) when they hold
  FIELD_SHARE of them or the label is an occupation's own name, and none when it is
  made of generic field and head words ("service manager").
  Hidden labels name titles but do not crosswalk O*NET or feed the term profiles.
* ``named``: each named occupation (ESCO's, under its ISCO group; O*NET's, under the
  groups it is crosswalked to) with its NAMED_TERMS heaviest skill terms by TF-IDF
  across occupations (``gapcheck.occupation.fit.terms``: words and two-word phrases
  of its description and, for O*NET, its technology skills' examples and commodity
  classes, counted twice; a term seen in one occupation only is dropped), and their
  IDF weights: ``gapcheck.occupation.fit.best_fits`` ranks them for ``diagnose``.

Run from the project root:  .venv/bin/python training/occupation/build.py ../shared/data
Sources: "This service uses the ESCO classification of the European Commission."
(ESCO v1.1.1); O*NET 29.2 Database by USDOL/ETA, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from crosswalk import (  # noqa: E402
    CONTENT_RANK,
    MIN_SHARE,
    agreeing,
    crosswalk_by_titles,
    group_vectors,
    unrelated_listings,
)
from profiles import (  # noqa: E402
    LIFT_PRIOR,
    LIFT_TERMS,
    TERMS_PER_GROUP,
    lift_profiles,
    term_profiles,
)

from gapcheck.occupation.fit import terms as skill_terms  # noqa: E402
from gapcheck.occupation.titles import (  # noqa: E402
    GENERIC_FIELDS,
    GENERIC_HEADS,
    title_words,
)
from gapcheck.score.text import STOPWORDS  # noqa: E402

MAX_GROUPS = 3
MAX_LABEL_WORDS = 6
FIELD_SHARE = 0.6
#: Votes of an occupation's own name (ESCO preferred label, curated UK title) against
#: 1 for each alternative or hidden label listing the same words.
PREFERRED_VOTES = 3
#: A label's groups with at least this share of its votes lead it.
LEAD_SHARE = 0.25
UK_TITLES = Path(__file__).resolve().parent / "uk_titles.tsv"


#: Measured after building (docs/scoring.md, Calibration); recorded in the sidecar.
DEV = (
    "benchmarks/match_split.py and match_unseen.py, 2026-12-07 round 12 (PDFs read by "
    "gapcheck, fresh cache), posting / resume view ROC-AUC: dev (41 NHS postings x 80 "
    "livecareer resumes) 0.921/0.924, fresh 0.932/0.912, unseen match set half A "
    "0.830/0.891 (round 11: 0.914/0.925, 0.931/0.913, 0.825/0.891); the occupation "
    "component alone on half A 0.810 -> 0.830. Title readings unchanged "
    "(training/occupation/title_judgements.py): NHS posting titles sample A right "
    "113, close 9, wrong 13, none 15 of 150; livecareer role titles A 39/3/5/3 of 50"
)


def specific(key: tuple[str, ...], votes: Counter[str]) -> bool:
    """Whether a label names an occupation: not made of generic heads only
    ("officer", "team leader"), and either few groups or most of its votes in one
    ISCO sub-major group ("teacher")."""
    if all(w in GENERIC_HEADS for w in key):
        return False
    if len(votes) <= MAX_GROUPS:
        return True
    by_field: Counter[str] = Counter()
    for g, v in votes.items():
        by_field[g[:2]] += v
    return max(by_field.values()) >= FIELD_SHARE * sum(votes.values())


def kept_votes(
    key: tuple[str, ...], votes: Counter[str], own: set[str], curated: bool = False
) -> Counter[str]:
    """The groups a label names (empty: none): all of them when the label is
    ``specific``; else the leading groups (LEAD_SHARE of the votes or more) when
    they hold most of its votes or when the label is an occupation's own name (an
    ESCO preferred label, a UK title: ``own`` holds the groups it names, always
    kept): "facilities manager" is ESCO's name of 1219 though building caretakers
    and cultural facilities list it too; "data analyst" is mostly 2511. ``curated``:
    a title of ``uk_titles.tsv``, kept even when made of generic heads only: its
    curator named the occupation ("assistant practitioner", "associate specialist"
    are NHS grades; round 11: both were silently dropped)."""
    if all(w in GENERIC_HEADS for w in key) and not curated:
        return Counter()
    if specific(key, votes):
        return votes
    total = sum(votes.values())
    lead = Counter(
        {g: v for g, v in votes.items() if v >= LEAD_SHARE * total or g in own}
    )
    if own:
        return lead
    if all(w in GENERIC_FIELDS or w in GENERIC_HEADS for w in key):
        return Counter()  # "service manager": a unit and a level, no field
    return lead if sum(lead.values()) >= FIELD_SHARE * total else Counter()


def read_uk_titles(path: Path) -> list[tuple[str, str]]:
    """(UK title, ESCO preferred label) rows of the curated supplement."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "uk_title")):
            title, label = line.split("\t")
            rows.append((title, label))
    return rows


MIN_NEAR = 0.05
NAMED_TERMS = 20


def named(occs: list[dict[str, Any]]) -> dict[str, object]:
    """Term lists (indexes into a shared vocabulary, with IDF) of named occupations,
    each ``{title, source, code, groups, text, skills}``."""
    counts = []
    df: Counter[str] = Counter()
    for occ in occs:
        tf: Counter[str] = Counter(skill_terms(occ["text"]))
        for skill in dict.fromkeys(occ["skills"]):
            for t in skill_terms(skill):
                tf[t] += 2  # a technology skill is a skill by definition
        counts.append(tf)
        df.update(tf.keys())
    n = len(occs)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    chosen = []
    for tf in counts:
        ranked = sorted(tf, key=lambda t: (-(1 + math.log(tf[t])) * idf[t], t))
        # a term seen once in all occupations is too rare to be shared by a resume
        chosen.append([t for t in ranked if df[t] > 1][:NAMED_TERMS])
    vocab = sorted({t for ts in chosen for t in ts})
    index = {t: i for i, t in enumerate(vocab)}
    return {
        "terms": vocab,
        "idf": [round(idf[t], 4) for t in vocab],
        "occupations": [
            {
                "title": occ["title"],
                "source": occ["source"],
                "code": occ["code"],
                "groups": occ["groups"],
                "terms": [index[t] for t in ts],
            }
            for occ, ts in zip(occs, chosen, strict=True)
            if ts
        ],
    }


def related(groups: dict[str, object]) -> dict[str, dict[str, float]]:
    """Per group, the others whose term profiles' cosine is at least MIN_NEAR."""
    import numpy as np

    codes = sorted(groups)
    vocab = sorted({w for g in groups.values() for w in g["terms"]})  # type: ignore[index]
    col = {w: k for k, w in enumerate(vocab)}
    mat = np.zeros((len(codes), len(vocab)))
    for i, g in enumerate(codes):
        for w, v in groups[g]["terms"].items():  # type: ignore[index]
            mat[i, col[w]] = v
    return _near(codes, mat)


def same_function(titles: dict[str, str]) -> dict[str, dict[str, float]]:
    """Per group, the others whose titles name the same function at another level:
    the cosine of the field words of their "<field> <generic head>" labels ("human
    resource" of "human resource manager" 1212, "human resource officer" 2423,
    "human resource assistant" 4416), IDF-weighted over groups, at least MIN_NEAR.
    ISCO files a function's managers, professionals and clerks in different major
    groups; their term profiles share few words ("manage" against "record")."""
    import numpy as np

    fields: dict[str, Counter[str]] = defaultdict(Counter)
    for label, entry in titles.items():
        words = label.split()
        if len(words) < 2 or words[-1] not in GENERIC_HEADS:
            continue
        field = {
            w for w in words[:-1] if w not in GENERIC_HEADS and w not in GENERIC_FIELDS
        }
        for part in entry.split():
            g, _, share = part.partition(":")
            for w in field:
                fields[g][w] += float(share)
    codes = sorted(fields)
    df = Counter(w for f in fields.values() for w in f)
    col = {w: k for k, w in enumerate(sorted(df))}
    mat = np.zeros((len(codes), len(col)))
    for i, g in enumerate(codes):
        for w, v in fields[g].items():
            mat[i, col[w]] = v * math.log(len(codes) / df[w])
    return _near(codes, mat)


def stray_titles(
    soc_titles: dict[str, list[str]],
    posting_only: set[tuple[str, tuple[str, ...]]],
    soc_text: dict[str, str],
) -> set[tuple[str, tuple[str, ...]]]:
    """(O*NET code, title key) listings that are a job-posting matcher's homonym, not
    a title of the occupation: taken from employer job postings only (O*NET source
    10), the only listing of the title in the occupation's SOC major group while
    another major group lists it at least twice, and none of the title's words in
    the occupation's own title, description or technology skills ("Full Stack
    Developer" under Photographic Process Workers, "Truck Driver" under Freight
    Forwarders)."""
    listed: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for soc, titles in soc_titles.items():
        for key in {title_words(t, curated=True) for t in titles}:
            listed[key][soc[:2]] += 1
    stray = set()
    for soc, key in posting_only:
        majors = listed.get(key, Counter())
        if majors[soc[:2]] != 1 or max(majors.values()) < 2:
            continue
        if not set(key) & set(title_words(soc_text.get(soc, ""))):
            stray.add((soc, key))
    return stray


def field_words(key: tuple[str, ...]) -> set[str]:
    """A title's words that name its field: not a generic head or field word."""
    return {w for w in key if w not in GENERIC_HEADS and w not in GENERIC_FIELDS}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def words(text: str) -> list[str]:
    return [
        w
        for w in title_words(text)
        if w not in STOPWORDS and len(w) > 2 and not w.isdigit()
    ]


def read_esco(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r.get("iscoGroup")]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def build(data: Path) -> tuple[dict[str, object], dict[str, object]]:
    esco_path = data / "esco-v1.1.1" / "occupations_en.csv"
    onet = data / "onet-29.2"
    onet_files = {
        "occupations": onet / "Occupation Data.txt",
        "alternate": onet / "Alternate Titles.txt",
        "reported": onet / "Sample of Reported Titles.txt",
        "technology": onet / "Technology Skills.txt",
    }
    esco = read_esco(esco_path)
    names: dict[str, str] = {}
    label_votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    docs: dict[str, Counter[str]] = defaultdict(Counter)

    preferred: dict[str, list[str]] = defaultdict(list)
    esco_group: dict[str, str] = {}  # preferred label -> ISCO group
    # preferred labels and UK titles -> the groups they name
    own_names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    crosswalk_votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    occs: list[dict[str, Any]] = []
    for r in sorted(esco, key=lambda r: r["code"]):
        group = r["iscoGroup"]
        occs.append(
            {
                "title": r["preferredLabel"].strip(),
                "source": "esco",
                "code": r.get("code") or group,
                "groups": group,
                "text": r["description"],
                "skills": [],
            }
        )
        names.setdefault(group, r["preferredLabel"])
        preferred[group].append(r["preferredLabel"])
        esco_group[r["preferredLabel"].strip().lower()] = group
        shown = [r["preferredLabel"], *r["altLabels"].split("\n")]
        labels = [*shown, *(r.get("hiddenLabels") or "").split("\n")]
        for k, label in enumerate(labels):
            key = title_words(label, curated=True)
            if key and len(key) <= MAX_LABEL_WORDS:
                label_votes[key][group] += PREFERRED_VOTES if k == 0 else 1
                if k < len(shown):  # hidden labels are no titles to crosswalk by
                    crosswalk_votes[key][group] += 1
                if k == 0:
                    own_names[key].add(group)
        # the profile's words: description and listed labels (hidden ones are
        # misspellings and search words, no description of the work)
        docs[group].update(words(" ".join([r["description"], *shown])))
    for title, label in read_uk_titles(UK_TITLES):  # UK forms ESCO does not list
        key = title_words(title, curated=True)
        label_votes[key][esco_group[label]] += PREFERRED_VOTES
        own_names[key].add(esco_group[label])
    esco_keys = crosswalk_votes

    # O*NET: crosswalk each occupation to ISCO groups by titles equal to ESCO labels
    soc_titles: dict[str, list[str]] = defaultdict(list)
    soc_text: dict[str, str] = {}
    soc_about: dict[str, tuple[str, str]] = {}  # title, description
    soc_skills: dict[str, list[str]] = defaultdict(list)
    residual = set()  # "Engineers, All Other": a catch-all names no occupation
    for r in read_tsv(onet_files["occupations"]):
        if "all other" in r["Title"].lower():
            residual.add(r["O*NET-SOC Code"])
        soc_titles[r["O*NET-SOC Code"]].append(r["Title"])
        soc_text[r["O*NET-SOC Code"]] = f"{r['Title']} {r['Description']}"
        soc_about[r["O*NET-SOC Code"]] = (r["Title"].strip(), r["Description"])
    posting_only: set[tuple[str, tuple[str, ...]]] = set()  # O*NET source 10 only
    for r in read_tsv(onet_files["alternate"]):
        soc_titles[r["O*NET-SOC Code"]].append(r["Alternate Title"])
        if (r.get("Source(s)") or "").strip() == "10":
            key = title_words(r["Alternate Title"], curated=True)
            posting_only.add((r["O*NET-SOC Code"], key))
    for r in read_tsv(onet_files["reported"]):
        soc_titles[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    for r in read_tsv(onet_files["technology"]):  # the tools of the trade
        code = r["O*NET-SOC Code"]
        soc_skills[code] += [r["Example"], r["Commodity Title"]]
        soc_text[code] = (
            f"{soc_text.get(code, '')} {r['Example']} {r['Commodity Title']}"
        )
    stray = stray_titles(soc_titles, posting_only, soc_text)
    crosswalk = crosswalk_by_titles(soc_titles, residual, stray, esco_keys)
    # the titles' own crosswalk: no homonym listings, title votes the words agree with
    unrelated = unrelated_listings(
        soc_titles, {k: " ".join(v) for k, v in soc_about.items()}, field_words
    )
    esco_vecs, esco_idf = group_vectors(docs)  # ESCO's words only, before O*NET's join
    about = {k: words(" ".join(v)) for k, v in soc_about.items()}
    title_crosswalk = crosswalk_by_titles(
        soc_titles,
        residual,
        stray | unrelated,
        esco_keys,
        lambda soc, votes: agreeing(votes, about.get(soc, []), esco_vecs, esco_idf),
    )
    disagreeing = sum(
        1 for soc, groups in crosswalk.items() if title_crosswalk.get(soc) != groups
    )
    for soc, groups in sorted(title_crosswalk.items()):
        for t in soc_titles[soc]:
            key = title_words(t, curated=True)
            listed = (soc, key) not in unrelated and (soc, key) not in stray
            if key and len(key) <= MAX_LABEL_WORDS and listed:
                for g, share in groups.items():
                    label_votes[key][g] += share
    for soc, groups in sorted(crosswalk.items()):
        if soc in soc_about:
            occs.append(
                {
                    "title": soc_about[soc][0],
                    "source": "onet",
                    "code": soc,
                    "groups": " ".join(sorted(groups)),
                    "text": soc_about[soc][1],
                    "skills": soc_skills.get(soc, []),
                }
            )
        for g, share in groups.items():
            for w, n in Counter(words(soc_text.get(soc, ""))).items():
                docs[g][w] += share * n

    # a group's name: its ESCO preferred label that the most titles of both sources
    # use, then the shortest; on a full tie the most typical of the group (its words
    # shared by most of the group's labels), not the first in ESCO's order: "chief
    # executive officer" of 1120, not "animal facility manager", filed there too
    for g, labels in preferred.items():
        shared = Counter(w for lb in labels for w in set(lb.lower().split()))
        names[g] = max(
            labels,
            key=lambda lb: (
                label_votes.get(title_words(lb, curated=True), Counter())[g],
                -len(lb),
                sum(shared[w] for w in lb.lower().split()) / len(lb.split()),
            ),
        )
    uk_keys = {title_words(t, curated=True) for t, _ in read_uk_titles(UK_TITLES)}
    titles: dict[str, str] = {}  # "2411:0.8 2412:0.2": a flat string loads fast
    for key, votes in label_votes.items():
        votes = kept_votes(key, votes, own_names.get(key, set()), key in uk_keys)
        if not votes:
            continue
        total = sum(votes.values())
        titles[" ".join(key)] = " ".join(
            f"{g}:{round(v / total, 3)}" for g, v in sorted(votes.items())
        )
    groups: dict[str, object] = {
        g: {"name": names[g], "terms": terms}
        for g, terms in term_profiles(docs).items()
    }
    near = related(groups)
    for g, terms in lift_profiles(docs).items():
        groups[g]["lift"] = terms  # type: ignore[index]
    for g, others in near.items():
        groups[g]["near"] = others  # type: ignore[index]
    for g, others in same_function(titles).items():
        if g in groups:
            groups[g]["function"] = others  # type: ignore[index]
    profiles = named(occs)
    model = {
        "format": 1,
        "groups": groups,
        "titles": dict(sorted(titles.items())),
        "named": profiles,
    }
    meta = {
        "name": "occupations",
        "what": "ISCO-08 unit groups (via ESCO) with title lexicon and term profiles, "
        "for gapcheck.occupation",
        "params": {
            "max_groups_per_label": MAX_GROUPS,
            "max_label_words": MAX_LABEL_WORDS,
            "terms_per_group": TERMS_PER_GROUP,
            "crosswalk_min_share": round(MIN_SHARE, 3),
            "preferred_votes": PREFERRED_VOTES,
            "lead_share": LEAD_SHARE,
            "named_terms_per_occupation": NAMED_TERMS,
            "lift_prior_words": LIFT_PRIOR,
            "lift_terms_per_group": LIFT_TERMS,
        },
        "groups": len(groups),
        "titles": len(titles),
        "onet_crosswalked": f"{len(crosswalk)} of {len(soc_titles)}",
        "onet_stray_titles_dropped": len(stray),
        "onet_title_listings_unrelated": len(unrelated),
        "title_crosswalk_content_rank": CONTENT_RANK,
        "onet_title_crosswalk_changed": disagreeing,
        "named_occupations": dict(
            Counter(o["source"] for o in profiles["occupations"])  # type: ignore[index]
        ),
        "named_vocabulary": len(profiles["terms"]),  # type: ignore[arg-type]
        "sources": [
            {
                "file": str(p.relative_to(data)),
                "sha256": sha256(p),
                "licence": lic,
            }
            for p, lic in [
                (
                    esco_path,
                    "ESCO: This service uses the ESCO classification of the "
                    "European Commission.",
                ),
                *(
                    (p, "CC BY 4.0, O*NET 29.2 by USDOL/ETA")
                    for p in onet_files.values()
                ),
            ]
        ],
        "curated": {
            "file": str(UK_TITLES.relative_to(ROOT)),
            "sha256": sha256(UK_TITLES),
            "uk_titles": len(read_uk_titles(UK_TITLES)),
        },
        "built": datetime.now(UTC).strftime("%Y-%m-%d"),
        "recipe": "training/occupation/build.py",
    }
    return model, meta


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder")
    ap.add_argument("--out", type=Path, default=ROOT / "models")
    ap.add_argument(
        "--dev",
        default=DEV,
        help="the dev score to record in the sidecar (measured after building)",
    )
    args = ap.parse_args()
    model, meta = build(args.data)
    meta["dev"] = args.dev
    blob = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode()
    path = args.out / "occupations.json.gz"
    path.write_bytes(gzip.compress(blob, mtime=0))
    meta["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (args.out / "occupations.meta.json").write_text(
        json.dumps(meta, indent=2) + "\n", encoding="utf-8"
    )
    print(
        f"{path}: {meta['groups']} groups, {meta['titles']} titles, "
        f"{path.stat().st_size // 1024} KiB; "
        f"O*NET crosswalked {meta['onet_crosswalked']}"
    )
    return 0


def _near(codes: list[str], mat: Any) -> dict[str, dict[str, float]]:
    """Per row's code, the other codes whose rows' cosine is at least MIN_NEAR."""
    import numpy as np

    mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)
    cos = mat @ mat.T
    return {
        g: {
            codes[j]: round(float(cos[i, j]), 3)
            for j in np.flatnonzero(cos[i] >= MIN_NEAR)
            if j != i
        }
        for i, g in enumerate(codes)
    }


if __name__ == "__main__":
    sys.exit(main())
