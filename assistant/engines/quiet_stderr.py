"""Quiet on one thread: what a library prints while the calling thread builds something
is dropped, and every other thread's output goes where it always went."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import Any


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
