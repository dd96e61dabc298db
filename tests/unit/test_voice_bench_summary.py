"""``bench --voice``'s summary: the figures issue 14 asks for, from the turns measured."""

from __future__ import annotations

from hearth.assistant.bench.voice import TurnMeasure, summarise


def turn(pipeline: str, ms: float | None, by: str = "llm") -> TurnMeasure:
    return TurnMeasure(clip="c.wav", pipeline=pipeline, latency_ms=ms, handled_by=by)


def test_the_summary_splits_the_model_turns_from_the_skills() -> None:
    summary = summarise(
        [
            turn("streaming", 900.0),
            turn("streaming", 1100.0),
            turn("streaming", 300.0, "timers"),
            turn("streaming", None, ""),  # nothing heard: failed, in no median
            turn("sequential", 1800.0),
            turn("sequential", 1000.0, "timers"),
        ]
    )
    streaming = summary["streaming"]
    assert streaming["turns"] == 3 and streaming["failed"] == 1
    assert streaming["p50_ms"] == 900.0
    assert streaming["by_handler_p50_ms"] == {"llm": 1000.0, "timers": 300.0}
    assert summary["sequential"]["by_handler_p50_ms"] == {"llm": 1800.0, "timers": 1000.0}
    assert summary["ratio_p50"] == round(900.0 / 1400.0, 2)
