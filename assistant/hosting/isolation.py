"""Third-party skills, each in its own confined process.

Skills from the skills folder and from pip packages run in a worker process
(:mod:`hearth.assistant.hosting.worker`), one per file, folder or entry point, so a
crash, an ``os._exit``, a hang at import or in a handler cannot take the assistant
down, and a timed-out action is killed rather than left running. Loading happens
twice: once in a worker with no network and no files, which only says what the
skill is (so even import-time code is confined), and then, on first use, in the
worker that serves it, confined by the permissions it declared.

Built-in skills stay in the assistant's process: they are reviewed with it and must
answer in milliseconds.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting import wire
from hearth.assistant.hosting.description import handlers_from
from hearth.assistant.hosting.faults import FaultLog
from hearth.assistant.hosting.worker_process import SkillCrashed, SkillStopped, WorkerProcess
from hearth.assistant.skill import FollowUp, Reply, Skill, SkillContext
from hearth.assistant.slots import SlotError
from hearth.assistant.understanding.intents import Handler

MATCH_TIMEOUT_S = 1.0
"""A low-level ``match`` runs on every utterance: it gets a second at most."""
MAX_FAULTS = 3
FAULT_WINDOW_S = 600.0
"""A skill that crashed or was killed this often in this long is not started again."""
LOOSENING = {"network": "network", "files": ("reads_files", "opens_things")}


@dataclass
class WorkerSpec:
    """Where a third-party skill's code is: a file or folder, or an entry point."""

    label: str
    path: Path | None = None
    entry_point: str | None = None

    def load_request(self, data_root: Path, settings: dict[str, Any]) -> dict[str, Any]:
        return {
            "op": "load",
            "path": str(self.path) if self.path else None,
            "entry_point": self.entry_point,
            "data_root": str(data_root),
            "settings": settings,
        }


@dataclass
class Inspected:
    spec: WorkerSpec
    skills: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""
    not_enforced: list[str] = field(default_factory=list)


