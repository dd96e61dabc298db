"""``assistant eval --intents``: how well requests reach the right skill.

Each line of ``assets/eval/intents.jsonl`` is a real-world phrasing that is not one
of the skills' examples, with the handler it should reach (``skill.handler``) or
``null`` for a near miss that must not trigger any skill ("what time does the bakery
open", "a timer is a kitchen tool"). Reported: accuracy of the deterministic phrases
alone and with the language model's tool path behind them, false triggers on near
misses, and the time the whole built-in routing takes (control words, phrases, the
live-data check and the tool gate: ``Router.plan``; p50/p95).
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import EVAL_DIR, load_jsonl
from hearth.assistant.config import SkillsConfig, load_config
from hearth.assistant.engines.llm import ChatModel
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.understanding.router import Router


def default_set(language: str = "en") -> Path:
    """The evaluation set of ``language``: ``intents.jsonl`` for English, else
    ``intents.<language>.jsonl`` beside it."""
    return EVAL_DIR / ("intents.jsonl" if language == "en" else f"intents.{language}.jsonl")


TIMING_ROUNDS = 5


@dataclass
class Case:
    text: str
    expect: str | None


def load_cases(path: Path | None = None) -> list[Case]:
    return load_jsonl(
        path,
        "intents.jsonl",
        "intent",
        lambda row: Case(str(row["text"]), row["expect"]),
        '{"text": "...", "expect": "skill.handler" or null}',
    )


def _no_model() -> ChatModel:
    raise AssertionError("routing is timed without a language model")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def evaluate(
    cases: list[Case], router: Router | None, host: SkillHost, language: str = "en"
) -> dict[str, Any]:
    """Score ``cases``; ``router`` (with a model) adds the tool path for the rest. Without
    a model it still reports which requests the keyword gate would offer it."""
    planner = Router(host.skills, _no_model, host=host)  # decides, never asks a model
    rows = []
    route_ms: list[float] = []
    tool_ms: list[float] = []
    for case in cases:
        timings = []
        match = None
        for _ in range(TIMING_ROUNDS):
            started = time.perf_counter()
            planner.plan(case.text, language=language)  # all of the built-in routing
            timings.append((time.perf_counter() - started) * 1000)
        match = host.match(case.text, language)
        route_ms.append(statistics.median(timings))
        deterministic = None
        if match is not None:
            deterministic = match.handler.name if match.handler else match.skill.name
        with_llm, why = deterministic, "intent" if deterministic else ""
        offered = planner.plan(case.text, language=language) == "llm_tool"
        if deterministic is None and router is not None:
            started = time.perf_counter()
            call, why = router.select_tool(case.text)
            if why != "no candidates":
                tool_ms.append((time.perf_counter() - started) * 1000)
            with_llm = call.name if call else None
        rows.append(
            {
                "text": case.text,
                "expect": case.expect,
                "deterministic": deterministic,
                "with_llm": with_llm,
                "llm": why,
                "offered_tools": offered,
            }
        )
    positives = [r for r in rows if r["expect"]]
    negatives = [r for r in rows if not r["expect"]]

    def share(items: list[dict[str, Any]], key: str, hit: Any) -> float:
        return round(100 * sum(1 for r in items if hit(r, key)) / len(items), 1) if items else 0.0

    def correct(r: dict[str, Any], key: str) -> bool:
        return bool(r[key] == r["expect"])

    def triggered(r: dict[str, Any], key: str) -> bool:
        return r[key] is not None

    def wrong(r: dict[str, Any], key: str) -> bool:
        return r[key] is not None and r[key] != r["expect"]

    report: dict[str, Any] = {
        "language": language,
        "cases": len(rows),
        "positives": len(positives),
        "near_misses": len(negatives),
        "deterministic": {
            "accuracy_pct": share(positives, "deterministic", correct),
            "wrong_skill_pct": share(positives, "deterministic", wrong),
            "false_trigger_pct": share(negatives, "deterministic", triggered),
        },
        "near_misses_offered_tools_pct": share(negatives, "offered_tools", lambda r, k: r[k]),
        "route_ms": {
            "p50": round(_percentile(route_ms, 0.5), 3),
            "p95": round(_percentile(route_ms, 0.95), 3),
            "max": round(max(route_ms), 3),
        },
        "rows": rows,
    }
    if router is not None:
        report["with_llm_tools"] = {
            "accuracy_pct": share(positives, "with_llm", correct),
            "wrong_skill_pct": share(positives, "with_llm", wrong),
            "false_trigger_pct": share(negatives, "with_llm", triggered),
            "asked_model": len(tool_ms),
            "tool_select_ms": {
                "p50": round(_percentile(tool_ms, 0.5), 1) if tool_ms else None,
                "p95": round(_percentile(tool_ms, 0.95), 1) if tool_ms else None,
            },
        }
    return report


_LOW_LEVEL_SKILL = """
from hearth.assistant.skill import Skill

class Echo(Skill):
    name = "echo"
    description = "Says back what follows 'echo'."

    def match(self, text):
        return {"words": text[5:]} if text.lower().startswith("echo ") else None

    def handle(self, slots, context):
        return slots["words"]
