"""One turn of the conversation, with an explicit phase instead of loose flags.

A turn is created by the listening stage (something was said), by a typed or recorded
request, or by an alert (something to announce). Its phase says what it may do::

    HELD ──confirm()──> CONFIRMING ──(held actions released)──> LIVE ──> FINISHED
     │                                                           │
     └──drop()──> DROPPED                         cancel()──> CANCELLED

- HELD: speculative, prepared from the early transcript while the pause is still
  being confirmed. Nothing it does is shown, played or kept: its actions (events,
  state changes) wait in order, and its first piece waits, synthesised.
- CONFIRMING: the pause was the end of the turn; the held actions are being released
  in order. It can no longer be dropped silently.
- LIVE: a real turn, shown and played as it goes.
- FINISHED: spoken to the end and recorded.
- DROPPED: a held turn whose pause was not the end (the user went on): gone without
  a trace.
- CANCELLED: stopped (barge-in, Esc, a new request, a continued sentence); what was
  said of it is kept.

Transitions happen on different threads (listening confirms, drops and cancels;
answering and speaking run the turn), so they go through one lock, and ``decided``
lets a thread wait until a held turn is confirmed or dropped.
"""

from __future__ import annotations

import concurrent.futures
import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from hearth.assistant.engines.stt import Transcript


class Phase(enum.Enum):
    HELD = "held"
    CONFIRMING = "confirming"
    LIVE = "live"
    FINISHED = "finished"
    DROPPED = "dropped"
    CANCELLED = "cancelled"


class TurnStopped(Exception):
    """The turn was dropped or cancelled while it ran: the stage running it stops.

    Raised only on the turn's own threads, never inside a model's callback (the model
    is stopped through ``Turn.stopped``, between tokens)."""


@dataclass
class Piece:
    """A piece of the reply queued for playback."""

    tag: int
    """The speaker's tag for it; -1 when it was not played (no speaker, or silent)."""
    text: str
    samples: int


@dataclass(eq=False)
class Turn:
    id: int
    text: str = ""
    audio: np.ndarray | None = None
    speculative: concurrent.futures.Future[Transcript] | None = None
    """The transcription started during the pause, if it covers exactly this audio."""
    heard_at: float = 0.0
    """When the user began speaking it (monotonic); 0 when typed."""
    ended_at: float = 0.0
    """When the utterance ended (monotonic); 0 when typed."""
    wake_required: bool = False
    explicit: bool = False
    """The user clearly addressed the assistant (push-to-talk, after the wake phrase,
    typed)."""
    capped: bool = False
    """The user spoke past the longest utterance the loop listens to."""
    speak: bool = True
    announce: bool = False
    """Not a request: something to say (a timer that went off)."""
    continues: str = ""
    """The transcript of the fragment this utterance continues (they paused after it)."""
    continues_at: int = 0
    """Where, in ``audio``, the speech after that fragment begins (samples)."""
    phase: Phase = Phase.LIVE
    pieces: list[Piece] = field(default_factory=list)
    reply_started: bool = False
    expects_reply: bool = False
    ready_at: float = 0.0
    """When a held turn's first piece was synthesised and began to wait."""
    quiet_until: float = 0.0
    """A short utterance that the user may be about to continue stays held until this
    time (0: not such a one), unless its words stand alone (``stand_alone``)."""
    heard: str = ""
    """What was transcribed of it (after the wake phrase)."""
    language: str = "en"
    """The language it was heard in, and the one its reply is spoken in."""
    _stands_alone: bool = False
    stopped: threading.Event = field(default_factory=threading.Event)
    """Set when the turn is dropped or cancelled: the model stops between tokens."""
    decided: threading.Event = field(default_factory=threading.Event)
    _deferred: list[Callable[[], None]] = field(default_factory=list)
    _gate: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.phase is not Phase.HELD:
            self.decided.set()

    @classmethod
    def held(cls, turn_id: int, **fields: object) -> Turn:
        return cls(turn_id, phase=Phase.HELD, **fields)  # type: ignore[arg-type]

    # --- what the phase allows -------------------------------------------------------

    @property
    def is_held(self) -> bool:
        """Not (yet) a real turn: speculative, or its held actions still being released."""
        return self.phase in (Phase.HELD, Phase.CONFIRMING)

    @property
    def is_stopped(self) -> bool:
        return self.phase in (Phase.DROPPED, Phase.CANCELLED)

    @property
    def is_finished(self) -> bool:
        return self.phase is Phase.FINISHED

    # --- transitions -----------------------------------------------------------------

    def when_live(self, action: Callable[[], None]) -> None:
        """Do ``action`` (report an event, change the state) now, or once the turn is
        confirmed while it is held; never if it is dropped."""
        with self._gate:
            if self.phase is Phase.HELD or self.phase is Phase.CONFIRMING:
                self._deferred.append(action)
                return
            if self.phase is Phase.DROPPED:
                return
        action()

    def confirm(self) -> bool:
        """The pause was the end of the turn: release what it held back, in order, and
        let it play. False if it is not held (or was dropped meanwhile)."""
        with self._gate:
            if self.phase is not Phase.HELD:
                return False
            self.phase = Phase.CONFIRMING
        while True:  # the turn's thread may add actions meanwhile: release them in order
            with self._gate:
                actions, self._deferred = self._deferred, []
                if not actions:
                    if self.phase is Phase.CONFIRMING:
                        self.phase = Phase.LIVE
                    self.decided.set()
                    return True
            for action in actions:
                action()

    def drop(self) -> bool:
        """Drop a held turn without a trace; False if it is not (or no longer) held."""
        with self._gate:
            if self.phase is not Phase.HELD:
                return False
            self.phase = Phase.DROPPED
            self._deferred.clear()
        self.stopped.set()
        self.decided.set()
        return True

    def cancel(self) -> bool:
        """Stop a live turn (what was said of it is kept by the caller); False if it was
        already stopped or finished."""
        with self._gate:
            if self.phase in (Phase.DROPPED, Phase.CANCELLED, Phase.FINISHED):
                return False
            self.phase = Phase.CANCELLED
            self._deferred.clear()
        self.stopped.set()
        self.decided.set()
        return True

    def finish(self) -> bool:
        with self._gate:
            if self.phase is not Phase.LIVE:
                return False
            self.phase = Phase.FINISHED
            return True

    def wait_for_quiet(self, until: float) -> bool:
        """The listening stage: this short utterance ended; keep it held until ``until``
        in case the user goes on. True if it may be confirmed at once (its words were
        already found to stand alone)."""
        with self._gate:
            self.quiet_until = until
            return self._stands_alone

    def stand_alone(self) -> None:
        """The answering stage: the words make a request on their own (a skill's phrase,
        a control word), so a short utterance need not wait for quiet. It
        is confirmed now if its end is already known."""
        with self._gate:
            self._stands_alone = True
            confirm = self.quiet_until > 0
        if confirm:
            self.confirm()

    def wait_decided(self, stop: threading.Event) -> bool:
        """Wait until a held turn is confirmed (True) or dropped (False); at once for any
        other turn (True unless it was stopped). False too when the loop stops."""
        while not self.decided.wait(0.05):
            if stop.is_set():
                return False
        return not self.is_held and not self.is_stopped

    def check(self) -> None:
        """Raise ``TurnStopped`` if the turn was dropped or cancelled."""
        if self.is_stopped:
            raise TurnStopped
