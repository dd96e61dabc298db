"""Processed prompts kept, in memory and on disk, so a question never waits for the
fixed part of its prompt again.

The system prompt and the example exchanges every chat begins with take a 1.5B model
several seconds to read on two cores. llama.cpp can save the state it is in after
reading them; this module keeps that state:

- **on disk** (``<cache>/prompt-states/``), per model, context size, llama.cpp version
  and prompt, checked with a SHA-256 before it is used: a cold ``assistant ask`` reads
  a few megabytes instead of the prompt. A damaged or foreign file is ignored and
  written again.
- **in memory**, a few states (the chat prompt and the skill-choosing prompt start
  differently), *without* llama-cpp-python's copy of the logits: that copy is one row
  of the vocabulary per prompt token (152,000 floats for Qwen, 600 KB a token), so each
  cached 300-token prompt held ~180 MB that no capacity limit counted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import struct
from pathlib import Path
from typing import Any

import numpy as np

_LOGGER = logging.getLogger(__name__)
MEMORY_STATES_BYTES = 64 << 20
"""The in-memory states' budget (KV cache bytes; the logits rows are gone)."""
_MAGIC = b"HEARTH-LLAMA-STATE-1\n"
KEEP_FILES = 24
"""States kept on disk (a few MB each): the newest win."""


def lean(llm: Any) -> None:
    """Make ``llm`` (a ``llama_cpp.Llama``) save and load states without the logits
    copy, and keep a few of them in memory."""
    from llama_cpp import LlamaRAMCache

    llm.save_state = lambda: save_state(llm)
    llm.load_state = lambda state: load_state(llm, state)
    llm.set_cache(LlamaRAMCache(capacity_bytes=MEMORY_STATES_BYTES))


def save_state(llm: Any) -> Any:
    """The context's state without logits: sampling happens inside llama.cpp, so with
    ``logits_all`` off nothing reads them back."""
    import ctypes

    import llama_cpp

    size = llama_cpp.llama_state_get_size(llm._ctx.ctx)
    buffer = (ctypes.c_uint8 * int(size))()
    written = int(llama_cpp.llama_state_get_data(llm._ctx.ctx, buffer, size))
    if written > int(size):
        raise RuntimeError("llama.cpp wrote more state than it asked room for")
    n_tokens = int(llm.n_tokens)
    return llama_cpp.LlamaState(
        input_ids=llm.input_ids[:n_tokens].copy(),
        scores=np.zeros((0, llm.scores.shape[1]), dtype=np.single),
        n_tokens=n_tokens,
        llama_state=bytes(buffer)[:written],
        llama_state_size=written,
        seed=llm._seed,
    )


def load_state(llm: Any, state: Any) -> None:
    import ctypes

    import llama_cpp

    data = (ctypes.c_uint8 * state.llama_state_size).from_buffer_copy(state.llama_state)
    if llama_cpp.llama_state_set_data(llm._ctx.ctx, data, state.llama_state_size) != (
        state.llama_state_size
    ):
        raise RuntimeError("llama.cpp refused a saved state")
    llm.input_ids[: state.n_tokens] = state.input_ids[: state.n_tokens]
    llm.n_tokens = state.n_tokens
    llm._seed = state.seed


class PrefixStore:
    """The state after a fixed prompt prefix, in one file per model and prompt."""

    def __init__(self, folder: Path, model_path: Path, n_ctx: int) -> None:
        import llama_cpp

        stat = model_path.stat()
        self.folder = folder
        self.identity = (
            f"{model_path.resolve()}|{stat.st_size}|{int(stat.st_mtime)}|{n_ctx}|"
            f"{llama_cpp.__version__}"
        )

    def path_for(self, tokens: list[int]) -> Path:
        digest = hashlib.sha256(self.identity.encode())
        digest.update(np.asarray(tokens, dtype=np.int32).tobytes())
        return self.folder / f"{digest.hexdigest()[:32]}.state"

    def load(self, tokens: list[int]) -> Any | None:
        """The saved state after exactly ``tokens``, or None (missing, damaged, foreign)."""
        path = self.path_for(tokens)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            return _decode(raw, tokens)
        except (ValueError, KeyError, struct.error) as exc:
            _LOGGER.warning("ignoring the unusable prompt state %s (%s)", path, exc)
            path.unlink(missing_ok=True)
            return None

    def save(self, tokens: list[int], state: Any) -> None:
        from hearth.assistant.storage import write_atomic

        write_atomic(self.path_for(tokens), _encode(tokens, state))
        kept = sorted(self.folder.glob("*.state"), key=lambda p: p.stat().st_mtime)
        for old in kept[:-KEEP_FILES]:  # the folder stays bounded however prompts vary
            old.unlink(missing_ok=True)


def _encode(tokens: list[int], state: Any) -> bytes:
    ids = np.asarray(tokens, dtype=np.int32).tobytes()
    scores = np.asarray(state.scores, dtype=np.single).tobytes()
    header = {
        "n_tokens": state.n_tokens,
        "seed": int(state.seed),
        "ids": len(ids),
        "scores": len(scores),
        "vocab": int(np.asarray(state.scores).shape[-1]),
        "state": state.llama_state_size,
    }
    body = ids + scores + bytes(state.llama_state)
    header["sha256"] = hashlib.sha256(body).hexdigest()
    encoded = json.dumps(header).encode()
    return _MAGIC + struct.pack(">I", len(encoded)) + encoded + body


def _decode(raw: bytes, tokens: list[int]) -> Any:
    import llama_cpp

    if not raw.startswith(_MAGIC):
        raise ValueError("not a prompt state")
    offset = len(_MAGIC)
    (length,) = struct.unpack(">I", raw[offset : offset + 4])
    header = json.loads(raw[offset + 4 : offset + 4 + length])
    body = raw[offset + 4 + length :]
    if hashlib.sha256(body).hexdigest() != header["sha256"]:
        raise ValueError("its checksum does not match")
    ids_end = header["ids"]
    scores_end = ids_end + header["scores"]
    if len(body) != scores_end + header["state"]:
        raise ValueError("its size does not match")
    ids = np.frombuffer(body[:ids_end], dtype=np.int32).astype(np.intc)
    if ids.tolist() != list(tokens) or header["n_tokens"] != len(tokens):
        raise ValueError("it is for another prompt")
    scores = np.frombuffer(body[ids_end:scores_end], dtype=np.single)
    return llama_cpp.LlamaState(
        input_ids=ids,
        scores=scores.reshape(-1, header["vocab"]).copy(),
        n_tokens=header["n_tokens"],
        llama_state=body[scores_end:],
        llama_state_size=header["state"],
        seed=header["seed"],
    )


def cache_folder() -> Path:
    from hearth.assistant.paths import cache_dir

    return cache_dir() / "prompt-states"
