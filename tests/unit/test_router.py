from typing import Any

import pytest
from hearth.assistant.config import LLMConfig, SkillsConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.skill import Reply, Skill, SkillContext, intent
from hearth.assistant.testing import ScriptedChat, ScriptedToolChat
from hearth.assistant.understanding.router import NO_ANSWER, Router, is_hard
from hearth.skills import builtin_skills


class Boom(Skill):
    name = "boom"

    def match(self, text: str) -> dict[str, Any] | None:
        return {} if text == "explode" else None

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str:
        raise RuntimeError("kaboom")


def never_load() -> ScriptedChat:
    raise AssertionError("the language model must not be loaded for this turn")


@pytest.mark.parametrize("text", ["stop", "Cancel.", "never mind", "OK stop please"])
def test_control_words_come_first(text: str) -> None:
    result = Router(builtin_skills(), never_load).route(text)
    assert (result.handled_by, result.reply) == ("control", "Okay.")


def test_skills_answer_before_the_model_is_even_loaded() -> None:
    result = Router(builtin_skills(), never_load).route("what is seven times eight")
    assert result.handled_by == "calculator"
    assert result.reply == "That's 56."
    assert result.tier is None
    assert result.timings_ms["route"] < 50


def test_the_model_answers_the_rest_in_speakable_form() -> None:
    chat = ScriptedChat(
        ["**Paris** is the capital of France. It is big. It has a tower. It has a river. And more"]
    )
    result = Router(builtin_skills(), lambda: chat).route("capital of France?")
    assert result.handled_by == "llm"
    assert result.tier == "small"
    assert result.reply == "Paris is the capital of France. It is big. It has a tower."
    assert {"llm_first_token", "llm_total", "route", "total"} <= result.timings_ms.keys()
    sent = chat.calls[0]
    assert sent[0].role == "system" and sent[-1] == Message("user", "capital of France?")


def test_an_empty_model_reply_is_not_silence() -> None:
    result = Router([], lambda: ScriptedChat([""])).route("hmm")
    assert result.reply == NO_ANSWER


def test_a_failing_skill_is_reported_and_the_assistant_goes_on() -> None:
    router = Router([Boom(), *builtin_skills()], never_load)
    result = router.route("explode")
    assert result.handled_by == "boom"
    assert "boom skill failed" in result.reply
    assert router.route("what is 2 plus 2").reply == "That's 4."


def test_history_is_passed_and_trimmed_to_the_context() -> None:
    chat = ScriptedChat(["Fine."])
    config = LLMConfig(context_tokens=400, max_reply_tokens=50)
    history = [Message("user", f"message {i} " + "x" * 100) for i in range(20)]
    Router([], lambda: chat, config=config).route("and now?", history)
    sent = chat.calls[0]
    assert sent[-1].content == "and now?"
    assert 0 < len(sent) - 2 < 20
    assert sent[-2] == history[-1]


def test_hard_questions_go_to_the_larger_tier_when_it_is_on() -> None:
    small, large = ScriptedChat(["Small."]), ScriptedChat(["Large."], where="your server")
    router = Router([], lambda: small, lambda: large)
    assert router.route("Explain how vaccines train the immune system").tier == "large"
    easy = router.route("what is a cat")
    assert (easy.tier, easy.reply) == ("small", "Small.")
    assert is_hard("why is the sky blue") and not is_hard("hello there")


def test_larger_tier_failure_falls_back_and_says_so() -> None:
    small, large = ScriptedChat(["Small."]), ScriptedChat(fail=True)
    result = Router([], lambda: small, lambda: large).route("Explain quantum computing")
    assert result.tier == "small"
    assert "small model instead" in result.notice


def test_a_monologue_is_cut_to_what_the_model_can_read_and_the_user_is_told() -> None:
    chat = ScriptedChat(["Noted."])
    config = LLMConfig(context_tokens=1024, max_reply_tokens=64)
    text = "and then I went to the shop " * 2000
    result = Router([], lambda: chat, config=config).route(text)
    assert "only read the first part" in result.notice
    assert len(chat.calls[0][-1].content) <= (1024 - 64 - 200) * 3 // 2


class Kettle(Skill):
    name = "kettle"
    description = "Boils water."

    @intent("boil the kettle")
    def boil(self, ctx: SkillContext) -> Reply:
        return ctx.ask("How hot?", lambda answer: f"Boiling to {answer}.")

    @intent("descale the kettle")
    def descale(self, ctx: SkillContext) -> str:
        return "Descaling."


def test_plan_names_the_path_that_route_then_takes() -> None:
    chat = ScriptedToolChat(['{"tool": "kettle.descale", "args": {}}'], replies=["Hello."])
    router = Router([Kettle()], lambda: chat, skills_config=SkillsConfig(llm_tools=True))
    turns = [
        ("hello there", "llm_chat"),
        ("boil the kettle", "intent"),  # asks "How hot?"
        ("ninety degrees", "pending_question"),
        ("boil the kettle", "intent"),  # asks again ...
        ("descale the kettle", "intent"),  # ... but a whole new request replaces the question
        ("my kettle needs descaling please", "llm_tool"),
        ("say that again", "control"),
        ("boil the kettle", "intent"),
        ("stop", "control"),  # drops the question too
        ("ninety degrees", "llm_chat"),
    ]
    for text, path in turns:
        assert router.plan(text) == path, text
        assert router.route(text).path == path, text
    assert router.host.pending is None
