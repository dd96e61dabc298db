"""``assistant eval --live``: how well questions that need live data are recognised.

Each line of ``assets/eval/live_data.jsonl`` is a question with the live topic it asks
about (``weather``, ``markets``...) or ``null`` for a near miss that the language model
may answer ("what is the weather like on Mars", "why is the sky blue", "what's the news
about the Roman empire"). Reported: precision and recall of "needs live data", the
share of live questions given the expected topic, and the time one check takes.
No model is loaded. ``--language es`` (or fr, de) scores that language's set,
``assets/eval/live_data_es.jsonl``, in the same format.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.errors import AssistantError
from hearth.assistant.understanding.live_data import LANGUAGES, live_topic


def load_cases(path: Path | None = None, language: str = "en") -> list[tuple[str, str | None]]:
    """The cases of ``path``, or of ``language``'s set in ``assets/eval``."""
    return load_jsonl(
        path,
        "live_data.jsonl" if language == "en" else f"live_data_{language}.jsonl",
        "live-data",
        lambda row: (str(row["text"]), row["topic"]),
        '{"text": "...", "topic": "weather" (or another topic) or null}',
    )


def evaluate(cases: list[tuple[str, str | None]], language: str = "en") -> dict[str, Any]:
    rows, times = [], []
    for text, expected in cases:
        started = time.perf_counter()
        topic = live_topic(text, language=language)
        times.append((time.perf_counter() - started) * 1000)
        rows.append({"text": text, "expect": expected, "got": topic.name if topic else None})
    hits = [r for r in rows if r["expect"] and r["got"]]
    flagged = [r for r in rows if r["got"]]
    live = [r for r in rows if r["expect"]]
    return {
        "language": language,
        "cases": len(rows),
        "live": len(live),
        "near_misses": len(rows) - len(live),
        "precision_pct": round(100 * len(hits) / len(flagged), 1) if flagged else 0.0,
        "recall_pct": round(100 * len(hits) / len(live), 1) if live else 0.0,
        "same_topic_pct": round(100 * sum(r["got"] == r["expect"] for r in hits) / len(hits), 1)
        if hits
        else 0.0,
        "check_ms": {
            "p50": round(statistics.median(times), 3),
            "max": round(max(times), 3),
        },
        "rows": rows,
    }


def run_live_eval(
    path: Path | None = None, as_json: bool = False, limit: int | None = None, language: str = "en"
) -> int:
    if language not in LANGUAGES:
        raise AssistantError(
            f"Live questions are not recognised in {language!r}.",
            f"Pass --language with one of {', '.join(LANGUAGES)}.",
        )
    report = evaluate(load_cases(path, language)[:limit], language)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(
        f"{language}: {report['live']} questions needing live data, "
        f"{report['near_misses']} near misses"
    )
    print(
        f"precision {report['precision_pct']} %, recall {report['recall_pct']} %; "
        f"{report['same_topic_pct']} % of those found given the expected topic"
    )
    print(f"one check: p50 {report['check_ms']['p50']} ms, max {report['check_ms']['max']} ms")
    wrong = [r for r in report["rows"] if bool(r["got"]) != bool(r["expect"])]
    if wrong:
        print("\nmisses:")
        for r in wrong:
            print(f"  {r['text']!r}: expected {r['expect']}, got {r['got']}")
    return 0
