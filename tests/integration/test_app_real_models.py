"""The desktop window with the real models: typed and spoken turns, the real X11
platform under a virtual display, and a reply heard on the virtual speaker."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.audio.signal import SAMPLE_RATE, resample
from hearth.assistant.config import Config
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing.voice import SilentSpeaker
from hearth.assistant.voice.devices import real_speaker
from PySide6.QtCore import Qt

from tests.conftest import ASSISTANT, run_cli

pytestmark = pytest.mark.integration


def replies(hearth: Any) -> list[str]:
    """Replies said (or shown) to the end; not the one still being written."""
    view = hearth.window.conversation
    writing = view.stream.bubble if view.stream is not None else None
    return [b.text for b in view.bubbles if not b.mine and b is not writing]


def test_typed_turns_with_the_real_models(qtbot: Any, make_app: Any, models_home: Path) -> None:
    speaker = SilentSpeaker.factory()
    hearth = make_app(voice=None, assistant=Assistant(Config()), speaker=speaker)
    assert not [b for b in hearth.window.banners.banners() if b.kind == "error"]
    hearth.window.input.setText("What is the capital of France?")
    hearth.window.send_typed()
    qtbot.waitUntil(lambda: len(replies(hearth)) == 1, timeout=60000)
    assert "paris" in replies(hearth)[0].lower()
    assert "model" in hearth.window.conversation.bubbles[-1].meta_label.text()
    qtbot.waitUntil(lambda: hearth.window.indicator.state == "idle", timeout=60000)
    played = speaker.last  # type: ignore[attr-defined]
    assert played.clips and played.rate == 22050
    assert sum(clip.size for _, clip in played.clips) > 22050  # over a second of real speech

    hearth.window.input.setText("what is 12 times 12")
    hearth.window.send_typed()
    qtbot.waitUntil(lambda: len(replies(hearth)) == 2, timeout=60000)
    assert replies(hearth)[1] == "That's 144."


def test_a_spoken_turn_through_the_window_with_the_real_models(
    qtbot: Any, make_app: Any, models_home: Path
) -> None:
    assistant = Assistant(Config())
    hearth = make_app(voice=None, assistant=assistant)
    tts = assistant.tts()
    question = resample(
        tts.synthesize_all("What is twelve times twelve?"), tts.sample_rate, SAMPLE_RATE
    )
    hearth.session.submit_audio(question)
    qtbot.waitUntil(lambda: len(replies(hearth)) == 1, timeout=60000)
    said = [b for b in hearth.window.conversation.bubbles if b.mine]
    assert len(said) == 1
    assert "12" in said[0].text or "twelve" in said[0].text.lower()
    assert "spoken" in said[0].meta_label.text()
    assert replies(hearth) == ["That's 144."]


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb is not installed (apt-get xvfb)")
def test_the_window_opens_on_a_real_x_display(models_home: Path, tmp_path: Path) -> None:
    """xcb, not offscreen: catches missing system libraries, which make Qt abort."""
    shot = tmp_path / "window.png"
    done = run_cli(
        "app",
        "--screenshot",
        str(shot),
        "--ask",
        "what is 2 plus 2",
        env={"QT_QPA_PLATFORM": "xcb"},
        prefix=["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"],
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert shot.stat().st_size > 10_000


@pytest.mark.audio
def test_a_typed_reply_is_heard_on_the_speaker(
    qtbot: Any, make_app: Any, models_home: Path, pulse: dict[str, str], tmp_path: Path
) -> None:
    import sounddevice

    # PortAudio lists devices once; this process may have started it before the server.
    sounddevice._terminate()
    sounddevice._initialize()
    assistant = Assistant(Config())
    hearth = make_app(voice=None, assistant=assistant, speaker=real_speaker)
    heard = tmp_path / "heard.wav"
    recorder = subprocess.Popen(
        ["parecord", "--device=speaker.monitor", "--file-format=wav", str(heard)]
    )
    try:
        time.sleep(0.3)
        hearth.window.speak_box.setChecked(True)
        hearth.window.input.setText("what is 12 times 12")
        hearth.window.send_typed()
        qtbot.waitUntil(lambda: replies(hearth) == ["That's 144."], timeout=60000)
        qtbot.waitUntil(lambda: hearth.window.indicator.state == "idle", timeout=60000)
        time.sleep(0.5)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    text = subprocess.run(
        [*ASSISTANT, "transcribe", str(heard)], capture_output=True, text=True, timeout=120
    )
    assert text.returncode == 0, text.stderr
    assert "144" in text.stdout or "hundred" in text.stdout.lower(), text.stdout


def test_ui_bench_reports_event_loop_gaps(models_home: Path) -> None:
    done = run_cli("bench", "--ui", "--json", "--rounds", "1", timeout=300)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["turns"]) == 3 and not any(t["error"] for t in data["turns"])
    assert data["turns"][1]["reply"] == "That's 144."
    assert data["during_turns"]["ticks"] > 100
    assert data["during_turns"]["max_gap_ms"] >= data["during_turns"]["p99_gap_ms"] >= 10


@pytest.mark.audio
def test_a_spoken_turn_through_the_window_with_the_real_voice_loop(
    qtbot: Any, make_app: Any, models_home: Path
) -> None:
    """Hold the window's Talk button, speak into the virtual microphone, release: the
    real voice loop hears it, and the window shows the transcript and the reply."""
    from hearth.assistant.audio import virtual as virtual_audio
    from hearth.assistant.audio.devices import rescan_devices
    from hearth.assistant.voice import VoiceLoop

    reason = virtual_audio.available()
    if reason:
        pytest.skip(reason)
    with virtual_audio.VirtualAudio() as audio:
        rescan_devices()
        config = Config()
        config.voice.activation = "push_to_talk"
        assistant = Assistant(config)
        hearth = make_app(voice=VoiceLoop, assistant=assistant, config=config)
        loop = hearth.session._loop
        assert isinstance(loop, VoiceLoop) and hearth.window.voice_available
        assert loop.wait_ready(120) and loop.devices_ok
        tts = assistant.tts()
        question = resample(
            tts.synthesize_all("What is twelve times twelve?"), tts.sample_rate, SAMPLE_RATE
        )
        # The button works once the window has heard that the loop listens.
        qtbot.waitUntil(hearth.window.talk_button.isEnabled, timeout=30000)
        qtbot.mousePress(hearth.window.talk_button, Qt.MouseButton.LeftButton)
        speaking = threading.Thread(target=audio.speak, args=(question,))
        speaking.start()
        qtbot.waitUntil(lambda: not speaking.is_alive(), timeout=30000)
        qtbot.mouseRelease(hearth.window.talk_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(replies(hearth)) == 1, timeout=60000)
        said = [b for b in hearth.window.conversation.bubbles if b.mine]
        assert len(said) == 1 and "12" in said[0].text, said[0].text
        assert replies(hearth) == ["That's 144."]
        qtbot.waitUntil(lambda: hearth.window.indicator.state == "idle", timeout=30000)
        assert hearth.history is not None
        assert hearth.history.recent()[-1].source == "voice"
