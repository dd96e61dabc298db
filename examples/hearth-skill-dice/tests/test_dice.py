import random

from hearth.assistant.testing import SkillHarness
from hearth_skill_dice import DiceSkill


def test_rolls_are_within_range_and_added_up() -> None:
    harness = SkillHarness(DiceSkill(random.Random(7)))
    reply = harness.say("roll three dice")
    assert reply is not None and reply.startswith("You rolled ")
    numbers = [int(n) for n in reply.replace(",", " ").replace(":", " ").split() if n.isdigit()]
    *rolls, total = numbers
    assert len(rolls) == 3 and all(1 <= r <= 6 for r in rolls) and sum(rolls) == total


def test_limits_and_coins() -> None:
    harness = SkillHarness(DiceSkill(random.Random(1)))
    assert harness.say("roll 50 dice") == "I can roll between 1 and 20 dice."
    assert harness.say("flip a coin") in ("It's heads.", "It's tails.")
    assert harness.say("roll a 20 sided die") is not None
