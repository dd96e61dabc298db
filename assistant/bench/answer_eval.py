"""``assistant eval --answers``: whole answers to general questions, scored.

Each line of ``assets/eval/answers.jsonl`` is a question of one class (``fact``,
``howto``, ``chitchat``, ``live``, ``premise``, ``private``, ``arithmetic``, ``skill``),
the route it should take (``intent``, ``live_data``, ``llm_chat``), and how its answer is
scored: ``accept``/``reject`` regular expressions, or ``"honest"`` where the only right
answer is that it cannot be known (live data; the user's private life).

Every question goes through the real router, with the built-in skills (a scratch data
folder: nothing is kept) and the configured model, larger tier and tool setting, one
question at a time with no conversation before it. Each answer is:

- **right**: one ``accept`` pattern matches and no ``reject`` pattern; for an ``honest``
  question, it says it cannot know and gives no number the question did not contain;
- **honest**: not right, but it says it does not know (better than wrong);
- **wrong**: anything else.

A live-data question answered with anything but an honest "cannot know", or with a
number of its own, counts as **invented live data**.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.config import load_config

_HONEST = re.compile(
    r"\b(?:can(?:no|')t|can not|unable|not able|no way (?:for me )?to|don't|do not|"
    r"doesn't|does not|have no|haven't got|no access|without access|not possible|"
    r"not sure|not certain|i'm afraid)\b[^.?!]{0,80}\b(?:know|access|check|look|tell|"
    r"provide|give|get|predict|real[- ]?time|live|current|internet|online|up[- ]to[- ]date|"
    r"information|data|browse|offline|sure|see|say|remember|memory)|\boffline\b|"
    r"\bno (?:live|real[- ]?time|internet|current)\b|\bi don't know\b|\bnot (?:sure|certain)\b|"
    r"\bno idea\b|\b(?:haven't|have not|never) told me\b",
    re.I,
)
_PLANNED = {"knowledge": "llm_chat", "llm_tool": "llm_chat"}
"""The route ``Router.plan`` reports for a path taken: an answer from the encyclopedia is
the model's conversation, and a tool the model may or may not call is planned as it."""
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Item:
    id: str
    cls: str
    text: str
    route: str
    accept: list[str] | None
    """None: the right answer is an honest "cannot know"."""
    reject: list[str]


def load_items(path: Path | None = None) -> list[Item]:
    def parse(row: dict[str, Any]) -> Item:
        accept = None if row["accept"] == "honest" else [str(p) for p in row["accept"]]
        return Item(row["id"], row["class"], row["text"], row["route"], accept, row["reject"])

    return load_jsonl(
        path,
        "answers.jsonl",
        "answer",
        parse,
        '{"id", "class", "text", "route", "accept": [...] or "honest", "reject": [...]}',
    )


def is_honest(reply: str) -> bool:
    """The reply says it does not or cannot know."""
    return _HONEST.search(reply) is not None


def invented_numbers(reply: str, question: str) -> list[str]:
    """Numbers in the reply that the question did not contain."""
    said = set(_NUMBER.findall(question))
    return [n for n in _NUMBER.findall(reply) if n not in said]


def score(item: Item, reply: str) -> tuple[str, bool]:
    """(``right``, ``honest`` or ``wrong``; whether it invented live data)."""
    honest = is_honest(reply)
    if item.accept is None:
        right = honest and not invented_numbers(reply, item.text)
        return ("right" if right else "wrong"), item.cls == "live" and not right
    matched = any(re.search(p, reply, re.I) for p in item.accept)
    rejected = any(re.search(p, reply, re.I) for p in item.reject)
    if matched and not rejected:
        return "right", False
    return ("honest" if honest else "wrong"), False


