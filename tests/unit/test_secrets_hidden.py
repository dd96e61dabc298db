"""Secrets in the settings (the MQTT password, the larger model's API key) are never
printed: ``config show`` and ``config set`` hide them, and say that they are set, and
no other command prints them either."""

from __future__ import annotations

import json

import pytest
from hearth.assistant import cli
from hearth.assistant.cli.secrets import HIDDEN, is_secret, masked
from hearth.assistant.config import Config, load_config

PASSWORD = "hunter2-mqtt-pass"
API_KEY = "sk-live-0123456789abcdef"


@pytest.fixture
def secrets_set(capsys: pytest.CaptureFixture[str]) -> str:
    for key, value in (
        ("skills.mqtt.host", "127.0.0.1"),
        ("skills.mqtt.username", "hearth"),
        ("skills.mqtt.password", PASSWORD),
        ("llm.large.api_key", API_KEY),
        ("llm.large.url", "http://127.0.0.1:9/v1"),
        ("llm.large.enabled", "true"),
    ):
        assert cli.main(["config", "set", key, value]) == 0
    out = capsys.readouterr()
    return out.out + out.err


def test_config_set_does_not_echo_a_secret(secrets_set: str) -> None:
    assert PASSWORD not in secrets_set and API_KEY not in secrets_set
    assert f"Set skills.mqtt.password = '{HIDDEN}'" in secrets_set
    assert "Set skills.mqtt.username = 'hearth'" in secrets_set  # not a secret
    config = load_config()
    assert (config.skills.mqtt.password, config.llm.large.api_key) == (PASSWORD, API_KEY)


def test_config_show_masks_secrets_and_says_they_are_set(
    secrets_set: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out and API_KEY not in out
    assert f'password = "{HIDDEN}"' in out and f'api_key = "{HIDDEN}"' in out
    assert "llm.large.api_key, skills.mqtt.password: set" in out
    assert 'username = "hearth"' in out and "max_reply_tokens = 80" in out


def test_an_unset_secret_shows_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert 'password = ""' in out and HIDDEN not in out


@pytest.mark.parametrize("args", [["doctor"], ["doctor", "--json"], ["config", "path"]])
def test_no_other_command_prints_a_secret(
    secrets_set: str, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    cli.main(args)
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err and API_KEY not in out.out + out.err
    if args == ["doctor", "--json"]:
        assert json.loads(out.out)["checks"]


def test_secrets_are_found_by_key_name() -> None:
    secret = ["skills.mqtt.password", "llm.large.api_key", "x.token", "x.client_secret"]
    plain = ["llm.max_reply_tokens", "llm.context_tokens", "voice.wake_phrase", "x.keyboard"]
    assert all(is_secret(k) for k in secret) and not any(is_secret(k) for k in plain)
    shown = masked(Config().to_dict())
    assert shown["skills"]["mqtt"]["password"] == "" and shown["llm"]["max_reply_tokens"] == 80
