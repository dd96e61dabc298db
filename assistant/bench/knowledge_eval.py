"""``assistant eval --knowledge``: how well questions find their encyclopedia article,
and how rarely anything else is answered from one.

Each line of ``assets/eval/knowledge.jsonl`` (``knowledge_es.jsonl``, ``knowledge_fr.jsonl``
with ``--language``) is a question in a natural wording with
the article it is about (``expect``: a title, or a list of titles that would all do),
and ``keywords``, one of which a right answer contains (``age:1889``: the years since
1889); or ``expect: null`` for a request that must not be answered from the
encyclopedia (skills, chit-chat, live data, things it does not know). Reported:

- retrieval: hit@1 and hit@3 of the ranking, and how often the answer would be
  grounded, in the right article or a wrong one;
- false grounding on the nulls, as the assistant decides (skills and control words
  first) and by the encyclopedia's search alone;
- retrieval time (p50/p95) and the index's build time, load time and memory.

``--llm`` also answers the questions with the configured language model, grounded and
not, and scores the answers by their keywords.
"""

from __future__ import annotations

import datetime
import json
import re
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.config import SkillsConfig, load_config
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.knowledge import Knowledge
from hearth.assistant.understanding.grounding import Grounding
from hearth.assistant.understanding.router import Router

TIMING_ROUNDS = 3


@dataclass
class Case:
    text: str
    expect: list[str] | None
    keywords: list[str] = field(default_factory=list)


def default_file(language: str = "en") -> str:
    """The evaluation set of ``language``: ``knowledge.jsonl``, ``knowledge_es.jsonl``..."""
    return "knowledge.jsonl" if language == "en" else f"knowledge_{language}.jsonl"