def _shares(rows: list[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(r["outcome"] for r in rows)
    n = len(rows)
    return {
        "n": n,
        **{f"{k}_pct": round(100 * counts[k] / n, 1) if n else 0.0 for k in _OUTCOMES},
    }


_OUTCOMES = ("right", "honest", "wrong")


def evaluate(items: list[Item], route: Any, progress: Any = None) -> dict[str, Any]:
    """``route(text)`` answers one question (a ``TurnResult``); ``progress(line)`` hears
    each answer as it comes (a long run on a slow machine)."""
    rows = []
    for number, item in enumerate(items, 1):
        started = time.perf_counter()
        result = route(item.text)
        seconds = time.perf_counter() - started
        outcome, invented = score(item, result.reply)
        if progress is not None:
            progress(
                f"[{number}/{len(items)}] {outcome}, {result.path}: {item.text} -> {result.reply}"
            )
        rows.append(
            {
                "id": item.id,
                "class": item.cls,
                "text": item.text,
                "reply": result.reply,
                "outcome": outcome,
                "invented_live_data": invented,
                "expected_route": item.route,
                "path": result.path,
                "handled_by": result.handled_by,
                "tier": result.tier,
                "seconds": round(seconds, 2),
                "premise_false": result.premise,
                "premise_check_ms": result.timings_ms.get("premise_check"),
            }
        )
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_class[r["class"]].append(r)
        by_path[r["path"]].append(r)
    return {
        "questions": len(rows),
        **_shares(rows),
        "invented_live_data": sum(r["invented_live_data"] for r in rows),
        "route_as_expected_pct": round(
            100
            * sum(_PLANNED.get(r["path"], r["path"]) == r["expected_route"] for r in rows)
            / len(rows),
            1,
        )
        if rows
        else 0.0,
        "by_class": {c: _shares(v) for c, v in sorted(by_class.items())},
        "by_route": {p: _shares(v) for p, v in sorted(by_path.items())},
        "seconds_p50": round(statistics.median(r["seconds"] for r in rows), 2) if rows else 0,
        "premises": _premises(rows),
        "rows": rows,
    }


def _premises(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The premise check: how many questions it asked about, how many it found false
    (by class: a false alarm is a ``true_premise`` or any other class found false), and
    what one check cost."""
    checked = [r for r in rows if r["premise_check_ms"] is not None]
    found: Counter[str] = Counter(r["class"] for r in checked if r["premise_false"])
    return {
        "checked": len(checked),
        "found_false_by_class": dict(sorted(found.items())),
        "check_ms_p50": round(statistics.median(r["premise_check_ms"] for r in checked))
        if checked
        else None,
    }


def run_answer_eval(
    path: Path | None = None, as_json: bool = False, limit: int | None = None
) -> int:
    from hearth.assistant.runtime import Assistant
    from hearth.skills import builtin_skills

    items = load_items(path)[:limit]
    config = load_config()
    with tempfile.TemporaryDirectory() as scratch:
        assistant = Assistant(config, skills=builtin_skills(), data_root=Path(scratch))
        try:
            router = assistant.router
            router.warm_up()  # the system prompt cached, as in the app

            def route(text: str) -> Any:
                result = router.route(text)
                router.host.clear_pending()  # every question stands alone
                return result

            report = evaluate(items, route, lambda line: print(line, file=sys.stderr, flush=True))
        finally:
            assistant.close()
    report["model"] = config.llm.model
    report["larger_tier"] = config.llm.large.enabled
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    _print(report)
    return 0


def _line(name: str, s: dict[str, Any]) -> str:
    return (
        f"  {name:<12} {s['n']:>3}  right {s['right_pct']:>5} %  honest {s['honest_pct']:>5} %  "
        f"wrong {s['wrong_pct']:>5} %"
    )


def _print(r: dict[str, Any]) -> None:
    print(
        f"{r['questions']} questions, model {r['model']}"
        f"{' (larger tier on)' if r['larger_tier'] else ''}: right {r['right_pct']} %, "
        f"honest 'cannot know' {r['honest_pct']} %, wrong {r['wrong_pct']} %; "
        f"invented live data: {r['invented_live_data']}"
    )
    print(
        f"routed as expected: {r['route_as_expected_pct']} %; "
        f"{r['seconds_p50']} s per answer (median)"
    )
    p = r["premises"]
    if p["checked"]:
        print(
            f"premise check: {p['checked']} questions checked, found false "
            f"{p['found_false_by_class']}, {p['check_ms_p50']} ms per check (median)"
        )
    print("by class:")
    for name, shares in r["by_class"].items():
        print(_line(name, shares))
    print("by the route taken:")
    for name, shares in r["by_route"].items():
        print(_line(name, shares))
    misses = [row for row in r["rows"] if row["outcome"] != "right"]
    if misses:
        print("\nnot right:")
        for row in misses:
            print(f"  [{row['outcome']}, {row['path']}] {row['text']!r}: {row['reply']!r}")
