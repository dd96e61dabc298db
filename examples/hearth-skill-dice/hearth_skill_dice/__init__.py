"""Roll dice and flip coins: an example of a skill installed with pip (entry point)."""

from __future__ import annotations

import random

from hearth.assistant.skill import Skill, SkillContext, intent

__version__ = "1.0.0"
MAX_DICE = 20


class DiceSkill(Skill):
    name = "dice"
    description = "Rolls dice and flips coins."
    version = __version__
    examples = ("roll two dice",)

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()

    @intent(
        "roll [a|one] (die|dice)",
        "roll {count} dice",
        "roll {count} {sides} sided dice",
        "roll (a|one) {sides} sided die",
        "throw {count} dice",
    )
    def roll(self, ctx: SkillContext, count: int = 1, sides: int = 6) -> str:
        """Roll one or more dice with the given number of sides."""
        if not 1 <= count <= MAX_DICE:
            return f"I can roll between 1 and {MAX_DICE} dice."
        if not 2 <= sides <= 1000:
            return "A die needs between 2 and 1000 sides."
        rolls = [self._rng.randint(1, sides) for _ in range(count)]
        if count == 1:
            return f"You rolled a {rolls[0]}."
        listed = ", ".join(str(r) for r in rolls[:-1]) + f" and {rolls[-1]}"
        return f"You rolled {listed}: {sum(rolls)} in total."

    @intent("(flip|toss) a coin", "heads or tails")
    def flip(self, ctx: SkillContext) -> str:
        """Flip a coin."""
        return f"It's {self._rng.choice(['heads', 'tails'])}."
