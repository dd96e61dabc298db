"""The event-loop stall figures ``assistant bench --ui`` reports."""

from hearth.ui.stall_bench import Gaps


def test_gap_summary() -> None:
    gaps = Gaps([10.0] * 98 + [30.0, 120.0])
    summary = gaps.summary()
    assert summary["ticks"] == 100
    assert summary["max_gap_ms"] == 120.0
    assert summary["p99_gap_ms"] == 120.0
    assert summary["median_gap_ms"] == 10.0
    assert summary["over_50ms"] == 1
    assert Gaps().summary() == {"ticks": 0}
