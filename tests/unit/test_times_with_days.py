"""A time of day said with its day, in every language, and slots that share words with
free text: alarms honour "tomorrow" wherever it is said ("7 am tomorrow", "à sept
heures demain matin", "sieben Uhr morgen früh"), a reminder's time is not swallowed by
its task ("call mom at 7 tomorrow"), a clock time does not swallow the task's first
word ("um 21 Uhr, Mama anzurufen"), and a question for a missing slot is asked in the
user's language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.locale.times import parse_when_in
from hearth.assistant.skill import Alert
from hearth.assistant.slots import ClockTime, SlotError, When, parse_daytime, parse_when
from hearth.skills import builtin_skills

NOW = 1_780_000_000.0
EARLY = datetime(2026, 6, 1, 6, 0).timestamp()  # 6 in the morning: "7 am tomorrow" is not today


def host_at(tmp_path: Path, now: float = NOW) -> SkillHost:
    settings = SkillsConfig()
    settings.mqtt.host = "127.0.0.1"
    return SkillHost(builtin_skills(), settings, tmp_path, clock=lambda: now)


def said_to(host: SkillHost, language: str, text: str, handler: str, kind: str) -> Alert:
    """Say ``text`` to the skills; the one alert of ``kind`` it set."""
    match = host.match(text, language)
    assert match is not None and match.handler is not None and not match.errors, match
    assert match.handler.name == handler
    host.run_match(match, text)
    (alert,) = [a for a in host.alert_store().all() if a.kind == kind]
    return alert


@pytest.mark.parametrize(
    ("text", "hour", "minute", "days"),
    [
        ("tomorrow at 7", 7, 0, 1),
        ("7 am tomorrow", 7, 0, 1),
        ("7 tomorrow morning", 7, 0, 1),
        ("tomorrow evening at 7", 19, 0, 1),
        ("at 6:30 tomorrow", 6, 30, 1),
        ("at noon tomorrow", 12, 0, 1),
        ("tomorrow evening", 19, 0, 1),
        ("tonight at 8", 20, 0, 0),
    ],
)
def test_english_when_with_its_day_anywhere(text: str, hour: int, minute: int, days: int) -> None:
    assert parse_when(text) == When(at=ClockTime(hour, minute), days_ahead=days)


@pytest.mark.parametrize(
    ("language", "text", "hour", "days"),
    [
        ("es", "a las siete mañana por la mañana", 7, 1),
        ("es", "mañana por la tarde a las 5", 17, 1),
        ("es", "a las siete de la mañana", 7, 0),  # the morning, not tomorrow
        ("fr", "à sept heures demain matin", 7, 1),
        ("fr", "demain soir à 8 heures", 20, 1),
        ("de", "um 7 Uhr morgen früh", 7, 1),
        ("de", "morgen abend", 19, 1),
        ("de", "um 7 Uhr am Morgen", 7, 0),  # in the morning, not tomorrow
    ],
)
def test_when_with_its_day_per_language(language: str, text: str, hour: int, days: int) -> None:
    when = parse_when_in(text, language)
    assert when.at is not None and (when.at.hour, when.days_ahead) == (hour, days), when


def test_a_length_of_time_is_not_a_time_of_day() -> None:
    with pytest.raises(SlotError):
        parse_daytime("10 minutes")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "set an alarm for 7 am tomorrow"),
        ("en", "set an alarm for 7 tomorrow morning"),
        ("en", "set an alarm tomorrow at 7"),
        ("en", "wake me up tomorrow at 7"),
        ("es", "pon una alarma a las siete mañana"),
        ("es", "despiértame mañana a las siete"),
        ("fr", "mets une alarme à sept heures demain matin"),
        ("fr", "réveille-moi demain à sept heures"),
        ("de", "stell einen Wecker für sieben Uhr morgen früh"),
        ("de", "weck mich morgen um sieben"),
    ],
)
def test_an_alarm_for_tomorrow_rings_tomorrow(tmp_path: Path, language: str, text: str) -> None:
    """At 6 in the morning, "7 tomorrow" is tomorrow, not in an hour."""
    alarm = said_to(host_at(tmp_path, EARLY), language, text, "timers.set_alarm", "alarm")
    due = datetime.fromtimestamp(alarm.due)
    assert (due.date() - datetime.fromtimestamp(EARLY).date()).days == 1 and due.hour == 7


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "set an alarm for 10 minutes"),
        ("es", "pon una alarma de diez minutos"),
        ("fr", "mets une alarme pour dix minutes"),
        ("de", "stell einen Wecker auf zehn Minuten"),
    ],
)
def test_an_alarm_for_a_length_of_time_is_a_timer(tmp_path: Path, language: str, text: str) -> None:
    match = host_at(tmp_path).match(text, language)
    assert match is not None and match.handler is not None and not match.errors
    assert match.handler.name == "timers.set_timer"


@pytest.mark.parametrize(
    ("language", "text", "task", "hour", "days"),
    [
        ("en", "remind me to call mom at 7 pm tomorrow", "call mom", 19, 1),
        ("en", "remind me to read chapter 7 tomorrow", "read chapter 7", 9, 1),
        ("es", "recuérdame llamar a mamá a las nueve de la noche mañana", "llamar a mamá", 21, 1),
        ("es", "recuérdame sacar la basura a las siete de la mañana", "sacar la basura", 7, 0),
        ("fr", "rappelle-moi d'appeler maman à 21 heures demain", "appeler maman", 21, 1),
        ("de", "erinnere mich morgen um 21 Uhr, Mama anzurufen", "Mama anzurufen", 21, 1),
        ("de", "erinnere mich morgen um 21 Uhr daran, Mama anzurufen", "Mama anzurufen", 21, 1),
        # The time inside the task, where German puts it: before the verb.
        (
            "de",
            "erinnere mich daran, den Müll um 7 Uhr morgen rauszubringen",
            "rauszubringen",
            7,
            1,
        ),
        ("en", "remind me to call mom at 7 pm tomorrow about the party", "the party", 19, 1),
    ],
)
def test_a_reminders_time_and_task_are_told_apart(
    tmp_path: Path, language: str, text: str, task: str, hour: int, days: int
) -> None:
    """At 6 in the morning, so that "at 7 in the morning" (today) and "at 7 tomorrow"
    differ."""
    host = host_at(tmp_path, EARLY)
    reminder = said_to(host, language, text, "reminders.remind", "reminder")
    due = datetime.fromtimestamp(reminder.due)
    ahead = (due.date() - datetime.fromtimestamp(EARLY).date()).days
    assert (due.hour, ahead) == (hour, days), due
    assert reminder.name.rstrip(".").endswith(task), reminder.name


@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        ("es", "pon un temporizador", "¿Cuánto tiempo pongo en el temporizador?"),
        ("fr", "mets une alarme", "À quelle heure dois-je régler l'alarme ?"),
        ("de", "erinnere mich daran, den Müll rauszubringen", "Wann soll ich"),
    ],
)
def test_a_missing_slot_is_asked_for_in_the_language(
    tmp_path: Path, language: str, text: str, asked: str
) -> None:
    host = host_at(tmp_path)
    match = host.match(text, language)
    assert match is not None
    said = host.run_match(match, text).reply
    assert said.startswith(asked), said


@pytest.mark.parametrize(
    ("language", "text", "task", "weekday", "hour"),
    [
        ("en", "remind me on friday to call the bank", "call the bank", 4, 9),
        ("en", "remind me next monday at 9 to pay rent", "pay rent", 0, 9),
        ("en", "remind me to call the bank friday at 10 am", "call the bank", 4, 10),
        ("es", "recuérdame llamar al banco el viernes a las diez", "llamar al banco", 4, 10),
        ("fr", "rappelle-moi d'appeler la banque lundi prochain à 10 heures", "appeler", 0, 10),
        ("de", "erinnere mich am Freitag um 10 an die Bank", "die Bank", 4, 10),
        # the day after tomorrow, from a Monday: a Wednesday
        ("en", "remind me the day after tomorrow to call the bank", "call the bank", 2, 9),
        ("es", "recuérdame llamar al banco pasado mañana a las diez", "llamar al banco", 2, 10),
        ("fr", "rappelle-moi après-demain d'appeler la banque", "appeler", 2, 9),
        ("de", "erinnere mich übermorgen um 10 an die Bank", "die Bank", 2, 10),
    ],
)
def test_a_reminder_on_a_weekday(
    tmp_path: Path, language: str, text: str, task: str, weekday: int, hour: int
) -> None:
    """On a Monday morning: "next Monday" is in a week, "Friday" this week."""
    assert datetime.fromtimestamp(EARLY).weekday() == 0
    host = host_at(tmp_path, EARLY)
    reminder = said_to(host, language, text, "reminders.remind", "reminder")
    due = datetime.fromtimestamp(reminder.due)
    ahead = (due.date() - datetime.fromtimestamp(EARLY).date()).days
    assert (due.weekday(), due.hour, ahead) == (weekday, hour, weekday or 7), due
    assert task in reminder.name, reminder.name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "set an alarm for 6:45 on saturday"),
        ("es", "pon una alarma el sábado a las seis y cuarenta y cinco"),
        ("fr", "réveille-moi samedi à 6 h 45"),
        ("de", "weck mich am Samstag um 6:45"),
    ],
)
def test_an_alarm_on_a_weekday(tmp_path: Path, language: str, text: str) -> None:
    alarm = said_to(host_at(tmp_path, EARLY), language, text, "timers.set_alarm", "alarm")
    due = datetime.fromtimestamp(alarm.due)
    assert (due.weekday(), due.hour, due.minute) == (5, 6, 45), due
