"""Speech to text: the interface, and faster-whisper behind it."""

from __future__ import annotations

import logging
import os
import time
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from typing import Any, Protocol

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE, rms
from hearth.assistant.config import STTConfig
from hearth.assistant.errors import AssistantError, ModelCorruptError, NoSpeechError
from hearth.assistant.models import ResolvedModel

_LOGGER = logging.getLogger(__name__)

# faster-whisper falls back to the Hugging Face hub for missing pieces; Hearth never
# lets it (custom model folders are checked for every file instead).
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Below this RMS level (about -70 dBFS) there is nothing a model could hear.
_SILENCE_RMS = 3e-4
_MIN_WINDOW_FRAMES = 1000  # 10 s of 10 ms feature frames
LOOP_RETRY_BEAM = 5
"""The beam width of the second decode when the first one looped."""
_LOOPED_RATIO = 2.4  # faster-whisper's compression_ratio_threshold
_LOOPED_RUN = 4
UNPICKED_MIN = 0.8
"""Speech is taken to be in a language the user did not pick when Whisper gives that
language at least this probability (and it beats every picked one). On the real
recordings (``eval --speech``) Italian, Portuguese and Chinese ones score their own
language 0.97-1.0; a mumbled Spanish one scored 0.31 Spanish against 0.24 Swahili,
and through the virtual microphone it went past 0.5 for another language: below this,
the likeliest picked language is used."""


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
    """What callers use of a speech-to-text engine: 16 kHz mono float32 audio in, a
    Transcript out. Both methods raise NoSpeechError when the audio holds no speech.
    ``language``: a language code, ``auto`` or None (the engine's configured choice)."""

    model_name: str
    """The model's catalog id or file name, as reports show it."""

    def transcribe(self, audio: np.ndarray, language: str | None = None) -> Transcript:
        """A recording of any length (a file)."""
        ...

    def transcribe_utterance(self, audio: np.ndarray, language: str | None = None) -> Transcript:
        """One spoken request already cut from the microphone (the voice loop)."""
        ...


