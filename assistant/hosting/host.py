"""Running skills safely: confirmation, follow-up questions, time limits, failures.

Every way into a skill, a matched phrase, a tool call written by the language model
or the answer to a question the skill asked, goes through :class:`SkillHost`, so the
same rules hold for all of them:

- a handler whose permissions include one of ``CONFIRMED_PERMISSIONS`` runs only
  after the user said yes (unless the user listed the skill in ``skills.no_confirm``);
- a slot that is missing or unclear gets a question back, not an exception or a guess;
- skill code runs in a worker thread and is abandoned after ``skills.timeout_s``;
- an exception in a skill becomes a plain sentence, logged, and the assistant goes on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from hearth.assistant.config import SkillsConfig, data_dir
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting.alerts import AlertBook, AlertStore
from hearth.assistant.hosting.embedded_slots import slot_said_inside
from hearth.assistant.hosting.isolation import IsolatedSkill
from hearth.assistant.locale import words
from hearth.assistant.locale.slot_types import for_language
from hearth.assistant.skill import (
    CONFIRMED_PERMISSIONS,
    FollowUp,
    Reply,
    Skill,
    SkillContext,
    SkillSummary,
)
from hearth.assistant.slots import ClockTime, Duration, SlotError, convert_argument
from hearth.assistant.understanding.intents import (
    Handler,
    IntentMatcher,
    Match,
    build_handlers,
    example_text,
)

_LOGGER = logging.getLogger(__name__)
T = TypeVar("T")
FOLLOW_UP_EXPIRES_S = 120.0
"""A question not answered within this long is forgotten."""


@dataclass
class Outcome:
    reply: str
    skill: str
    expects_reply: bool = False


class SkillTimeout(Exception):
    pass


class ToolCallError(ValueError):
    """A tool call that names no offered tool or carries invalid arguments."""


def summary_of(skill: Skill, handlers: Sequence[Handler]) -> SkillSummary:
    examples = list(skill.examples) or [
        example_text(h.examples[0].source) for h in handlers if h.examples
    ]
    localized = {code: said[0] for code, said in skill.localized_examples.items() if said}
    for handler in handlers:
        for code, compiled in handler.phrases.items():
            if compiled and code not in localized:
                localized[code] = example_text(compiled[0].source).lower()
    return SkillSummary(
        skill.name,
        skill.description,
        examples[0] if examples else "",
        tuple(sorted(localized.items())),
    )


class SkillHost:
    def __init__(
        self,
        skills: Sequence[Skill],
        settings: SkillsConfig | None = None,
        data_root: Path | None = None,
        clock: Callable[[], float] = time.time,
        on_alerts_changed: Callable[[], None] | None = None,
    ) -> None:
        self.settings = settings or SkillsConfig()
        self.data_root = data_root
        self.clock = clock
        self.on_alerts_changed = on_alerts_changed
        self.skills = list(skills)
        self.handlers: list[Handler] = []
        low_level: list[Skill] = []
        for skill in self.skills:
            if skill.uses_low_level_api():
                low_level.append(skill)
            if isinstance(skill, IsolatedSkill):
                self.handlers += skill.remote_handlers()
            else:
                self.handlers += build_handlers(skill)
        self.matcher = IntentMatcher(self.handlers, low_level)
        self.pending: tuple[FollowUp, str] | None = None

    # --- what the router asks -------------------------------------------------------------

    @property
    def root(self) -> Path:
        return self.data_root or data_dir()

    def alert_store(self) -> AlertStore:
        return AlertStore(self.root / "alerts.json")

    def summaries(self) -> list[SkillSummary]:
        ready = []
        for skill in self.skills:
            if skill.setup_needed(self.context(skill, "")) is None:
                own = [h for h in self.handlers if h.skill is skill]
                ready.append(summary_of(skill, own))
        return ready

    def tools(self) -> list[Handler]:
        """Handlers offered to the language model: enabled, set up, marked as tools."""
        offered = []
        for handler in self.handlers:
            if handler.tool and handler.skill.setup_needed(self.context(handler.skill, "")) is None:
                offered.append(handler)
        return offered

    def context(
        self, skill: Skill, text: str, history: Sequence[Any] = (), language: str = "en"
    ) -> SkillContext:
        return SkillContext(
            text=text,
            history=list(history),
            skill_name=skill.name,
            data_root=self.root,
            alerts=AlertBook(self.alert_store(), skill.name, self.clock, self.on_alerts_changed),
            settings=self.settings,
            skills_provider=self.summaries,
            clock=self.clock,
            language=language,
        )

    def clear_pending(self) -> None:
        self.pending = None

    def answer_pending(
        self, text: str, history: Sequence[Any] = (), language: str = "en"
    ) -> Outcome | None:
        """Give ``text`` to the question a skill asked, if one is waiting."""
        if self.pending is None:
            return None
        follow_up, skill_name = self.pending
        self.pending = None
        if time.monotonic() - follow_up.asked_at > FOLLOW_UP_EXPIRES_S:
            return None
        if follow_up.yes_no:
            from hearth.assistant.skill import yes_or_no

            if yes_or_no(text, language) is None:
                return None  # not an answer: nothing happens, the words are routed afresh
        return self._run_reply(skill_name, lambda: follow_up.on_answer(text))

    def match(self, text: str, language: str = "en") -> Match | None:
        """The skill phrase in ``language`` that ``text`` matches, if any."""
        return self.matcher.match(text, on_skill_error=self._match_failed, language=language)

    def run_match(self, match: Match, text: str, history: Sequence[Any] = ()) -> Outcome:
        ctx = self.context(match.skill, text, history, match.language)
        if match.handler is None:  # the low-level form
            skill = match.skill
            return self._guarded(
                skill,
                skill.permissions,
                ctx,
                f"Should I let the {skill.name} skill do that?",
                lambda: skill.handle(match.values, ctx),
            )
        return self._invoke(match.handler, dict(match.values), match.errors, ctx)

    def call_tool(
        self,
        name: str,
        arguments: dict[str, Any],
        text: str,
        history: Sequence[Any] = (),
        language: str = "en",
    ) -> Outcome:
        """Run a tool call the language model wrote, after checking it like a phrase."""
        handler, values = self.checked_call(name, arguments, language)
        ctx = self.context(handler.skill, text, history, language)
        return self._invoke(handler, values, {}, ctx)

    def checked_call(
        self, name: str, arguments: dict[str, Any], language: str = "en"
    ) -> tuple[Handler, dict[str, Any]]:
        """The handler and converted values of a tool call; ToolCallError if invalid."""
        handler = next((h for h in self.tools() if h.name == name), None)
        if handler is None:
            raise ToolCallError(f"no enabled tool is called {name!r}")
        unknown = set(arguments) - set(handler.params)
        if unknown:
            raise ToolCallError(f"{name} has no argument {sorted(unknown)[0]!r}")
        values: dict[str, Any] = {}
        for pname, param in handler.params.items():
            if pname not in arguments:
                if param.required:
                    raise ToolCallError(f"{name} needs {pname!r}")
                continue
            try:
                values[pname] = _converted(param.slot_type, arguments[pname], language)
            except SlotError as exc:
                raise ToolCallError(f"{name}: {pname} is invalid ({exc.question})") from None
        return handler, values

    # --- running --------------------------------------------------------------------------

    def _invoke(
        self,
        handler: Handler,
        values: dict[str, Any],
        errors: dict[str, SlotError],
        ctx: SkillContext,
    ) -> Outcome:
        skill = handler.skill
        needs = skill.setup_needed(ctx)
        if needs:
            return Outcome(needs, skill.name)
        unclear = next(iter(errors), None) or next(
            (p for p, param in handler.params.items() if param.required and p not in values),
            None,
        )
        if unclear is not None and unclear not in errors:  # said inside the free text?
            found = slot_said_inside(handler, values, unclear, ctx.language)
            if found is not None:
                return self._invoke(handler, found, errors, ctx)
        if unclear is not None:
            return self._ask_for_slot(handler, values, unclear, errors.get(unclear), ctx)
        try:
            prompt = self._confirm_prompt(handler, values, ctx)
        except Exception as exc:  # nothing ran: say so, as for the action itself
            return self._failure(skill.name, exc)
        return self._guarded(
            skill, handler.permissions, ctx, prompt, lambda: handler.func(ctx, **values)
        )

    def _ask_for_slot(
        self,
        handler: Handler,
        values: dict[str, Any],
        slot: str,
        error: SlotError | None,
        ctx: SkillContext,
        tries: int = 2,
    ) -> Outcome:
        question = handler.question_for(slot, error, ctx.language)
        param = handler.params[slot]
        slot_type = for_language(param.slot_type, ctx.language)

        def answer(text: str) -> str | Reply:
            try:
                value = slot_type.parse(text)
            except SlotError as exc:
                if tries <= 1:
                    return words.question("gave_up", ctx.language)
                again = self._ask_for_slot(handler, values, slot, exc, ctx, tries - 1)
                return Reply(again.reply, self.pending[0] if self.pending else None)
            filled = {**values, slot: value}
            outcome = self._invoke(handler, filled, {}, ctx)
            return Reply(outcome.reply, self.pending[0] if self.pending else None)

        self.pending = (FollowUp(answer), handler.skill.name)
        return Outcome(question, handler.skill.name, expects_reply=True)

    def _confirm_prompt(
        self, handler: Handler, values: dict[str, Any], ctx: SkillContext
    ) -> str | None:
        """The question to confirm with; None when the handler says nothing needs it."""
        given = {**{n: p.default for n, p in handler.params.items() if not p.required}, **values}
        spoken = {k: _spoken(v, ctx.language) for k, v in given.items()}
        confirm = handler.confirm
        if callable(confirm):
            asked: str | None = self._run(
                handler.skill, lambda: confirm(handler.skill, ctx, **values)
            )
            return asked
        if isinstance(handler.confirm, str):
            try:
                return handler.confirm.format(**spoken)
            except (KeyError, IndexError, ValueError):
                _LOGGER.warning("%s: its confirm text does not fit its slots", handler.name)
        if ctx.language != "en":
            return words.question("should_i", ctx.language)
        return f"Should I {handler.description[0].lower()}{handler.description[1:].rstrip('.')}?"

    def _guarded(
        self,
        skill: Skill,
        permissions: Sequence[str],
        ctx: SkillContext,
        prompt: str | None,
        action: Callable[[], str | Reply],
    ) -> Outcome:
        risky = CONFIRMED_PERMISSIONS.intersection(permissions)
        if risky and prompt and skill.name not in self.settings.no_confirm:
            reply = ctx.confirm(prompt, action)
            assert reply.follow_up is not None
            self.pending = (reply.follow_up, skill.name)
            return Outcome(reply.text, skill.name, expects_reply=True)
        return self._run_reply(skill.name, action, skill)

    def _run_reply(
        self, skill_name: str, action: Callable[[], str | Reply], skill: Skill | None = None
    ) -> Outcome:
        try:
            result = self._run(skill or _Named(skill_name), action)
        except Exception as exc:
            return self._failure(skill_name, exc)
        if isinstance(result, Reply):
            if result.follow_up is not None:
                self.pending = (result.follow_up, skill_name)
            return Outcome(result.text, skill_name, result.follow_up is not None)
        return Outcome(str(result), skill_name)

    def _failure(self, skill_name: str, exc: Exception) -> Outcome:
        """What the user hears when a skill could not do what they asked."""
        if isinstance(exc, SkillTimeout):
            _LOGGER.warning("skill %s took longer than %.1f s", skill_name, self.settings.timeout_s)
            return Outcome(
                f"Sorry, the {skill_name} skill took too long, so I couldn't do that.", skill_name
            )
        if isinstance(exc, AssistantError):  # also a third-party skill killed or crashed
            return Outcome(exc.message, skill_name)
        if isinstance(exc, SlotError):
            return Outcome(exc.question, skill_name)
        _LOGGER.warning("skill %s failed", skill_name, exc_info=exc)
        return Outcome(f"Sorry, the {skill_name} skill failed, so I couldn't do that.", skill_name)

    def _run(self, skill: Skill | _Named, action: Callable[[], T]) -> T:
        if any(isinstance(s, IsolatedSkill) and s.name == skill.name for s in self.skills):
            return action()  # its own process has the time limit, and is killed after it
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                box["value"] = action()
            except BaseException as exc:
                box["error"] = exc

        worker = threading.Thread(target=target, name=f"skill-{skill.name}", daemon=True)
        worker.start()
        worker.join(self.settings.timeout_s)
        if worker.is_alive():
            raise SkillTimeout(skill.name)
        if "error" in box:
            error = box["error"]
            raise error if isinstance(error, Exception) else RuntimeError(repr(error))
        return box["value"]

    def close(self) -> None:
        """Stop the processes of third-party skills."""
        for skill in self.skills:
            if isinstance(skill, IsolatedSkill):
                skill.process.close()

    def _match_failed(self, skill: Skill) -> None:
        _LOGGER.warning("skill %s failed while matching; skipped it", skill.name, exc_info=True)


@dataclass
class _Named:
    name: str


def _spoken(value: Any, language: str) -> Any:
    """A slot value as a confirmation question says it, in ``language``."""
    if isinstance(value, Duration | ClockTime):
        return value.spoken(language)
    return value.spoken() if hasattr(value, "spoken") else value


def _converted(slot_type: Any, value: Any, language: str) -> Any:
    """A tool argument the model wrote: in the user's language ("diez minutos"), or in
    English, which a model often writes whatever the language."""
    if language != "en":
        try:
            return convert_argument(for_language(slot_type, language), value)
        except SlotError:
            pass
    return convert_argument(slot_type, value)
