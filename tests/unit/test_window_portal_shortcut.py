"""The shortcut to talk where only the desktop may hand one out (Wayland): through the
XDG portal's GlobalShortcuts, against a stand-in portal on a private session bus
(``hearth.ui.testing.fake_portal``), with real D-Bus messages between two processes.
The window runs off screen, so the app takes the portal's way, as it does wherever Qt
does not draw on X11. Needs dbus-daemon; skipped with the reason where it is missing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from hearth.ui.global_shortcut import portal_trigger
from hearth.ui.portal_shortcut import request_path, session_path
from hearth.ui.testing.fake_portal import FakePortal, PrivateBus, unavailable

from tests.app_fakes import FakeVoiceLoop


def test_keys_in_the_xdg_shortcuts_notation() -> None:
    assert portal_trigger("Ctrl+Alt+Space") == "CTRL+ALT+space"
    assert portal_trigger("Meta+Shift+F9") == "SHIFT+LOGO+F9"
    assert portal_trigger("Alt+T") == "ALT+t"
    assert portal_trigger("") == ""


def test_request_and_session_paths_follow_the_portal_spec() -> None:
    assert request_path(":1.42", "hearth_1") == (
        "/org/freedesktop/portal/desktop/request/1_42/hearth_1"
    )
    assert session_path(":1.42", "s") == "/org/freedesktop/portal/desktop/session/1_42/s"


needs_dbus = pytest.mark.skipif(bool(unavailable()), reason=unavailable() or "ready")


@pytest.fixture
def private_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateBus]:
    """A session bus of the test's own; the app connects to it, as to the desktop's."""
    with PrivateBus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        yield bus


def _set_shortcut(qtbot: Any, hearth: Any, on: bool) -> None:
    hearth.open_settings()
    dialog = hearth.settings_dialog
    dialog.appearance_tab.global_shortcut.setChecked(on)
    dialog.accept()
    qtbot.waitUntil(lambda: hearth.settings_dialog is None, timeout=2000)


def _settings_note(hearth: Any) -> str:
    hearth.open_settings()
    dialog = hearth.settings_dialog
    text: str = dialog.appearance_tab.shortcut_note.text()
    dialog.reject()
    return text


def _notices(hearth: Any) -> list[str]:
    return [b.message for b in hearth.window.banners.banners() if b.kind == "notice"]


def _methods(portal: FakePortal) -> list[str]:
    return [call["method"] for call in portal.calls()]


@needs_dbus
def test_the_desktop_binds_the_shortcut_and_holding_it_talks(
    qtbot: Any, make_app: Any, private_bus: PrivateBus
) -> None:
    with FakePortal(private_bus.address, trigger_description="Ctrl+Alt+Space") as portal:
        hearth = make_app()
        hearth.open_settings()
        page = hearth.settings_dialog.appearance_tab
        # The portal is asked without waiting: the page says so until it has answered.
        assert page.shortcut_note.text().startswith("Checking")
        qtbot.waitUntil(lambda: "Your desktop binds the shortcut" in page.shortcut_note.text())
        assert page.global_shortcut.isEnabled() and page.keys.isEnabled() is False
        hearth.settings_dialog.reject()

        _set_shortcut(qtbot, hearth, True)
        qtbot.waitUntil(
            lambda: "Bound by your desktop" in hearth.desktop.shortcut.note, timeout=5000
        )
        create, bind = portal.calls()
        assert create["method"] == "CreateSession"
        assert {"handle_token", "session_handle_token"} <= create["options"].keys()
        assert bind["method"] == "BindShortcuts"
        assert bind["shortcuts"] == [
            [
                "talk",
                {"description": "Hold to talk to Hearth", "preferred_trigger": "CTRL+ALT+space"},
            ]
        ]
        assert bind["session"].endswith("/" + create["options"]["session_handle_token"])
        assert _settings_note(hearth).startswith("Bound by your desktop as Ctrl+Alt+Space.")

        window, loop = hearth.window, FakeVoiceLoop.last
        portal.press("talk")
        qtbot.waitUntil(window.talk_button.isDown, timeout=3000)
        portal.release("talk")
        qtbot.waitUntil(lambda: not window.talk_button.isDown(), timeout=3000)
        assert [c for c in loop.calls if c[0] == "push_to_talk"] == [
            ("push_to_talk", True),
            ("push_to_talk", False),
        ]
        portal.press("another")  # not Hearth's: nothing happens
        qtbot.wait(200)
        assert not window.talk_button.isDown()

        _set_shortcut(qtbot, hearth, False)  # off: the session is closed
        qtbot.waitUntil(lambda: "Close" in _methods(portal), timeout=3000)
        assert portal.calls()[-1] == {"method": "Close", "session": bind["session"]}
        assert hearth.desktop.shortcut.note == ""


@needs_dbus
def test_declining_in_the_desktops_dialog_is_told(
    qtbot: Any, make_app: Any, private_bus: PrivateBus
) -> None:
    with FakePortal(private_bus.address, cancel=True) as portal:
        hearth = make_app()
        _set_shortcut(qtbot, hearth, True)
        qtbot.waitUntil(lambda: any("You declined" in n for n in _notices(hearth)), timeout=5000)
        assert "You declined the shortcut" in _settings_note(hearth)
        # The session made for it is not left open.
        qtbot.waitUntil(lambda: "Close" in _methods(portal), timeout=3000)
        assert _methods(portal) == ["CreateSession", "BindShortcuts", "Close"]


@needs_dbus
def test_the_desktop_ending_the_session_lets_go_of_the_talk_key(
    qtbot: Any, make_app: Any, private_bus: PrivateBus
) -> None:
    with FakePortal(private_bus.address, trigger_description="") as portal:
        hearth = make_app()
        _set_shortcut(qtbot, hearth, True)
        qtbot.waitUntil(lambda: hearth.desktop.shortcut._portal.bound, timeout=5000)
        # Bound, but the desktop did not say with which keys: the user is told where to look.
        assert "did not say which keys" in _settings_note(hearth)
        portal.press("talk")
        qtbot.waitUntil(hearth.window.talk_button.isDown, timeout=3000)
        portal.end_session()
        qtbot.waitUntil(lambda: not hearth.window.talk_button.isDown(), timeout=3000)
        assert "Your desktop ended the shortcut" in _settings_note(hearth)
        assert "Close" not in _methods(portal)  # closed already, by the desktop


@needs_dbus
def test_without_the_portal_the_setting_says_so(
    qtbot: Any, make_app: Any, private_bus: PrivateBus
) -> None:
    hearth = make_app()  # nothing on the bus answers as the portal
    hearth.open_settings()
    page = hearth.settings_dialog.appearance_tab
    qtbot.waitUntil(
        lambda: page.shortcut_note.text().startswith("Not available on this desktop"),
        timeout=3000,
    )
    assert not page.global_shortcut.isEnabled()
    hearth.settings_dialog.reject()


@needs_dbus
def test_a_portal_too_old_is_named(qtbot: Any, make_app: Any, private_bus: PrivateBus) -> None:
    with FakePortal(private_bus.address, version=0):
        hearth = make_app()
        hearth.open_settings()
        page = hearth.settings_dialog.appearance_tab
        qtbot.waitUntil(lambda: "too old" in page.shortcut_note.text(), timeout=3000)
        assert not page.global_shortcut.isEnabled()
        hearth.settings_dialog.reject()


@needs_dbus
def test_a_portal_that_does_not_answer_holds_up_nothing(
    qtbot: Any, make_app: Any, private_bus: PrivateBus
) -> None:
    """The window never waits on D-Bus: opening the settings, or turning the shortcut
    on, returns at once while the portal keeps its answer to itself."""
    with FakePortal(private_bus.address, silent=True) as portal:
        hearth = make_app()
        started = time.monotonic()
        hearth.open_settings()
        page = hearth.settings_dialog.appearance_tab
        assert time.monotonic() - started < 1.0
        assert page.shortcut_note.text().startswith("Checking")
        assert not page.global_shortcut.isEnabled()  # off, and not known to work
        qtbot.wait(300)
        assert page.shortcut_note.text().startswith("Checking")
        hearth.settings_dialog.reject()
        started = time.monotonic()
        hearth.desktop.shortcut.start("Ctrl+Alt+Space")
        assert time.monotonic() - started < 1.0
        qtbot.wait(300)
        assert hearth.desktop.shortcut.note == "" and _methods(portal) == []
