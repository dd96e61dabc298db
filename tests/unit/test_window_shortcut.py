"""The shortcut to talk from any program, on X11: a real key grab on a virtual X
display (Xvfb), the keys pressed through the XTEST extension as a keyboard would.
Needs Xvfb and python-xlib; skipped with the reason where either is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from hearth.ui.global_shortcut import x11_key


def test_qt_key_names_become_x11_keys() -> None:
    assert x11_key("Ctrl+Alt+Space") == ("space", {"Ctrl", "Alt"})
    assert x11_key("Meta+F9") == ("F9", {"Meta"})
    assert x11_key("Ctrl+Shift+T") == ("t", {"Ctrl", "Shift"})
    assert x11_key("") is None


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    pytest.importorskip("Xlib", reason="python-xlib is not installed")
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    display = ":87"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    monkeypatch.setenv("DISPLAY", display)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=5)


def test_holding_the_shortcut_talks_and_releasing_stops(x_display: str) -> None:
    from hearth.ui.global_shortcut import _X11Grab
    from Xlib import XK, X
    from Xlib.display import Display
    from Xlib.ext import xtest

    grab = _X11Grab("space", {"Ctrl", "Alt"})
    stop = threading.Event()
    held: list[bool] = []
    listener = threading.Thread(target=grab.run, args=(stop, held.append), daemon=True)
    listener.start()

    keyboard = Display(os.environ["DISPLAY"])
    ctrl = keyboard.keysym_to_keycode(XK.string_to_keysym("Control_L"))
    alt = keyboard.keysym_to_keycode(XK.string_to_keysym("Alt_L"))
    space = keyboard.keysym_to_keycode(XK.string_to_keysym("space"))

    def key(code: int, down: bool) -> None:
        xtest.fake_input(keyboard, X.KeyPress if down else X.KeyRelease, code)
        keyboard.sync()

    key(space, True)  # Space alone is not the shortcut
    key(space, False)
    time.sleep(0.3)
    assert held == []
    for code in (ctrl, alt, space):
        key(code, True)
    deadline = time.monotonic() + 3
    while held != [True] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert held == [True]
    key(space, False)
    deadline = time.monotonic() + 3
    while held != [True, False] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert held == [True, False]
    for code in (alt, ctrl):
        key(code, False)
    stop.set()
    listener.join(timeout=3)
    assert not listener.is_alive()
    keyboard.close()
