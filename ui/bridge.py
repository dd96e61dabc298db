"""The one place core events cross into Qt: background threads call ``post``, and the
signal delivers the event on the GUI thread (a queued connection, because the bridge
lives there)."""

from __future__ import annotations

from hearth.assistant.events import Event
from PySide6.QtCore import QObject, Signal


class EventBridge(QObject):
    received = Signal(object)

    def post(self, event: Event) -> None:
        self.received.emit(event)
