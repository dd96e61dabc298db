"""Speculative replies: the voice loop prepares the language model's answer from the
early transcript while the pause is still being confirmed. Nothing of it may be shown,
played or kept unless the turn is confirmed, and nothing with side effects (a skill)
may run before. Driven with fakes: no devices, no models."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hearth.assistant.config import Config, SkillsConfig, VoiceConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.events import (
    AudioEnd,
    Event,
    Interrupted,
    ReplyPiece,
    ReplyText,
    SpeechEnd,
    StateChanged,
    TranscriptEvent,
)
from hearth.assistant.skill import Skill, SkillContext
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing.voice import EnergyVAD, ScriptedSTT, ScriptedTTS, SilentSpeaker
from hearth.assistant.understanding.language_id import typed_language
from hearth.assistant.understanding.router import Router
from hearth.assistant.voice.answering import Answering, AssistantAnswers
from hearth.assistant.voice.capture import Capture
from hearth.assistant.voice.endpointer import Ended, Endpointer, PartialDue, PauseBegan, Resumed
from hearth.assistant.voice.listening import ListeningStage
from hearth.assistant.voice.speaking import Speaking
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Phase, Turn
from hearth.assistant.voice.wake import WakePhrase


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


class FakeAssistant:
    """What the answering stage asks of the assistant: the router and the history."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.history: list[Message] = []
        self.config = Config()

    def language_of(self, text: str) -> str:
        return typed_language(text, self.config.language.spoken)

    def ask(
        self,
        text: str,
        on_token: Callable[[str], None] | None = None,
        remember: bool = True,
        cancel: Callable[[], bool] | None = None,
        language: str | None = None,
    ) -> Any:
        return self.router.route(text, self.history, on_token, cancel, language=language or "en")


class Rig:
    """The listening, answering and speaking stages on doubles: no devices, no models.
    The test plays the endpointer, handing the listening stage its decisions."""

    def __init__(self, reply: str = "Paris is the capital of France, a city on the Seine.") -> None:
        self.lamp = Lamp()
        self.chat = ScriptedChat([reply])
        router = Router([self.lamp], lambda: self.chat, skills_config=SkillsConfig(llm_tools=False))
        self.assistant = FakeAssistant(router)
        self.events: list[Event] = []
        self.tts = ScriptedTTS()
        self.stt = ScriptedSTT()
        config = VoiceConfig()
        self.shared = LoopState(self.events.append, config, "always", WakePhrase("hey computer"))
        self.speaking = Speaking(self.shared, self.tts, self.assistant.history)
        self.speaker = SilentSpeaker(self.tts.sample_rate)
        self.speaking.use(self.speaker)
        self.answering = Answering(
            self.shared,
            self.speaking,
            lambda: self.stt,
            AssistantAnswers(self.assistant),  # type: ignore[arg-type]
        )
        self.listening = ListeningStage(
            self.shared,
            self.speaking,
            self.answering,
            lambda: self.stt,
            vad=EnergyVAD(),
            endpointer=Endpointer(config.silence_ms, config.max_utterance_s),
            capture=Capture(self.shared, None, lambda block: block),
            speculate=lambda: True,
        )
        self.threads = [
            threading.Thread(target=self.answering.run, daemon=True),
            threading.Thread(target=self.speaking.run, daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def held(self, text: str) -> Turn:
        """A pause of ~64 ms after speech: the early transcript starts a held turn."""
        self.stt.texts = [text]
        now = time.monotonic()
        self.listening.handle(PauseBegan(np.zeros(24000, np.float32), now - 1.5, now, False))
        turn = self.answering.turns.queue[-1] if self.answering.turns.queue else None
        self.wait(lambda: self.answering.current is not None or turn is not None)
        held = turn or self.answering.current
        assert held is not None and held.is_held
        return held

    def confirm(self) -> None:
        """The end of the turn is confirmed (the audio the early transcript covered)."""
        now = time.monotonic()
        audio = np.zeros(24000, np.float32)
        self.listening.handle(
            Ended(audio, now - 1.5, now - 0.1, now, False, speculation_covers=True)
        )

    def resume(self) -> None:
        """The user went on talking."""
        self.listening.handle(Resumed())

    def heard(self, text: str, began: float) -> None:
        """An utterance that began at ``began`` ended, without an early transcript."""
        self.stt.texts = [text]
        audio = np.zeros(24000, np.float32)
        self.listening.handle(Ended(audio, began, began + 1.5, began + 1.6, False))

    def wait(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, "timed out"
            time.sleep(0.01)

    def settle(self) -> None:
        self.wait(lambda: self.answering.idle)
        time.sleep(0.2)

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events if not isinstance(e, StateChanged)]

    def close(self) -> None:
        self.shared.stop.set()
        self.answering.close()
        self.speaking.close()
        self.listening.close()
        for thread in self.threads:
            thread.join(timeout=5)


@pytest.fixture
def rig() -> Any:
    made = Rig()
    yield made
    made.close()


def test_a_speculative_reply_is_prepared_but_not_played_or_shown(rig: Rig) -> None:
    rig.held("what is the capital of France")
    # The first piece is generated and synthesised while the pause is being confirmed...
    rig.wait(lambda: rig.tts.texts == ["Paris is the capital of France,"])
    time.sleep(0.2)
    # ...but nothing is played, reported or kept before the turn is confirmed.
    assert rig.speaker.clips == []
    assert rig.events == []
    assert rig.assistant.history == []


def test_a_speculative_reply_is_dropped_without_a_trace_when_speech_goes_on(rig: Rig) -> None:
    turn = rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.tts.texts))
    rig.resume()  # the user started talking again
    rig.settle()
    assert rig.speaker.clips == []
    assert rig.events == []  # no transcript, reply, state, interruption or audio events
    assert rig.assistant.history == []
    assert rig.assistant.router.last_reply == ""
    assert turn.phase is Phase.DROPPED


