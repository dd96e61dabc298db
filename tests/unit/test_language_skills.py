"""Skills in Spanish, French and German: phrases per language reach the right handler,
slots read each language's numbers, lengths of time and clock times, replies are
written for speech in that language, typed text is told apart by language, and a
plugin's Spanish phrases cross the wire to its worker process."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.hosting.loader import load_skills
from hearth.assistant.locale.numbers import replace_number_words
from hearth.assistant.locale.spoken import spoken_clock, spoken_duration_in, spoken_number_in
from hearth.assistant.locale.times import parse_clock_time_in, parse_duration_in, parse_when_in
from hearth.assistant.skill import ClockTime, Skill, SkillContext, SlotError, intent
from hearth.assistant.understanding.intents import build_handlers
from hearth.assistant.understanding.language_id import detect_text_language
from hearth.assistant.understanding.router import Router
from hearth.skills import builtin_skills


@pytest.mark.parametrize(
    ("text", "language", "digits"),
    [
        ("diecisiete", "es", "17"),
        ("veintitrés", "es", "23"),
        ("treinta y dos", "es", "32"),
        ("doscientos cinco", "es", "205"),
        ("dos coma cinco", "es", "2.5"),
        ("dix-sept", "fr", "17"),
        ("quatre-vingt-douze", "fr", "92"),
        ("soixante et onze", "fr", "71"),
        ("deux cent trois", "fr", "203"),
        ("siebzehn", "de", "17"),
        ("dreiundzwanzig", "de", "23"),
        ("zweihundertfünf", "de", "205"),
        ("zwei Komma fünf", "de", "2.5"),
        ("2,5", "de", "2.5"),
    ],
)
def test_number_words_per_language(text: str, language: str, digits: str) -> None:
    assert replace_number_words(text, language) == digits


@pytest.mark.parametrize(
    ("text", "language", "seconds"),
    [
        ("diez minutos", "es", 600),
        ("una hora y media", "es", 5400),
        ("media hora", "es", 1800),
        ("un cuarto de hora", "es", 900),
        ("une demi-heure", "fr", 1800),
        ("une heure et demie", "fr", 5400),
        ("un quart d'heure", "fr", 900),
        ("anderthalb Stunden", "de", 5400),
        ("eine halbe Stunde", "de", 1800),
        ("zweieinhalb Minuten", "de", 150),
        ("eine Stunde und zehn Minuten", "de", 4200),
    ],
)
def test_durations_per_language(text: str, language: str, seconds: int) -> None:
    assert int(parse_duration_in(text, language)) == seconds


@pytest.mark.parametrize(
    ("text", "language", "hour", "minute"),
    [
        ("a las siete y media", "es", 7, 30),
        ("las ocho menos cuarto de la tarde", "es", 19, 45),
        ("la una y cuarto", "es", 1, 15),
        ("à sept heures et quart", "fr", 7, 15),
        ("19 h 30", "fr", 19, 30),
        ("sept heures moins le quart", "fr", 6, 45),
        ("midi", "fr", 12, 0),
        ("um halb acht", "de", 7, 30),  # half *to* eight
        ("viertel vor neun", "de", 8, 45),
        ("fünf vor halb acht", "de", 7, 25),
        ("sieben Uhr abends", "de", 19, 0),
    ],
)
def test_clock_times_per_language(text: str, language: str, hour: int, minute: int) -> None:
    assert parse_clock_time_in(text, language) == ClockTime(hour, minute)


def test_when_per_language_and_questions_in_that_language() -> None:
    assert parse_when_in("en diez minutos", "es").delay == 600
    tomorrow = parse_when_in("demain à neuf heures", "fr")
    assert (tomorrow.at, tomorrow.days_ahead) == (ClockTime(9, 0), 1)
    assert parse_when_in("heute Abend um acht", "de").at == ClockTime(20, 0)
    with pytest.raises(SlotError, match=r"¿Cuánto tiempo\?"):
        parse_duration_in("un ratito", "es")
    with pytest.raises(SlotError, match="Uhrzeit"):
        parse_clock_time_in("irgendwann", "de")


def test_spoken_output_per_language() -> None:
    assert spoken_clock(19, 30, "es") == "las siete y media de la tarde"
    assert spoken_clock(13, 0, "es") == "la una de la tarde"
    assert spoken_clock(7, 45, "es") == "las ocho menos cuarto de la mañana"
    assert spoken_clock(19, 30, "fr") == "19 heures 30"
    assert spoken_clock(1, 0, "de") == "ein Uhr"
    assert spoken_duration_in(5400, "es") == "una hora y 30 minutos"
    assert spoken_duration_in(60, "fr") == "une minute"
    assert spoken_duration_in(3600, "de") == "eine Stunde"
    assert spoken_number_in(12.5, "de") == "12,5"


@pytest.mark.parametrize(
    ("text", "allowed", "expected"),
    [
        ("pon un temporizador de diez minutos", ["en", "es"], "es"),
        ("quelle heure est-il à Tokyo", ["en", "es", "fr", "de"], "fr"),
        ("wie viel ist siebzehn mal dreiundzwanzig", ["en", "de"], "de"),
        ("¿qué hora es?", ["en", "es", "fr", "de"], "es"),
        ("what time is it in Tokyo", ["en", "es", "fr", "de"], "en"),
        ("ok", ["en", "es", "fr", "de"], "en"),  # short: stays English
        ("Tokyo", ["en", "de"], "en"),
        ("17 * 23", ["en", "es"], "en"),
        ("set a timer for ten minutes", ["es", "en"], "en"),
        ("what time is it", ["es", "fr"], "es"),  # English not allowed: the first one
        ("wie spät ist es", ["es", "fr", "de"], "de"),
    ],
)
def test_language_id_chooses_among_the_allowed(
    text: str, allowed: list[str], expected: str
) -> None:
    assert detect_text_language(text, allowed) == expected


CASES = [
    # (language, text, handler, words the reply must hold)
    ("es", "¿qué hora es en Tokio?", "clock.time", "Tokio"),
    ("fr", "quelle heure est-il à Tokyo", "clock.time", "il est"),
    ("de", "wie spät ist es in Tokio", "clock.time", "ist es"),
    ("es", "¿qué día es hoy?", "clock.date", "Hoy es"),
    ("fr", "quel jour sommes-nous ?", "clock.date", "Nous sommes"),
    ("de", "welcher Tag ist heute?", "clock.date", "Heute ist"),
    ("es", "pon un temporizador de diez minutos", "timers.set_timer", "10 minutos"),
    ("fr", "mets un minuteur d'une demi-heure", "timers.set_timer", "30 minutes"),
    ("de", "stell einen Timer auf anderthalb Stunden", "timers.set_timer", "eine Stunde"),
    ("es", "pon una alarma a las siete y media", "timers.set_alarm", "las siete y media"),
    ("de", "weck mich um halb acht", "timers.set_alarm", "7 Uhr 30"),
    ("es", "recuérdame llamar a mi madre en diez minutos", "reminders.remind", "tu madre"),
    ("fr", "rappelle-moi d'appeler ma mère à cinq heures", "reminders.remind", "d'appeler"),
    (
        "de",
        "erinnere mich in zehn Minuten daran, den Ofen auszuschalten",
        "reminders.remind",
        "Ofen",
    ),
    # The time inside the zu-infinitive, after "daran".
    ("de", "erinnere mich daran, um fünf Uhr Mama anzurufen", "reminders.remind", "5 Uhr"),
    ("de", "erinnere mich daran, morgen den Müll rauszubringen", "reminders.remind", "morgen"),
    # ... and inside it, before the verb: taken out of the task, not asked for again.
    (
        "de",
        "erinnere mich daran, den Müll um 7 Uhr morgen rauszubringen",
        "reminders.remind",
        "morgen um 7 Uhr daran: den Müll rauszubringen",
    ),
    ("es", "recuérdame llamar a mamá a las 5 por su cumpleaños", "reminders.remind", "por su"),
    ("es", "recuérdame que mañana saque la basura", "reminders.remind", "mañana"),
    ("es", "recuérdame que mañana saque la basura", "reminders.remind", "que saques la basura"),
    ("es", "apaga el despertador", "timers.cancel_alarm", "alarma"),
    (
        "es",
        "cuántos kilómetros son 10 millas",
        "calculator.convert",
        "10 millas son 16,09 kilómetros",
    ),
    (
        "fr",
        "convertis 3 livres en kilogrammes",
        "calculator.convert",
        "3 livres font 1,361 kilogrammes",
    ),
    (
        "de",
        "rechne 10 Meilen in Kilometer um",
        "calculator.convert",
        "10 Meilen sind 16,09 Kilometer",
    ),
    ("de", "wie viele Minuten hat eine Stunde", "calculator.convert", "1 Stunde ist 60 Minuten"),
    ("es", "convierte 5 kilos a litros", "calculator.convert", "no miden lo mismo"),
    ("fr", "éteins le réveil", "timers.cancel_alarm", "alarme"),
    ("de", "mach den Timer aus", "timers.cancel_timer", "Timer"),
    (
        "es",
        "recuérdame que no me olvide de las llaves en una hora",
        "reminders.remind",
        "te recordaré que no te olvides de las llaves dentro de una hora",
    ),
    ("es", "recuérdame que tengo cita a las 10", "reminders.remind", "que tienes cita"),
    (
        "fr",
        "rappelle-moi qu'il faut acheter du pain dans une heure",
        "reminders.remind",
        "je vous rappellerai qu'il faut acheter du pain dans une heure",
    ),
    (
        "fr",
        "rappelle-moi que je dois appeler le médecin à 15 heures",
        "reminders.remind",
        "que vous devez appeler le médecin à 15 heures",
    ),
    (
        "de",
        "erinnere mich, die Blumen um 18 Uhr zu gießen",
        "reminders.remind",
        "um 18 Uhr daran: die Blumen zu gießen",
    ),
    ("es", "toma nota de comprar pan", "notes.add_note", "Apuntado"),
    ("fr", "prends note d'acheter du pain", "notes.add_note", "noté"),
    ("de", "notiere Brot kaufen", "notes.add_note", "Notiert"),
    ("es", "¿cuánto es diecisiete por veintitrés?", "calculator.calculate", "391"),
    ("fr", "combien font quatre-vingt-douze divisé par huit", "calculator.calculate", "11,5"),
    ("de", "wie viel ist siebzehn mal dreiundzwanzig", "calculator.calculate", "391"),
    ("es", "¿qué puedes hacer?", "help.what_can_you_do", "temporizador"),
    ("fr", "qu'est-ce que tu sais faire ?", "help.what_can_you_do", "minuteur"),
    ("de", "was kannst du?", "help.what_can_you_do", "Timer"),
]


@pytest.fixture
def host(tmp_path: Path) -> SkillHost:
    settings = SkillsConfig()
    settings.mqtt.host = "127.0.0.1"
    return SkillHost(builtin_skills(), settings, tmp_path, clock=lambda: 1_780_000_000.0)


@pytest.mark.parametrize(("language", "text", "handler", "said"), CASES)
def test_a_phrase_per_skill_per_language(
    host: SkillHost, language: str, text: str, handler: str, said: str
) -> None:
    match = host.match(text, language)
    assert match is not None and match.handler is not None
    assert match.handler.name == handler
    reply = host.run_match(match, text).reply
    assert said in reply
    english = ("It's", "starting now", "I'll", "Noted", "That's", "Here is", "You have")
    assert not any(words in reply for words in english)


def test_english_phrases_are_for_english_only(host: SkillHost) -> None:
    assert host.match("set a timer for ten minutes", "es") is None
    assert host.match("pon un temporizador de diez minutos", "en") is None


def test_router_answers_in_the_language_and_says_so(host: SkillHost) -> None:
    def no_model() -> object:
        raise AssertionError("a skill phrase needs no model")

    router = Router(host.skills, no_model, host=host)  # type: ignore[arg-type]
    result = router.route("quelle heure est-il ?", language="fr")
    assert (result.path, result.language) == ("intent", "fr")
    assert result.reply.startswith("Il est")
    assert router.plan("wie spät ist es", language="de") == "intent"
    assert router.plan("wie spät ist es") != "intent"


def test_confirmation_in_the_language(host: SkillHost) -> None:
    host.run_match(host.match("toma nota de comprar pan", "es"), "")  # type: ignore[arg-type]
    asked = host.run_match(host.match("borra todas mis notas", "es"), "")  # type: ignore[arg-type]
    assert asked.reply == "¿Borro tu única nota? Di sí o no."
    done = host.answer_pending("sí", language="es")
    assert done is not None and "He borrado" in done.reply


class Tea(Skill):
    name = "tea"
    description = "Tea timers."

    @intent(
        "brew tea for {length}",
        es=["prepara té durante {length}"],
        phrases={"de": ["koch tee für {length}"]},
    )
    def brew(self, ctx: SkillContext, length: int) -> str:
        return f"{ctx.language}:{length}"


def test_phrases_declared_per_language_in_code_and_in_files(tmp_path: Path) -> None:
    handler = build_handlers(Tea())[0]
    assert sorted(handler.phrases) == ["de", "es"]
    assert handler.phrases["es"][0].regex.fullmatch(" prepara té durante diecisiete ")
    with pytest.raises(TypeError, match="language code"):
        intent("x", Spanish=["y"])


SPANISH_PLUGIN = """
from hearth.assistant.skill import Duration, Skill, intent

