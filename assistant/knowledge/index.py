"""The encyclopedia's search index: a SQLite file with a full-text (FTS5) index over
each article's title, description and text, and a table of the names each article is
known by (see ``words.names``).

It is built once from the data file and kept in the cache folder, named by its language
and the data's SHA-256: new data gets a new index, and the same language's old ones are
removed (never another language's). English is indexed with the Porter stemmer, as it
was measured; Spanish and French (which Porter would mangle) index their words as
``words`` folds them, with the same folding as the questions, and without a stemmer.
Beside it is its own SHA-256, written after it is complete; a file that does not match
(a crash half-way, a damaged disk, someone's edit) is rebuilt, never trusted. The index
is opened read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from hearth.assistant.errors import KnowledgeError
from hearth.assistant.knowledge.data import Article, DataFile
from hearth.assistant.knowledge.words import key, names

_LOGGER = logging.getLogger(__name__)

SCHEMA = 1
"""Bumped whenever what the index holds changes: older indexes are rebuilt."""
WEIGHTS = (10.0, 4.0, 1.0)
"""BM25 weights of title, description and text (see the README's measurements)."""

_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, extract TEXT NOT NULL
);
CREATE VIRTUAL TABLE docs USING fts5(
    title, description, extract, content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TABLE names(key TEXT NOT NULL, id INTEGER NOT NULL, whole INTEGER NOT NULL);
"""
_FOLDED_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, extract TEXT NOT NULL
);
CREATE VIRTUAL TABLE docs USING fts5(
    title, description, extract, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE names(key TEXT NOT NULL, id INTEGER NOT NULL, whole INTEGER NOT NULL);
"""
"""Spanish and French: the full-text index holds each text as ``words`` folds it (it
has no text of its own: the articles table keeps the words as written)."""


def folded(language: str) -> bool:
    """Whether ``language``'s index holds folded words (all but English's)."""
    return language != "en"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Index:
    """The opened index. Safe to use from several threads (one query at a time)."""

    def __init__(self, path: Path, build_s: float | None = None, language: str = "en") -> None:
        self.path = path
        self.language = language
        self.build_s = build_s
        """Seconds it took to build, when this process built it (None: it was cached)."""
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._df: dict[str, int] = {}
        self.size = self.count()

    def _rows(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def search(self, match: str, limit: int = 10) -> list[tuple[int, float]]:
        """(article id, score) of the best articles for an FTS5 ``match`` expression,
        best first; the score is BM25's (lower is better)."""
        if not match:
            return []
        w = WEIGHTS
        sql = (
            f"SELECT rowid, bm25(docs, {w[0]}, {w[1]}, {w[2]}) AS score FROM docs "
            "WHERE docs MATCH ? ORDER BY score LIMIT ?"
        )
        return [(int(r), float(s)) for r, s in self._rows(sql, (match, limit))]

    def scores(self, match: str, ids: Sequence[int]) -> dict[int, float]:
        """BM25 scores of the articles ``ids`` for ``match`` (those it matches at all)."""
        if not match or not ids:
            return {}
        w = WEIGHTS
        marks = ",".join("?" * len(ids))
        sql = (
            f"SELECT rowid, bm25(docs, {w[0]}, {w[1]}, {w[2]}) FROM docs "
            f"WHERE docs MATCH ? AND rowid IN ({marks})"
        )
        return {int(r): float(s) for r, s in self._rows(sql, (match, *ids))}

    def named(self, keys: Sequence[str]) -> list[tuple[str, int, bool]]:
        """(key, article id, whether the key is the whole title) for each of ``keys``
        that names an article."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = f"SELECT key, id, whole FROM names WHERE key IN ({marks})"
        return [(str(k), int(i), bool(w)) for k, i, w in self._rows(sql, keys)]

    def frequency(self, word: str) -> int:
        """In how many articles ``word`` appears (as the full-text index stems it)."""
        if word not in self._df:
            sql = "SELECT count(*) FROM docs WHERE docs MATCH ?"
            self._df[word] = int(self._rows(sql, (_quoted(word),))[0][0])
        return self._df[word]

    def mentions(self, article: int, word: str) -> bool:
        sql = "SELECT 1 FROM docs WHERE docs MATCH ? AND rowid = ?"
        return bool(self._rows(sql, (_quoted(word), article)))

    def article(self, article: int) -> Article:
        sql = "SELECT title, description, extract FROM articles WHERE id = ?"
        rows = self._rows(sql, (article,))
        if not rows:
            raise KnowledgeError(f"The encyclopedia's index has no article {article}.")
        title, description, extract = rows[0]
        return Article(title, description, extract, self.language)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def index_path(folder: Path, data: DataFile) -> Path:
    return folder / f"encyclopedia-{data.language}-{data.sha256[:16]}-v{SCHEMA}.sqlite"


def open_index(data: DataFile, read: Callable[[DataFile], list[Article]], folder: Path) -> Index:
    """The index of ``data`` in ``folder``: the cached one if it is whole, else built now
    (``read`` gives the articles). Raises KnowledgeError when it cannot be built."""
    path = index_path(folder, data)
    stamp = path.with_name(path.name + ".sha256")
    if path.is_file() and stamp.is_file():
        try:
            if stamp.read_text(encoding="ascii").strip() == _sha256(path):
                index = Index(path, language=data.language)
                if index.size > 0:
                    return index
                index.close()
            _LOGGER.warning("the encyclopedia's index %s is damaged: building it again", path)
        except (OSError, sqlite3.Error, UnicodeDecodeError) as exc:
            _LOGGER.warning(
                "the encyclopedia's index %s cannot be used (%s): rebuilding", path, exc
            )
    started = time.perf_counter()
    try:
        _build(path, stamp, read(data), data)
    except (OSError, sqlite3.Error) as exc:
        raise KnowledgeError(
            f"The encyclopedia's search index cannot be built in {folder} ({exc}).",
            f"Check that {folder} is writable and the disk has space (about 20 MB).",
        ) from None
    _remove_others(folder, keep=path, language=data.language)
    return Index(path, build_s=time.perf_counter() - started, language=data.language)


def _build(path: Path, stamp: Path, articles: list[Article], data: DataFile) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in (path, stamp):
        old.unlink(missing_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".building-", suffix=".sqlite", dir=path.parent)
    os.close(handle)
    language = data.language
    try:
        db = sqlite3.connect(temporary)
        try:
            db.executescript(_FOLDED_DDL if folded(language) else _DDL)
            db.executemany(
                "INSERT INTO articles(id, title, description, extract) VALUES (?, ?, ?, ?)",
                [(i, a.title, a.description, a.extract) for i, a in enumerate(articles, 1)],
            )
            if folded(language):
                db.executemany(
                    "INSERT INTO docs(rowid, title, description, extract) VALUES (?, ?, ?, ?)",
                    [
                        (i, *(key(t, language) for t in (a.title, a.description, a.extract)))
                        for i, a in enumerate(articles, 1)
                    ],
                )
            else:
                db.execute("INSERT INTO docs(docs) VALUES ('rebuild')")
            db.executemany(
                "INSERT INTO names(key, id, whole) VALUES (?, ?, ?)",
                [
                    (name, i, whole)
                    for i, a in enumerate(articles, 1)
                    for name, whole in names(a.title, a.description, language, a.topic).items()
                ],
            )
            db.execute("CREATE INDEX names_by_key ON names(key)")
            db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [("schema", str(SCHEMA)), ("data_sha256", data.sha256)],
            )
            db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
            db.commit()
            db.execute("VACUUM")
        finally:
            db.close()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    written = stamp.with_name(stamp.name + ".tmp")
    written.write_text(_sha256(path) + "\n", encoding="ascii")
    os.replace(written, stamp)


def _remove_others(folder: Path, keep: Path, language: str = "en") -> None:
    """``language``'s indexes of other data or an older schema: never used again. Other
    languages' indexes stay: each is in use while its language is spoken."""
    for old in folder.glob(f"encyclopedia-{language}-*.sqlite*"):
        if old.name not in (keep.name, keep.name + ".sha256"):
            with contextlib.suppress(OSError):
                old.unlink()
