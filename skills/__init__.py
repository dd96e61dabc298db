"""Built-in skills. Each uses only the public API in ``hearth.assistant.skill``."""

from __future__ import annotations

import importlib

from hearth.assistant.skill import Skill


def builtin_skills() -> list[Skill]:
    """A fresh instance of every built-in skill."""
    from hearth.assistant.hosting.loader import BUILTIN

    return [getattr(importlib.import_module(module), attr)() for module, attr in BUILTIN]
