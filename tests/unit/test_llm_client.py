"""The OpenAI-compatible client: where requests go, and odd server output."""

from pathlib import Path

import pytest
from hearth.assistant.config import LargeLLMConfig
from hearth.assistant.engines.server_llm import OpenAICompatChat, _delta_content
from hearth.assistant.network import is_loopback_url


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
    from hearth.assistant.engines import llm
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


class _OneAtATimeLlama:
    """Stands in for llama_cpp.Llama: records how many callers were inside at once."""

    def __init__(self) -> None:
        import threading

        self.inside = 0
        self.most = 0
        self._count = threading.Lock()

    def _enter(self) -> None:
        with self._count:
            self.inside += 1
            self.most = max(self.most, self.inside)

    def _leave(self) -> None:
        with self._count:
            self.inside -= 1

    def create_chat_completion(self, **kwargs: object) -> object:
        import time

        if not kwargs.get("stream"):
            self._enter()
            time.sleep(0.05)
            self._leave()
            return {"choices": [{"message": {"content": "call"}}]}

        def chunks():  # type: ignore[no-untyped-def]
            self._enter()
            try:
                for word in ("a", " b", " c"):
                    time.sleep(0.02)
                    yield {"choices": [{"delta": {"content": word}}]}
            finally:
                self._leave()

        return chunks()


def test_the_local_model_serves_one_caller_at_a_time() -> None:
    """Two threads decoding in one llama.cpp context at once abort the whole app
    (GGML_ASSERT, seen when a turn was still finishing as the next began)."""
    import threading
    import types

    from hearth.assistant.config import LLMConfig
    from hearth.assistant.engines.llm import LlamaCppChat, Message

    fake = _OneAtATimeLlama()
    chat = LlamaCppChat.__new__(LlamaCppChat)
    chat.__dict__.update(
        _llm=fake,
        config=LLMConfig(),
        name="fake",
        prompt_style="chat",
        few_shot=False,
        _prefixes=None,  # no processed prompts kept: this fake has no tokenizer
    )
    chat._busy = threading.Lock()
    chat._grammars = {"g": types.SimpleNamespace()}
    replies: list[str] = []

    def talk() -> None:
        replies.append("".join(chat.stream([Message("user", "hi")], 8)))

    def pick() -> None:
        replies.append(chat.constrained([{"role": "user", "content": "hi"}], "g", 8))

    threads = [threading.Thread(target=f) for f in (talk, pick, talk, pick)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(replies) == ["a b c", "a b c", "call", "call"]
    assert fake.most == 1
    # A reply dropped halfway (the user interrupted) lets the next caller in.
    dropped = chat.stream([Message("user", "hi")], 8)
    next(dropped)
    dropped.close()
    assert "".join(chat.stream([Message("user", "hi")], 8)) == "a b c"
