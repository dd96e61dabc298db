"""The fixed start of the chat prompt is read once and kept: a new process reads only
the question (this is what makes a cold `assistant ask` fast)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hearth.assistant import models
from hearth.assistant.config import LLMConfig
from hearth.assistant.engines.llm import LlamaCppChat, Message
from hearth.assistant.understanding.prompting import CHAT_PROMPT

pytestmark = pytest.mark.integration


def evaluated_tokens(chat: LlamaCppChat) -> list[int]:
    counts: list[int] = []
    original = chat._llm.eval

    def counting(tokens: Any) -> None:
        counts.append(len(tokens))
        original(tokens)

    chat._llm.eval = counting
    return counts


def ask(question: str) -> tuple[str, list[int]]:
    chat = LlamaCppChat(models.resolve_spec("llm", "smollm2-135m"), LLMConfig(temperature=0.0))
    counts = evaluated_tokens(chat)
    messages = [Message("system", CHAT_PROMPT), Message("user", question)]
    reply = "".join(chat.stream(messages, 12))
    return reply, counts


def test_a_new_process_reads_only_the_question(
    models_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_CACHE_DIR", str(tmp_path / "cache"))
    first, counts = ask("What is a volcano?")
    prefix = counts[0]
    assert prefix > 100, "the system prompt and examples were read and kept"
    states = list((tmp_path / "cache" / "prompt-states").glob("*.state"))
    assert len(states) == 1
    again, counts = ask("What is a volcano?")
    assert again == first, "the kept state gives the same answer"
    assert sum(counts) < prefix / 4, f"read {counts} tokens, the prefix alone is {prefix}"
    states[0].write_bytes(states[0].read_bytes()[:-10])  # damaged: used no more
    damaged, counts = ask("What is a volcano?")
    assert damaged == first and counts[0] == prefix, "read afresh, and answered the same"


def test_loading_the_model_leaves_the_process_output_alone(
    models_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model loads behind the listening voice loop, so loading it must not point
    the process's stdout or stderr elsewhere: events printed meanwhile by another thread
    (``assistant listen --json``) were lost, and a test waiting for them hung."""
    import os
    import sys

    redirected: list[int] = []
    real_dup2 = os.dup2

    def dup2(fd: int, fd2: int, inheritable: bool = True) -> int:
        redirected.append(fd2)
        return real_dup2(fd, fd2, inheritable)

    monkeypatch.setattr(os, "dup2", dup2)
    stdout = sys.stdout
    LlamaCppChat(models.resolve_spec("llm", "smollm2-135m"), LLMConfig())
    assert 1 not in redirected and 2 not in redirected
    assert sys.stdout is stdout
