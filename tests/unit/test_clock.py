from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.clock import ClockSkill, find_zone

FIXED = datetime(2026, 11, 22, 15, 5, tzinfo=ZoneInfo("UTC"))


def fixed_now(tz=None):  # type: ignore[no-untyped-def]
    return FIXED.astimezone(tz) if tz else FIXED


def ask(text: str) -> str | None:
    return SkillHarness(ClockSkill(now=fixed_now)).say(text)


@pytest.mark.parametrize(
    "text",
    [
        "What time is it?",
        "what's the time",
        "Tell me the time",
        "can you tell me what time it is now",
    ],
)
def test_local_time(text: str) -> None:
    assert ask(text) == "It's 3:05 PM."


def test_time_in_a_city() -> None:
    assert ask("What time is it in Tokyo?") == "In Tokyo it's 12:05 AM on Monday."
    assert ask("what's the time in new york") == "In New York it's 10:05 AM on Sunday."
    assert find_zone("the Los Angeles") == "America/Los_Angeles"


def test_several_cities_at_once() -> None:
    assert ask("What time is it in Tokyo and what time is it in Paris?") == (
        "In Tokyo it's 12:05 AM on Monday, and in Paris it's 4:05 PM on Sunday."
    )
    assert ask("what time is it in London, Berlin and Narnia") == (
        "In London it's 3:05 PM on Sunday, and in Berlin it's 4:05 PM on Sunday."
        " I don't know the time zone of Narnia."
    )


def test_unknown_place_is_said_plainly() -> None:
    assert ask("what time is it in Narnia") == (
        "I don't know the time zone of Narnia. Try a nearby big city."
    )


def test_date() -> None:
    assert ask("What's the date today?") == "Today is Sunday, November 22, 2026."
    assert ask("what day is it") == "Today is Sunday, November 22, 2026."


@pytest.mark.parametrize(
    "text",
    ["what is time travel", "time flies", "date night ideas", "what time does the shop open"],
)
def test_near_misses_are_left_to_others(text: str) -> None:
    assert ask(text) is None


def test_accents_and_typographic_apostrophes() -> None:
    assert ask("What time is it in São Paulo?") == "In São Paulo it's 12:05 PM on Sunday."
    assert ask("what's the time in Zürich") == "In Zürich it's 4:05 PM on Sunday."


def test_typed_typography_reaches_skills_as_plain_text() -> None:
    from hearth.assistant.understanding.router import Router

    router = Router([ClockSkill(now=fixed_now)], lambda: None)  # type: ignore[arg-type,return-value]
    assert router.route("what’s the time").reply == "It's 3:05 PM."


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("hey, what's the time in Tokyo right now please", "In Tokyo it's 12:05 AM on Monday."),
        ("time in london", "In London it's 3:05 PM on Sunday."),
        ("what's the date in Sydney", "In Sydney it's Monday, November 23, 2026."),
    ],
)
def test_more_ways_to_ask(text: str, answer: str) -> None:
    assert ask(text) == answer
