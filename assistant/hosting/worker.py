"""The process a third-party skill runs in (``python -m hearth.assistant.hosting.worker
IN OUT``, or the packaged app with ``--skill-worker IN OUT``).

It confines itself (:mod:`hearth.assistant.hosting.sandbox`), then imports the skill,
describes it to the assistant and runs what the assistant asks: matching, handlers,
confirmations and answers to the questions the skill asked. Whatever the skill does,
crash, exit, hang, it does it here; the assistant sees a closed pipe or a silence and
goes on. Messages are in :mod:`hearth.assistant.hosting.wire`.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hearth.assistant.config import MQTTConfig, SkillsConfig
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting import sandbox, wire
from hearth.assistant.hosting.alerts import Alert, AlertBook
from hearth.assistant.skill import FollowUp, Reply, Skill, SkillContext, SkillSummary
from hearth.assistant.slots import SlotError

_LOGGER = logging.getLogger("hearth.skill-worker")
MAX_FOLLOW_UPS = 32


class _Alerts(AlertBook):
    """``ctx.alerts`` in a worker: each call is done by the assistant, for this skill."""

    def __init__(self, ask: Callable[[str, list[Any]], Any]) -> None:
        self._ask = ask
        self.used = False  # the alerts file is the assistant's: it tells of its damage

    def add(self, kind: str, name: str, due: float, message: str, away_message: str = "") -> Alert:
        return Alert(**self._ask("add", [kind, name, due, message, away_message]))

    def list(self, kind: str | None = None) -> list[Alert]:
        return [Alert(**a) for a in self._ask("list", [kind])]

    def cancel(self, alert_id: str) -> Alert | None:
        found = self._ask("cancel", [alert_id])
        return Alert(**found) if found else None


class Worker:
    def __init__(self, inbox: int, outbox: int) -> None:
        self.inbox, self.outbox = inbox, outbox
        self.skills: dict[str, Skill] = {}
        self.handlers: dict[tuple[str, str], Any] = {}
        self.follow_ups: dict[str, FollowUp] = {}
        self.ids = itertools.count(1)
        self.data_root = Path(".")
        self.settings = SkillsConfig()

    def serve(self) -> None:
        while True:
            try:
                message = wire.receive(self.inbox)
            except wire.WireClosed:
                return  # the assistant is gone or done with this skill
            wire.send(self.outbox, self.answer(message))

    def answer(self, message: dict[str, Any]) -> dict[str, Any]:
        op = message.get("op")
        try:
            if op == "load":
                return self.load(message)
            if op == "setup":
                skill = self.skills[message["skill"]]
                return {"ok": True, "value": skill.setup_needed(self.context(message))}
            if op == "match":
                skill, language = self.skills[message["skill"]], message.get("language", "en")
                reads: Any = skill.match  # takes a language when the skill said so
                slots = (
                    reads(message["text"], language)
                    if language != "en"
                    else skill.match(message["text"])
                )
                return {"ok": True, "value": None if slots is None else wire.encode_value(slots)}
            if op == "confirm":
                handler = self.handlers[(message["skill"], message["attr"])]
                skill = self.skills[message["skill"]]
                values = wire.decode_values(message["values"])
                asked = handler.confirm(skill, self.context(message), **values)
                return {"ok": True, "value": asked}
            return self.reply(self.action(op, message))
        except AssistantError as exc:
            return {"ok": False, "kind": "assistant", "message": exc.message, "fix": exc.fix}
        except SlotError as exc:
            return {"ok": False, "kind": "slot", "message": exc.question}
        except Exception as exc:
            _LOGGER.warning("skill code failed (%s)", op, exc_info=True)
            return {"ok": False, "kind": "error", "message": f"{type(exc).__name__}: {exc}"}

    def action(self, op: Any, message: dict[str, Any]) -> Callable[[], str | Reply]:
        if op == "run":
            handler = self.handlers[(message["skill"], message["attr"])]
            values = {
                name: handler.params[name].slot_type.parse(value)
                if isinstance(value, wire.RawSlot)
                else value
                for name, value in wire.decode_values(message["values"]).items()
            }
            ctx = self.context(message)
            return lambda: handler.func(ctx, **values)
        if op == "handle":
            skill = self.skills[message["skill"]]
            slots = wire.decode_values(message["values"])
            ctx = self.context(message)
            return lambda: skill.handle(slots, ctx)
        if op == "answer":
            follow_up = self.follow_ups.pop(message["follow_up"], None)
            if follow_up is None:
                raise AssistantError("That question has expired.", "Ask again.")
            text = message["text"]
            return lambda: follow_up.on_answer(text)
        raise wire.WireError(f"unknown request {op!r}")

    def reply(self, action: Callable[[], str | Reply]) -> dict[str, Any]:
        result = action()
        if not isinstance(result, Reply):
            return {"ok": True, "reply": str(result)}
        answer: dict[str, Any] = {"ok": True, "reply": result.text}
        if result.follow_up is not None:
            key = str(next(self.ids))
            self.follow_ups[key] = result.follow_up
            while len(self.follow_ups) > MAX_FOLLOW_UPS:
                self.follow_ups.pop(next(iter(self.follow_ups)))
            answer |= {"follow_up": key, "yes_no": result.follow_up.yes_no}
        return answer

    def context(self, message: dict[str, Any]) -> SkillContext:
        ctx = message.get("ctx") or {}
        name = message["skill"]
        now, started = float(ctx.get("now", time.time())), time.monotonic()
        summaries = [
            SkillSummary(
                str(s[0]),
                str(s[1]),
                str(s[2]),
                tuple((str(c), str(e)) for c, e in (s[3] if len(s) > 3 else [])),
            )
            for s in ctx.get("summaries", [])
        ]
        return SkillContext(
            text=str(ctx.get("text", "")),
            history=[SimpleNamespace(**h) for h in ctx.get("history", [])],
            skill_name=name,
            data_root=self.data_root,
            alerts=_Alerts(lambda method, args: self.ask_alerts(method, args)),
            settings=self.settings,
            skills_provider=lambda: summaries,
            clock=lambda: now + time.monotonic() - started,
            language=str(ctx.get("language", "en")),
        )

    def ask_alerts(self, method: str, args: list[Any]) -> Any:
        wire.send(self.outbox, {"op": "alerts", "method": method, "args": args})
        answer = wire.receive(self.inbox)
        if not answer.get("ok"):
            raise AssistantError(str(answer.get("message", "The alerts are unavailable.")))
        return answer.get("value")

    def load(self, message: dict[str, Any]) -> dict[str, Any]:
        from hearth.assistant.hosting.description import describe
        from hearth.assistant.hosting.loader import check_skill, instances

        self.data_root = Path(message["data_root"])
        settings = dict(message.get("settings") or {})
        settings.pop("mqtt", None)  # the broker's password is not a third-party skill's
        self.settings = SkillsConfig(**settings, mqtt=MQTTConfig())
        where = Path(message["path"]) if message.get("path") else None
        names = message.get("names")
        write = [self.data_root / "skill-data" / n for n in names or []]
        if names is not None:  # serving: its working folder is its temporary folder too
            write.append(Path.cwd())
        for folder in write:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        read = sandbox.python_read_paths() + ([where] if where else [])
        if where is not None and where.is_file() and (where.parent / "locale").is_dir():
            read.append(where.parent / "locale")  # its phrases in other languages
        confinement = sandbox.confine(
            network=bool(message.get("network")),
            files=bool(message.get("files")),
            read=read,
            write=write,
        )
        loaded = instances(_load_candidate(message))
        described = []
        for skill in loaded:
            handlers = check_skill(skill)
            self.skills[skill.name] = skill
            self.handlers |= {(skill.name, h.attr): h for h in handlers}
            setup = skill.setup_needed(
                SkillContext("", skill_name=skill.name, data_root=self.data_root)
            )
            described.append(describe(skill, handlers, setup))
        return {"ok": True, "skills": described, "confinement": confinement.to_dict()}


def _load_candidate(message: dict[str, Any]) -> Any:
    import importlib.metadata

    from hearth.assistant.hosting.loader import ENTRY_POINT_GROUP, file_loader

    if message.get("path"):
        return file_loader(Path(message["path"]))()
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == message.get("entry_point"):
            return ep.load()
    raise ImportError(f"no entry point {message.get('entry_point')!r} any more")


def main(argv: list[str]) -> int:
    inbox, outbox = int(argv[0]), int(argv[1])
    sandbox.die_with_parent()
    os.dup2(2, 1)  # whatever the skill prints goes to the log, not into the messages
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    Worker(inbox, outbox).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
