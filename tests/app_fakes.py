"""Test doubles for the desktop app's tests.

``FakeVoiceLoop`` keeps exactly the contract of ``hearth.assistant.voice.VoiceLoop``
(constructor, start/stop, push_to_talk, interrupt, set_muted, submit_text, submit_audio) and reports
the events a real loop reports, but hears a scripted utterance instead of a microphone
and plays nothing. Turns go through the real ``Assistant.ask`` on a worker thread, so
skills and the (scripted) language model answer for real.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import numpy as np
from hearth.assistant.config import Config
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import (
    AudioEnd,
    AudioStart,
    ErrorEvent,
    Event,
    Interrupted,
    Listening,
    MicLevel,
    PartialTranscript,
    ReplyText,
    SpeechEnd,
    SpeechStart,
    StateChanged,
    TranscriptEvent,
)
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import ScriptedChat


class FakeVoiceLoop:
    utterance = "what is 12 times 12"
    """What the fake 'hears' while push-to-talk is held."""
    fail_start: AssistantError | None = None

    def __init__(self, assistant: Assistant, on_event: Callable[[Event], None]) -> None:
        self.assistant = assistant
        self.emit = on_event
        self.calls: list[tuple[str, object]] = []
        self.started = self.stopped = False
        self.muted = False
        self._threads: list[threading.Thread] = []
        FakeVoiceLoop.last = self

    last: FakeVoiceLoop | None = None

    def start(self) -> None:
        if self.fail_start is not None:
            raise self.fail_start
        self.started = True
        self.emit(Listening("push_to_talk", "fake microphone"))
        self.emit(StateChanged("listening", "Hold Space to talk."))

    def stop(self) -> None:
        self.stopped = True
        for thread in self._threads:
            thread.join(timeout=10)

    def push_to_talk(self, pressed: bool) -> None:
        self.calls.append(("push_to_talk", pressed))
        if pressed:
            self.emit(StateChanged("hearing"))
            self.emit(SpeechStart())
            self.emit(MicLevel(-18.0))
            self.emit(PartialTranscript(" ".join(self.utterance.split()[:2])))
        else:
            self.emit(SpeechEnd(1.2))
            self.emit(TranscriptEvent(self.utterance))
            self._run(self.utterance, True)

    def interrupt(self) -> None:
        self.calls.append(("interrupt", None))
        self.emit(Interrupted("That's"))
        self.emit(StateChanged("listening"))

    def set_muted(self, muted: bool) -> None:
        self.calls.append(("set_muted", muted))
        self.muted = muted
        self.emit(StateChanged("idle" if muted else "listening"))

    def submit_text(self, text: str, speak: bool = True) -> None:
        self.calls.append(("submit_text", (text, speak)))
        self._run(text, speak)

    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None:
        self.calls.append(("submit_audio", (audio.size, speak)))
        self.emit(TranscriptEvent(self.utterance))
        self._run(self.utterance, speak)

    def _run(self, text: str, speak: bool) -> None:
        def turn() -> None:
            self.emit(StateChanged("thinking"))
            try:
                result = self.assistant.ask(text)
            except AssistantError as exc:
                self.emit(ErrorEvent(exc.message, exc.fix))
                self.emit(StateChanged("listening"))
                return
            self.emit(ReplyText(result.reply, result.handled_by, result.tier, result.notice))
            if speak:
                self.emit(StateChanged("speaking"))
                self.emit(AudioStart(result.reply))
                self.emit(AudioEnd(result.reply))
            self.emit(StateChanged("listening"))

        thread = threading.Thread(target=turn, daemon=True)
        self._threads.append(thread)
        thread.start()


class FakeTTS:
    sample_rate = 16000

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        yield np.zeros(800, dtype=np.float32)

    def synthesize_all(self, text: str) -> np.ndarray:
        return np.zeros(800, dtype=np.float32)


def fast_assistant(config: Config | None = None) -> Assistant:
    """The real assistant and router, with a scripted language model and no audio models."""
    assistant = Assistant(config or Config())
    assistant.use(llm=ScriptedChat(["Paris is the capital of France."]))
    assistant.use(stt=object())  # type: ignore[arg-type]  # "loaded"; the fakes never call it
    assistant.use(tts=FakeTTS())  # type: ignore[arg-type]
    return assistant
