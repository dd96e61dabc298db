"""Time and date, here or in another city: "what time is it in Tokyo"."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from hearth.assistant.skill import ClockTime, Skill, SkillContext, intent

from .translations import PLACES, examples_of, phrases_of, say, spoken_date_in, weekday

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
    index.update(PLACES)
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


_NOW = "[(right now|now|at the moment)]"
_WHERE = "(in|at) {place:phrase}"


class ClockSkill(Skill):
    name = "clock"
    description = "The time and date, here or in another city."
    examples = ("what time is it in Tokyo", "what's the date today")
    phrases = phrases_of("clock")
    localized_examples = examples_of("clock")

    def __init__(self, now: Any = None) -> None:
        self._now = now or (lambda tz=None: datetime.now(tz))

    @intent(
        f"what time is it {_NOW}",
        f"what time it is {_NOW}",
        f"(tell me|do you know|know) what time it is {_NOW}",
        f"(what's|whats|what is) the [current] time {_NOW}",
        f"[tell me] [the] [current] time {_NOW}",
        f"(what's|whats) the time {_NOW}",
        f"what time is it {_NOW} {_WHERE} {_NOW}",
        f"(tell me|do you know) what time it is {_WHERE}",
        f"(what's|whats|what is) the [current|local] time {_NOW} {_WHERE} {_NOW}",
        f"[tell me] [the] [current] time {_WHERE} {_NOW}",
        f"what's the time {_WHERE}",
        "what time (is it|it is) [over] there in {place:phrase}",
        "what time is it over in {place:phrase}",
        "(do you know|tell me) the time (in|at) {place:phrase}",
    )
    def time(self, ctx: SkillContext, place: str = "") -> str:
        """Say the time now, here or in one or more cities or countries."""
        if ctx.language != "en":
            return self._time_in(ctx.language, place)
        if not place:
            return f"It's {spoken_time(self._now())}."
        said: list[str] = []
        unknown: list[str] = []
        for one in _places(place):
            zone = find_zone(one)
            if zone is None:
                unknown.append(one)
                continue
            tz: tzinfo = ZoneInfo(zone)
            there = self._now(tz)
            said.append(f"in {_title(one)} it's {spoken_time(there)} on {there:%A}")
        if not said:
            return f"I don't know the time zone of {place}. Try a nearby big city."
        reply = ", and ".join(said)
        reply = f"{reply[0].upper()}{reply[1:]}."
        if unknown:
            reply += f" I don't know the time zone of {' or '.join(unknown)}."
        return reply

    @intent(
        "(what's|whats|what is) (the date|today's date|the date today|today) [today]",
        "what day is (it|today) [today]",
        "(what is|what's) the day today",
        "(which|what) (day|date) is it [today]",
        "what day of the week is it [today]",
        "[tell me] [today's] date [today]",
        "(what's|whats|what is) the date {_where}".replace("{_where}", _WHERE),
        "what day is it " + _WHERE,
    )
    def date(self, ctx: SkillContext, place: str = "") -> str:
        """Say today's date, here or in a city or country."""
        if ctx.language != "en":
            return self._date_in(ctx.language, place)
        if not place:
            return f"Today is {spoken_date(self._now())}."
        zone = find_zone(place)
        if zone is None:
            return f"I don't know the time zone of {place}. Try a nearby big city."
        return f"In {_title(place)} it's {spoken_date(self._now(ZoneInfo(zone)))}."

    def _time_in(self, language: str, place: str) -> str:
        if not place:
            now = self._now()
            return say(language, "clock.now", time=ClockTime(now.hour, now.minute).spoken(language))
        said: list[str] = []
        for one in _places(place):
            zone = find_zone(one)
            if zone is None:
                return say(language, "clock.unknown_place", place=one)
            there = self._now(ZoneInfo(zone))
            clock = ClockTime(there.hour, there.minute).spoken(language)
            said.append(
                say(
                    language,
                    "clock.there",
                    place=_title(one),
                    time=clock,
                    weekday=weekday(language, there),
                )
            )
        return " ".join(f"{s}." for s in said)

    def _date_in(self, language: str, place: str) -> str:
        if not place:
            return say(language, "clock.today", date=spoken_date_in(language, self._now()))
        zone = find_zone(place)
        if zone is None:
            return say(language, "clock.unknown_place", place=place)
        there = self._now(ZoneInfo(zone))
        return say(
            language, "clock.date_there", place=_title(place), date=spoken_date_in(language, there)
        )


def _places(place: str) -> list[str]:
    """One place, or several asked about at once: "Tokyo and Paris", "London, Berlin and
    Rome" (the commas may be gone), "Tokyo and what time is it in Paris"."""
    if find_zone(place) is not None:
        return [place]
    found: list[str] = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", place.strip(" ?.!")):
        # "what time is it in Paris" -> "Paris": the place follows its last "in" or "at".
        part = re.split(r"\b(?:in|at)\s+", part)[-1].strip()
        if part:
            found.extend(_known_places(part))
    return found or [place]


def _known_places(text: str) -> list[str]:
    """``text`` cut into the longest known places (up to 3 words each); the words between
    them are kept as one unknown place each."""
    if find_zone(text) is not None:
        return [text]
    words = text.split()
    places: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            candidate = " ".join(words[i : i + size])
            if i + size <= len(words) and find_zone(candidate) is not None:
                if unknown:
                    places.append(" ".join(unknown))
                    unknown = []
                places.append(candidate)
                i += size
                break
        else:
            unknown.append(words[i])
            i += 1
    if unknown:
        places.append(" ".join(unknown))
    return places


def _title(place: str) -> str:
    return place if any(ch.isupper() for ch in place) else place.title()
