"""The Qt binding the window runs on must not leak references to ``None``.

PySide6 6.12.0 on CPython 3.11 took one reference from ``None`` per void Qt call; the
window's level meter made ~20 of those a second and the app died after a few minutes
with ``Fatal Python error: none_dealloc``. These fail on such a binding.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from hearth.ui import qt_check
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_take_references_from_none(qapp: Any) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
        widget.setAccessibleDescription("x")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 2000 Qt calls"


def test_the_installed_binding_passes_the_start_up_check(qapp: Any) -> None:
    assert qt_check.binding_problem() is None


def test_a_leaking_binding_is_refused_with_the_fix(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qt_check, "none_references_lost", lambda calls=200: calls)
    problem = qt_check.binding_problem()
    assert problem is not None
    message, fix = problem
    assert "crashes the window" in message and qt_check.PYSIDE_VERSION in message
    assert "setup.sh" in fix and "assistant chat" in fix
