"""The conversation history: each exchange (what was said, what Hearth answered, which
skill answered) kept in a SQLite file in the data folder, so the user can search it and
delete it. It never leaves the computer. The desktop app turns it on and off with
``app.history``; nothing here knows about Qt.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from hearth.assistant.config import data_dir
from hearth.assistant.errors import AssistantError, HistoryError
from hearth.assistant.storage import Damage, SqliteStore

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    said TEXT NOT NULL,
    reply TEXT NOT NULL,
    handled_by TEXT NOT NULL DEFAULT '',
    tier TEXT,
    source TEXT NOT NULL DEFAULT 'typed'
);
CREATE INDEX IF NOT EXISTS exchanges_at ON exchanges (at);
"""


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


@dataclass(frozen=True)
class Exchange:
    id: int
    at: float
    """When it happened, seconds since the epoch."""
    said: str
    reply: str
    handled_by: str = ""
    tier: str | None = None
    source: str = "typed"
    """``typed`` or ``voice``."""


class History:
    """One SQLite file; safe to use from several threads (one connection, one lock).

    A damaged file is kept aside (``history.sqlite3.damaged-<time>``) and a new one
    started, when opened or when it turns out damaged later; ``damage`` says so."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or history_path()
        self._lock = threading.Lock()
        # what someone said is nobody else's business: the file is private (0600)
        self._store = SqliteStore(
            self.path, _SCHEMA, "conversation history", keep_open=True, error=HistoryError
        )
        self._store.open()

    @property
    def damage(self) -> Damage | None:
        """The damage found in this history file, if any (the copy kept aside)."""
        return self._store.damage

    def kept_copies(self) -> list[Path]:
        """Damaged history files kept aside so far (they hold old exchanges)."""
        return self._store.kept_copies()

    def kept_copies_note(self) -> str:
        """After deleting everything: what still holds old exchanges, or ''."""
        kept = self.kept_copies()
        if not kept:
            return ""
        them = "them" if len(kept) > 1 else "it"
        return (
            f"Damaged history kept aside earlier is still on this computer "
            f"({', '.join(str(p) for p in kept)}); delete {them} yourself if you want "
            "everything gone."
        )

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            return self._store.run(work)

    def add(
        self,
        said: str,
        reply: str,
        handled_by: str = "",
        tier: str | None = None,
        source: str = "typed",
        at: float | None = None,
    ) -> Exchange:
        at = time.time() if at is None else at

        def insert(db: sqlite3.Connection) -> int:
            cur = db.execute(
                "INSERT INTO exchanges (at, said, reply, handled_by, tier, source) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, said, reply, handled_by, tier, source),
            )
            return int(cur.lastrowid or 0)

        return Exchange(self._run(insert), at, said, reply, handled_by, tier, source)

    def recent(self, limit: int = 100) -> list[Exchange]:
        """The latest exchanges, oldest first."""
        rows = self._run(
            lambda db: db.execute(
                "SELECT * FROM (SELECT id, at, said, reply, handled_by, tier, source "
                "FROM exchanges ORDER BY at DESC, id DESC LIMIT ?) ORDER BY at, id",
                (limit,),
            ).fetchall()
        )
        return [Exchange(*row) for row in rows]

    def search(self, query: str, limit: int = 500) -> list[Exchange]:
        """Exchanges whose question or answer contains every word of ``query`` (any
        case), newest first. An empty query lists the newest exchanges."""
        words = query.split()
        clauses = " AND ".join(
            "(said LIKE ? ESCAPE '\\' COLLATE NOCASE OR reply LIKE ? ESCAPE '\\' COLLATE NOCASE)"
            for _ in words
        )
        params: list[object] = []
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params += [pattern + "%", pattern + "%"]
        sql = "SELECT id, at, said, reply, handled_by, tier, source FROM exchanges"
        if clauses:
            sql += f" WHERE {clauses}"
        sql += " ORDER BY at DESC, id DESC LIMIT ?"
        rows = self._run(lambda db: db.execute(sql, (*params, limit)).fetchall())
        return [Exchange(*row) for row in rows]

    def count(self) -> int:
        return self._run(lambda db: int(db.execute("SELECT COUNT(*) FROM exchanges").fetchone()[0]))

    def delete(self, ids: Iterable[int]) -> int:
        rows = [(i,) for i in ids]
        deleted = self._run(
            lambda db: db.executemany("DELETE FROM exchanges WHERE id = ?", rows).rowcount
        )
        self._forget_freed_pages()
        return deleted

    def delete_all(self) -> int:
        """Delete every exchange; works on a damaged file too (it is kept aside and a
        new, empty one started: ``damage`` and ``kept_copies`` say where it is)."""
        deleted = self._run(lambda db: db.execute("DELETE FROM exchanges").rowcount)
        self._forget_freed_pages()
        return deleted

    def _forget_freed_pages(self) -> None:
        # Deleted rows stay readable in free pages until the file is rewritten.
        # If VACUUM fails the rows are still deleted for every query; a later one cleans up.
        with self._lock, contextlib.suppress(AssistantError):
            self._store.run(lambda db: db.execute("VACUUM"))

    def close(self) -> None:
        with self._lock:
            self._store.close()
