"""``assistant eval --memory``: does what the user asked Hearth to remember come back
when, and only when, it should?

Each line of ``assets/eval/memory.jsonl`` is one of:

- ``{"remember": ..., "ask": [...], "expect": "B12"}``: a fact said one way, asked for
  other ways. An ask is *recalled* when the memory skill's reply holds ``expect``, *given
  to the model* when it went to the language model with the fact in its prompt, and a
  *miss* otherwise (a *wrong* one when a reply or the prompt held another fact);
- ``{"remember": ..., "forget": "forget my parking spot", "expect": "B12"}``: the
  question names the fact, and after "yes" it is gone;
- ``{"ask": [...], "expect": "unknown"}``: about the user, never told: the skill says
  so and no fact is offered;
- ``{"ask": [...], "expect": null}``: not about the user at all: no memory reply and
  nothing remembered in the prompt.

Asks are scored twice: *alone* (the one fact in a fresh memory) and *together* (every
fact remembered at once, the others as distractors). Everything goes through the real
router and skills (the phrases, then the memory hook of the language model's prompt), with
a scripted model instead of a real one: this measures finding the fact, not using it.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.config import Config
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.user_facts import LABEL


@dataclass
class Case:
    remember: str | None
    asks: list[str]
    expect: str | None
    forget: str | None = None


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, outcome: str, note: str = "") -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if note:
            self.misses.append(note)


def load_cases(path: Path | None = None) -> list[Case]:
    def parse(row: dict[str, Any]) -> Case:
        asks = row.get("ask", [])
        return Case(
            row.get("remember"),
            [asks] if isinstance(asks, str) else list(asks),
            row["expect"],
            row.get("forget"),
        )

    return load_jsonl(
        path,
        "memory.jsonl",
        "memory",
        parse,
        '{"remember": "...", "ask": ["..."], "expect": "..." or null}',
    )


class _Probe:
    """An assistant with every built-in skill, its own data folder and a scripted model
    that records the prompts."""

    def __init__(self, root: Path) -> None:
        from hearth.skills import builtin_skills

        config = Config()
        config.skills.llm_tools = False
        self.model = ScriptedChat(["(a scripted answer)"])
        self.assistant = Assistant(config, skills=builtin_skills(), data_root=root)
        self.assistant.use(llm=self.model)

    def say(self, text: str) -> tuple[str, str, list[str]]:
        """(who answered, the reply, the facts the model was given)."""
        before = len(self.model.calls)
        result = self.assistant.ask(text, remember=False)
        facts: list[str] = []
        if len(self.model.calls) > before:
            for message in self.model.calls[-1]:
                if message.role == "system" and message.content.startswith(LABEL):
                    facts = message.content.splitlines()[1:]
        return result.handled_by, result.reply, facts

    def forget_everything(self) -> None:
        self.assistant.memories().clear()

    def close(self) -> None:
        self.assistant.close()


def _score_ask(probe: _Probe, text: str, expect: str | None, tally: Tally) -> None:
    who, reply, facts = probe.say(text)
    if expect is None:
        if who == "memory" or facts:
            tally.add("false", f"{text!r}: {who} said {reply!r}, prompt facts {facts}")
        else:
            tally.add("left_alone")
        return
    if expect == "unknown":
        if (who == "memory" and "haven't told me" in reply) or (who == "llm" and not facts):
            tally.add("said_unknown")
        else:
            tally.add("unknown_wrong", f"{text!r}: {who} said {reply!r}, prompt facts {facts}")
        return
    wanted = expect.lower()
    if who == "memory" and wanted in reply.lower():
        tally.add("recalled")
    elif who == "llm" and any(wanted in f.lower() for f in facts):
        tally.add("given_to_model")
    elif (who == "memory" and "haven't told me" not in reply) or facts:
        tally.add("wrong", f"{text!r}: {who} said {reply!r}, prompt facts {facts}")
    else:
        tally.add("missed", f"{text!r}: {who} said {reply!r}")


def _score_forget(probe: _Probe, case: Case, tally: Tally) -> None:
    assert case.remember and case.forget and case.expect
    probe.say(case.remember)
    _, question, _ = probe.say(case.forget)
    everything = "everything" in case.forget.lower()
    named = case.expect.lower() in question.lower() or (everything and "Forget" in question)
    probe.say("yes")
    gone = not any(
        case.expect.lower() in fact.text.lower() for fact in probe.assistant.memories().all()
    )
    if named and gone:
        tally.add("forgotten")
    else:
        tally.add("not_forgotten", f"{case.forget!r}: asked {question!r}, gone: {gone}")


def evaluate(cases: list[Case], root: Path) -> dict[str, Any]:
    probe = _Probe(root)
    alone, together, forgetting = Tally(), Tally(), Tally()
    taken = Tally()
    try:
        for case in cases:
            probe.forget_everything()
            if case.forget:
                _score_forget(probe, case, forgetting)
                continue
            if case.remember:
                who, reply, _ = probe.say(case.remember)
                ok = who == "memory" and reply.startswith("Okay, I'll remember")
                taken.add("kept" if ok else "not_kept", "" if ok else f"{case.remember!r}: {reply}")
            for ask in case.asks:
                _score_ask(probe, ask, case.expect, alone)
        probe.forget_everything()
        for case in cases:
            if case.remember and not case.forget:
                probe.say(case.remember)
        for case in cases:
            if not case.forget:
                for ask in case.asks:
                    _score_ask(probe, ask, case.expect, together)
    finally:
        probe.close()
    return {
        "facts": sum(1 for c in cases if c.remember and not c.forget),
        "remembered": taken.counts,
        "alone": _summary(alone),
        "together": _summary(together),
        "forget": _summary(forgetting),
        "misses": {"remember": taken.misses, "alone": alone.misses, "together": together.misses}
        | {"forget": forgetting.misses},
    }


def _summary(tally: Tally) -> dict[str, Any]:
    total = sum(tally.counts.values())
    return {"cases": total, **tally.counts}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


def run_memory_eval(path: Path | None = None, as_json: bool = False) -> int:
    cases = load_cases(path)
    with tempfile.TemporaryDirectory() as scratch:
        report = evaluate(cases, Path(scratch))
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    kept = report["remembered"]
    print(f"{report['facts']} facts: {kept.get('kept', 0)} taken by the memory skill")
    for mode in ("alone", "together"):
        row = report[mode]
        asked = row.get("recalled", 0) + row.get("given_to_model", 0)
        asked += row.get("wrong", 0) + row.get("missed", 0)
        unknown = row.get("said_unknown", 0) + row.get("unknown_wrong", 0)
        plain = row.get("left_alone", 0) + row.get("false", 0)
        print(
            f"{mode:>8}: {asked} questions: "
            f"{_pct(row.get('recalled', 0) + row.get('given_to_model', 0), asked)} found "
            f"({row.get('recalled', 0)} recalled by the skill, {row.get('given_to_model', 0)} "
            f"given to the model), {row.get('wrong', 0)} wrong, {row.get('missed', 0)} missed; "
            f"never told: {row.get('said_unknown', 0)} of {unknown} said so; "
            f"not about you: {row.get('false', 0)} of {plain} got a memory"
        )
    forget = report["forget"]
    print(f"  forget: {forget.get('forgotten', 0)} of {forget['cases']} named and forgotten")
    for mode, notes in report["misses"].items():
        for note in notes:
            print(f"  {mode} miss: {note}")
    return 0
