"""The audio devices of the system: list them, find one by name or index, play."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from hearth.assistant.errors import AudioDeviceError

_LOGGER = logging.getLogger(__name__)
BLOCK_S = 0.02
"""The live streams' block: 20 ms."""
STALL_S = 3.0
"""A running stream that delivers nothing for this long has lost its device."""


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError:
        raise AudioDeviceError(
            "The PortAudio sound library is not installed, so no microphone or speaker "
            "can be used.",
            "Install it (Debian/Ubuntu: sudo apt-get install libportaudio2). "
            "Typing ('assistant ask', 'assistant chat') and 'say -o FILE.wav' still work.",
        ) from None
    return sounddevice


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float
    is_default_input: bool
    is_default_output: bool


def list_devices() -> list[Device]:
    sd = _sounddevice()
    try:
        raw = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception as exc:
        raise AudioDeviceError(
            f"Cannot list audio devices: {exc}.",
            "Check that the sound system (PulseAudio/PipeWire) runs.",
        ) from None
    return [
        Device(
            i,
            d["name"],
            d["max_input_channels"],
            d["max_output_channels"],
            d["default_samplerate"],
            i == default_in,
            i == default_out,
        )
        for i, d in enumerate(raw)
    ]


def find_device(spec: str, direction: str) -> int | None:
    """Pick a device by index or (part of its) name; None means the system default.

    Raises AudioDeviceError when there is no such device, or no device at all.
    """
    devices = list_devices()
    key = "inputs" if direction == "input" else "outputs"
    usable = [d for d in devices if getattr(d, key) > 0]
    what = "microphone" if direction == "input" else "speaker or headphones"
    if not usable:
        raise AudioDeviceError(
            f"No {what} found.",
            "Connect one and check that the sound system sees it (pactl list short "
            f"{'sources' if direction == 'input' else 'sinks'}). "
            + (
                "Typing still works: assistant ask / assistant chat."
                if direction == "input"
                else "You can still write speech to a file: assistant say TEXT -o reply.wav"
            ),
        )
    if not spec:
        default = next((d for d in usable if getattr(d, f"is_default_{direction}")), None)
        return None if default is not None else usable[0].index
    if spec.isdigit():
        match = next((d for d in usable if d.index == int(spec)), None)
    else:
        match = next((d for d in usable if spec.lower() in d.name.lower()), None)
    if match is None:
        names = ", ".join(f"{d.index}: {d.name}" for d in usable)
        raise AudioDeviceError(
            f"There is no {what} called '{spec}'.",
            f"Pick one of: {names} (assistant devices lists them).",
        )
    return match.index


def play(audio: np.ndarray, sample_rate: int, device: str = "") -> None:
    """Play mono float32 audio on an output device and wait until it has been heard."""
    sd = _sounddevice()
    index = find_device(device, "output")
    try:
        sd.play(audio, sample_rate, device=index, blocking=True)
    except Exception as exc:
        raise AudioDeviceError(
            f"Playing sound failed: {exc}.",
            "Check the speaker, or write to a file with -o reply.wav.",
        ) from None


def play_stream(chunks: Iterable[np.ndarray], sample_rate: int, device: str = "") -> None:
    """Play mono float32 chunks as they come (speech being synthesised) and wait until
    all has been heard; memory stays that of one chunk."""
    sd = _sounddevice()
    index = find_device(device, "output")
    try:
        with sd.OutputStream(
            samplerate=sample_rate, channels=1, dtype="float32", device=index
        ) as out:
            for chunk in chunks:
                out.write(np.ascontiguousarray(chunk, dtype=np.float32))
    except sd.PortAudioError as exc:
        raise AudioDeviceError(
            f"Playing sound failed: {exc}.",
            "Check the speaker, or write to a file with -o reply.wav.",
        ) from None


def device_error(what: str, exc: BaseException | str) -> AudioDeviceError:
    if what == "microphone":
        fix = (
            "Check that a microphone is connected and not used exclusively by another app "
            "(assistant devices lists them). Typing still works."
        )
    else:
        fix = "Check the speaker or headphones (assistant devices lists them)."
    return AudioDeviceError(f"The {what} is not working ({exc}).", fix)


def rescan_devices() -> None:
    """Make PortAudio see devices that appeared or disappeared since it started."""
    sd = _sounddevice()
    try:
        sd._terminate()
        sd._initialize()
    except Exception:
        _LOGGER.debug("PortAudio rescan failed", exc_info=True)
