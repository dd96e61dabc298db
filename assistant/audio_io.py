"""Live microphone and speaker streams for the voice loop.

The PortAudio callbacks run on the audio thread and do as little as possible:
the microphone's copies each block into a queue; the speaker's copies queued
samples out. Resampling, echo cancellation, VAD and everything else happen on
the loop's own threads.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .audio import SAMPLE_RATE, _sounddevice, find_device, resample
from .errors import AudioDeviceError

_LOGGER = logging.getLogger(__name__)
BLOCK_S = 0.02
OUTPUT_LATENCY_S = 0.1
"""Measured through PulseAudio's ALSA plugin: at PortAudio's "low" output latency
(10-40 ms) a late callback under CPU load makes the plugin re-buffer for about two
seconds; at 100 ms it never did (tests in the notes of issue 3)."""
_LEAD_IN_S = 0.02
_STALL_S = 3.0
"""A running stream that delivers nothing for this long has lost its device."""


def _device_error(what: str, exc: BaseException | str) -> AudioDeviceError:
    if what == "microphone":
        fix = (
            "Check that a microphone is connected and not used exclusively by another app "
            "(assistant devices lists them). Typing still works."
        )
    else:
        fix = "Check the speaker or headphones (assistant devices lists them)."
    return AudioDeviceError(f"The {what} is not working ({exc}).", fix)


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
        raise _device_error("microphone", last_error or "it could not be opened")

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
                raise _device_error("microphone", "it is closed") from None
            if not stream.active or time.monotonic() - self._last_block > _STALL_S:
                raise _device_error("microphone", "it stopped delivering sound") from None
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


@dataclass
class _Clip:
    samples: np.ndarray
    tag: int
    pos: int = 0
    reference: bool = True
    """Whether the echo canceller should know about it (not for a short chime)."""


@dataclass
class _Sent:
    """One callback's block: when it plays and which clips' samples it carried."""

    dac_time: float
    """Stream time at which its first sample reaches the speaker."""
    frames: int
    parts: list[tuple[int, int, int, int]]
    """(tag, clip position before, samples taken, offset in the block) per clip."""


_SENT_KEPT = 64
"""Blocks remembered for ``stop``: ~1.3 s at 20 ms, far more than the device buffers."""


class Speaker:
    """Plays queued audio clips, can stop at once, and reports what was heard.

    ``on_played`` receives every block sent to the device (at the device's rate) with
    the monotonic time its first sample sounds, for the echo canceller's reference. It
    runs on the audio thread: it must only store it. ``on_discarded`` is told, after
    ``stop``, the monotonic time from which what ``on_played`` received was thrown away
    unplayed; it is called before any block of the restarted stream reaches ``on_played``.
    """

    def __init__(
        self,
        device: str,
        rate: int,
        on_played: Callable[[np.ndarray, float], None] | None = None,
        on_discarded: Callable[[float], None] | None = None,
    ) -> None:
        self.device = device
        self.rate = rate
        self.name = ""
        self._on_played = on_played
        self._on_discarded = on_discarded
        self._clips: deque[_Clip] = deque()
        self._lock = threading.Lock()
        self._played: dict[int, int] = {}
        self._sent: deque[_Sent] = deque(maxlen=_SENT_KEPT)
        self._stream: Any = None
        self._stream_lock = threading.Lock()
        """Held while the stream is aborted and restarted, so ``check`` never sees it
        stopped for a moment and takes that for a lost device."""
        self._broken: BaseException | None = None
        self._lead_in = 0
        """Samples of silence to start the first block after a restart with, if it
        carries a clip."""
        self._last_callback = 0.0
        self.first_audio_at: float | None = None
        """Monotonic time the current clip sequence first reached the device."""
        self.discarded_s = 0.0
        """Seconds of sound the last ``stop`` threw away from the device's buffer."""

    def open(self) -> None:
        sd = _sounddevice()
        index = find_device(self.device, "output")
        info = sd.query_devices(index if index is not None else sd.default.device[1])
        self.name = str(info["name"])
        try:
            stream = sd.OutputStream(
                device=index,
                channels=1,
                samplerate=self.rate,
                dtype="float32",
                blocksize=int(self.rate * BLOCK_S),
                latency=OUTPUT_LATENCY_S,
                callback=self._callback,
            )
            stream.start()
        except Exception as exc:
            raise _device_error("speaker", exc) from None
        self._stream = stream
        self._last_callback = time.monotonic()

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        self._last_callback = time.monotonic()
        out = outdata[:, 0]
        reference = np.zeros(frames, dtype=np.float32) if self._on_played is not None else None
        # How long until the block's first sample sounds. Right after a (re)start the
        # buffer is empty and PortAudio rightly reports ~0 for the first block (then 20,
        # 40, ... ms while it fills). Not reported (or nonsense): taken as 0, because for
        # the echo canceller a reference early is harmless and one late is fatal.
        now, dac = time_info.currentTime, time_info.outputBufferDacTime
        if not 0.0 <= dac - now < 5.0:
            dac = now
        sounds_at = self._last_callback + (dac - now)  # the same moment, on our clock
        filled = 0
        parts: list[tuple[int, int, int, int]] = []
        with self._lock:
            lead_in, self._lead_in = self._lead_in, 0
            if lead_in and self._clips:
                filled = min(frames, lead_in)
                out[:filled] = 0.0
            while filled < frames and self._clips:
                clip = self._clips[0]
                take = min(frames - filled, clip.samples.size - clip.pos)
                out[filled : filled + take] = clip.samples[clip.pos : clip.pos + take]
                if reference is not None and clip.reference:
                    reference[filled : filled + take] = out[filled : filled + take]
                parts.append((clip.tag, clip.pos, take, filled))
                clip.pos += take
                filled += take
                self._played[clip.tag] = clip.pos
                if clip.pos >= clip.samples.size:
                    self._clips.popleft()
            self._sent.append(_Sent(dac, frames, parts))
            if filled and self.first_audio_at is None:
                self.first_audio_at = self._last_callback
        out[filled:] = 0.0
        if self._on_played is not None and reference is not None:
            self._on_played(reference, sounds_at)

    def play(self, samples: np.ndarray, tag: int, reference: bool = True) -> None:
        with self._lock:
            self._clips.append(_Clip(samples.astype(np.float32, copy=False), tag, 0, reference))

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._clips)

    def played(self, tag: int) -> int:
        """Samples of clip ``tag`` that reached the device (after a ``stop``: that were
        heard; what it discarded unplayed does not count)."""
        with self._lock:
            return self._played.get(tag, 0)

    def stop(self) -> None:
        """Drop everything queued and what the device holds unplayed: quiet at once.

        ``stop()`` of a PortAudio stream would play out its buffer (~150 ms through
        PulseAudio); ``abort()`` throws it away. The stream is then started again, and
        the bookkeeping (``played``, the echo canceller's reference) forgets the
        discarded samples, which were never heard."""
        with self._lock:
            self._clips.clear()
        self._discard_buffer(sound=True)

    def start_now(self) -> None:
        """Before a new reply: throw away the silence the device holds buffered, so that
        what is queued next sounds at once. The stream runs all the time, ~150 ms ahead
        of the speaker through PulseAudio, so a reply queued while it was quiet waited for
        that silence to play out; now it starts within ~30 ms. Nothing happens while
        something is playing or queued."""
        with self._lock:
            if self._clips:
                return
        self._discard_buffer(sound=False)

    def _discard_buffer(self, sound: bool) -> None:
        """Abort and restart the stream if what it holds unplayed is ``sound`` (for
        ``stop``) or only silence (for ``start_now``)."""
        with self._stream_lock:
            stream = self._stream
            if stream is None or self._broken is not None:
                return
            try:
                now = float(stream.time)
            except Exception:  # a vanished device: check() will say so
                return
            if self._unplayed_sound(now) != sound:
                return  # nothing to cut short, or sound that must play out
            try:
                stream.abort()
            except Exception as exc:
                self._broken = exc
                return
            stopped = time.monotonic()
            discarded = self._forget_unplayed(now)
            if sound:
                self.discarded_s = discarded / self.rate
            if self._on_discarded is not None and discarded:
                self._on_discarded(stopped)
            with self._lock:
                # A restarted stream's first block is now and then lost (~20 ms seen
                # through PulseAudio): lead in with silence rather than lose a syllable.
                self._lead_in = int(_LEAD_IN_S * self.rate)
            try:
                stream.start()
            except Exception as exc:  # the device went away meanwhile
                self._broken = exc
                return
            self._last_callback = time.monotonic()

    def _unplayed_sound(self, now: float) -> bool:
        with self._lock:
            return any(
                take and sent.dac_time + (offset + take) / self.rate > now
                for sent in self._sent
                for _tag, _pos, take, offset in sent.parts
            )

    def _forget_unplayed(self, now: float) -> int:
        """Roll ``played`` back to what was heard by stream time ``now``; returns how many
        samples (silence included) had been sent and not yet played."""
        discarded = 0
        with self._lock:
            for sent in self._sent:
                heard = min(sent.frames, max(0, round((now - sent.dac_time) * self.rate)))
                discarded += sent.frames - heard
                for tag, pos, take, offset in sent.parts:
                    if offset + take > heard:
                        kept = pos + max(0, heard - offset)
                        self._played[tag] = min(self._played.get(tag, kept), kept)
            self._sent.clear()
        return discarded

    def reset(self) -> None:
        with self._lock:
            self._clips.clear()
            self._played.clear()
            self.first_audio_at = None

    def check(self) -> None:
        """Raise AudioDeviceError if the device stopped taking audio."""
        with self._stream_lock:
            stream, broken = self._stream, self._broken
            if stream is None:
                raise _device_error("speaker", "it is closed")
            if broken is not None:
                raise _device_error("speaker", broken)
            if not stream.active or time.monotonic() - self._last_callback > _STALL_S:
                raise _device_error("speaker", "it stopped playing")

    def close(self) -> None:
        with self._stream_lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort(ignore_errors=True)
                stream.close(ignore_errors=True)
            except Exception:
                _LOGGER.debug("closing the speaker failed", exc_info=True)


def reference_resampler(rate: int) -> Callable[[np.ndarray], np.ndarray]:
    """Convert played blocks at ``rate`` to 16 kHz for the echo canceller."""
    if rate == SAMPLE_RATE:
        return lambda block: block
    return lambda block: resample(block, rate, SAMPLE_RATE)


def rescan_devices() -> None:
    """Make PortAudio see devices that appeared or disappeared since it started."""
    sd = _sounddevice()
    try:
        sd._terminate()
        sd._initialize()
    except Exception:
        _LOGGER.debug("PortAudio rescan failed", exc_info=True)
