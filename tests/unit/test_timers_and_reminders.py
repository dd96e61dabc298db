"""Timers, alarms and reminders: through the router, with a clock the test moves, and
the real scheduler firing them (also after a "restart")."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from hearth.assistant.config import Config
from hearth.assistant.events import AlertFired, Event
from hearth.assistant.hosting.alerts import AlertStore, Scheduler
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import SkillHarness
from hearth.skills.reminders import RemindersSkill
from hearth.skills.timers import TimersSkill


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 15, 5).astimezone().timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def harness(tmp_path: Path, clock: Clock) -> SkillHarness:
    return SkillHarness(TimersSkill(), RemindersSkill(), data_root=tmp_path, clock=clock)


def test_several_named_timers_listed_and_cancelled(harness: SkillHarness, clock: Clock) -> None:
    assert harness.say("set a timer for 10 minutes") == "Okay, 10 minutes, starting now."
    assert harness.say("set a tea timer for 3 minutes") == "Okay, tea timer set for 3 minutes."
    assert harness.say("Start a 5 minute timer called pasta.") == (
        "Okay, pasta timer set for 5 minutes."
    )
    clock.now += 60
    assert harness.say("what timers do I have") == (
        "Your tea timer has 2 minutes left, your pasta timer has 4 minutes left and your "
        "10 minute timer has 9 minutes left."
    )
    assert harness.say("how much time is left on the pasta timer") == (
        "Your pasta timer has 4 minutes left."
    )
    assert harness.say("cancel the 10 minute timer") == "Cancelled your 10 minute timer."
    assert harness.say("cancel the timer") == (
        "You have 2 timers: the tea timer and the pasta timer. Which one?"
    )
    assert harness.last is not None and harness.last.expects_reply
    assert harness.say("tea") == "Cancelled your tea timer."
    assert harness.last is not None and harness.last.path == "pending_question"
    assert harness.say("cancel all timers") == "Cancelled your timer."
    assert harness.say("list my timers") == "You have no timers running."


def test_unclear_duration_gets_a_clarifying_question(harness: SkillHarness) -> None:
    reply = harness.say("set a timer for banana minutes")
    assert reply is not None and reply.startswith("How long should the timer be?")
    assert "banana minutes" in reply
    assert harness.last is not None and harness.last.expects_reply
    assert harness.say("still bananas") is not None  # asked once more
    assert harness.say("ninety seconds") == "Okay, 1 minute and 30 seconds, starting now."
    assert harness.say("set a timer") == "How long should the timer be?"
    assert harness.say("never mind") == "Okay."
    assert harness.say("what timers do I have") == (
        "Your 1 minute and 30 second timer has 1 minute and 30 seconds left."
    )


def test_a_new_request_while_a_question_waits_is_not_taken_as_the_answer(
    harness: SkillHarness,
) -> None:
    assert harness.say("set a timer") == "How long should the timer be?"
    assert harness.say("what alarms do I have") == "You have no alarms set."
    assert harness.say("five minutes") is None  # the question was dropped: not a command


def test_alarms(harness: SkillHarness, clock: Clock) -> None:
    assert harness.say("set an alarm for 7 am") == "Okay, alarm set for 7 AM tomorrow."
    assert harness.say("wake me up at 6:30 pm") == "Okay, alarm set for 6:30 PM today."
    assert harness.say("what alarms do I have") == (
        "You have alarms at 6:30 PM today and 7 AM tomorrow."
    )
    assert harness.say("cancel my alarm") == (
        "You have 2 alarms: 6:30 PM alarm and 7 AM alarm. Which one?"
    )
    assert harness.say("the 7 am one") == "I didn't catch which alarm, so I left them all."
    assert harness.say("cancel the 7 am alarm") == "Cancelled your 7 AM alarm."
    assert harness.say("set an alarm for 25 o'clock").startswith(  # type: ignore[union-attr]
        "What time should the alarm go off?"
    )


def test_reminders_at_a_time_and_after_a_delay(harness: SkillHarness) -> None:
    assert harness.say("remind me to call mom at 5 pm") == (
        "Okay, I'll remind you to call mom at 5 PM today."
    )
    assert harness.say("in 10 minutes remind me to take the pizza out") == (
        "Okay, I'll remind you to take the pizza out in 10 minutes."
    )
    assert harness.say("remind me to look at the stars at 9 pm") == (
        "Okay, I'll remind you to look at the stars at 9 PM today."
    )
    assert harness.say("remind me to water my plants") == "When should I remind you?"
    assert harness.say("tomorrow at 9 am") == (
        "Okay, I'll remind you to water your plants at 9 AM tomorrow."
    )
    assert harness.say("what reminders do I have") == (
        "You have 4 reminders: take the pizza out at 3:15 PM today, call mom at 5 PM today, "
        "look at the stars at 9 PM today and water your plants at 9 AM tomorrow."
    )
    assert harness.say("cancel the reminder to call mom") == (
        "Okay, I won't remind you to call mom."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A thing, not a thing to do: "about", never "to the dentist".
        ("remind me about the dentist at 5 pm", "about the dentist at 5 PM today"),
        ("remind me of my appointment tomorrow", "about your appointment at 9 AM tomorrow"),
        ("set a reminder for the dentist at 6 pm", "about the dentist at 6 PM today"),
        # A fact: "that", with the time anywhere.
        ("remind me that at 5 pm I have to call mom", "that you have to call mom at 5 PM today"),
        ("remind me tomorrow that my keys are in the car", "that your keys are in the car"),
        # A bare clock time after "for" ("for 5 pm", not "at 5 pm").
        ("set a reminder for 5 pm to pick up the kids", "to pick up the kids at 5 PM today"),
        ("remind me to tell him that I love him at 6 pm", "to tell him that you love him at 6"),
        # The time said inside the task is taken out of it, not asked for again.
        ("remind me to call mom at 5 pm about the party", "to call mom about the party at 5 PM"),
        ("remind me to take my pills in 2 hours with water", "to take your pills with water in 2"),
    ],
)
def test_a_reminder_is_said_back_the_way_it_was_asked(
    harness: SkillHarness, text: str, said: str
) -> None:
    assert (harness.say(text) or "").startswith(f"Okay, I'll remind you {said}")


@pytest.mark.parametrize(
    "text",
    ["remind me to buy 2 tickets for the show", "remind me to meet bob at the office"],
)
def test_a_number_or_place_in_the_task_is_not_taken_for_its_time(
    harness: SkillHarness, text: str
) -> None:
    assert harness.say(text) == "When should I remind you?"


def test_alerts_fire_through_the_scheduler_and_survive_a_restart(tmp_path: Path) -> None:
    store = AlertStore(tmp_path / "alerts.json")
    harness = SkillHarness(TimersSkill(), RemindersSkill(), data_root=tmp_path)
    harness.say("set a timer for 1 second called tea")
    harness.say("remind me to stretch in 1 hour")
    # "the app was closed": nothing fired; a new scheduler starts after the timer was due
    time.sleep(1.2)
    fired: list[AlertFired] = []
    scheduler = Scheduler(store, fired.append, clock=lambda: time.time() + 10)
    scheduler.start()
    scheduler.stop()
    assert [(e.message, e.away, e.alert_kind) for e in fired] == [
        ("While you were away, your tea timer went off.", True, "timer")
    ]
    assert [a.kind for a in store.all()] == ["reminder"]  # still waiting, kept on disk


def test_the_assistant_delivers_alerts_to_every_subscriber(tmp_path: Path) -> None:
    assistant = Assistant(Config(), skills=[TimersSkill()], data_root=tmp_path)
    got: list[Event] = []
    arrived = threading.Event()

    def broken(event: Event) -> None:
        raise RuntimeError("a subscriber with a bug")

    def good(event: Event) -> None:
        got.append(event)
        arrived.set()

    assistant.subscribe(broken)
    assistant.subscribe(good)
    assistant.start_scheduler()
    try:
        assert assistant.ask("set a timer for 1 second called egg").reply == (
            "Okay, egg timer set for 1 second."
        )
        assert [(a.name, a.kind) for a in assistant.active_alerts()] == [("egg", "timer")]
        assert arrived.wait(5), "the timer did not fire"
    finally:
        assistant.close()
    assert isinstance(got[0], AlertFired)
    assert got[0].to_dict()["event"] == "alert"
    assert got[0].message == "Your egg timer is done." and not got[0].away
    assert assistant.active_alerts() == []


def test_a_damaged_alerts_file_is_set_aside_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "alerts.json").write_text("{not json")
    harness = SkillHarness(TimersSkill(), data_root=tmp_path)
    reply = harness.say("set a timer for 2 minutes")
    assert reply is not None and reply.endswith("Okay, 2 minutes, starting now.")
    assert "kept it aside as alerts.json.damaged-" in reply
    assert list(tmp_path.glob("alerts.json.damaged-*"))


@pytest.mark.parametrize(
    ("language", "said", "back"),
    [
        ("es", "llame a tu madre", "llames a tu madre"),
        ("es", "no te olvides de las llaves", "no te olvides de las llaves"),
        ("es", "no te olvide de las llaves", "no te olvides de las llaves"),
        ("es", "te acueste temprano", "te acuestes temprano"),
        ("es", "esté en casa", "estés en casa"),
        ("es", "tengo cita con el médico", "tienes cita con el médico"),
        # Not a verb of the user's: kept as said.
        ("es", "la reunión es a las 4", "la reunión es a las 4"),
        ("es", "la casa está limpia", "la casa está limpia"),
        ("es", "nunca salga sin paraguas", "nunca salga sin paraguas"),
        ("es", "hay que comprar pan", "hay que comprar pan"),
        ("fr", "je dois appeler le médecin", "vous devez appeler le médecin"),
        ("fr", "j'ai rendez-vous", "vous avez rendez-vous"),
        ("fr", "il faut acheter du pain", "il faut acheter du pain"),
        ("fr", "je pars demain", "je pars demain"),
    ],
)
def test_a_clause_of_the_users_is_turned_to_them(language: str, said: str, back: str) -> None:
    """After a Spanish or French "que", the first verb is the user's: said back as
    theirs ("que llame" -> "que llames"); what is not recognised stays as said."""
    from hearth.skills.clause_wording import clause_back

    assert clause_back(language, said) == back
