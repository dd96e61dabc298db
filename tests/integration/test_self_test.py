"""``assistant self-test``: one whole turn without sound devices, as the packaged app's
smoke test and a user's one-command check run it."""

import json
from pathlib import Path

import pytest
from hearth.assistant.audio.signal import load_audio, rms

from tests.conftest import run_cli

pytestmark = pytest.mark.integration


def test_self_test_answers_speaks_and_hears_itself(models_home: Path, tmp_path: Path) -> None:
    wav = tmp_path / "answer.wav"
    done = run_cli("self-test", "--output", str(wav), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    names = [s["name"] for s in report["steps"]]
    assert names == [
        "start",
        "skill answer",
        "language model answer",
        "speech to a file",
        "speech heard back",
    ]
    assert report["ok"] and report["output"] == str(wav)
    assert rms(load_audio(wav)) > 0.01


def test_self_test_names_the_broken_part_and_its_fix(models_home: Path, tmp_path: Path) -> None:
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"not a model")
    Path(str(voice) + ".json").write_text("{}")
    assert run_cli("config", "set", "tts.voice", str(voice)).returncode == 0
    done = run_cli("self-test", "--output", str(tmp_path / "a.wav"))
    assert done.returncode == 1
    assert "ok   skill answer" in done.stdout
    assert "BAD  speech to a file" in done.stdout and "fix:" in done.stdout
    assert "Self-test FAILED" in done.stdout
    assert not (tmp_path / "a.wav").exists()