"""


def _with_third_party(cases: list[Case], settings: SkillsConfig, root: Path) -> dict[str, Any]:
    """Routing time of the same cases with third-party skills loaded, each in its own
    process: the installed packages, the example folder skill and one that matches with
    its own code (asked over a pipe on every utterance)."""
    from hearth.assistant.hosting.loader import load_skills, skills_folder
    from hearth.skills import builtin_skills

    folder = skills_folder(root)
    folder.mkdir(parents=True, exist_ok=True)
    examples = Path(__file__).resolve().parents[2] / "examples" / "skills-folder"
    for example in examples.glob("*.py"):
        (folder / example.name).write_text(example.read_text(encoding="utf-8"))
    (folder / "echo.py").write_text(_LOW_LEVEL_SKILL, encoding="utf-8")
    third = load_skills(settings, root, include=("entry_points", "folder")).skills
    host = SkillHost([*builtin_skills(), *third], settings, root)
    try:
        timed = evaluate(cases, None, host)["route_ms"]
    finally:
        host.close()
    return timed | {
        "skills": len(third),
        "low_level": sum(1 for s in third if s.uses_low_level_api()),
    }


def language_id_share(cases: list[Case], language: str) -> dict[str, float]:
    """How often the typed-text language id tells ``language`` from English (and from
    all four) on these sentences, in percent."""
    from hearth.assistant.understanding.language_id import detect_text_language

    def share(allowed: list[str]) -> float:
        right = sum(1 for c in cases if detect_text_language(c.text, allowed) == language)
        return round(100 * right / len(cases), 1) if cases else 0.0

    return {"with_english": share(["en", language]), "among_four": share(["en", "es", "fr", "de"])}


def run_intent_eval(
    path: Path | None = None,
    with_llm: bool = False,
    as_json: bool = False,
    limit: int | None = None,
    language: str = "en",
) -> int:
    from hearth.skills import builtin_skills

    cases = load_cases(path or default_set(language))[:limit]
    config = load_config()
    with tempfile.TemporaryDirectory() as scratch:
        # Every built-in skill, as if set up (a broker name nobody is asked for: nothing
        # runs, only matching and tool choice are measured).
        settings = SkillsConfig(llm_tools=True)
        settings.mqtt.host = "127.0.0.1"
        host = SkillHost(builtin_skills(), settings, Path(scratch))
        router = None
        if with_llm:
            from hearth.assistant import models
            from hearth.assistant.engines.llm import LlamaCppChat

            model = LlamaCppChat(models.resolve(config, "llm"), config.llm)
            router = Router(host.skills, lambda: model, config=config.llm, host=host)
        report = evaluate(cases, router, host, language)
        if language == "en":
            report["route_ms_with_third_party"] = _with_third_party(cases, settings, Path(scratch))
        report["language_id_pct"] = language_id_share(cases, language)
    report["model"] = config.llm.model if with_llm else None
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    det = report["deterministic"]
    print(f"{report['positives']} requests for skills, {report['near_misses']} near misses")
    print(
        f"deterministic phrases: {det['accuracy_pct']} % right, {det['wrong_skill_pct']} % "
        f"wrong skill, {det['false_trigger_pct']} % false triggers on near misses"
    )
    print(
        f"near misses the language model would be asked to turn into a skill (tool gate): "
        f"{report['near_misses_offered_tools_pct']} %"
    )
    print(
        f"routing time (built-in: phrases, live data, tool gate): "
        f"p50 {report['route_ms']['p50']} ms, p95 {report['route_ms']['p95']} ms"
    )
    third = report.get("route_ms_with_third_party")
    if third is not None:
        print(
            f"routing time with {third['skills']} third-party skills in their own processes "
            f"({third['low_level']} matched by their own code): p50 {third['p50']} ms, "
            f"p95 {third['p95']} ms, max {third['max']} ms"
        )
    ids = report["language_id_pct"]
    print(
        f"typed-text language id on these sentences ({language}): {ids['with_english']} % "
        f"right between English and {language}, {ids['among_four']} % among en/es/fr/de"
    )
    if "with_llm_tools" in report:
        llm = report["with_llm_tools"]
        print(
            f"with the language model's tools ({report['model']}): {llm['accuracy_pct']} % "
            f"right, {llm['wrong_skill_pct']} % wrong skill, {llm['false_trigger_pct']} % "
            f"false triggers; asked the model {llm['asked_model']} times, "
            f"p50 {llm['tool_select_ms']['p50']} ms, p95 {llm['tool_select_ms']['p95']} ms"
        )
    misses = [
        r
        for r in report["rows"]
        if (r["with_llm"] if with_llm else r["deterministic"]) != r["expect"]
    ]
    if misses:
        print("\nmisses:")
        for r in misses:
            got = r["with_llm"] if with_llm else r["deterministic"]
            print(f"  {r['text']!r}: expected {r['expect']}, got {got} {r['llm']}")
    return 0
