"""Notes and a to-do list, kept in SQLite in the skill's data folder.

Deleting asks first: "Delete all 5 notes? Say yes or no." A damaged file is kept aside
and a new one started (``ctx.database``); the reply says so, and deleting everything
still works.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from hearth.assistant.skill import Skill, SkillContext, intent

from .phrases import asking_which
from .translations import LANGUAGES, asking, examples_of, phrases_of, reply

_TODO = "(to do|todo|to-do|to do's|todo's) list"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, created REAL);
CREATE TABLE IF NOT EXISTS todos (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0, created REAL
);
"""
_READ_LIMIT = 5
"""Read this many aloud; say how many more there are."""


T = TypeVar("T")


def _run(ctx: SkillContext, work: Callable[[sqlite3.Connection], T]) -> T:
    """``work`` in one transaction on the notes file."""
    return ctx.database("notes.sqlite3", _SCHEMA, "notes").run(work)


def _count(ctx: SkillContext, table: str, where: str = "1") -> int:
    return _run(
        ctx,
        lambda db: int(db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}").fetchone()[0]),
    )


def _kept_aside(ctx: SkillContext) -> str:
    """After deleting everything: that damaged copies kept aside still hold old notes."""
    kept = ctx.database("notes.sqlite3", _SCHEMA, "notes").kept_copies()
    if not kept:
        return ""
    names = ", ".join(p.name for p in kept)
    return (
        f" The damaged notes file{'s' if len(kept) > 1 else ''} kept aside ({names}) "
        f"{'are' if len(kept) > 1 else 'is'} still in {kept[0].parent}; delete "
        f"{'them' if len(kept) > 1 else 'it'} yourself if you want everything gone."
    )


def _listing_in(language: str, items: list[str], total: int, key: str) -> str:
    """ "Tienes 3 notas. 1: ..., 2: ..." in ``language``."""
    said = ". ".join(f"{i + 1}: {text.rstrip('.')}" for i, text in enumerate(items))
    more = reply(language, "notes.more", "", count=total - len(items)) if total > len(items) else ""
    if key == "notes.list" and total == 1:
        key = "notes.list_one"
    return reply(language, key, "", count=total, items=said) + more


def _listing(items: list[str], total: int, noun: str) -> str:
    said = ". ".join(f"{i + 1}: {text.rstrip('.')}" for i, text in enumerate(items))
    more = total - len(items)
    extra = f" And {more} more." if more > 0 else ""
    return f"You have {total} {noun}{'s' if total != 1 else ''}. {said}.{extra}"


def _clean(text: str) -> str:
    text = text.strip().strip("\"'").rstrip(".")
    return text[:1].upper() + text[1:] if text else text


def _said(ctx: SkillContext, text: str) -> str:
    """The user's words as they are kept and said back (French elisions, which the
    matcher split, joined again: "d'eau")."""
    return _clean(re.sub(r"(\w)' (?=\w)", r"\1'", text))


