"""Echo cancellation: take the assistant's own voice out of the microphone signal.

Through laptop speakers the microphone hears the assistant talk. Without this,
its own voice would trigger barge-in and be transcribed as if the user said it.
WebRTC's audio processing (AEC3, through the ``livekit`` wheel) subtracts what
was played (the *reference*) from what the microphone captured, finding the
delay between the two by itself once both are lined up by the times the devices
report.

Both signals are 16 kHz mono float32 here, processed in 10 ms frames.
"""

from __future__ import annotations

import logging

import numpy as np

_LOGGER = logging.getLogger(__name__)
RATE = 16000
FRAME = RATE // 100  # 10 ms


def _int16(x: np.ndarray) -> bytes:
    return (np.clip(x, -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()


_JITTER_S = 0.04
"""Devices report when a block sounds or was captured only roughly (PulseAudio's reports
wander by ~25 ms); a block within this of where the last one ended simply continues it,
so the signals stay smooth. Beyond it (a restarted stream, a backlog) the time is taken
as reported."""
_LEAD_S = 0.03
"""The reference is fed this far ahead of the microphone, so that an error in the
reported times cannot make the echo arrive before its reference (which the canceller
cannot undo); it only adds to the echo delay the canceller finds by itself."""
_STALE_S = 0.3
"""Microphone audio waits for its reference at most this long (a stalled speaker)."""
_KEEP_S = 1.0
"""Played audio kept behind the microphone's position, in case its time jumps back."""
_SOUND = 1e-3
"""Played samples louder than this (-60 dBFS) count as sound."""
ECHO_TAIL_S = 0.25
"""After the speaker's last sound, how long its echo can still reach the microphone (the
capture path's latency and a room's audible reverberation). Microphone audio captured
later than that passes the canceller untouched: AEC3 goes on suppressing for ~300 ms
after the far end falls silent, which cut the first word of a user who answered right
after a reply."""


class _Timeline:
    """Played audio placed at the (monotonic) times it sounded; silence where nothing was."""

    def __init__(self) -> None:
        self.t0: float | None = None
        self.samples = np.zeros(0, dtype=np.float32)

    @property
    def end(self) -> float:
        return -np.inf if self.t0 is None else self.t0 + self.samples.size / RATE

    def put(self, audio: np.ndarray, at: float | None) -> float:
        """Place ``audio`` starting at time ``at`` (None: right after the last); returns
        the time it was placed at."""
        if self.t0 is None:
            self.t0 = 0.0 if at is None else at
            self.samples = audio.astype(np.float32, copy=True)
            return self.t0
        end = self.end
        if at is None or abs(at - end) <= _JITTER_S:
            at = end
        index = round((at - self.t0) * RATE)
        if index < 0:  # older than what is kept
            audio, index = audio[-index:], 0
        if index >= self.samples.size:
            gap = np.zeros(index - self.samples.size, dtype=np.float32)
            self.samples = np.concatenate([self.samples, gap, audio])
        else:
            # The device's time went back: what was placed after this block came from
            # earlier blocks, so it plays before this one, and its times were wrong. Left
            # there, its end would draw the next blocks after it, late by up to _JITTER_S.
            self.samples = np.concatenate([self.samples[:index], audio])
        return self.t0 + index / RATE

    def get(self, at: float, n: int) -> np.ndarray:
        """``n`` samples from time ``at``; silence where nothing was played."""
        out = np.zeros(n, dtype=np.float32)
        if self.t0 is None:
            return out
        index = round((at - self.t0) * RATE)
        lo, hi = max(index, 0), min(index + n, self.samples.size)
        if hi > lo:
            out[lo - index : hi - index] = self.samples[lo:hi]
        return out

    def cut(self, after: float) -> None:
        """Forget everything from time ``after`` on."""
        if self.t0 is not None:
            self.samples = self.samples[: max(0, round((after - self.t0) * RATE))]

    def trim(self, before: float) -> None:
        """Forget everything older than ``before``."""
        if self.t0 is not None and before > self.t0:
            drop = min(self.samples.size, round((before - self.t0) * RATE))
            self.samples = self.samples[drop:]
            self.t0 += drop / RATE


class EchoCanceller:
    """Feed what was played with ``played``; clean what was heard with ``process``.

    Both come with the monotonic time of their first sample: when it sounded on the
    speaker, when the microphone captured it. The two are matched by those times, not by
    counting samples: the devices deliver in bursts, the microphone can lose blocks, the
    speaker is stopped and restarted on barge-in and for each new reply, and a count
    drifts with every one of them (and then the canceller lets the echo through while it
    searches for it).
    Without times (tests) each block simply follows the last.
    """

    def __init__(self, echo_tail_s: float = ECHO_TAIL_S) -> None:
        from livekit import rtc

        self._rtc = rtc
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=True, noise_suppression=False, high_pass_filter=True
        )
        self._reference = _Timeline()
        self._mic_tail = np.zeros(0, dtype=np.float32)
        self._mic_at: float | None = None
        """Capture time of the first sample of ``_mic_tail``."""
        self.echo_tail_s = echo_tail_s
        self.sounding_until = -np.inf
        """When the last sound that was played stopped (monotonic)."""
        self.last_reference_rms = 0.0
        """Level of the played audio matched with the last ``process`` call."""
        self.heard_s = 0.0
        """Seconds of (non-silent) played audio the canceller has adapted to so far."""

    def played(self, audio: np.ndarray, at: float | None = None) -> None:
        """Audio (16 kHz) that went out to the speaker, sounding from time ``at``."""
        audio = audio.astype(np.float32, copy=False)
        placed = self._reference.put(audio, at)
        loud = np.flatnonzero(np.abs(audio) > _SOUND)
        if loud.size:
            self.sounding_until = max(self.sounding_until, placed + (loud[-1] + 1) / RATE)

    def unplayed(self, after: float) -> None:
        """The device threw away, unplayed, everything it had been given to sound from
        time ``after`` on (barge-in): forget it, it never reached the microphone."""
        self._reference.cut(after)
        self.sounding_until = min(self.sounding_until, after)

    def process(self, mic: np.ndarray, at: float | None = None) -> np.ndarray:
        """Microphone audio (16 kHz) captured from time ``at``, with the echo of what was
        played removed.

        Returns whole 10 ms frames; the rest waits for the next call, as does audio whose
        reference has not arrived yet (the speaker hands it over ahead of time, in bursts;
        if it stalls, its reference counts as silence after ``_STALE_S``). Audio captured
        longer than ``echo_tail_s`` after the last played sound is returned untouched (the
        canceller still runs on it, to stay adapted).
        """
        mic = mic.astype(np.float32, copy=False)
        if self._mic_at is None:
            self._mic_at = 0.0 if at is None else at
        elif at is not None:
            expected = self._mic_at + self._mic_tail.size / RATE
            if abs(at - expected) > _JITTER_S:  # a gap or a backlog: trust the device
                self._mic_tail = np.zeros(0, dtype=np.float32)
                self._mic_at = at
        buf = np.concatenate([self._mic_tail, mic])
        start = self._mic_at
        n = buf.size // FRAME
        # Wait for the reference of these frames, unless the speaker has stalled.
        known = self._reference.end - _LEAD_S
        stale = start + buf.size / RATE - known > _STALE_S
        if not stale:
            n = min(n, max(0, int((known - start) * RATE) // FRAME))
        out = np.empty(n * FRAME, dtype=np.float32)
        energy = 0.0
        for i in range(n):
            t = start + i * FRAME / RATE
            played = self._reference.get(t + _LEAD_S, FRAME)
            power = float(np.mean(np.square(played)))
            energy += power
            if power > 2.5e-5:  # louder than -46 dBFS: something to learn the echo from
                self.heard_s += FRAME / RATE
            ref = self._rtc.AudioFrame(_int16(played), RATE, 1, FRAME)
            self._apm.process_reverse_stream(ref)
            raw = buf[i * FRAME : (i + 1) * FRAME]
            frame = self._rtc.AudioFrame(_int16(raw), RATE, 1, FRAME)
            self._apm.process_stream(frame)
            if t > self.sounding_until + self.echo_tail_s:
                out[i * FRAME : (i + 1) * FRAME] = raw
            else:
                out[i * FRAME : (i + 1) * FRAME] = (
                    np.frombuffer(frame.data, dtype=np.int16).astype(np.float32) / 32767.0
                )
        self._mic_tail = buf[n * FRAME :]
        self._mic_at = start + n * FRAME / RATE
        self._reference.trim(self._mic_at - _KEEP_S)
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
