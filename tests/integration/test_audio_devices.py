"""Real audio devices: a PulseAudio server with a virtual speaker and microphone."""

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.integration, pytest.mark.audio]


def test_devices_and_doctor_see_the_virtual_devices(
    models_home: Path, pulse: dict[str, str]
) -> None:
    devices = run_cli("devices", "--json")
    assert devices.returncode == 0, devices.stderr
    listed = json.loads(devices.stdout)
    assert any(d["inputs"] > 0 and d["is_default_input"] for d in listed)
    assert any(d["outputs"] > 0 and d["is_default_output"] for d in listed)
    doctor = run_cli("doctor", "--full")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "checksums verified" in doctor.stdout
    assert "All good." in doctor.stdout


def test_say_is_heard_on_the_speaker(
    models_home: Path, pulse: dict[str, str], tmp_path: Path
) -> None:
    heard = tmp_path / "heard.wav"
    recorder = subprocess.Popen(
        ["parecord", "--device=speaker.monitor", "--file-format=wav", str(heard)]
    )
    try:
        time.sleep(0.3)
        done = run_cli("say", "The living room lamp is now on.")
        assert done.returncode == 0, done.stderr
        time.sleep(0.5)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    text = run_cli("transcribe", str(heard))
    assert text.returncode == 0, text.stderr
    assert "living room lamp" in text.stdout.lower()


def test_an_unknown_output_device_is_a_clear_error(
    models_home: Path, pulse: dict[str, str]
) -> None:
    done = run_cli("say", "hello", "--device", "Bluetooth headphones")
    assert done.returncode == 1
    assert "There is no speaker or headphones called 'Bluetooth headphones'" in done.stderr
    assert "assistant devices" in done.stderr
