"""The microphone and speaker as the voice loop uses them: two small Protocols, and the
factories that open the real ones (PortAudio) by default.

``LoopDevices`` opens and closes the pair for the loop. Tests and benchmarks hand the
loop other factories: ``hearth.assistant.testing.audio``
has a microphone that replays a recording and a speaker that plays into nothing, both
in real time, so the whole loop runs without a sound server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import numpy as np
from hearth.assistant.errors import AssistantError, AudioDeviceError

if TYPE_CHECKING:
    from hearth.assistant.voice.capture import Capture
    from hearth.assistant.voice.speaking import Speaking

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


class LoopDevices:
    """The loop's microphone and speaker, opened and closed together (the listening
    stage's ``Devices``). What the speaker plays feeds the echo canceller, which starts
    afresh each time they open."""

    def __init__(
        self,
        microphone: MicrophoneFactory | None,
        speaker: SpeakerFactory | None,
        device_in: str,
        device_out: str,
        sample_rate: Callable[[], int],
        echo_cancel: bool,
        capture: Capture,
        speaking: Speaking,
    ) -> None:
        self.microphone = microphone
        self.speaker_factory = speaker
        self.device_in, self.device_out = device_in, device_out
        self._sample_rate = sample_rate
        self._echo_cancel = echo_cancel
        self._capture = capture
        self._speaking = speaking
        self.mic: MicrophoneLike | None = None
        self.speaker: SpeakerLike | None = None
        self.ok = False

    def open(self) -> tuple[MicrophoneLike, SpeakerLike]:
        """Open the speaker, then the microphone."""
        assert self.microphone is not None
        speaker = self.open_speaker()
        mic = self.microphone(self.device_in)
        try:
            mic.open()
        except AudioDeviceError:
            self.close()
            raise
        self.mic = mic
        return mic, speaker

    def open_speaker(self) -> SpeakerLike:
        from hearth.assistant.audio.echo import make_echo_canceller
        from hearth.assistant.audio.speaker import reference_resampler

        if self.speaker_factory is None:
            raise AudioDeviceError("This loop plays nothing.", "")
        rate = self._sample_rate()
        capture = self._capture
        capture.echo = make_echo_canceller(self._echo_cancel)
        capture.to_16k = reference_resampler(rate)
        echo = capture.echo is not None
        speaker = self.speaker_factory(
            self.device_out,
            rate,
            capture.played if echo else None,
            capture.discarded if echo else None,
        )
        speaker.open()
        self.speaker = speaker
        self._speaking.use(speaker)
        self.ok = True
        return speaker

    def close(self) -> None:
        mic, self.mic = self.mic, None
        speaker, self.speaker = self.speaker, None
        self._speaking.speaker = None  # a reply now goes unheard, without waiting
        self.ok = False
        if mic is not None:
            mic.close()
        if speaker is not None:
            speaker.close()

    def rescan(self) -> None:
        """Let PortAudio see devices plugged in (or out) since it started."""
        from hearth.assistant.audio.devices import rescan_devices

        with contextlib.suppress(AssistantError):
            rescan_devices()
