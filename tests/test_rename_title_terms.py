"""``training/postings/rename_title_terms.py``: the judgements of a title's trade term
carried over from its old name ("Plumber") to the work's name ("Plumbing"), so no
judged set's precision moves from the renaming alone (round 12)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _module(name: str):
    path = Path(__file__).parents[1] / "training" / "postings" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_judged_old_name_gives_its_new_name_the_same_judgement() -> None:
    rename = _module("rename_title_terms")
    rows = [
        {"posting": "p1", "term": "Plumber", "ok": "1"},
        {"posting": "p2", "term": "System Administrator", "ok": "0"},
        {"posting": "p3", "term": "Porter", "ok": "1"},
        {"posting": "p3", "term": "portering", "ok": "0"},  # judged already: kept
    ]
    pairs = {
        "p1": [("Plumber", "Plumbing")],
        "p2": [("System Administrator", "System administration")],
        "p3": [("Porter", "Portering")],
        "p4": [("Cleaner", "Cleaning")],  # never judged: nothing to carry
    }
    added = rename.renamed_rows(rows, pairs)
    assert added == [
        {"posting": "p1", "term": "Plumbing", "ok": "1"},
        {"posting": "p2", "term": "System administration", "ok": "0"},
    ]


def test_the_pairs_come_from_the_title_and_the_new_names(tmp_path: Path) -> None:
    rename = _module("rename_title_terms")
    path = tmp_path / "01.txt"
    path.write_text(
        "Plumber - Estates\n\nJob overview\n\nWe are recruiting.\n", encoding="utf-8"
    )
    assert rename.title_renames([("01", path)]) == {"01": [("Plumber", "Plumbing")]}


def test_the_dir_set_gets_the_rows_appended(tmp_path: Path) -> None:
    rename = _module("rename_title_terms")
    (tmp_path / "postings").mkdir()
    (tmp_path / "postings" / "01.txt").write_text(
        "Porter\n\nJob overview\n\nWe are recruiting.\n", encoding="utf-8"
    )
    (tmp_path / "judgements.tsv").write_text(
        "posting\tterm\tok\n01\tPorter\t1\n", encoding="utf-8"
    )
    assert rename.main(["--dir", str(tmp_path), "--quiet"]) == 0
    lines = (tmp_path / "judgements.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "01\tPortering\t1"
