"""The live microphone stream for the voice loop.

The PortAudio callback runs on the audio thread and only copies each block into a
queue; resampling, echo cancellation, VAD and everything else happen on the loop's
own threads.
"""

from __future__ import annotations

import logging
import queue
import time
from collections import deque
from typing import Any

import numpy as np
from hearth.assistant.audio.devices import (
    BLOCK_S,
    STALL_S,
    _sounddevice,
    device_error,
    find_device,
)
from hearth.assistant.audio.signal import SAMPLE_RATE, resample

_LOGGER = logging.getLogger(__name__)


class CaptureClock:
    """When each microphone block was captured, from when the blocks arrive.

    PortAudio's own capture times are wrong through PulseAudio for about a second
    after the stream opens (it reports ~0.6 s of latency, then less by 20 ms a block,
    while the audio arrives steadily and whole: measured with clicks). A block cannot
    arrive before its last sample was captured, and arrives later when the callback is
    late, never earlier. So the capture time is the earliest arrival over the last
    ``window_s``, carried forward by the samples counted since; it errs late by the
    device's own latency (~7 ms here), which only puts the echo canceller's reference
    further ahead, never behind.
    """

    def __init__(self, rate: int, window_s: float = 2.0) -> None:
        self.rate = rate
        self.window_s = window_s
        self._count = 0
        self._origins: deque[tuple[float, float]] = deque()
        """(arrival, implied time of sample 0) per block, the smallest origin in front."""

    def restart(self) -> None:
        """Samples were lost (an overflow): the count no longer runs from the same
        origin."""
        self._count = 0
        self._origins.clear()

    def stamp(self, arrived: float, frames: int) -> float:
        """The capture time of the first sample of a block of ``frames`` that arrived
        (monotonic) at ``arrived``."""
        origin = arrived - (self._count + frames) / self.rate
        while self._origins and self._origins[-1][1] >= origin:
            self._origins.pop()
        self._origins.append((arrived, origin))
        while self._origins[0][0] < arrived - self.window_s:
            self._origins.popleft()
        captured = self._origins[0][1] + self._count / self.rate
        self._count += frames
        return captured


class Microphone:
    """16 kHz mono blocks from an input device, each with the time it was captured."""

    def __init__(self, device: str = "") -> None:
        self.device = device
        self.rate = SAMPLE_RATE
        self.name = ""
        self._queue: queue.Queue[tuple[np.ndarray, float]] = queue.Queue(maxsize=500)
        self._stream: Any = None
        self.overflows = 0
        self._last_block = 0.0
        self._clock = CaptureClock(SAMPLE_RATE)

    def open(self) -> None:
        sd = _sounddevice()
        index = find_device(self.device, "input")
        info = sd.query_devices(index if index is not None else sd.default.device[0])
        self.name = str(info["name"])
        last_error: Exception | None = None
        for rate in (SAMPLE_RATE, int(info["default_samplerate"])):
            try:
                stream = sd.InputStream(
                    device=index,
                    channels=1,
                    samplerate=rate,
                    dtype="float32",
                    blocksize=int(rate * BLOCK_S),
                    latency="low",
                    callback=self._callback,
                )
                self._clock = CaptureClock(rate)
                stream.start()
            except Exception as exc:  # PortAudioError, or a rate the device refuses
                last_error = exc
                continue
            self._stream, self.rate = stream, rate
            self._last_block = time.monotonic()
            return
        raise device_error("microphone", last_error or "it could not be opened")

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        arrived = time.monotonic()
        if status and status.input_overflow:  # the device dropped samples
            self._clock.restart()
        captured = self._clock.stamp(arrived, frames)
        try:
            self._queue.put_nowait((indata[:, 0].copy(), captured))
        except queue.Full:
            self.overflows += 1

    def read(self, timeout: float = 0.2) -> tuple[np.ndarray, float] | None:
        """The next block at 16 kHz and the monotonic time its first sample was
        captured; None if nothing came within ``timeout``.

        Raises AudioDeviceError when the stream has stopped delivering sound.
        """
        try:
            block, captured = self._queue.get(timeout=timeout)
        except queue.Empty:
            stream = self._stream
            if stream is None:
                raise device_error("microphone", "it is closed") from None
            if not stream.active or time.monotonic() - self._last_block > STALL_S:
                raise device_error("microphone", "it stopped delivering sound") from None
            return None
        self._last_block = time.monotonic()
        if self.rate != SAMPLE_RATE:
            block = resample(block, self.rate, SAMPLE_RATE)
        return block, captured

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort(ignore_errors=True)
                stream.close(ignore_errors=True)
            except Exception:  # a vanished device can fail to close; it is gone anyway
                _LOGGER.debug("closing the microphone failed", exc_info=True)