class Tea(Skill):
    name = "tea"
    description = "Tea timers."

    @intent("brew tea for {length}", es=["prepara (té|un té) (de|durante) {length}"])
    def brew(self, ctx, length: Duration) -> str:
        return f"{ctx.language}: {length.spoken(ctx.language)}"
"""


def test_a_plugin_with_spanish_phrases_through_its_worker(tmp_path: Path) -> None:
    folder = tmp_path / "skills"
    folder.mkdir()
    (folder / "tea.py").write_text(SPANISH_PLUGIN)
    (folder / "locale" / "fr").mkdir(parents=True)
    (folder / "locale" / "fr" / "brew.intent").write_text("# French\nprépare un thé de {length}\n")
    settings = SkillsConfig(timeout_s=10.0, llm_tools=False)
    loaded = load_skills(settings, tmp_path, include=("folder",))
    host = SkillHost(loaded.skills, settings, tmp_path)
    try:
        match = host.match("prepara un té de cinco minutos", "es")
        assert match is not None and match.skill.name == "tea"
        assert host.run_match(match, "").reply == "es: 5 minutos"
        french = host.match("prépare un thé de trois minutes", "fr")
        assert french is not None and host.run_match(french, "").reply == "fr: 3 minutes"
        assert host.match("prepara un té de cinco minutos", "en") is None
    finally:
        host.close()


def test_dates_are_spoken_in_the_language() -> None:
    from hearth.skills.translations import spoken_date_in

    moment = datetime(2026, 12, 1, 9, 0)
    assert spoken_date_in("es", moment) == "martes, 1 de diciembre de 2026"
    assert spoken_date_in("fr", moment) == "mardi 1er décembre 2026"
    assert spoken_date_in("de", moment) == "Dienstag, der 1. Dezember 2026"


def test_ask_tells_the_language_of_typed_text_among_those_spoken(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from hearth.assistant.config import Config
    from hearth.assistant.runtime import Assistant
    from hearth.skills.clock import ClockSkill

    config = Config()
    assistant = Assistant(config, skills=[ClockSkill()], data_root=tmp_path)
    assert assistant.spoken_languages() == ["en"]  # no language setting: English alone
    config.language = SimpleNamespace(spoken=["en", "es", "de"])  # type: ignore[attr-defined]
    assert assistant.spoken_languages() == ["en", "es", "de"]
    result = assistant.ask("¿qué hora es?", remember=False)
    assert (result.language, result.path) == ("es", "intent")
    assert result.to_dict()["language"] == "es"
    german = assistant.ask("wie spät ist es?", remember=False)
    assert german.language == "de" and german.reply.startswith("Es ist")
    english = assistant.ask("what time is it", remember=False)
    assert english.language == "en" and english.reply.startswith("It's")
    # told the language: English phrases are not matched in Spanish
    assert assistant.router.plan("what time is it", language="es") != "intent"


def test_a_tool_call_reads_its_arguments_in_the_language(host: SkillHost) -> None:
    spanish = host.call_tool("timers.set_timer", {"duration": "diez minutos"}, "", language="es")
    assert spanish.reply == "Vale, 10 minutos, empiezo ahora."
    english_words = host.call_tool("timers.set_timer", {"duration": "5 minutes"}, "", language="de")
    assert english_words.reply == "Okay, 5 Minuten, läuft ab jetzt."


def test_stop_and_repeat_in_each_language(host: SkillHost) -> None:
    def no_model() -> object:
        raise AssertionError("control words need no model")

    router = Router(host.skills, no_model, host=host)  # type: ignore[arg-type]
    assert router.route("repite", language="es").reply == "Todavía no he dicho nada."
    first = router.route("quelle heure est-il ?", language="fr").reply
    assert router.route("répète", language="fr").reply == first
    router.route("toma nota de comprar pan", language="es")
    assert router.route("borra todas mis notas", language="es").expects_reply
    assert host.pending is not None
    assert router.route("para", language="es").reply == "De acuerdo."
    assert host.pending is None  # the question was dropped
    assert router.route("Stopp!", language="de").path == "control"


LOW_LEVEL_PLUGIN = """
from hearth.assistant.skill import Skill

