"""Speech to text: the interface, and faster-whisper behind it."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from typing import Protocol

import numpy as np

from .audio import SAMPLE_RATE
from .config import STTConfig
from .errors import AssistantError, ModelCorruptError, NoSpeechError
from .models import ResolvedModel

_LOGGER = logging.getLogger(__name__)

# faster-whisper falls back to the Hugging Face hub for missing pieces; Hearth never
# lets it (custom model folders are checked for every file instead).
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Below this RMS level (about -70 dBFS) there is nothing a model could hear.
_SILENCE_RMS = 3e-4


@dataclass
class Segment:
    start: float
    end: float
    text: str


@dataclass
class Transcript:
    text: str
    language: str
    language_probability: float
    duration_s: float
    processing_ms: float
    segments: list[Segment] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


class SpeechToText(Protocol):
    """Anything that turns 16 kHz mono float32 audio into a Transcript.

    Raises NoSpeechError when the audio holds no speech.
    """

    multilingual: bool

    def transcribe(self, audio: np.ndarray, language: str | None = None) -> Transcript: ...


def _rms(audio: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(audio, dtype=np.float64)))) if audio.size else 0.0


class WhisperSTT:
    """faster-whisper (CTranslate2) on the CPU, int8, with Silero VAD in front.

    The VAD keeps Whisper from inventing words for silence and noise; segments
    Whisper itself marks as probably-not-speech are dropped as well.
    """

    def __init__(self, model: ResolvedModel, config: STTConfig | None = None) -> None:
        from faster_whisper import WhisperModel

        self.config = config or STTConfig()
        self.model_name = model.name
        started = time.perf_counter()
        try:
            self._model = WhisperModel(
                str(model.path),
                device=self.config.device,
                compute_type="int8",
                cpu_threads=self.config.threads,
                num_workers=1,
            )
        except Exception as exc:
            raise ModelCorruptError(
                f"The speech model in {model.path} could not be loaded ({exc}).", model.fix
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000
        self.multilingual = bool(self._model.model.is_multilingual)

    def transcribe(self, audio: np.ndarray, language: str | None = None) -> Transcript:
        started = time.perf_counter()
        duration = audio.size / SAMPLE_RATE
        if _rms(audio) < _SILENCE_RMS:
            raise NoSpeechError("No speech heard (the audio is silent).")
        from faster_whisper.tokenizer import _LANGUAGE_CODES

        lang = (language or self.config.language or "auto").lower()
        if lang != "auto" and lang not in _LANGUAGE_CODES:
            raise AssistantError(
                f"'{lang}' is not a language code Whisper knows.",
                "Use a code such as en, fr, de, es, zh, or 'auto' to detect the language.",
            )
        if not self.multilingual:
            if lang not in ("auto", "en"):
                raise AssistantError(
                    f"The speech model {self.model_name} understands English only, not '{lang}'.",
                    "Install and choose the multilingual model: assistant models install "
                    "whisper-base && assistant models use stt whisper-base",
                )
            lang = "en"
        segments_iter, info = self._model.transcribe(
            audio,
            language=None if lang == "auto" else lang,
            beam_size=max(1, self.config.beam_size),
            vad_filter=True,
            vad_parameters={"min_silence_duration_ms": 500},
            condition_on_previous_text=False,
            without_timestamps=False,
        )
        segments = [
            Segment(round(s.start, 2), round(s.end, 2), s.text.strip())
            for s in segments_iter
            if s.text.strip() and not (s.no_speech_prob > 0.6 and s.avg_logprob < -1.0)
        ]
        text = " ".join(s.text for s in segments).strip()
        if not text:
            raise NoSpeechError()
        return Transcript(
            text=text,
            language=info.language,
            language_probability=round(float(info.language_probability), 3),
            duration_s=round(duration, 3),
            processing_ms=round((time.perf_counter() - started) * 1000, 1),
            segments=segments,
        )
