"""Spell a word out letter by letter: an example of a skill dropped into the skills
folder (``<data dir>/skills/spell.py``), no pip needed."""

from __future__ import annotations

from hearth.assistant.skill import Skill, SkillContext, intent

__version__ = "1.0"


class SpellSkill(Skill):
    name = "spell"
    description = "Spells words out letter by letter."
    version = __version__

    @intent(
        "how do you spell {word:word}",
        "how is {word:word} spelled",
        "spell {word:word} [for me]",
        "spell the word {word:word}",
    )
    def spell(self, ctx: SkillContext, word: str) -> str:
        """Spell a word letter by letter."""
        letters = " ".join(ch.upper() for ch in word if ch.isalpha())
        return f"{word.lower()} is spelled {letters}."
