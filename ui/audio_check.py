"""What the settings window needs to check a microphone and a speaker: a live level
from the chosen microphone, and a short chime on the chosen speaker. No Qt in here;
the level arrives on PortAudio's thread and the caller passes it on."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
from hearth.assistant.audio.devices import _sounddevice, find_device, play
from hearth.assistant.errors import AssistantError, AudioDeviceError

MONITOR_RATE = 16000


def dbfs(block: np.ndarray) -> float:
    """Loudness of a block of float samples: -100 (silent) to 0 (full scale)."""
    if block.size == 0:
        return -100.0
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    return max(-100.0, 20 * math.log10(rms)) if rms > 0 else -100.0


def chime(rate: int = 24000) -> np.ndarray:
    """Two soft rising notes, 0.6 s, for 'Play a test sound'."""
    pieces = []
    for freq in (660.0, 880.0):
        t = np.arange(int(0.3 * rate)) / rate
        envelope = np.minimum(1.0, t / 0.02) * np.exp(-5 * t)
        pieces.append(0.3 * envelope * np.sin(2 * np.pi * freq * t))
    return np.concatenate(pieces).astype(np.float32)


class MicMonitor:
    """Opens the microphone and reports its level about 20 times a second."""

    def __init__(self, device: str, on_level: Callable[[float], None]) -> None:
        sd = _sounddevice()
        index = find_device(device, "input")
        self._on_level = on_level

        def callback(indata: np.ndarray, frames: int, when: Any, status: Any) -> None:
            self._on_level(dbfs(indata[:, 0]))

        try:
            self._stream = sd.InputStream(
                samplerate=MONITOR_RATE,
                channels=1,
                dtype="float32",
                blocksize=MONITOR_RATE // 20,
                device=index,
                callback=callback,
            )
            self._stream.start()
        except Exception as exc:
            raise AudioDeviceError(
                f"The microphone could not be opened ({exc}).",
                "Pick another microphone, or check that no other program holds it.",
            ) from None

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except Exception:
            pass  # the device may already be gone; closing is best effort


def play_test_sound(device: str, done: Callable[[str, str], None]) -> None:
    """Play the chime on a worker thread; ``done`` gets ('', '') or what went wrong and
    what to do (in the core's English: the window translates them where it shows them)."""

    def run() -> None:
        try:
            play(chime(), 24000, device)
        except AssistantError as exc:
            done(exc.message, exc.fix)
            return
        done("", "")

    threading.Thread(target=run, name="hearth-test-sound", daemon=True).start()
