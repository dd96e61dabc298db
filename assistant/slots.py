"""Typed slots: what a skill's example phrases can capture, and how a captured piece of
text (or an argument the language model wrote) becomes a Python value.

A slot type has a regular expression (what it may look like in a sentence), a parser
(text -> value, raising :class:`SlotError` with a question to ask back) and a JSON
schema (what the language model must write for it). The handler's type hints pick
the slot type: ``duration: Duration`` in the signature makes ``{duration}`` in an
example a duration slot.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

# The values, defined beside their own methods; re-exported, as skills import them here.
from hearth.assistant.slot_values import ClockTime as ClockTime
from hearth.assistant.slot_values import Duration as Duration
from hearth.assistant.slot_values import SlotError as SlotError
from hearth.assistant.slot_values import When as When
from hearth.assistant.slot_values import said as said
from hearth.assistant.slot_values import spoken_duration as spoken_duration
from hearth.assistant.spoken_numbers import replace_number_words


@dataclass(frozen=True)
class SlotType:
    name: str
    pattern: str
    parse: Callable[[str], Any]
    schema: dict[str, Any]


_UNIT_SECONDS = {
    "second": 1,
    "sec": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "day": 86400,
    "week": 604800,
}
_DURATION_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b"
)
_MAX_DURATION = 366 * 86400


def _number(text: str) -> float | None:
    found = re.fullmatch(r"-?\d+(?:\.\d+)?", replace_number_words(text).strip())
    return float(found.group()) if found else None


def parse_duration(text: str) -> Duration:
    """ "5 minutes", "an hour and a half", "1 hour 30 minutes", "half an hour", "90 s"."""
    phrase = text.lower().strip()
    phrase = re.sub(r"\b(?:an?|one) (hour|minute|second|day|week) and a half\b", r"1.5 \1", phrase)
    phrase = re.sub(r"\bhalf an? (hour|minute|day)\b", r"0.5 \1", phrase)
    phrase = re.sub(r"\ba quarter of an? hour\b|\bquarter of an hour\b", "15 minutes", phrase)
    phrase = re.sub(r"\ban? (hour|minute|second|day|week)\b", r"1 \1", phrase)
    phrase = replace_number_words(phrase)
    phrase = re.sub(r"(\d+(?:\.\d+)?) and a half (\w+)", lambda m: f"{m[1]}.5 {m[2]}", phrase)
    phrase = re.sub(r"(\d) ([smh])\b", r"\1\2", phrase)
    phrase = re.sub(r"(\d+(?:\.\d+)?)(s|m|h)\b", _short_unit, phrase)
    total = 0.0
    rest = _DURATION_PART.sub(" ", phrase)
    for amount, unit in _DURATION_PART.findall(phrase):
        key = unit.rstrip("s") if unit not in ("s",) else unit
        total += float(amount) * _UNIT_SECONDS[key]
    if re.sub(r"\b(?:and|,)\b|[,\s]", "", rest) or total <= 0:
        raise SlotError(f"How long? I didn't understand {said(text)} as a length of time.")
    if total > _MAX_DURATION:
        raise SlotError("That is longer than a year. How long should it be?")
    return Duration(round(total))


def _short_unit(m: re.Match[str]) -> str:
    return f"{m[1]} " + {"s": "seconds", "m": "minutes", "h": "hours"}[m[2]]


_TIME_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}


def parse_clock_time(text: str) -> ClockTime:
    """ "5 pm", "5:30 p.m.", "17:00", "noon", "7 in the morning", "half past six"."""
    phrase = text.lower().strip().replace(".", "")
    phrase = re.sub(r"\s*o'?clock\b", "", phrase)
    if phrase in _TIME_WORDS:
        return ClockTime(*_TIME_WORDS[phrase])
    phrase = re.sub(r"(\d) ?: ?(\d)", r"\1:\2", replace_number_words(phrase))
    phrase = re.sub(r"\bin the (morning)\b", "am", phrase)
    phrase = re.sub(r"\bin the (afternoon|evening)\b|\bat night\b|\btonight\b", "pm", phrase)
    minute_first = re.fullmatch(
        r"(?:a )?(half|quarter|\d{1,2}) (past|to|after) (\d{1,2})(?: ?(am|pm))?", phrase
    )
    if minute_first:
        amount = {"half": 30, "quarter": 15}.get(minute_first[1]) or int(minute_first[1])
        hour = int(minute_first[3])
        minute = amount if minute_first[2] != "to" else 60 - amount
        hour = hour if minute_first[2] != "to" else hour - 1
        return _checked(hour % 24 if hour else 12, minute, minute_first[4], text)
    m = re.fullmatch(r"(\d{1,2})(?:[: ](\d{2}))? ?(am|pm|a m|p m)?", phrase)
    if not m:
        raise SlotError(f"What time? I didn't understand {said(text)} as a time of day.")
    suffix = (m[3] or "").replace(" ", "") or None
    return _checked(int(m[1]), int(m[2] or 0), suffix, text)


def _checked(hour: int, minute: int, suffix: str | None, text: str) -> ClockTime:
    if (suffix and not 1 <= hour <= 12) or not 0 <= hour <= 23 or not 0 <= minute <= 59:
        raise SlotError(f"What time? {said(text)} is not a time of day.")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    return ClockTime(hour, minute)


_PARTS = "morning|afternoon|evening|night"
_PART_HOURS = {"morning": "9 am", "afternoon": "3 pm", "evening": "7 pm", "night": "8 pm"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = rf"(?:on |next |this (?:coming )?)?(?:{'|'.join(WEEKDAYS)})"
_DAY = rf"(?:the )?day after tomorrow|tomorrow|{_WEEKDAY}"


def parse_when(text: str) -> When:
    """ "in 10 minutes", "after an hour", "at 5 pm", "tomorrow at 9 am", "tonight at 8",
    "7 am tomorrow", "on Friday evening", "at 9 next Monday"."""
    phrase = " ".join(text.lower().replace(".", "").split())
    days, weekday = 0, None
    day = re.fullmatch(
        rf"({_DAY})(?: ({_PARTS}))?(?: (.+))?|(.+?) ({_DAY})(?: ({_PARTS}))?", phrase
    )
    if day:  # "tomorrow at 7", "friday evening at 7", "7 am tomorrow", "7 next monday morning"
        named, part = day[1] or day[5], day[2] or day[6]
        if named.endswith("tomorrow"):
            days = 2 if "after" in named else 1
        else:
            weekday = WEEKDAYS.index(named.split()[-1])
        phrase = day[3] or day[4] or f"{_PART_HOURS[part or 'morning']}"
        if part and not re.search(
            r"\b(?:am|pm|a m|p m|noon|midnight|morning|evening|night)\b", phrase
        ):
            phrase += " pm" if part != "morning" else " am"
    if phrase.startswith(("in ", "after ")):
        try:
            return When(delay=int(parse_duration(phrase.split(" ", 1)[1])))
        except SlotError:
            raise SlotError(f"When? I didn't understand {said(text)}.") from None
    if phrase.startswith("tonight"):
        phrase = (phrase.removeprefix("tonight").strip() or "at 8") + " pm"
        phrase = phrase.replace(" pm pm", " pm").replace("am pm", "pm")
    phrase = phrase.removeprefix("at ").strip()
    try:
        return When(at=parse_clock_time(phrase), days_ahead=days, weekday=weekday)
    except SlotError:
        pass
    try:
        return When(delay=int(parse_duration(phrase)))
    except SlotError:
        raise SlotError(f"When? I didn't understand {said(text)}.") from None


def parse_daytime(text: str) -> When:
    """A time of day, with its day where one is said: "7 am", "7 tomorrow morning",
    "tomorrow at 6:30" (never a delay: "10 minutes" is not a time of day)."""
    return daytime_of(parse_when(text), text, "en")


def daytime_of(when: When, text: str, language: str) -> When:
    """``when`` if it is a time of day; else the question asking for one."""
    if when.at is None:
        if language == "en":
            raise SlotError(f"What time? I didn't understand {said(text)} as a time of day.")
        from hearth.assistant.locale.words import question

        raise SlotError(question("time", language, said(text)))
    return when


def parse_number(text: str) -> float:
    value = _number(text)
    if value is None:
        raise SlotError(f"What number? I didn't understand {said(text)} as a number.")
    return value


def parse_integer(text: str) -> int:
    value = parse_number(text)
    if not value.is_integer():
        raise SlotError(f"Which whole number? {said(text)} is not one.")
    return int(value)


def parse_text(text: str) -> str:
    value = text.strip().strip("\"'")
    if not value:
        raise SlotError("I didn't catch that. Could you say it again?")
    return value


_NUMBER_RE = r"-?\d+(?:\.\d+)?|[a-z][a-z -]*?"
_NAME_WORD = r"(?!(?:is|are|was|were|isn't|aren't)\b)[\w'.~/-]+"
SLOT_TYPES: dict[str, SlotType] = {}


def register_slot_type(slot_type: SlotType, python_type: type | None = None) -> None:
    """Make a slot type usable in examples (``{x:name}``) and, with ``python_type``,
    picked automatically from a handler's type hint."""
    SLOT_TYPES[slot_type.name] = slot_type
    if python_type is not None:
        _BY_PYTHON_TYPE[python_type] = slot_type.name


