"""The live speaker stream for the voice loop.

The PortAudio callback runs on the audio thread and only copies queued samples out,
noting when each block sounds (the echo canceller's reference).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
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
OUTPUT_LATENCY_S = 0.1
"""Measured through PulseAudio's ALSA plugin: at PortAudio's "low" output latency
(10-40 ms) a late callback under CPU load makes the plugin re-buffer for about two
seconds; at 100 ms it never did (tests in the notes of issue 3)."""
_LEAD_IN_S = 0.02
_RESTART_STALL_S = 0.3
"""A stream that has asked for no audio for this long (a block is ~20 ms) is not
restarted to drop its buffer: with the sound server gone, PortAudio's start blocks for
ever while its ALSA thread spins."""


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
            raise device_error("speaker", exc) from None
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
            if time.monotonic() - self._last_callback > _RESTART_STALL_S:
                return  # not running (the device is gone): restarting it could hang
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
                raise device_error("speaker", "it is closed")
            if broken is not None:
                raise device_error("speaker", broken)
            if not stream.active or time.monotonic() - self._last_callback > STALL_S:
                raise device_error("speaker", "it stopped playing")

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
