"""The C heap's freed pages go back to the system when a turn is over."""

from __future__ import annotations

import ctypes
import sys

import pytest
from hearth.assistant import native_memory

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's malloc_trim is Linux only"
)


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_freed_small_blocks_are_given_back_to_the_system() -> None:
    """What the engines do on every turn: many small buffers allocated and freed, one
    kept at the top of the heap. Freed, they stay resident until given back."""
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    native_memory.give_back_freed()
    blocks = [libc.malloc(4096) for _ in range(40_000)]  # 160 MB, below mmap's threshold
    for block in blocks:
        ctypes.memset(block, 1, 4096)
    pinned = libc.malloc(64)  # at the heap's top: the heap cannot simply shrink
    before_free = _rss_mb()
    for block in blocks:
        libc.free(block)
    freed_but_kept = _rss_mb()
    try:
        assert native_memory.give_back_freed()
        after = _rss_mb()
    finally:
        libc.free(pinned)
    assert freed_but_kept > before_free - 40  # glibc kept them
    assert after < freed_but_kept - 100, (before_free, freed_but_kept, after)


def test_the_number_of_heaps_can_be_limited() -> None:
    assert native_memory.limit_arenas(native_memory.ARENAS)
