"""Refuse a Qt binding that is known to crash the window, before the window opens.

PySide6 6.12.0 on CPython 3.11 takes one reference from ``None`` on every call of a
Qt method that returns nothing (``QWidget.update()``, ``QLabel.setText()``). The
window repaints many times a second, so ``None`` is freed after a few minutes and
the process dies with ``Fatal Python error: none_dealloc``. The lock pins a release
without the bug; this check protects a hand-made install from a release that has it
(or any later one that brings it back), and says what to do instead of crashing.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtWidgets import QApplication, QLabel

PROBE_CALLS = 200
"""Qt calls made by the probe; a leaking binding loses exactly one reference each."""


def none_references_lost(calls: int = PROBE_CALLS) -> int:
    """How many references to ``None`` ``calls`` void Qt calls took and did not give
    back (0 on a healthy binding). Needs a QApplication."""
    assert QApplication.instance() is not None, "the probe needs a QApplication"
    label = QLabel()
    try:
        before = sys.getrefcount(None)
        for i in range(calls // 2):
            label.update()
            label.setText(str(i % 2))
        return before - sys.getrefcount(None)
    finally:
        label.deleteLater()


def binding_problem() -> tuple[str, str] | None:
    """``(message, fix)`` when the installed Qt binding leaks, else ``None``."""
    lost = none_references_lost()
    # Other threads move None's count a little; a leaking binding loses one per call.
    if lost < PROBE_CALLS // 2:
        return None
    python = ".".join(map(str, sys.version_info[:2]))
    return (
        f"The installed Qt for Python (PySide6 {PYSIDE_VERSION}) has a known bug on "
        f"Python {python} that crashes the window after a few minutes.",
        "Install the tested version: run ./setup.sh again (it installs the locked "
        "versions), or pip install 'PySide6-Essentials==6.11.3'. Meanwhile the "
        "assistant works in the terminal: assistant chat.",
    )
