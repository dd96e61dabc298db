"""Endpointing: where an utterance starts and ends, as a pure function of the frames.

The listening stage feeds it one 32 ms frame at a time with the voice activity
verdict, the time, and what the rest of the loop is doing (``Context``); it answers
with what happened (``Started``, ``PauseBegan``, ``Resumed``, ``PartialDue``,
``Ended``). It owns no thread, device or clock, so every case is unit-tested from a
recorded or made-up sequence of frames.

The rules, tuned on recordings (see README, "The voice loop: measured"):

- ~100 ms of voice starts an utterance; ~480 ms before that is kept (soft first
  syllables). Over the assistant's own voice only a barge-in starts one.
- After ~64 ms of pause the audio so far is handed out for an early transcription
  (the reply, not the end-of-turn decision, is what the first sound waits for).
- After ~160 ms of pause the end-of-turn model decides whether the speaker is done;
  ``silence_ms`` of pause ends the turn in any case, and so does ``max_utterance_s``
  (the rest of that monologue is then skipped until a pause).
- Speech that resumes within ``CONTINUE_S`` of the end continues that utterance (a
  pause mid-sentence): the two are heard as one, and the first one's turn is cancelled.
- While the talk key is held (in any mode) the key alone decides: the utterance is
  everything from the press to the release, addressed to the assistant.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE
from hearth.assistant.engines.vad import FRAME

FRAME_S = FRAME / SAMPLE_RATE  # 32 ms
START_FRAMES = 3  # ~100 ms of voice starts an utterance
SPECULATE_FRAMES = 2
"""After ~64 ms of pause, hand out the audio so far for an early transcription."""
SMART_FRAMES = 5  # after ~160 ms of pause, ask the end-of-turn model
SMART_DONE = 0.5
PREROLL_FRAMES = 15  # keep ~480 ms before the detected start (soft first syllables)
TAIL_FRAMES = 3  # and ~100 ms after the last voiced frame (a soft last word: "six")
MIN_SPEECH_S = 0.25
PARTIAL_EVERY_S = 1.0
CONTINUE_S = 1.0
"""Speech resuming this soon after the turn ended continues it (a pause mid-sentence)."""
SINCE_END_FRAMES = int(1.5 / FRAME_S)


@dataclass
class Utterance:
    """An utterance that ended, kept in case the user was not finished."""

    audio: np.ndarray
    """All of it, trailing pause included (it joins the continuation's audio)."""
    started: float
    ended: float
    wake_required: bool
    turn: object | None = None
    """What the loop made of it (its turn); None for a fragment too short to answer."""


@dataclass(frozen=True)
class Context:
    """What the rest of the loop is doing, for the frame being fed."""

    speaking: bool = False
    """The assistant's voice is playing (and was not interrupted)."""
    barging_in: bool = False
    """The barge-in detector is hearing a voice over the assistant's."""
    needs_wake: bool = False
    """An utterance starting now must begin with the wake phrase."""
    pressed: bool = False
    """Push-to-talk: the key is down."""
    released: bool = False
    """Push-to-talk: the key went up since the last frame."""


@dataclass(frozen=True)
class Started:
    t: float
    """When the voice began (monotonic), or when the utterance it continues began."""
    continues: Utterance | None = None
    """The previous utterance, when this speech continues it."""


@dataclass(frozen=True)
class PauseBegan:
    """A short pause: the audio so far, for an early (speculative) transcription."""

    audio: np.ndarray
    started: float
    last_voiced_at: float
    wake_required: bool

    @property
    def long_enough(self) -> bool:
        return self.last_voiced_at - self.started >= MIN_SPEECH_S


@dataclass(frozen=True)
class Resumed:
    """The voice went on after a ``PauseBegan``: what was prepared for it is stale."""


@dataclass(frozen=True)
class PartialDue:
    """Time for a partial transcript of the utterance so far."""

    audio: np.ndarray
    addressed: bool = True
    """The utterance is for the assistant (no wake phrase needed): it may be shown."""


@dataclass(frozen=True)
class Ended:
    audio: np.ndarray
    """The utterance up to ~100 ms after its last voiced frame (all of it when capped)."""
    started: float
    last_voiced_at: float
    ended: float
    wake_required: bool | None
    """None with push-to-talk (the user clearly meant to talk to us)."""
    capped: bool = False
    speculation_covers: bool = False
    """The last ``PauseBegan`` handed out exactly this audio."""
    utterance: Utterance | None = None
    """Kept for a continuation (the loop attaches its turn); None with push-to-talk or
    when capped."""

    @property
    def duration_s(self) -> float:
        return max(0.0, self.last_voiced_at - self.started)

    @property
    def too_short(self) -> bool:
        """Too short to be a request on its own (it may be the first word of one)."""
        return self.wake_required is not None and self.duration_s < MIN_SPEECH_S


Decision = Started | PauseBegan | Resumed | PartialDue | Ended


@dataclass
class Endpointer:
    silence_ms: float
    max_utterance_s: float
    end_of_turn: Callable[[np.ndarray], float] | None = None
    """The end-of-turn model's probability that the speaker is done; None: pause only."""
    speculate: bool = True
    """Hand out ``PauseBegan`` (the streaming pipeline); off for the sequential one."""
    partials: bool = True
    push_to_talk: bool = False
    can_continue: Callable[[Utterance], bool] = lambda _utterance: True
    """Whether the previous utterance may still be continued (not if its reply finished)."""

    _preroll: deque[np.ndarray] = field(default_factory=lambda: deque(maxlen=PREROLL_FRAMES))
    _frames: list[np.ndarray] = field(default_factory=list)
    _in_speech: bool = False
    _voiced_run: int = 0
    _silence: int = 0
    _wake_required: bool = False
    _carried: int = 0
    """Samples of a continued utterance held in the first element of ``_frames``."""
    _since_end: list[np.ndarray] = field(default_factory=list)
    _started: float = 0.0
    _last_voiced_at: float = 0.0
    _last_voiced_index: int = 0
    _speculated_index: int = -1
    _smart_asked: bool = False
    _next_partial: float = 0.0
    _skip_until_pause: bool = False
    _quiet: int = 0
    _key_held: bool = False
    """The talk key is down (or was, until the next frame ends its utterance)."""
    previous: Utterance | None = None

    @property
    def in_speech(self) -> bool:
        return self._in_speech

    def reset(self) -> None:
        """Forget the utterance in progress (the microphone was closed)."""
        self._in_speech = False
        self._frames, self._since_end = [], []
        self._preroll.clear()
        self._voiced_run = self._silence = 0
        self._speculated_index = -1

    def feed(self, frame: np.ndarray, voiced: bool, t: float, ctx: Context) -> list[Decision]:
        if self.push_to_talk or ctx.pressed or self._key_held:
            # The talk key works in every mode: held, it is the key that decides.
            return self._feed_push_to_talk(frame, voiced, t, ctx)
        if self._skip_until_pause:  # the rest of a monologue that was cut off
            self._quiet = 0 if voiced else self._quiet + 1
            if self._quiet * FRAME_S * 1000 >= self.silence_ms:
                self._skip_until_pause = False
            return []
        if not self._in_speech:
            return self._feed_waiting(frame, voiced, t, ctx)
        return self._feed_speech(frame, voiced, t)

    # --- push-to-talk -------------------------------------------------------------------

    def _feed_push_to_talk(
        self, frame: np.ndarray, voiced: bool, t: float, ctx: Context
    ) -> list[Decision]:
        out: list[Decision] = []
        if ctx.pressed:
            if not self._key_held:
                self._key_held = True
                if not self._in_speech:  # (speech already under way joins the key's)
                    self._in_speech, self._frames = True, list(self._preroll)
                    self._started, self._last_voiced_at = t, 0.0
                    self._next_partial = t + PARTIAL_EVERY_S
                    out.append(Started(t))
            self._frames.append(frame)
            if voiced:
                self._last_voiced_at = t
                if self.partials and t >= self._next_partial:
                    self._next_partial = t + PARTIAL_EVERY_S
                    out.append(PartialDue(_join(self._frames), addressed=True))
        elif self._key_held:  # released
            self._key_held = self._in_speech = False
            audio = _join(self._frames)
            self._frames, self._since_end = [], []
            self._voiced_run, self._speculated_index = 0, -1
            out.append(Ended(audio, self._started, self._last_voiced_at or t, t, None))
        self._preroll.append(frame)
        return out

    # --- waiting for speech ---------------------------------------------------------------

    def _feed_waiting(
        self, frame: np.ndarray, voiced: bool, t: float, ctx: Context
    ) -> list[Decision]:
        self._preroll.append(frame)
        if self.previous is not None and len(self._since_end) < SINCE_END_FRAMES:
            self._since_end.append(frame)
        self._voiced_run = self._voiced_run + 1 if voiced else 0
        # Over the assistant's own voice only a barge-in starts an utterance.
        if self._voiced_run < START_FRAMES or ctx.speaking:
            return []
        self._in_speech = True
        self._wake_required = ctx.needs_wake and not ctx.barging_in
        self._frames = list(self._preroll)
        self._carried = 0
        self._started = t - self._voiced_run * FRAME_S
        previous = self._continuing(t)
        if previous is not None:  # they paused mid-sentence: one utterance
            self._frames = [previous.audio, *self._since_end]
            self._carried = previous.audio.size - FRAME
            self._wake_required = previous.wake_required
            self._started = previous.started
        self._since_end = []
        self._last_voiced_at, self._last_voiced_index = t, len(self._frames)
        self._silence, self._smart_asked, self._speculated_index = 0, False, -1
        self._next_partial = t + PARTIAL_EVERY_S
        return [Started(self._started, previous)]

    def _continuing(self, t: float) -> Utterance | None:
        previous, self.previous = self.previous, None
        if previous is None or t - previous.ended > CONTINUE_S:
            return None
        return previous if self.can_continue(previous) else None

    # --- in an utterance ------------------------------------------------------------------

    def _feed_speech(self, frame: np.ndarray, voiced: bool, t: float) -> list[Decision]:
        out: list[Decision] = []
        self._frames.append(frame)
        if voiced:
            if self._silence >= SPECULATE_FRAMES and self._speculated_index >= 0:
                out.append(Resumed())
                self._speculated_index = -1
            self._silence = 0
            self._last_voiced_at, self._last_voiced_index = t, len(self._frames)
            self._smart_asked = False
        else:
            self._silence += 1
        spoken_s = (len(self._frames) * FRAME + self._carried) / SAMPLE_RATE
        capped = spoken_s >= self.max_utterance_s
        done = capped
        if not done and self._silence == SPECULATE_FRAMES and self.speculate:
            early = _join(self._frames[: self._last_voiced_index + TAIL_FRAMES])
            self._speculated_index = self._last_voiced_index
            out.append(PauseBegan(early, self._started, self._last_voiced_at, self._wake_required))
        if (
            not done
            and self.end_of_turn is not None
            and self._silence >= SMART_FRAMES
            and not self._smart_asked
        ):
            self._smart_asked = True
            done = self.end_of_turn(_join(self._frames)) >= SMART_DONE
        if not done and self._silence * FRAME_S * 1000 >= self.silence_ms:
            done = True
        if done:
            out.append(self._end(t, capped))
        elif self.partials and voiced and t >= self._next_partial:
            self._next_partial = t + PARTIAL_EVERY_S
            out.append(PartialDue(_join(self._frames), addressed=not self._wake_required))
        return out

    def _end(self, t: float, capped: bool) -> Ended:
        self._in_speech = False
        self._voiced_run = 0
        self._preroll.clear()
        everything = _join(self._frames)
        kept = (
            everything if capped else _join(self._frames[: self._last_voiced_index + TAIL_FRAMES])
        )
        covers = self._speculated_index == self._last_voiced_index and not capped
        ended = Ended(
            kept,
            self._started,
            self._last_voiced_at,
            t,
            self._wake_required,
            capped=capped,
            speculation_covers=covers,
        )
        self._frames, self._since_end = [], []
        if capped:
            self._skip_until_pause, self._quiet = True, 0
        else:
            utterance = Utterance(everything, self._started, t, self._wake_required)
            self.previous = utterance
            ended = Ended(**{**ended.__dict__, "utterance": utterance})
        return ended


def _join(frames: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(frames) if frames else np.zeros(0, dtype=np.float32)
