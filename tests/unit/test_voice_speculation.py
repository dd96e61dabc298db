"""Speculative replies: the voice loop prepares the language model's answer from the
early transcript while the pause is still being confirmed. Nothing of it may be shown,
played or kept unless the turn is confirmed, and nothing with side effects (a skill)
may run before. Driven with fakes: no devices, no models."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hearth.assistant.config import Config, SkillsConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.engines.stt import Transcript
from hearth.assistant.events import (
    AudioEnd,
    Event,
    Interrupted,
    ReplyText,
    SpeechEnd,
    StateChanged,
    TranscriptEvent,
)
from hearth.assistant.skill import Skill, SkillContext
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.router import Router
from hearth.assistant.voice.loop import VoiceLoop, _Turn


class Lamp(Skill):
    """A skill with a side effect: it counts how often it switched the lamp on."""

    name = "lamp"

    def __init__(self) -> None:
        self.switched = 0

    def match(self, text: str) -> dict[str, Any] | None:
        return {} if "lamp" in text.lower() else None

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str:
        self.switched += 1
        return "The lamp is on."


class FakeTTS:
    sample_rate = 16000

    def __init__(self) -> None:
        self.texts: list[str] = []

    def synthesize_all(self, text: str) -> np.ndarray:
        self.texts.append(text)
        return np.full(800, 0.1, dtype=np.float32)


class FakeSpeaker:
    rate = 16000
    busy = False

    def __init__(self) -> None:
        self.first_audio_at: float | None = None
        self.plays: list[int] = []

    def start_now(self) -> None:
        pass

    def play(self, audio: np.ndarray, tag: int, reference: bool = True) -> None:
        self.plays.append(tag)
        self.first_audio_at = time.monotonic()

    def played(self, tag: int) -> int:
        return 10**9 if tag in self.plays else 0

    def reset(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


class FakeAssistant:
    def __init__(self, router: Router) -> None:
        self.config = Config()
        self.router = router
        self.history: list[Message] = []
        self._tts = FakeTTS()

    def tts(self) -> FakeTTS:
        return self._tts

    def ask(
        self, text: str, on_token: Callable[[str], None] | None = None, remember: bool = True
    ) -> Any:
        return self.router.route(text, self.history, on_token)

    def subscribe(self, callback: Callable[[Event], None]) -> None:
        pass

    def unsubscribe(self, callback: Callable[[Event], None]) -> None:
        pass


class Rig:
    def __init__(self, reply: str = "Paris is the capital of France, a city on the Seine.") -> None:
        self.lamp = Lamp()
        self.chat = ScriptedChat([reply])
        router = Router([self.lamp], lambda: self.chat, skills_config=SkillsConfig(llm_tools=False))
        self.assistant = FakeAssistant(router)
        self.events: list[Event] = []
        self.loop = VoiceLoop(
            self.assistant,  # type: ignore[arg-type]
            self.events.append,
            activation="always",
            device_in="",
            device_out="",
        )
        self.speaker = FakeSpeaker()
        self.loop._speaker = self.speaker  # type: ignore[assignment]
        self.loop.devices_ok = True
        for target in (self.loop._turn_worker, self.loop._speak_worker):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self.loop._threads.append(thread)

    def held(self, text: str) -> _Turn:
        """What the listening thread does after ~100 ms of pause."""
        future: concurrent.futures.Future[Transcript] = concurrent.futures.Future()
        future.set_result(Transcript(text, "en", 1.0, 1.0, 1.0))
        turn = _Turn(
            self.loop._next_id(),
            audio=np.zeros(16000, dtype=np.float32),
            speculative=future,
            held=True,
        )
        self.loop._held = turn
        self.loop._turns.put(turn)
        return turn

    def confirm(self, turn: _Turn) -> None:
        """What the listening thread does when the end of the turn is confirmed."""
        now = time.monotonic()
        assert turn.audio is not None
        self.loop._end_utterance(
            [turn.audio], now - 1.0, now - 0.7, turn.speculative, False, held=turn
        )

    def wait(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, "timed out"
            time.sleep(0.01)

    def settle(self) -> None:
        self.wait(lambda: self.loop._current is None and self.loop._turns.empty())
        time.sleep(0.2)

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events if not isinstance(e, StateChanged)]

    def close(self) -> None:
        self.loop.stop()


@pytest.fixture
def rig() -> Any:
    made = Rig()
    yield made
    made.close()


def test_a_speculative_reply_is_prepared_but_not_played_or_shown(rig: Rig) -> None:
    rig.held("what is the capital of France")
    # The first piece is generated and synthesised while the pause is being confirmed...
    rig.wait(lambda: rig.assistant.tts().texts == ["Paris is the capital of France,"])
    time.sleep(0.2)
    # ...but nothing is played, reported or kept before the turn is confirmed.
    assert rig.speaker.plays == []
    assert rig.events == []
    assert rig.assistant.history == []


def test_a_speculative_reply_is_dropped_without_a_trace_when_speech_goes_on(rig: Rig) -> None:
    turn = rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.assistant.tts().texts))
    rig.loop._drop(turn)  # the user started talking again
    rig.settle()
    assert rig.speaker.plays == []
    assert rig.events == []  # no transcript, reply, state, interruption or audio events
    assert rig.assistant.history == []
    assert rig.assistant.router.last_reply == ""
    assert turn.cancelled


def test_a_confirmed_speculative_reply_plays_with_its_events_in_order(rig: Rig) -> None:
    turn = rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.assistant.tts().texts))
    assert rig.speaker.plays == []
    rig.confirm(turn)
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    kinds = rig.kinds()
    assert kinds == ["speech_end", "transcript", "reply_text", "audio_end"]
    speech_end = next(e for e in rig.events if isinstance(e, SpeechEnd))
    transcript = next(e for e in rig.events if isinstance(e, TranscriptEvent))
    assert transcript.t >= speech_end.t
    states = [e.state for e in rig.events if isinstance(e, StateChanged)]
    assert states[:2] == ["thinking", "speaking"]
    assert len(rig.speaker.plays) == 2
    reply = "Paris is the capital of France, a city on the Seine."
    assert rig.assistant.history == [
        Message("user", "what is the capital of France"),
        Message("assistant", reply),
    ]
    assert rig.assistant.router.last_reply == reply
    assert len(rig.chat.calls) == 1  # the prepared answer was used, not asked again


def test_a_skill_does_not_run_before_the_turn_is_confirmed(rig: Rig) -> None:
    turn = rig.held("turn on the lamp")
    time.sleep(0.3)
    assert rig.lamp.switched == 0
    assert rig.assistant.tts().texts == []
    rig.loop._drop(turn)
    rig.settle()
    assert rig.lamp.switched == 0
    assert rig.events == [] and rig.speaker.plays == []


def test_a_skill_runs_once_when_the_turn_is_confirmed(rig: Rig) -> None:
    turn = rig.held("turn on the lamp")
    time.sleep(0.2)
    assert rig.lamp.switched == 0
    rig.confirm(turn)
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    assert rig.lamp.switched == 1
    assert rig.kinds() == ["speech_end", "transcript", "reply_text", "audio_end"]
    reply = next(e for e in rig.events if isinstance(e, ReplyText))
    assert reply.handled_by == "lamp"
    assert rig.chat.calls == []  # the language model was never asked


def test_an_interrupt_drops_a_speculative_turn_silently(rig: Rig) -> None:
    rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.assistant.tts().texts))
    rig.loop.interrupt()  # e.g. a typed request arrives
    rig.settle()
    assert not any(isinstance(e, Interrupted) for e in rig.events)
    assert rig.events == [] and rig.assistant.history == []


def test_plan_says_which_path_without_running_anything() -> None:
    lamp = Lamp()
    router = Router([lamp], ScriptedChat, skills_config=SkillsConfig(llm_tools=False))
    assert router.plan("stop") == "control"
    assert router.plan("say that again") == "control"
    assert router.plan("turn on the lamp") == "intent"
    assert router.plan("what is the capital of France") == "llm_chat"
    assert lamp.switched == 0


def test_chat_answers_without_skills_and_leaves_last_reply_alone() -> None:
    lamp = Lamp()
    router = Router(
        [lamp],
        lambda: ScriptedChat(["A lamp is a light."]),
        skills_config=SkillsConfig(llm_tools=False),
    )
    result = router.chat("tell me about the lamp")
    assert result.reply == "A lamp is a light." and result.path == "llm_chat"
    assert lamp.switched == 0
    assert router.last_reply == ""


def _heard(rig: Rig, text: str, began: float) -> None:
    """What the listening thread does when an utterance that began at ``began`` ended."""
    future: concurrent.futures.Future[Transcript] = concurrent.futures.Future()
    future.set_result(Transcript(text, "en", 1.0, 1.0, 1.0))
    audio = np.zeros(16000, dtype=np.float32)
    rig.loop._end_utterance([audio], began, began + 1.0, future, False)


def test_its_own_voice_coming_back_is_not_answered(rig: Rig) -> None:
    """Echo that gets past the canceller (a barge-in by the assistant's own voice) must not
    be answered: each answer would echo into the next, and it would talk to itself."""
    rig.loop.submit_text("what is the capital of France")
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    rig.settle()
    said = len(rig.assistant.history)
    rig.events.clear()
    _heard(rig, "Paris, the capital. France.", began=time.monotonic() - 0.1)
    rig.settle()
    assert not any(isinstance(e, (TranscriptEvent, ReplyText)) for e in rig.events)
    assert len(rig.assistant.history) == said
    # Other words at the same moment are the user's (a barge-in): answered.
    _heard(rig, "switch the lamp on", began=time.monotonic() - 0.1)
    rig.wait(lambda: rig.lamp.switched == 1)


def test_the_same_words_said_after_the_reply_are_the_users(rig: Rig) -> None:
    rig.loop.submit_text("what is the capital of France")
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    rig.settle()
    rig.events.clear()
    _heard(rig, "Paris is the capital of France", began=time.monotonic() + 0.5)
    rig.wait(lambda: any(isinstance(e, TranscriptEvent) for e in rig.events))


def test_a_transcription_cancelled_before_it_began_drops_the_turn_quietly(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    """The voice resumed ~64 ms into a pause: its speculative transcription, still queued
    behind another, is cancelled so that it does not delay the next one."""
    future: concurrent.futures.Future[Transcript] = concurrent.futures.Future()
    turn = _Turn(
        rig.loop._next_id(), audio=np.zeros(16000, np.float32), speculative=future, held=True
    )
    rig.loop._held = turn
    rig.loop._turns.put(turn)
    time.sleep(0.1)  # the turn thread now waits for the transcript
    rig.loop._drop(turn)
    assert future.cancel()
    rig.settle()
    assert rig.events == [] and rig.speaker.plays == [] and rig.assistant.history == []
    assert "the turn failed" not in caplog.text
