"""Timers in the window: a running timer is listed with a Cancel button that really
cancels it (it is gone from the store and never fires)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_a_running_timer_can_be_cancelled_from_the_window(qtbot: Any, make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window
    window.speak_box.setChecked(False)
    window.input.setText("set a timer for 5 minutes")
    window.send_typed()
    qtbot.waitUntil(lambda: bool(hearth.assistant.active_alerts()), timeout=5000)
    window.timers.refresh()
    assert window.timers.isVisibleTo(window)
    assert [t.endswith("left") for t in window.timers.texts()] == [True]
    buttons = window.timers.buttons()
    assert len(buttons) == 1 and buttons[0].text() == "Cancel"

    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert hearth.assistant.active_alerts() == []
    assert not window.timers.isVisibleTo(window)
    assert window.timers.buttons() == []
