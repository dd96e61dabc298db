"""The shopping list: several things at once, read back, checked, taken off, cleared
after a yes; in each language Hearth speaks; kept on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.limits import LimitsSkill
from hearth.skills.notes import NotesSkill
from hearth.skills.shopping import ShoppingSkill, as_said, items_in


@pytest.fixture
def harness(tmp_path: Path) -> SkillHarness:
    return SkillHarness(ShoppingSkill(), NotesSkill(), LimitsSkill(), data_root=tmp_path)


def kept(tmp_path: Path) -> list[str]:
    db = sqlite3.connect(tmp_path / "skill-data" / "shopping" / "shopping.sqlite3")
    try:
        return [r[0] for r in db.execute("SELECT text FROM items ORDER BY id")]
    finally:
        db.close()


def test_things_are_added_read_checked_taken_off_and_cleared_after_a_yes(
    harness: SkillHarness, tmp_path: Path
) -> None:
    assert harness.say("Add milk, eggs and bread to my shopping list.") == (
        "Added milk, eggs and bread to your shopping list. That's 3 on it."
    )
    assert harness.say("put some butter and the milk on the grocery list") == (
        "Added butter to your shopping list. That's 4 on it. It already had milk."
    )
    assert harness.say("add eggs to my shopping list") == "Your shopping list already has eggs."
    assert kept(tmp_path) == ["milk", "eggs", "bread", "butter"]
    assert harness.say("what's on my shopping list?") == (
        "Your shopping list has 4 things: milk, eggs, bread and butter."
    )
    assert harness.say("is butter on my shopping list") == "Yes, your shopping list has butter."
    assert harness.say("are bananas on the shopping list") == (
        "No, your shopping list doesn't have bananas."
    )
    assert harness.say("take the eggs and bananas off my shopping list") == (
        "Took eggs off your shopping list. 3 left. Your shopping list doesn't have bananas."
    )
    assert harness.say("clear my shopping list") == (
        "Clear your shopping list, 3 things? Say yes or no."
    )
    assert harness.say("no") == "Okay, I won't."
    assert kept(tmp_path) == ["milk", "bread", "butter"]
    assert harness.say("clear my shopping list") is not None
    assert harness.say("yes") == "Cleared your shopping list."
    assert harness.say("what do I need to buy") == "Your shopping list is empty."
    assert kept(tmp_path) == []


def test_the_list_is_not_the_to_do_list_and_buying_points_to_it(harness: SkillHarness) -> None:
    harness.say("add call the bank to my to do list")
    assert harness.last is not None and harness.last.handled_by == "notes"
    assert harness.say("what's on my shopping list") == "Your shopping list is empty."
    assert "shopping list" in (harness.say("buy some milk") or "")  # limits: can't buy


@pytest.mark.parametrize(
    ("language", "add", "read", "remove", "expect"),
    [
        (
            "es",
            "añade leche, huevos y pan a la lista de la compra",
            "qué hay en mi lista de la compra",
            "quita los huevos de la lista de la compra",
            ["leche", "huevos", "pan"],
        ),
        (
            "fr",
            "ajoute du lait, des œufs et de l'huile à la liste de courses",
            "qu'est-ce qu'il y a sur ma liste de courses",
            "enlève les œufs de la liste de courses",
            ["lait", "œufs", "huile"],
        ),
        (
            "de",
            "setz Milch, Eier und Brot auf die Einkaufsliste",
            "was steht auf meiner Einkaufsliste",
            "streiche die Eier von der Einkaufsliste",
            ["Milch", "Eier", "Brot"],
        ),
    ],
)
def test_each_language_has_its_shopping_list(
    harness: SkillHarness,
    tmp_path: Path,
    language: str,
    add: str,
    read: str,
    remove: str,
    expect: list[str],
) -> None:
    added = harness.say(add, language) or ""
    assert all(item in added for item in expect), added
    assert kept(tmp_path) == expect
    listed = harness.say(read, language) or ""
    assert "3" in listed and all(item in listed for item in expect), listed
    removed = harness.say(remove, language) or ""
    assert expect[1] in removed and "2" in removed, removed
    assert kept(tmp_path) == [expect[0], expect[2]]


def test_items_are_split_and_said_as_they_were() -> None:
    assert items_in("some milk, a loaf of bread and the eggs") == [
        "milk",
        "loaf of bread",
        "eggs",
    ]
    assert items_in("Milk, milk and MILK") == ["milk"]
    assert items_in("a few lemons and an avocado") == ["lemons", "avocado"]
    # A product named with "and" is one thing; the "and" between things still splits.
    assert items_in("macaroni and cheese and milk") == ["macaroni and cheese", "milk"]
    assert items_in("fish and chips, salt and pepper") == ["fish and chips", "salt", "pepper"]
    assert items_in("Tomaten und einen Salat", "de") == ["Tomaten", "Salat"]
    # The matcher hands over words only; the commas come back from what was said.
    assert as_said("milk eggs and bread", "Add milk, eggs and bread to it.") == (
        "milk, eggs and bread"
    )
    assert as_said("milk", "no words in common") == "milk"
