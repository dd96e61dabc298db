"""Test doubles shipped with the package, so skill authors and the app's own tests
can drive the assistant without loading models."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from hearth.assistant.config import SkillsConfig
from hearth.assistant.engines.llm import Cancel, Message
from hearth.assistant.errors import LLMError
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.skill import Skill
from hearth.assistant.understanding.router import Router, TurnResult


class ScriptedChat:
    """A ChatModel that replies from a script and records what it was sent."""

    def __init__(
        self,
        replies: Sequence[str] = ("A scripted reply.",),
        name: str = "scripted",
        where: str = "this computer",
        fail: bool = False,
    ) -> None:
        self.replies = list(replies)
        self.name = name
        self.where = where
        self.fail = fail
        self.calls: list[list[Message]] = []

    def stream(
        self, messages: list[Message], max_tokens: int, cancel: Cancel | None = None
    ) -> Iterator[str]:
        self.calls.append(list(messages))
        if self.fail:
            raise LLMError("The scripted model is set to fail.", "Turn fail off.")
        reply = self.replies[(len(self.calls) - 1) % len(self.replies)]
        for word in reply.split(" "):
            yield word + " "


class ScriptedToolChat(ScriptedChat):
    """A ScriptedChat that also answers tool-selection requests from ``tool_calls``
    (JSON text as a grammar-held model would write it) and records them."""

    def __init__(self, tool_calls: Sequence[str] = ('{"tool": "none"}',), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.tool_calls = list(tool_calls)
        self.tool_requests: list[tuple[list[dict[str, str]], str]] = []

    def constrained(self, messages: list[dict[str, str]], grammar: str, max_tokens: int) -> str:
        self.tool_requests.append((messages, grammar))
        return self.tool_calls[(len(self.tool_requests) - 1) % len(self.tool_calls)]


class _NoModel(Exception):
    pass


def _no_model() -> ScriptedChat:
    raise _NoModel


class SkillHarness:
    """Talk to skills the way the assistant does, without any model: phrases, follow-up
    questions, confirmations and time limits all behave as in the real router.

    ``say`` returns the reply, or None when no skill took the words (the language
    model would have answered, or the assistant itself: "I can't know the weather...");
    ``last`` is the whole result of the turn either way."""

    def __init__(
        self,
        *skills: Skill,
        data_root: Path | None = None,
        settings: SkillsConfig | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        settings = settings or SkillsConfig(llm_tools=False)
        self.host = SkillHost(skills, settings, data_root, clock)
        self.router = Router(skills, _no_model, host=self.host)
        self.last: TurnResult | None = None

    def say(self, text: str, language: str = "en") -> str | None:
        """The skill's reply to ``text`` said in ``language``; None when no skill took it."""
        try:
            self.last = self.router.route(text, language=language)
        except _NoModel:
            self.last = None
            return None
        return None if self.last.path == "live_data" else self.last.reply
