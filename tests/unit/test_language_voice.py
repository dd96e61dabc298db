"""Languages as a setting: defaults and checks, the speech model they need, the language
chosen for an utterance, the answer to a language not picked, and the voice per reply."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from hearth.assistant import languages, models
from hearth.assistant.config import Config, VoiceConfig, load_config
from hearth.assistant.engines import espeak, voices
from hearth.assistant.engines.stt import Transcript, choose_language
from hearth.assistant.engines.voices import Voices
from hearth.assistant.errors import ConfigError, ModelMissingError
from hearth.assistant.events import Event, ReplyText
from hearth.assistant.runtime import Assistant
from hearth.assistant.speech_text import for_speech
from hearth.assistant.testing.voice import ScriptedTTS, SilentSpeaker
from hearth.assistant.understanding.language_id import typed_language
from hearth.assistant.understanding.live_data import TOPICS, honest_reply
from hearth.assistant.understanding.prompting import CHAT_PROMPT, chat_prompt
from hearth.assistant.understanding.turn_result import TurnResult
from hearth.assistant.voice.answering import Answering, AssistantAnswers
from hearth.assistant.voice.speaking import Speaking, words
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Turn
from hearth.assistant.voice.wake import WakePhrase

# --- the setting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, ["es", "en"]),
        ({"LANG": "de_AT.UTF-8@euro"}, ["de", "en"]),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, ["fr", "en"]),
        ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "es_ES.UTF-8"}, ["fr", "en"]),
        ({"LANG": "en_GB.UTF-8"}, ["en"]),
        ({"LANG": "C.UTF-8"}, ["en"]),
        ({"LANG": "it_IT.UTF-8"}, ["en"]),  # not one Hearth speaks yet
        ({}, ["en"]),
    ],
)
def test_the_default_is_the_desktops_language_and_english(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert languages.default_spoken(environ) == expected


def test_a_new_config_follows_the_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_MESSAGES", raising=False)  # conftest's English desktop
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert Config().language.spoken == ["de", "en"]
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert Config().language.spoken == ["en"]


def test_languages_are_set_from_the_command_line_form_and_checked() -> None:
    config = Config()
    config.set("language.spoken", "es, en")
    assert config.language.spoken == ["es", "en"]
    with pytest.raises(ConfigError) as bad:
        config.set("language.spoken", "it,en")
    assert "'it'" in bad.value.message and "language.spoken es,en" in bad.value.fix
    assert config.language.spoken == ["es", "en"]  # unchanged by the refused value
    with pytest.raises(ConfigError, match="empty"):
        config.set("language.spoken", "")
    with pytest.raises(ConfigError, match="twice"):
        config.set("language.spoken", "fr,fr")


def test_the_setting_is_read_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[language]\nspoken = ["fr", "de"]\n', encoding="utf-8")
    assert load_config(path).language.spoken == ["fr", "de"]
    path.write_text('[language]\nspoken = ["klingon"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="klingon"):
        load_config(path)


# --- the speech model -------------------------------------------------------------------


def test_english_only_keeps_the_english_model_and_another_language_switches() -> None:
    config = Config()
    assert models.active_spec(config, "stt") == "whisper-tiny.en"
    config.language.spoken = ["es", "en"]
    assert models.active_spec(config, "stt") == models.MULTILINGUAL_STT
    config.language.spoken = ["en"]
    config.stt.model = "whisper-base"  # chosen by the user: kept
    assert models.active_spec(config, "stt") == "whisper-base"
    config.language.spoken = ["de"]
    config.stt.model = "/some/folder"  # the user's own model: theirs to choose
    assert models.active_spec(config, "stt") == "/some/folder"


def test_a_missing_multilingual_model_says_why_it_is_needed_and_the_fix() -> None:
    config = Config()
    config.language.spoken = ["fr", "en"]
    with pytest.raises(ModelMissingError) as missing:
        models.resolve(config, "stt")  # nothing is installed in a unit test's data folder
    assert "French is on" in missing.value.message
    assert "assistant models install whisper-base" in missing.value.fix


# --- the language of an utterance -------------------------------------------------------


def test_the_language_is_the_likeliest_of_the_picked_ones() -> None:
    heard = [("pt", 0.40), ("es", 0.35), ("gl", 0.15), ("en", 0.02)]
    assert choose_language(heard, ["es", "en"]) == ("es", 0.35)
    assert choose_language(heard, ["en", "fr"]) == ("en", 0.02)
    assert choose_language(heard, []) == ("pt", 0.40)


def test_speech_clearly_in_a_language_not_picked_is_reported_as_itself() -> None:
    italian = [("it", 0.93), ("es", 0.04), ("en", 0.01)]
    assert choose_language(italian, ["es", "en"]) == ("it", 0.93)
    unclear = [("el", 0.30), ("es", 0.34)]
    assert choose_language(unclear, ["es", "en"])[0] == "es"


def test_the_answer_to_a_language_not_picked_is_in_the_nearest_one_on() -> None:
    assert languages.nearest("it", ["es", "en"]) == "es"
    assert languages.nearest("it", ["fr", "en"]) == "fr"
    assert languages.nearest("nl", ["en", "de"]) == "de"
    assert languages.nearest("zh", ["es", "en"]) == "en"
    assert languages.nearest("zh", ["fr", "de"]) == "fr"  # never English when it is off
    assert languages.not_on_reply("it", ["es", "en"]) == (
        "es",
        "Lo siento, solo respondo en español e inglés: son los idiomas activados.",
    )
    language, text = languages.not_on_reply("pt", ["fr", "de"])
    assert language == "fr" and "qu'en français et en allemand" in text
    language, text = languages.not_on_reply("ja", ["en"])
    assert language == "en" and "only answer in English" in text


# --- answering: the heard language decides the reply's ----------------------------------


class LanguageSTT:
    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language

    def transcribe_utterance(self, audio: np.ndarray) -> Transcript:
        return Transcript(self.text, self.language, 0.9, 1.0, 1.0)


class RecordingAnswerer:
    def __init__(self, spoken: Sequence[str]) -> None:
        self.spoken = list(spoken)
        self.asked: list[tuple[str, str]] = []

    @property
    def languages(self) -> Sequence[str]:
        return self.spoken

    def language_of(self, text: str) -> str:
        return typed_language(text, self.spoken)  # the rule AssistantAnswers uses

    def plan(self, text: str, language: str = "en") -> str:
        return "intent"

    def answer(
        self,
        text: str,
        on_token: Callable[[str], None],
        cancel: Callable[[], bool],
        prepare_only: bool,
        language: str = "en",
    ) -> TurnResult:
        self.asked.append((text, language))
        return TurnResult(text, f"reply in {language}", "test", path="intent")

    def given(self, result: TurnResult) -> None:
        pass


@pytest.fixture
def answer_one() -> Iterator[
    Callable[[LanguageSTT, Sequence[str]], tuple[ReplyText, RecordingAnswerer, ScriptedTTS]]
]:
    stops: list[Callable[[], None]] = []

    def run(
        stt: LanguageSTT, spoken: Sequence[str]
    ) -> tuple[ReplyText, RecordingAnswerer, ScriptedTTS]:
        events: list[Event] = []
        shared = LoopState(events.append, VoiceConfig(), "always", WakePhrase("hey computer"))
        tts = ScriptedTTS()
        speaking = Speaking(shared, tts, [])
        speaking.use(SilentSpeaker(tts.sample_rate))
        answerer = RecordingAnswerer(spoken)
        answering = Answering(shared, speaking, lambda: stt, answerer)
        threads = [threading.Thread(target=t, daemon=True) for t in (answering.run, speaking.run)]
        for thread in threads:
            thread.start()

        def stop() -> None:
            shared.stop.set()
            answering.close()
            speaking.close()
            for thread in threads:
                thread.join(5)

        stops.append(stop)
        if stt.text.startswith("typed:"):
            answering.submit(Turn(1, text=stt.text.removeprefix("typed:"), explicit=True))
        else:
            answering.submit(Turn(1, audio=np.ones(16000, np.float32), explicit=True))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            replies = [e for e in events if isinstance(e, ReplyText)]
            if replies and tts.texts:
                return replies[0], answerer, tts
            time.sleep(0.01)
        raise AssertionError(f"no reply: {events}")

    yield run
    for stop in stops:
        stop()


def test_a_request_is_answered_and_spoken_in_the_language_it_was_heard_in(answer_one) -> None:
    reply, answerer, tts = answer_one(LanguageSTT("¿Qué hora es?", "es"), ["es", "en"])
    assert answerer.asked == [("¿Qué hora es?", "es")]
    assert reply.language == "es" and reply.text == "reply in es"
    assert tts.languages == ["es"]


def test_a_language_not_picked_is_told_which_are_on_in_the_nearest(answer_one) -> None:
    reply, answerer, tts = answer_one(LanguageSTT("Che ore sono?", "it"), ["es", "en"])
    assert answerer.asked == []  # not routed: nothing is guessed from words not understood
    assert reply.handled_by == "language" and reply.language == "es"
    assert "español e inglés" in reply.text
    assert tts.languages == ["es"]


def test_a_typed_request_is_answered_in_its_language(answer_one) -> None:
    reply, answerer, tts = answer_one(LanguageSTT("typed:Quelle heure est-il ?", ""), ["fr", "en"])
    assert answerer.asked == [("Quelle heure est-il ?", "fr")]
    assert reply.language == "fr" and tts.languages == ["fr"]


def test_typed_text_in_a_language_not_picked_is_told_which_are_on(answer_one) -> None:
    """As speech in it is: not routed, so German read as English or Spanish is not
    answered wrongly; told in the nearest picked language (English here)."""
    reply, answerer, tts = answer_one(
        LanguageSTT("typed:Wie spät ist es in Berlin?", ""), ["es", "en"]
    )
    assert answerer.asked == []
    assert reply.handled_by == "language" and reply.language == "en"
    assert reply.text == languages.not_on_reply("de", ["es", "en"])[1]
    assert reply.text.startswith("Sorry, I only answer in Spanish and English")
    assert tts.languages == ["en"]


def test_english_only_answers_english_in_english(answer_one) -> None:
    reply, answerer, tts = answer_one(LanguageSTT("What time is it?", "en"), ["en"])
    assert answerer.asked == [("What time is it?", "en")]
    assert reply.language == "en" and tts.languages == ["en"]


# --- the voice for each reply -----------------------------------------------------------


class ToneVoice:
    def __init__(self, language: str, sample_rate: int) -> None:
        self.language, self.sample_rate = language, sample_rate
        self.said: list[str] = []

    def synthesize(self, text: str) -> Iterator[np.ndarray]:
        yield self.synthesize_all(text)

    def synthesize_all(self, text: str) -> np.ndarray:
        self.said.append(text)
        return np.ones(self.sample_rate, np.float32)  # one second


def test_the_configured_voice_speaks_its_language_and_espeak_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = ToneVoice("en", 22050)
    made: dict[str, ToneVoice] = {}

    def fake_espeak(language: str, config: object = None) -> ToneVoice:
        made[language] = ToneVoice(language, 16000)
        return made[language]

    monkeypatch.setattr(voices, "EspeakTTS", fake_espeak)
    chooser = Voices(lambda: english)
    assert chooser.voice("en") is english
    audio = chooser.synthesize_all("Hola.", "es")
    assert made["es"].said == ["Hola."] and english.said == []
    assert abs(audio.size - 22050) <= 2  # at the speaker's rate, the configured voice's
    assert chooser.voice("es") is made["es"]  # loaded once


def test_a_voice_pointed_at_for_another_language_speaks_that_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spanish = ToneVoice("es", 22050)
    monkeypatch.setattr(
        voices, "EspeakTTS", lambda language, config=None: ToneVoice(language, 22050)
    )
    chooser = Voices(lambda: spanish)
    assert chooser.voice("es") is spanish
    assert chooser.voice("de").language == "de"


def test_without_espeak_a_language_without_a_voice_says_how_to_get_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(espeak, "espeak_program", lambda: None)
    chooser = Voices(lambda: ToneVoice("en", 22050))
    with pytest.raises(ModelMissingError) as missing:
        chooser.voice("fr")
    assert "French" in missing.value.message and "apt-get install espeak-ng" in missing.value.fix


def test_a_test_voice_speaks_every_language() -> None:
    tone = ToneVoice("en", 16000)
    assert Voices(lambda: tone, fixed=True).voice("de") is tone


@pytest.mark.skipif(espeak.espeak_program() is None, reason="eSpeak NG is not installed")
def test_espeak_speaks_each_language() -> None:
    for language in ("es", "fr", "de"):
        voice = espeak.EspeakTTS(language)
        audio = voice.synthesize_all("Uno. Deux. Drei.")
        assert voice.sample_rate == 22050 and audio.size > 0.5 * voice.sample_rate
        assert 0.01 < float(np.abs(audio).max()) <= 1.0


# --- words for the voice and the model ------------------------------------------------


def test_symbols_are_said_in_the_replys_language() -> None:
    assert for_speech("21 °C, 40 %.", "es") == "21 grados Celsius, 40 por ciento."
    assert for_speech("21 °C & 40 %.", "de") == "21 Grad Celsius und 40 Prozent."
    assert for_speech("21 °C at 3:05.") == "21 degrees Celsius at 3 oh 5."


def test_the_model_is_told_to_answer_in_the_questions_language() -> None:
    assert chat_prompt("en") == CHAT_PROMPT
    spanish = chat_prompt("es")
    assert "always answer in Spanish" in spanish and "plain Spanish" in spanish
    assert "English" not in spanish
    assert "don't know" in spanish  # the same honesty rules


def test_the_honest_live_data_reply_is_in_the_questions_language() -> None:
    weather = TOPICS["weather"]
    assert honest_reply(weather).startswith("I can't know the weather")
    assert honest_reply(weather, "es").startswith("No puedo consultar el tiempo")
    assert "hors ligne" in honest_reply(weather, "fr")
    assert "offline" in honest_reply(weather, "de")


def test_the_echo_guard_reads_words_with_accents() -> None:
    assert words("Mi número favorito, ¿sí?") == {"mi", "número", "favorito", "sí"}
    assert words("Here's the plan.") == {"here", "the", "plan"}


def test_installing_the_models_brings_the_one_another_language_needs() -> None:
    from hearth.assistant.cli.models import _needed_ids

    assert models.MULTILINGUAL_STT not in _needed_ids()
    config = Config()
    config.language.spoken = ["de", "en"]
    config.save()
    assert models.MULTILINGUAL_STT in _needed_ids()


# --- typed text in a language not picked --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "picked", "expected"),
    [
        ("Wie spät ist es in Berlin?", ["es", "en"], "de"),
        ("¿Qué tiempo hará mañana en Madrid?", ["en"], "es"),
        ("Quelle heure est-il à Montréal ?", ["de", "en"], "fr"),
        ("what time is it in Tokyo", ["fr"], "en"),
        ("¿Qué hora es?", ["es", "en"], "es"),  # picked: answered as before
        ("What time is it?", ["es", "en"], "en"),
    ],
)
def test_typed_text_clearly_in_another_language_is_told_apart(
    text: str, picked: list[str], expected: str
) -> None:
    assert typed_language(text, picked) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what does 'je ne sais quoi' mean",
        "what does je ne sais quoi mean",
        "how do you say thank you in German",
        "translate 'buenos días'",
        'translate "wo ist der Bahnhof" to English',
        "what does c'est la vie mean",
        "remind me to call Señor García at 5",
        "add crème fraîche to my shopping list",
    ],
)
def test_english_quoting_foreign_words_is_never_refused_to_an_english_user(text: str) -> None:
    assert typed_language(text, ["en"]) == "en"
    assert typed_language(text, ["es", "en"]) in ("es", "en")


@pytest.mark.parametrize("text", ["ok", "Tokyo", "17 * 23", "taxi", "hola", "merci", "sí", "ja"])
@pytest.mark.parametrize("picked", [["en"], ["es", "en"], ["fr"], ["de", "en"]])
def test_short_or_ambiguous_text_stays_in_a_picked_language(text: str, picked: list[str]) -> None:
    assert typed_language(text, picked) in picked


def test_typing_is_measured_with_no_wrong_refusals() -> None:
    """The figures the README reports: a change that refuses a request wrongly, or
    catches much less, shows here."""
    from hearth.assistant.bench.typed_language_eval import evaluate, load_cases

    cases = load_cases()
    assert len(cases) >= 300
    assert sum(1 for _, language in cases if language is None) >= 20
    for picked, row in evaluate(cases)["picks"].items():
        assert row["refused_wrongly"] == 0, (picked, row["wrong"])
        assert row["caught_pct"] >= 80, picked


def test_assistant_ask_tells_typed_text_in_a_language_not_picked_which_are_on(
    tmp_path: Path,
) -> None:
    config = Config()
    config.language.spoken = ["es", "en"]
    assistant = Assistant(config, skills=[], data_root=tmp_path)
    try:
        result = assistant.ask("Wie wird das Wetter morgen in Berlin?")
        assert (result.path, result.handled_by, result.language) == ("language", "language", "en")
        assert result.reply.startswith("Sorry, I only answer in Spanish and English")
        assert assistant.history == []  # nothing was asked of the conversation
        answers = AssistantAnswers(assistant)  # the window's typed text takes this way
        assert answers.language_of("Was gibt es Neues in den Nachrichten?") == "de"
        spanish = assistant.ask("¿Qué tiempo hará mañana en Madrid?", remember=False)
        assert (spanish.path, spanish.language) == ("live_data", "es")
        config.language.spoken = ["fr"]
        result = assistant.ask("¿Qué tiempo hará mañana en Madrid?")
        assert result.reply.startswith("Désolé, je ne réponds qu'en français")
    finally:
        assistant.close()


def test_a_question_in_another_language_ends_with_a_reminder_in_it() -> None:
    from hearth.assistant.engines.llm import Message
    from hearth.assistant.understanding.prompting import in_language

    asked = [Message("system", "rules"), Message("user", "Wer war Marie Curie?")]
    reminded = in_language(asked, "de")
    assert reminded[-1] == Message("user", "Wer war Marie Curie?\n(Antworte auf Deutsch.)")
    assert reminded[0] == asked[0] and asked[-1].content == "Wer war Marie Curie?"
    assert in_language(asked, "en") == asked
