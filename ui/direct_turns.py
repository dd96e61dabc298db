"""Turns without the voice loop: a typed message (or a recording) goes through
``Assistant.ask`` on one worker thread, and the reply is spoken sentence by sentence
on the speaker, stoppable between blocks of 50 ms. It reports the same events the
voice loop does, so the window has one way of showing a turn. No Qt in here.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Callable
from typing import Protocol

import numpy as np
from hearth.assistant.errors import AssistantError, NoSpeechError
from hearth.assistant.events import (
    AudioEnd,
    AudioStart,
    ErrorEvent,
    Event,
    Interrupted,
    ReplyText,
    StateChanged,
    TranscriptEvent,
)
from hearth.assistant.runtime import Assistant

from .threads import lower_thread_priority

_LOGGER = logging.getLogger(__name__)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Player(Protocol):
    def play(self, audio: np.ndarray, rate: int, stop: threading.Event) -> bool:
        """Play mono float32 audio; return False if ``stop`` cut it short."""
        ...


class SoundDevicePlayer:
    """Plays on the speaker the config names, in 50 ms blocks so it can stop at once."""

    def __init__(self, assistant: Assistant) -> None:
        self._assistant = assistant

    def play(self, audio: np.ndarray, rate: int, stop: threading.Event) -> bool:
        from hearth.assistant.audio.devices import _sounddevice, find_device
        from hearth.assistant.errors import AudioDeviceError

        sd = _sounddevice()
        device = find_device(self._assistant.config.audio.output_device, "output")
        block = max(1, rate // 20)
        try:
            with sd.OutputStream(
                samplerate=rate, channels=1, dtype="float32", device=device
            ) as out:
                for start in range(0, audio.size, block):
                    if stop.is_set():
                        out.abort()
                        return False
                    out.write(np.ascontiguousarray(audio[start : start + block], np.float32))
        except sd.PortAudioError as exc:
            raise AudioDeviceError(
                f"Playing the reply failed: {exc}.",
                "Check the speaker in Settings (Audio), or turn off 'Speak replies'.",
            ) from None
        return not stop.is_set()


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


class DirectTurns:
    def __init__(self, assistant: Assistant, emit: Callable[[Event], None], player: Player) -> None:
        self._assistant = assistant
        self._emit = emit
        self._player = player
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._stop_speaking = threading.Event()
        self._worker: threading.Thread | None = None
        self._worker_lock = threading.Lock()

    def submit_text(self, text: str, speak: bool = True) -> None:
        self._submit(lambda: self._turn(text, speak, "typed"))

    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None:
        self._submit(lambda: self._spoken_turn(audio, speak))

    def interrupt(self) -> None:
        self._stop_speaking.set()

    def stop(self) -> None:
        self._stop_speaking.set()
        if self._worker is not None:
            self._jobs.put(None)
            self._worker.join(timeout=10)

    def _submit(self, job: Callable[[], None]) -> None:
        self._stop_speaking.set()  # a new request cuts off the reply being spoken
        with self._worker_lock:
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="hearth-turns", daemon=True)
                self._worker.start()
        self._jobs.put(job)

    def _run(self) -> None:
        lower_thread_priority()
        while (job := self._jobs.get()) is not None:
            self._stop_speaking.clear()
            try:
                job()
            except AssistantError as exc:
                self._emit(ErrorEvent(exc.message, exc.fix))
            except Exception as exc:
                _LOGGER.warning("a turn failed", exc_info=True)
                self._emit(
                    ErrorEvent(
                        f"Something unexpected went wrong ({type(exc).__name__}: {exc}).",
                        "Try again; the conversation goes on. If it keeps happening, start "
                        "Hearth with 'assistant -v' and report the log.",
                    )
                )
            finally:
                self._emit(StateChanged("idle"))

    def _spoken_turn(self, audio: np.ndarray, speak: bool) -> None:
        self._emit(StateChanged("thinking", "Working out what you said…"))
        try:
            transcript = self._assistant.stt().transcribe(audio)
        except NoSpeechError as exc:
            self._emit(ErrorEvent(exc.message, exc.fix))
            return
        self._emit(TranscriptEvent(transcript.text, transcript.language))
        self._turn(transcript.text, speak, "voice")

    def _turn(self, text: str, speak: bool, source: str) -> None:
        self._emit(StateChanged("thinking", "Thinking…"))
        result = self._assistant.ask(text)
        self._emit(
            ReplyText(
                result.reply,
                result.handled_by,
                result.tier,
                result.notice,
                timings_ms=dict(result.timings_ms),
            )
        )
        if speak:
            self._speak(result.reply)

    def _speak(self, reply: str) -> None:
        tts = self._assistant.tts()
        spoken: list[str] = []
        started = False
        for sentence in sentences(reply):
            if self._stop_speaking.is_set():
                break
            audio = np.concatenate(list(tts.synthesize(sentence)) or [np.zeros(0, np.float32)])
            if not started:
                self._emit(StateChanged("speaking", "Press Esc to stop."))
                self._emit(AudioStart(sentence))
                started = True
            if not self._player.play(audio, tts.sample_rate, self._stop_speaking):
                break
            spoken.append(sentence)
        text = " ".join(spoken)
        if self._stop_speaking.is_set():
            self._emit(Interrupted(text))
        elif started:
            self._emit(AudioEnd(text))
