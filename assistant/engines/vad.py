"""Voice activity detection, one 32 ms frame at a time: the interface, and Silero VAD v6
(ONNX) behind it.

The model file ships inside faster-whisper, so nothing extra is installed. The
batch helper there restarts its state for every call; the voice loop needs the
state carried from frame to frame, which this does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

FRAME = 512
"""Samples per frame at 16 kHz (32 ms): the size Silero VAD is trained on."""
_CONTEXT = 64


def _model_path() -> Path:
    from faster_whisper.utils import get_assets_path

    return Path(get_assets_path()) / "silero_vad_v6.onnx"


class VoiceActivity(Protocol):
    """What the voice pipeline uses of a voice activity detector: the probability that
    each successive ``FRAME``-sample frame of 16 kHz audio is speech, the state carried
    from frame to frame until ``reset``."""

    def __call__(self, frame: np.ndarray) -> float: ...

    def reset(self) -> None:
        """Forget the audio so far (a new stream starts)."""
        ...


class StreamingVAD:
    """Speech probability for each successive 512-sample frame of 16 kHz audio."""

    def __init__(self) -> None:
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(_model_path()), providers=["CPUExecutionProvider"], sess_options=opts
        )
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def __call__(self, frame: np.ndarray) -> float:
        if frame.shape != (FRAME,):
            raise ValueError(f"VAD frames must be {FRAME} samples, not {frame.shape}")
        x = np.concatenate([self._context, frame.astype(np.float32, copy=False)])[None, :]
        out, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = x[0, -_CONTEXT:].copy()
        return float(np.asarray(out).reshape(-1)[0])


def speech_probabilities(audio: np.ndarray) -> np.ndarray:
    """Per-frame speech probability over a whole recording (benchmarks, tests)."""
    vad = StreamingVAD()
    n = audio.size // FRAME
    return np.array([vad(audio[i * FRAME : (i + 1) * FRAME]) for i in range(n)], dtype=np.float32)
