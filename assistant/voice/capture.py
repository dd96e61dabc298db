"""Capture: microphone blocks in, the assistant's own voice out, 32 ms frames out.

Each block is lined up with what the speaker was playing when it was captured and the
echo of that is removed (the speaker tells ``on_played`` what it sent and when it
sounds). How much of the block survived cancellation (``kept``) tells the user's voice
(mostly kept) from the assistant's echo (mostly removed): barge-in uses it. The level
is reported ~20 times a second for the window's meter.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from hearth.assistant.audio.echo import CONVERGED_S, EchoCanceller
from hearth.assistant.audio.signal import rms
from hearth.assistant.engines.vad import FRAME
from hearth.assistant.events import MicLevel
from hearth.assistant.voice.state import LoopState

LEVEL_EVERY_S = 0.05


@dataclass
class Frames:
    frames: list[np.ndarray]
    kept: float
    """How much of the block's level survived echo cancellation (1.0 without it)."""


class Capture:
    def __init__(
        self,
        shared: LoopState,
        echo: EchoCanceller | None,
        to_16k: Callable[[np.ndarray], np.ndarray],
    ) -> None:
        self.shared = shared
        self.echo = echo
        self.to_16k = to_16k
        self._reference: deque[tuple[np.ndarray | None, float]] = deque(maxlen=1000)
        """Blocks the speaker played (16 kHz) with the time each sounded, and (None, t)
        when it threw away what was to sound from t on. Timed, so losing the oldest (a
        loop that fell far behind) cannot put the two signals out of step."""
        self._pending = np.zeros(0, dtype=np.float32)
        self._last_level = 0.0

    # --- told by the speaker (audio thread: store only) -----------------------------

    def played(self, block: np.ndarray, at: float) -> None:
        self._reference.append((self.to_16k(block), at))

    def discarded(self, at: float) -> None:
        """Barge-in discards what the device had not played yet: the echo canceller must
        forget it too (told in order, through the same queue)."""
        self._reference.append((None, at))

    # --- the listening thread ---------------------------------------------------------

    @property
    def echo_ready(self) -> bool:
        """Until the canceller has adapted (the first ~2 s of the assistant's voice in a
        session) its own echo would pass for a voice."""
        return self.echo is None or self.echo.heard_s >= CONVERGED_S

    def reset(self) -> None:
        self._pending = np.zeros(0, dtype=np.float32)

    def block(self, block: np.ndarray, captured: float, now: float) -> Frames:
        kept = 1.0
        if self.echo is not None:
            while self._reference:
                played, at = self._reference.popleft()
                if played is None:
                    self.echo.unplayed(at)
                else:
                    self.echo.played(played, at)
            raw_rms = rms(block)
            # Matched with what was sounding when it was captured (the canceller waits
            # for that, unless the speaker has stalled).
            block = self.echo.process(block, captured)
            kept = rms(block) / raw_rms if raw_rms > 1e-4 else 1.0
        muted = self.shared.muted
        if now - self._last_level >= LEVEL_EVERY_S:
            self._last_level = now
            level = -100.0 if muted else max(-100.0, 20 * np.log10(rms(block) + 1e-10))
            self.shared.emit(MicLevel(dbfs=round(level, 1)))
        if muted:
            self._pending = np.zeros(0, dtype=np.float32)
            return Frames([], kept)
        pending = np.concatenate([self._pending, block])
        count = pending.size // FRAME
        frames = [pending[i * FRAME : (i + 1) * FRAME] for i in range(count)]
        self._pending = pending[count * FRAME :]
        return Frames(frames, kept)