class Echo(Skill):
    name = "echo"
    description = "Says back what follows 'echo' (or 'eco' in Spanish)."

    def match(self, text, language="en"):
        word = {"en": "echo ", "es": "eco "}.get(language)
        return {"words": text[len(word):]} if word and text.lower().startswith(word) else None

    def handle(self, slots, context):
        return f"{context.language}: {slots['words']}"
"""


def test_a_low_level_plugin_that_reads_languages_is_asked_in_them(tmp_path: Path) -> None:
    folder = tmp_path / "skills"
    folder.mkdir()
    (folder / "echo.py").write_text(LOW_LEVEL_PLUGIN)
    settings = SkillsConfig(timeout_s=10.0, llm_tools=False)
    host = SkillHost(
        load_skills(settings, tmp_path, include=("folder",)).skills, settings, tmp_path
    )
    try:
        match = host.match("eco hola", "es")
        assert match is not None and host.run_match(match, "eco hola").reply == "es: hola"
        assert host.match("eco hola", "en") is None
        english = host.match("echo hi", "en")  # its slots come back over the pipe whole
        assert english is not None and host.run_match(english, "echo hi").reply == "en: hi"
    finally:
        host.close()


def test_which_timer_is_answered_in_the_language(host: SkillHost) -> None:
    for text in ("pon un temporizador de diez minutos", "pon un temporizador de media hora"):
        host.run_match(host.match(text, "es"), text)  # type: ignore[arg-type]
    asked = host.run_match(host.match("cancela el temporizador", "es"), "")  # type: ignore[arg-type]
    assert asked.reply.startswith("Tienes 2 temporizadores") and asked.reply.endswith("¿Cuál?")
    done = host.answer_pending("el de diez minutos", language="es")
    assert done is not None and done.reply == "He cancelado tu temporizador de 10 minutos."


@pytest.mark.parametrize(
    ("language", "text", "task"),
    [
        ("en", "remind me to call mom tomorrow at 9 pm", "call mom"),
        ("es", "recuérdame llamar a mamá mañana a las nueve de la noche", "llamar a mamá"),
        ("fr", "rappelle-moi d'appeler maman demain à 21 heures", "appeler maman"),
    ],
)
def test_tomorrow_before_the_time_is_tomorrow(
    host: SkillHost, language: str, text: str, task: str
) -> None:
    """The task is free text and takes all it can: "call mom tomorrow" left "at 9 pm"
    alone, and the reminder came today (in every language)."""
    match = host.match(text, language)
    assert match is not None and match.handler is not None
    assert match.handler.name == "reminders.remind"
    host.run_match(match, text)
    (reminder,) = [a for a in host.alert_store().all() if a.kind == "reminder"]
    now = datetime.fromtimestamp(1_780_000_000.0)
    due = datetime.fromtimestamp(reminder.due)
    assert (due.date() - now.date()).days == 1 and due.hour == 21, (due, now)
    assert reminder.name.rstrip(".").endswith(task)


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("llama a Juan", "es"),  # too few telling words: the skill phrase decides
        ("ruf Mama an", "de"),
        ("call Juan", "en"),
        ("Juan", "en"),  # no phrase anywhere: the default stays
        ("the capital of Peru", "en"),
    ],
)
def test_short_typed_commands_take_the_language_of_the_phrase_they_match(
    tmp_path: Path, typed: str, language: str
) -> None:
    from types import SimpleNamespace

    from hearth.assistant.config import Config
    from hearth.assistant.runtime import Assistant
    from hearth.skills.limits import LimitsSkill

    config = Config()
    config.language = SimpleNamespace(spoken=["en", "es", "de"])  # type: ignore[attr-defined]
    assistant = Assistant(config, skills=[LimitsSkill()], data_root=tmp_path)
    assert assistant.language_of(typed) == language
    if language != "en":  # answered by the skill, in that language
        result = assistant.ask(typed, remember=False)
        assert (result.language, result.path) == (language, "intent")
