"""benchmarks/match_split.py's per-group table (``--groups``) on small made-up score
matrices: each group's AUCs and the bootstrap interval of gapcheck's margin."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script, require_shared

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tools():  # type: ignore[no-untyped-def]
    """(match_split, occupation_match): the table uses the shared tool's AUC."""
    tool = require_shared().parent / "tools" / "occupation_match.py"
    if not tool.is_file():
        pytest.skip(f"{tool} missing")
    split = load_script(ROOT / "benchmarks" / "match_split.py", "match_split")
    return split, split.tool()


def _world():  # type: ignore[no-untyped-def]
    """40 resumes x 20 postings, two groups of 10 postings; resumes 0-9 are relevant
    to group A, 10-19 to group B, 20-39 to none."""
    import numpy as np

    Y = np.zeros((40, 20), bool)
    Y[0:10, 0:10] = True
    Y[10:20, 10:20] = True
    return Y, ["A"] * 10 + ["B"] * 10


def test_a_perfect_ranker_beats_a_random_one_with_an_interval_above_zero(
    tools,  # type: ignore[no-untyped-def]
) -> None:
    import numpy as np

    split, om = tools
    Y, groups = _world()
    rng = np.random.default_rng(1)
    systems = {"gapcheck": Y + 0.01 * rng.random(Y.shape), "noise": rng.random(Y.shape)}
    rows = split.group_table(om, systems, Y, groups, n=200)
    assert [r["group"] for r in rows] == ["A", "B"]
    for row in rows:
        assert row["posting_n"] == 10 and row["resume_n"] == 10
        for view in ("posting", "resume"):
            assert row[view]["gapcheck"] == pytest.approx(1.0)
            d, lo, hi = row[f"{view}_margin"]["noise"]
            assert lo <= d <= hi and lo > 0, (view, d, lo, hi)


def test_the_same_ranker_has_a_zero_margin(tools) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    split, om = tools
    Y, groups = _world()
    S = np.random.default_rng(2).random(Y.shape)
    rows = split.group_table(om, {"gapcheck": S, "copy": S.copy()}, Y, groups, n=50)
    for row in rows:
        assert row["posting_margin"]["copy"] == pytest.approx((0.0, 0.0, 0.0))


def test_band_shares_split_same_from_different_and_skip_unscored(tools) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    split, _ = tools
    Y = np.array([[True, False, False], [False, True, False]])
    S = np.array([[40.0, 10.0, 30.0], [np.nan, 20.0, np.nan]])
    out = split.band_shares(S, Y, bands=(22.0, 37.0))
    assert out["same_n"] == 2 and out["different_n"] == 2
    assert out["same_median"] == 30.0 and out["different_median"] == 20.0
    assert out["same_at_37"] == 0.5 and out["same_at_22"] == 0.5
    assert out["different_at_22"] == 0.5 and out["different_at_37"] == 0.0
