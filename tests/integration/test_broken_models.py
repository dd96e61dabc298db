"""A missing or damaged model gives a message naming the file and the command that
fixes it, and the fix works."""

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.conftest import run_cli

pytestmark = pytest.mark.integration


@pytest.fixture
def own_data(models_home: Path, tmp_path: Path) -> dict[str, str]:
    """A private copy of the installed models: linked, not copied (the chat model alone
    is 1.1 GB); a test damages a file only after ``own`` made it its own."""
    data = tmp_path / "data"
    shutil.copytree(models_home, data, copy_function=os.link)
    return {"HEARTH_DATA_DIR": str(data)}


def own(path: Path) -> Path:
    """Break the link to the shared installed file, so damaging ``path`` is private."""
    copy = path.with_name(path.name + ".own")
    shutil.copyfile(path, copy)
    os.replace(copy, path)
    return path


def test_truncated_language_model(own_data: dict[str, str]) -> None:
    models = Path(own_data["HEARTH_DATA_DIR"]) / "models"
    path = own(models / "qwen2.5-coder-1.5b/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    done = run_cli("ask", "What is a volcano?", env=own_data)
    assert done.returncode == 1
    assert str(path) in done.stderr
    assert "assistant models install qwen2.5-coder-1.5b --force" in done.stderr
    assert "Traceback" not in done.stderr
    fixed = run_cli("models", "install", "qwen2.5-coder-1.5b", "--force", env=own_data)
    assert fixed.returncode == 0
    assert run_cli("ask", "What is a volcano?", env=own_data).returncode == 0


def test_same_size_damage_to_the_voice(own_data: dict[str, str], tmp_path: Path) -> None:
    path = own(Path(own_data["HEARTH_DATA_DIR"]) / "models/piper-joe/en_US-joe-medium.onnx")
    with path.open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\0" * 4096)
    done = run_cli("say", "hello", "-o", str(tmp_path / "x.wav"), env=own_data)
    assert done.returncode == 1
    assert str(path) in done.stderr and "checksum" in done.stderr
    assert "assistant models install piper-joe --force" in done.stderr


def test_missing_speech_model_and_doctor(own_data: dict[str, str], tmp_path: Path) -> None:
    shutil.rmtree(Path(own_data["HEARTH_DATA_DIR"]) / "models/whisper-tiny.en")
    clip = tmp_path / "tone.wav"
    t = np.arange(16000) / 16000
    soundfile.write(str(clip), (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 16000)
    done = run_cli("transcribe", str(clip), env=own_data)
    assert done.returncode == 1
    assert "Fix: Run: assistant models install whisper-tiny.en" in done.stderr
    doctor = run_cli("doctor", env=own_data)
    assert doctor.returncode == 1
    assert "BAD  speech-to-text model" in doctor.stdout
    assert "assistant models install whisper-tiny.en" in doctor.stdout


def test_a_garbage_file_given_as_the_model(own_data: dict[str, str], tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"GGUF" + os.urandom(4096))
    assert run_cli("models", "use", "llm", str(fake), env=own_data).returncode == 0
    done = run_cli("ask", "What is a volcano?", env=own_data)
    assert done.returncode == 1
    assert str(fake) in done.stderr and "could not be loaded" in done.stderr
    assert "assistant models use llm" in done.stderr
