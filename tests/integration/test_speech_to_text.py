"""Real Whisper models on real recordings."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile
from hearth.assistant.bench.speech_data import load_manifest, wer

from tests.conftest import run_cli

pytestmark = pytest.mark.integration


def test_word_error_rate_on_the_shared_english_recordings(
    models_home: Path, speech_dir: Path
) -> None:
    recordings = [r for r in load_manifest(speech_dir) if r.language == "en" and r.exact]
    assert len(recordings) >= 20
    # In a process of its own, as a user's: in CI's whole run the same model in the test
    # process scored 24 % after the tests before it (7.7 % alone, and from a new process);
    # which test leaves that state behind is not found yet.
    script = (
        "import json, sys\n"
        "from hearth.assistant.runtime import Assistant\n"
        "a = Assistant()\n"
        "print(json.dumps([a.transcribe_file(p).text for p in sys.argv[1:]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *(str(r.path) for r in recordings)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    heard = json.loads(done.stdout.strip().splitlines()[-1])
    pairs = [(r.transcript, text) for r, text in zip(recordings, heard, strict=True)]
    score = wer(pairs)
    print(f"\nWER of whisper-tiny.en on {len(pairs)} shared English clips: {score:.3f}")
    assert score < 0.15


def test_transcribe_json_has_everything_promised(models_home: Path, speech_dir: Path) -> None:
    done = run_cli("transcribe", str(speech_dir / "fasterwhisper_jfk.flac"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert "ask not what your country can do for you" in data["text"].lower()
    assert data["language"] == "en"
    assert data["duration_s"] == pytest.approx(11.0, abs=0.1)
    assert data["processing_ms"] > 0
    segments = data["segments"]
    assert segments and all(0 <= s["start"] < s["end"] <= 11.1 for s in segments)
    assert [s["start"] for s in segments] == sorted(s["start"] for s in segments)


@pytest.mark.parametrize("kind", ["silence", "noise", "hum"])
def test_silence_and_noise_are_no_speech_not_an_invented_transcript(
    models_home: Path, tmp_path: Path, kind: str
) -> None:
    rate = 16000
    rng = np.random.default_rng(7)
    t = np.arange(rate * 4) / rate
    signal = {
        "silence": np.zeros(rate * 4),
        "noise": rng.standard_normal(rate * 4) * 0.2,
        "hum": 0.3 * np.sin(2 * np.pi * 50 * t) + rng.standard_normal(t.size) * 0.01,
    }[kind]
    path = tmp_path / f"{kind}.wav"
    soundfile.write(str(path), signal.astype(np.float32), rate)
    done = run_cli("transcribe", str(path), "--json")
    assert done.returncode == 3, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert data["no_speech"] is True and data["text"] == ""
    plain = run_cli("transcribe", str(path))
    assert plain.returncode == 3 and "No speech heard" in plain.stderr


def test_corrupt_or_unsupported_audio_is_a_clear_error(models_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp3"
    bad.write_bytes(b"ID3" + bytes(range(256)) * 40)
    done = run_cli("transcribe", str(bad))
    assert done.returncode == 1
    assert "broken.mp3" in done.stderr and "WAV, FLAC, MP3 or OGG" in done.stderr
    assert "Traceback" not in done.stderr


def test_multilingual_model_detects_the_language(models_home: Path, speech_dir: Path) -> None:
    # Once by catalog id, once by pointing at the model folder on disk.
    assert run_cli("config", "set", "stt.model", "whisper-base").returncode == 0
    cases = [("cheetah_test_fr.wav", "fr", "mer"), ("cheetah_test_de.wav", "de", "werbung")]
    for i, (name, language, word) in enumerate(cases):
        if i == 1:
            folder = models_home / "models" / "whisper-base"
            assert run_cli("models", "use", "stt", str(folder)).returncode == 0
        done = run_cli("transcribe", str(speech_dir / name), "--json")
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert data["language"] == language
        assert word in data["text"].lower()


def test_a_language_the_model_cannot_do_is_said_plainly(models_home: Path, tmp_path: Path) -> None:
    clip = tmp_path / "s.wav"
    assert run_cli("say", "Good morning", "-o", str(clip)).returncode == 0
    english_only = run_cli("transcribe", str(clip), "--language", "fr")
    assert english_only.returncode == 1
    assert "English only" in english_only.stderr and "whisper-base" in english_only.stderr
    unknown = run_cli("transcribe", str(clip), "--language", "klingon")
    assert unknown.returncode == 1 and "not a language code" in unknown.stderr


def test_no_recording_comes_out_as_a_loop(models_home: Path) -> None:
    """Greedy decoding looped on a mumbled Spanish sentence on one CPU ("Uno de las las
    las ..."; another CPU's arithmetic heard words): such a clip is decoded again with a
    beam. Every real recording of the checkout, as the voice loop hears it."""
    from hearth.assistant import models
    from hearth.assistant.audio.signal import load_audio
    from hearth.assistant.engines.stt import WhisperSTT, looks_looped

    speech = Path(__file__).resolve().parents[1] / "data" / "speech"
    stt = WhisperSTT(models.resolve_spec("stt", "whisper-base"), None, ["en", "es", "fr", "de"])
    for recording in load_manifest(speech):
        text = stt.transcribe_utterance(load_audio(recording.path)).text
        assert text and not looks_looped(text), f"{recording.path.name}: {text}"
