"""A missing slot said inside another: "erinnere mich daran, den Müll um 7 Uhr morgen
rauszubringen", "remind me to call mom at 5 pm about the party".

A phrase puts each slot in its place ("remind me to {task} {when}"), but people say the
time where their language puts it: German before the verb at the end, English before
what the task is about. When a handler still lacks a typed slot (a time, a length of
time, a number), its free text is searched for words that read as that slot, and those
words are taken out of the text, instead of asking for what was already said.

Only two words or more count ("at 5 pm", "um 7 Uhr", "in 2 hours"): a lone number in a
task ("buy 2 tickets") is never taken for a time, and at least one word of the text
stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from hearth.assistant.locale.slot_types import for_language
from hearth.assistant.slots import SlotError

if TYPE_CHECKING:
    from hearth.assistant.understanding.intents import Handler

_LONGEST = 6
"""The most words read as the slot."""


def slot_said_inside(
    handler: Handler, values: dict[str, Any], slot: str, language: str
) -> dict[str, Any] | None:
    """``values`` with ``slot`` read from inside one of the free-text values (those
    words taken out of it), the longest reading first; None when none reads."""
    slot_type = for_language(handler.params[slot].slot_type, language)
    if slot_type.name in ("text", "phrase"):
        return None
    for name, value in values.items():
        if not isinstance(value, str) or handler.params[name].slot_type.name != "text":
            continue
        words = value.split()
        for size in range(min(len(words) - 1, _LONGEST), 1, -1):
            for start in range(len(words) - size + 1):
                span = " ".join(words[start : start + size])
                if not re.fullmatch(slot_type.pattern, span, re.IGNORECASE):
                    continue
                try:
                    read = slot_type.parse(span)
                except SlotError:
                    continue
                rest = " ".join(words[:start] + words[start + size :])
                return {**values, name: rest, slot: read}
    return None
