"""The conversation history file (no Qt)."""

from pathlib import Path

import pytest
from hearth.assistant.errors import HistoryError
from hearth.assistant.history import History, history_path


def test_add_search_delete(isolated_home: Path) -> None:
    history = History()
    assert history.path == history_path() and history.path.stat().st_mode & 0o077 == 0
    history.add("what is 12 times 12", "That's 144.", "calculator", at=1000)
    history.add("What is the capital of France?", "Paris.", "llm", "small", "voice", at=2000)
    history.add("50% of 10", "That's 5.", "calculator", at=3000)
    assert [e.said for e in history.recent()] == [
        "what is 12 times 12",
        "What is the capital of France?",
        "50% of 10",
    ]
    assert [e.reply for e in history.search("PARIS")] == ["Paris."]
    assert [e.reply for e in history.search("capital france")] == ["Paris."]
    assert history.search("capital germany") == []
    assert [e.said for e in history.search("%")] == ["50% of 10"]  # not a wildcard
    assert history.search("")[0].said == "50% of 10"  # newest first
    voice = history.search("paris")[0]
    assert (voice.source, voice.tier, voice.handled_by) == ("voice", "small", "llm")

    assert history.delete([voice.id]) == 1
    assert history.count() == 2
    history.close()
    again = History()
    assert again.count() == 2  # kept on disk
    assert again.delete_all() == 2 and again.count() == 0
    again.close()
    assert b"capital" not in history_path().read_bytes()  # really gone from the file


def test_a_damaged_file_is_kept_aside_and_a_new_one_started(isolated_home: Path) -> None:
    path = isolated_home / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    history = History(path)
    assert history.damage is not None and history.damage.kept_as.read_bytes() == (
        b"this is not a database" * 100
    )
    assert history.count() == 0 and history.add("hello", "Hi.").id == 1
    history.close()


def test_a_file_that_cannot_be_opened_says_what_to_do(isolated_home: Path) -> None:
    path = isolated_home / "history.sqlite3"
    path.mkdir()  # not damaged, just unusable: a new file would not help
    with pytest.raises(HistoryError) as info:
        History(path)
    assert str(path) in info.value.message
    assert "writable" in info.value.fix
