"""Built-in skills. Each uses only the public API in ``hearth.assistant.skill``."""

from __future__ import annotations

from hearth.assistant.skill import Skill


def builtin_skills() -> list[Skill]:
    from .calculator import CalculatorSkill
    from .clock import ClockSkill

    return [ClockSkill(), CalculatorSkill()]
