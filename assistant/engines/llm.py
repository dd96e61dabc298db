"""Language models: the interface, and a local GGUF through llama.cpp. The user's own
OpenAI-compatible server for the optional larger tier is in ``server_llm``."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from hearth.assistant.config import LLMConfig
from hearth.assistant.engines import llama_state
from hearth.assistant.errors import LLMError, ModelCorruptError, ModelError
from hearth.assistant.models import ResolvedModel

_LOGGER = logging.getLogger(__name__)

ASSISTANT_NAME = "Hearth"

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


class _QuietStderr:
    """``sys.stderr`` while some threads' writes are dropped: every other thread's
    writes go to the stream it stands in for."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.quiet: set[int] = set()

    def write(self, text: str) -> int:
        if threading.get_ident() in self.quiet:
            return len(text)
        return int(self.inner.write(text))

    def flush(self) -> None:
        self.inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


_QUIET_LOCK = threading.Lock()


@contextlib.contextmanager
def stderr_quiet_on_this_thread() -> Iterator[None]:
    """Drop what the calling thread writes to ``sys.stderr`` meanwhile, and nothing
    else. (``contextlib.redirect_stderr`` swaps the stream for the whole process: while
    the model loaded in the background, other threads' messages vanished.)"""
    me = threading.get_ident()
    with _QUIET_LOCK:
        proxy = sys.stderr if isinstance(sys.stderr, _QuietStderr) else _QuietStderr(sys.stderr)
        sys.stderr = proxy
        proxy.quiet.add(me)
    try:
        yield
    finally:
        with _QUIET_LOCK:
            proxy.quiet.discard(me)
            if not proxy.quiet and sys.stderr is proxy:  # a stream set meanwhile stays
                sys.stderr = proxy.inner


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
            # verbose=False would point the whole process's stdout and stderr at
            # /dev/null while the model loads (llama-cpp-python's suppress_stdout_stderr),
            # and the model loads behind the listening voice loop: what other threads
            # printed meanwhile (``listen --json``'s events) was lost. llama.cpp's own
            # messages go to the log (``_route_llama_logs``); the Python-level lines a
            # verbose Llama prints while it is made (system info, metadata) are dropped,
            # on this thread only.
            with stderr_quiet_on_this_thread():
                self._llm = Llama(
                    model_path=str(model.path),
                    n_ctx=self.config.context_tokens,
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_gpu_layers=self.config.gpu_layers,
                    # Read, not mapped: llama.cpp repacks the weights for the CPU, and with
                    # a mapping both copies stay resident (Qwen 1.5B: 1.86 GB against 1.26).
                    use_mmap=False,
                    verbose=True,
                )
            self._llm.verbose = False  # no timing lines after each answer
        except Exception as exc:  # llama.cpp raises ValueError for unreadable files
            raise ModelCorruptError(
                f"The language model {model.path} could not be loaded ({exc}).", model.fix
            ) from None
        self.load_ms = (time.perf_counter() - started) * 1000
        # The chat prompt and the skill-choosing prompt start differently; with one cache
        # slot each would evict the other's processed prefix and the next answer would
        # wait to read its system prompt again. A few prefixes stay in memory, and the
        # chat's fixed start is kept on disk for the next start (llama_state).
        llama_state.lean(self._llm)
        self._prefixes: llama_state.PrefixStore | None = llama_state.PrefixStore(
            llama_state.cache_folder(), model.path, self.config.context_tokens
        )
        self._prefixes_ready: set[tuple[int, ...]] = set()
        self._head_tokens: dict[tuple[tuple[str, str], ...], list[int]] = {}
        """The shared prefix's tokens per chat head (rendered and tokenized once)."""
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
        self._formatter: Any = None
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
        # The instructions and examples for one set of candidate tools: kept like the chat's.
        self._start_from_saved_chat(list(messages[:-1]))
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
        head = [*payload[:split], *shots]
        self._start_from_saved_chat(head)
        chunks = self._llm.create_chat_completion(
            messages=[*head, *payload[split:]],
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
        fixed = "\n".join(lines[: 2 + 2 * len(FEW_SHOT)]) + "\n"
        if self._prefixes is not None:
            self._start_from_saved(self._llm.tokenize(fixed.encode("utf-8"), special=True))
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

    # --- the fixed start of every prompt, processed once ---------------------------------

    def _start_from_saved_chat(self, head: list[Any]) -> None:
        if self._prefixes is None:
            return
        key = tuple((str(m["role"]), str(m["content"])) for m in head)
        tokens = self._head_tokens.get(key)
        if tokens is None:
            if len(self._head_tokens) >= 8:  # system prompts that keep changing
                self._head_tokens.clear()
            tokens = self._head_tokens[key] = self._chat_prefix(head)
        self._start_from_saved(tokens)

    def _chat_prefix(self, head: list[Any]) -> list[int]:
        """The tokens every chat that begins with ``head`` (system prompt, examples)
        shares: where two renderings with different questions part."""
        first, second = (
            self._llm.tokenize(self._render([*head, {"role": "user", "content": q}]), special=True)
            for q in ("Alpha?", "Zulu!")
        )
        shared = 0
        for a, b in zip(first, second, strict=False):
            if a != b:
                break
            shared += 1
        return first[:shared]

    def _render(self, messages: list[Any]) -> bytes:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        if self._formatter is None:
            template = self._llm.metadata.get("tokenizer.chat_template", "")
            eos, bos = self._llm.token_eos(), self._llm.token_bos()
            self._formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=self._llm._model.token_get_text(eos) if eos != -1 else "",
                bos_token=self._llm._model.token_get_text(bos) if bos != -1 else "",
                stop_token_ids=[eos],
            )
        return str(self._formatter(messages=messages).prompt).encode("utf-8")

    def _start_from_saved(self, tokens: list[int]) -> None:
        """Have the state after ``tokens`` at hand: from memory, from disk, or by
        reading them now and saving the result for the next start."""
        key, store = tuple(tokens), self._prefixes
        if store is None or len(tokens) < 8 or key in self._prefixes_ready:
            return
        cache = self._llm.cache
        state = store.load(tokens)
        if state is None:
            self._llm.reset()
            self._llm.eval(tokens)
            state = self._llm.save_state()
            try:
                store.save(tokens, state)
            except OSError:
                _LOGGER.warning("could not keep the processed prompt on disk", exc_info=True)
        if cache is not None:
            cache[tokens] = state
        if len(self._prefixes_ready) > 32:  # a system prompt that keeps changing
            self._prefixes_ready.clear()
        self._prefixes_ready.add(key)