_BY_PYTHON_TYPE: dict[Any, str] = {}
for _slot, _py in (
    # Free text is greedy and typed slots are lazy: in "remind me to {task} at {time}",
    # "look at the stars at 9 pm" leaves the time "9 pm" and the task the rest.
    (SlotType("text", r".+", parse_text, {"type": "string"}), str),
    # The shortest text that lets the rest match: "{place:phrase} [right now]".
    (SlotType("phrase", r".+?", parse_text, {"type": "string"}), None),
    (SlotType("word", r"[\w'.-]+", parse_text, {"type": "string"}), None),
    # A name of a thing: one to four words ("firefox", "the text editor"), never a clause
    # ("open source software is great" names nothing).
    (
        SlotType("name", rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}", parse_text, {"type": "string"}),
        None,
    ),
    (SlotType("number", _NUMBER_RE, parse_number, {"type": "number"}), float),
    (SlotType("integer", _NUMBER_RE, parse_integer, {"type": "integer"}), int),
    (
        SlotType(
            "duration",
            r".+?",
            parse_duration,
            {"type": "string", "description": "a length of time, like '10 minutes'"},
        ),
        Duration,
    ),
    # A length of time whose unit is said ("10 minutes", "half an hour", "90 s"), for
    # sentences that only its unit makes a timer: "set an alarm for 10 minutes".
    (
        SlotType(
            "length",
            r"(?:[\w.'-]+ ){0,6}?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
            r"(?: and a half)?|\d+(?:\.\d+)? ?[smh]",
            parse_duration,
            {"type": "string", "description": "a length of time, like '10 minutes'"},
        ),
        None,
    ),
    (
        SlotType(
            "time",
            r".+?",
            parse_clock_time,
            {"type": "string", "description": "a time of day, like '7:30 am'"},
        ),
        ClockTime,
    ),
    # A time of day with its day where one is said ("7 am tomorrow"): what an alarm takes.
    (
        SlotType(
            "daytime",
            r".+?",
            parse_daytime,
            {"type": "string", "description": "a time of day, like '7 am' or '7 am tomorrow'"},
        ),
        None,
    ),
    (
        SlotType(
            "when",
            rf"(?:in|after|at|tomorrow|tonight) .+?|tomorrow|tonight|{_WEEKDAY}(?: .+?)?"
            r"|(?:the )?day after tomorrow(?: .+?)?"
            r"|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)(?: .+?)?",
            parse_when,
            {"type": "string", "description": "when, like 'in 10 minutes' or 'at 5 pm'"},
        ),
        When,
    ),
):
    register_slot_type(_slot, _py)


