"""What the voice loop's stages share: how it reports, what mode it is in, and the
listening windows (after the wake phrase, after a reply).

One object, handed to every stage, instead of attributes reached across threads."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hearth.assistant.config import VoiceConfig
from hearth.assistant.events import Event, StateChanged
from hearth.assistant.voice.wake import WakePhrase

_LOGGER = logging.getLogger(__name__)

REQUEST_WINDOW_S = 8.0
"""After a bare wake phrase (or a reply that asked something), how long the loop
listens for the request without the wake phrase."""


@dataclass
class LoopState:
    emit_to: Callable[[Event], None]
    config: VoiceConfig
    activation: str
    wake: WakePhrase
    microphone: bool = True
    """False for a loop that only answers typed and recorded turns."""
    streaming: bool = True
    partials: bool = True
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.RLock = field(default_factory=threading.RLock)
    """Guards the turn being spoken, push-to-talk and the turn counter."""
    state: str = ""
    muted: bool = False
    pressed: bool = False
    released: bool = False
    follow_up_until: float = 0.0
    request_until: float = 0.0
    _ids: int = 0

    def emit(self, event: Event) -> None:
        try:
            self.emit_to(event)
        except Exception:
            _LOGGER.exception("an event listener failed on %s", event.kind)

    def set_state(self, state: str, hint: str = "") -> None:
        if state != self.state:
            self.state = state
            self.emit(StateChanged(state=state, hint=hint))

    def idle_state(self) -> tuple[str, str]:
        if not self.microphone:
            return "idle", "Type a message below."
        if self.muted:
            return "idle", "The microphone is muted."
        if self.activation == "push_to_talk":
            return "idle", "Hold the talk key to speak."
        if self.activation == "always" or not self.needs_wake():
            return "listening", "Go ahead, I'm listening."
        return "listening", f"Say '{self.wake.phrase}' to talk to me."

    def set_idle(self) -> None:
        self.set_state(*self.idle_state())

    def needs_wake(self) -> bool:
        now = time.monotonic()
        return (
            self.activation == "wake_word"
            and now >= self.follow_up_until
            and now >= self.request_until
        )

    def next_id(self) -> int:
        with self.lock:
            self._ids += 1
            return self._ids

    def open_request_window(self) -> None:
        self.request_until = time.monotonic() + REQUEST_WINDOW_S

    def after_reply(self, expects_reply: bool) -> None:
        """A reply was spoken to the end: listen without the wake phrase for a while."""
        window = self.config.follow_up_s
        if expects_reply:
            window = max(window, REQUEST_WINDOW_S)
        self.follow_up_until = time.monotonic() + window if window else 0.0
        self.request_until = 0.0
        self.set_idle()

    def after_interruption(self) -> None:
        """A reply was cut off: say so in the state at once (not "speaking" any more), and
        listen without the wake phrase for a moment (the user is probably talking)."""
        self.follow_up_until = time.monotonic() + max(self.config.follow_up_s, 1.0)
        self.set_idle()
