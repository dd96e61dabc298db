"""Test doubles shipped with the package, so skill authors and the app's own tests
can drive the assistant without loading models."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .errors import LLMError
from .llm import Message


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

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        self.calls.append(list(messages))
        if self.fail:
            raise LLMError("The scripted model is set to fail.", "Turn fail off.")
        reply = self.replies[(len(self.calls) - 1) % len(self.replies)]
        for word in reply.split(" "):
            yield word + " "
