"""``assistant eval``: score chat models on questions a voice assistant gets.

Each question in the ``.jsonl`` file has ``accept`` and ``reject`` regular
expressions; an answer is correct when one ``accept`` pattern and no ``reject``
pattern matches it. Every model answers through the same router, prompt and
reply shortening the assistant uses, once as the language model alone and once
behind the built-in skills (what a user actually gets).
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearth.assistant import models
from hearth.assistant.config import SkillsConfig, load_config
from hearth.assistant.engines.llm import LlamaCppChat
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.understanding.router import Router

DEFAULT_QUESTIONS = (
    Path(__file__).resolve().parents[2] / "assets" / "eval" / "assistant_questions.jsonl"
)
_UNSPEAKABLE = re.compile(r"[*#`|\[\]]|^\s*[-•]\s", re.M)


@dataclass
class Question:
    id: str
    category: str
    question: str
    accept: list[str]
    reject: list[str] = field(default_factory=list)

    def is_correct(self, answer: str) -> bool:
        return any(re.search(p, answer, re.I) for p in self.accept) and not any(
            re.search(p, answer, re.I) for p in self.reject
        )


def load_questions(path: Path | None = None) -> list[Question]:
    path = path or DEFAULT_QUESTIONS
    if not path.is_file():
        raise AssistantError(
            f"There is no question file at {path}.",
            "Pass one with --questions FILE.jsonl (see assets/eval/).",
        )
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [Question(**row) for row in rows]


def evaluate_model(spec: str, questions: list[Question]) -> dict:
    config = load_config()
    resolved = models.resolve_spec("llm", spec)
    chat = LlamaCppChat(resolved, config.llm)
    llm_only = Router([], lambda: chat, config=config.llm)
    from hearth.skills import builtin_skills

    # The skills answer as they would for a user, but keep nothing (a scratch data folder).
    scratch = tempfile.TemporaryDirectory()
    host = SkillHost(builtin_skills(), SkillsConfig(llm_tools=False), Path(scratch.name))
    answers: list[dict[str, Any]] = []
    for q in questions:
        result = llm_only.route(q.question)
        skill_reply = None
        match = host.match(q.question)
        if match is not None:
            skill_reply = host.run_match(match, q.question).reply
            host.clear_pending()
        t = result.timings_ms
        gen_s = (t["llm_total"] - t["llm_first_token"]) / 1000
        answers.append(
            {
                "id": q.id,
                "category": q.category,
                "question": q.question,
                "answer": result.reply,
                "correct": q.is_correct(result.reply),
                "with_skills_correct": q.is_correct(skill_reply if skill_reply else result.reply),
                "skill_answered": skill_reply is not None,
                "words": len(result.reply.split()),
                "speakable": not _UNSPEAKABLE.search(result.reply),
                "first_token_ms": round(t["llm_first_token"], 1),
                "tokens_per_s": round((t["llm_tokens"] - 1) / gen_s, 1) if gen_s > 0 else None,
            }
        )
    scratch.cleanup()
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for a in answers:
        by_cat[a["category"]].append(a["correct"])
    n = len(answers)
    rates = [a["tokens_per_s"] for a in answers if a["tokens_per_s"]]
    return {
        "model": resolved.name,
        "prompt_style": chat.prompt_style,
        "questions": n,
        "load_ms": round(chat.load_ms, 1),
        "accuracy": round(sum(a["correct"] for a in answers) / n, 3),
        "accuracy_with_skills": round(sum(a["with_skills_correct"] for a in answers) / n, 3),
        "by_category": {c: round(sum(v) / len(v), 3) for c, v in sorted(by_cat.items())},
        "mean_words": round(statistics.mean(a["words"] for a in answers), 1),
        "speakable": round(sum(a["speakable"] for a in answers) / n, 3),
        "first_token_ms_p50": round(statistics.median(a["first_token_ms"] for a in answers), 1),
        "tokens_per_s_median": round(statistics.median(rates), 1) if rates else None,
        "answers": answers,
    }


def run_eval(
    models: list[str] | None = None,
    questions: Path | None = None,
    as_json: bool = False,
    limit: int | None = None,
) -> int:
    from hearth.assistant.models import CATALOG

    specs = models or [m.id for m in CATALOG if m.kind == "llm"]
    qs = load_questions(questions)[:limit]
    results = []
    for spec in specs:
        started = time.perf_counter()
        result = evaluate_model(spec, qs)
        result["wall_s"] = round(time.perf_counter() - started, 1)
        results.append(result)
        if not as_json:
            _print_result(result)
    if as_json:
        print(json.dumps({"results": results}, ensure_ascii=False))
    elif len(results) > 1:
        best = max(results, key=lambda r: (r["accuracy"], -r["first_token_ms_p50"]))
        print(f"\nMost accurate: {best['model']} ({best['accuracy']:.0%} of {len(qs)} questions)")
    return 0


def _print_result(r: dict) -> None:
    cats = ", ".join(f"{c} {v:.0%}" for c, v in r["by_category"].items())
    print(
        f"{r['model']} ({r['prompt_style']} prompt): {r['accuracy']:.0%} correct alone, "
        f"{r['accuracy_with_skills']:.0%} behind the skills; {cats}"
    )
    print(
        f"  {r['mean_words']} words per answer, {r['speakable']:.0%} speakable, "
        f"first token {r['first_token_ms_p50']:.0f} ms (median), "
        f"{r['tokens_per_s_median']} tokens/s, loaded in {r['load_ms']:.0f} ms, "
        f"whole run {r['wall_s']} s"
    )
