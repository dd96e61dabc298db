"""Language models: the interface, and a local GGUF through llama.cpp. The user's own
OpenAI-compatible server for the optional larger tier is in ``server_llm``."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from hearth.assistant.config import LLMConfig
from hearth.assistant.errors import LLMError, ModelCorruptError, ModelError
from hearth.assistant.models import ResolvedModel

_LOGGER = logging.getLogger(__name__)

ASSISTANT_NAME = "Hearth"

_PREFIX_CACHE_BYTES = 128 << 20

SYSTEM_PROMPT = (
    f"You are {ASSISTANT_NAME}, a friendly voice assistant running privately on the user's "
    "computer. Your words are spoken aloud: answer in one or two short sentences of plain "
    "English, with no lists, no markdown and no emojis. Be correct and direct."
)

# Few-shot turns for base (not instruction-tuned) models. Kept off the topics of the
# evaluation set so that the evaluation measures the model, not the examples.
FEW_SHOT = (
    ("What is the capital of Italy?", "The capital of Italy is Rome."),
    ("How many wheels does a bicycle have?", "A bicycle has two wheels."),
    ("What is a river?", "A river is a large natural stream of water flowing to the sea."),
    ("What is three plus four?", "Three plus four is seven."),
    ("Hi there!", "Hello! How can I help you today?"),
    (
        "How do I make toast?",
        "Put a slice of bread in the toaster and take it out when it is golden brown.",
    ),
)


Cancel = Callable[[], bool]
"""Asked while a reply is awaited and between its tokens: true once the turn no longer
wants them (the user pressed Esc, spoke over the reply, or quit)."""


@dataclass
class Message:
    role: str  # "system" | "user" | "assistant"
    content: str


class ChatModel(Protocol):
    """What callers use of a language model: a reply to a conversation, piece by piece.
    Raises LLMError when the model fails. Once ``cancel()`` is true the reply ends soon
    (a server's connection is closed at once; a local model stops when the caller, which
    asks too between pieces, drops the iterator)."""

    where: str
    """Where requests go, in words a user understands."""

    def stream(
        self, messages: list[Message], max_tokens: int, cancel: Cancel | None = None
    ) -> Iterator[str]: ...


@runtime_checkable
class ConstrainedModel(Protocol):
    """A model that can also be held to a GBNF grammar (the router picks skills as tools
    with it). Not every chat model can: a server's cannot."""

    def constrained(self, messages: list[dict[str, str]], grammar: str, max_tokens: int) -> str: ...


_LOG_CALLBACK = None


def _route_llama_logs() -> None:
    """Send llama.cpp's own log lines to our logger (debug) instead of stderr."""
    global _LOG_CALLBACK
    if _LOG_CALLBACK is not None:
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def _callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        _LOGGER.debug("llama.cpp: %s", text.decode("utf-8", "replace").rstrip())

    _LOG_CALLBACK = _callback  # keep a reference: C holds only a pointer
    llama_cpp.llama_log_set(_callback, ctypes.c_void_p(0))


# The portable llama.cpp build (GGML_NATIVE=OFF, see setup.sh) uses these x86-64
# instructions; on a CPU without them its first matrix multiply dies with SIGILL.
LLAMA_CPU_FEATURES = ("avx2", "fma", "f16c")


def missing_cpu_features(cpuinfo: str | None = None) -> list[str]:
    """The instruction sets the llama.cpp build needs that this CPU lacks (x86-64 Linux;
    elsewhere nothing is checked)."""
    import platform

    if cpuinfo is None:
        if platform.machine() not in ("x86_64", "AMD64"):
            return []
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    flags_line = next((ln for ln in cpuinfo.splitlines() if ln.startswith("flags")), "")
    flags = set(flags_line.partition(":")[2].split())
    return [f for f in LLAMA_CPU_FEATURES if f not in flags] if flags else []


