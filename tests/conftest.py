"""Shared fixtures.

Unit tests get an empty config and data folder each. Integration tests share one
data folder into which the real models are installed once per session, exactly
as ``assistant models install`` does for a user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.speech_data import shared_speech_dir

ASSISTANT = [sys.executable, "-m", "hearth.assistant.cli"]

# The desktop app's tests draw their windows off screen: CI has no display. (Set before
# pytest-qt creates the QApplication, which happens in its first fixture.)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Path:
    """Every test gets its own config folder; unit tests also their own data folder."""
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(tmp_path / "config"))
    if "models_home" not in request.fixturenames:
        monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture(scope="session")
def models_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with the default models and whisper-base installed and verified."""
    from hearth.assistant import models

    home = tmp_path_factory.mktemp("hearth-data")
    previous = os.environ.get("HEARTH_DATA_DIR")
    os.environ["HEARTH_DATA_DIR"] = str(home)
    try:
        for model_id in [*models.default_ids(), "whisper-base"]:
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
def pulse() -> Iterator[dict[str, str]]:
    """A private PulseAudio server with a virtual speaker and microphone.

    ``speaker`` is what the app plays to (tests record ``speaker.monitor``);
    ``micfeed`` is what tests play into, heard by the app as the microphone ``mic``.
    """
    if not shutil.which("pulseaudio") or not shutil.which("pactl"):
        pytest.skip("PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    runtime = Path(os.environ.get("TMPDIR", "/tmp")) / f"hearth-pulse-{os.getpid()}"
    runtime.mkdir(parents=True, exist_ok=True)
    env = {"PULSE_RUNTIME_PATH": str(runtime), "PULSE_SERVER": f"unix:{runtime}/native"}
    full_env = {**os.environ, **env}
    subprocess.run(["pulseaudio", "--kill"], env=full_env, capture_output=True)
    started = subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-native-protocol-unix",
            "--load=module-always-sink",
        ],
        env=full_env,
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        pytest.skip(f"PulseAudio would not start here: {started.stderr.strip()[-300:]}")
    for command in (
        ["load-module", "module-null-sink", "sink_name=speaker"],
        ["load-module", "module-null-sink", "sink_name=micfeed"],
        ["load-module", "module-remap-source", "master=micfeed.monitor", "source_name=mic"],
        ["set-default-source", "mic"],
        ["set-default-sink", "speaker"],
    ):
        subprocess.run(["pactl", *command], env=full_env, check=True, capture_output=True)
    previous = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield env
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=full_env, capture_output=True)
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def make_app(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Builds the desktop app offscreen (``HearthApp``) around a fast assistant and the
    fake voice loop, starts it, and waits until start-up has said whether talking works.
    Everything it made is stopped afterwards."""
    from hearth.ui.app import HearthApp, Options

    from tests.app_fakes import FakeVoiceLoop, RecordingPlayer, fast_assistant

    apps: list[Any] = []

    def make(
        voice: Any = FakeVoiceLoop,
        assistant: Any = None,
        config: Any = None,
        notice: str = "",
        wait: bool = True,
        player: Any = None,
    ) -> Any:
        from hearth.assistant.config import Config

        config = config or Config()
        options = Options(
            voice_factory=voice,
            player=player or RecordingPlayer(),
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
    FakeVoiceLoop.fail_start = None
