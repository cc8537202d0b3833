"""benchmarks/match_unseen.py's metric code on tiny made-up cases: relevance from the
labels, which queries count, per-query AUC, and gapcheck's paired margin with its
bootstrap interval."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script, require_shared

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tools():  # type: ignore[no-untyped-def]
    """(match_unseen, occupation_match): the AUC is the shared tool's."""
    tool = require_shared().parent / "tools" / "occupation_match.py"
    if not tool.is_file():
        pytest.skip(f"{tool} missing")
    mu = load_script(ROOT / "benchmarks" / "match_unseen.py", "match_unseen")
    return mu, mu.match_split.tool()


def test_relevance_uses_main_groups_unless_also_is_asked(tools) -> None:  # type: ignore[no-untyped-def]
    mu, _ = tools
    r = [("SOFTWARE",), ("DATA", "SOFTWARE"), ("HR",)]
    p = [("SOFTWARE",), ("DATA",), ("IT_OPS", "SOFTWARE")]
    assert mu.relevance(r, p).tolist() == [
        [True, False, False],
        [False, True, False],
        [False, False, False],
    ]
    assert mu.relevance(r, p, with_also=True).tolist() == [
        [True, False, True],
        [True, True, True],
        [False, False, False],
    ]


def test_merge_reads_several_groups_as_one(tools) -> None:  # type: ignore[no-untyped-def]
    mu, _ = tools
    merge = ["SOFTWARE,IT_OPS=ICT"]
    assert mu.merged(("IT_OPS", "SOFTWARE", "HR"), merge) == ("ICT", "HR")
    assert mu.merged(("HR",), merge) == ("HR",)
    r = [mu.merged(g, merge) for g in [("SOFTWARE",), ("IT_OPS",), ("HR",)]]
    assert mu.relevance(r, [mu.merged(("IT_OPS",), merge)]).tolist() == [
        [True],
        [True],
        [False],
    ]


def test_labels_are_read_with_their_also_groups(tools, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mu, _ = tools
    f = tmp_path / "labels.tsv"
    f.write_text(
        "kind\tname\tgroup\talso\tnote\nresume\ta\tSOFTWARE\tDATA|HR\tx\n"
        "posting\tnhs-1\tHR\t\ty\n",
        encoding="utf-8",
    )
    r, p = mu.read_labels(f)
    assert r == {"a": ("SOFTWARE", "DATA", "HR")} and p == {"nhs-1": ("HR",)}


def test_halves_split_by_the_sha1_of_the_file_stem(tools) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    mu, _ = tools
    names = [f"doc{k}.pdf" for k in range(40)] + ["nhs-916253914.txt"]
    for n in names:
        even = hashlib.sha1(Path(n).stem.encode()).digest()[0] % 2 == 0
        assert mu.in_half(n, "A") is even and mu.in_half(n, "B") is not even
        assert mu.in_half(n, None)
    a = [n for n in names if mu.in_half(n, "A")]
    assert 0 < len(a) < len(names)  # both halves hold documents
    # the stem decides, not the extension
    assert mu.in_half("x.pdf", "A") == mu.in_half("x.txt", "A")


def test_auc_per_query_and_queries_without_both_kinds_are_left_out(tools) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    mu, om = tools
    # 4 items x 3 queries. Query 0: relevant items 0, 2; one inversion (item 1 above
    # item 2) -> 3 of 4 pairs right. Query 1: all relevant -> unusable. Query 2: the
    # relevant item ranked last -> 0.
    Y = np.array([[1, 1, 0], [0, 1, 0], [1, 1, 0], [0, 1, 1]], bool)
    S = np.array([[4.0, 1, 9], [3, 2, 8], [2, 3, 7], [1, 4, 1]])
    a = mu.query_aucs(om, S, Y)
    assert a[0] == pytest.approx(0.75) and np.isnan(a[1]) and a[2] == pytest.approx(0.0)
    assert mu.usable(Y).tolist() == [True, False, True]
    row = mu.view_table(
        om, {"gapcheck": S, "flat": np.zeros_like(S)}, Y, np.ones(3, bool), n=50
    )
    assert row["n"] == 2
    assert row["aucs"]["gapcheck"] == pytest.approx(0.375) and row["aucs"][
        "flat"
    ] == pytest.approx(0.5)
    assert row["margins"]["flat"][0] == pytest.approx(-0.125)


def test_a_perfect_ranker_has_a_margin_above_zero_and_a_copy_a_zero_margin(
    tools,
) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    mu, om = tools
    Y = np.zeros((30, 6), bool)
    Y[0:10, 0:3] = True
    Y[10:20, 3:6] = True
    rng = np.random.default_rng(3)
    good = Y + 0.01 * rng.random(Y.shape)
    noise = rng.random(Y.shape)
    q = np.arange(6)
    d, lo, hi = mu.paired(om, good, noise, Y, q, n=200)
    assert lo <= d <= hi and lo > 0
    assert mu.paired(om, noise, noise.copy(), Y, q, n=50) == pytest.approx(
        (0.0, 0.0, 0.0)
    )
    d, lo, hi = mu.paired(om, noise, good, Y, q, n=200)
    assert hi < 0
