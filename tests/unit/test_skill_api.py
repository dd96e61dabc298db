"""The skill API itself: phrases, slots, tools, grammar, safety, discovery, limits."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Literal

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost, ToolCallError
from hearth.assistant.hosting.loader import load_skills
from hearth.assistant.skill import Duration, Skill, SkillContext, intent
from hearth.assistant.slots import SLOT_TYPES, parse_clock_time, parse_duration
from hearth.assistant.testing import ScriptedToolChat, SkillHarness
from hearth.assistant.understanding.intents import build_handlers, compile_example, normalise
from hearth.assistant.understanding.router import Router
from hearth.assistant.understanding.tool_calling import ToolGate, build_grammar, tool_schema

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class Kettle(Skill):
    name = "kettle"
    description = "Boils water."
    permissions = ("changes_system",)

    def __init__(self) -> None:
        self.boiled: list[tuple[int, str]] = []

    @intent(
        "boil [the] (kettle|water) [to {temperature} degrees] [for {drink}]",
        confirm="Boil the kettle to {temperature} degrees?",
    )
    def boil(self, ctx: SkillContext, temperature: int = 100, drink: str = "") -> str:
        """Boil the kettle."""
        self.boiled.append((temperature, drink))
        return f"Boiling to {temperature}."

    @intent("is the kettle (on|off)", permissions=())
    def status(self, ctx: SkillContext) -> str:
        """Say whether the kettle is on."""
        return "It is off." if not self.boiled else "It is on."


class Slow(Skill):
    name = "slow"
    description = "Takes its time."

    @intent("take your time")
    def wait(self, ctx: SkillContext) -> str:
        """Sleep."""
        time.sleep(5)
        return "Done."


ONE_SECOND = Duration(1)


class Mode(Skill):
    name = "mode"

    @intent("switch to {mode} mode", "wait for {pause}")
    def switch(
        self, ctx: SkillContext, mode: Literal["quiet", "loud"], pause: Duration = ONE_SECOND
    ) -> str:
        """Change the mode."""
        return f"{mode} for {pause.spoken()}"


def test_examples_compile_with_optional_words_alternatives_and_typed_slots() -> None:
    compiled = compile_example(
        "boil [the] (kettle|water) [to {t} degrees]", {"t": SLOT_TYPES["integer"]}
    )
    assert compiled.regex.fullmatch(" boil water ")
    assert compiled.regex.fullmatch(" boil the kettle to 80 degrees ")
    assert not compiled.regex.fullmatch(" boil the the kettle ")
    with pytest.raises(ValueError, match="names"):
        compile_example("set {missing}", {})
    with pytest.raises(ValueError, match=r"unbalanced|missing"):
        compile_example("set [a timer", {})


def test_handler_signature_gives_the_slots_and_the_tool_schema() -> None:
    handlers = {h.attr: h for h in build_handlers(Kettle())}
    schema = tool_schema(handlers["boil"])
    assert schema["name"] == "kettle.boil" and schema["description"] == "Boil the kettle."
    assert schema["parameters"]["properties"] == {
        "temperature": {"type": "integer"},
        "drink": {"type": "string"},
    }
    assert schema["parameters"]["required"] == []
    mode = build_handlers(Mode())[0]
    props = tool_schema(mode)["parameters"]["properties"]
    assert props["mode"] == {"type": "string", "enum": ["quiet", "loud"]}
    assert props["pause"]["type"] == "string"
    assert SkillHarness(Mode()).say("switch to quiet mode") == "quiet for 1 second"
    assert SkillHarness(Mode()).say("switch to purple mode") is None


def test_a_handler_without_type_hints_is_refused() -> None:
    class Bad(Skill):
        name = "bad"

        @intent("do {thing}")
        def do(self, ctx, thing):  # type: ignore[no-untyped-def]
            return "x"

    with pytest.raises(TypeError, match="type hint"):
        build_handlers(Bad())


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5 minutes", 300),
        ("an hour and a half", 5400),
        ("1 hour 30 minutes", 5400),
        ("half an hour", 1800),
        ("ninety seconds", 90),
        ("two and a half hours", 9000),
        ("10m", 600),
    ],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "hm"),
    [
        ("5 pm", (17, 0)),
        ("5:30 p.m.", (17, 30)),
        ("17:00", (17, 0)),
        ("noon", (12, 0)),
        ("half past six", (6, 30)),
        ("quarter to 8 pm", (19, 45)),
        ("12 am", (0, 0)),
        ("seven in the morning", (7, 0)),
    ],
)
def test_clock_times(text: str, hm: tuple[int, int]) -> None:
    time_ = parse_clock_time(text)
    assert (time_.hour, time_.minute) == hm


def test_dangerous_handlers_are_confirmed_safe_ones_are_not(tmp_path: Path) -> None:
    kettle = Kettle()
    harness = SkillHarness(kettle, data_root=tmp_path)
    assert harness.say("is the kettle on") == "It is off."
    assert harness.say("boil the kettle to 80 degrees") == (
        "Boil the kettle to 80 degrees? Say yes or no."
    )
    assert harness.last is not None and harness.last.expects_reply
    assert kettle.boiled == []
    assert harness.say("yes") == "Boiling to 80."
    assert kettle.boiled == [(80, "")]
    waived = SkillHarness(kettle, settings=SkillsConfig(no_confirm=["kettle"], llm_tools=False))
    assert waived.say("boil water for tea") == "Boiling to 100."


def test_the_language_model_path_is_checked_like_a_phrase(tmp_path: Path) -> None:
    kettle = Kettle()
    host = SkillHost([kettle], SkillsConfig(llm_tools=True), data_root=tmp_path)
    for bad in (
        ("kettle.explode", {}),  # no such tool
        ("kettle.boil", {"temperature": "hot"}),  # not an integer
        ("kettle.boil", {"colour": "red"}),  # no such argument
        ("__import__('os').system", {}),
    ):
        with pytest.raises(ToolCallError):
            host.call_tool(bad[0], bad[1], "x")
    assert kettle.boiled == []
    # A valid call still has to be confirmed before anything happens.
    model = ScriptedToolChat(['{"tool": "kettle.boil", "args": {"temperature": 90}}'])
    router = Router([kettle], lambda: model, host=host)
    result = router.route("could the water be made hot, say 90 degrees")
    assert (result.path, result.reply) == (
        "llm_tool",
        "Boil the kettle to 90 degrees? Say yes or no.",
    )
    assert kettle.boiled == []
    assert router.route("yes").path == "pending_question" and kettle.boiled == [(90, "")]


def test_the_model_cannot_invent_arguments_or_reach_other_tools(tmp_path: Path) -> None:
    kettle = Kettle()
    host = SkillHost([kettle], SkillsConfig(no_confirm=["kettle"]), data_root=tmp_path)
    chat_reply = ScriptedToolChat(
        ['{"tool": "kettle.boil", "args": {"temperature": 40}}'], replies=["Chat answer."]
    )
    router = Router([kettle], lambda: chat_reply, host=host)
    result = router.route("please make the water hot for tea")  # no 40 was said
    assert result.path == "llm_chat" and kettle.boiled == []
    chat_reply.tool_calls = ['{"tool": "notes.delete_all_notes", "args": {}}']
    assert router.route("the kettle water notes").path == "llm_chat"


def test_a_disabled_skill_is_neither_matched_nor_offered_as_a_tool(tmp_path: Path) -> None:
    (tmp_path / "skills").mkdir()
    shutil.copy(EXAMPLES / "skills-folder" / "spell.py", tmp_path / "skills")
    loaded = load_skills(SkillsConfig(disabled=["notes"]), tmp_path)
    names = [s.name for s in loaded.skills]
    assert "notes" not in names and "spell" in names
    host = SkillHost(loaded.skills, data_root=tmp_path)
    assert not any(h.name.startswith("notes.") for h in host.tools())
    assert host.match("delete all my notes") is None
    with pytest.raises(ToolCallError):
        host.call_tool("notes.delete_all_notes", {}, "delete all my notes")
    states = {i.name: i.state for i in loaded.infos}
    assert states["notes"] == "disabled" and states["smarthome"] == "needs setup"


def test_the_gate_sends_chit_chat_straight_to_conversation() -> None:
    from hearth.skills import builtin_skills

    host = SkillHost(builtin_skills())
    gate = ToolGate(host.handlers)
    assert gate.candidates("tell me a joke about penguins") == []
    assert gate.candidates("how are you today") == []
    picked = [h.name for h in gate.candidates("could you wake me tomorrow around seven")]
    assert "timers.set_alarm" in picked and len(picked) <= 4


def test_the_grammar_is_valid_gbnf_for_llama_cpp() -> None:
    from hearth.skills import builtin_skills
    from llama_cpp import LlamaGrammar

    host = SkillHost(builtin_skills(), SkillsConfig())
    grammar = build_grammar(host.handlers)
    assert LlamaGrammar.from_string(grammar, verbose=False) is not None
    assert '"{\\"tool\\": "' in grammar and "timers.set_timer" in grammar


def test_a_hung_skill_is_abandoned_and_the_assistant_goes_on(tmp_path: Path) -> None:
    harness = SkillHarness(Slow(), Kettle(), settings=SkillsConfig(timeout_s=0.5, llm_tools=False))
    started = time.monotonic()
    assert (
        harness.say("take your time")
        == "Sorry, the slow skill took too long, so I couldn't do that."
    )
    assert time.monotonic() - started < 2
    assert harness.say("is the kettle on") == "It is off."


def test_broken_skills_in_the_folder_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "skills"
    folder.mkdir()
    (folder / "syntax.py").write_text("def broken(:\n")
    (folder / "raises.py").write_text("raise RuntimeError('no config for me')\n")
    (folder / "nothing.py").write_text("X = 1\n")
    (folder / "clash.py").write_text(
        "from hearth.assistant.skill import Skill, intent\n"
        "class Clock(Skill):\n    name = 'clock'\n"
        "    @intent('hello clock')\n    def hi(self, ctx) -> str:\n        return 'hi'\n"
    )
    shutil.copy(EXAMPLES / "skills-folder" / "spell.py", folder)
    loaded = load_skills(SkillsConfig(), tmp_path)
    by_name = {i.name: i for i in loaded.infos}
    assert by_name["syntax"].state == "error" and "SyntaxError" in by_name["syntax"].detail
    assert "no config for me" in by_name["raises"].detail
    assert "no Skill subclass" in by_name["nothing"].detail
    clash = [i for i in loaded.infos if i.name == "clock" and i.source.startswith("folder")]
    assert clash[0].state == "error" and "already has the name" in clash[0].detail
    spell = by_name["spell"]
    assert (spell.state, spell.version, spell.source) == (
        "enabled",
        "1.0",
        f"folder {folder / 'spell.py'}",
    )
    harness = SkillHarness(*loaded.skills, data_root=tmp_path)
    assert harness.say("how do you spell necessary") == ("necessary is spelled N E C E S S A R Y.")


def test_the_environment_variable_limits_which_skills_load(tmp_path: Path) -> None:
    loaded = load_skills(SkillsConfig(), tmp_path, env={"HEARTH_SKILLS": "clock,calculator"})
    assert sorted(s.name for s in loaded.skills) == ["calculator", "clock"]
    assert {i.state for i in loaded.infos if i.name not in ("clock", "calculator")} == {"filtered"}


def test_repeat_and_the_reported_path() -> None:
    from hearth.skills import builtin_skills

    harness = SkillHarness(*builtin_skills())
    assert harness.say("say that again") == "I haven't said anything yet."
    assert harness.say("what is 6 times 7") == "That's 42."
    again = harness.router.route("repeat that")
    assert (again.reply, again.path, again.handled_by) == ("That's 42.", "control", "control")
    data = again.to_dict()
    assert data["path"] == "control" and data["expects_reply"] is False
    assert json.dumps(data)


def test_what_can_you_do_lists_enabled_skills_with_an_example(tmp_path: Path) -> None:
    from hearth.skills import builtin_skills

    skills = [s for s in builtin_skills() if s.name != "notes"]
    reply = SkillHarness(*skills, data_root=tmp_path).say("what can you do?")
    assert reply is not None
    assert "try 'set a timer for 10 minutes'" in reply and "what time is it in Tokyo" in reply
    assert "note" not in reply.lower() and "smart" not in reply.lower()  # off / not set up


def test_normalising_keeps_what_matters() -> None:
    assert normalise("Hey, could you please set a timer for 2.5 minutes?") == (
        "set a timer for 2.5 minutes"
    )
    assert normalise("open example.com, thanks") == "open example.com"
    assert normalise("wake me at 6:30!") == "wake me at 6:30"
