"""The settings a person can use: real widgets for every skill key, human labels, the
smart-home connection test against a real broker, the Appearance page, start on login
(the autostart file written and removed), and a dialog that fits a 1280 px screen."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.config import Config, load_config
from hearth.assistant.config_sections import MQTTConfig
from hearth.ui import autostart
from hearth.ui.mqtt_check import check_broker
from hearth.ui.settings_dialog import SettingsDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SettingsDialog]:
    # No desktop portal answers: the machine's session bus is out of the way.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    config = Config()
    config.skills.mqtt.host = "hub.local"
    config.skills.disabled = ["opener"]
    d = SettingsDialog(config, monitor_microphone=False)
    qtbot.addWidget(d)
    yield d


def _texts(widget: QWidget) -> list[str]:
    found = [w.text() for w in widget.findChildren(QLabel)]
    found += [w.text() for w in widget.findChildren(QAbstractButton)]
    return found


def test_no_raw_values_or_stray_ampersands(dialog: SettingsDialog) -> None:
    dialog.show()
    shown = " | ".join(_texts(dialog))
    assert "MQTTConfig" not in shown and "config file" not in shown
    assert "Timeout s" not in shown and "Llm tools" not in shown
    for i in range(dialog.tabs.count()):
        page = dialog.tabs.widget(i)
        for label in page.findChildren(QLabel):
            # A mnemonic with no buddy is drawn as a literal '&'.
            if "&" in label.text() and label.buddy() is None:
                raise AssertionError(f"'{label.text()}' on {dialog.tabs.tabText(i)} shows its &")
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Appearance" in titles and "Smart home" in titles
    assert not dialog.privacy_tab.findChildren(type(dialog.appearance_tab.theme))


def test_the_dialog_fits_a_1280_pixel_screen(dialog: SettingsDialog) -> None:
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 1280
    assert dialog.sizeHint().width() <= 1280
    for i in range(dialog.tabs.count()):
        assert dialog.tabs.widget(i).minimumSizeHint().width() <= 1000, dialog.tabs.tabText(i)


def test_skill_settings_round_trip(
    qtbot: Any, make_app: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(isolated_home / "xdg"))
    hearth = make_app()
    hearth.open_settings()
    d = hearth.settings_dialog
    assert d is not None
    skills, home = d.skills_tab, d.smart_home_tab
    names = [skills.skill_list.item(i).text() for i in range(skills.skill_list.count())]
    assert {"clock", "timers", "calculator", "smarthome"} <= set(names)
    for i in range(skills.skill_list.count()):
        item = skills.skill_list.item(i)
        if item.text() == "notes":
            item.setCheckState(Qt.CheckState.Unchecked)
    for i in range(skills.no_confirm.count()):
        item = skills.no_confirm.item(i)
        if item.text() == "system":
            item.setCheckState(Qt.CheckState.Checked)
    skills.timeout.setValue(12)
    skills.llm_tools.setChecked(True)
    home.host.setText("192.168.1.20")
    home.port.setValue(1884)
    home.username.setText("hearth")
    home.devices.setText("lamp, heater")
    home.tls.setChecked(True)
    d.appearance_tab.start_on_login.setChecked(True)
    d.accept()
    qtbot.waitUntil(lambda: hearth.settings_dialog is None, timeout=2000)
    # The skills changed: a new session starts (on a thread); let it, before going on.
    qtbot.waitUntil(lambda: hearth.window.voice_checked, timeout=5000)

    saved = load_config()
    assert saved.skills.disabled == ["notes"]
    assert saved.skills.no_confirm == ["system"]
    assert saved.skills.timeout_s == 12 and saved.skills.llm_tools
    mqtt = saved.skills.mqtt
    assert (mqtt.host, mqtt.port, mqtt.username, mqtt.tls) == ("192.168.1.20", 1884, "hearth", True)
    assert mqtt.devices == ["lamp", "heater"]
    assert saved.app.start_on_login and autostart.is_enabled()
    assert autostart.autostart_file().is_relative_to(isolated_home)

    hearth.open_settings()
    d = hearth.settings_dialog
    assert d is not None
    assert d.smart_home_tab.devices.text() == "lamp, heater"  # shown again as typed
    d.appearance_tab.start_on_login.setChecked(False)
    d.accept()
    qtbot.waitUntil(lambda: hearth.settings_dialog is None, timeout=2000)
    qtbot.waitUntil(lambda: hearth.window.voice_checked, timeout=5000)
    assert not autostart.is_enabled()
    assert not load_config().app.start_on_login


def test_autostart_file_is_written_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    path = autostart.set_enabled(True, ["/opt/my apps/hearth", "--quiet"])
    assert path == tmp_path / "xdg" / "autostart" / "hearth.desktop"
    text = path.read_text()
    assert text.startswith("[Desktop Entry]\n") and "Type=Application" in text
    assert 'Exec="/opt/my apps/hearth" --quiet' in text
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()
    autostart.set_enabled(False)  # turning it off twice is fine
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert autostart.autostart_file() == Path.home() / ".config" / "autostart" / "hearth.desktop"


def test_the_shortcut_setting_says_when_it_cannot_work(dialog: SettingsDialog) -> None:
    page = dialog.appearance_tab
    # Offscreen there is no desktop to take keys from: it says so and cannot be turned on.
    assert "Not available" in page.shortcut_note.text()
    assert not page.global_shortcut.isEnabled() and not page.keys.isEnabled()
    assert dialog.values()["app.global_shortcut"] is False
    assert dialog.values()["app.talk_keys"] == "Ctrl+Alt+Space"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_test_tells_what_happened() -> None:
    assert "address" in check_broker(MQTTConfig(host=""))[1]
    worked, words = check_broker(MQTTConfig(host="127.0.0.1", port=_free_port(), timeout_s=2))
    assert not worked and "Cannot reach 127.0.0.1" in words
    # Something listens but never answers MQTT: the timeout, in words.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        started = time.monotonic()
        worked, words = check_broker(MQTTConfig(host="127.0.0.1", port=port, timeout_s=1))
    assert not worked and "No answer" in words
    assert time.monotonic() - started < 5


def test_connection_test_against_a_real_broker(qtbot: Any, dialog: SettingsDialog) -> None:
    broker = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(broker).exists():
        pytest.skip("mosquitto is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [broker, "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(0.5)
        page = dialog.smart_home_tab
        page.host.setText("127.0.0.1")
        page.port.setValue(port)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert not page.test_button.isEnabled()  # working, off the GUI thread
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
        assert page.test_result.text() == f"Connected to 127.0.0.1:{port}."
    finally:
        proc.terminate()
        proc.wait(timeout=5)
