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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from hearth.assistant.config import data_dir
from hearth.assistant.errors import HistoryError

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
    """One SQLite file; safe to use from several threads (one connection, one lock)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or history_path()
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.path.exists()
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            if fresh:
                self.path.chmod(0o600)  # what someone said is nobody else's business
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise HistoryError(
                f"The conversation history {self.path} cannot be opened ({exc}).",
                f"Move the file away (mv {self.path} {self.path}.bak) or turn history off "
                "in Settings; Hearth works without it.",
            ) from None

    @contextlib.contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            try:
                with self._db:  # commits, or rolls back on an error
                    yield self._db.cursor()
            except sqlite3.Error as exc:
                raise HistoryError(
                    f"The conversation history {self.path} could not be used ({exc}).",
                    "Check the disk has space, or turn history off in Settings.",
                ) from None

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
        with self._cursor() as cur:
            cur.execute(
                "INSERT INTO exchanges (at, said, reply, handled_by, tier, source) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, said, reply, handled_by, tier, source),
            )
            row_id = int(cur.lastrowid or 0)
        return Exchange(row_id, at, said, reply, handled_by, tier, source)

    def recent(self, limit: int = 100) -> list[Exchange]:
        """The latest exchanges, oldest first."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT * FROM (SELECT id, at, said, reply, handled_by, tier, source "
                "FROM exchanges ORDER BY at DESC, id DESC LIMIT ?) ORDER BY at, id",
                (limit,),
            ).fetchall()
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
        with self._cursor() as cur:
            rows = cur.execute(sql, (*params, limit)).fetchall()
        return [Exchange(*row) for row in rows]

    def count(self) -> int:
        with self._cursor() as cur:
            return int(cur.execute("SELECT COUNT(*) FROM exchanges").fetchone()[0])

    def delete(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        with self._cursor() as cur:
            cur.executemany("DELETE FROM exchanges WHERE id = ?", [(i,) for i in ids])
            deleted = cur.rowcount
        self._forget_freed_pages()
        return deleted

    def delete_all(self) -> int:
        with self._cursor() as cur:
            cur.execute("DELETE FROM exchanges")
            deleted = cur.rowcount
        self._forget_freed_pages()
        return deleted

    def _forget_freed_pages(self) -> None:
        # Deleted rows stay readable in free pages until the file is rewritten.
        # If VACUUM fails the rows are still deleted for every query; a later one cleans up.
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._db.execute("VACUUM")

    def close(self) -> None:
        with self._lock:
            self._db.close()
