"""Hold to talk in the real window, through the real voice loop, the real models and
the virtual microphone: a recording at its own rate (48 kHz, 44.1 kHz stereo, 16 kHz)
is played into the microphone while the talk button is held with the mouse, or Space
is held, exactly as a person would; the window shows what was heard and the reply,
and no "You · speaking…" bubble is left behind."""

from __future__ import annotations

import os
import subprocess
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hearth.assistant.audio.virtual import VirtualAudio
from hearth.assistant.config import Config
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice.session import installed_voice_loop
from PySide6.QtCore import Qt

pytestmark = [pytest.mark.integration, pytest.mark.audio]


def _write_wav(path: Path, audio: np.ndarray, rate: int) -> Path:
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def _play(audio: VirtualAudio, path: Path) -> None:
    """Into the microphone at the file's own rate (PulseAudio converts, as for a user)."""
    subprocess.run(
        ["paplay", "--device=micfeed", str(path)],
        env={**os.environ, **audio.env},
        check=True,
        timeout=30,
    )


def _hold(qtbot: Any, window: Any, how: str, pressed: bool) -> None:
    if how == "mouse":
        press = qtbot.mousePress if pressed else qtbot.mouseRelease
        press(window.talk_button, Qt.MouseButton.LeftButton)
    else:
        window.conversation.setFocus()
        key = qtbot.keyPress if pressed else qtbot.keyRelease
        key(window.conversation, Qt.Key.Key_Space)


def test_hold_to_talk_with_recordings_at_their_own_rates(
    qtbot: Any,
    make_app: Any,
    models_home: Path,
    virtual_audio: VirtualAudio,
    speech_dir: Path,
    tmp_path: Path,
) -> None:
    assistant = Assistant(Config())
    tts = assistant.tts()
    # The voice at 22.05 kHz, written at 48 kHz: the rate of most desktop microphones.
    question = tts.synthesize_all("What time is it?")
    at_48k = np.interp(
        np.arange(int(question.size * 48000 / tts.sample_rate)) * tts.sample_rate / 48000,
        np.arange(question.size),
        question,
    )
    recordings = [
        (_write_wav(tmp_path / "what_time_48k.wav", at_48k, 48000), "mouse", ("time",)),
        (speech_dir / "wyomingfw_turn_on_the_living_room_lamp.wav", "space", ("lamp",)),
        (speech_dir / "alsa_Front_Center.wav", "mouse", ("front", "center", "centre")),
        (speech_dir / "deepspeech_LDC93S1.wav", "space", ("suit", "water", "year")),
    ]
    hearth = make_app(voice=installed_voice_loop(), assistant=assistant)
    window = hearth.window
    qtbot.waitUntil(lambda: window.talk_button.isEnabled(), timeout=120000)
    assert window.indicator.state in ("listening", "idle")

    for turn, (path, how, words) in enumerate(recordings, start=1):
        _hold(qtbot, window, how, True)
        qtbot.wait(200)
        _play(virtual_audio, path)
        qtbot.wait(300)
        _hold(qtbot, window, how, False)
        qtbot.waitUntil(lambda t=turn: len(window.conversation.replies()) == t, timeout=90000)
        said = [b for b in window.conversation.bubbles if b.mine]
        assert len(said) == turn, [b.text for b in said]
        heard = said[-1].text.lower()
        assert any(w in heard for w in words), (path.name, heard)
        assert "speaking…" not in said[-1].meta_label.text()
        qtbot.waitUntil(lambda: window.indicator.state in ("listening", "idle"), timeout=60000)
        time.sleep(0.5)
    assert window.conversation.partial is None
