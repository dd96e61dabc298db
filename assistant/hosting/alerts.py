"""Timers, alarms and reminders that fire at a time, even after a restart.

Alerts are kept in ``<data_dir>/alerts.json`` (written atomically, under a file lock,
so the command line and the app can add alerts at the same time). The scheduler is
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
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from hearth.assistant.events import AlertFired

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


class AlertStore:
    """The alerts file. Every method re-reads it, so other processes' changes count."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _locked(self) -> Iterator[list[Alert]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            alerts = self._read()
            before = list(alerts)
            yield alerts
            if alerts != before:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(
                    json.dumps([a.to_dict() for a in alerts], indent=1), encoding="utf-8"
                )
                tmp.replace(self.path)

    def _read(self) -> list[Alert]:
        try:
            rows = json.loads(self.path.read_text(encoding="utf-8"))
            return [Alert(**row) for row in rows]
        except FileNotFoundError:
            return []
        except (ValueError, TypeError) as exc:
            broken = self.path.with_suffix(f".broken-{int(time.time())}")
            _LOGGER.warning("alerts file %s unreadable (%s); moved to %s", self.path, exc, broken)
            with contextlib.suppress(OSError):
                self.path.replace(broken)
            return []

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

    def add(self, kind: str, name: str, due: float, message: str, away_message: str = "") -> Alert:
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
        return [
            a
            for a in self._store.all()
            if a.skill == self._skill and (kind is None or a.kind == kind)
        ]

    def cancel(self, alert_id: str) -> Alert | None:
        """Remove one of this skill's alerts; None if there is no such alert."""
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
        started = self.clock()
        for alert in self.store.take_due(started - LATE_AFTER_S):
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
            except OSError as exc:
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