def inspect_all(
    specs: list[WorkerSpec], data_root: Path, settings: dict[str, Any], timeout_s: float
) -> list[Inspected]:
    """What each candidate holds, learnt in parallel workers with no network and no
    files; a candidate that crashes, exits or hangs while loading gets an ``error``."""
    results = [Inspected(spec) for spec in specs]

    def one(found: Inspected) -> None:
        with tempfile.TemporaryDirectory(prefix="hearth-skill-") as scratch:
            worker = WorkerProcess(found.spec.label, Path(scratch))
            try:
                request = found.spec.load_request(data_root, settings)
                answer = worker.call(request | {"network": False, "files": False}, timeout_s)
            except SkillStopped as exc:
                found.error = f"failed to load: {exc.what}"
                return
            finally:
                worker.kill()
        if not answer.get("ok"):
            found.error = f"failed to load: {answer.get('message', 'unknown error')}"
            return
        found.skills = list(answer.get("skills") or [])
        found.not_enforced = list((answer.get("confinement") or {}).get("not_enforced") or [])

    threads = [threading.Thread(target=one, args=(r,), daemon=True) for r in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def sandbox_summary(permissions: set[str], not_enforced: list[str]) -> str:
    """In words, what stops this skill: for ``skills list``."""
    parts = ["own process"]
    if LOOSENING["network"] in permissions:
        parts.append("network allowed (declared)")
    elif not any(w.startswith("no network") for w in not_enforced):
        parts.append("no network")
    if permissions.intersection(LOOSENING["files"]):
        parts.append("files allowed (declared)")
    elif not any(w.startswith("files") for w in not_enforced):
        parts.append("files: its own folder only")
    parts += [f"NOT enforced here: {w}" for w in not_enforced]
    return "; ".join(parts)


class SkillLeftOff(SkillCrashed):
    """Not started again: it stopped working too often in too short a time."""


class SkillProcess:
    """The worker serving one candidate's skills: started on first use, started again
    after a crash or a kill, and left off after ``MAX_FAULTS`` in ``FAULT_WINDOW_S``."""

    def __init__(
        self,
        inspected: Inspected,
        data_root: Path,
        settings: dict[str, Any],
        timeout_s: float,
        faults: FaultLog,
    ) -> None:
        self.spec = inspected.spec
        self.names = [str(s["name"]) for s in inspected.skills]
        self.permissions = {p for s in inspected.skills for p in s["permissions"]}
        self.data_root, self.settings, self.timeout_s = data_root, settings, timeout_s
        self.faults = faults
        self._worker: WorkerProcess | None = None
        self._lock = threading.Lock()

    def call(
        self,
        message: dict[str, Any],
        timeout_s: float | None = None,
        serve: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        try:
            worker = self._running()
            return worker.call(message, timeout_s or self.timeout_s, serve)
        except SkillStopped as exc:
            if not isinstance(exc, SkillLeftOff):  # a refusal is no new fault
                self.faults.record(self.spec.label, exc.what)
            raise

    def _running(self) -> WorkerProcess:
        with self._lock:
            if self._worker is not None and self._worker.alive():
                return self._worker
            recent = self.faults.recent(self.spec.label, FAULT_WINDOW_S)
            if recent >= MAX_FAULTS:
                raise SkillLeftOff(
                    self.spec.label,
                    f"The {self.spec.label} skill is off: it stopped working {recent} times "
                    "in the last few minutes.",
                    "left off after repeated faults",
                )
            folder = self.data_root / "skill-data" / self.spec.label
            worker = WorkerProcess(self.spec.label, folder)
            request = self.spec.load_request(self.data_root, self.settings) | {
                "names": self.names,
                "network": LOOSENING["network"] in self.permissions,
                "files": bool(self.permissions.intersection(LOOSENING["files"])),
            }
            answer = worker.call(request, self.timeout_s)
            if not answer.get("ok"):
                worker.kill()
                raise SkillCrashed(
                    self.spec.label,
                    f"Sorry, the {self.spec.label} skill failed to start.",
                    f"failed to start: {answer.get('message')}",
                )
            self._worker = worker
            return worker

    def close(self) -> None:
        with self._lock:
            if self._worker is not None:
                self._worker.kill()
                self._worker = None


class IsolatedSkill(Skill):
    """A third-party skill as the assistant sees it: its description, and its process."""

    process: SkillProcess
    described: dict[str, Any]

    def remote_handlers(self) -> list[Handler]:
        return handlers_from(self.described, self, self._run, self._confirm)

    def setup_needed(self, ctx: SkillContext) -> str | None:
        try:
            answer = self._checked(
                self.process.call({"op": "setup", "skill": self.name}, MATCH_TIMEOUT_S * 2)
            )
        except SkillStopped as exc:
            return exc.message
        return None if answer.get("value") is None else str(answer["value"])

    def _run(self, ctx: SkillContext, attr: str, **values: Any) -> str | Reply:
        message = {"op": "run", "attr": attr, "values": wire.encode_values(values)}
        return self._result(self._ask(message, ctx))

    def _confirm(self, skill: Skill, ctx: SkillContext, attr: str, **values: Any) -> str | None:
        message = {"op": "confirm", "attr": attr, "values": wire.encode_values(values)}
        answer = self._checked(self._ask(message, ctx))
        return None if answer.get("value") is None else str(answer["value"])

    def _ask(self, message: dict[str, Any], ctx: SkillContext) -> dict[str, Any]:
        message = message | {"skill": self.name, "ctx": _context(ctx)}
        return self.process.call(message, None, _alerts_server(ctx))

    def _result(self, answer: dict[str, Any]) -> str | Reply:
        self._checked(answer)
        text = str(answer.get("reply", ""))
        key = answer.get("follow_up")
        if key is None:
            return text
        process, name = self.process, self.name

        def on_answer(said: str) -> str | Reply:
            reply = process.call({"op": "answer", "skill": name, "follow_up": key, "text": said})
            return self._result(reply)

        return Reply(text, FollowUp(on_answer, yes_no=bool(answer.get("yes_no"))))

    @staticmethod
    def _checked(answer: dict[str, Any]) -> dict[str, Any]:
        if answer.get("ok"):
            return answer
        kind, text = answer.get("kind"), str(answer.get("message", ""))
        if kind == "assistant":
            raise AssistantError(text, str(answer.get("fix", "")))
        if kind == "slot":
            raise SlotError(text)
        raise RuntimeError(text)


class IsolatedLowLevelSkill(IsolatedSkill):
    """One written in the older ``match``/``handle`` form."""

    hears_languages = False
    """Whether its own ``match`` takes a language (the worker says)."""

    def match(self, text: str, language: str = "en") -> dict[str, Any] | None:
        asked = {"op": "match", "skill": self.name, "text": text, "language": language}
        answer = self._checked(self.process.call(asked, MATCH_TIMEOUT_S))
        # encode_value wrapped the slots as a tagged dict: unwrap it with decode_value
        value = wire.decode_value(answer.get("value"))
        return value if isinstance(value, dict) else None

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str | Reply:
        message = {"op": "handle", "values": wire.encode_values(slots)}
        return self._result(self._ask(message, context))


def isolated_skill(described: dict[str, Any], process: SkillProcess) -> IsolatedSkill:
    base = IsolatedLowLevelSkill if described.get("low_level") else IsolatedSkill
    cls = type(
        f"Isolated_{described['name']}",
        (base,),
        {
            "name": str(described["name"]),
            "description": str(described.get("description", "")),
            "version": str(described.get("version", "")),
            "permissions": tuple(described.get("permissions") or ()),
            "examples": tuple(described.get("examples") or ()),
            "hears_languages": bool(described.get("hears_languages")),
        },
    )
    skill = cls()
    skill.process, skill.described = process, described
    return skill


def _context(ctx: SkillContext) -> dict[str, Any]:
    return {
        "text": ctx.text,
        "history": [
            {"role": str(getattr(m, "role", "")), "content": str(getattr(m, "content", m))}
            for m in ctx.history[-20:]
        ],
        "now": ctx.clock(),
        "summaries": [
            [s.name, s.description, s.example, [list(pair) for pair in s.localized]]
            for s in ctx.enabled_skills()
        ],
        "language": ctx.language,
    }


def _alerts_server(ctx: SkillContext) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def serve(request: dict[str, Any]) -> dict[str, Any]:
        book, method, args = ctx.alerts, request.get("method"), list(request.get("args") or [])
        if book is None:
            return {"ok": False, "message": "alerts are not available here"}
        if method == "add":
            kind, name, due, text, away = (args + [""] * 5)[:5]
            alert = book.add(str(kind), str(name), float(due), str(text), str(away))
            return {"ok": True, "value": alert.to_dict()}
        if method == "list":
            kind = args[0] if args and args[0] is not None else None
            return {"ok": True, "value": [a.to_dict() for a in book.list(kind)]}
        if method == "cancel":
            found = book.cancel(str(args[0])) if args else None
            return {"ok": True, "value": found.to_dict() if found else None}
        return {"ok": False, "message": f"no alerts method {method!r}"}

    return serve
