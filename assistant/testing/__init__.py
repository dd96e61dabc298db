"""Test doubles that ship in the package, for skill authors and for Hearth itself."""

from hearth.assistant.testing.skills import ScriptedChat, ScriptedToolChat, SkillHarness

__all__ = ["ScriptedChat", "ScriptedToolChat", "SkillHarness"]