class NotesSkill(Skill):
    name = "notes"
    description = "Notes and a to-do list, kept on this computer."
    permissions = ("stores_data", "deletes_data")
    examples = ("take a note buy more coffee", "add milk to my to do list")
    phrases = phrases_of("notes")
    localized_examples = examples_of("notes")

    # --- notes -------------------------------------------------------------------------------

    @intent(
        "(take|make|add|write|create|save) [a] note [that|saying|to say] {text}",
        "(take|make|add|write|create) [a] note (:|-) {text}",
        "note (that|down) {text}",
        "write (down|this down) [that] {text}",
        "jot down [that] {text}",
        "(take|make|add|write|create) [a] note",
        permissions=("stores_data",),
        ask=asking({"text": "What should the note say?"}),
    )
    def add_note(self, ctx: SkillContext, text: str) -> str:
        """Save a note."""
        _run(
            ctx,
            lambda db: db.execute(
                "INSERT INTO notes (text, created) VALUES (?, ?)", (_said(ctx, text), time.time())
            ),
        )
        return reply(ctx.language, "notes.noted", f"Noted: {_clean(text)}.", text=_said(ctx, text))

    @intent(
        "(read|show|list|tell) [me] [back] [all] [of] my notes",
        "read [back] my notes [back] [to me]",
        "what (are|is in) my notes",
        "what notes do i have",
        "(do i have|are there) any notes",
        *asking_which("notes"),
        "what did i (note|write down)",
        permissions=(),
    )
    def read_notes(self, ctx: SkillContext) -> str:
        """Read the notes back, newest first."""
        rows = _run(
            ctx,
            lambda db: db.execute(
                "SELECT text FROM notes ORDER BY id DESC LIMIT ?", (_READ_LIMIT,)
            ).fetchall(),
        )
        total = _count(ctx, "notes")
        if not total:
            return reply(ctx.language, "notes.none", "You have no notes.")
        if ctx.language in LANGUAGES:
            return _listing_in(ctx.language, [r[0] for r in rows], total, "notes.list")
        return _listing([r[0] for r in rows], total, "note")

    def _confirm_delete_last(self, ctx: SkillContext) -> str | None:
        row = _run(
            ctx, lambda db: db.execute("SELECT text FROM notes ORDER BY id DESC LIMIT 1").fetchone()
        )
        if row is None:
            return None
        english = f"Delete your last note, {row[0].rstrip('.')!r}?"
        return reply(ctx.language, "notes.confirm_last", english, text=row[0].rstrip("."))

    @intent(
        "(delete|remove|erase) [the|my] (last|latest|most recent) note",
        "(delete|remove|erase) that note",
        permissions=("deletes_data",),
        confirm=_confirm_delete_last,
    )
    def delete_last_note(self, ctx: SkillContext) -> str:
        """Delete the most recent note."""

        def delete(db: sqlite3.Connection) -> tuple[int, str] | None:
            row = db.execute("SELECT id, text FROM notes ORDER BY id DESC LIMIT 1").fetchone()
            if row is not None:
                db.execute("DELETE FROM notes WHERE id = ?", (row[0],))
            return row

        row = _run(ctx, delete)
        if row is None:
            return reply(ctx.language, "notes.none", "You have no notes.")
        english = f"Deleted the note {row[1].rstrip('.')!r}."
        return reply(ctx.language, "notes.deleted_last", english, text=row[1].rstrip("."))

    def _confirm_delete_all(self, ctx: SkillContext) -> str | None:
        count = _count(ctx, "notes")
        if count == 0:
            return None
        if count == 1:
            return reply(ctx.language, "notes.confirm_one", "Delete your only note?")
        return reply(ctx.language, "notes.confirm_all", f"Delete all {count} notes?", count=count)

    @intent(
        "(delete|remove|erase|clear|wipe|get rid of) all [of] [my|the] notes",
        "(delete|remove|erase|clear|wipe) [my|the] notes",
        permissions=("deletes_data",),
        confirm=_confirm_delete_all,
    )
    def delete_all_notes(self, ctx: SkillContext) -> str:
        """Delete every note."""
        deleted = _run(ctx, lambda db: db.execute("DELETE FROM notes").rowcount)
        if ctx.language in LANGUAGES:
            if not deleted:
                return reply(ctx.language, "notes.none", "")
            return reply(ctx.language, "notes.deleted_all", "", count=deleted) + _kept_aside(ctx)
        done = (
            f"Deleted {'your note' if deleted == 1 else f'all {deleted} notes'}."
            if deleted
            else "You have no notes."
        )
        return done + _kept_aside(ctx)

    # --- the to-do list ----------------------------------------------------------------------

    @intent(
        f"(add|put) {{item}} (to|on|onto) [my|the] {_TODO}",
        "(add|put) {item} (to|on|onto) [my|the] (to dos|todos|to-dos)",
        "(add|put) to my (to do|todo|to-do) list {item}",
        "i (need|have) to {item:phrase} (add that|put that) (to|on) [my] (to do|todo|to-do) list",
        permissions=("stores_data",),
    )
    def add_todo(self, ctx: SkillContext, item: str) -> str:
        """Add an item to the to-do list."""
        _run(
            ctx,
            lambda db: db.execute(
                "INSERT INTO todos (text, created) VALUES (?, ?)", (_said(ctx, item), time.time())
            ),
        )
        open_items = _count(ctx, "todos", "done = 0")
        if ctx.language in LANGUAGES:
            said = _said(ctx, item)
            said = said[:1].lower() + said[1:] if ctx.language != "de" else said
            return reply(ctx.language, "todos.added", "", item=said, count=open_items)
        return f"Added {item.strip().rstrip('.')} to your to-do list. That's {open_items} on it."

    @intent(
        f"(read|show|list|tell) [me] [my|the] {_TODO}",
        f"(what's|whats|what is) on [my|the] {_TODO}",
        "what (do i have|is there) to do [today]",
        "(read|show|list|tell) [me] [my|the] (to dos|todos|to-dos)",
        f"how many (things|items|tasks) (are|do i have) (on|in) [my|the] {_TODO}",
        permissions=(),
    )
    def read_todos(self, ctx: SkillContext) -> str:
        """Read the open items of the to-do list, oldest first."""
        rows = _run(
            ctx,
            lambda db: db.execute(
                "SELECT text FROM todos WHERE done = 0 ORDER BY id LIMIT ?", (_READ_LIMIT,)
            ).fetchall(),
        )
        total = _count(ctx, "todos", "done = 0")
        if not total:
            return reply(ctx.language, "todos.empty", "Your to-do list is empty.")
        if ctx.language in LANGUAGES:
            return _listing_in(ctx.language, [r[0] for r in rows], total, "todos.list")
        return (
            _listing([r[0] for r in rows], total, "thing")
            .replace("things.", "things to do.", 1)
            .replace("1 thing.", "1 thing to do.", 1)
        )

    @intent(
        "(mark|tick|check) [off] {item:phrase} [as] (done|complete|completed|finished)",
        f"(tick|check|cross) [off] {{item:phrase}} (off|from) [my|the] {_TODO}",
        f"(remove|take) {{item:phrase}} (off|from) [my|the] {_TODO}",
        "(i've|i have) (done|finished) {item}",
        "(tick|check|cross) off {item}",
        permissions=("stores_data",),
    )
    def complete_todo(self, ctx: SkillContext, item: str) -> str:
        """Check an item off the to-do list."""
        key = item.strip().rstrip(".").lower().removeprefix("the ")

        def check_off(db: sqlite3.Connection) -> str | None:
            rows = db.execute("SELECT id, text FROM todos WHERE done = 0").fetchall()
            found = [r for r in rows if r[1].lower() == key] or [
                r for r in rows if key in r[1].lower()
            ]
            if found:
                db.execute("UPDATE todos SET done = 1 WHERE id = ?", (found[0][0],))
            return str(found[0][1]) if found else None

        done = _run(ctx, check_off)
        if done is None:
            english = f"{_clean(item)} is not on your to-do list."
            return reply(ctx.language, "todos.not_there", english, item=_clean(item))
        english = f"Checked off {done.rstrip('.')}."
        return reply(ctx.language, "todos.done", english, item=done.rstrip("."))

    def _confirm_clear_todos(self, ctx: SkillContext) -> str | None:
        count = _count(ctx, "todos")
        if count == 0:
            return None
        english = f"Clear your to-do list, {count} item{'s' if count != 1 else ''}?"
        return reply(ctx.language, "todos.confirm_clear", english, count=count)

    @intent(
        f"(clear|delete|erase|wipe|empty) [my|the] {_TODO}",
        f"(delete|remove|erase) (everything|all items) (from|on) [my|the] {_TODO}",
        permissions=("deletes_data",),
        confirm=_confirm_clear_todos,
    )
    def clear_todos(self, ctx: SkillContext) -> str:
        """Delete everything on the to-do list."""
        deleted = _run(ctx, lambda db: db.execute("DELETE FROM todos").rowcount)
        if not deleted:
            return reply(ctx.language, "todos.empty", "Your to-do list is empty.")
        return reply(ctx.language, "todos.cleared", "Cleared your to-do list.")
