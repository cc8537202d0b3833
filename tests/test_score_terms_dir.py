"""``training/postings/score_terms.py --dir``: a judged set kept as a directory
(round 10's unseen sets, whose texts stay outside the repository)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _scorer():
    path = Path(__file__).parents[1] / "training" / "postings" / "score_terms.py"
    spec = importlib.util.spec_from_file_location("score_terms", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_terms"] = module
    spec.loader.exec_module(module)
    return module


POSTING = (
    "Data Engineer\n\nWe are hiring a data engineer.\n\nRequirements\n\n"
    "- Strong Python skills\n- Experience with SQL\n\nBenefits\n\n- Free lunch\n"
)


def _set(tmp_path: Path, groups: bool) -> Path:
    (tmp_path / "postings").mkdir()
    (tmp_path / "postings" / "01_data.txt").write_text(POSTING, encoding="utf-8")
    (tmp_path / "gold.tsv").write_text(
        "posting\tessential\n01_data\tPython\n01_data\tKubernetes|K8s\n",
        encoding="utf-8",
    )
    (tmp_path / "judgements.tsv").write_text(
        "posting\tterm\tok\n01_data\tpython\t1\n", encoding="utf-8"
    )
    if groups:
        (tmp_path / "postings.tsv").write_text(
            "posting\tgroup\ttitle\n01_data\tsoftware\tData Engineer\n",
            encoding="utf-8",
        )
    return tmp_path


def test_dir_reads_the_texts_gold_and_judgements_of_the_directory(
    tmp_path: Path,
) -> None:
    scorer = _scorer()
    base = _set(tmp_path, groups=False)
    # no shared data needed: the texts are in the directory
    stats, unjudged = scorer.score(tmp_path / "no-data", base=base)
    assert set(stats) == {"dir", "ALL"}
    good, bad, new, found, gold, n = stats["ALL"]
    # Python judged 1 (case-insensitive key), SQL not judged yet; the benefit is no term
    assert (good, bad, n) == (1, 0, 1)
    assert unjudged == [("01_data", "SQL")] and new == 1
    # Python found, Kubernetes not
    assert (found, gold) == (1, 2)
    assert scorer.precision_recall(stats["ALL"]) == (1.0, 0.5)


def test_dir_groups_from_postings_tsv_and_main_writes_the_unjudged(
    tmp_path: Path,
) -> None:
    scorer = _scorer()
    (tmp_path / "set").mkdir()
    base = _set(tmp_path / "set", groups=True)
    out = tmp_path / "unj.tsv"
    assert scorer.main(["--dir", str(base), "--unjudged", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "posting\tterm\tok",
        "01_data\tSQL\t",
    ]
    stats, _ = scorer.score(tmp_path, base=base)
    assert set(stats) == {"software", "ALL"}
    # json needs the NHS records: refused for a directory of texts
    assert scorer.main(["--dir", str(base), "--as", "json"]) == 2
    assert scorer.main(["--dir", str(tmp_path / "missing")]) == 2
