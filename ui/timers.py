"""Timers, alarms and reminders while they run, counting down once a second.

The skills update gives the assistant ``active_alerts()``; until then (or in any build
without it) the panel stays hidden. Items may be objects, dicts or tuples carrying a
name, a due time (seconds since the epoch) and a kind."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunningAlert:
    name: str
    due: float
    kind: str = "timer"


def as_running_alert(item: Any) -> RunningAlert | None:
    """Read one item of ``active_alerts()``, whatever shape it has; None if unreadable."""
    try:
        if isinstance(item, dict):
            name, due, kind = item.get("name", ""), item["due"], item.get("kind", "timer")
        elif isinstance(item, tuple | list):
            name, due, kind = [*item, "timer"][:3]
        else:
            name, due = getattr(item, "name", ""), item.due
            kind = getattr(item, "kind", "timer")
        return RunningAlert(str(name or kind), float(due), str(kind))
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def remaining(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def describe(alert: RunningAlert, now: float) -> str:
    if alert.kind == "timer":
        return f"{alert.name}: {remaining(alert.due - now)} left"
    when = time.strftime("%H:%M", time.localtime(alert.due))
    return f"{alert.kind.capitalize()} · {alert.name} at {when}"


class TimersPanel(QFrame):
    def __init__(
        self, source: Callable[[], Sequence[Any]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timers")
        self.setAccessibleName("Running timers and reminders")
        self._source = source
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("<b>Running:</b>", self)
        self._layout.addWidget(self.title)
        self._labels: list[QLabel] = []
        self._layout.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        self.set_source(source)

    def set_source(self, source: Callable[[], Sequence[Any]] | None) -> None:
        self._source = source
        if source is None:
            self._tick.stop()
            self.hide()
        else:
            self._tick.start()
            self.refresh()

    def refresh(self) -> None:
        alerts: list[RunningAlert] = []
        if self._source is not None:
            try:
                alerts = [a for a in map(as_running_alert, self._source()) if a is not None]
            except Exception:
                _LOGGER.warning("could not list the running timers", exc_info=True)
        alerts.sort(key=lambda a: a.due)
        now = time.time()
        while len(self._labels) < len(alerts):
            label = QLabel(self)
            self._layout.insertWidget(len(self._labels) + 1, label)
            self._labels.append(label)
        for label, alert in zip(self._labels, alerts, strict=False):
            label.setText(describe(alert, now))
            label.setAccessibleName(label.text())
            label.show()
        for label in self._labels[len(alerts) :]:
            label.hide()
        self.setVisible(bool(alerts))

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels if not label.isHidden()]