class WhisperSTT:
    """faster-whisper (CTranslate2) on the CPU, int8, with Silero VAD in front.

    The VAD keeps Whisper from inventing words for silence and noise; segments
    Whisper itself marks as probably-not-speech are dropped as well.
    """

    def __init__(
        self,
        model: ResolvedModel,
        config: STTConfig | None = None,
        languages: Sequence[str] = (),
    ) -> None:
        """``languages``: those the user speaks (``language.spoken``); a multilingual
        model detects each utterance's language among them. Empty: any language."""
        from faster_whisper import WhisperModel

        self.config = config or STTConfig()
        self.languages = list(languages)
        self.model_name = model.name
        started = time.perf_counter()
        try:
            self._model = WhisperModel(
                str(model.path),
                device=self.config.device,
                compute_type="int8",
                # CTranslate2 would start 4 threads; more threads than cores only contend.
                cpu_threads=self.config.threads or os.cpu_count() or 2,
                num_workers=1,
            )
        except Exception as exc:
            raise ModelCorruptError(
                f"The speech model in {model.path} could not be loaded ({exc}).", model.fix
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000
        self.multilingual = bool(self._model.model.is_multilingual)

    def _language(self, audio: np.ndarray, language: str | None) -> str:
        """Check the audio is not silent and the language is one the model knows."""
        if rms(audio) < _SILENCE_RMS:
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
        return lang

    def transcribe_utterance(self, audio: np.ndarray, language: str | None = None) -> Transcript:
        """One spoken request (the voice loop), decoded over a short window.

        Whisper always encodes 30 s of audio, padding short clips with silence; the
        encoder then costs the same for "what time is it" as for a speech. Here the
        window is the utterance plus padding, at least 10 s: on the shared English
        recordings that is 3-4x faster with the same word error rate (`assistant bench`
        measures both). Shorter windows were much worse (45 % WER at 1 s of padding).
        """
        if audio.size > 28 * SAMPLE_RATE:
            return self.transcribe(audio, language, vad_filter=False)
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        started = time.perf_counter()
        lang = self._language(audio, language)
        model = self._model
        features = model.feature_extractor(audio)
        frames = min(3000, max(_MIN_WINDOW_FRAMES, features.shape[-1] + 50))
        frames += frames % 2
        window = np.zeros((features.shape[0], frames), dtype=np.float32)
        window[:, : min(frames, features.shape[-1])] = features[:, :frames]
        encoded = model.encode(window)
        probability = 1.0
        if lang == "auto":
            detected = model.model.detect_language(encoded)[0]
            probabilities = [(token[2:-2], p) for token, p in detected]
            lang, probability = choose_language(probabilities, self.languages)
        tokenizer = Tokenizer(model.hf_tokenizer, self.multilingual, "transcribe", lang)

        def decode(beam_size: int) -> tuple[Any, str]:
            result = model.model.generate(
                encoded,
                [[*tokenizer.sot_sequence, tokenizer.no_timestamps]],
                beam_size=beam_size,
                # People say at most ~4 words a second; a longer output is Whisper
                # looping ("10 of clubs 10 of clubs ...") on a short clip.
                max_length=min(224, int(12 + 8 * audio.size / SAMPLE_RATE)),
                return_scores=True,
                return_no_speech_prob=True,
                suppress_blank=True,
                suppress_tokens=get_suppressed_tokens(tokenizer, (-1,)),
            )[0]
            ids = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
            return result, tokenizer.decode(ids).strip()

        beam = max(1, self.config.beam_size)
        result, text = decode(beam)
        if beam < LOOP_RETRY_BEAM and looks_looped(text):
            # Greedy decoding can fall into a loop on a mumbled sentence ("Uno de las las
            # las ..."; which one depends on the CPU's arithmetic). A beam search looks
            # further ahead; it costs a second decode, only for such a clip.
            result, text = decode(LOOP_RETRY_BEAM)
        if not text or (result.no_speech_prob > 0.6 and result.scores[0] < -1.0):
            raise NoSpeechError()
        duration = audio.size / SAMPLE_RATE
        return Transcript(
            text=text,
            language=lang,
            language_probability=round(float(probability), 3),
            duration_s=round(duration, 3),
            processing_ms=round((time.perf_counter() - started) * 1000, 1),
            segments=[Segment(0.0, round(duration, 2), text)],
        )

    def transcribe(
        self, audio: np.ndarray, language: str | None = None, vad_filter: bool = True
    ) -> Transcript:
        """``vad_filter=False`` when the caller already cut the audio to one utterance
        (the voice loop): it saves the VAD pass."""
        started = time.perf_counter()
        duration = audio.size / SAMPLE_RATE
        lang = self._language(audio, language)
        if lang == "auto" and self.languages:
            probabilities = self._model.detect_language(audio)[2]
            lang = choose_language(probabilities, self.languages)[0]
        segments_iter, info = self._model.transcribe(
            audio,
            language=None if lang == "auto" else lang,
            beam_size=max(1, self.config.beam_size),
            vad_filter=vad_filter,
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


def choose_language(
    probabilities: Sequence[tuple[str, float]], picked: Sequence[str]
) -> tuple[str, float]:
    """The language to transcribe in, from Whisper's probability for every language:
    the likeliest of the ``picked`` ones, unless the speech is clearly in another
    language (``UNPICKED_MIN``), which is then returned (the caller answers that it is
    not on). No ``picked``: the likeliest of all."""
    ranked = sorted(probabilities, key=lambda lp: lp[1], reverse=True)
    if not ranked:
        return (picked[0] if picked else "en"), 0.0
    best, p_best = ranked[0]
    if not picked or best in picked or p_best >= UNPICKED_MIN:
        return best, float(p_best)
    return next(((c, float(p)) for c, p in ranked if c in picked), (picked[0], 0.0))


def looks_looped(text: str) -> bool:
    """Whether a transcript is Whisper repeating itself rather than what was said: text
    that compresses far better than speech does (faster-whisper's rule), or one word
    said more than ``_LOOPED_RUN`` times in a row ("las las las las las")."""
    data = text.encode()
    if len(data) / max(1, len(zlib.compress(data))) > _LOOPED_RATIO:
        return True
    words = text.lower().split()
    run = 1
    for before, word in pairwise(words):
        run = run + 1 if word == before else 1
        if run > _LOOPED_RUN:
            return True
    return False
