"""Shared fixtures.

Unit tests get an empty config and data folder each. Integration tests share one
data folder into which the real models are installed once per session, exactly
as ``assistant models install`` does for a user.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.audio.virtual import VirtualAudio
from hearth.assistant.audio.virtual import available as virtual_audio_available
from hearth.assistant.bench.speech_data import shared_speech_dir
from hearth.assistant.errors import AssistantError

ASSISTANT = [sys.executable, "-m", "hearth.assistant.cli"]

# The desktop app's tests draw their windows off screen: CI has no display. (Set before
# pytest-qt creates the QApplication, which happens in its first fixture.)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def shared_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The encyclopedia's index, built once for the whole run (it is made from installed
    data, as on a user's machine, not again for every test that asks a question)."""
    return tmp_path_factory.mktemp("hearth-knowledge")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    shared_knowledge: Path,
) -> Path:
    """Every test gets its own config folder; unit tests also their own data and cache
    folders (the encyclopedia's index in it is the run's one)."""
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(tmp_path / "config"))
    # The default languages (spoken, and the window's) follow the desktop's: every test
    # runs as on an English desktop, whatever the machine's language.
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "C.UTF-8")
    monkeypatch.delenv("HEARTH_KNOWLEDGE_FILE", raising=False)
    if "models_home" not in request.fixturenames:
        monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("HEARTH_CACHE_DIR", str(tmp_path / "cache"))
        (tmp_path / "cache").mkdir(exist_ok=True)
        (tmp_path / "cache" / "knowledge").symlink_to(shared_knowledge, target_is_directory=True)
    return tmp_path


@pytest.fixture(scope="session")
def models_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with the default models, whisper-base and SmolLM2 (the small chat
    model some tests use as a second model) installed and verified."""
    from hearth.assistant import models

    home = tmp_path_factory.mktemp("hearth-data")
    previous = os.environ.get("HEARTH_DATA_DIR")
    os.environ["HEARTH_DATA_DIR"] = str(home)
    # One cache for the session: the chat model's processed prompt is made once, as on
    # a user's machine, not again in every test.
    os.environ["HEARTH_CACHE_DIR"] = str(tmp_path_factory.mktemp("hearth-cache"))
    try:
        for model_id in [*models.default_ids(), "whisper-base", "smollm2-135m"]:
            entry = models.catalog_entry(model_id)
            assert entry is not None
            models.install(entry)
        yield home
    finally:
        if previous is None:
            os.environ.pop("HEARTH_DATA_DIR", None)
        else:
            os.environ["HEARTH_DATA_DIR"] = previous


@pytest.fixture
def speech_dir() -> Path:
    folder = shared_speech_dir()
    if folder is None:
        pytest.skip(
            "the shared speech recordings (../shared/data/speech) are not beside this checkout"
        )
    return folder


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    timeout: float = 300,
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the ``assistant`` command the way a user would, in a fresh process."""
    return subprocess.run(
        [*(prefix or []), *ASSISTANT, *args],
        capture_output=True,
        text=True,
        input=input,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def virtual_audio() -> Iterator[VirtualAudio]:
    """A private PulseAudio server with a virtual speaker and microphone.

    ``speaker`` is what the app plays to (tests record ``speaker.monitor``);
    ``micfeed`` is what tests play into, heard by the app as the microphone ``mic``.
    """
    reason = virtual_audio_available()
    if reason:
        pytest.skip(reason)
    audio = VirtualAudio()
    try:
        audio.start()
    except AssistantError as exc:
        pytest.skip(exc.message)
    audio.activate()
    try:
        yield audio
    finally:
        audio.close()


@pytest.fixture(scope="session")
def pulse(virtual_audio: VirtualAudio) -> dict[str, str]:
    """The virtual audio server's environment (for subprocesses)."""
    return virtual_audio.env


@pytest.fixture
def make_app(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Builds the desktop app offscreen (``HearthApp``) around a fast assistant and the
    fake voice loop, starts it, and waits until start-up has said whether talking works.
    Everything it made is stopped afterwards."""
    from hearth.assistant.testing.voice import SilentSpeaker
    from hearth.ui.app import HearthApp, Options

    from tests.app_fakes import FakeVoiceLoop, fast_assistant

    apps: list[Any] = []

    def make(
        voice: Any = FakeVoiceLoop,
        assistant: Any = None,
        config: Any = None,
        notice: str = "",
        wait: bool = True,
        speaker: Any = None,
    ) -> Any:
        from hearth.assistant.config import Config

        config = config or Config()
        options = Options(
            voice_factory=voice,
            speaker=speaker or SilentSpeaker.factory(),
            use_tray=False,
            monitor_microphone=False,
        )
        hearth = HearthApp(config, notice, options, assistant or fast_assistant(config))
        qtbot.addWidget(hearth.window)
        hearth.start()
        apps.append(hearth)
        if wait:
            qtbot.waitUntil(hearth.session.ready.is_set, timeout=120000)
            qtbot.waitUntil(lambda: hearth.window.voice_checked, timeout=10000)
        return hearth

    yield make
    for hearth in apps:
        hearth.session.stop()
        if hearth.history is not None:
            hearth.history.close()
        hearth.assistant.close()  # its models' memory goes now, not at the end of the run
    FakeVoiceLoop.fail_start = None
