"""The assistant's side of one skill worker: start it, ask it, stop it.

Every wait on a worker has a deadline. A worker that does not answer in time is
killed (its whole process group, so a timed-out action really stops), and one that
exits or crashes shows up as a closed pipe; both become :class:`SkillStopped` errors
with a sentence for the user.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hearth.assistant.bundle import frozen
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting import wire


class SkillStopped(AssistantError):
    """A third-party skill's process was killed or ended; ``what`` says which, for logs."""

    def __init__(self, skill: str, message: str, what: str) -> None:
        super().__init__(message, f"See what happened with: assistant skills list ({skill})")
        self.what = what


class SkillKilled(SkillStopped):
    """It took longer than its time limit and was stopped."""


class SkillCrashed(SkillStopped):
    """Its process exited or broke the protocol."""


def worker_command() -> list[str]:
    """How to start a worker: the packaged app runs itself with ``--skill-worker``."""
    if frozen():
        return [sys.executable, "--skill-worker"]
    return [sys.executable, "-m", "hearth.assistant.hosting.worker"]


class WorkerProcess:
    """One running worker. Calls are one at a time; ``call`` is thread-safe."""

    def __init__(self, label: str, cwd: Path) -> None:
        self.label = label
        self._lock = threading.Lock()
        to_child, self._to_child = os.pipe()
        self._from_child, from_child = os.pipe()
        cwd.mkdir(parents=True, exist_ok=True, mode=0o700)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", TMPDIR=str(cwd))
        try:
            self.process = subprocess.Popen(
                [*worker_command(), str(to_child), str(from_child)],
                pass_fds=(to_child, from_child),
                stdin=subprocess.DEVNULL,
                cwd=cwd,
                env=env,
                start_new_session=True,
            )
        finally:
            os.close(to_child)
            os.close(from_child)
        for fd in (self._to_child, self._from_child):
            os.set_inheritable(fd, False)
        self.closed = False

    def call(
        self,
        message: dict[str, Any],
        timeout_s: float,
        serve: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Send ``message`` and return the answer. Requests the worker makes meanwhile
        (``ctx.alerts``) go to ``serve``. Kills the worker after ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            if self.closed:
                raise self._ended()
            try:
                wire.send(self._to_child, message)
                while True:
                    answer = wire.receive(self._from_child, deadline)
                    if answer.get("op") != "alerts":
                        return answer
                    wire.send(self._to_child, _served(serve, answer))
            except TimeoutError:
                self.kill()
                raise SkillKilled(
                    self.label,
                    f"Sorry, the {self.label} skill took longer than {timeout_s:g} seconds, "
                    "so I stopped it.",
                    f"killed after {timeout_s:g} s",
                ) from None
            except (wire.WireClosed, wire.WireError, BrokenPipeError, OSError) as exc:
                broken = isinstance(exc, wire.WireError)
                if not broken:  # it is ending by itself: let it, to report why
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self.process.wait(timeout=1)
                self.kill()
                raise self._ended(f"it broke the protocol ({exc})" if broken else "") from None

    def _ended(self, why: str = "") -> SkillCrashed:
        code = self.process.poll()
        if not why:
            why = f"it exited with code {code}" if code is not None and code >= 0 else "it crashed"
            if code is not None and code < 0:
                why = f"it was ended by signal {signal.Signals(-code).name}"
        return SkillCrashed(
            self.label,
            f"Sorry, the {self.label} skill stopped working ({why}), so I couldn't do that.",
            why,
        )

    def kill(self) -> None:
        self.closed = True
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._to_child = self._from_child = -1

    def alive(self) -> bool:
        return not self.closed and self.process.poll() is None


def _served(
    serve: Callable[[dict[str, Any]], dict[str, Any]] | None, request: dict[str, Any]
) -> dict[str, Any]:
    if serve is None:
        return {"ok": False, "message": "nothing to answer that with"}
    try:
        return serve(request)
    except Exception as exc:  # the skill's request was bad; it gets an error, we go on
        return {"ok": False, "message": f"{type(exc).__name__}: {exc}"}
