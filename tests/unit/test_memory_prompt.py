"""What was remembered reaches the language model only when it is about the question,
labelled as the user's words, and never a model on another computer."""

from __future__ import annotations

from pathlib import Path

from hearth.assistant.config import Config, LLMConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.prompting import CHAT_PROMPT
from hearth.assistant.understanding.router import Router
from hearth.assistant.understanding.user_facts import LABEL, with_facts
from hearth.skills import builtin_skills
from hearth.skills.memory_store import Memories

PARKED = "I parked on level 3 of the airport garage"
BIRTHDAY = "My wife's birthday is May 3rd"


def facts_in(messages: list[Message]) -> list[str]:
    notes = [m.content for m in messages if m.role == "system" and m.content.startswith(LABEL)]
    return [line for note in notes for line in note.splitlines()[1:]]


def assistant_with(tmp_path: Path, skills: list | None = None) -> tuple[Assistant, ScriptedChat]:
    config = Config()
    config.skills.llm_tools = False
    assistant = Assistant(
        config, skills=builtin_skills() if skills is None else skills, data_root=tmp_path
    )
    chat = ScriptedChat(["Level 3."])
    assistant.use(llm=chat)
    return assistant, chat


def test_a_relevant_fact_is_in_the_prompt_and_an_irrelevant_one_is_not(tmp_path: Path) -> None:
    assistant, chat = assistant_with(tmp_path)
    assistant.ask(f"remember that {PARKED}")
    assistant.ask(f"remember that {BIRTHDAY}")
    result = assistant.ask("I'm back at the garage. Which level should I take the lift to?")
    assert result.handled_by == "llm"
    sent = chat.calls[-1]
    assert facts_in(sent) == [f'- "{PARKED}"']  # labelled, the user's own words
    assert sent[0] == Message("system", CHAT_PROMPT)  # the prompt's start is unchanged
    assert sent[-2].content.startswith(LABEL) and sent[-1].role == "user"  # just before it

    assistant.ask("What is the capital of France?")
    assert facts_in(chat.calls[-1]) == []
    assistant.ask("what should I get my wife for her birthday?")
    assert facts_in(chat.calls[-1]) == [f'- "{BIRTHDAY}"']
    assistant.close()


def test_forgotten_facts_are_no_longer_given(tmp_path: Path) -> None:
    assistant, chat = assistant_with(tmp_path)
    assistant.ask(f"remember that {PARKED}")
    assistant.ask("forget everything about me")
    assistant.ask("yes")
    assistant.ask("Which level of the garage should I take the lift to?")
    assert facts_in(chat.calls[-1]) == []
    assistant.close()


def test_without_the_memory_skill_nothing_remembered_is_used(tmp_path: Path) -> None:
    Memories.at(tmp_path).add(PARKED)
    others = [s for s in builtin_skills() if s.name != "memory"]
    assistant, chat = assistant_with(tmp_path, others)
    assistant.ask("Which level of the garage should I take the lift to?")
    assert facts_in(chat.calls[-1]) == []
    assert [f.text for f in assistant.memories().all()] == [PARKED]  # still listed, deletable
    assistant.close()


def test_a_larger_model_on_another_computer_never_gets_them(tmp_path: Path) -> None:
    Memories.at(tmp_path).add(PARKED)
    hard = "Explain why the level I parked on in the garage matters for finding my car later"
    for url, given in (
        ("https://models.example.com/v1", False),
        ("http://127.0.0.1:8080/v1", True),
    ):
        config = LLMConfig()
        config.large.enabled, config.large.url = True, url
        small, large = ScriptedChat(["Small."]), ScriptedChat(["Large."], where=url)
        router = Router(builtin_skills(), lambda s=small: s, lambda g=large: g, config)
        router.facts = Memories.at(tmp_path)
        assert router.route(hard).tier == "large"
        assert facts_in(large.calls[-1]) == ([f'- "{PARKED}"'] if given else [])
    config = LLMConfig()
    config.large.enabled, config.large.kind = True, "gguf"
    large = ScriptedChat(["Large."])
    router = Router(builtin_skills(), ScriptedChat, lambda: large, config)
    router.facts = Memories.at(tmp_path)
    router.route(hard)
    assert facts_in(large.calls[-1]) == [f'- "{PARKED}"']  # a file on this computer


def test_the_small_model_gets_them_when_the_remote_one_fails(tmp_path: Path) -> None:
    Memories.at(tmp_path).add(PARKED)
    config = LLMConfig()
    config.large.enabled, config.large.url = True, "https://models.example.com/v1"
    small, large = ScriptedChat(["Small."]), ScriptedChat(fail=True)
    router = Router(builtin_skills(), lambda: small, lambda: large, config)
    router.facts = Memories.at(tmp_path)
    result = router.route("Explain which level of the garage I parked on and why it matters")
    assert result.tier == "small" and facts_in(small.calls[-1]) == [f'- "{PARKED}"']


def test_a_memory_that_cannot_be_read_never_stops_an_answer(tmp_path: Path) -> None:
    class Broken:
        def relevant(self, question: str) -> list[str]:
            raise OSError("disk on fire")

    chat = ScriptedChat(["Paris."])
    router = Router([], lambda: chat)
    router.facts = Broken()
    assert router.route("What is the capital of France?").reply == "Paris."


def test_the_facts_given_are_few_and_short() -> None:
    long = ["x" * 300, "y" * 300, "z" * 300]
    messages = with_facts([Message("system", "s"), Message("user", "q")], long)
    assert len(facts_in(messages)) == 2  # 600 characters at most: the conversation keeps room
    messages = with_facts([Message("system", "s"), Message("user", "q")], ["w" * 900])
    assert len(facts_in(messages)) == 1  # the best one always
    assert with_facts([Message("user", "q")], []) == [Message("user", "q")]


def test_what_the_user_told_answers_a_question_that_would_need_live_data(
    tmp_path: Path,
) -> None:
    """ "When does my GP surgery open?" needs live data, unless the user said when: then
    the model answers with that fact, instead of "I can't know that offline". A fact
    that does not answer the whole question ("my work is at Siemens" for the weather at
    work) leaves the honest reply."""
    memories = Memories.at(tmp_path)
    memories.add("my GP surgery opens at 8", 0.0)
    memories.add("my work is at the Siemens campus", 0.0)
    chat = ScriptedChat(["At 8."])
    router = Router(builtin_skills(), lambda: chat)
    router.facts = memories
    result = router.route("when does my GP surgery open?")
    assert result.path == "llm_chat" and facts_in(chat.calls[-1]) == [
        '- "My GP surgery opens at 8"'
    ]
    weather = router.route("what's the weather like at my work?")
    assert weather.path == "live_data"
    router.facts = None
    assert router.route("when does my GP surgery open?").path == "live_data"
