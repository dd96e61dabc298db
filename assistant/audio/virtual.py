"""A private PulseAudio server with a virtual microphone and speaker.

Tests and ``assistant bench --voice`` talk to the running assistant through it,
the way a person would: they play a recording into ``micfeed`` (which the app
hears as the microphone ``mic``) and record ``speaker.monitor`` (what the app
played). Nothing touches the user's own sound server: the server lives in its
own runtime folder and is reached through ``PULSE_SERVER``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from hearth.assistant.errors import AudioDeviceError

RATE = 16000
_CHUNK = RATE // 50  # 20 ms
_MODULES = (
    ["load-module", "module-null-sink", "sink_name=speaker"],
    ["load-module", "module-null-sink", "sink_name=micfeed"],
    ["load-module", "module-remap-source", "master=micfeed.monitor", "source_name=mic"],
    ["set-default-source", "mic"],
    ["set-default-sink", "speaker"],
)


def available() -> str:
    """'' when a virtual audio server can be started here, else the reason it cannot."""
    missing = [b for b in ("pulseaudio", "pactl", "pacat") if not shutil.which(b)]
    if missing:
        return (
            f"PulseAudio is not installed ({', '.join(missing)} missing): "
            "apt-get install pulseaudio pulseaudio-utils libasound2-plugins"
        )
    return ""


class VirtualAudio:
    """Start with ``start()`` (or ``with``); its ``env`` points programs at it."""

    def __init__(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="hearth-pulse-"))
        self.env = {
            "PULSE_RUNTIME_PATH": str(self.runtime),
            "PULSE_SERVER": f"unix:{self.runtime}/native",
        }
        self._previous: dict[str, str | None] = {}

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env={**os.environ, **self.env}, capture_output=True, text=True, check=check
        )

    def start(self) -> VirtualAudio:
        reason = available()
        if reason:
            raise AudioDeviceError(reason, "Install PulseAudio, or run without virtual devices.")
        for _ in range(3):  # a loaded machine's old server may still be going
            self._run("pulseaudio", "--kill", check=False)
            started = self._run(
                "pulseaudio",
                "-D",
                "--exit-idle-time=-1",
                "-n",
                "--load=module-native-protocol-unix",
                "--load=module-always-sink",
                check=False,
            )
            if started.returncode == 0:
                break
            time.sleep(1.0)
        if started.returncode != 0:
            raise AudioDeviceError(
                f"PulseAudio would not start: {started.stderr.strip()[-300:]}",
                "Check that PulseAudio can run as this user.",
            )
        for command in _MODULES:
            self._run("pactl", *command)
        return self

    def stop(self) -> None:
        self._run("pulseaudio", "--kill", check=False)
        for _ in range(200):  # wait (10 s at most) until the old server has let go of its socket
            if not (self.runtime / "pid").exists():
                break
            time.sleep(0.05)

    def restart(self) -> None:
        """Kill the server and start a fresh one: every device vanishes, then returns."""
        self.stop()
        self.start()

    def activate(self) -> None:
        """Point this process (and its PortAudio) at the server."""
        self._previous = {k: os.environ.get(k) for k in self.env}
        os.environ.update(self.env)

    def deactivate(self) -> None:
        for key, value in self._previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value

    def close(self) -> None:
        self.stop()
        self.deactivate()
        shutil.rmtree(self.runtime, ignore_errors=True)

    def __enter__(self) -> VirtualAudio:
        self.start()
        self.activate()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- talking to the app, hearing it -----------------------------------------------------

    def _pacat(self, mode: str, device: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                "pacat",
                mode,
                f"--device={device}",
                "--raw",
                "--format=float32le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
            ],
            env={**os.environ, **self.env},
            stdin=subprocess.PIPE if mode == "--playback" else subprocess.DEVNULL,
            stdout=subprocess.PIPE if mode == "--record" else subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def speak(self, audio: np.ndarray, lead_silence_s: float = 0.3) -> float:
        """Play 16 kHz audio into the microphone in real time; return the monotonic time
        at which its first sample was written (after ``lead_silence_s`` of silence)."""
        proc = self._pacat("--playback", "micfeed")
        assert proc.stdin is not None
        lead = np.zeros(int(lead_silence_s * RATE), dtype=np.float32)
        data = np.concatenate([lead, audio.astype(np.float32), np.zeros(RATE // 5, np.float32)])
        start = time.monotonic()
        for i in range(0, data.size, _CHUNK):
            due = start + i / RATE
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            proc.stdin.write(data[i : i + _CHUNK].tobytes())
            proc.stdin.flush()
        proc.stdin.close()
        proc.wait(timeout=10)
        return start + lead_silence_s


class SpeakerRecorder:
    """Records what the app plays (``speaker.monitor``), stamping when each block arrived."""

    def __init__(self, audio: VirtualAudio) -> None:
        self._proc = audio._pacat("--record", "speaker.monitor")
        self._blocks: list[tuple[float, np.ndarray]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        stream = self._proc.stdout
        assert stream is not None
        while chunk := stream.read(_CHUNK * 4):
            samples = np.frombuffer(chunk, dtype=np.float32)
            with self._lock:
                self._blocks.append((time.monotonic(), samples))

    def audio(self, since: float = 0.0) -> np.ndarray:
        with self._lock:
            parts = [b for t, b in self._blocks if t >= since]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def first_sound_after(self, since: float, threshold: float = 0.01) -> float | None:
        """When the first audible sample (|x| > threshold) arrived after ``since``: the
        block's arrival time, minus the samples that came after it in that block."""
        with self._lock:
            blocks = list(self._blocks)
        for arrived, samples in blocks:
            if arrived < since:
                continue
            loud = np.flatnonzero(np.abs(samples) > threshold)
            if loud.size:
                return arrived - (samples.size - loud[0]) / RATE
        return None

    def clear(self) -> None:
        with self._lock:
            self._blocks.clear()

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=5)
