"""``assistant app --startup-report FILE``: when the window became usable and when the
voice loop was ready, written as JSON for the packaging benchmark, then the app quits.

Times are wall-clock (``time.time()``) so that the process that launched the app can
subtract its own launch time: a frozen app's start-up includes unpacking nothing, but
loading Python, Qt and the libraries, which only the launcher can see.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from hearth.assistant.events import ErrorEvent, Event, Listening
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_GIVE_UP_S = 180.0


class StartupReport(QObject):
    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.path = path
        self.marks: dict[str, float | str | None] = {
            "started": time.time(),
            "window": None,
            "voice": None,
            "voice_problem": None,
        }
        window.installEventFilter(self)
        QTimer.singleShot(int(_GIVE_UP_S * 1000), self._finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.marks["window"] is None:
            self.marks["window"] = time.time()
        return False

    def on_event(self, event: Event) -> None:
        """Called with every event the window gets."""
        if isinstance(event, Listening) and self.marks["voice"] is None:
            self.marks["voice"] = time.time()
            QTimer.singleShot(0, self._finish)
        elif isinstance(event, ErrorEvent) and self.marks["voice"] is None:
            self.marks["voice_problem"] = event.message
            QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        if self.marks["window"] is None:  # nothing painted yet: wait for the first paint
            QTimer.singleShot(50, self._finish)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.marks), encoding="utf-8")
        app = QApplication.instance()
        if app is not None:
            app.exit(0 if self.marks["voice"] else 1)
