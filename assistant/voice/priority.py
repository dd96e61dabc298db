"""Thread priority for the app's workers, so the window keeps the CPU it needs."""

from __future__ import annotations

import contextlib
import os
import sys
import threading

WORKER_NICENESS = 10


def lower_thread_priority() -> None:
    """Make the calling thread (and the threads it starts, such as the models' own
    thread pools, which inherit it) yield the CPU to the GUI thread when both want it.
    On a 2-core machine the language model and the voice otherwise take both cores and
    the window stalls for 70-120 ms; at a lower priority the same work takes the same
    time when the CPU is free. Linux only (elsewhere threads share one priority)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
