"""The microphone and speaker as the voice loop uses them: two small Protocols, and the
factories that open the real ones (PortAudio) by default.

Tests and benchmarks hand the loop other factories: ``hearth.assistant.testing.audio``
has a microphone that replays a recording and a speaker that plays into nothing, both
in real time, so the whole loop runs without a sound server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

OnPlayed = Callable[[np.ndarray, float], None]
"""Told every block sent to the speaker and the monotonic time it sounds (the echo
canceller's reference; runs on the audio thread)."""
OnDiscarded = Callable[[float], None]
"""Told, after ``stop``, from which monotonic time what was sent was thrown away."""


class MicrophoneLike(Protocol):
    name: str

    def open(self) -> None: ...

    def read(self, timeout: float = 0.2) -> tuple[np.ndarray, float] | None:
        """The next 16 kHz mono block and the monotonic time it was captured; None if
        none came within ``timeout``. Raises AudioDeviceError when the device is lost."""
        ...

    def close(self) -> None: ...


class SpeakerLike(Protocol):
    name: str
    rate: int
    first_audio_at: float | None
    """Monotonic time the current sequence of clips first reached the device."""

    def open(self) -> None: ...

    def play(self, samples: np.ndarray, tag: int, reference: bool = True) -> None:
        """Queue a clip; ``tag`` names it for ``played``."""
        ...

    @property
    def busy(self) -> bool: ...

    def played(self, tag: int) -> int:
        """Samples of the clip ``tag`` that have been heard."""
        ...

    def stop(self) -> None:
        """Silence now and forget every queued clip."""
        ...

    def start_now(self) -> None: ...

    def reset(self) -> None: ...

    def check(self) -> None:
        """Raise AudioDeviceError if the device was lost."""
        ...

    def close(self) -> None: ...


MicrophoneFactory = Callable[[str], MicrophoneLike]
"""device name -> microphone (not yet open)."""
SpeakerFactory = Callable[[str, int, OnPlayed | None, OnDiscarded | None], SpeakerLike]
"""(device name, sample rate, on_played, on_discarded) -> speaker (not yet open)."""


def real_microphone(device: str) -> MicrophoneLike:
    from hearth.assistant.audio.microphone import Microphone

    return Microphone(device)


def real_speaker(
    device: str, rate: int, on_played: OnPlayed | None, on_discarded: OnDiscarded | None
) -> SpeakerLike:
    from hearth.assistant.audio.speaker import Speaker

    return Speaker(device, rate, on_played, on_discarded)
