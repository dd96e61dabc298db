"""Slot types in other languages: what a ``{duration}``, ``{time}``, ``{when}`` or
``{number}`` slot looks like in a Spanish, French or German phrase, and how its text
becomes the same value the English parser gives (``hearth.assistant.slots``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hearth.assistant.locale import times
from hearth.assistant.locale.numbers import replace_number_words as words_in
from hearth.assistant.locale.words import question
from hearth.assistant.slots import SLOT_TYPES, SlotError, SlotType, daytime_of, said

_LOCALIZED: dict[tuple[str, str], SlotType] = {}


def for_language(slot_type: SlotType, language: str) -> SlotType:
    """``slot_type`` as it reads ``language``: numbers, lengths of time, clock times and
    "when" in that language's words (``hearth.assistant.locale``); other types as they
    are. English, or a language without its own parsers, gets ``slot_type`` back."""
    if language not in times.UNITS or SLOT_TYPES.get(slot_type.name) is not slot_type:
        return slot_type
    key = (slot_type.name, language)
    if key in _LOCALIZED:
        return _LOCALIZED[key]
    units = times.UNIT_PATTERN[language]
    number = r"-?\d+(?:[.,]\d+)?|[^\W\d_][\w' -]*?"
    localized: dict[str, tuple[str, Callable[[str], Any]]] = {
        "number": (number, lambda t: _number_in(t, language)),
        "integer": (number, lambda t: _integer_in(t, language)),
        "duration": (r".+?", lambda t: times.parse_duration_in(t, language)),
        "length": (
            rf"(?:[\w.'-]+ ){{0,6}}?(?:{units})(?: (?:y medi[oa]|et demie?))?|"
            r"(?:[\w'-]+ )?(?:media hora|demi-heure|demi heure|halbe stunde)|"
            r"\d+(?:[.,]\d+)? ?[smh]",
            lambda t: times.parse_duration_in(t, language),
        ),
        "time": (r".+?", lambda t: times.parse_clock_time_in(t, language)),
        "when": (times.WHEN_PATTERN[language], lambda t: times.parse_when_in(t, language)),
        "daytime": (
            r".+?",
            lambda t: daytime_of(times.parse_when_in(t, language), t, language),
        ),
    }
    if slot_type.name not in localized:
        return slot_type
    pattern, parse = localized[slot_type.name]
    _LOCALIZED[key] = SlotType(slot_type.name, pattern, parse, slot_type.schema)
    return _LOCALIZED[key]


def _number_in(text: str, language: str) -> float:
    found = re.fullmatch(r"-?\d+(?:\.\d+)?", words_in(text, language).strip())
    if found is None:
        raise SlotError(question("number", language, said(text)))
    return float(found.group())


def _integer_in(text: str, language: str) -> int:
    value = _number_in(text, language)
    if not value.is_integer():
        raise SlotError(question("number", language, said(text)))
    return int(value)
