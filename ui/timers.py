"""Timers, alarms and reminders while they run, counting down once a second, each
with a Cancel button.

The source is the assistant's ``active_alerts``; the panel hides while there is none."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from hearth.assistant.hosting.alerts import Alert
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from .i18n import QT_TRANSLATE_NOOP, translate

_LOGGER = logging.getLogger(__name__)

AlertSource = Callable[[], Sequence[Alert]]
CancelAlert = Callable[[str], object]


def remaining(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


KIND_WORDS = {
    "timer": QT_TRANSLATE_NOOP("timers", "Timer"),
    "alarm": QT_TRANSLATE_NOOP("timers", "Alarm"),
    "reminder": QT_TRANSLATE_NOOP("timers", "Reminder"),
}


def kind_words(kind: str) -> str:
    """'Timer', 'Alarm', 'Reminder' in the window's language."""
    words = KIND_WORDS.get(kind)
    return translate("timers", words) if words else kind.capitalize()


def describe(alert: Alert, now: float) -> str:
    name = alert.name or kind_words(alert.kind).lower()
    if alert.kind == "timer":
        return translate("timers", "{name}: {time} left").format(
            name=name, time=remaining(alert.due - now)
        )
    when = time.strftime("%H:%M", time.localtime(alert.due))
    return translate("timers", "{kind} · {name} at {when}").format(
        kind=kind_words(alert.kind), name=name, when=when
    )


class TimersPanel(QFrame):
    def __init__(self, source: AlertSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timers")
        self.setAccessibleName(translate("timers", "Running timers and reminders"))
        self._source = source
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(translate("timers", "<b>Running:</b>"), self)
        self._layout.addWidget(self.title)
        self._labels: list[QLabel] = []
        self._buttons: list[QToolButton] = []
        self._ids: list[str] = []
        self.cancel_alert: CancelAlert | None = None
        """Removes a running alert by its id (set by the app)."""
        self._layout.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        self.set_source(source)

    def set_source(self, source: AlertSource | None) -> None:
        self._source = source
        if source is None:
            self._tick.stop()
            self.hide()
        else:
            self._tick.start()
            self.refresh()

    def refresh(self) -> None:
        alerts: list[Alert] = []
        if self._source is not None:
            try:
                alerts = list(self._source())
            except Exception:
                _LOGGER.warning("could not list the running timers", exc_info=True)
        alerts.sort(key=lambda a: a.due)
        now = time.time()
        while len(self._labels) < len(alerts):
            index = len(self._labels)
            label = QLabel(self)
            button = QToolButton(self)
            button.setText(translate("timers", "Cancel"))
            button.clicked.connect(lambda _checked=False, i=index: self._cancel(i))
            self._layout.insertWidget(2 * index + 1, label)
            self._layout.insertWidget(2 * index + 2, button)
            self._labels.append(label)
            self._buttons.append(button)
        self._ids = [alert.id for alert in alerts]
        for label, button, alert in zip(self._labels, self._buttons, alerts, strict=False):
            label.setText(describe(alert, now))
            label.setAccessibleName(label.text())
            name = alert.name or kind_words(alert.kind).lower()
            button.setAccessibleName(translate("timers", "Cancel {name}").format(name=name))
            button.setToolTip(
                translate("timers", "Cancel this {kind}").format(
                    kind=kind_words(alert.kind).lower()
                )
            )
            button.setVisible(self.cancel_alert is not None)
            label.show()
        for label, button in zip(
            self._labels[len(alerts) :], self._buttons[len(alerts) :], strict=False
        ):
            label.hide()
            button.hide()
        self.setVisible(bool(alerts))

    def _cancel(self, index: int) -> None:
        if self.cancel_alert is None or index >= len(self._ids):
            return
        try:
            self.cancel_alert(self._ids[index])
        except Exception:
            _LOGGER.warning("could not cancel the alert", exc_info=True)
        self.refresh()

    def buttons(self) -> list[QToolButton]:
        return [b for b in self._buttons if not b.isHidden()]

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels if not label.isHidden()]
