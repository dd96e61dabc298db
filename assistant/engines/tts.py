"""Text to speech: the interface, and Piper behind it."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Protocol

import numpy as np
from hearth.assistant.config import TTSConfig
from hearth.assistant.errors import AssistantError, ModelCorruptError
from hearth.assistant.models import ResolvedModel
from hearth.assistant.speech_text import for_speech


class TextToSpeech(Protocol):
    """What callers use of a voice: text in, mono float32 audio at ``sample_rate`` out.
    A voice speaks one ``language`` (a code such as ``en``); ``engines.voices`` picks
    the voice for each reply's language."""

    sample_rate: int
    language: str

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        """The audio one chunk per sentence, as each is ready (speak while synthesizing)."""
        ...

    def synthesize_all(self, text: str) -> np.ndarray:
        """All of the audio at once (files, tests, short replies)."""
        ...


class PiperTTS:
    """A Piper voice (ONNX) on the CPU; yields audio sentence by sentence."""

    def __init__(self, model: ResolvedModel, config: TTSConfig | None = None) -> None:
        from piper import PiperVoice

        self.config = config or TTSConfig()
        self.model_name = model.name
        started = time.perf_counter()
        try:
            self._voice = PiperVoice.load(model.path)
        except Exception as exc:
            raise ModelCorruptError(
                f"The voice {model.path} could not be loaded ({exc}).", model.fix
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000
        self.sample_rate = int(self._voice.config.sample_rate)
        self.language = voice_language(self._voice.config.espeak_voice)

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        from piper import SynthesisConfig

        rate = self.config.speaking_rate
        if not 0.5 <= rate <= 2.0:
            raise AssistantError(
                f"Speaking rate {rate} is out of range.",
                "Set tts.speaking_rate between 0.5 and 2.0.",
            )
        syn = SynthesisConfig(length_scale=1.0 / rate)
        for piece in bounded_pieces(for_speech(text, self.language)):
            for chunk in self._voice.synthesize(piece, syn_config=syn):
                yield chunk.audio_float_array.astype(np.float32, copy=False)

    def synthesize_all(self, text: str) -> np.ndarray:
        chunks = list(self.synthesize(text))
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def voice_language(espeak_voice: str) -> str:
    """A Piper voice's language code from its config's eSpeak voice (``en-us``: en)."""
    return espeak_voice.replace("_", "-").split("-")[0].lower() or "en"


MAX_PIECE_CHARS = 160
"""The longest text handed to the voice at once. Piper synthesises a sentence in one
go, with memory growing with its length: ``assistant say`` of 1,500 characters without
a full stop peaked at 1.7 GB, and 10,000 were killed at 22.6 GB. In pieces this long:
376 MB and 520 MB (250-character pieces still took 575 MB for the 1,500)."""
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def bounded_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> Iterator[str]:
    """``text`` in pieces of at most ``limit`` characters: sentences, and a longer
    sentence cut after a comma or, failing that, between two words."""
    for sentence in _SENTENCE_END.split(text.strip()):
        rest = sentence.strip()
        while len(rest) > limit:
            cut = rest.rfind(", ", 0, limit)
            cut = cut + 1 if cut > limit // 3 else rest.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit  # one enormous "word": cut it anyway
            yield rest[:cut].strip()
            rest = rest[cut:].strip()
        if rest:
            yield rest
