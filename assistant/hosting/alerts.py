"""Timers, alarms and reminders that fire at a time, even after a restart.

Alerts are kept in ``<data_dir>/alerts.json`` (private, written atomically, under a
file lock, so the command line and the app can add alerts at the same time). A
damaged file is kept aside as ``alerts.json.damaged-<time>``, the user is told (a
``StoreDamaged`` event now, and the next reply of a skill that uses the alerts) and
a new one started. The scheduler is
one background thread: it sleeps until the next alert is due (or the file changed),
removes the alert and hands an :class:`AlertFired` event to the assistant. An alert
whose time passed while nothing was running fires on the next start, worded "while
you were away".
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from hearth.assistant.errors import AssistantError
from hearth.assistant.events import AlertFired
from hearth.assistant.storage import (
    PRIVATE_FILE,
    private_file,
    private_folder,
    read_json,
    write_atomic,
)

_LOGGER = logging.getLogger(__name__)
LATE_AFTER_S = 5.0
"""An alert found more than this late when the scheduler starts fired while away."""


@dataclass(frozen=True)
class Alert:
    id: str
    kind: str
    """``timer``, ``alarm`` or ``reminder`` (any word a skill chooses)."""
    name: str
    due: float
    """When it fires, seconds since the epoch."""
    message: str
    away_message: str
    skill: str
    created: float

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: Any) -> Alert:
        """An alert as the file holds it; ValueError or TypeError when it is not one."""
        if not isinstance(row, dict) or set(row) != _FIELDS:
            raise ValueError(f"not an alert: {str(row)[:80]}")
        for name, value in row.items():
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not (number if name in ("due", "created") else isinstance(value, str)):
                raise TypeError(f"alert field {name} is {type(value).__name__}")
        return cls(**row)


_FIELDS = {f.name for f in fields(Alert)}


def _alerts(data: Any) -> list[Alert]:
    if not isinstance(data, list):
        raise ValueError("the alerts file does not hold a list")
    return [Alert.from_dict(row) for row in data]


class AlertStore:
    """The alerts file. Every method re-reads it, so other processes' changes count."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _locked(self) -> Iterator[list[Alert]]:
        private_folder(self.path.parent)
        lock_path = self.path.with_suffix(".lock")
        private_file(lock_path)  # an older install's
        with os.fdopen(os.open(lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE), "r+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            none: list[Alert] = []
            alerts = read_json(self.path, "timers and reminders", _alerts, none)
            before = list(alerts)
            yield alerts
            if alerts != before:
                write_atomic(self.path, json.dumps([a.to_dict() for a in alerts], indent=1))

    def all(self) -> list[Alert]:
        with self._locked() as alerts:
            return sorted(alerts, key=lambda a: a.due)

    def add(self, alert: Alert) -> Alert:
        with self._locked() as alerts:
            alerts.append(alert)
        return alert

    def remove(self, alert_id: str) -> Alert | None:
        with self._locked() as alerts:
            for alert in alerts:
                if alert.id == alert_id:
                    alerts.remove(alert)
                    return alert
        return None

    def take_due(self, now: float) -> list[Alert]:
        with self._locked() as alerts:
            due = [a for a in alerts if a.due <= now]
            for alert in due:
                alerts.remove(alert)
        return sorted(due, key=lambda a: a.due)

    def mtime(self) -> float:
        try:
            return self.path.stat().st_mtime
        except FileNotFoundError:
            return 0.0


class AlertBook:
    """What a skill sees of the alerts: add, list and cancel its own."""

    def __init__(
        self,
        store: AlertStore,
        skill: str,
        clock: Callable[[], float] = time.time,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._skill = skill
        self._clock = clock
        self._on_change = on_change
        self.used = False
        """Whether the skill added, listed or cancelled anything through this book."""

    @property
    def store_path(self) -> Path:
        return self._store.path

    def add(self, kind: str, name: str, due: float, message: str, away_message: str = "") -> Alert:
        self.used = True
        alert = Alert(
            id=uuid.uuid4().hex[:10],
            kind=kind,
            name=name,
            due=due,
            message=message,
            away_message=away_message or f"While you were away: {message}",
            skill=self._skill,
            created=self._clock(),
        )
        self._store.add(alert)
        if self._on_change:
            self._on_change()
        return alert

    def list(self, kind: str | None = None) -> list[Alert]:
        self.used = True
        return [
            a
            for a in self._store.all()
            if a.skill == self._skill and (kind is None or a.kind == kind)
        ]

    def cancel(self, alert_id: str) -> Alert | None:
        """Remove one of this skill's alerts; None if there is no such alert."""
        self.used = True
        if not any(a.id == alert_id for a in self.list()):
            return None
        alert = self._store.remove(alert_id)
        if self._on_change:
            self._on_change()
        return alert


class Scheduler:
    """The thread that fires due alerts. ``emit`` gets each :class:`AlertFired`."""

    def __init__(
        self,
        store: AlertStore,
        emit: Callable[[AlertFired], None],
        clock: Callable[[], float] = time.time,
        poll_s: float = 1.0,
    ) -> None:
        self.store = store
        self.emit = emit
        self.clock = clock
        self.poll_s = poll_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        try:
            missed = self.store.take_due(self.clock() - LATE_AFTER_S)
        except (OSError, AssistantError) as exc:  # the thread tries again, and tells
            _LOGGER.warning("cannot read the alerts: %s", exc)
            missed = []
        for alert in missed:
            self._fire(alert, away=True)
        self._thread = threading.Thread(target=self._run, name="hearth-alerts", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Something changed: look again now."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                for alert in self.store.take_due(self.clock()):
                    self._fire(alert, away=False)
                upcoming = self.store.all()
            except (OSError, AssistantError) as exc:  # told to the user when a skill asks
                _LOGGER.warning("cannot read the alerts: %s", exc)
                upcoming = []
            wait = self.poll_s
            if upcoming:
                wait = max(0.01, min(wait, upcoming[0].due - self.clock()))
            self._wake.wait(wait)
            self._wake.clear()

    def _fire(self, alert: Alert, away: bool) -> None:
        message = alert.away_message if away else alert.message
        try:
            self.emit(
                AlertFired(
                    message=message,
                    skill=alert.skill,
                    alert_id=alert.id,
                    alert_kind=alert.kind,
                    name=alert.name,
                    away=away,
                )
            )
        except Exception:
            _LOGGER.exception("delivering alert %s failed", alert.id)
