"""The OpenAI-compatible client: where requests go, and odd server output."""

import pytest
from hearth.assistant.config import LargeLLMConfig
from hearth.assistant.llm import OpenAICompatChat, _delta_content, is_loopback_url


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8080/v1", True),
        ("http://localhost:11434/v1", True),
        ("http://[::1]:8080/v1", True),
        ("http://127.8.9.10/v1", True),
        ("http://127.evil.example/v1", False),
        ("http://127.0.0.1.nip.io/v1", False),
        ("http://192.168.1.20:11434/v1", False),
        ("https://api.example.com/v1", False),
    ],
)
def test_only_this_computer_counts_as_this_computer(url: str, local: bool) -> None:
    assert is_loopback_url(url) is local
    where = OpenAICompatChat(LargeLLMConfig(url=url)).where
    assert where.endswith("(on this computer)" if local else "(requests leave this computer)")


@pytest.mark.parametrize(
    ("event", "text"),
    [
        ({"choices": [{"delta": {"content": "Hi"}}]}, "Hi"),
        ({"choices": [{"delta": {}}]}, ""),
        ({"choices": []}, ""),
        ({"choices": "nonsense"}, ""),
        ([1, 2, 3], ""),
        ("text", ""),
        ({"choices": [{"delta": {"content": 5}}]}, ""),
    ],
)
def test_odd_stream_events_are_ignored_not_fatal(event: object, text: str) -> None:
    assert _delta_content(event) == text
