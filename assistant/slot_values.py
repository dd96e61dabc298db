"""The values slots give a skill's handler: a length of time, a time of day, when
something should happen; and the error whose question is asked back when a slot's text
cannot be read. (How text becomes these values: ``hearth.assistant.slots``.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


class SlotError(ValueError):
    """A slot's text could not be understood; ``question`` is what to ask the user."""

    def __init__(self, question: str) -> None:
        super().__init__(question)
        self.question = question


def said(text: str, limit: int = 60) -> str:
    """What the user said, quoted for a question back: shortened, so a pasted page
    is not read out again."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


class Duration(int):
    """A length of time in whole seconds ("ten minutes", "an hour and a half")."""

    def spoken(self, language: str = "en") -> str:
        if language != "en":
            from hearth.assistant.locale.spoken import spoken_duration_in

            return spoken_duration_in(int(self), language)
        return spoken_duration(int(self))


@dataclass(frozen=True)
class ClockTime:
    """A time of day ("5 pm", "7:30", "noon"), 24-hour."""

    hour: int
    minute: int = 0

    def spoken(self, language: str = "en") -> str:
        if language != "en":
            from hearth.assistant.locale.spoken import spoken_clock

            return spoken_clock(self.hour, self.minute, language)
        hour = self.hour % 12 or 12
        suffix = "AM" if self.hour < 12 else "PM"
        if self.minute == 0:
            return f"{hour} {suffix}"
        return f"{hour}:{self.minute:02d} {suffix}"


@dataclass(frozen=True)
class When:
    """When something should happen: after a delay ("in 10 minutes") or at a time of
    day ("at 5 pm", "tomorrow at 9", "on Friday at 9")."""

    delay: int | None = None
    at: ClockTime | None = None
    days_ahead: int = 0
    weekday: int | None = None
    """Monday 0 to Sunday 6 ("on Friday at 9"): the next such day; a week on when that
    is today (people say "today" for today)."""

    def resolve(self, now: datetime) -> datetime:
        if self.delay is not None:
            return now + timedelta(seconds=self.delay)
        assert self.at is not None
        moment = now.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        if self.weekday is not None:
            return moment + timedelta(days=(self.weekday - now.weekday()) % 7 or 7)
        moment += timedelta(days=self.days_ahead)
        if moment <= now:
            moment += timedelta(days=1)
        return moment


def spoken_duration(seconds: int) -> str:
    parts = []
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {unit}{'s' if count != 1 else ''}")
    if not parts:
        return "0 seconds"
    return " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]
