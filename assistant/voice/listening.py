"""Listening: the microphone, frame by frame, into turns.

The listening thread opens the devices (and reopens them when they come back), then
for every block: capture (echo removed, level reported), voice activity, barge-in,
endpointing. What the endpointer decides becomes turns for the answering stage:

- a short pause starts an early transcription and, for something long enough, a held
  (speculative) turn that prepares the reply while the end is being confirmed;
- the voice going on drops that held turn without a trace;
- the end of the utterance confirms it (or makes a new turn); a short one stays held
  for a moment in case it was only the first word of the request;
- speech continuing the previous utterance cancels that one's turn: the two are one.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections.abc import Callable
from typing import Protocol

import numpy as np
from hearth.assistant.errors import AssistantError, AudioDeviceError
from hearth.assistant.events import (
    ErrorEvent,
    Listening,
    Notice,
    PartialTranscript,
    SpeechEnd,
    SpeechStart,
)
from hearth.assistant.voice.answering import Answering, Transcriber
from hearth.assistant.voice.barge_in import BargeIn
from hearth.assistant.voice.capture import Capture
from hearth.assistant.voice.devices import MicrophoneLike, SpeakerLike
from hearth.assistant.voice.endpointer import (
    CONTINUE_S,
    Context,
    Decision,
    Ended,
    Endpointer,
    PartialDue,
    PauseBegan,
    Resumed,
    Started,
)
from hearth.assistant.voice.speaking import Speaking
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Turn

_LOGGER = logging.getLogger(__name__)

VOICED = 0.5
DEVICE_RETRY_S = 1.0
FRAGMENT_S = 1.0
"""An utterance with less speech than this may be a stray word before the request: its
turn waits ``CONTINUE_S`` of quiet before it is confirmed (unless its words make a
request on their own)."""


class VoiceActivity(Protocol):
    def __call__(self, frame: np.ndarray) -> float: ...

    def reset(self) -> None: ...


class Devices(Protocol):
    """Opens the microphone and speaker together (``voice.loop`` owns them)."""

    def open(self) -> tuple[MicrophoneLike, SpeakerLike]: ...

    def close(self) -> None: ...

    def rescan(self) -> None:
        """Look again for devices (one may have been plugged in)."""
        ...


class ListeningStage:
    def __init__(
        self,
        shared: LoopState,
        speaking: Speaking,
        answering: Answering,
        stt: Callable[[], Transcriber],
        vad: VoiceActivity,
        endpointer: Endpointer,
        capture: Capture,
        speculate: Callable[[], bool],
    ) -> None:
        self.shared = shared
        self.speaking = speaking
        self.answering = answering
        self.stt = stt
        self.vad = vad
        self.endpointer = endpointer
        self.capture = capture
        self.speculate = speculate
        self.barge_in = BargeIn()
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="hearth-stt")
        self._early: concurrent.futures.Future | None = None
        self._held: Turn | None = None
        """The speculative turn being prepared during the current pause, if any."""
        self._waiting: Turn | None = None
        """A short utterance's turn, held until the user has been quiet for a moment."""

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # --- devices ------------------------------------------------------------------------

    def run(self, devices: Devices, ready: Callable[[], None]) -> None:
        """Listen until the loop stops, reopening the devices whenever they fail."""
        shared = self.shared
        failed_before = False
        while not shared.stop.is_set():
            try:
                mic, speaker = devices.open()
            except AssistantError as exc:
                if not failed_before:
                    shared.emit(ErrorEvent(message=exc.message, fix=exc.fix))
                    shared.set_state("idle", "Waiting for a microphone and speaker.")
                failed_before = True
                ready()
                shared.stop.wait(DEVICE_RETRY_S)
                devices.rescan()
                continue
            if failed_before:
                shared.emit(Notice(message="The microphone and speaker are working again."))
            failed_before = False
            shared.emit(Listening(mode=shared.activation, device=mic.name))
            shared.set_idle()
            ready()
            try:
                self.listen(mic, speaker)
            except AudioDeviceError as exc:
                # Closed first: stopping the reply would restart the speaker's stream to
                # drop its buffer, and PortAudio's start never returns once the sound
                # server is gone (the loop hung there, its ALSA thread spinning).
                devices.close()
                self.interrupt()
                shared.emit(ErrorEvent(message=exc.message, fix=exc.fix))
                shared.set_state("idle", "Waiting for the microphone to come back.")
                failed_before = True
            finally:
                devices.close()
            if not shared.stop.is_set():
                shared.stop.wait(DEVICE_RETRY_S)
                devices.rescan()

    def interrupt(self) -> None:
        self.speaking.interrupt(self.answering.current)

    # --- the block loop -----------------------------------------------------------------

    def listen(self, mic: MicrophoneLike, speaker: SpeakerLike) -> None:
        self.vad.reset()
        self.endpointer.reset()
        self.capture.reset()
        self._held = self._early = None
        try:
            while not self.shared.stop.is_set():
                read = mic.read()
                speaker.check()
                self.speaking.report_audio_start()
                if read is None:
                    continue
                block, captured = read
                got = self.capture.block(block, captured, time.monotonic())
                for frame in got.frames:
                    self._frame(frame, got.kept)
                self._confirm_if_quiet()
        finally:
            if self._held is not None:
                self._held.drop()
            self._held = None
            self._confirm_if_quiet(force=True)

    def _frame(self, frame: np.ndarray, kept: float) -> None:
        shared = self.shared
        voiced = self.vad(frame) >= VOICED
        t = time.monotonic()
        speaking_turn = self.speaking.speaking_turn
        speaking = speaking_turn is not None and not speaking_turn.is_stopped
        # A monologue that was cut off is not interrupted by its own continuation:
        # the user must hear that they were cut off.
        armed = (
            speaking
            and speaking_turn is not None
            and not speaking_turn.capped
            and self.capture.echo_ready
            and shared.config.barge_in
            and shared.activation != "push_to_talk"
        )
        barged = self.barge_in.feed(voiced, kept, t, armed)
        if barged is not None:
            with shared.lock:
                if self.speaking.speaking_turn is not None:
                    self.speaking.cancel(self.speaking.speaking_turn, barged)
        with shared.lock:
            pressed, released = shared.pressed, shared.released
            shared.released = False
        ctx = Context(
            speaking=speaking,
            barging_in=self.barge_in.run > 0,
            needs_wake=shared.needs_wake(),
            pressed=pressed,
            released=released,
        )
        for decision in self.endpointer.feed(frame, voiced, t, ctx):
            self.handle(decision)

    def handle(self, decision: Decision) -> None:
        """Act on what the endpointer decided (tests feed decisions here directly)."""
        shared = self.shared
        if isinstance(decision, Started):
            previous = decision.continues
            self._continued, self._continued_at = "", 0
            if previous is not None:  # they paused mid-sentence: it is one request
                self._continued_at = previous.audio.size
                turn = previous.turn
                if isinstance(turn, Turn):
                    self._continued = turn.heard
                    if self._waiting is turn:
                        self._waiting = None
                    with shared.lock:
                        self.speaking.cancel(turn, decision.t)
            shared.emit(SpeechStart(t=decision.t))
            shared.set_state("hearing")
        elif isinstance(decision, PauseBegan):
            self._early = self._pool.submit(self.stt().transcribe_utterance, decision.audio)
            if self.speculate() and decision.long_enough:
                self._held = Turn.held(
                    shared.next_id(),
                    audio=decision.audio,
                    speculative=self._early,
                    heard_at=decision.started,
                    wake_required=decision.wake_required,
                    explicit=shared.activation == "wake_word" and not decision.wake_required,
                    continues=self._continued,
                    continues_at=self._continued_at,
                )
                self.answering.submit(self._held)
                _LOGGER.debug("speculative turn %d started", self._held.id)
        elif isinstance(decision, Resumed):  # not finished after all: drop its reply
            if self._held is not None:
                self._held.drop()
                self._held = None
            if self._early is not None:
                self._early.cancel()  # only if it has not started
        elif isinstance(decision, PartialDue):
            if decision.addressed and (self._early is None or self._early.done()):
                self._partial(decision.audio)
        elif isinstance(decision, Ended):
            self.vad.reset()
            self._end(decision)

    def _end(self, ended: Ended) -> None:
        shared = self.shared
        shared.emit(
            SpeechEnd(
                duration_s=round(ended.duration_s, 3),
                endpoint_ms=round((time.monotonic() - ended.last_voiced_at) * 1000, 1),
                capped=ended.capped,
            )
        )
        held, self._held = self._held, None
        early = self._early if ended.speculation_covers else None
        if held is not None and early is None:
            held.drop()
            held = None
        if ended.too_short:  # it may be the first word of a request
            if held is not None:
                held.drop()
            shared.set_idle()
            return
        shared.set_state("thinking")
        pushed = ended.wake_required is None
        short = not pushed and not ended.capped and ended.duration_s < FRAGMENT_S
        turn = held
        if turn is None:
            turn = Turn.held(
                shared.next_id(),
                audio=ended.audio,
                speculative=early,
                heard_at=ended.started,
                ended_at=ended.ended,
                wake_required=bool(ended.wake_required),
                explicit=pushed or (shared.activation == "wake_word" and not ended.wake_required),
                capped=ended.capped,
                continues=self._continued,
                continues_at=self._continued_at,
            )
            self.answering.submit(turn)
        turn.ended_at = ended.ended
        if ended.utterance is not None:
            ended.utterance.turn = turn
        # The same window in which speech resuming continues the utterance (a shorter
        # one, from the last voiced frame, let "porcupine ... turn on the lamp" through).
        if short and not turn.wait_for_quiet(ended.ended + CONTINUE_S):
            self._confirm_if_quiet(force=True)  # only one waits at a time
            self._waiting = turn
        else:
            turn.confirm()

    def _confirm_if_quiet(self, force: bool = False) -> None:
        turn = self._waiting
        if turn is not None and (force or time.monotonic() >= turn.quiet_until):
            self._waiting = None
            turn.confirm()

    def _partial(self, audio: np.ndarray) -> None:
        future = self._pool.submit(self.stt().transcribe_utterance, audio)
        shared = self.shared

        def report(done: concurrent.futures.Future) -> None:
            try:
                text = done.result().text
            except Exception:
                return
            if shared.state == "hearing":
                shared.emit(PartialTranscript(text=text))

        future.add_done_callback(report)

    _continued: str = ""
    """The transcript of the utterance the current one continues ("" if none)."""
    _continued_at: int = 0
    """Where the current utterance's own speech begins in its audio (after that one)."""
