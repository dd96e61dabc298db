"""Skills that crashed or were killed, kept on disk so that ``assistant skills list`` and
``assistant doctor`` (other processes than the app that met the fault) can say so."""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

KEEP = 200
"""Only the newest faults are kept: the file stays small however often a skill fails."""


@dataclass(frozen=True)
class Fault:
    skill: str
    what: str
    """``killed after 8 s``, ``it exited with code 1``, ..."""
    at: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.at))
        return f"{self.what} at {when}"


class FaultLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, skill: str, what: str, at: float | None = None) -> None:
        with self._lock:
            faults = [*self.all(), Fault(skill, what, time.time() if at is None else at)]
            self._write(faults[-KEEP:])

    def all(self) -> list[Fault]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Fault(str(f["skill"]), str(f["what"]), float(f["at"])) for f in data]
        except (OSError, ValueError, TypeError, KeyError):
            return []  # none yet, or unreadable: faults are a report, never a reason to stop

    def latest(self) -> dict[str, Fault]:
        return {fault.skill: fault for fault in self.all()}

    def recent(self, skill: str, window_s: float) -> int:
        since = time.time() - window_s
        return sum(1 for f in self.all() if f.skill == skill and f.at >= since)

    def _write(self, faults: list[Fault]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        data = json.dumps([f.__dict__ for f in faults], indent=0)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)