def slot_type_for(annotation: Any) -> SlotType:
    """The slot type a handler parameter's type hint asks for."""
    annotation = _unoptional(annotation)
    if get_origin(annotation) is Literal:
        choices = [str(c) for c in get_args(annotation)]
        alternatives = "|".join(re.escape(c) for c in sorted(choices, key=len, reverse=True))
        lookup = {c.lower(): c for c in choices}

        def parse_choice(text: str) -> str:
            key = text.strip().lower()
            if key not in lookup:
                raise SlotError(f"Which one: {', '.join(choices)}?")
            return lookup[key]

        return SlotType(
            "choice", f"(?:{alternatives})", parse_choice, {"type": "string", "enum": choices}
        )
    name = _BY_PYTHON_TYPE.get(annotation)
    if name is None:
        raise TypeError(
            f"no slot type for {annotation!r}; use str, int, float, Duration, ClockTime, "
            "a Literal[...] or a type registered with register_slot_type"
        )
    return SLOT_TYPES[name]


def _unoptional(annotation: Any) -> Any:
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def convert_argument(slot_type: SlotType, value: Any) -> Any:
    """Check and convert an argument the language model wrote (JSON) for ``slot_type``."""
    if slot_type.schema.get("type") in ("number", "integer") and isinstance(value, int | float):
        if isinstance(value, bool):
            raise SlotError("That is not a number.")
        value = str(value)
    if not isinstance(value, str):
        raise SlotError(f"Expected text for {slot_type.name}, got {type(value).__name__}.")
    return slot_type.parse(value)


def resolve_hints(func: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(func)
