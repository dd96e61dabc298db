"""Keep the C heap from growing over days of turns.

The engines (CTranslate2 for speech recognition, ONNX Runtime for the voice, llama.cpp
for the model) allocate and free large buffers on their own threads on every turn. With
glibc each thread that allocates may get its own heap ("arena"), up to eight per core,
and memory freed inside an arena is kept by the process rather than returned. Resident
memory then creeps up turn after turn although nothing is leaked.

Two calls keep it flat, both a no-op where the C library is not glibc:

- :func:`limit_arenas` at start, before the engines' threads exist: a few shared heaps
  instead of one per thread;
- :func:`give_back_freed` when a turn is over: return freed pages to the system.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from functools import cache

_LOGGER = logging.getLogger(__name__)
_M_ARENA_MAX = -8  # from glibc's malloc.h
ARENAS = 2


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # musl and others have no mallopt/malloc_trim
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Let at most ``arenas`` heaps serve all threads. Call before threads start;
    returns whether the C library took it."""
    libc = _glibc()
    if libc is None:
        return False
    taken = bool(libc.mallopt(_M_ARENA_MAX, arenas))
    if not taken:
        _LOGGER.debug("mallopt(M_ARENA_MAX) refused")
    return taken


def give_back_freed() -> bool:
    """Return the C heap's free pages to the system; returns whether any were."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
