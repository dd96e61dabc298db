"""Has the speaker finished? The interface, and Smart Turn v3 (an audio model, ONNX)
behind it, which answers from the last eight seconds of their voice: intonation and
rhythm, not just silence.

The voice loop asks it after a short pause. "Complete" ends the turn at once;
"incomplete" makes the loop wait for a longer pause, so that a person who stops
to think is not cut off.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import numpy as np
from hearth.assistant.errors import ModelCorruptError

_RATE = 16000
_WINDOW = 8 * _RATE
_N_FFT, _HOP, _N_MELS = 400, 160, 80


def _hz_to_mel(freq: np.ndarray) -> np.ndarray:  # Slaney scale, as Whisper uses
    freq = np.asarray(freq, dtype=np.float64)
    mels = 3.0 * freq / 200.0
    log_region = freq >= 1000.0
    mels[log_region] = 15.0 + np.log(freq[log_region] / 1000.0) * (27.0 / np.log(6.4))
    return mels


def _mel_to_hz(mels: np.ndarray) -> np.ndarray:
    mels = np.asarray(mels, dtype=np.float64)
    freq = 200.0 * mels / 3.0
    log_region = mels >= 15.0
    freq[log_region] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mels[log_region] - 15.0))
    return freq


def _mel_filters() -> np.ndarray:
    bins = _N_FFT // 2 + 1
    edges = _mel_to_hz(
        np.linspace(_hz_to_mel(np.array([0.0]))[0], _hz_to_mel(np.array([8000.0]))[0], _N_MELS + 2)
    )
    fft_freqs = np.linspace(0, _RATE // 2, bins)
    slopes = edges[None, :] - fft_freqs[:, None]
    diff = np.diff(edges)
    down = -slopes[:, :-2] / diff[:-1]
    up = slopes[:, 2:] / diff[1:]
    filters = np.maximum(0.0, np.minimum(down, up))
    filters *= (2.0 / (edges[2 : _N_MELS + 2] - edges[:_N_MELS]))[None, :]
    return filters  # (bins, mels)


_FILTERS = _mel_filters()
_WINDOW_FN = np.hanning(_N_FFT + 1)[:-1]


def log_mel(audio: np.ndarray) -> np.ndarray:
    """Whisper-style log-mel features of exactly 8 s of 16 kHz audio: (80, 800)."""
    x = audio.astype(np.float32)
    x = (x - x.mean()) / np.sqrt(x.var() + 1e-7)
    padded = np.pad(x.astype(np.float64), (_N_FFT // 2, _N_FFT // 2), mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, _N_FFT)[::_HOP]
    power = np.abs(np.fft.rfft(frames * _WINDOW_FN, axis=-1)) ** 2
    mel = np.maximum(1e-10, power @ _FILTERS).T
    spec = np.log10(mel)[:, :-1]
    spec = np.maximum(spec, spec.max() - 8.0)
    return ((spec + 4.0) / 4.0).astype(np.float32)


class EndOfTurn(Protocol):
    """What the voice pipeline uses of an end-of-turn model."""

    def probability(self, audio: np.ndarray) -> float:
        """How likely the speaker has finished, from their turn so far (16 kHz mono
        float32)."""
        ...


class SmartTurn:
    """Probability that the speaker has finished their turn."""

    def __init__(self, path: Path) -> None:
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        started = time.perf_counter()
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), providers=["CPUExecutionProvider"], sess_options=opts
            )
        except Exception as exc:
            raise ModelCorruptError(
                f"The end-of-turn model {path} could not be loaded ({exc}).",
                "Reinstall it: assistant models install smart-turn-v3 --force, or switch to a "
                "fixed pause: assistant config set voice.end_of_turn silence",
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000

    def probability(self, audio: np.ndarray) -> float:
        """``audio``: the user's turn so far, 16 kHz mono float32 (the last 8 s count)."""
        audio = audio[-_WINDOW:]
        if audio.size < _WINDOW:
            audio = np.pad(audio, (_WINDOW - audio.size, 0))
        features = log_mel(audio)[None, :, :]
        out = self._session.run(None, {"input_features": features})
        return float(np.asarray(out[0]).reshape(-1)[0])
