"""Skills from outside the core, as a user gets them: the example package installed
with pip (entry point), a file dropped into the skills folder, a skill made by
``assistant skills new``; and the language model choosing skills as tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.integration
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    (folder / "skills").mkdir(parents=True)
    monkeypatch.setenv("HEARTH_DATA_DIR", str(folder))
    return folder


def test_pip_installed_and_folder_skills_load_answer_and_are_listed(data: Path) -> None:
    shutil.copy(EXAMPLES / "skills-folder" / "spell.py", data / "skills")
    (data / "skills" / "broken.py").write_text("import no_such_module_here\n")
    listed = run_cli("skills", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    infos = {i["name"]: i for i in json.loads(listed.stdout)}
    assert infos["dice"]["source"] == "package hearth-skill-dice"
    assert infos["dice"]["version"] == "1.0.0" and infos["dice"]["state"] == "enabled"
    assert infos["spell"]["source"].startswith("folder ") and infos["spell"]["state"] == "enabled"
    assert infos["broken"]["state"] == "error"
    assert "No module named 'no_such_module_here'" in infos["broken"]["detail"]
    assert infos["notes"]["permissions"] == ["stores_data", "deletes_data"]
    text = run_cli("skills", "list").stdout
    assert "dice" in text and "permissions: none" in text and "Skills folder:" in text

    rolled = run_cli("ask", "--json", "roll two dice")
    data_out = json.loads(rolled.stdout)
    assert data_out["handled_by"] == "dice" and data_out["path"] == "intent"
    assert data_out["reply"].startswith("You rolled ")
    spelled = json.loads(run_cli("ask", "--json", "how do you spell rhythm").stdout)
    assert spelled["reply"] == "rhythm is spelled R H Y T H M."


def test_disabling_and_the_environment_filter(data: Path) -> None:
    assert run_cli("skills", "disable", "dice").returncode == 0
    infos = {i["name"]: i for i in json.loads(run_cli("skills", "list", "--json").stdout)}
    assert infos["dice"]["state"] == "disabled"
    assert run_cli("skills", "enable", "dice").returncode == 0
    assert run_cli("skills", "disable", "no-such-skill").returncode == 1
    only = run_cli("skills", "list", "--json", env={"HEARTH_SKILLS": "clock"})
    states = {i["name"]: i["state"] for i in json.loads(only.stdout)}
    assert states["clock"] == "enabled" and states["dice"] == "filtered"


def test_skills_new_makes_a_working_tested_skill(data: Path, tmp_path: Path) -> None:
    made = run_cli("skills", "new", "greeter", "--dir", str(tmp_path))
    assert made.returncode == 0, made.stderr
    root = tmp_path / "hearth-skill-greeter"
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root / "tests")],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=120,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "3 passed" in tests.stdout  # by name, in Spanish, and other words left alone
    shutil.copytree(root / "hearth_skill_greeter", data / "skills" / "hearth_skill_greeter")
    asked = json.loads(run_cli("ask", "--json", "say hello to Grace").stdout)
    assert asked["reply"] == "Hello, Grace! Nice to meet you." and asked["handled_by"] == "greeter"
    assert run_cli("skills", "new", "Bad Name").returncode == 1


def test_chat_confirms_before_deleting_and_says_what_it_can_do(data: Path) -> None:
    done = run_cli(
        "chat",
        input="take a note water the plants\ndelete all my notes\nno\nread my notes\n"
        "what can you do\nsay that again\n",
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("hearth> ")]
    assert lines[:4] == [
        "hearth> Noted: Water the plants.",
        "hearth> Delete your only note? Say yes or no.",
        "hearth> Okay, I won't.",
        "hearth> You have 1 note. 1: Water the plants.",
    ]
    assert "Rolls dice and flips coins: try 'roll two dice'." in lines[4]
    assert lines[5] == lines[4]


def test_the_small_model_picks_tools_through_the_grammar(models_home: Path, tmp_path: Path) -> None:
    """Real SmolLM2 with the grammar: whatever it picks is a valid, checked call; it is
    weak at choosing, which the evaluation measures (assistant eval --intents --llm)."""
    from hearth.assistant import models
    from hearth.assistant.config import Config, SkillsConfig
    from hearth.assistant.engines.llm import LlamaCppChat
    from hearth.assistant.hosting.host import SkillHost
    from hearth.assistant.understanding.router import Router
    from hearth.assistant.understanding.tool_calling import build_grammar, parse_call, tool_messages
    from hearth.skills import builtin_skills

    config = Config()
    model = LlamaCppChat(models.resolve(config, "llm"), config.llm)
    host = SkillHost(builtin_skills(), SkillsConfig(), tmp_path)
    router = Router(host.skills, lambda: model, host=host)
    for text in (
        "could you wake me tomorrow around seven am",
        "I'd like a countdown of 4 minutes",
        "please jot this: buy stamps",
        "delete every single note I have",
    ):
        candidates = router.gate().candidates(text)
        assert candidates, text
        raw = model.constrained(tool_messages(candidates, text), build_grammar(candidates), 96)
        call = parse_call(raw)  # always JSON of the right shape: the grammar holds it
        if call is not None:
            assert call.name in {c.name for c in candidates}, raw
    result = router.route("delete every single note I have")
    assert result.path in ("llm_tool", "llm_chat")
    if result.path == "llm_tool" and result.handled_by == "notes":
        assert result.expects_reply  # deleting is never done without a yes
    assert not (tmp_path / "skill-data" / "notes").exists() or result.expects_reply
