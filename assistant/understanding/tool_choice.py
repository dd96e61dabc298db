"""The language model picks a skill as a tool: the keyword gate offers the skills that
might fit, the model chooses among them held to a grammar, and the call is checked
against the request before anything runs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from hearth.assistant.engines.llm import ChatModel, ConstrainedModel
from hearth.assistant.errors import LLMError
from hearth.assistant.hosting.host import SkillHost, ToolCallError
from hearth.assistant.understanding.intents import Handler
from hearth.assistant.understanding.tool_calling import (
    ToolCall,
    ToolGate,
    build_grammar,
    parse_call,
    tool_messages,
    ungrounded_argument,
)

_LOGGER = logging.getLogger(__name__)


class ToolChooser:
    """``model``: the (small) language model, loaded on first use."""

    def __init__(self, host: SkillHost, model: Callable[[], ChatModel]) -> None:
        self.host = host
        self._model = model
        self._gate: tuple[tuple[str, ...], ToolGate] | None = None

    def gate(self) -> ToolGate:
        """The keyword gate over the skills offered as tools now (rebuilt when they change)."""
        tools = self.host.tools()
        key = tuple(h.name for h in tools)
        if self._gate is None or self._gate[0] != key:
            self._gate = (key, ToolGate(tools))
        return self._gate[1]

    def candidates(self, text: str) -> tuple[Handler, ...]:
        """The skills the keyword gate offers the model for ``text`` (none with tools off)."""
        if not self.host.settings.llm_tools:
            return ()
        return tuple(self.gate().candidates(text))

    def select(self, text: str) -> tuple[ToolCall | None, str]:
        """The tool call the language model picks for ``text``, checked, and why not when
        there is none: ``tools off``, ``no candidates``, ``chose none``, ``rejected: ...``."""
        if not self.host.settings.llm_tools:
            return None, "tools off"
        candidates = self.candidates(text)
        if not candidates:
            return None, "no candidates"
        return self.choose(text, candidates)

    def choose(self, text: str, candidates: Sequence[Handler]) -> tuple[ToolCall | None, str]:
        """The language model's choice among ``candidates``, checked (see ``select``)."""
        model = self._model()
        if not isinstance(model, ConstrainedModel):
            return None, "model cannot be constrained"
        try:
            output = model.constrained(
                tool_messages(candidates, text), build_grammar(candidates), 96
            )
        except LLMError as exc:
            _LOGGER.warning("picking a skill failed: %s", exc.message)
            return None, "model failed"
        try:
            call = parse_call(output)
            if call is None:
                return None, "chose none"
            if call.name not in {h.name for h in candidates}:
                raise ToolCallError(f"{call.name} was not offered")
            handler, _ = self.host.checked_call(call.name, call.arguments)
            wrong = ungrounded_argument(handler, call.arguments, text)
            if wrong:
                raise ToolCallError(f"{call.name}: {wrong} is not from the request")
        except (ValueError, ToolCallError) as exc:
            _LOGGER.info("tool call rejected (%s): %r", exc, output)
            return None, f"rejected: {exc}"
        return call, "chosen"
