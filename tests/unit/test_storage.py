"""The shared storage rules: private files and folders (checked with os.stat), atomic
writes, damaged copies never overwritten, and stores that survive ``kill -9`` in the
middle of writing."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hearth.assistant import storage
from hearth.assistant.config import Config, config_dir, load_config
from hearth.assistant.history import History
from hearth.assistant.hosting.alerts import AlertStore
from hearth.assistant.paths import data_dir
from hearth.assistant.testing import SkillHarness
from hearth.skills.notes import NotesSkill
from hearth.skills.timers import TimersSkill


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def everything_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in [folder, *folder.rglob("*")]]


def use_every_store() -> None:
    root = data_dir()
    harness = SkillHarness(NotesSkill(), TimersSkill(), data_root=root)
    assert harness.say("take a note buy milk") == "Noted: Buy milk."
    assert harness.say("set a timer for 5 minutes") == "Okay, 5 minutes, starting now."
    history = History()
    history.add("hello", "Hi.")
    history.close()
    config = Config()
    config.skills.mqtt.password = "hunter2"
    config.save()


def test_everything_hearth_creates_is_private() -> None:
    use_every_store()
    made = everything_under(data_dir(), config_dir())
    assert {p.name for p in made} >= {
        "notes.sqlite3",
        "alerts.json",
        "alerts.lock",
        "history.sqlite3",
        "config.toml",
        "skill-data",
    }
    wrong = [f"{p}: {oct(mode(p))}" for p in made if mode(p) != (0o700 if p.is_dir() else 0o600)]
    assert not wrong, "\n".join(wrong)


def test_an_older_install_is_made_private_when_opened() -> None:
    use_every_store()
    made = everything_under(data_dir(), config_dir())
    for path in made:
        path.chmod(0o755 if path.is_dir() else 0o644)
    use_every_store()
    load_config()
    wrong = [f"{p}: {oct(mode(p))}" for p in made if mode(p) != (0o700 if p.is_dir() else 0o600)]
    assert not wrong, "\n".join(wrong)


def test_an_atomic_write_replaces_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "state.json"
    storage.write_atomic(path, '{"a": 1}')
    storage.write_atomic(path, b'{"a": 2}')
    assert path.read_text() == '{"a": 2}'
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]


def test_a_damaged_copy_is_never_overwritten_and_keeps_its_sqlite_files(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    copies = []
    for n in range(3):
        path.write_bytes(f"damage {n}".encode())
        Path(f"{path}-wal").write_bytes(f"wal {n}".encode())
        copies.append(storage.quarantine(path, "notes", "test").kept_as)
    assert len(set(copies)) == 3  # all in the same second, none overwritten
    assert [c.read_bytes() for c in copies] == [b"damage 0", b"damage 1", b"damage 2"]
    assert [Path(f"{c}-wal").read_bytes() for c in copies] == [b"wal 0", b"wal 1", b"wal 2"]
    assert storage.kept_copies(path) == sorted(copies)
    assert all(".damaged-" in c.name for c in copies)


# --- kill -9 in the middle of writing -------------------------------------------------------

WRITER = """
import sys
from pathlib import Path

kind, root = sys.argv[1], Path(sys.argv[2])
n = 0
if kind == "notes":
    from hearth.assistant.testing import SkillHarness
    from hearth.skills.notes import NotesSkill

    harness = SkillHarness(NotesSkill(), data_root=root)
    while True:
        assert harness.say(f"take a note number {n} " + "x" * 500).startswith("Noted")
        n += 1
        print(n, flush=True)
elif kind == "history":
    from hearth.assistant.history import History

    history = History(root / "history.sqlite3")
    while True:
        history.add(f"question {n}", "answer " * 200)
        n += 1
        print(n, flush=True)
elif kind == "alerts":
    from hearth.assistant.hosting.alerts import Alert, AlertStore

    store = AlertStore(root / "alerts.json")
    while True:
        store.add(Alert(str(n), "timer", "x" * 300, 1e10 + n, "m", "a", "timers", 0.0))
        n += 1
        print(n, flush=True)
else:
    from hearth.assistant.config import Config

    config = Config()
    while True:
        n += 1
        config.skills.mqtt.devices = [f"lamp {i}" for i in range(n)]
        config.save(root / "config.toml")
        print(n, flush=True)
"""


def committed_after_kill(kind: str, root: Path, at_least: int) -> int:
    """Run a writer, kill -9 it once it has committed ``at_least`` writes (and a little
    later, at no particular point); the number it last reported as committed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, kind, str(root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout is not None
    last = 0
    deadline = time.monotonic() + 60
    while last < at_least and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        last = int(line)
    time.sleep(0.05 + (at_least % 7) * 0.01)
    writer.send_signal(signal.SIGKILL)
    for line in writer.stdout:
        last = int(line)
    assert writer.wait(10) == -signal.SIGKILL
    assert last >= at_least, "the writer did not get going"
    return last


def stored(kind: str, root: Path) -> int:
    """How many writes the store holds, opened as the app opens it (a damaged store
    would be set aside, which the caller checks for)."""
    if kind == "notes":
        path = root / "skill-data" / "notes" / "notes.sqlite3"
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.close()
        harness = SkillHarness(NotesSkill(), data_root=root)
        reply = harness.say("read my notes")
        assert reply is not None and reply.startswith("You have ")
        return int(reply.split()[2])
    if kind == "history":
        history = History(root / "history.sqlite3")
        try:
            assert history.damage is None
            return history.count()
        finally:
            history.close()
    if kind == "alerts":
        return len(AlertStore(root / "alerts.json").all())
    return len(load_config(root / "config.toml").skills.mqtt.devices)


@pytest.mark.parametrize("kind", ["notes", "history", "alerts", "config"])
def test_a_store_killed_while_writing_is_intact_and_keeps_what_was_committed(
    tmp_path: Path, kind: str
) -> None:
    before = 0
    for round_ in range(3):  # killed at a different moment each time
        last = committed_after_kill(kind, tmp_path, 20 + round_)
        count = stored(kind, tmp_path)
        done = last if kind == "config" else before + last  # the config is rewritten whole
        # the write in flight when killed may be committed without having been reported
        assert done <= count <= done + 1
        assert not list(tmp_path.rglob("*.damaged-*"))
        before = count
