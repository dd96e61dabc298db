"""Echo cancellation: take the assistant's own voice out of the microphone signal.

Through laptop speakers the microphone hears the assistant talk. Without this,
its own voice would trigger barge-in and be transcribed as if the user said it.
WebRTC's audio processing (AEC3, through the ``livekit`` wheel) subtracts what
was played (the *reference*) from what the microphone captured, finding the
delay between the two by itself.

Both signals are 16 kHz mono float32 here, processed in 10 ms frames.
"""

from __future__ import annotations

import logging
from collections import deque

import numpy as np

_LOGGER = logging.getLogger(__name__)
RATE = 16000
FRAME = RATE // 100  # 10 ms
_MAX_REFERENCE = RATE * 2  # never buffer more than 2 s of played audio


def _int16(x: np.ndarray) -> bytes:
    return (np.clip(x, -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()


class EchoCanceller:
    """Feed what was played with ``played``; clean what was heard with ``process``."""

    def __init__(self) -> None:
        from livekit import rtc

        self._rtc = rtc
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=True, noise_suppression=False, high_pass_filter=True
        )
        self._reference: deque[np.ndarray] = deque()
        self._ref_samples = 0
        self._ref_tail = np.zeros(0, dtype=np.float32)
        self._mic_tail = np.zeros(0, dtype=np.float32)

    def played(self, audio: np.ndarray) -> None:
        """Audio (16 kHz) that just went out to the speaker, in playback order."""
        self._reference.append(audio.astype(np.float32, copy=False))
        self._ref_samples += audio.size
        while self._ref_samples > _MAX_REFERENCE:  # the consumer fell behind: drop the oldest
            self._ref_samples -= self._reference.popleft().size

    def _next_reference(self) -> np.ndarray:
        parts = [self._ref_tail]
        have = self._ref_tail.size
        while have < FRAME and self._reference:
            chunk = self._reference.popleft()
            self._ref_samples -= chunk.size
            parts.append(chunk)
            have += chunk.size
        joined = np.concatenate(parts) if len(parts) > 1 else parts[0]
        if joined.size < FRAME:  # nothing (more) was played: the reference is silence
            joined = np.concatenate([joined, np.zeros(FRAME - joined.size, dtype=np.float32)])
        self._ref_tail = joined[FRAME:]
        return joined[:FRAME]

    def process(self, mic: np.ndarray) -> np.ndarray:
        """Microphone audio (16 kHz) with the echo of the reference removed.

        Returns whole 10 ms frames; a remainder waits for the next call.
        """
        buf = np.concatenate([self._mic_tail, mic.astype(np.float32, copy=False)])
        n = buf.size // FRAME
        out = np.empty(n * FRAME, dtype=np.float32)
        for i in range(n):
            ref = self._rtc.AudioFrame(_int16(self._next_reference()), RATE, 1, FRAME)
            self._apm.process_reverse_stream(ref)
            frame = self._rtc.AudioFrame(_int16(buf[i * FRAME : (i + 1) * FRAME]), RATE, 1, FRAME)
            self._apm.process_stream(frame)
            out[i * FRAME : (i + 1) * FRAME] = (
                np.frombuffer(frame.data, dtype=np.int16).astype(np.float32) / 32767.0
            )
        self._mic_tail = buf[n * FRAME :]
        return out


def make_echo_canceller(enabled: bool) -> EchoCanceller | None:
    """An echo canceller, or None when it is off or its library cannot load."""
    if not enabled:
        return None
    try:
        return EchoCanceller()
    except Exception as exc:  # the native library missing or broken: say so, carry on
        _LOGGER.warning("echo cancellation is unavailable (%s); barge-in is less reliable", exc)
        return None
