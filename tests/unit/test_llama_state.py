"""Processed prompts kept on disk: read back only when whole and for the same prompt."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hearth.assistant.engines import llama_state

llama_cpp = pytest.importorskip("llama_cpp")


def a_state(tokens: list[int]) -> object:
    return llama_cpp.LlamaState(
        input_ids=np.asarray(tokens, dtype=np.intc),
        scores=np.zeros((0, 7), dtype=np.single),
        n_tokens=len(tokens),
        llama_state=bytes(range(256)) * 40,
        llama_state_size=256 * 40,
        seed=1234,
    )


@pytest.fixture
def store(tmp_path: Path) -> llama_state.PrefixStore:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + b"\0" * 100)
    return llama_state.PrefixStore(tmp_path / "states", model, 2048)


def test_a_saved_state_comes_back_whole_and_private(store: llama_state.PrefixStore) -> None:
    tokens = list(range(10, 60))
    store.save(tokens, a_state(tokens))
    back = store.load(tokens)
    assert back is not None
    assert back.input_ids.tolist() == tokens and back.n_tokens == 50 and back.seed == 1234
    assert back.llama_state == bytes(range(256)) * 40
    assert store.path_for(tokens).stat().st_mode & 0o777 == 0o600


def test_a_damaged_or_foreign_state_is_never_used(store: llama_state.PrefixStore) -> None:
    tokens = list(range(10, 60))
    store.save(tokens, a_state(tokens))
    path = store.path_for(tokens)
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 0xFF  # one byte of the llama.cpp state
    path.write_bytes(bytes(raw))
    assert store.load(tokens) is None, "a checksum mismatch must not reach llama.cpp"
    assert not path.exists(), "and the damaged file is dropped, to be made again"
    store.save(tokens, a_state(tokens))
    path.rename(store.path_for([1, 2, 3]))
    assert store.load([1, 2, 3]) is None, "a state for another prompt is refused"
    assert store.load(list(range(99))) is None


def test_the_folder_stays_bounded(store: llama_state.PrefixStore) -> None:
    for n in range(llama_state.KEEP_FILES + 5):
        tokens = [n, *range(20)]
        store.save(tokens, a_state(tokens))
    assert len(list(store.folder.glob("*.state"))) == llama_state.KEEP_FILES
