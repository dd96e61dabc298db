"""Damaged files: junk written over a whole store, or one page in the middle of a valid
SQLite file overwritten (same size). Each store keeps the damaged file aside with its
bytes untouched, works afresh, and the user is told in the reply (and the window);
deleting everything works on a damaged store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.config import Config, config_path, load_config_or_defaults
from hearth.assistant.events import Event, StoreDamaged
from hearth.assistant.history import History
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import SkillHarness
from hearth.skills.notes import _SCHEMA as NOTES_SCHEMA
from hearth.skills.notes import NotesSkill
from hearth.skills.reminders import RemindersSkill
from hearth.skills.timers import TimersSkill

JUNK = b"these bytes are not a database, nor JSON, nor TOML \x00\xff" * 80


def junk(path: Path) -> bytes:
    """The whole file replaced with junk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(JUNK)
    return JUNK


def middle_page(path: Path, offset: int = 0, length: int = 0) -> bytes:
    """A valid SQLite file with a page in its middle overwritten (all of it, or
    ``length`` bytes from ``offset``): the same size. A whole page makes SQLite raise
    "malformed"; its cell pointers alone make ``PRAGMA quick_check`` report rows."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (len(data) // page // 2) * page + offset
    length = length or page
    assert start > 0 and len(data) // page >= 3
    data[start : start + length] = bytes((i * 37 + 11) % 256 for i in range(length))
    path.write_bytes(bytes(data))
    return bytes(data)


def filled(path: Path, schema: str, insert: str, row: Callable[[int], tuple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(schema)
    with db:
        db.executemany(insert, [row(i) for i in range(300)])
    db.close()


def kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def notes_file(root: Path) -> Path:
    return root / "skill-data" / "notes" / "notes.sqlite3"


def fill_notes(path: Path) -> None:
    filled(
        path,
        NOTES_SCHEMA,
        "INSERT INTO notes (text, created) VALUES (?, ?)",
        lambda i: (f"Old note number {i} " * 4, float(i)),
    )


def note_texts(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [r[0] for r in db.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        db.close()


DAMAGES = pytest.mark.parametrize("damage", ["junk", "middle page", "cell pointers"])


def damaged(path: Path, damage: str, fill: Callable[[Path], None]) -> bytes:
    if damage == "junk":
        return junk(path)
    fill(path)
    return middle_page(path) if damage == "middle page" else middle_page(path, 8, 64)


# --- notes ------------------------------------------------------------------------------------


@DAMAGES
def test_adding_a_note_to_a_damaged_file_starts_a_new_one_and_says_so(
    tmp_path: Path, damage: str
) -> None:
    harness = SkillHarness(NotesSkill(), data_root=tmp_path)
    path = notes_file(tmp_path)
    original = damaged(path, damage, fill_notes)
    reply = harness.say("take a note buy milk")
    assert reply is not None
    assert reply.startswith("Your notes file was damaged, so I kept it aside as notes.sqlite3.")
    assert reply.endswith("and started a new one. Noted: Buy milk.")
    copies = kept(path)
    assert len(copies) == 1 and copies[0].name in reply
    assert copies[0].read_bytes() == original  # kept as it was, byte for byte
    assert note_texts(path) == ["Buy milk"]  # nothing went into the damaged file
    assert harness.say("read my notes") == "You have 1 note. 1: Buy milk."  # told once


@DAMAGES
def test_deleting_all_notes_works_on_a_damaged_file(tmp_path: Path, damage: str) -> None:
    harness = SkillHarness(NotesSkill(), data_root=tmp_path)
    path = notes_file(tmp_path)
    original = damaged(path, damage, fill_notes)
    reply = harness.say("delete all my notes")
    assert reply is not None and reply.startswith("Your notes file was damaged")
    assert "You have no notes." in reply
    copy = kept(path)[0]
    assert f"({copy.name}) is still in {copy.parent}" in reply and "delete it yourself" in reply
    assert copy.read_bytes() == original
    harness.say("take a note fresh start")
    assert harness.say("delete all my notes") == "Delete your only note? Say yes or no."
    assert harness.say("yes") == (
        f"Deleted your note. The damaged notes file kept aside ({copy.name}) is still in "
        f"{copy.parent}; delete it yourself if you want everything gone."
    )


def test_an_error_while_building_a_confirmation_is_explained(tmp_path: Path) -> None:
    harness = SkillHarness(NotesSkill(), data_root=tmp_path)
    path = notes_file(tmp_path)
    path.mkdir(parents=True)  # not damaged but unusable: a folder where the file should be
    reply = harness.say("delete all my notes")
    assert reply is not None
    assert reply.startswith(f"Your notes file {path} cannot be used")
    assert reply.endswith("Should I delete every note anyway? Say yes or no.")
    answer = harness.say("yes")
    assert answer is not None and answer.startswith(f"Your notes file {path} cannot be used")
    assert path.is_dir() and not kept(path)  # nothing was moved: it was not damage


# --- history ----------------------------------------------------------------------------------


def fill_history(path: Path) -> None:
    history = History(path)
    for i in range(300):
        history.add(f"question {i} " * 4, f"answer {i} " * 4, at=float(i))
    history.close()


@DAMAGES
def test_a_damaged_history_is_kept_aside_and_works_afresh(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "history.sqlite3"
    original = damaged(path, damage, fill_history)
    history = History(path)
    assert history.damage is not None and kept(path) == [history.damage.kept_as]
    assert history.damage.kept_as.read_bytes() == original
    assert str(history.damage.kept_as) in history.damage.detail
    assert history.count() == 0 and history.add("hello", "Hi.").said == "hello"
    assert history.delete_all() == 1 and history.count() == 0
    assert str(history.damage.kept_as) in history.kept_copies_note()
    history.close()


def test_history_damaged_while_open_still_deletes_all(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    history = History(path)
    for i in range(50):
        history.add(f"question {i}", "answer")
    with open(path, "r+b") as fh:  # another program writes junk over the open file
        fh.write(JUNK[:1000])
    assert history.delete_all() == 0  # the way out works: a new, empty history
    assert history.damage is not None and history.damage.kept_as.read_bytes()[:1000] == JUNK[:1000]
    assert history.count() == 0
    history.close()


def test_the_app_says_the_history_was_damaged_and_deletes_all(
    make_app: Any, isolated_home: Path
) -> None:
    from hearth.assistant.history import history_path

    original = junk(history_path())
    hearth = make_app()
    copy = kept(history_path())[0]
    assert copy.read_bytes() == original
    problems = [b for b in hearth.window.banners.banners() if b.kind == "error"]
    assert any(str(copy) in b.message and "kept it aside" in b.message for b in problems)
    assert hearth.history is not None
    hearth.history.add("hello", "Hi.")
    hearth.delete_all_history()
    notices = [b.message for b in hearth.window.banners.banners() if b.kind == "notice"]
    assert any(m.startswith("Deleted 1 kept exchanges") and str(copy) in m for m in notices)


def test_the_window_shows_a_damaged_notes_file(make_app: Any, qtbot: Any) -> None:
    from hearth.assistant.paths import data_dir

    path = notes_file(data_dir())
    junk(path)
    hearth = make_app()
    hearth.window.input.setText("take a note buy milk")
    hearth.window.send_typed()

    def told() -> bool:
        banners = hearth.window.banners.banners()
        return any("notes file was damaged" in b.message and b.kind == "error" for b in banners)

    qtbot.waitUntil(told, timeout=10000)
    copy = kept(path)[0]
    assert any(str(copy) in b.message for b in hearth.window.banners.banners())
    qtbot.waitUntil(
        lambda: any("Noted: Buy milk." in b.text for b in hearth.window.conversation.bubbles)
    )
    reply = [b.text for b in hearth.window.conversation.bubbles if not b.mine][-1]
    assert reply.startswith("Your notes file was damaged") and copy.name in reply


# --- timers, alarms and reminders -------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [JUNK, b'{"timers": []}', b'[{"id": "a", "kind": "timer"}]', b'[{"id": 1}]', b""],
    ids=["junk", "not a list", "missing fields", "wrong types", "empty"],
)
def test_a_damaged_alerts_file_is_told_when_asked_which_timers(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "alerts.json"
    path.write_bytes(content)
    assistant = Assistant(Config(), skills=[], data_root=tmp_path)
    events: list[Event] = []
    assistant.subscribe(events.append)
    assistant.start_scheduler()  # the scheduler meets the damage first, before any turn
    assistant.close()
    copy = kept(path)[0]
    assert copy.read_bytes() == content
    damage = [e for e in events if isinstance(e, StoreDamaged)]
    assert len(damage) == 1 and damage[0].kept_as == str(copy)
    assert str(copy) in damage[0].message and damage[0].fix
    harness = SkillHarness(TimersSkill(), data_root=tmp_path)
    reply = harness.say("what timers do I have")
    assert reply == (
        f"Your timers and reminders file was damaged, so I kept it aside as {copy.name} "
        "and started a new one. You have no timers running."
    )
    assert harness.say("what timers do I have") == "You have no timers running."


def test_cancelling_everything_works_on_a_damaged_alerts_file(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    junk(path)
    harness = SkillHarness(TimersSkill(), RemindersSkill(), data_root=tmp_path)
    reply = harness.say("cancel all my reminders")
    assert reply is not None and reply.startswith("Your timers and reminders file was damaged")
    assert reply.endswith("You have no reminders.")
    assert harness.say("cancel all timers") == "You have no timers running."
    assert kept(path)[0].read_bytes() == JUNK


# --- settings ---------------------------------------------------------------------------------


def test_a_damaged_settings_file_is_kept_aside_byte_for_byte() -> None:
    path = config_path()
    junk(path)
    config, notice = load_config_or_defaults()
    assert config == Config()
    copy = kept(path)[0]
    assert copy.read_bytes() == JUNK and str(copy) in notice
    assert not path.exists()
