"""Doubles for the desktop app's tests.

``FakeVoiceLoop`` is the real ``VoiceLoop`` on the doubles that ship in
``hearth.assistant.testing.voice``: a microphone that replays a tone while the talk
key is held (the user speaking), a speaker that plays into nothing, a scripted
transcript. So the window is tested against the one real turn path, and the loop
also notes the calls the window makes (``calls``) for the tests to check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE
from hearth.assistant.config import Config
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import Event
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing.voice import EnergyVAD, ReplayMicrophone, ScriptedSTT, SilentSpeaker
from hearth.assistant.voice import VoiceLoop

UTTERANCE = "what is 12 times 12"
"""What the user 'says' while the talk key is held."""


def voice(seconds: float) -> np.ndarray:
    """A tone standing in for a voice (the energy VAD hears it as speech)."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.2 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)


class FakeVoiceLoop(VoiceLoop):
    fail_start: ClassVar[AssistantError | None] = None
    last: ClassVar[FakeVoiceLoop | None] = None

    def __init__(self, assistant: Assistant, on_event: Callable[[Event], None]) -> None:
        self.mic_factory = ReplayMicrophone.factory()
        super().__init__(
            assistant,
            on_event,
            microphone=self.mic_factory,
            speaker=SilentSpeaker.factory(),
            vad=EnergyVAD(),
            end_of_turn=lambda audio: 1.0,
        )
        self.emit = on_event
        self.calls: list[tuple[str, object]] = []
        self.started = self.stopped = False
        FakeVoiceLoop.last = self

    @property
    def mic(self) -> ReplayMicrophone:
        return self.mic_factory.last  # type: ignore[attr-defined,no-any-return]

    def start(self) -> None:
        if self.fail_start is not None:
            raise self.fail_start
        self.started = True
        super().start()
        assert self.wait_ready(10)

    def stop(self) -> None:
        self.stopped = True
        super().stop()

    def push_to_talk(self, pressed: bool) -> None:
        self.calls.append(("push_to_talk", pressed))
        if pressed:
            self.mic.say(voice(1.5))  # the user speaks while holding the key
        super().push_to_talk(pressed)

    def interrupt(self) -> None:
        self.calls.append(("interrupt", None))
        super().interrupt()

    def set_muted(self, muted: bool) -> None:
        self.calls.append(("set_muted", muted))
        super().set_muted(muted)

    def submit_text(self, text: str, speak: bool = True) -> None:
        self.calls.append(("submit_text", (text, speak)))
        super().submit_text(text, speak)

    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None:
        self.calls.append(("submit_audio", (audio.size, speak)))
        super().submit_audio(audio, speak)


class FakeTTS:
    sample_rate = 16000
    language = "en"

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        yield np.zeros(800, dtype=np.float32)

    def synthesize_all(self, text: str) -> np.ndarray:
        return np.zeros(800, dtype=np.float32)


def fast_assistant(config: Config | None = None) -> Assistant:
    """The real assistant and router, with a scripted language model, speech recognition
    that hears ``UTTERANCE`` and a silent voice: no models."""
    assistant = Assistant(config or Config())
    assistant.use(
        llm=ScriptedChat(["Paris is the capital of France."]),
        stt=ScriptedSTT([UTTERANCE]),  # type: ignore[arg-type]
        tts=FakeTTS(),  # type: ignore[arg-type]
    )
    return assistant