def test_a_confirmed_speculative_reply_plays_with_its_events_in_order(rig: Rig) -> None:
    turn = rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.tts.texts))
    assert rig.speaker.clips == []
    rig.confirm()
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    assert turn.phase is Phase.FINISHED
    kinds = rig.kinds()
    assert [k for k in kinds if k != "reply_piece"] == [
        "speech_end",
        "transcript",
        "reply_text",
        "audio_end",
    ]
    # The pieces, as they were heard: none before the turn was confirmed and shown.
    assert kinds.index("reply_piece") > kinds.index("transcript") and kinds[-1] == "audio_end"
    pieces = [e.text for e in rig.events if isinstance(e, ReplyPiece)]
    assert " ".join(pieces) == "Paris is the capital of France, a city on the Seine."
    speech_end = next(e for e in rig.events if isinstance(e, SpeechEnd))
    transcript = next(e for e in rig.events if isinstance(e, TranscriptEvent))
    assert transcript.t >= speech_end.t
    states = [e.state for e in rig.events if isinstance(e, StateChanged)]
    assert states[:2] == ["thinking", "speaking"]
    assert len(rig.speaker.clips) == 2
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
    assert rig.tts.texts == []
    rig.resume()
    rig.settle()
    assert turn.phase is Phase.DROPPED
    assert rig.lamp.switched == 0
    assert rig.events == [] and rig.speaker.clips == []


def test_a_skill_runs_once_when_the_turn_is_confirmed(rig: Rig) -> None:
    rig.held("turn on the lamp")
    time.sleep(0.2)
    assert rig.lamp.switched == 0
    rig.confirm()
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    assert rig.lamp.switched == 1
    kinds = rig.kinds()
    assert [k for k in kinds if k != "reply_piece"] == [
        "speech_end",
        "transcript",
        "reply_text",
        "audio_end",
    ]
    assert kinds.index("reply_piece") > kinds.index("transcript")
    reply = next(e for e in rig.events if isinstance(e, ReplyText))
    assert reply.handled_by == "lamp"
    assert [e.text for e in rig.events if isinstance(e, ReplyPiece)] == [reply.text]
    assert rig.chat.calls == []  # the language model was never asked


def test_an_interrupt_drops_a_speculative_turn_silently(rig: Rig) -> None:
    rig.held("what is the capital of France")
    rig.wait(lambda: bool(rig.tts.texts))
    rig.speaking.interrupt(rig.answering.current)  # e.g. a typed request arrives
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


def test_its_own_voice_coming_back_is_not_answered(rig: Rig) -> None:
    """Echo that gets past the canceller (a barge-in by the assistant's own voice) must not
    be answered: each answer would echo into the next, and it would talk to itself."""
    rig.answering.submit(Turn(rig.shared.next_id(), text="what is the capital of France"))
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    rig.settle()
    said = len(rig.assistant.history)
    rig.events.clear()
    rig.heard("Paris, the capital. France.", began=time.monotonic() - 0.1)
    rig.settle()
    assert not any(isinstance(e, (TranscriptEvent, ReplyText)) for e in rig.events)
    assert len(rig.assistant.history) == said
    # Other words at the same moment are the user's (a barge-in): answered.
    rig.heard("switch the lamp on", began=time.monotonic() - 0.1)
    rig.wait(lambda: rig.lamp.switched == 1)


def test_the_same_words_said_after_the_reply_are_the_users(rig: Rig) -> None:
    rig.answering.submit(Turn(rig.shared.next_id(), text="what is the capital of France"))
    rig.wait(lambda: any(isinstance(e, AudioEnd) for e in rig.events))
    rig.settle()
    rig.events.clear()
    rig.heard("Paris is the capital of France", began=time.monotonic() + 0.5)
    rig.wait(lambda: any(isinstance(e, TranscriptEvent) for e in rig.events))


def test_a_transcription_cancelled_before_it_began_drops_the_turn_quietly(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    """The voice resumed ~64 ms into a pause: its speculative transcription, still queued
    behind another, is cancelled so that it does not delay the next one."""
    started = threading.Event()
    release = threading.Event()
    rig.stt._on_hear = lambda: (started.set(), release.wait(5))  # type: ignore[assignment]
    rig.listening.handle(PartialDue(np.zeros(16000, np.float32)))  # keeps the STT busy
    assert started.wait(5)
    turn = rig.held("what is the capital of France")
    time.sleep(0.1)  # the answering thread now waits for the transcript
    rig.resume()
    release.set()
    rig.settle()
    assert turn.phase is Phase.DROPPED and turn.speculative is not None
    assert turn.speculative.cancelled()
    assert rig.events == [] and rig.speaker.clips == [] and rig.assistant.history == []
    assert "the turn failed" not in caplog.text
