"""Questions that need live data are answered honestly, never by a model guessing:
the classifier (varied wordings and near misses), its measured figures on the evaluation
set, and the router's step (before any model, after the skills; the larger tier only
when the user says it can look things up)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hearth.assistant.bench.answer_eval import Item, invented_numbers, is_honest, score
from hearth.assistant.bench.live_eval import evaluate, load_cases
from hearth.assistant.config import LargeLLMConfig, LLMConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.live_data import honest_reply, live_topic
from hearth.assistant.understanding.prompting import CHAT_PROMPT
from hearth.assistant.understanding.router import Router
from hearth.skills import builtin_skills


def never_load() -> ScriptedChat:
    raise AssertionError("no language model may answer a question that needs live data")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("what's the weather going to be like in Lisbon on Thursday", "weather"),
        ("is it going to pour down later", "weather"),
        ("how chilly will it be tonight", "weather"),
        ("anything in the headlines this morning", "news"),
        ("what did the prime minister announce today", "news"),
        ("who won the rugby yesterday", "sports"),
        ("what's Amazon's share price", "markets"),
        ("how much is dogecoin worth right now", "markets"),
        ("how many dollars is 50 euros", "exchange"),
        ("is the M4 busy right now", "traffic"),
        ("is the hardware store open on Sundays", "hours"),
        ("has flight LH 400 landed", "travel"),
        ("who won the mayoral election", "elections"),
        ("what's on telly tonight", "local"),
    ],
)
def test_live_questions_in_many_wordings_are_recognised(text: str, topic: str) -> None:
    found = live_topic(text)
    assert found is not None, text
    assert found.name == topic


@pytest.mark.parametrize(
    "text",
    [
        "what is the weather like on Mars",
        "why is the sky blue",
        "what's the news about the Roman empire",
        "how do weather forecasts work",
        "who won the 1966 World Cup",
        "what is a stock",
        "how many pounds are in a kilogram",
        "when do tulips open",
        "what causes traffic jams",
        "I love rainy days",
        "the match last night was great",
        "what's the weather usually like in Greece in May",
        "write me a poem about the rain",
        "how is a tennis match scored",
        "what is the nearest star",
    ],
)
def test_near_misses_are_left_to_the_model(text: str) -> None:
    assert live_topic(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "how are things with you today",
        "what are you up to tonight",
        "can we play a game now",
        "are you doing okay this morning",
        "what did we talk about yesterday",
        "is it worth learning Latin now",
        "who won our bet last night",
        "is the cake done yet",
    ],
)
def test_time_words_in_ordinary_talk_are_not_live(text: str) -> None:
    """ "today" or "now" alone makes nothing live: "how are you doing today" once got
    "I can't know live scores" (it shared "doing" with "how are the Giants doing")."""
    assert live_topic(text) is None, text


def test_a_story_that_mentions_the_weather_is_not_a_weather_question() -> None:
    story = "So I was thinking about my garden and the tomatoes and the weather. " * 50
    assert live_topic(story + "What should I plant next?") is None
    assert live_topic("I'm going hiking with my sister. Will it rain tomorrow?") is not None
    assert live_topic("What's the weather tomorrow? We want to go hiking.") is not None


def test_a_year_gone_by_is_history_but_this_year_is_live() -> None:
    today = date(2027, 5, 1)
    assert live_topic("who won the 2026 election", today) is None
    assert live_topic("who won the 2027 election", today) is not None


def test_measured_on_the_evaluation_set() -> None:
    """The figures the README reports; a change that costs either shows here."""
    report = evaluate(load_cases())
    assert report["cases"] >= 300 and report["near_misses"] >= 150
    assert report["precision_pct"] >= 97
    assert report["recall_pct"] >= 97


def test_the_honest_reply_invents_nothing_and_says_where_to_look() -> None:
    for text in ("will it snow tomorrow", "what's the price of gold", "who won last night"):
        topic = live_topic(text)
        assert topic is not None
        reply = honest_reply(topic)
        assert reply.startswith("I can't know") and "offline" in reply
        assert not re.search(r"\d", reply)
        assert len(reply.split(". ")) <= 3  # short enough to be spoken
        assert is_honest(reply)


def test_the_router_answers_without_any_model() -> None:
    router = Router(builtin_skills(), never_load)
    result = router.route("What's the weather tomorrow?")
    assert (result.path, result.handled_by, result.tier) == ("live_data", "assistant", None)
    assert result.reply.startswith("I can't know the weather")
    assert router.plan("how much is one bitcoin worth right now") == "live_data"
    assert router.route("say that again").reply == result.reply


def test_a_skill_still_comes_first() -> None:
    router = Router(builtin_skills(), never_load)
    result = router.route("remind me to check the weather at 7 pm")
    assert result.handled_by == "reminders"


def test_the_larger_tier_is_not_asked_unless_it_can_look_things_up() -> None:
    large = ScriptedChat(["Sunny, 24 degrees."], where="your server")
    router = Router([], never_load, lambda: large, LLMConfig())
    assert router.route("what's the forecast for tomorrow").path == "live_data"
    assert large.calls == []  # a plain model has no live data: it would only guess

    config = LLMConfig(large=LargeLLMConfig(enabled=True, live_data=True))
    router = Router([], never_load, lambda: large, config)
    result = router.route("what's the forecast for tomorrow")
    assert (result.path, result.tier, result.reply) == ("live_data", "large", "Sunny, 24 degrees.")


def test_a_failing_larger_tier_never_hands_live_questions_to_the_small_model() -> None:
    config = LLMConfig(large=LargeLLMConfig(enabled=True, live_data=True))
    router = Router([], never_load, lambda: ScriptedChat(fail=True), config)
    result = router.route("what's the forecast for tomorrow")
    assert result.reply.startswith("I can't know the weather")
    assert "scripted model is set to fail" in result.notice


def test_the_model_is_told_to_say_it_does_not_know_and_to_correct_false_premises() -> None:
    chat = ScriptedChat(["The sun is not cold: it is extremely hot."])
    Router([], lambda: chat).route("why is the sun cold")
    system = chat.calls[0][0]
    assert system == Message("system", CHAT_PROMPT)
    assert "don't know" in system.content and "false" in system.content
    assert "no live information" in system.content


@pytest.mark.parametrize(
    ("reply", "outcome", "invented"),
    [
        ("I can't know the weather: I work offline.", "right", False),
        ("I don't have access to real-time weather data.", "right", False),
        ("Tomorrow will be sunny with a high of 24 degrees.", "wrong", True),
        ("I can't check live prices, but it was about 30,000 dollars.", "wrong", True),
    ],
)
def test_answers_to_live_questions_are_scored_for_invention(
    reply: str, outcome: str, invented: bool
) -> None:
    item = Item("live-x", "live", "What's the weather tomorrow?", "live_data", None, [])
    assert score(item, reply) == (outcome, invented)


def test_other_answers_are_right_honest_or_wrong() -> None:
    item = Item("fact-x", "fact", "What is the capital of France?", "llm_chat", [r"paris"], [])
    assert score(item, "Paris.") == ("right", False)
    assert score(item, "I'm not sure, sorry.") == ("honest", False)
    assert score(item, "Lyon.") == ("wrong", False)
    assert invented_numbers("Flight BA 283 lands at 14:05.", "Is flight BA 283 on time?") == [
        "14",
        "05",
    ]


def test_in_several_sentences_only_what_is_asked_counts() -> None:
    story = "So I was thinking about my garden and the weather. " * 20
    assert live_topic(story + "What should I plant next?") is None
    assert live_topic("I'm going hiking. What's the weather tomorrow?") is not None
    assert live_topic("What's the weather tomorrow? I'm going hiking.") is not None


def test_the_answer_set_is_well_formed() -> None:
    from collections import Counter

    from hearth.assistant.bench.answer_eval import load_items

    items = load_items()
    assert len(items) >= 100 and len({i.id for i in items}) == len(items)
    classes = Counter(i.cls for i in items)
    assert set(classes) == {
        "fact",
        "howto",
        "chitchat",
        "live",
        "premise",
        "private",
        "arithmetic",
        "skill",
    }
    assert all(i.route in ("intent", "live_data", "llm_chat") for i in items)
    for item in items:  # the route each expects is the one the router plans
        planned = Router(builtin_skills(), never_load).plan(item.text)
        assert planned == item.route or (item.route == "llm_chat" and planned == "llm_tool"), item
    assert len({i.cls for i in items[:16]}) == len(classes)  # --limit 16 covers every class


# --- Spanish, French and German -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "topic"),
    [
        ("es", "¿Qué tiempo hará mañana en Madrid?", "weather"),
        ("es", "que tiempo hara manana en madrid", "weather"),  # typed without accents
        ("es", "¿Quién ganó el partido del Real Madrid anoche?", "sports"),
        ("es", "¿A cuánto está el dólar hoy?", "exchange"),
        ("es", "¿Cuáles son las noticias de hoy?", "news"),
        ("fr", "Quel temps fera-t-il demain à Paris ?", "weather"),
        ("fr", "À combien est l'euro en dollars aujourd'hui ?", "exchange"),
        ("fr", "Qui a gagné le match du PSG hier soir ?", "sports"),
        ("fr", "Y a-t-il des bouchons sur le périphérique ?", "traffic"),
        ("de", "Wie wird das Wetter morgen in Berlin?", "weather"),
        ("de", "Was gibt es Neues in den Nachrichten?", "news"),
        ("de", "Wann macht der Supermarkt heute zu?", "hours"),
        ("de", "Hat mein Flug nach Madrid Verspätung?", "travel"),
    ],
)
def test_live_questions_in_other_languages_are_recognised(
    language: str, text: str, topic: str
) -> None:
    found = live_topic(text, language=language)
    assert found is not None, text
    assert found.name == topic


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¿Por qué llueve?"),  # an explanation
        ("es", "¿Quién ganó el Mundial de 1966?"),  # the past
        ("es", "¿Qué tiempo hace normalmente en invierno en Madrid?"),  # climate
        ("es", "¿Cómo es el clima en Marte?"),  # another world
        ("es", "Me encanta la lluvia."),  # a statement
        ("es", "¿Cuánto tiempo tarda en hervir un huevo?"),  # "tiempo" is time too
        ("es", "¿Está cerrada la puerta ahora?"),
        ("fr", "Pourquoi il pleut ?"),
        ("fr", "Qui a gagné la Coupe du monde 1998 ?"),
        ("fr", "Dans le roman, qui gagne la guerre ?"),  # fiction
        ("fr", "Combien de grammes dans une livre ?"),  # a pound in weight
        ("fr", "J'adore les jours de pluie."),
        ("de", "Warum regnet es?"),
        ("de", "Wie ist das Wetter normalerweise im Winter in Berlin?"),
        ("de", "Was heißt Wetter auf Englisch?"),
        ("de", "Das Spiel gestern war toll."),
        ("de", "Wie warm ist der Kaffee noch?"),
    ],
)
def test_near_misses_in_other_languages_are_left_to_the_model(language: str, text: str) -> None:
    assert live_topic(text, language=language) is None, text


def test_a_language_with_no_words_is_never_live() -> None:
    assert live_topic("Che tempo fa domani a Roma?", language="it") is None


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_each_language_is_measured_on_its_own_set(language: str) -> None:
    """The figures the README reports per language; a change that costs one shows here."""
    report = evaluate(load_cases(language=language), language)
    assert report["cases"] >= 40 and report["near_misses"] >= 15
    assert report["precision_pct"] >= 95
    assert report["recall_pct"] >= 95
    assert report["same_topic_pct"] >= 95


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_the_honest_reply_is_said_in_the_questions_language_per_topic(language: str) -> None:
    from hearth.assistant.understanding.live_data import LANGUAGES, TOPICS

    replies = {name: honest_reply(topic, language) for name, topic in TOPICS.items()}
    assert set(LANGUAGES[language].said) == set(TOPICS)  # every topic has its words
    assert len(set(replies.values())) == len(TOPICS)  # each says what and where
    for reply in replies.values():
        assert "I can't" not in reply and "offline" not in reply.split(":")[0]
        assert not re.search(r"\d", reply)
        assert len(reply) < 240  # short enough to be spoken


def test_the_router_answers_other_languages_without_any_model() -> None:
    router = Router(builtin_skills(), never_load)
    for language, text, start in [
        ("es", "¿Va a llover esta tarde?", "No puedo consultar el tiempo"),
        ("fr", "Quelle est la météo pour ce week-end ?", "Je ne peux pas consulter la météo"),
        ("de", "Was sind die Schlagzeilen heute?", "Ich kann die heutigen Nachrichten"),
    ]:
        result = router.route(text, language=language)
        assert (result.path, result.language) == ("live_data", language), text
        assert result.reply.startswith(start), result.reply
        assert router.plan(text, language=language) == "live_data"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "How many degrees does water boil at?"),
        ("en", "How many degrees should the oven be for bread?"),
        ("es", "¿A cuántos grados hierve el agua?"),
        ("fr", "À combien de degrés l'eau bout-elle ?"),
        ("de", "Bei wie viel Grad kocht Wasser?"),
        ("de", "Auf wie viel Grad stelle ich den Backofen?"),
    ],
)
def test_the_degrees_of_a_thing_are_not_the_weather(language: str, text: str) -> None:
    """ "How many degrees" is the weather's only when it is the air's: water boiling, an
    oven or an angle is a question the model can answer (all four languages had taken
    the boiling point of water for a weather question)."""
    assert live_topic(text, language=language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "How many degrees is it outside?"),
        ("es", "¿Cuántos grados hace hoy en Madrid?"),
        ("fr", "Combien de degrés fait-il à Paris aujourd'hui ?"),
        ("de", "Wie viel Grad hat es heute in Berlin?"),
    ],
)
def test_the_degrees_outside_still_are(language: str, text: str) -> None:
    topic = live_topic(text, language=language)
    assert topic is not None and topic.name == "weather"
