"""A voice for each language: the reply is spoken by a voice of the language it is in.

For a language, in order: the configured voice (``tts.voice``, ``assistant models use
tts``) when it speaks that language; an installed catalog Piper voice of that language;
else eSpeak NG. Each voice's audio comes out at the configured voice's rate, the rate
the speaker was opened at.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from hearth.assistant import models
from hearth.assistant.audio.signal import resample
from hearth.assistant.config import TTSConfig
from hearth.assistant.engines.espeak import EspeakTTS
from hearth.assistant.engines.tts import PiperTTS, TextToSpeech, voice_language

_LOGGER = logging.getLogger(__name__)


class Voices:
    """The voice for each reply's language. ``primary``: the configured voice (loaded on
    first use). ``fixed``: the primary voice speaks every language (tests' doubles)."""

    def __init__(
        self,
        primary: Callable[[], TextToSpeech],
        config: TTSConfig | None = None,
        fixed: bool = False,
    ) -> None:
        self._primary = primary
        self.config = config or TTSConfig()
        self.fixed = fixed
        self._others: dict[str, TextToSpeech] = {}
        self._lock = threading.Lock()

    @property
    def sample_rate(self) -> int:
        return self._primary().sample_rate

    def voice(self, language: str) -> TextToSpeech:
        """The voice for ``language``. Raises ModelMissingError (with the fix) when there
        is none: no Piper voice for it and no eSpeak NG."""
        primary = self._primary()
        if self.fixed or getattr(primary, "language", "en") == language:
            return primary
        with self._lock:
            if language not in self._others:
                self._others[language] = catalog_voice(language, self.config) or EspeakTTS(
                    language, self.config
                )
            return self._others[language]

    def synthesize_all(self, text: str, language: str = "en") -> np.ndarray:
        """``text`` spoken by ``language``'s voice, at the configured voice's rate."""
        voice = self.voice(language)
        audio = voice.synthesize_all(text)
        rate = self.sample_rate
        if voice.sample_rate != rate:
            audio = resample(audio, voice.sample_rate, rate, anti_alias=True)
        return audio


def catalog_voice(language: str, config: TTSConfig) -> TextToSpeech | None:
    """An installed catalog Piper voice of ``language``, or None."""
    for entry in models.CATALOG:
        if entry.kind != "tts" or not entry.entry or not models.is_installed(entry):
            continue
        if voice_language(entry.entry.split("-")[0]) == language:
            try:
                return PiperTTS(models.resolve_spec("tts", entry.id), config)
            except Exception as exc:  # a damaged one: eSpeak NG speaks instead
                _LOGGER.warning("the voice %s could not be used: %s", entry.id, exc)
    return None
