"""The skill interface: how deterministic abilities plug into the assistant.

A skill recognises the requests it can answer (``match``) and answers them
(``handle``) with text written for speech. Matching must be fast and exact:
when in doubt, return None and let the language model answer instead.

This is the foundation's small version of the API; built-in skills in
``hearth.skills`` use exactly this, nothing private.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class SkillContext:
    """What a handler may know about the turn."""

    text: str
    history: list[Any] = field(default_factory=list)


class Skill:
    """Subclass this, set the class attributes, implement ``match`` and ``handle``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    examples: ClassVar[tuple[str, ...]] = ()

    def match(self, text: str) -> dict[str, Any] | None:
        """Return the slots this skill needs if it handles ``text``, else None."""
        raise NotImplementedError

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str:
        """Do the thing and return a short reply for speech."""
        raise NotImplementedError
