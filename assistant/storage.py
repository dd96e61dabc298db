"""The files Hearth keeps for the user (history, notes, alerts, settings), kept safe
one way for all of them:

- private: folders 0700 and files 0600, tightened on existing installs when opened;
- written whole or not at all: ``write_atomic`` writes a temporary file in the same
  folder, flushes it to disk and renames it over the old one; SQLite files get the
  same from SQLite's own journal;
- checked when opened: a file that is damaged (JSON or TOML that does not parse or
  has the wrong shape, a SQLite file that fails ``PRAGMA quick_check``) is never
  deleted. It is kept aside as ``<name>.damaged-<YYYYmmdd-HHMMSS>`` (SQLite's
  ``-wal``/``-journal`` files beside it get the same name plus their suffix, so the
  copy still opens) and a new, empty one is started.

A :class:`Damage` says so in words for the user. ``report`` hands it to whoever
``watch``-es (the assistant turns it into a ``StoreDamaged`` event, the window into a
banner) and keeps it until a reply tells the user (``take_untold``).
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import os
import sqlite3
import stat
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from hearth.assistant.errors import StoreError

_LOGGER = logging.getLogger(__name__)
T = TypeVar("T")
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
SQLITE_SIBLINGS = ("-wal", "-journal", "-shm")
"""Files SQLite keeps beside a database; they move aside with it."""
DAMAGED = ".damaged-"


# --- private files and folders, written atomically -------------------------------------------


def _tighten(path: Path, mode: int) -> None:
    try:
        st = path.stat()
        kind_fits = stat.S_ISDIR(st.st_mode) == (mode == PRIVATE_FOLDER)
        if kind_fits and st.st_mode & 0o777 != mode:  # a folder where a file should be: left
            path.chmod(mode)
    except FileNotFoundError:
        pass
    except OSError as exc:  # not ours, or a read-only disk: it still works, only less private
        _LOGGER.warning("cannot make %s private: %s", path, exc)


def private_folder(path: Path) -> Path:
    """``path`` as a folder only this user can enter (created if missing; the folders
    above it are created as the system does, and left as they are)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> None:
    """Make an existing file readable and writable by this user only."""
    _tighten(path, PRIVATE_FILE)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` all at once: a reader (or the next start after a
    crash, a kill or a power cut) sees the old contents or the new, never a mix. The
    file is private (0600) and so is its folder."""
    private_folder(path.parent)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp made it 0600 already
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # the rename itself on disk too
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


# --- damaged files: kept aside, the user told ------------------------------------------------


@dataclass(frozen=True)
class Damage:
    """A damaged file that was kept aside; a new one was started in its place."""

    what: str
    """What the file holds, in words: "notes", "conversation history"."""
    path: Path
    kept_as: Path
    reason: str
    """What was wrong, technically (for the log)."""
    at: float = field(default_factory=time.time)

    @property
    def message(self) -> str:
        """For a reply (spoken too: the copy's name, not its whole path)."""
        return (
            f"Your {self.what} file was damaged, so I kept it aside as {self.kept_as.name} "
            "and started a new one."
        )

    @property
    def detail(self) -> str:
        """For the window and the log: where the copy is."""
        return (
            f"Your {self.what} file was damaged, so Hearth kept it aside as {self.kept_as} "
            "and started a new one."
        )

    fix = (
        "Nothing was deleted: the damaged copy stays until you delete it. Delete it once "
        "you no longer need what was in it."
    )


def quarantine(path: Path, what: str, reason: str) -> Damage:
    """Rename a damaged file (and its SQLite siblings) to ``<name>.damaged-<time>``;
    never overwrites an earlier copy. Raises StoreError when it cannot be moved."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}{DAMAGED}{stamp}")
    count = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", *SQLITE_SIBLINGS)):
        count += 1
        aside = path.with_name(f"{path.name}{DAMAGED}{stamp}-{count}")
    try:
        path.rename(aside)
        for suffix in SQLITE_SIBLINGS:
            sibling = Path(f"{path}{suffix}")
            if sibling.exists():
                sibling.rename(f"{aside}{suffix}")
    except OSError as exc:
        raise StoreError(
            f"Your {what} file {path} is damaged ({reason}), and it could not be moved "
            f"aside ({exc.strerror or exc}).",
            f"Move it away yourself (mv {path} {aside}); Hearth then starts a new one.",
        ) from None
    _LOGGER.warning("%s file %s is damaged (%s); kept aside as %s", what, path, reason, aside)
    return Damage(what, path, aside, reason)


def kept_copies(path: Path) -> list[Path]:
    """The damaged copies of ``path`` kept aside so far, oldest first."""
    found = path.parent.glob(f"{path.name}{DAMAGED}*")
    return sorted(p for p in found if not p.name.endswith(SQLITE_SIBLINGS))


_lock = threading.Lock()
_untold: list[Damage] = []
_UNTOLD_KEPT = 32
_watchers: list[Callable[[], Callable[[Damage], None] | None]] = []
"""Each gives the callback, or None once its object is gone (bound methods are held
weakly, so an object that is never closed is not kept alive by watching)."""


def _held(callback: Callable[[Damage], None]) -> Callable[[], Callable[[Damage], None]]:
    def ref() -> Callable[[Damage], None]:
        return callback

    return ref


def watch(callback: Callable[[Damage], None]) -> Callable[[], None]:
    """Call ``callback`` (from any thread) for every damaged file found from now on.
    Returns the function that stops it."""
    ref = weakref.WeakMethod(callback) if inspect.ismethod(callback) else _held(callback)
    with _lock:
        _watchers.append(ref)

    def stop() -> None:
        with _lock:
            if ref in _watchers:
                _watchers.remove(ref)

    return stop


def report(damage: Damage) -> None:
    """Tell the watchers now, and keep it for the next reply about that file."""
    with _lock:
        _untold.append(damage)
        del _untold[:-_UNTOLD_KEPT]  # a store no reply speaks for (history) never asks
        _watchers[:] = [ref for ref in _watchers if ref() is not None]
        watchers = [ref() for ref in _watchers]
    for callback in watchers:
        if callback is None:
            continue
        try:
            callback(damage)
        except Exception:
            _LOGGER.exception("telling about the damaged %s file failed", damage.what)


def take_untold(paths: Iterable[Path] = (), folder: Path | None = None) -> list[Damage]:
    """Damage to these files (or any file in ``folder``) not yet told in a reply; each
    is given out once."""
    wanted = {Path(p) for p in paths}
    with _lock:
        taken = [d for d in _untold if d.path in wanted or (folder and d.path.parent == folder)]
        for damage in taken:
            _untold.remove(damage)
    return taken


# --- JSON files -------------------------------------------------------------------------------


def read_json(path: Path, what: str, shape: Callable[[Any], T], empty: T) -> T:
    """The contents of a JSON file, checked by ``shape`` (which raises ValueError or
    TypeError for contents of the wrong shape); ``empty`` when there is no file. A
    damaged file is kept aside and reported, and ``empty`` returned."""
    private_file(path)
    try:
        return shape(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return empty
    except (ValueError, TypeError, KeyError) as exc:  # UnicodeDecodeError is a ValueError
        report(quarantine(path, what, f"{type(exc).__name__}: {exc}"))
        return empty


# --- SQLite files -----------------------------------------------------------------------------


class _FailedCheck(sqlite3.DatabaseError):
    pass


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error means the file is damaged (rather than busy, full or
    read-only, which a new file would not cure)."""
    if isinstance(exc, _FailedCheck):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    )


class SqliteStore:
    """One SQLite file of the user's, private, checked when opened, and started afresh
    (the damaged one kept aside and reported) when it turns out damaged.

    ``run(work)`` runs ``work(connection)`` in one transaction. With ``keep_open`` one
    connection serves every call (the caller serialises them); else each call opens and
    closes its own."""

    def __init__(
        self,
        path: Path,
        schema: str,
        what: str,
        *,
        keep_open: bool = False,
        timeout: float = 5.0,
        error: type[StoreError] = StoreError,
    ) -> None:
        self.path = path
        self.schema = schema
        self.what = what
        self.keep_open = keep_open
        self.timeout = timeout
        self.error = error
        self.damage: Damage | None = None
        """The last damage this store found (None: none)."""
        self._db: sqlite3.Connection | None = None

    def open(self) -> None:
        """Open (and check) now rather than on the first ``run``."""
        self._close_after(self._connection())

    def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """``work`` in one transaction. A damaged file is kept aside and ``work`` runs
        again on a new one; other problems raise the store's error, in words."""
        for attempt in (1, 2):
            db = self._connection()
            try:
                with db:  # commits, or rolls back on an error
                    return work(db)
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or not is_damage(exc):
                    raise self._problem(exc) from None
                self.close()
                self._found_damage(exc)
            finally:
                self._close_after(db)
        raise AssertionError("unreachable")

    def kept_copies(self) -> list[Path]:
        return kept_copies(self.path)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _close_after(self, db: sqlite3.Connection) -> None:
        if not self.keep_open:
            db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            try:
                self._db = self._checked_open()
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                self._found_damage(exc)
                self._db = self._checked_open()
        except (sqlite3.Error, OSError) as exc:
            raise self._problem(exc) from None
        return self._db

    def _checked_open(self) -> sqlite3.Connection:
        private_folder(self.path.parent)
        if not self.path.exists():  # created private: never readable by others, even briefly
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
        private_file(self.path)
        for suffix in SQLITE_SIBLINGS:
            private_file(Path(f"{self.path}{suffix}"))
        db = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
        try:
            found = db.execute("PRAGMA quick_check").fetchall()
            if found != [("ok",)]:
                raise _FailedCheck("; ".join(str(row[0]) for row in found[:3]))
            db.executescript(self.schema)
        except BaseException:
            db.close()
            raise
        return db

    def _found_damage(self, exc: BaseException) -> None:
        self.damage = quarantine(self.path, self.what, str(exc) or type(exc).__name__)
        report(self.damage)

    def _problem(self, exc: BaseException) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        reason = getattr(exc, "strerror", None) or str(exc)
        return self.error(
            f"Your {self.what} file {self.path} cannot be used ({reason}).",
            f"Check that the disk has space and that {self.path.parent} is yours and writable.",
        )
