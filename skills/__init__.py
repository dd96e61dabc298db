"""Built-in skills. Each uses only the public API in ``hearth.assistant.skill``."""

from __future__ import annotations

import importlib

from hearth.assistant.skill import Skill

BUILTIN = (
    ("hearth.skills.clock", "ClockSkill"),
    ("hearth.skills.timers", "TimersSkill"),
    ("hearth.skills.reminders", "RemindersSkill"),
    ("hearth.skills.memory", "MemorySkill"),
    ("hearth.skills.notes", "NotesSkill"),
    ("hearth.skills.shopping", "ShoppingSkill"),
    ("hearth.skills.calculator", "CalculatorSkill"),
    ("hearth.skills.opener", "OpenerSkill"),
    ("hearth.skills.system", "SystemSkill"),
    ("hearth.skills.smarthome", "SmartHomeSkill"),
    ("hearth.skills.limits", "LimitsSkill"),
    ("hearth.skills.help", "HelpSkill"),
)
"""(module, class) of every built-in skill, in the order they are offered. Imported by
name when loaded, so that one that fails to import leaves the others working."""


def builtin_skills() -> list[Skill]:
    """A fresh instance of every built-in skill."""
    return [getattr(importlib.import_module(module), attr)() for module, attr in BUILTIN]
