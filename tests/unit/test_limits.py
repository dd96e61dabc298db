"""Requests Hearth cannot carry out (messages, calls, shopping, bookings, directions,
posting, choosing music) get a plain "I can't", never the model's "Sure, I can help
with that"; questions about how to do those things, and other skills' requests, are
left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.skills import builtin_skills


@pytest.fixture
def host(tmp_path: Path) -> SkillHost:
    settings = SkillsConfig()
    settings.mqtt.host = "127.0.0.1"
    return SkillHost(builtin_skills(), settings, tmp_path, clock=lambda: 1_780_000_000.0)


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("Send a text message to my mom saying I'll be late", "messages"),
        ("Email my boss that I'm sick today", "messages"),
        ("could you text Sarah that dinner is ready", "messages"),
        ("read my emails", "messages"),
        ("Call John on his mobile", "calls"),
        ("Order a large pepperoni pizza", "shopping"),
        ("Buy me a new phone charger on Amazon", "shopping"),
        ("Book a table for two at an Italian restaurant tonight", "bookings"),
        ("Navigate to the nearest gas station", "directions"),
        ("how do I get to the airport", "directions"),
        ("Post a photo to Instagram", "posting"),
        ("Play some jazz music", "music"),
        ("play my workout playlist", "music"),
    ],
)
def test_what_hearth_cannot_do_is_said_plainly(host: SkillHost, text: str, handler: str) -> None:
    match = host.match(text, "en")
    assert match is not None and match.handler is not None, text
    assert match.handler.name == f"limits.{handler}"
    reply = host.run_match(match, text).reply
    assert reply.startswith("I can't") and "Sure" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "how do I send an email",
        "what is the order of operations",
        "what should I buy my wife for her birthday",
        "book recommendations for teenagers",
        "where is the Eiffel Tower",
        "play a game with me",
        "write an email to my landlord about the heating",  # drafting is the model's
    ],
)
def test_questions_about_those_things_are_left_to_others(host: SkillHost, text: str) -> None:
    match = host.match(text, "en")
    assert match is None or match.handler is None or match.skill.name != "limits", match


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("play music", "system"),
        ("pause the music", "system"),
        ("remind me to call mom at 5", "reminders"),
        ("turn on the kitchen lights", "smarthome"),
    ],
)
def test_skills_that_can_do_it_keep_it(host: SkillHost, text: str, skill: str) -> None:
    match = host.match(text, "en")
    assert match is not None and match.skill.name == skill


@pytest.mark.parametrize(
    ("language", "text", "handler", "start"),
    [
        ("es", "envía un mensaje a mamá diciendo que llego tarde", "messages", "No puedo"),
        ("es", "llama a Juan", "calls", "No puedo"),
        ("es", "pide una pizza grande", "shopping", "No puedo"),
        ("es", "llévame al aeropuerto", "directions", "No puedo"),
        ("es", "pon algo de jazz", "music", "No puedo"),
        ("fr", "envoie un message à Marie", "messages", "Je ne peux"),
        ("fr", "appelle Pierre", "calls", "Je ne peux"),
        ("fr", "réserve une table pour deux", "bookings", "Je ne peux"),
        ("fr", "publie cette photo sur Instagram", "posting", "Je ne peux"),
        ("de", "schick eine Nachricht an Anna", "messages", "Ich kann"),
        ("de", "ruf Mama an", "calls", "Ich kann"),
        ("de", "bestell eine Pizza", "shopping", "Ich kann"),
        ("de", "wie komme ich zum Bahnhof", "directions", "Ich kann"),
    ],
)
def test_each_language_hears_what_hearth_cannot_do(
    host: SkillHost, language: str, text: str, handler: str, start: str
) -> None:
    match = host.match(text, language)
    assert match is not None and match.handler is not None, text
    assert match.handler.name == f"limits.{handler}"
    reply = host.run_match(match, text).reply
    assert reply.startswith(start) and "can't" not in reply, reply  # said in that language


@pytest.mark.parametrize(
    ("language", "text", "skill"),
    [
        ("es", "recuérdame llamar a mi madre en diez minutos", "reminders"),
        ("es", "añade pan a la lista de la compra", "shopping"),
        ("fr", "rappelle-moi d'appeler ma mère à cinq heures", "reminders"),
        ("de", "erinnere mich in zehn Minuten daran, Mama anzurufen", "reminders"),
        ("es", "cómo se envía un correo", None),
        ("fr", "comment envoyer un mail", None),
    ],
)
def test_each_language_keeps_what_others_can_do(
    host: SkillHost, language: str, text: str, skill: str | None
) -> None:
    match = host.match(text, language)
    assert (match.skill.name if match is not None else None) == skill, text
