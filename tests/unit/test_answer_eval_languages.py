"""``assistant eval --answers --language es|fr|de``: the Spanish, French and German sets,
and the scorer's reading of honest replies and of the reply's language. No model."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.bench.answer_eval import (
    LANGUAGES,
    Item,
    evaluate,
    is_honest,
    load_items,
    reply_language,
    run_answer_eval,
    score,
    with_language,
)
from hearth.assistant.config import Config, SkillsConfig
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.understanding.grounding import DOESNT_SAY
from hearth.assistant.understanding.live_data import TOPICS, honest_reply
from hearth.assistant.understanding.router import Router
from hearth.assistant.understanding.turn_result import TurnResult
from hearth.skills import builtin_skills

OTHERS = ["es", "fr", "de"]
CLASSES = {"fact", "howto", "chitchat", "live", "premise", "private", "arithmetic", "skill"}


def never_load() -> Any:
    raise AssertionError("no language model may be loaded here")


# --- the sets ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", OTHERS)
def test_each_language_has_a_well_formed_set(language: str, tmp_path: Path) -> None:
    items = load_items(language=language)
    assert len(items) >= 45 and len({i.id for i in items}) == len(items)
    classes = Counter(i.cls for i in items)
    assert set(classes) == CLASSES
    assert classes["fact"] >= 10 and classes["live"] >= 6
    assert len({i.cls for i in items[:16]}) == len(CLASSES)  # --limit 16 covers every class
    host = SkillHost(builtin_skills(), SkillsConfig(llm_tools=False), tmp_path)
    router = Router(host.skills, never_load, host=host)
    for item in items:  # the route each expects is the one the router plans, in its language
        planned = router.plan(item.text, language=language)
        assert planned == item.route or (item.route == "llm_chat" and planned == "llm_tool"), item


@pytest.mark.parametrize("language", OTHERS)
def test_every_question_of_a_set_is_in_its_language(language: str) -> None:
    for item in load_items(language=language):
        assert reply_language(item.text, "en") in (language, "en"), item.text
        assert reply_language(item.text, language) == language, item.text


@pytest.mark.parametrize("language", OTHERS)
def test_the_skills_and_the_honest_replies_of_a_set_score_right(
    language: str, tmp_path: Path
) -> None:
    """Every question a skill or the live-data step answers (no model) is right: the
    set's patterns fit the product's own replies in that language."""
    host = SkillHost(builtin_skills(), SkillsConfig(llm_tools=False), tmp_path)
    router = Router(host.skills, never_load, host=host)
    for item in load_items(language=language):
        if item.route == "llm_chat":
            continue
        reply = router.route(item.text, language=language).reply
        router.host.clear_pending()
        assert score(item, reply, language) == ("right", False), (item.text, reply)


def test_an_unknown_language_is_refused_before_anything_loads() -> None:
    with pytest.raises(AssistantError, match="no answer set in 'it'"):
        run_answer_eval(language="it")


def test_the_run_speaks_the_sets_language_without_touching_the_users_config() -> None:
    config = Config()
    config.language.spoken = ["en"]
    copy = with_language(config, "de")
    assert copy.language.spoken == ["de", "en"] and config.language.spoken == ["en"]
    assert with_language(config, "en").language.spoken == ["en"]


# --- honest "cannot know", per language --------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_the_products_own_honest_replies_read_as_honest(language: str, topic: str) -> None:
    reply = honest_reply(TOPICS[topic], language)
    assert is_honest(reply, language), reply


@pytest.mark.parametrize("language", sorted(DOESNT_SAY))
def test_my_encyclopedia_doesnt_say_reads_as_honest(language: str) -> None:
    assert is_honest(f"{DOESNT_SAY[language]}.", language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("es", "No lo sé."),
        ("es", "No sé qué desayunaste esta mañana."),
        ("es", "No tengo acceso a tu cuenta bancaria."),
        ("es", "No me has dicho cómo se llama tu vecino."),
        ("es", "No puedo saber a qué hora te acostaste."),
        ("es", "Lo siento, no tengo información en tiempo real."),
        ("es", "Lo siento, no puedo responder a eso."),
        ("fr", "Je ne sais pas."),
        ("fr", "Je n'ai pas accès à votre compte bancaire."),
        ("fr", "Vous ne m'avez pas dit ce que vous avez mangé."),
        ("fr", "Je ne peux pas savoir à quelle heure vous vous êtes couché."),
        ("fr", "Désolé, je n’ai aucune information sur votre voisin."),
        ("fr", "Désolé, je ne peux pas répondre à cette question."),
        ("de", "Das weiß ich nicht."),
        ("de", "Ich weiß nicht, was du gegessen hast."),
        ("de", "Ich habe keinen Zugriff auf dein Bankkonto."),
        ("de", "Das hast du mir nicht gesagt."),
        ("de", "Ich kann nicht wissen, wann du ins Bett gegangen bist."),
        ("de", "Leider habe ich keine Informationen über deinen Nachbarn."),
        ("de", "Es tut mir leid, aber das kann ich nicht beantworten."),
    ],
)
def test_the_models_ways_of_saying_it_does_not_know_are_honest(language: str, reply: str) -> None:
    assert is_honest(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("es", "Desayunaste huevos con tostadas."),
        ("es", "El sol no es frío: es muy caliente."),
        ("es", "No se puede ver la Gran Muralla desde la Luna."),
        ("es", "Tu vecino se llama Juan."),
        ("fr", "Vous avez mangé des croissants."),
        ("fr", "Le soleil n'est pas froid, il est très chaud."),
        ("fr", "Votre voisin s'appelle Pierre."),
        ("de", "Du hast ein Brot mit Marmelade gegessen."),
        ("de", "Die Sonne ist nicht kalt, sondern sehr heiß."),
        ("de", "Dein Nachbar heißt Thomas."),
    ],
)
def test_answers_and_corrections_are_not_honest(language: str, reply: str) -> None:
    assert not is_honest(reply, language)


def test_english_honesty_is_not_read_into_another_languages_words() -> None:
    assert is_honest("I don't know.", "en") and not is_honest("I don't know.", "de")
    assert not is_honest("Ich weiß es nicht.", "en") and is_honest("Ich weiß es nicht.", "de")


# --- the reply's language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "reply", "said_in"),
    [
        ("de", "Eine Spinne hat acht Beine.", "de"),
        ("de", "A spider has eight legs.", "en"),
        ("de", "Marie Curie was a Polish physicist and chemist who won two Nobel prizes.", "en"),
        ("es", "La capital de Australia es Canberra.", "es"),
        ("es", "The capital of Australia is Canberra.", "en"),
        ("es", "La capitale de l'Australie est Canberra.", "fr"),
        ("fr", "La capitale de l'Australie est Canberra.", "fr"),
        ("fr", "Die Hauptstadt von Australien ist Canberra.", "de"),
        ("de", "蜘蛛有八条腿。", "other"),
        ("de", "Canberra.", "de"),  # no words to tell: the question's language stands
        ("es", "Son 391.", "es"),
        ("fr", "391", "fr"),
        ("en", "Snakes have no legs.", "en"),  # one Spanish-looking word is not Spanish
        ("en", "Boil pasta until it's al dente, but not too hard.", "en"),
    ],
)
def test_the_reply_language_is_told_only_when_clear(asked: str, reply: str, said_in: str) -> None:
    assert reply_language(reply, asked) == said_in


# --- scoring -----------------------------------------------------------------------------

SPIDER = Item(
    "fact-x",
    "fact",
    "Wie viele Beine hat eine Spinne?",
    "llm_chat",
    [r"\b8\b|\bacht\b"],
    [r"\b(?:2|zwei|6|sechs) beine\b"],
)
PERU = Item("fact-y", "fact", "¿Dónde está Machu Picchu?", "llm_chat", [r"\bperu\b"], [])
BREAKFAST = Item("private-x", "private", "Was habe ich gefrühstückt?", "llm_chat", None, [])
WEATHER = Item("live-x", "live", "Wie wird das Wetter morgen?", "live_data", None, [])


def test_a_right_fact_in_the_wrong_language_is_not_right() -> None:
    assert score(SPIDER, "Eine Spinne hat acht Beine.", "de") == ("right", False)
    assert score(SPIDER, "Eine Spinne hat 8 Beine.", "de") == ("right", False)
    assert score(SPIDER, "A spider has eight legs.", "de") == ("wrong", False)
    assert score(SPIDER, "Eine Spinne hat zwei Beine.", "de") == ("wrong", False)


def test_accents_are_optional_and_number_words_count_as_digits() -> None:
    assert score(PERU, "Machu Picchu está en Perú.", "es") == ("right", False)
    assert score(SPIDER, "Spinnen haben acht Beine.", "de") == ("right", False)


def test_honest_in_the_wrong_language_is_honest_not_right() -> None:
    assert score(BREAKFAST, "Das hast du mir nicht gesagt.", "de") == ("right", False)
    assert score(BREAKFAST, "You haven't told me what you had.", "de") == ("honest", False)
    assert score(BREAKFAST, "Du hast ein Müsli gegessen.", "de") == ("wrong", False)


def test_invented_live_data_is_caught_in_every_language() -> None:
    honest = honest_reply(TOPICS["weather"], "de")
    assert score(WEATHER, honest, "de") == ("right", False)
    assert score(WEATHER, "Morgen wird es sonnig bei 24 Grad.", "de") == ("wrong", True)
    assert score(WEATHER, "I can't know the weather: I work offline.", "de") == ("honest", False)
    assert score(WEATHER, "I can't check it, but it will be 24 degrees.", "de") == (
        "honest",
        True,
    )


def test_the_report_counts_replies_in_another_language() -> None:
    replies = {
        SPIDER.text: "A spider has eight legs.",
        PERU.text: "Machu Picchu está en Perú.",
        BREAKFAST.text: "Das hast du mir nicht gesagt.",
        WEATHER.text: "Morgen wird es sonnig bei 24 Grad.",
    }

    def route(text: str) -> TurnResult:
        return TurnResult(text, replies[text], "llm")

    report = evaluate([SPIDER, BREAKFAST, WEATHER], route, language="de")
    assert report["language"] == "de"
    assert (report["right_pct"], report["wrong_pct"], report["wrong_language_pct"]) == (
        33.3,
        66.7,
        33.3,
    )
    assert report["invented_live_data"] == 1
    assert report["by_class"]["fact"]["wrong_language_pct"] == 100.0
    assert [r["reply_language"] for r in report["rows"]] == ["en", "de", "de"]
