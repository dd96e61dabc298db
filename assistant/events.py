"""Typed events the voice loop reports, in the order a turn produces them.

The headless ``assistant listen --json`` prints them one per line; the desktop app
turns them into what the window shows. Every event carries ``t``, a
``time.monotonic()`` timestamp taken when it happened, so latencies can be read
straight off the stream.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class Event:
    kind: ClassVar[str] = "event"
    t: float = field(default_factory=time.monotonic, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["t"] = round(self.t, 4)
        return {"event": self.kind, **data}


@dataclass(frozen=True)
class StateChanged(Event):
    """``idle`` (not listening: muted, or waiting for push-to-talk), ``listening``
    (waiting for the wake word or for speech), ``hearing`` (the user is speaking),
    ``thinking``, ``speaking``."""

    kind: ClassVar[str] = "state"
    state: str
    hint: str = ""
    """What the user can do now, e.g. "Say 'hey computer'" or "Hold Space to talk"."""


@dataclass(frozen=True)
class Listening(Event):
    kind: ClassVar[str] = "listening"
    mode: str
    """``push_to_talk``, ``wake_word``, ``always`` or ``follow_up``."""
    device: str = ""


@dataclass(frozen=True)
class MicLevel(Event):
    kind: ClassVar[str] = "level"
    dbfs: float
    """Loudness of the last block of microphone audio, -100 (silent) to 0 (full scale)."""


@dataclass(frozen=True)
class WakeWord(Event):
    kind: ClassVar[str] = "wake"
    phrase: str
    heard: str = ""


@dataclass(frozen=True)
class SpeechStart(Event):
    kind: ClassVar[str] = "speech_start"


@dataclass(frozen=True)
class SpeechEnd(Event):
    kind: ClassVar[str] = "speech_end"
    duration_s: float
    """How long the user spoke."""
    endpoint_ms: float = 0.0
    """Time from the last voiced audio to the decision that the user had finished."""
    capped: bool = False
    """True when the utterance hit the length limit and was cut."""


@dataclass(frozen=True)
class PartialTranscript(Event):
    kind: ClassVar[str] = "partial"
    text: str


@dataclass(frozen=True)
class TranscriptEvent(Event):
    kind: ClassVar[str] = "transcript"
    text: str
    language: str = "en"
    stt_ms: float = 0.0


@dataclass(frozen=True)
class ReplyText(Event):
    """The whole reply's text, once it is known (the speech may still be playing)."""

    kind: ClassVar[str] = "reply_text"
    text: str
    handled_by: str
    tier: str | None = None
    notice: str = ""
    language: str = "en"
    timings_ms: dict[str, float] = field(default_factory=dict)
    source: dict[str, str] | None = None
    """Where the reply's facts came from (an encyclopedia article: title, url, license,
    attribution), shown under the reply."""


@dataclass(frozen=True)
class ReplyPiece(Event):
    """A piece of the reply (a sentence or so) as the user gets it: when its sound starts
    playing, or when it is ready if it is not spoken. The window writes it into the
    reply's bubble word by word over ``duration_s``; ``ReplyText`` brings the whole text
    (it may come before the last pieces are heard)."""

    kind: ClassVar[str] = "reply_piece"
    text: str
    duration_s: float = 0.0
    """How long the piece takes to say (0: not spoken, shown at once)."""


@dataclass(frozen=True)
class AudioStart(Event):
    kind: ClassVar[str] = "audio_start"
    text: str = ""
    """The first piece of the reply being spoken."""


@dataclass(frozen=True)
class AudioEnd(Event):
    kind: ClassVar[str] = "audio_end"
    spoken: str = ""
    """What was actually spoken (all of the reply unless interrupted)."""


@dataclass(frozen=True)
class Interrupted(Event):
    kind: ClassVar[str] = "interrupted"
    spoken: str = ""
    """What had been spoken before the user cut in; history keeps only this."""
    stop_ms: float = 0.0
    """Time from the user's voice to the speaker going quiet."""


@dataclass(frozen=True)
class ErrorEvent(Event):
    kind: ClassVar[str] = "error"
    message: str
    fix: str = ""
    recoverable: bool = True


@dataclass(frozen=True)
class Notice(Event):
    """Something the user should know that is not an error (a device came back, ...)."""

    kind: ClassVar[str] = "notice"
    message: str


@dataclass(frozen=True)
class StoreDamaged(Notice):
    """A file Hearth keeps (history, notes, alerts, ...) was damaged: it was kept aside
    as ``kept_as`` (never deleted) and a new one started. The window shows it until
    the user dismisses it. Delivered from whichever thread found it."""

    kind: ClassVar[str] = "store_damaged"
    fix: str = ""
    store: str = ""
    """What the file holds, in words ("notes")."""
    path: str = ""
    kept_as: str = ""


@dataclass(frozen=True)
class AlertFired(Event):
    """A timer, alarm or reminder went off. The voice loop says ``message``; the desktop
    app shows it. Delivered from the scheduler's thread."""

    kind: ClassVar[str] = "alert"
    message: str
    """What to say, e.g. "Your tea timer is done." (worded "While you were away: ..."
    when it fired while the assistant was not running)."""
    skill: str
    alert_id: str
    alert_kind: str = ""
    """``timer``, ``alarm`` or ``reminder``."""
    name: str = ""
    away: bool = False


@dataclass(frozen=True)
class LoadProgress(Event):
    """Start-up: ``done`` of ``total`` models loaded; ``step`` says what loads now."""

    kind: ClassVar[str] = "load"
    step: str
    done: int
    total: int


@dataclass(frozen=True)
class VoiceStatus(Event):
    """Whether talking works; ``reason`` says why not, in words for the user."""

    kind: ClassVar[str] = "voice_status"
    available: bool
    reason: str = ""
    retryable: bool = False
    """Whether trying again can help (a microphone plugged in later)."""
