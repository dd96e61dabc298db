"""The OpenAI-compatible client: where requests go, and odd server output."""

from pathlib import Path

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


def test_a_cpu_without_avx2_gets_a_clear_error_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from hearth.assistant import llm
    from hearth.assistant.errors import ModelError
    from hearth.assistant.models import ResolvedModel

    old_cpu = "processor\t: 0\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 avx popcnt\n"
    new_cpu = old_cpu.replace("avx popcnt", "avx avx2 fma f16c popcnt")
    assert llm.missing_cpu_features(old_cpu) == ["avx2", "fma", "f16c"]
    assert llm.missing_cpu_features(new_cpu) == []
    assert llm.missing_cpu_features("no flags line here") == []
    monkeypatch.setattr(llm, "missing_cpu_features", lambda: ["avx2"])
    model = ResolvedModel("llm", "x.gguf", tmp_path / "x.gguf", None)
    with pytest.raises(ModelError) as info:
        llm.LlamaCppChat(model)
    assert "AVX2" in info.value.message and "Skills and speech keep working" in info.value.fix
