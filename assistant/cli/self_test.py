"""``assistant self-test``: one whole turn with no microphone or speaker.

A typed question goes through the real skills and the real language model, the reply
is spoken by the real voice into a WAV file, and the speech-to-text model listens to
that file to check the voice said the answer. It is how a packaged app is checked on a
machine without sound, and how a user checks an install in one command.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from hearth.assistant.audio.signal import rms, write_wav
from hearth.assistant.bundle import as_typed
from hearth.assistant.errors import AssistantError

if TYPE_CHECKING:
    from hearth.assistant.runtime import Assistant

SKILL_QUESTION = "What is twelve times twelve?"
SKILL_ANSWER = "144"
LLM_QUESTION = "Say hello to me in one short sentence."
_GAP_S = 0.4


@dataclass
class Step:
    name: str
    ok: bool
    detail: str
    ms: float
    fix: str = ""

    def __post_init__(self) -> None:
        self.fix = as_typed(self.fix)  # "hearth doctor" in the packaged app


@dataclass
class SelfTest:
    steps: list[Step] = field(default_factory=list)
    output: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "output": self.output, "steps": [asdict(s) for s in self.steps]}


def _digits(text: str) -> str:
    return re.sub(r"[^0-9a-z ]", "", text.lower().replace(",", ""))


def run_self_test(output: Path | None, log: Callable[[Step], None] = lambda _s: None) -> SelfTest:
    """Run the turn; every step is recorded (and logged) even when an earlier one failed."""
    from hearth.assistant.runtime import Assistant  # loads the engines' modules: only now

    result = SelfTest()

    def step(name: str, action: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok, fix = action(), True, ""
        except AssistantError as exc:
            detail, ok, fix = exc.message, False, exc.fix
        except Exception as exc:  # a self-test reports what broke, it does not crash
            detail, ok = f"{type(exc).__name__}: {exc}", False
            fix = "Run with -v and report this problem."
        done = Step(name, ok, detail, round((time.perf_counter() - started) * 1000, 1), fix)
        result.steps.append(done)
        log(done)
        return ok

    holder: dict[str, Assistant] = {}
    if not step("start", lambda: _start(holder, Assistant)):
        return result
    assistant = holder["assistant"]
    replies: list[str] = []

    def skill_turn() -> str:
        turn = assistant.ask(SKILL_QUESTION, remember=False)
        replies.append(turn.reply)
        if SKILL_ANSWER not in turn.reply.replace(",", ""):
            raise AssistantError(
                f"'{SKILL_QUESTION}' was answered '{turn.reply}' (by {turn.handled_by}), "
                f"not {SKILL_ANSWER}.",
                "Check the skills: assistant skills list",
            )
        return f"'{SKILL_QUESTION}' -> '{turn.reply}' (skill: {turn.handled_by})"

    def llm_turn() -> str:
        turn = assistant.ask(LLM_QUESTION, remember=False)
        if turn.handled_by != "llm" or not turn.reply.strip():
            raise AssistantError(
                f"The language model gave no answer to '{LLM_QUESTION}' "
                f"(handled by {turn.handled_by}: '{turn.reply}').",
                "Check the language model: assistant doctor",
            )
        replies.append(turn.reply)
        return f"'{LLM_QUESTION}' -> '{turn.reply}' ({turn.tier} model, {turn.where})"

    step("skill answer", skill_turn)
    step("language model answer", llm_turn)
    if not replies:
        return result
    path = output or Path(tempfile.gettempdir()) / "hearth-self-test.wav"
    result.output = str(path)
    spoken: dict[str, object] = {}

    def speak() -> str:
        pieces = []
        rate = 0
        for reply in replies:
            audio, rate = assistant.speak(reply)
            pieces += [audio, np.zeros(int(rate * _GAP_S), dtype=np.float32)]
        audio = np.concatenate(pieces)
        level = rms(audio)
        if audio.size < rate * 0.5 or level < 0.005:
            raise AssistantError(
                f"The voice produced {audio.size / max(rate, 1):.1f} s of audio at level "
                f"{level:.4f}: that is silence.",
                "Check the voice model: assistant doctor --full",
            )
        write_wav(path, audio, rate)
        spoken["seconds"] = audio.size / rate
        return f"{audio.size / rate:.1f} s of speech written to {path}"

    if not step("speech to a file", speak):
        return result

    def listen_back() -> str:
        heard = assistant.transcribe_file(path).text
        words = _digits(heard)
        if SKILL_ANSWER not in words and "hundred" not in words:
            raise AssistantError(
                f"Listening to {path}, speech to text heard '{heard}', without the answer "
                f"{SKILL_ANSWER}.",
                "Listen to the file; check the voice and speech models: assistant doctor --full",
            )
        return f"heard back: '{heard.strip()}'"

    step("speech heard back", listen_back)
    return result


def _start(holder: dict[str, Assistant], factory: Callable[[], Assistant]) -> str:
    assistant = factory()
    holder["assistant"] = assistant
    infos = assistant.skill_infos
    loaded = sum(1 for i in infos if i.state == "enabled")
    broken = [i.name for i in infos if i.state == "error"]
    extra = f"; not loaded (broken): {', '.join(broken)}" if broken else ""
    return f"{loaded} skills loaded{extra}"


def main(output: Path | None, as_json: bool) -> int:
    def show(s: Step) -> None:
        if not as_json:
            print(f"{'ok ' if s.ok else 'BAD'}  {s.name} ({s.ms:.0f} ms): {s.detail}")
            if s.fix:
                print(f"     fix: {s.fix}")

    outcome = run_self_test(output, show)
    if as_json:
        print(json.dumps(outcome.to_dict(), ensure_ascii=False))
    else:
        print("\nSelf-test passed." if outcome.ok else "\nSelf-test FAILED; the fixes are above.")
    return 0 if outcome.ok else 1
