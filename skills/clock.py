"""Time and date, here or in another city: "what time is it in Tokyo"."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from hearth.assistant.skill import Skill, SkillContext

_TIME = re.compile(
    r"^(?:hey |ok |okay )?(?:please )?(?:(?:can|could) you )?(?:tell me )?"
    r"(?:what(?:'s| is) the (?:current )?time|what time is it|what time it is|"
    r"what time(?:'s| is) it|"
    r"(?:the )?(?:current )?time|do you know what time it is)"
    r"(?: (?:right )?now)?(?: (?:in|at) (?P<place>[a-z .'-]+?))?(?: (?:right )?now)?$"
)
_DATE = re.compile(
    r"^(?:hey |ok |okay )?(?:please )?(?:(?:can|could) you )?(?:tell me )?"
    r"(?:what(?:'s| is) (?:the date|today's date|the date today|today)|what day is (?:it|today)|"
    r"what is the day today|(?:today's )?date|what's the day today|which day is it)"
    r"(?: today)?$"
)
_ALIASES = {
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "la": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "beijing": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "japan": "Asia/Tokyo",
    "china": "Asia/Shanghai",
    "uk": "Europe/London",
    "england": "Europe/London",
    "france": "Europe/Paris",
    "germany": "Europe/Berlin",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "utc": "UTC",
    "gmt": "UTC",
    "beijing china": "Asia/Shanghai",
    "munich": "Europe/Berlin",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "toronto": "America/Toronto",
    "brazil": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
}


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for zone in sorted(available_timezones()):  # sorted: the same city wins on every run
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            index.setdefault(zone.rsplit("/", 1)[1].replace("_", " ").lower(), zone)
    index.update(_ALIASES)
    return index


def _plain(text: str) -> str:
    """Lower case without accents: "São Paulo" -> "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def find_zone(place: str) -> str | None:
    key = re.sub(r"^(?:the )", "", _plain(place).strip(" ."))
    return _city_index().get(key)


def spoken_time(moment: datetime) -> str:
    return moment.strftime("%I:%M %p").lstrip("0")


def spoken_date(moment: datetime) -> str:
    return f"{moment:%A}, {moment:%B} {moment.day}, {moment.year}"


class ClockSkill(Skill):
    name = "clock"
    description = "The time and date, here or in another city."
    examples = ("what time is it", "what time is it in Tokyo", "what's the date today")

    def __init__(self, now: Any = None) -> None:
        self._now = now or (lambda tz=None: datetime.now(tz))

    def match(self, text: str) -> dict[str, Any] | None:
        phrase = re.sub(r"[?!.,]", "", _plain(text.strip()))
        phrase = re.sub(r"\s+", " ", phrase)
        if m := _TIME.match(phrase):
            return {"what": "time", "place": (m.group("place") or "").strip()}
        if _DATE.match(phrase):
            return {"what": "date"}
        return None

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str:
        if slots["what"] == "date":
            return f"Today is {spoken_date(self._now())}."
        place = slots.get("place", "")
        if not place:
            return f"It's {spoken_time(self._now())}."
        zone = find_zone(place)
        if zone is None:
            return f"I don't know the time zone of {place}. Try a nearby big city."
        tz: tzinfo = ZoneInfo(zone)
        there = self._now(tz)
        return f"In {place.title()} it's {spoken_time(there)} on {there:%A}."
