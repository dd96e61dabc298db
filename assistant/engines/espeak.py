"""eSpeak NG: the voice for a language that has no Piper voice installed.

Robotic but clear, ~100 languages, a few megabytes (Debian's ``espeak-ng``). It runs
as a program (``espeak-ng --stdout``), one call per sentence, a few tens of
milliseconds each.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import wave
from collections.abc import Iterator

import numpy as np
from hearth.assistant.bundle import bundle_root
from hearth.assistant.config import TTSConfig
from hearth.assistant.engines.tts import bounded_pieces
from hearth.assistant.errors import AssistantError, ModelMissingError
from hearth.assistant.languages import name
from hearth.assistant.speech_text import for_speech

ESPEAK_WPM = 165
"""eSpeak NG's words a minute at ``tts.speaking_rate`` 1.0 (its own default, 175, is
hurried next to Piper's voices)."""
ESPEAK_VARIANT = "m3"
"""The voice variant: with it Whisper tells the language of short French and Spanish
replies far more often (French: 0.56 instead of 0.07 for the right language on one
sentence), a sign that they are easier to follow."""
_TIMEOUT_S = 20.0


def espeak_program() -> str | None:
    """The packaged app's own eSpeak NG, or the system's."""
    root = bundle_root()
    if root is not None and (root / "espeak-ng" / "espeak-ng").is_file():
        return str(root / "espeak-ng" / "espeak-ng")
    return shutil.which("espeak-ng")


def _environment() -> dict[str, str] | None:
    """In the packaged app, where its eSpeak NG finds its data and libraries."""
    root = bundle_root()
    if root is None or not (root / "espeak-ng" / "espeak-ng-data").is_dir():
        return None
    folder = str(root / "espeak-ng")  # the program, its own libraries and its data
    return {**os.environ, "ESPEAK_DATA_PATH": folder, "LD_LIBRARY_PATH": folder}


class EspeakTTS:
    """One language's eSpeak NG voice."""

    def __init__(self, language: str, config: TTSConfig | None = None) -> None:
        program = espeak_program()
        if program is None:
            raise ModelMissingError(
                f"There is no voice for {name(language)}: Hearth speaks languages without a "
                "Piper voice with eSpeak NG, which is not installed.",
                "Install it: sudo apt-get install espeak-ng  (or point Hearth at a Piper "
                f"voice for {name(language)}: assistant models use tts <voice.onnx>)",
            )
        self.program = program
        self.language = language
        self.config = config or TTSConfig()
        self.model_name = f"espeak-ng ({language})"
        started = time.perf_counter()
        self.sample_rate = self._sample_rate()
        self.load_ms = (time.perf_counter() - started) * 1000

    def _run(self, text: str) -> tuple[np.ndarray, int]:
        rate = self.config.speaking_rate
        words_per_minute = str(round(ESPEAK_WPM * rate))
        voice = f"{self.language}+{ESPEAK_VARIANT}"
        command = [self.program, "-v", voice, "-s", words_per_minute, "--stdout"]
        try:
            done = subprocess.run(
                [*command, "--", text],
                capture_output=True,
                timeout=_TIMEOUT_S,
                check=False,
                env=_environment(),
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AssistantError(
                f"eSpeak NG failed to speak ({exc}).", "Check it works: espeak-ng -v en hello"
            ) from None
        if done.returncode != 0 or not done.stdout:
            problem = done.stderr.decode(errors="replace").strip() or "no sound"
            raise AssistantError(
                f"eSpeak NG could not speak {name(self.language)} ({problem}).",
                f"Check it works: espeak-ng -v {self.language} hello",
            )
        return _wav_samples(done.stdout)

    def _sample_rate(self) -> int:
        return self._run(".")[1]

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        for piece in bounded_pieces(for_speech(text, self.language)):
            yield self._run(piece)[0]

    def synthesize_all(self, text: str) -> np.ndarray:
        chunks = list(self.synthesize(text))
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def _wav_samples(data: bytes) -> tuple[np.ndarray, int]:
    """Mono float32 samples and the rate of a 16-bit WAV that eSpeak NG wrote to a pipe
    (its header's lengths are placeholders: the data runs to the end)."""
    with wave.open(io.BytesIO(data)) as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
    start = data.find(b"data") + 8
    pcm = np.frombuffer(data[start : start + (len(data) - start) // 2 * 2], dtype="<i2")
    if channels > 1:
        pcm = pcm[: pcm.size // channels * channels].reshape(-1, channels).mean(axis=1)
    return (pcm.astype(np.float32) / 32768.0), rate
