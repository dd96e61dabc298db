"""The larger tier's model server: an OpenAI-compatible chat API the user runs themselves
(llama.cpp server, Ollama, ...). Nothing is sent unless the user configured one.

The answer is streamed and held to two wall-clock deadlines from the config, whatever the
server does (says nothing, trickles bytes or keep-alive lines, never resolves or
connects): its first word within ``llm.large.first_token_s`` and all of it within
``llm.large.timeout_s``. Past either, or once the caller cancels, the connection is closed
within ``SLICE_S`` (see ``http_stream``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hearth.assistant.config import LargeLLMConfig
from hearth.assistant.engines.http_stream import (
    Cancelled,
    Deadline,
    DeadlinePassed,
    HTTPStatusError,
    HTTPStream,
    ProtocolError,
)
from hearth.assistant.engines.llm import Cancel, Message
from hearth.assistant.errors import LLMError
from hearth.assistant.network import is_loopback_url

_FIX = (
    "Start your model server, correct llm.large.url, or turn the larger model off: "
    "assistant config set llm.large.enabled false"
)


def _delta_content(event: Any) -> str:
    """The text piece of one streamed chat-completion event, or ''."""
    if not isinstance(event, dict):
        return ""
    choices = event.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return ""
    delta = choices[0].get("delta")
    piece = delta.get("content") if isinstance(delta, dict) else None
    return piece if isinstance(piece, str) else ""


def _server_says(body: bytes) -> str:
    """The explanation in an error answer's body (OpenAI style ``{"error": ...}``)."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace").strip()[:200]
    error = data.get("error", data) if isinstance(data, dict) else data
    message = error.get("message") if isinstance(error, dict) else error
    return str(message)[:200] if message else ""


class OpenAICompatChat:
    """A model server the user runs (llama.cpp server, Ollama, ...), OpenAI chat API."""

    def __init__(self, config: LargeLLMConfig) -> None:
        self.config = config
        self.base = config.url.rstrip("/")
        self.name = config.model or "server default"
        self.local = is_loopback_url(self.base)
        self.where = (
            f"your server at {self.base} (on this computer)"
            if self.local
            else f"your server at {self.base} (requests leave this computer)"
        )

    def stream(
        self, messages: list[Message], max_tokens: int, cancel: Cancel | None = None
    ) -> Iterator[str]:
        """The reply, piece by piece. Raises LLMError when the server cannot be reached,
        fails, or misses a deadline; once ``cancel()`` is true the connection is closed
        and the reply simply ends."""
        body = json.dumps(
            {
                "model": self.config.model,
                "stream": True,
                "max_tokens": max_tokens,
                "messages": [{"role": m.role, "content": m.content} for m in messages],
            }
        ).encode()
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        deadline = Deadline(self._first_s, cancel)
        answering = False
        try:
            with HTTPStream(
                f"{self.base}/chat/completions", deadline, method="POST", body=body, headers=headers
            ) as http:
                http.open()
                for piece in _pieces(http):
                    if not answering:  # the first word: the rest may take until timeout_s
                        answering = True
                        deadline.move(self.config.timeout_s)
                    yield piece
        except Cancelled:
            return
        except DeadlinePassed:
            raise self._late(answering) from None
        except HTTPStatusError as exc:
            said = _server_says(exc.body)
            raise LLMError(
                f"The larger model server at {self.base} answered HTTP {exc.status} "
                f"({exc.reason}{': ' + said if said else ''}).",
                _FIX,
            ) from None
        except (ProtocolError, ValueError) as exc:
            raise LLMError(
                f"The larger model server at {self.base} sent an answer Hearth cannot read "
                f"({exc}).",
                "Check that llm.large.url is an OpenAI-compatible server's address (ending "
                "in /v1), or turn the larger model off: "
                "assistant config set llm.large.enabled false",
            ) from None
        except OSError as exc:
            reason = exc.strerror or exc
            raise LLMError(
                f"The larger model server at {self.base} cannot be reached ({reason}).", _FIX
            ) from None

    @property
    def _first_s(self) -> float:
        """The wait for the first word (never past the wait for the whole answer)."""
        return min(self.config.first_token_s, self.config.timeout_s)

    def _late(self, answering: bool) -> LLMError:
        if answering:
            return LLMError(
                "The larger model did not finish its answer within "
                f"{_seconds(self.config.timeout_s)}.",
                "Give it longer (assistant config set llm.large.timeout_s 60), or use a faster "
                "model on the server.",
            )
        return LLMError(
            f"The larger model did not answer within {_seconds(self._first_s)}.",
            "If its server loads the model on the first question, give it longer "
            "(assistant config set llm.large.first_token_s 20); or check the server, or "
            "turn the larger model off: assistant config set llm.large.enabled false",
        )


def _seconds(value: float) -> str:
    return f"{value:g} second{'' if value == 1 else 's'}"


def _pieces(http: HTTPStream) -> Iterator[str]:
    """The text pieces of a streamed chat completion (server-sent events)."""
    for raw in http.lines():
        line = raw.decode("utf-8", "replace").strip()
        if not line.startswith("data:"):
            continue  # blank lines, ": keep-alive" comments, event names
        data = line[5:].strip()
        if data == "[DONE]":
            return
        piece = _delta_content(json.loads(data))
        if piece:
            yield piece
