"""What the user asked Hearth to remember: one private SQLite file in the memory skill's
own folder (``<data dir>/skill-data/memory/memory.sqlite3``), through the skill API's
``SqliteStore`` (0600, checked when opened; a damaged one is kept aside, a new one
started and the user told).

The skill writes it; the assistant reads it for the language model's prompt
(``relevant``), and ``assistant memory`` and the window's Memory list show and delete
what is in it. Reading never creates the file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from hearth.assistant.skill import SqliteStore

from .memory_match import answers, must_not_eat, relevant, same_tie
from .memory_wording import clean_fact, subject

SKILL = "memory"
FILE = "memory.sqlite3"
WHAT = "memories"
"""Names the file for the user: "Your memories file was damaged, so I kept it aside"."""
SCHEMA = """
CREATE TABLE IF NOT EXISTS facts (id INTEGER PRIMARY KEY, text TEXT NOT NULL, created REAL);
"""
T = TypeVar("T")


@dataclass(frozen=True)
class Fact:
    id: int
    text: str
    """In the user's own words ("My parking spot is B12")."""
    created: float


@dataclass(frozen=True)
class Kept:
    """What ``add`` did."""

    fact: Fact
    replaced: tuple[Fact, ...] = ()
    """Older facts about the same thing, now forgotten ("my parking spot is ...")."""
    already: bool = False
    """The same fact was known already; nothing changed."""


def memory_file(data_root: Path) -> Path:
    return data_root / "skill-data" / SKILL / FILE


class Memories:
    """The facts, oldest first (their numbers in ``assistant memory`` and the window)."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    @classmethod
    def at(cls, data_root: Path) -> Memories:
        """The memories of the user whose data folder is ``data_root``."""
        return cls(SqliteStore(memory_file(data_root), SCHEMA, WHAT))

    @property
    def path(self) -> Path:
        return self.store.path

    def _read(self, work: Callable[[sqlite3.Connection], list[T]]) -> list[T]:
        if not self.store.path.exists():
            return []  # nothing remembered yet: no file made just to say so
        return self.store.run(work)

    def all(self) -> list[Fact]:
        return self._read(
            lambda db: [
                Fact(int(r[0]), str(r[1]), float(r[2] or 0))
                for r in db.execute("SELECT id, text, created FROM facts ORDER BY id")
            ]
        )

    def count(self) -> int:
        return len(self.all())

    def add(self, said: str, now: float | None = None) -> Kept | None:
        """Keep ``said`` (tidied); None when nothing is left of it to keep."""
        text = clean_fact(said)
        if not text:
            return None
        about = subject(text)

        def keep(db: sqlite3.Connection) -> Kept:
            rows = db.execute("SELECT id, text, created FROM facts ORDER BY id").fetchall()
            facts = [Fact(int(r[0]), str(r[1]), float(r[2] or 0)) for r in rows]
            same = next((f for f in facts if f.text.lower() == text.lower()), None)
            if same is not None:
                return Kept(same, already=True)
            replaced = tuple(f for f in facts if about is not None and subject(f.text) == about)
            db.executemany("DELETE FROM facts WHERE id = ?", [(f.id,) for f in replaced])
            created = time.time() if now is None else now
            cursor = db.execute("INSERT INTO facts (text, created) VALUES (?, ?)", (text, created))
            return Kept(Fact(int(cursor.lastrowid or 0), text, created), replaced)

        return self.store.run(keep)

    def delete(self, ids: Sequence[int]) -> list[Fact]:
        """Forget these facts; returns those that were there."""

        def forget(db: sqlite3.Connection) -> list[Fact]:
            gone = []
            for fact_id in ids:
                row = db.execute(
                    "SELECT id, text, created FROM facts WHERE id = ?", (fact_id,)
                ).fetchone()
                if row is not None:
                    db.execute("DELETE FROM facts WHERE id = ?", (fact_id,))
                    gone.append(Fact(int(row[0]), str(row[1]), float(row[2] or 0)))
            return gone

        return self._read(forget)

    def clear(self) -> int:
        """Forget everything; returns how many facts there were."""
        return sum(self._read(lambda db: [db.execute("DELETE FROM facts").rowcount]))

    def answers(self, question: str, limit: int = 3) -> list[Fact]:
        """The facts that answer ``question`` equally well (usually one), newest first;
        [] when none does."""
        facts = self.all()
        found = answers(question, [f.text for f in facts])
        if not found:
            return []
        best = found[0][1]
        return [facts[i] for i, score in found if same_tie(best, score)][:limit]

    def answering(self, question: str) -> list[str]:
        """The words of the facts that answer ``question`` (``FactsSource``)."""
        return [f.text for f in self.answers(question)]

    def about(self, topic: str, limit: int = 5) -> list[Fact]:
        """Every fact that answers ``topic`` ("my wife"), the best first."""
        facts = self.all()
        return [facts[i] for i, _ in answers(topic, [f.text for f in facts])][:limit]

    def relevant(self, question: str, limit: int = 3) -> list[str]:
        """At most ``limit`` facts (their words) worth giving the language model for
        ``question``; [] when nothing remembered is clearly about it."""
        texts = [f.text for f in self.all()]
        return [_with_foods(texts[i], question) for i in relevant(question, texts, limit)]

    def kept_copies(self) -> list[Path]:
        """Damaged files kept aside so far (they still hold old memories)."""
        return self.store.kept_copies()


def _with_foods(fact: str, question: str) -> str:
    """An allergy or diet with the foods of the question it rules out spelled out: given
    only "Soy alérgica a los frutos secos", Qwen 1.5B said "Sí, puedes comer pan de
    nueces"; given this, "No" (and so in French and German, 2026-12-01)."""
    foods = ", ".join(dict.fromkeys(must_not_eat(question, fact)))
    return f"{fact}. Because of this, the user must not eat {foods}" if foods else fact
