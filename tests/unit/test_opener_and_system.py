"""Opening things (with a recording opener, so nothing is launched) and the system
skill's real readings; volume against a real PulseAudio server is in the audio tests."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.opener import OpenerSkill, find_application, opener_command, resolve
from hearth.skills.system import SystemSkill, battery_status, memory_status


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Documents" / "taxes").mkdir(parents=True)
    (home / "Documents" / "report.pdf").write_text("pdf")
    return home


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake opener that writes its arguments to a file instead of opening anything."""
    log = tmp_path / "opened.txt"
    script = tmp_path / "fake-open"
    script.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    script.chmod(0o755)
    monkeypatch.setenv("HEARTH_OPEN_COMMAND", str(script))
    return log


def wait_for(log: Path, lines: int = 1) -> list[str]:
    for _ in range(100):
        if log.exists() and len(log.read_text().splitlines()) >= lines:
            break
        time.sleep(0.05)
    return log.read_text().splitlines() if log.exists() else []


def test_folders_and_files_are_opened_with_the_desktop_opener(
    home: Path, opened: Path, tmp_path: Path
) -> None:
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    assert harness.say("open my downloads folder") == "Opening your Downloads folder."
    assert wait_for(opened) == [str(home / "Downloads")]
    assert harness.say("open report.pdf") == "Opening report.pdf."
    assert harness.say("open the taxes folder") == "Opening taxes."
    assert harness.say("launch the banana app") == (
        "I couldn't find an application, file or folder called banana."
    )
    # Each is opened by its own process: on a busy machine they may finish in any order.
    assert sorted(wait_for(opened, 3)) == [
        str(home / "Documents" / "report.pdf"),
        str(home / "Documents" / "taxes"),
        str(home / "Downloads"),
    ]


def test_a_web_address_is_confirmed_before_the_browser_fetches_it(
    home: Path, opened: Path, tmp_path: Path
) -> None:
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    assert harness.say("open example.com") == (
        "Open https://example.com in your browser? Say yes or no."
    )
    assert not opened.exists()
    assert harness.say("no") == "Okay, I won't."
    assert harness.say("go to wikipedia.org") == (
        "Open https://wikipedia.org in your browser? Say yes or no."
    )
    assert harness.say("yes") == "Opening wikipedia.org."
    assert wait_for(opened) == ["https://wikipedia.org"]


def test_the_real_commands_are_built_correctly(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEARTH_OPEN_COMMAND", raising=False)
    apps = tmp_path / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "org.example.Editor.desktop").write_text(
        "[Desktop Entry]\nName=Text Editor\nExec=/usr/bin/example-editor --new-window %U\n"
        "Type=Application\n"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert find_application("text editor") == ["/usr/bin/example-editor", "--new-window"]
    if shutil.which("xdg-open"):
        opener = opener_command()
        assert opener == [shutil.which("xdg-open")]
        target = resolve("downloads", opener, home)
        assert target is not None and target.command == [opener[0], str(home / "Downloads")]
    assert opener_command("gio open") == ["gio", "open"]
    sh = resolve("sh", ["xdg-open"], home)
    assert sh is not None and sh.kind == "application" and sh.command == [shutil.which("sh")]


def test_battery_from_sysfs(tmp_path: Path) -> None:
    assert battery_status(tmp_path) == "This computer has no battery, or it doesn't report one."
    bat = tmp_path / "BAT0"
    bat.mkdir()
    (bat / "type").write_text("Battery\n")
    (bat / "capacity").write_text("73\n")
    (bat / "status").write_text("Charging\n")
    (tmp_path / "AC").mkdir()
    (tmp_path / "AC" / "type").write_text("Mains\n")
    harness = SkillHarness(SystemSkill(power_supply=tmp_path))
    assert harness.say("how much battery is left") == "The battery is at 73 percent, and charging."


def test_disk_and_memory_are_the_real_figures() -> None:
    harness = SkillHarness(SystemSkill())
    usage = shutil.disk_usage(Path.home())
    reply = harness.say("how much disk space is left")
    assert reply is not None
    assert f"{round(100 * usage.used / usage.total)} percent full" in reply
    lines = Path("/proc/meminfo").read_text().splitlines()
    info = {line.split(":")[0]: int(line.split()[1]) for line in lines if ":" in line}
    used = round(100 * (info["MemTotal"] - info["MemAvailable"]) / info["MemTotal"])
    reply = harness.say("how much memory is free")
    assert reply is not None and abs(int(reply.split()[0]) - used) <= 2
    assert memory_status(Path(os.devnull)) == "I can't read the memory figures on this computer."


def test_media_keys_say_plainly_when_the_desktop_has_no_player(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = SkillHarness(SystemSkill())
    monkeypatch.setenv("PATH", str(tmp_path))
    assert harness.say("pause the music") == (
        "I can't control media players on this desktop: playerctl is not installed "
        "(apt-get install playerctl)."
    )
    fake = tmp_path / "playerctl"
    fake.write_text(f'#!/bin/sh\necho "$1" >> {tmp_path}/media.txt\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert harness.say("next song") == "Next track."
    assert harness.say("pause the music") == "Paused."
    assert harness.say("previous track") == "Previous track."
    assert (tmp_path / "media.txt").read_text().split() == ["next", "pause", "previous"]
    fake.write_text('#!/bin/sh\necho "No players found" >&2\nexit 1\n')
    assert harness.say("resume the music") == "No media player is running."


def test_volume_without_a_sound_server_is_a_plain_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    harness = SkillHarness(SystemSkill())
    assert harness.say("turn the volume up") == (
        "I can't change the volume on this desktop: neither pactl nor wpctl is installed."
    )
