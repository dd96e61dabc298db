"""Whatever a user types or pastes, the assistant answers in words and goes on: empty,
huge, binary, control characters, mixed scripts, absurd numbers. Every built-in skill
is on, with a scripted model behind them so the language-model path is taken too."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.router import Router
from hearth.skills import builtin_skills

from tests.conftest import ASSISTANT

NASTY = {
    "empty": "",
    "spaces": " \t \n ",
    "huge": "set a timer for " + "very " * 200_000 + "long",
    "nul and controls": "what is\x00 2\x07 plus\x1b[2J 2",
    "lone surrogates": "open \udcff\udcfe the door",
    "mixed scripts": "تذكير ¿Qué hora es? 東京の天気 ✨ 👩‍👩‍👧 what time is it",
    "right to left marks": "\u202eset a timer for 5 minutes\u202c",
    "zero width": "what\u200b is\u200c seven\u200d times\ufeff eight",
    "absurd power": "what is 9 to the power of 9999999999",
    "absurd duration": "set a timer for 99999999999999999999 hours",
    "absurd factorial": "what is 100000000 factorial",
    "only punctuation": "?!?!...,,,;;;",
    "one huge word": "x" * 100_000,
    "negative time": "remind me in minus 5 minutes to breathe",
    "nested brackets": "(" * 5000 + "1" + ")" * 5000,
}


@pytest.fixture
def router(tmp_path: Path) -> Router:
    settings = SkillsConfig(llm_tools=False, timeout_s=3)
    host = SkillHost(builtin_skills(), settings, tmp_path)
    chat = ScriptedChat(["I'm not sure what you mean."] * len(NASTY))
    return Router(host.skills, lambda: chat, host=host)


@pytest.mark.parametrize("name", sorted(NASTY))
def test_every_kind_of_nasty_input_gets_an_answer_in_words(router: Router, name: str) -> None:
    started = time.monotonic()
    result = router.route(NASTY[name])
    took = time.monotonic() - started
    assert isinstance(result.reply, str) and result.reply.strip(), name
    assert "Traceback" not in result.reply and "\x00" not in result.reply
    assert len(result.reply) < 2_000, "a reply is for speech, not an echo of the input"
    assert took < 5, f"{name} took {took:.1f} s"
    assert router.route("what is seven times eight").reply == "That's 56.", "and it goes on"


def test_binary_on_standard_input_does_not_end_chat(tmp_path: Path) -> None:
    chat = subprocess.run(
        [*ASSISTANT, "chat"],
        input=b"what is 2 plus 2\n\xff\xfe\x00\x01garbage \xc3\nwhat is 3 times 3\n",
        capture_output=True,
        timeout=120,
        env={**os.environ, "HEARTH_DATA_DIR": str(tmp_path), "HEARTH_SKILLS": "calculator"},
    )
    out, err = chat.stdout.decode("utf-8", "replace"), chat.stderr.decode("utf-8", "replace")
    assert chat.returncode == 0, err
    assert "That's 4." in out and "That's 9." in out
    assert "Traceback" not in err


def test_what_reaches_the_model_can_be_encoded(tmp_path: Path) -> None:
    """Bytes that were not UTF-8 (a pipe into ``chat``) arrive as lone surrogates; the
    real model could not encode them and failed the whole question."""
    seen: list[str] = []

    class Encoding(ScriptedChat):
        def stream(self, messages, max_tokens, cancel=None):  # type: ignore[no-untyped-def]
            seen.extend(m.content for m in messages)
            return super().stream(messages, max_tokens, cancel)

    chat = Encoding(["I'm not sure what you mean."])
    router = Router([], lambda: chat, skills_config=SkillsConfig(llm_tools=False))
    router.route("tell me about \udcff\udcfe this")
    assert seen and all(text.encode("utf-8") for text in seen)
