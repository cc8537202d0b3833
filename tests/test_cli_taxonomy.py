"""`gapcheck taxonomy info|lookup|import` through Click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck.cli import main

HEADER = "# gapcheck-taxonomy 1\nname\tkind\tcategory\taliases\tbroader\timplies\n"
ONET = (
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\t"
    "In Demand\n"
    "11-1011.00\tTableau\t43232305\tBusiness intelligence and data analysis software"
    "\tY\tN\n"
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_help_shows_examples(runner):
    for args in (
        ["taxonomy", "--help"],
        ["taxonomy", "info", "--help"],
        ["taxonomy", "lookup", "--help"],
        ["taxonomy", "import", "esco", "--help"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "gapcheck taxonomy" in result.output


def test_info_text_and_json(runner):
    text = runner.invoke(main, ["taxonomy", "info"])
    assert text.exit_code == 0
    assert "Valid: yes" in text.output and "Soft skills" in text.output
    data = json.loads(
        runner.invoke(main, ["taxonomy", "info", "--format", "json"]).output
    )
    assert data["kind"] == "taxonomy-info" and data["valid"] is True
    assert data["skills"] == sum(f["skills"] for f in data["families"]) >= 3000
    assert set(data["by_type"]) == {"hard", "soft"}
    assert data["problems"] == []


def test_info_on_a_broken_taxonomy_lists_every_problem_and_exits_2(runner, tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "A\tmethod\ttechnical\t\tX\t\nB\tskill\ttechnical\t\t\t\n")
    result = runner.invoke(main, ["taxonomy", "info", "--taxonomy", str(bad)])
    assert result.exit_code == 2
    assert "NOT valid" in result.output and "unknown kind 'skill'" in result.output
    data = json.loads(
        runner.invoke(
            main, ["taxonomy", "info", "--taxonomy", str(bad), "--format", "json"]
        ).output
    )
    assert data["valid"] is False and data["problems"][0]["code"] == "E200"


def test_lookup_alias_phrase_and_unknown(runner):
    result = runner.invoke(main, ["taxonomy", "lookup", "k8s"])
    assert result.exit_code == 0
    assert "'k8s' is an alias of 'Kubernetes'" in result.output
    out = runner.invoke(main, ["taxonomy", "lookup", "ReactJS", "--format", "json"])
    data = json.loads(out.output)
    assert data["kind"] == "taxonomy-lookup" and data["skill"]["name"] == "React"
    assert "JavaScript" in data["implied"] and data["matched_as"] == "alias"
    phrase = runner.invoke(main, ["taxonomy", "lookup", "led a team of engineers"])
    assert "Team leadership" in phrase.output
    unknown = runner.invoke(main, ["taxonomy", "lookup", "zzqx"])
    assert unknown.exit_code == 0 and "not in the taxonomy" in unknown.output


def test_import_onet_writes_json_usable_with_taxonomy(runner, tmp_path):
    src = tmp_path / "Technology Skills.txt"
    src.write_text(ONET, encoding="utf-8")
    out = tmp_path / "onet.json"
    result = runner.invoke(
        main, ["taxonomy", "import", "onet", str(src), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output and "--taxonomy" in result.output
    lookup = runner.invoke(
        main, ["taxonomy", "lookup", "tableau", "--taxonomy", str(out)]
    )
    assert "Business intelligence and data analysis software" in lookup.output
    assert "hot-technology" in lookup.output


def test_import_default_output_goes_to_user_data_dir(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    src = tmp_path / "t.txt"
    src.write_text(ONET, encoding="utf-8")
    result = runner.invoke(
        main, ["taxonomy", "import", "onet", str(src), "--format", "json"]
    )
    data = json.loads(result.output)
    assert data["kind"] == "taxonomy-import" and data["skills"] == 2
    assert Path(data["output"]) == tmp_path / "data/gapcheck/taxonomies/onet.json"
    assert Path(data["output"]).is_file()


def test_import_wrong_file_is_one_line_and_exit_2(runner, tmp_path):
    src = tmp_path / "skills.csv"
    src.write_text("conceptType,conceptUri\na,b\n", encoding="utf-8")
    result = runner.invoke(
        main, ["taxonomy", "import", "esco", str(src), "-o", str(tmp_path / "x.json")]
    )
    assert result.exit_code == 2
    assert "not ESCO's skills_en.csv" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.json").exists()
