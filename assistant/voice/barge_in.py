"""Barge-in: the user talks over the assistant, and the assistant stops.

A pure detector, fed frame by frame like the endpointer: ~160 ms of voice over the
assistant's own speech interrupts it, provided the voice survives echo cancellation
at a good fraction of its level (residual echo is attenuated far below it: a
double-talk check).
"""

from __future__ import annotations

from dataclasses import dataclass

from hearth.assistant.voice.endpointer import FRAME_S

BARGE_IN_FRAMES = 5  # ~160 ms of voice over the assistant's speech interrupts it
BARGE_IN_KEPT = 0.15
"""Barge-in needs the voice to survive echo cancellation at this fraction of its level or
more; residual echo is attenuated far below it."""


@dataclass
class BargeIn:
    frames: int = BARGE_IN_FRAMES
    kept_min: float = BARGE_IN_KEPT
    run: int = 0
    """Frames of voice over the assistant's so far (0: none)."""
    first: float = 0.0

    def feed(self, voiced: bool, kept: float, t: float, armed: bool) -> float | None:
        """``armed``: the assistant is speaking and may be interrupted. Returns when the
        interrupting voice began, once it has lasted long enough; else None."""
        if not armed or not voiced or kept < self.kept_min:
            self.run = 0
            return None
        if not self.run:
            self.first = t - FRAME_S
        self.run += 1
        return self.first if self.run >= self.frames else None
