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
        self.last_reference_rms = 0.0
        """Level of the played audio matched with the last ``process`` call."""
        self.heard_s = 0.0
        """Seconds of (non-silent) played audio the canceller has adapted to so far."""

    def played(self, audio: np.ndarray) -> None:
        """Audio (16 kHz) that just went out to the speaker, in playback order."""
        self._reference.append(audio.astype(np.float32, copy=False))
        self._ref_samples += audio.size
        while self._ref_samples > _MAX_REFERENCE:  # the consumer fell behind: drop the oldest
            self._ref_samples -= self._reference.popleft().size

    def unplayed(self, samples: int) -> None:
        """The last ``samples`` (16 kHz) given to ``played`` were discarded by the device
        and never sounded: forget them, so the reference stays in step with the speaker.
        (Those already matched with the microphone cannot be taken back; there are
        normally more waiting than the device ever buffers.)"""
        while samples > 0 and self._reference:
            last = self._reference[-1]
            if last.size <= samples:
                self._reference.pop()
                self._ref_samples -= last.size
                samples -= last.size
            else:
                self._reference[-1] = last[: last.size - samples]
                self._ref_samples -= samples
                samples = 0
        if samples > 0 and self._ref_tail.size:
            self._ref_tail = self._ref_tail[: max(0, self._ref_tail.size - samples)]

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

    @property
    def reference_frames(self) -> int:
        """Whole 10 ms frames of played audio waiting to be matched with the microphone."""
        return (self._ref_samples + self._ref_tail.size) // FRAME

    def process(
        self, mic: np.ndarray, wait_for_reference: bool = False, bypass: bool = False
    ) -> np.ndarray:
        """Microphone audio (16 kHz) with the echo of the reference removed.

        Returns whole 10 ms frames; a remainder waits for the next call. With
        ``wait_for_reference``, only as many frames as there is played audio for: the
        speaker's audio arrives in bursts, and padding the gaps with silence would shift
        the reference against the microphone each time, which the canceller then has to
        find again (and meanwhile lets echo through).

        With ``bypass`` the canceller still runs (it stays adapted) but the microphone's
        own frames are returned: for when nothing has been played for longer than an
        echo lasts. AEC3 goes on suppressing for ~300 ms after the far end falls silent
        (and longer while its reference lags), which cut the first word of a user who
        answered right after a reply.
        """
        buf = np.concatenate([self._mic_tail, mic.astype(np.float32, copy=False)])
        n = buf.size // FRAME
        if wait_for_reference:
            n = min(n, self.reference_frames)
        out = np.empty(n * FRAME, dtype=np.float32)
        energy = 0.0
        for i in range(n):
            played = self._next_reference()
            power = float(np.mean(np.square(played)))
            energy += power
            if power > 2.5e-5:  # louder than -46 dBFS: something to learn the echo from
                self.heard_s += FRAME / RATE
            ref = self._rtc.AudioFrame(_int16(played), RATE, 1, FRAME)
            self._apm.process_reverse_stream(ref)
            frame = self._rtc.AudioFrame(_int16(buf[i * FRAME : (i + 1) * FRAME]), RATE, 1, FRAME)
            self._apm.process_stream(frame)
            out[i * FRAME : (i + 1) * FRAME] = (
                np.frombuffer(frame.data, dtype=np.int16).astype(np.float32) / 32767.0
            )
        if bypass:
            out = buf[: n * FRAME].copy()
        self._mic_tail = buf[n * FRAME :]
        self.last_reference_rms = float(np.sqrt(energy / n)) if n else 0.0
        return out


CONVERGED_S = 2.0
"""WebRTC's canceller needs a second or two of the assistant's voice to find the echo's
delay; until then its echo passes through, so barge-in waits for this much."""


def make_echo_canceller(enabled: bool) -> EchoCanceller | None:
    """An echo canceller, or None when it is off or its library cannot load."""
    if not enabled:
        return None
    try:
        return EchoCanceller()
    except Exception as exc:  # the native library missing or broken: say so, carry on
        _LOGGER.warning("echo cancellation is unavailable (%s); barge-in is less reliable", exc)
        return None
