"""Classes of misrouting, each with varied wordings: a general question must not reach a
skill because it shares a sentence frame or a word with one of its phrases, and the
many ways of asking for a timer must set one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.testing import ScriptedChat, SkillHarness
from hearth.assistant.understanding.router import Router
from hearth.assistant.understanding.tool_calling import ToolGate
from hearth.skills import builtin_skills
from hearth.skills.timers import TimersSkill


@pytest.fixture
def host(tmp_path: Path) -> SkillHost:
    settings = SkillsConfig()
    settings.mqtt.host = "127.0.0.1"  # the smart-home phrases count too (nothing is sent)
    return SkillHost(builtin_skills(), settings, tmp_path)


def handler_for(host: SkillHost, text: str) -> str | None:
    match = host.match(text)
    if match is None:
        return None
    return match.handler.name if match.handler else match.skill.name


GENERAL_QUESTIONS = [
    "How many legs does a spider have?",
    "how many moons does saturn have",
    "How many days are in a leap year?",
    "how many days are there in february",
    "how many hearts does an octopus have",
    "how many bones are in the human body",
    "how many people have walked on the moon",
    "how much is a hundred dollars in euros",
    "how many minutes does it take to boil an egg",
    "how many notes are in an octave",
    "how many timers can I set at once",
    "how many alarms does a fire station have",
    "tell me about the weather tomorrow",
    "tell me about black holes tonight",
    "what do you have to do to get a passport",
    "is the game on",
    "is the concert still on",
    "check the weather",
    "what's the status of my flight",
    "open source software is great",
    "wake me up when september ends",
]


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_a_general_question_reaches_no_skill_phrase(host: SkillHost, text: str) -> None:
    assert handler_for(host, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "How many legs does a spider have?",
        "how many teeth do adults have",
        "how many continents are there",
        "what is the population of mars",
        "how long is the river nile",
        "which is the most recent pope",
    ],
)
def test_weak_words_offer_the_model_no_tools(host: SkillHost, text: str) -> None:
    """ "have", "left", "right", "current" name no skill: the question goes straight to
    conversation, and a small model is never asked whether it meant the reminders."""
    assert ToolGate(host.tools()).candidates(text) == []
    router = Router(builtin_skills(), lambda: ScriptedChat(["Eight."]), host=host)
    assert router.plan(text) == "llm_chat"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how many reminders do I have", "reminders.list_reminders"),
        ("tell me how many reminders I have", "reminders.list_reminders"),
        ("what reminders are coming up", "reminders.list_reminders"),
        ("how many timers have I got running", "timers.list_timers"),
        ("are any timers running", "timers.list_timers"),
        ("have I got any alarms tomorrow", "timers.list_alarms"),
        ("how many notes are saved", "notes.read_notes"),
        ("how many things are on my to do list", "notes.read_todos"),
        ("how many hours are in a week", "calculator.convert"),
        ("how many kilograms is 10 pounds", "calculator.convert"),
        ("remind me about the dentist tomorrow", "reminders.remind"),
        ("is the porch light still on", "smarthome.query"),
        ("is the washing machine on", "smarthome.query"),
    ],
)
def test_a_skills_own_question_still_reaches_it(host: SkillHost, text: str, expected: str) -> None:
    assert handler_for(host, text) == expected


def test_an_unreadable_slot_asks_back_only_in_the_skills_own_words(tmp_path: Path) -> None:
    harness = SkillHarness(*builtin_skills(), data_root=tmp_path)
    assert harness.say("How many days are in a leap year?") is None  # the model answers
    assert harness.say("how many grams are in a cup of flour") is None
    assert "as a number" in (harness.say("convert banana miles to km") or "")
    harness.say("stop")
    assert "How long should the timer be?" in (harness.say("set a timer for banana minutes") or "")
    harness.say("stop")
    assert "What time" in (harness.say("set an alarm for banana") or "")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("put a timer on for half an hour", 1800),
        ("half an hour timer", 1800),
        ("start a 90 second timer", 90),
        ("timer for a quarter of an hour", 900),
        ("could you put a five minute timer on", 300),
        ("put on a timer for 25 minutes", 1500),
        ("give me a two minute timer", 120),
        ("I'd like a timer for an hour and a half", 5400),
        ("pop a timer on for 6 minutes", 360),
        ("timer, twenty seconds", 20),
        ("countdown from sixty seconds", 60),
        ("set an alarm for 10 minutes", 600),
        ("set an alarm in 45 minutes", 2700),
        ("wake me up in twenty minutes", 1200),
        ("buzz me in 15 minutes", 900),
    ],
)
def test_timer_wordings_set_a_timer(tmp_path: Path, text: str, seconds: int) -> None:
    now = 1_800_000_000.0
    harness = SkillHarness(*builtin_skills(), data_root=tmp_path, clock=lambda: now)
    reply = harness.say(text)
    assert harness.last is not None and harness.last.handled_by == "timers", reply
    timers = harness.host.alert_store().all()
    assert [round(t.due - now) for t in timers if t.kind == "timer"] == [seconds], reply


@pytest.mark.parametrize(
    "text", ["set an alarm for 7", "could you set an alarm for a quarter past six"]
)
def test_an_alarm_at_a_time_of_day_stays_an_alarm(tmp_path: Path, text: str) -> None:
    harness = SkillHarness(TimersSkill(), data_root=tmp_path)
    assert (harness.say(text) or "").startswith("Okay, alarm set for")
    assert [a.kind for a in harness.host.alert_store().all()] == ["alarm"]
