"""``assistant memory`` (list, forget N, clear) and ``assistant eval --memory``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hearth.assistant.bench.memory_eval import evaluate, load_cases
from hearth.assistant.cli import commands as cli
from hearth.assistant.config import data_dir
from hearth.skills.memory_store import Memories, memory_file


def told(*facts: str) -> Memories:
    memories = Memories.at(data_dir())
    for fact in facts:
        memories.add(fact)
    return memories


def test_what_is_remembered_is_listed_numbered(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["memory"]) == 0
    assert "Hearth remembers nothing about you yet." in capsys.readouterr().out
    assert not memory_file(data_dir()).exists()  # looking creates nothing
    assert cli.main(["ask", "remember that my parking spot is B12"]) == 0
    assert "I'll remember that your parking spot is B12" in capsys.readouterr().out
    told("I'm allergic to penicillin")
    assert cli.main(["memory"]) == 0
    out = capsys.readouterr().out
    assert "  1. My parking spot is B12" in out and "  2. I'm allergic to penicillin" in out
    assert "assistant memory forget N" in out and str(memory_file(data_dir())) in out
    assert cli.main(["memory", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["memories"]
    assert [(r["number"], r["text"]) for r in rows] == [
        (1, "My parking spot is B12"),
        (2, "I'm allergic to penicillin"),
    ]


def test_forget_by_number(capsys: pytest.CaptureFixture[str]) -> None:
    memories = told("My parking spot is B12", "I'm allergic to penicillin", "My locker is 42")
    assert cli.main(["memory", "forget", "2"]) == 0
    assert capsys.readouterr().out == "Forgot: I'm allergic to penicillin\n"
    assert [f.text for f in memories.all()] == ["My parking spot is B12", "My locker is 42"]
    assert cli.main(["memory", "forget", "7"]) == 2
    err = capsys.readouterr().err
    assert "There is no memory number 7: Hearth remembers numbers 1 to 2." in err
    assert "Fix: See the numbers with: assistant memory" in err
    assert len(memories.all()) == 2


def test_clear_asks_or_needs_yes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    memories = told("My parking spot is B12", "My locker is 42")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    assert cli.main(["memory", "clear"]) == 2
    err = capsys.readouterr().err
    assert "Forget all 2 things you asked Hearth to remember? Nothing was deleted." in err
    assert "assistant memory clear --yes" in err and memories.count() == 2

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert cli.main(["memory", "clear"]) == 0
    assert "Nothing was deleted." in capsys.readouterr().out and memories.count() == 2
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert cli.main(["memory", "clear"]) == 0
    assert "Forgot 2 things." in capsys.readouterr().out and memories.count() == 0
    told("My locker is 42")
    assert cli.main(["memory", "clear", "--yes"]) == 0
    assert memories.count() == 0


def test_a_damaged_file_is_kept_aside_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    path = memory_file(data_dir())
    path.parent.mkdir(parents=True)
    path.write_bytes(b"junk, not a database \x00\xff" * 100)
    assert cli.main(["memory"]) == 0
    out = capsys.readouterr()
    assert "Your memories file was damaged, so Hearth kept it aside as" in out.err
    assert "Hearth remembers nothing about you yet." in out.out
    assert len(list(path.parent.glob("memory.sqlite3.damaged-*"))) == 1


def test_the_memory_evaluation_finds_the_right_fact_and_nothing_else(tmp_path: Path) -> None:
    """The shipped set (assets/eval/memory.jsonl): every fact taken, the right one found
    for nearly every question, never a wrong one, and questions that are not about the
    user (almost) never get a fact."""
    report = evaluate(load_cases(), tmp_path)
    assert report["remembered"] == {"kept": report["facts"]}
    for mode in ("alone", "together"):
        row = report[mode]
        asked = sum(row.get(k, 0) for k in ("recalled", "given_to_model", "wrong", "missed"))
        found = row.get("recalled", 0) + row.get("given_to_model", 0)
        assert asked >= 80 and found / asked >= 0.95, report["misses"][mode]
        assert row.get("wrong", 0) == 0 and row.get("unknown_wrong", 0) == 0
        assert row.get("false", 0) <= (0 if mode == "alone" else 1), report["misses"][mode]
    assert report["forget"] == {"cases": 5, "forgotten": 5}


def test_eval_memory_prints_a_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    small = tmp_path / "set.jsonl"
    small.write_text(
        '{"remember": "remember that my locker is 42", "ask": ["which locker is mine?"], '
        '"expect": "42"}\n{"ask": ["what is the capital of France?"], "expect": null}\n'
    )
    assert cli.main(["eval", "--memory", "--questions", str(small)]) == 0
    out = capsys.readouterr().out
    assert "1 facts: 1 taken by the memory skill" in out
    assert "alone: 1 questions: 100.0 % found (1 recalled by the skill" in out
    assert "not about you: 0 of 1 got a memory" in out
