"""A shopping list, kept in SQLite in the skill's data folder.

"Add milk, eggs and bread to my shopping list" puts three things on it; "what's on my
shopping list?" reads it; "take eggs off the shopping list" takes one off; "is butter
on my shopping list?" checks; clearing it asks first. Before this skill these went to
the language model, which answered "I've added milk to your list" and kept nothing.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from hearth.assistant.skill import Skill, SkillContext, intent, join_words

from .translations import examples_of, phrases_of, reply

_LIST = "(shopping|grocery|groceries) list"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, text TEXT NOT NULL, created REAL);
"""
_READ_LIMIT = 10
"""Read this many aloud; say how many more there are."""
_LEADING = {
    "en": "some|a|an|the|more|a few|a bottle of|a pack of",
    "es": "un|una|unos|unas|el|la|los|las|algo de|más",
    "fr": "du|de la|de l'|des|un|une|le|la|les|l'|de|d'",
    "de": "ein|eine|einen|etwas|die|der|das|den|noch",
}
"""Words before an item that are not the item ("some milk" is "milk")."""
_SEPARATOR = {
    lang: re.compile(rf"\s*,\s*(?:{word}\s+)?|\s+{word}\s+")
    for lang, word in (("en", "and"), ("es", "y"), ("fr", "et"), ("de", "und"))
}

_ONE_THING = {
    "en": (
        "macaroni and cheese|mac and cheese|mac n cheese|half and half|fish and chips|"
        "pork and beans|franks and beans|sweet and sour|salt and vinegar|sour cream and "
        "onion|cookies and cream|bread and butter|peanut butter and jelly|chicken and "
        "dumplings|surf and turf|mix and match"
    ),
}
"""Products named with "and" that are one thing ("macaroni and cheese" is not two)."""
_ONE_THING_AT = {lang: re.compile(rf"\b(?:{names})\b", re.I) for lang, names in _ONE_THING.items()}
_JOINED = "\u2060"
"""Stands in for the spaces of one such product while the list is split."""

T = TypeVar("T")


def _run(ctx: SkillContext, work: Callable[[sqlite3.Connection], T]) -> T:
    """``work`` in one transaction on the shopping list's file."""
    return ctx.database("shopping.sqlite3", _SCHEMA, "shopping list").run(work)


def as_said(slot: str, said: str) -> str:
    """The slot's words as they were said, commas included (the matcher compares words
    only: "milk, eggs and bread" reaches the handler as "milk eggs and bread")."""
    words = re.findall(r"\w+", slot)
    if not words:
        return slot
    found = re.search(r"\W+".join(map(re.escape, words)), said, re.IGNORECASE)
    return found.group(0) if found else slot


def items_in(text: str, language: str = "en") -> list[str]:
    """The things named in ``text``: "some milk, eggs and bread" -> ["milk", "eggs",
    "bread"] (French elisions the matcher split are joined again: "l' huile")."""
    text = re.sub(r"(\w)' (?=\w)", r"\1'", text.strip().rstrip(".!?"))
    words = sorted(_LEADING.get(language, _LEADING["en"]).split("|"), key=len, reverse=True)
    leading = re.compile(rf"^(?:{'|'.join(words)})(?:\s+|(?<='))", re.I)  # "a few" before "a"
    if language in _ONE_THING_AT:  # kept whole: its spaces cannot be split at
        text = _ONE_THING_AT[language].sub(lambda m: m.group(0).replace(" ", _JOINED), text)
    found: list[str] = []
    for part in _SEPARATOR.get(language, _SEPARATOR["en"]).split(text):
        part = part.replace(_JOINED, " ")
        item = leading.sub("", part.strip().strip("\"'"), count=1).strip()
        if item and item.lower() not in (f.lower() for f in found):
            found.append(item if language == "de" else item[:1].lower() + item[1:])
    return found


def _same(item: str, kept: str) -> bool:
    """Whether the user's ``item`` names ``kept`` ("egg" is "eggs")."""
    a, b = item.lower(), kept.lower()
    return a == b or a.rstrip("s") == b.rstrip("s")


def _find(rows: list[tuple[int, str]], item: str) -> tuple[int, str] | None:
    """The kept row ``item`` names: the same thing, else one containing it or contained
    in it ("milk" finds "oat milk" when there is no "milk")."""
    exact = [r for r in rows if _same(item, r[1])]
    loose = [r for r in rows if item.lower() in r[1].lower() or r[1].lower() in item.lower()]
    found = exact or loose
    return found[0] if found else None


def _all(db: sqlite3.Connection) -> list[tuple[int, str]]:
    return [(int(i), str(t)) for i, t in db.execute("SELECT id, text FROM items ORDER BY id")]


