"""Batch stage: inputs, cache, journal and outputs (no NLP needed here).

End-to-end runs over real documents live in tests/test_cli_batch.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gapcheck.batch.cache import AnalysisCache, analysis_version
from gapcheck.batch.inputs import expand_inputs
from gapcheck.batch.output import Journal, render_rows, sibling, write_outputs
from gapcheck.errors import FileNotReadable, ManifestError
from gapcheck.records import Analysis, Document, Mention, Posting, Resume


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_expand_inputs_files_dirs_globs_and_dedupe(tmp_path: Path) -> None:
    a = _touch(tmp_path / "a.pdf")
    b = _touch(tmp_path / "sub" / "deeper" / "b.docx")
    _touch(tmp_path / "sub" / "notes.xyz")  # not a document suffix: not scanned
    _touch(tmp_path / ".hidden" / "c.txt")  # hidden folders are skipped
    got = expand_inputs(
        [str(tmp_path), str(a), str(tmp_path / "sub" / "**" / "*.docx")]
    )
    assert [Path(i.path) for i in got] == [a, b]


def test_expand_inputs_manifest_relative_paths_and_ids(tmp_path: Path) -> None:
    _touch(tmp_path / "docs" / "r1.txt")
    manifest = _touch(tmp_path / "m.csv", "id,path\ncand-1,docs/r1.txt\n,docs/r2.txt\n")
    got = expand_inputs([str(manifest)])
    assert got[0].id == "cand-1"
    assert Path(got[0].path) == tmp_path / "docs" / "r1.txt"
    assert got[1].id == str(tmp_path / "docs" / "r2.txt")  # id defaults to the path


def test_manifest_without_path_column_is_a_clear_error(tmp_path: Path) -> None:
    manifest = _touch(tmp_path / "m.csv", "name\nx\n")
    with pytest.raises(ManifestError, match="no 'path' column"):
        expand_inputs([str(manifest)])


@pytest.mark.parametrize("arg", ["nope.pdf", "nothing/*.pdf"])
def test_missing_inputs_are_errors(tmp_path: Path, arg: str) -> None:
    with pytest.raises(FileNotReadable):
        expand_inputs([str(tmp_path / arg)])


def _analysis(text: str = "Python developer") -> Analysis:
    doc = Document(source="r.txt", format="txt", text=text, sha256="abc")
    mention = Mention(0, 6, "Python", "KNOWLEDGE", canonical="Python")
    return Analysis(Resume(document=doc), (mention,))


def test_cache_roundtrip_and_keys(tmp_path: Path) -> None:
    with AnalysisCache(tmp_path) as cache:
        cache.put("sha", "resume", "v1", "r.txt", _analysis())
        assert cache.get("sha", "resume", "v1", "r.txt") == _analysis()
        assert cache.get("sha", "posting", "v1", "r.txt") is None  # kind is in the key
        assert cache.get("sha", "resume", "v2", "r.txt") is None  # so is the version
        # and the type the name declares (a text file named .pdf carries W103)
        assert cache.get("sha", "resume", "v1", "r.pdf") is None
        assert len(cache) == 1
    # a corrupt entry is recomputed, never trusted
    with AnalysisCache(tmp_path) as cache:
        cache._connection().execute("UPDATE analyses SET data = x'00'")
        assert cache.get("sha", "resume", "v1", "r.txt") is None


def test_cache_stores_no_name_and_answers_with_the_readers(tmp_path: Path) -> None:
    """Issue 18.1: an entry holds no path; a hit is named by the run that reads it."""
    with AnalysisCache(tmp_path) as cache:
        cache.put("sha", "resume", "v1", "/home/alice/first_name.txt", _analysis())
        stored = cache._connection().execute("SELECT data FROM analyses").fetchone()
        hit = cache.get("sha", "resume", "v1", "second_name.txt")
    import zlib

    assert b"alice" not in zlib.decompress(stored[0])
    assert hit is not None and hit.record.document.source == "second_name.txt"


def test_cache_drops_entries_of_the_old_key_form(tmp_path: Path) -> None:
    """Entries written before issue 18 hold their file's path: they go."""
    with AnalysisCache(tmp_path) as cache:
        cache.put("sha", "resume", "v1", "r.txt", _analysis())
        with cache._connection() as conn:
            conn.execute("INSERT INTO analyses VALUES ('old:resume:v0', 'old', "
                         "'resume', 'v0', x'00')")  # fmt: skip
        assert len(cache) == 2
    with AnalysisCache(tmp_path) as cache:
        assert len(cache) == 1