def load_cases(path: Path | None = None, language: str = "en") -> list[Case]:
    def parse(row: dict[str, Any]) -> Case:
        expect = row["expect"]
        titles = None if expect is None else [expect] if isinstance(expect, str) else expect
        return Case(str(row["text"]), titles, list(row.get("keywords", [])))

    return load_jsonl(
        path,
        default_file(language),
        "knowledge",
        parse,
        '{"text": "...", "expect": "Title" or ["Title", ...] or null, "keywords": ["..."]}',
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure_index(cache: Path, language: str = "en") -> tuple[Knowledge, dict[str, Any]]:
    """Build ``language``'s index afresh in ``cache`` and load it again: times and memory."""
    before, peak_before = _rss_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    built = Knowledge(cache=cache, language=language)
    if not built.wait(120):
        raise built.error or AssistantError("The encyclopedia did not load in two minutes.")
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    built_mb = _rss_mb() - before
    loaded = Knowledge(cache=cache, language=language)
    loaded.wait(120)
    index = loaded.index
    assert index is not None and built.index is not None
    return loaded, {
        "articles": index.size,
        "build_s": round(built.index.build_s or 0.0, 2),
        "first_load_s": round(built.load_s or 0.0, 2),
        "cached_load_s": round(loaded.load_s or 0.0, 3),
        "index_mb": round(index.path.stat().st_size / 1e6, 1),
        "rss_after_build_mb": round(built_mb, 1),
        "peak_rss_growth_mb": round(max(0.0, peak), 1),
        "rss_cached_load_mb": _cached_load_rss(cache, language),
    }


_CACHED_LOAD = """
import sys
from pathlib import Path
from hearth.assistant.bench.knowledge_eval import _rss_mb
from hearth.assistant.knowledge import Knowledge
before = _rss_mb()
knowledge = Knowledge(cache=Path(sys.argv[1]), language=sys.argv[2])
knowledge.wait(120)
knowledge.find(sys.argv[3])
print(round(_rss_mb() - before, 1))
"""
_SAMPLE = {
    "en": "who was Marie Curie",
    "es": "quién fue Marie Curie",
    "fr": "qui était Marie Curie",
}


def _cached_load_rss(cache: Path, language: str = "en") -> float | None:
    """Memory a fresh process holds once the cached index is loaded and searched."""
    import subprocess
    import sys

    try:
        out = subprocess.run(
            [sys.executable, "-c", _CACHED_LOAD, str(cache), language, _SAMPLE[language]],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return float(out.stdout.split()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def _correct(reply: str, keywords: list[str], today: datetime.date) -> bool:
    """Whether a keyword starts a word of ``reply`` ("radioactiv" fits "radioactivity",
    "au" does not fit "because")."""
    wanted: list[str] = []
    for word in keywords:
        if word.startswith("age:"):
            years = today.year - int(word[4:])
            wanted += [f"{years:,}", str(years), f"{years - 1:,}", str(years - 1)]
        else:
            wanted.append(word)
    return any(re.search(r"(?<![\w.,])" + re.escape(w), reply, re.IGNORECASE) for w in wanted)


def evaluate(
    cases: list[Case], knowledge: Knowledge, router: Router, language: str = "en"
) -> dict[str, Any]:
    """Score ``cases``, asked in ``language``: ``router`` decides what the skills take
    first (nothing runs)."""
    rows = []
    times: list[float] = []
    for case in cases:
        timings = []
        for _ in range(TIMING_ROUNDS):
            started = time.perf_counter()
            finding = knowledge.find(case.text)
            timings.append((time.perf_counter() - started) * 1000)
        times.append(statistics.median(timings))
        plan = router.plan(case.text, language=language)
        passage = finding.passage.title if finding.passage else None
        rows.append(
            {
                "text": case.text,
                "expect": case.expect,
                "ranked": finding.ranked[:3],
                "passage": passage,
                "plan": plan,
                "grounded": passage if plan in ("llm_tool", "llm_chat") else None,
                "why": finding.why,
            }
        )
    positives = [r for r in rows if r["expect"]]
    nulls = [r for r in rows if not r["expect"]]

    def pct(items: list[dict[str, Any]], test: Any) -> float:
        return round(100 * sum(1 for r in items if test(r)) / len(items), 1) if items else 0.0

    return {
        "language": language,
        "cases": len(rows),
        "questions": len(positives),
        "nulls": len(nulls),
        "hit_at_1_pct": pct(positives, lambda r: set(r["ranked"][:1]) & set(r["expect"])),
        "hit_at_3_pct": pct(positives, lambda r: set(r["ranked"][:3]) & set(r["expect"])),
        "grounded_right_pct": pct(positives, lambda r: r["grounded"] in r["expect"]),
        "grounded_wrong_pct": pct(
            positives, lambda r: r["grounded"] and r["grounded"] not in r["expect"]
        ),
        "not_grounded_pct": pct(positives, lambda r: not r["grounded"]),
        "false_grounding_pct": pct(nulls, lambda r: r["grounded"]),
        "false_grounding_search_alone_pct": pct(nulls, lambda r: r["passage"]),
        "retrieval_ms": {
            "p50": round(_percentile(times, 0.5), 2),
            "p95": round(_percentile(times, 0.95), 2),
            "max": round(max(times), 2),
        },
        "rows": rows,
    }


def answer(
    cases: list[Case], router: Router, plain: Router, language: str = "en"
) -> dict[str, Any]:
    """The language model's answers to the questions (not the nulls), with the passage
    and without, asked for in ``language``, scored by keywords."""
    today = datetime.date.today()
    rows: list[dict[str, Any]] = []
    for case in cases:
        if not case.expect:
            continue
        grounded = router.chat(case.text, language=language)
        alone = plain.chat(case.text, language=language)
        source = grounded.source["title"] if grounded.source else None
        rows.append(
            {
                "text": case.text,
                "source": source,
                "answer": grounded.reply,
                "right": _correct(grounded.reply, case.keywords, today),
                "plain_answer": alone.reply,
                "plain_right": _correct(alone.reply, case.keywords, today),
                "first_token_ms": round(grounded.timings_ms.get("llm_first_token", 0.0), 1),
                "plain_first_token_ms": round(alone.timings_ms.get("llm_first_token", 0.0), 1),
                "total_ms": round(grounded.timings_ms.get("total", 0.0), 1),
            }
        )
    grounded_rows = [r for r in rows if r["source"]]

    def pct(items: list[dict[str, Any]], key: str) -> float | None:
        return round(100 * sum(1 for r in items if r[key]) / len(items), 1) if items else None

    first = [r["first_token_ms"] for r in grounded_rows] or [0.0]
    plain_first = [r["plain_first_token_ms"] for r in grounded_rows] or [0.0]
    return {
        "answered": len(rows),
        "right_pct": pct(rows, "right"),
        "plain_right_pct": pct(rows, "plain_right"),
        "grounded": len(grounded_rows),
        "grounded_right_pct": pct(grounded_rows, "right"),
        "grounded_plain_right_pct": pct(grounded_rows, "plain_right"),
        "grounded_first_token_ms": {
            "p50": round(_percentile(first, 0.5), 1),
            "p95": round(_percentile(first, 0.95), 1),
        },
        "plain_first_token_ms": {
            "p50": round(_percentile(plain_first, 0.5), 1),
            "p95": round(_percentile(plain_first, 0.95), 1),
        },
        "rows": rows,
    }


def run_knowledge_eval(
    path: Path | None = None,
    with_llm: bool = False,
    as_json: bool = False,
    limit: int | None = None,
    language: str = "en",
) -> int:
    from hearth.assistant.knowledge.data import EDITIONS
    from hearth.skills import builtin_skills

    if language not in EDITIONS:
        raise AssistantError(
            f"There is no offline encyclopedia in {language!r}.",
            f"Pick one of: {', '.join(EDITIONS)}.",
        )
    cases = load_cases(path, language)[:limit]
    config = load_config()
    with tempfile.TemporaryDirectory() as scratch:
        knowledge, index = measure_index(Path(scratch) / "cache", language)
        settings = SkillsConfig(llm_tools=False)
        settings.mqtt.host = "127.0.0.1"  # as if set up: its phrases match (nothing runs)
        host = SkillHost(builtin_skills(), settings, Path(scratch))

        def no_model() -> Any:
            raise AssistantError("No language model is used without --llm.")

        router = Router(host.skills, no_model, host=host, grounding=Grounding(knowledge))
        report = evaluate(cases, knowledge, router, language)
        report["index"] = index
        if with_llm:
            from hearth.assistant import models
            from hearth.assistant.engines.llm import LlamaCppChat

            model = LlamaCppChat(models.resolve(config, "llm"), config.llm)
            grounding = Grounding(knowledge)
            router = Router([], lambda: model, config=config.llm, host=host, grounding=grounding)
            plain = Router([], lambda: model, config=config.llm, host=host)
            report["llm"] = answer(cases, router, plain, language) | {"model": config.llm.model}
        host.close()
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    index, ms = report["index"], report["retrieval_ms"]
    print(
        f"{report['questions']} questions about things, {report['nulls']} requests that "
        f"must not be answered from the encyclopedia (language: {report['language']})"
    )
    print(
        f"retrieval: hit@1 {report['hit_at_1_pct']} %, hit@3 {report['hit_at_3_pct']} %; "
        f"grounded in the right article {report['grounded_right_pct']} %, in a wrong one "
        f"{report['grounded_wrong_pct']} %, not grounded {report['not_grounded_pct']} %"
    )
    print(
        f"false grounding on the nulls: {report['false_grounding_pct']} % "
        f"(search alone, without the skills first: "
        f"{report['false_grounding_search_alone_pct']} %)"
    )
    print(f"retrieval time: p50 {ms['p50']} ms, p95 {ms['p95']} ms, max {ms['max']} ms")
    print(
        f"index: {index['articles']} articles, built in {index['build_s']} s "
        f"({index['first_load_s']} s with checking the data), loaded from the cache in "
        f"{index['cached_load_s']} s; {index['index_mb']} MB on disk; memory: "
        f"+{index['rss_cached_load_mb']} MB for the cached index, building +"
        f"{index['peak_rss_growth_mb']} MB at its peak"
    )
    if "llm" in report:
        llm = report["llm"]
        print(
            f"answers ({llm['model']}): {llm['right_pct']} % right with the encyclopedia, "
            f"{llm['plain_right_pct']} % without; of the {llm['grounded']} grounded ones "
            f"{llm['grounded_right_pct']} % right ({llm['grounded_plain_right_pct']} % "
            f"without the passage); first token p50 {llm['grounded_first_token_ms']['p50']} "
            f"ms, p95 {llm['grounded_first_token_ms']['p95']} ms (without the passage: p50 "
            f"{llm['plain_first_token_ms']['p50']} ms, p95 {llm['plain_first_token_ms']['p95']} ms)"
        )
        for r in llm["rows"]:
            if not r["right"]:
                print(f"  wrong: {r['text']!r} [{r['source']}] -> {r['answer']!r}")
    misses = [
        r
        for r in report["rows"]
        if (r["expect"] and r["grounded"] not in r["expect"]) or (not r["expect"] and r["grounded"])
    ]
    if misses:
        print("\nmisses:")
        for r in misses:
            print(
                f"  {r['text']!r}: expected {r['expect']}, grounded in {r['grounded']} "
                f"({r['why'] or r['plan']}; ranked {r['ranked']})"
            )