class ShoppingSkill(Skill):
    name = "shopping"
    description = "A shopping list, kept on this computer."
    permissions = ("stores_data", "deletes_data")
    examples = ("add milk and eggs to my shopping list", "what's on my shopping list")
    phrases = phrases_of("shopping")
    localized_examples = examples_of("shopping")

    @intent(
        f"[i need to|i want to|i'd like to|let's] (add|put|write) {{items}} (to|on|onto) "
        f"[my|the|our] {_LIST}",
        f"(add|put) to [my|the|our] {_LIST} {{items}}",
        permissions=("stores_data",),
    )
    def add(self, ctx: SkillContext, items: str) -> str:
        """Put one or more things on the shopping list ("milk, eggs and bread")."""
        wanted = items_in(as_said(items, ctx.text), ctx.language)

        def add(db: sqlite3.Connection) -> tuple[list[str], list[str], int]:
            rows = _all(db)
            new = [i for i in wanted if not any(_same(i, r[1]) for r in rows)]
            db.executemany(
                "INSERT INTO items (text, created) VALUES (?, ?)", [(i, time.time()) for i in new]
            )
            return new, [i for i in wanted if i not in new], len(rows) + len(new)

        new, already, total = _run(ctx, add)
        lang = ctx.language
        if not new:
            return reply(
                lang,
                "shopping.already",
                f"Your shopping list already has {join_words(already, lang)}.",
                items=join_words(already, lang),
            )
        said = reply(
            lang,
            "shopping.added",
            f"Added {join_words(new, lang)} to your shopping list. That's {total} on it.",
            items=join_words(new, lang),
            count=total,
        )
        if already:
            said += " " + reply(
                lang,
                "shopping.also_there",
                f"It already had {join_words(already, lang)}.",
                items=join_words(already, lang),
            )
        return said

    @intent(
        f"(what's|whats|what is) (on|in) [my|the|our] {_LIST}",
        f"what do (i|we) have (on|in) [my|the|our] {_LIST}",
        f"(read|show|tell|give) [me] [my|the|our] {_LIST}",
        "what do (i|we) need to (buy|get) [today]",
        "what do (i|we) need from the (shop|shops|store|supermarket)",
        f"how many (things|items) are (on|in) [my|the|our] {_LIST}",
        permissions=(),
    )
    def read(self, ctx: SkillContext) -> str:
        """Read the shopping list, oldest first."""
        rows = _run(ctx, _all)
        lang = ctx.language
        if not rows:
            return reply(lang, "shopping.empty", "Your shopping list is empty.")
        said = join_words([r[1] for r in rows[:_READ_LIMIT]], lang)
        more = len(rows) - _READ_LIMIT
        if more > 0:
            said += reply(lang, "shopping.more", f", and {more} more", count=more)
        if len(rows) == 1:
            return reply(lang, "shopping.list_one", f"Your shopping list has {said}.", items=said)
        english = f"Your shopping list has {len(rows)} things: {said}."
        return reply(lang, "shopping.list", english, count=len(rows), items=said)

    @intent(
        f"(is|are) [there] {{item}} on [my|the|our] {_LIST}",
        f"(do i|do we|did i) (have|put) {{item}} on [my|the|our] {_LIST}",
        permissions=(),
    )
    def has(self, ctx: SkillContext, item: str) -> str:
        """Say whether something is on the shopping list."""
        wanted = (items_in(item, ctx.language) or [item])[0]
        found = _find(_run(ctx, _all), wanted)
        if found is None:
            english = f"No, your shopping list doesn't have {wanted}."
            return reply(ctx.language, "shopping.has_not", english, item=wanted)
        english = f"Yes, your shopping list has {found[1]}."
        return reply(ctx.language, "shopping.has", english, item=found[1])

    @intent(
        f"(remove|take|delete|cross|tick|check|strike) {{items:phrase}} (off|from) "
        f"[my|the|our] {_LIST}",
        f"(cross|tick|check) off {{items:phrase}} (on|from) [my|the|our] {_LIST}",
        permissions=("stores_data",),
    )
    def remove(self, ctx: SkillContext, items: str) -> str:
        """Take one or more things off the shopping list."""
        wanted = items_in(as_said(items, ctx.text), ctx.language)

        def remove(db: sqlite3.Connection) -> tuple[list[str], list[str], int]:
            rows, taken, missing = _all(db), [], []
            for item in wanted:
                found = _find(rows, item)
                if found is None:
                    missing.append(item)
                    continue
                db.execute("DELETE FROM items WHERE id = ?", (found[0],))
                rows.remove(found)
                taken.append(found[1])
            return taken, missing, len(rows)

        taken, missing, left = _run(ctx, remove)
        lang = ctx.language
        said = []
        if taken:
            english = f"Took {join_words(taken, lang)} off your shopping list. {left} left."
            said.append(
                reply(lang, "shopping.removed", english, items=join_words(taken, lang), count=left)
            )
        if missing:
            english = f"Your shopping list doesn't have {join_words(missing, lang)}."
            said.append(reply(lang, "shopping.not_there", english, items=join_words(missing, lang)))
        return " ".join(said)

    def _confirm_clear(self, ctx: SkillContext) -> str | None:
        count = len(_run(ctx, _all))
        if count == 0:
            return None
        english = f"Clear your shopping list, {count} thing{'s' if count != 1 else ''}?"
        return reply(ctx.language, "shopping.confirm_clear", english, count=count)

    @intent(
        f"(clear|delete|erase|wipe|empty|reset) [my|the|our] {_LIST}",
        f"(delete|remove|erase) (everything|all items) (from|on) [my|the|our] {_LIST}",
        permissions=("deletes_data",),
        confirm=_confirm_clear,
    )
    def clear(self, ctx: SkillContext) -> str:
        """Delete everything on the shopping list."""
        deleted = _run(ctx, lambda db: db.execute("DELETE FROM items").rowcount)
        if not deleted:
            return reply(ctx.language, "shopping.empty", "Your shopping list is empty.")
        return reply(ctx.language, "shopping.cleared", "Cleared your shopping list.")