class LlamaCppChat:
    """A GGUF model on this machine, through llama-cpp-python."""

    def __init__(self, model: ResolvedModel, config: LLMConfig | None = None) -> None:
        import os

        missing = missing_cpu_features()
        if missing:
            raise ModelError(
                "This computer's processor lacks "
                f"{', '.join(m.upper() for m in missing)}, which the built-in language model "
                "engine (llama.cpp) needs; it would crash.",
                "Use a language model server instead (assistant config set llm.large.enabled "
                "true, see the README's larger tier), or build llama-cpp-python for this CPU "
                "from source. Skills and speech keep working.",
            )
        from llama_cpp import Llama

        self.config = config or LLMConfig()
        self.name = model.name
        self.where = "this computer"
        threads = self.config.threads or os.cpu_count() or 2
        _route_llama_logs()
        started = time.perf_counter()
        try:
            self._llm = Llama(
                model_path=str(model.path),
                n_ctx=self.config.context_tokens,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=self.config.gpu_layers,
                verbose=False,
            )
        except Exception as exc:  # llama.cpp raises ValueError for unreadable files
            raise ModelCorruptError(
                f"The language model {model.path} could not be loaded ({exc}).", model.fix
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000
        # The chat prompt and the skill-choosing prompt start differently; with one cache
        # slot each would evict the other's processed prefix and the next answer would
        # wait ~0.5 s to read its system prompt again. Keep a few prefixes in memory.
        from llama_cpp import LlamaRAMCache

        self._llm.set_cache(LlamaRAMCache(capacity_bytes=_PREFIX_CACHE_BYTES))
        style = self.config.prompt_style
        if style == "auto":
            style = (
                model.catalog.prompt_style
                if model.catalog and model.catalog.prompt_style
                else "chat"
                if self._llm.metadata.get("tokenizer.chat_template")
                else "completion"
            )
        self.prompt_style = style
        self.few_shot = self.config.few_shot
        self._grammars: dict[str, Any] = {}
        self._busy = threading.Lock()
        """llama.cpp's context serves one caller at a time: two threads decoding at once
        (a warm-up and the first question, a turn still finishing while the next begins)
        abort the whole process with a GGML_ASSERT. A second caller waits here."""

    def constrained(self, messages: list[dict[str, str]], grammar: str, max_tokens: int) -> str:
        """The model's answer to ``messages``, held to the GBNF ``grammar``, greedily."""
        from llama_cpp import LlamaGrammar

        compiled = self._grammars.get(grammar)
        if compiled is None:
            compiled = LlamaGrammar.from_string(grammar, verbose=False)
            if len(self._grammars) > 64:
                self._grammars.clear()
            self._grammars[grammar] = compiled
        try:
            with self._busy:
                return self._constrained(messages, compiled, max_tokens)
        except (ValueError, RuntimeError) as exc:
            raise LLMError(
                f"The language model {self.name} failed to pick a skill ({exc}).",
                "Try again, or turn tool use off: assistant config set skills.llm_tools false",
            ) from None

    def _constrained(self, messages: list[dict[str, str]], compiled: Any, max_tokens: int) -> str:
        if self.prompt_style == "completion":
            lines = [m["content"] for m in messages if m["role"] == "system"]
            for m in messages:
                if m["role"] == "user":
                    lines.append(f"Request: {m['content']}")
                elif m["role"] == "assistant":
                    lines.append(f"Call: {m['content']}")
            out: Any = self._llm.create_completion(
                "\n".join(lines) + "\nCall:",
                max_tokens=max_tokens,
                temperature=0.0,
                grammar=compiled,
            )
            return str(out["choices"][0]["text"]).strip()
        out = self._llm.create_chat_completion(
            messages=messages,  # type: ignore[arg-type]
            max_tokens=max_tokens,
            temperature=0.0,
            grammar=compiled,
        )
        return str(out["choices"][0]["message"]["content"] or "").strip()

    def stream(
        self, messages: list[Message], max_tokens: int, cancel: Cancel | None = None
    ) -> Iterator[str]:
        # ``cancel``: llama.cpp cannot be interrupted inside a token; the caller asks it
        # between tokens and closes this generator, which stops the model.
        try:
            with self._busy:  # held until the reply ends or the caller drops it
                if self.prompt_style == "completion":
                    yield from self._stream_completion(messages, max_tokens)
                else:
                    yield from self._stream_chat(messages, max_tokens)
        except (ValueError, RuntimeError) as exc:  # llama.cpp: context overflow, decode errors
            raise LLMError(
                f"The language model {self.name} failed to answer ({exc}).",
                "Try a shorter question, or raise llm.context_tokens in the config.",
            ) from None

    def _stream_chat(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        # The system prompt, then the few-shot exchanges, then the real conversation.
        payload: list[Any] = [{"role": m.role, "content": m.content} for m in messages]
        split = 1 if messages and messages[0].role == "system" else 0
        shots: list[Any] = []
        for question, answer in FEW_SHOT if self.few_shot else ():
            shots += [
                {"role": "user", "content": question},
                {"role": "assistant", "content": answer},
            ]
        chunks = self._llm.create_chat_completion(
            messages=[*payload[:split], *shots, *payload[split:]],
            max_tokens=max_tokens,
            temperature=self.config.temperature,
            stream=True,
            repeat_penalty=1.1,
        )
        for chunk in chunks:
            delta: Any = chunk["choices"][0]["delta"]  # type: ignore[index]
            piece = delta.get("content")
            if piece:
                yield str(piece)

    def _stream_completion(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        lines = [
            f"The following is a conversation with {ASSISTANT_NAME}, a helpful and accurate "
            "voice assistant. It answers every question in one short, correct sentence.",
            "",
        ]
        for question, answer in FEW_SHOT:
            lines += [f"User: {question}", f"{ASSISTANT_NAME}: {answer}"]
        for m in messages:
            if m.role == "user":
                lines.append(f"User: {m.content}")
            elif m.role == "assistant":
                lines.append(f"{ASSISTANT_NAME}: {m.content}")
        prompt = "\n".join(lines) + f"\n{ASSISTANT_NAME}:"
        for chunk in self._llm.create_completion(
            prompt,
            max_tokens=max_tokens,
            temperature=self.config.temperature,
            stream=True,
            stop=["\nUser", "\n\n", "User:"],
            repeat_penalty=1.1,
        ):
            piece = chunk["choices"][0]["text"]  # type: ignore[index]
            if piece:
                yield piece
