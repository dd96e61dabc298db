import argparse
import json
import sys

import pytest
from hearth.assistant.cli import commands as cli
from hearth.assistant.cli.parser import build_parser
from hearth.assistant.config import load_config


def test_no_arguments_opens_the_app_or_says_why_it_cannot(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert "Error: There is no graphical display here" in err
    assert "Fix:" in err and "assistant chat" in err


def test_config_set_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["config", "set", "tts.speaking_rate", "1.3"]) == 0
    assert load_config().tts.speaking_rate == 1.3
    assert cli.main(["config", "show"]) == 0
    assert "speaking_rate = 1.3" in capsys.readouterr().out
    assert cli.main(["config", "set", "tts.speaking_rate", "quick"]) == 1
    err = capsys.readouterr().err
    assert "Error: Config key 'tts.speaking_rate' must be float" in err
    assert "Fix:" in err


def test_errors_print_message_and_fix_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    # Nothing is installed in this test's data folder.
    assert cli.main(["ask", "--json", "tell me a story"]) == 1
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert data["error"] == "ModelMissingError"
    assert "assistant models install qwen2.5-coder-1.5b" in data["fix"]
    assert "Fix: Run: assistant models install qwen2.5-coder-1.5b" in out.err


def test_skills_answer_without_any_model_installed(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ask", "--json", "what is 12 times 12"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reply"] == "That's 144." and data["handled_by"] == "calculator"


def test_models_list_shows_state_and_how_to_choose(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["models", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {r["id"]: r for r in data["models"]}
    chat = rows["qwen2.5-coder-1.5b"]
    assert chat["active"] and chat["status"] == "not installed"
    assert cli.main(["models"]) == 0
    assert "assistant models use" in capsys.readouterr().out
    assert cli.main(["models", "install", "no-such-model"]) == 1


def test_models_use_rejects_what_is_not_a_model(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "x.gguf"
    junk.write_text("nope")
    assert cli.main(["models", "use", "llm", str(junk)]) == 1
    assert "not a GGUF" in capsys.readouterr().err
    good = tmp_path / "y.gguf"
    good.write_bytes(b"GGUF0000")
    assert cli.main(["models", "use", "llm", str(good)]) == 0
    assert load_config().llm.model == str(good)


def test_empty_text_is_a_usage_problem(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["say", " "]) == 2
    assert "nothing to say" in capsys.readouterr().err


def test_an_unexpected_bug_is_reported_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "cmd_devices", broken)
    assert cli.main(["devices"]) == 1
    err = capsys.readouterr().err
    assert "something unexpected went wrong" in err and "-v" in err


def test_bad_numbers_and_empty_text_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["eval", "--limit", "0"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        cli.main(["bench", "--rounds", "-1"])
    assert cli.main(["ask", "  "]) == 2
    assert "There is no question" in capsys.readouterr().err


def test_say_to_a_file_without_extension_writes_wav(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np
    from hearth.assistant.audio import signal as audio

    path = audio.write_wav(tmp_path / "reply", np.zeros(100, dtype=np.float32), 22050)
    assert path.read_bytes()[:4] == b"RIFF"


def test_every_subcommand_the_parser_accepts_has_a_function() -> None:
    parser = build_parser()
    (subcommands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name in subcommands.choices:
        assert callable(cli.command_for(name)), name
    assert cli.command_for(None) is cli.cmd_app


def test_fixes_name_the_command_the_way_this_copy_is_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hearth.assistant.cli.doctor import Check
    from hearth.assistant.errors import ModelMissingError

    fix = "Run: assistant models install qwen, then the assistant answers"
    assert ModelMissingError("gone", fix).fix == fix  # a source install: `assistant`
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/hearth/hearth", "doctor"])
    error = ModelMissingError("Run assistant doctor.", fix)
    assert error.fix == "Run: hearth models install qwen, then the assistant answers"
    assert error.message == "Run hearth doctor."
    assert Check("x", False, "", "assistant skills list").fix == "hearth skills list"
    monkeypatch.setattr(sys, "argv", ["./assistant"])  # the tarball's link
    assert ModelMissingError("gone", fix).fix == fix
