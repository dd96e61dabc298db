"""Every evaluation set is read by one loader: each set loads, and a missing file or a
bad line is reported with the file, the line and what a line should look like."""

from __future__ import annotations

from pathlib import Path

import pytest
from hearth.assistant.bench import answer_eval, intent_eval, knowledge_eval, live_eval, memory_eval
from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.errors import AssistantError


def test_every_set_loads() -> None:
    assert len(intent_eval.load_cases()) > 100
    assert len(knowledge_eval.load_cases()) > 100
    assert len(live_eval.load_cases()) > 100
    assert len(memory_eval.load_cases()) > 10
    assert len(answer_eval.load_items()) >= 100
    held_out = Path(__file__).resolve().parents[2] / "assets/eval/answers_heldout.jsonl"
    assert len(answer_eval.load_items(held_out)) >= 30


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_spanish_and_french_knowledge_sets_load(language: str) -> None:
    cases = knowledge_eval.load_cases(language=language)
    assert len([c for c in cases if c.expect]) >= 40
    assert len([c for c in cases if not c.expect]) >= 10


def test_a_missing_file_says_how_to_pass_one(tmp_path: Path) -> None:
    with pytest.raises(AssistantError) as caught:
        live_eval.load_cases(tmp_path / "nowhere.jsonl")
    assert "no live-data evaluation file" in caught.value.message
    assert "assets/eval/live_data.jsonl" in caught.value.fix


def test_a_bad_line_is_named_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "hi", "topic": null}\n\n{"text": "no topic"}\n', encoding="utf-8")
    with pytest.raises(AssistantError) as caught:
        live_eval.load_cases(path)
    assert f"Line 3 of {path}" in caught.value.message and '"topic"' in caught.value.fix
    path.write_text('{"text": "hi", "topic": null}\nnot json\n', encoding="utf-8")
    with pytest.raises(AssistantError, match="Line 2"):
        load_jsonl(path, "live_data.jsonl", "live-data", lambda row: row["text"], "{...}")