def test_cache_keeps_posting_kind() -> None:
    doc = Document(source="p.txt", format="txt", text="We need SQL")
    posting = Analysis(Posting(document=doc, title="Analyst"))
    assert Analysis.from_dict(json.loads(json.dumps(posting.to_dict()))) == posting


def test_analysis_version_depends_on_taxonomy(tmp_path: Path) -> None:
    one = _touch(tmp_path / "t1.json", "{}")
    two = _touch(tmp_path / "t2.json", '{"x": 1}')
    assert analysis_version(str(one)) != analysis_version(str(two))


def test_journal_survives_a_cut_line_and_resets_on_new_fingerprint(
    tmp_path: Path,
) -> None:
    out = str(tmp_path / "scores.csv")
    journal = Journal(out, "v1")
    journal.append([{"resume": "r", "posting": "p1", "score": 1.0}])
    journal.close()
    with journal.path.open("a") as fh:
        fh.write('{"resume": "r", "posting": "p2", "sc')  # killed mid-write
    assert [r["posting"] for r in Journal(out, "v1").load()] == ["p1"]
    again = Journal(out, "v1")
    again.append([{"resume": "r", "posting": "p3", "score": 2.0}])
    again.close()
    assert [r["posting"] for r in Journal(out, "v1").load()] == ["p1", "p3"]
    assert Journal(out, "v2").load() == []  # other versions: start again
    assert not journal.path.exists()


ROWS = [
    {
        "resume": "r1.pdf",
        "posting": "p1.docx",
        "posting_title": "Nurse",
        "score": 71.5,
        "components": {"skills": 60.0, "title": 100.0},
        "matched": 5,
        "missing": 2,
        "top_missing": ["IV therapy", "BLS"],
        "warnings": ["resume:W103", "posting:W301"],
    }
]


def test_csv_rows_flatten_components_and_missing() -> None:
    text = render_rows(ROWS, "csv")
    header, line = text.splitlines()
    assert header.split(",")[:6] == [
        "resume",
        "posting",
        "posting_title",
        "score",
        "skills",
        "title",
    ]
    assert header.endswith(",top_missing,warnings")
    assert line.endswith("5,2,IV therapy; BLS,resume:W103; posting:W301")


def test_write_outputs_json_and_stale_errors_file(tmp_path: Path) -> None:
    out = str(tmp_path / "scores.json")
    errors = [{"path": "bad.pdf", "kind": "resume", "code": "E105", "message": "x"}]
    files = write_outputs(
        out, "json", ROWS, {"by_posting": {}, "by_resume": {}}, errors, {"pairs": 1}
    )
    data = json.loads(Path(out).read_text())
    assert data["kind"] == "batch" and data["rows"] == ROWS
    assert files["errors"] == str(sibling(out, "errors.jsonl"))
    write_outputs(out, "json", ROWS, {"by_posting": {}, "by_resume": {}}, [], {})
    assert not sibling(out, "errors.jsonl").exists()


def test_outputs_are_ordinary_files_not_private_temp_files(tmp_path: Path) -> None:
    import os

    out = tmp_path / "scores.csv"
    write_outputs(str(out), "csv", ROWS, {"by_posting": {}, "by_resume": {}}, [], {})
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_analysis_version_depends_on_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two checkouts of one version must not share analyses (issue 16, round 2: the
    dev-set figures were read from another branch's cached analyses)."""
    import gapcheck.batch.cache as cache_module

    code = tmp_path / "gapcheck" / "batch"
    code.mkdir(parents=True)
    (code / "cache.py").write_text("x = 1\n")
    monkeypatch.setattr(cache_module, "__file__", str(code / "cache.py"))
    analysis_version.cache_clear()
    before = analysis_version()
    (tmp_path / "gapcheck" / "extract.py").write_text("y = 2\n")
    analysis_version.cache_clear()
    after = analysis_version()
    analysis_version.cache_clear()
    assert before != after
