"""Doubles for the voice loop's devices and engines, so the loop and its stages run in
tests and benchmarks without a sound server or models.

- ``ReplayMicrophone`` hears a recording (then silence), in real time, in 20 ms blocks.
- ``SilentSpeaker`` plays into nothing, in real time: ``busy`` while a clip "plays",
  ``played`` counts the samples heard, ``stop`` silences at once.
- ``ScriptedTTS`` "says" text as a quiet tone whose length follows the text.
- ``ScriptedSTT`` "hears" the next scripted transcript (or a fixed one).

``VoiceLoop(assistant, events.append, microphone=ReplayMicrophone.factory(audio),
speaker=SilentSpeaker.factory())`` runs the real loop on them.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE
from hearth.assistant.engines.stt import Transcript
from hearth.assistant.errors import NoSpeechError
from hearth.assistant.voice.devices import (
    MicrophoneFactory,
    MicrophoneLike,
    OnDiscarded,
    OnPlayed,
    SpeakerFactory,
    SpeakerLike,
)

BLOCK = SAMPLE_RATE // 50  # 20 ms


class ReplayMicrophone:
    """A microphone that hears ``audio`` (16 kHz mono), then silence, in real time."""

    name = "replayed recording"

    def __init__(self, audio: np.ndarray | None = None, lead_s: float = 0.0) -> None:
        self._queue: deque[np.ndarray] = deque()
        self._lock = threading.Lock()
        self._next = 0.0
        self.opened = False
        if audio is not None:
            self.say(audio, lead_s)

    @classmethod
    def factory(cls, audio: np.ndarray | None = None, lead_s: float = 0.0) -> MicrophoneFactory:
        """A factory for ``VoiceLoop(microphone=...)``; ``.last`` is the one it made."""

        def make(device: str) -> MicrophoneLike:
            mic = cls(audio, lead_s)
            make.last = mic  # type: ignore[attr-defined]
            return mic

        return make

    def say(self, audio: np.ndarray, lead_s: float = 0.0) -> None:
        """Hear ``audio`` after ``lead_s`` of silence, once what is queued has been heard."""
        data = np.concatenate([np.zeros(int(lead_s * SAMPLE_RATE), np.float32), audio])
        with self._lock:
            for start in range(0, data.size, BLOCK):
                block = np.zeros(BLOCK, np.float32)
                part = data[start : start + BLOCK]
                block[: part.size] = part
                self._queue.append(block)

    @property
    def pending_s(self) -> float:
        """Seconds of queued audio not yet heard."""
        with self._lock:
            return len(self._queue) * BLOCK / SAMPLE_RATE

    def open(self) -> None:
        self.opened = True
        self._next = time.monotonic()

    def read(self, timeout: float = 0.2) -> tuple[np.ndarray, float] | None:
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        captured = self._next
        self._next += BLOCK / SAMPLE_RATE
        with self._lock:
            block = self._queue.popleft() if self._queue else np.zeros(BLOCK, np.float32)
        return block, captured

    def close(self) -> None:
        self.opened = False


class SilentSpeaker:
    """A speaker that plays into nothing, taking as long as playing would."""

    name = "silent speaker"

    def __init__(
        self,
        rate: int = 22050,
        on_played: OnPlayed | None = None,
        on_discarded: OnDiscarded | None = None,
    ) -> None:
        self.rate = rate
        self.first_audio_at: float | None = None
        self.clips: list[tuple[int, np.ndarray]] = []
        """Every clip played, with its tag."""
        self.stops = 0
        self._lock = threading.Lock()
        self._queue: deque[tuple[int, int]] = deque()  # (tag, samples)
        self._played: dict[int, int] = {}
        self._clock = 0.0
        self._on_played = on_played
        self._on_discarded = on_discarded

    @classmethod
    def factory(cls) -> SpeakerFactory:
        """A factory for ``VoiceLoop(speaker=...)``; ``.last`` is the one it made."""

        def make(
            device: str, rate: int, on_played: OnPlayed | None, on_discarded: OnDiscarded | None
        ) -> SpeakerLike:
            speaker = cls(rate, on_played, on_discarded)
            make.last = speaker  # type: ignore[attr-defined]
            return speaker

        return make

    def open(self) -> None:
        self._clock = time.monotonic()

    def _advance(self) -> None:
        """Account for what has been 'heard' since the last call (caller holds the lock)."""
        now = time.monotonic()
        budget = int((now - self._clock) * self.rate)
        self._clock = now
        while budget > 0 and self._queue:
            tag, left = self._queue[0]
            take = min(left, budget)
            self._played[tag] = self._played.get(tag, 0) + take
            budget -= take
            if take == left:
                self._queue.popleft()
            else:
                self._queue[0] = (tag, left - take)

    def play(self, samples: np.ndarray, tag: int, reference: bool = True) -> None:
        with self._lock:
            self._advance()
            if not self._queue:
                self._clock = time.monotonic()
                if self.first_audio_at is None:
                    self.first_audio_at = self._clock
            self._queue.append((tag, samples.size))
            self.clips.append((tag, samples))
        if reference and self._on_played is not None:
            self._on_played(samples, time.monotonic())

    @property
    def busy(self) -> bool:
        with self._lock:
            self._advance()
            return bool(self._queue)

    def played(self, tag: int) -> int:
        with self._lock:
            self._advance()
            return self._played.get(tag, 0)

    def stop(self) -> None:
        with self._lock:
            self._advance()
            self._queue.clear()
            self.stops += 1
        if self._on_discarded is not None:
            self._on_discarded(time.monotonic())

    def start_now(self) -> None:
        pass

    def reset(self) -> None:
        with self._lock:
            self.first_audio_at = None

    def check(self) -> None:
        pass

    def close(self) -> None:
        self.stop()


class ScriptedTTS:
    """A voice that says each text as a quiet tone of ``seconds_per_word`` a word."""

    def __init__(self, sample_rate: int = 16000, seconds_per_word: float = 0.05) -> None:
        self.sample_rate = sample_rate
        self.seconds_per_word = seconds_per_word
        self.texts: list[str] = []
        self.languages: list[str] = []
        """The language each text was spoken in."""
        self.language = "en"

    def synthesize_all(self, text: str, language: str = "en") -> np.ndarray:
        self.texts.append(text)
        self.languages.append(language)
        n = max(1, len(text.split())) * int(self.seconds_per_word * self.sample_rate)
        t = np.arange(n) / self.sample_rate
        return (0.05 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


class ScriptedSTT:
    """Speech recognition that hears the scripted transcripts in turn (the last one
    again when they run out); a ``None`` in the script is silence (NoSpeechError)."""

    def __init__(
        self, texts: Sequence[str | None] = ("",), on_hear: Callable[[], None] | None = None
    ) -> None:
        self.texts = list(texts)
        self.heard: list[int] = []
        """The length of every audio it was given."""
        self._on_hear = on_hear

    def transcribe_utterance(self, audio: np.ndarray) -> Transcript:
        self.heard.append(int(audio.size))
        if self._on_hear is not None:
            self._on_hear()
        text = self.texts.pop(0) if len(self.texts) > 1 else self.texts[0]
        if text is None:
            raise NoSpeechError()
        return transcript(text)


def transcript(text: str, language: str = "en") -> Transcript:
    """A finished transcript of ``text``."""
    return Transcript(text, language, 1.0, 1.0, 1.0)


class EnergyVAD:
    """Voice activity by loudness alone: a frame louder than ``threshold`` (RMS) is
    voice. Deterministic, for feeding the endpointer made-up frames."""

    def __init__(self, threshold: float = 0.01) -> None:
        self.threshold = threshold

    def __call__(self, frame: np.ndarray) -> float:
        return (
            1.0 if float(np.sqrt(np.mean(frame.astype(np.float64) ** 2))) > self.threshold else 0.0
        )

    def reset(self) -> None:
        pass
