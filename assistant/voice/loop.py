"""The voice loop: hear, understand, answer out loud, stop when interrupted.

Threads, and what each owns:

- the PortAudio callbacks (``hearth.assistant.audio``) only copy blocks in and out;
- *listen* reads the microphone, removes the assistant's own voice (echo
  cancellation), runs voice activity detection, decides when the user has
  finished (end-of-turn model after a short pause), starts transcribing early
  while that decision is still being made, and notices barge-in;
- while the pause is being confirmed, *turn* already prepares the reply from the
  early transcript (speculative turn): the language model's plain answer and the
  first piece's synthesis only, nothing with side effects; its events and audio
  are held until the turn is confirmed and dropped without a trace if the user
  goes on talking;
- *turn* transcribes, checks the wake phrase, routes the request and streams the
  reply's text, piece by piece, to
- *speak*, which synthesises each piece and queues it on the speaker while the
  language model is still writing the next one.

Everything the loop does is reported as typed events (``events.py``) through one
callback. The desktop app and ``assistant listen`` share this class.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import queue
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np
from hearth.assistant.audio.devices import rescan_devices
from hearth.assistant.audio.echo import CONVERGED_S, EchoCanceller, make_echo_canceller
from hearth.assistant.audio.microphone import Microphone
from hearth.assistant.audio.signal import SAMPLE_RATE, resample, rms
from hearth.assistant.audio.speaker import Speaker, reference_resampler
from hearth.assistant.engines.llm import Message
from hearth.assistant.engines.stt import Transcript
from hearth.assistant.engines.vad import FRAME, StreamingVAD
from hearth.assistant.errors import AssistantError, AudioDeviceError, NoSpeechError
from hearth.assistant.events import (
    AlertFired,
    AudioEnd,
    AudioStart,
    ErrorEvent,
    Event,
    Interrupted,
    Listening,
    MicLevel,
    Notice,
    PartialTranscript,
    ReplyText,
    SpeechEnd,
    SpeechStart,
    StateChanged,
    TranscriptEvent,
    WakeWord,
)
from hearth.assistant.voice.speech_stream import SpeechChunker, pieces
from hearth.assistant.voice.wake import WakePhrase

if TYPE_CHECKING:
    from hearth.assistant.engines.end_of_turn import SmartTurn
    from hearth.assistant.runtime import Assistant

_LOGGER = logging.getLogger(__name__)

FRAME_S = FRAME / SAMPLE_RATE  # 32 ms
_VOICED = 0.5
_START_FRAMES = 3  # ~100 ms of voice starts an utterance
_BARGE_IN_FRAMES = 5  # ~160 ms of voice over the assistant's speech interrupts it
_BARGE_IN_KEPT = 0.15
"""Barge-in needs the voice to survive echo cancellation at this fraction of its level or
more; residual echo is attenuated far below it (a double-talk check)."""
_SPECULATE_FRAMES = 2
"""After ~64 ms of pause, start transcribing (and, for a plain question, answering) in
the background: the reply, not the end-of-turn decision at ``_SMART_FRAMES``, is what
the first sound waits for. If the voice resumes, the transcription is cancelled unless
it has begun (one worker: a stale one would delay the next)."""
_SMART_FRAMES = 5  # after ~160 ms of pause, ask the end-of-turn model
_SMART_DONE = 0.5
_PREROLL_FRAMES = 15  # keep ~480 ms before the detected start (soft first syllables)
_TAIL_FRAMES = 3  # and ~100 ms after the last voiced frame (a soft last word: "six")
_MIN_SPEECH_S = 0.25
_PARTIAL_EVERY_S = 1.0
_REQUEST_WINDOW_S = 8.0  # after a bare wake phrase, how long the loop waits for the request
_DEVICE_RETRY_S = 1.0
_CONTINUE_S = 1.0
"""Speech resuming this soon after the turn ended continues it (a pause mid-sentence)."""
_SINCE_END_FRAMES = int(1.5 / FRAME_S)
_OWN_ECHO_WINDOW_S = 0.25
_OWN_ECHO_MATCH = 0.8
"""An utterance that began while the assistant spoke (it got in as a barge-in) or as it
stopped (within ``_OWN_ECHO_WINDOW_S`` of handing the device its last audio, which sounds
~0.1 s longer), and whose words are nearly all words it just said, is its own voice come
back, echo that got past the canceller: it is ignored. Answering it would make the
assistant talk to itself, each reply echoing into the next. A user answering a question
("... Say yes or no." "Yes.") starts later than that."""

NOT_CAUGHT = "Sorry, I didn't catch that."
ENGLISH_ONLY = "Sorry, I can only answer in English for now."


class _Cancelled(BaseException):
    """Raised inside the language model's token callback to stop a cancelled turn.

    A BaseException so that no ``except Exception`` on the way (e.g. the router's
    larger-tier fallback) mistakes it for a failure."""


@dataclass
class _Turn:
    id: int
    text: str = ""
    audio: np.ndarray | None = None
    speculative: concurrent.futures.Future[Transcript] | None = None
    heard_at: float = 0.0
    """When the user began speaking it (monotonic); 0 when typed."""
    wake_required: bool = False
    explicit: bool = False
    """The user clearly addressed the assistant (push-to-talk, after the wake phrase)."""
    capped: bool = False
    speak: bool = True
    cancelled: bool = False
    pieces: list[tuple[int, str, int]] = field(default_factory=list)
    """(speaker tag, text, samples) of every piece queued for playback."""
    reply_started: bool = False
    expects_reply: bool = False
    finished: bool = False
    announce: bool = False
    """Not a request: something to say (a timer that went off)."""
    held: bool = False
    """Speculative: started from the early transcript while the pause was still being
    confirmed. Until it is confirmed (``held`` becomes False) nothing it does is shown,
    played or kept: its events wait in ``deferred`` and its first piece waits, synthesised,
    for the decision. A dropped one (the user went on talking) stays held, cancelled."""
    decided: threading.Event = field(default_factory=threading.Event)
    deferred: list[Callable[[], None]] = field(default_factory=list)
    confirming: bool = False
    ready_at: float = 0.0
    """When a speculative turn's first piece was synthesised and began to wait."""
    gate: threading.Lock = field(default_factory=threading.Lock)
    """Guards ``held``, ``deferred`` and ``confirming`` (never held while reporting)."""

    def __post_init__(self) -> None:
        if not self.held:
            self.decided.set()


@dataclass
class _Utterance:
    """The last utterance handed to a turn, in case the user was not finished."""

    audio: np.ndarray
    started: float
    ended: float
    wake_required: bool
    turn: _Turn | None
    """None for a fragment too short to be a request on its own."""


_END = object()


class VoiceLoop:
    speculate: bool = True
    """Prepare the reply (language model and first piece's synthesis, nothing with side
    effects) from the early transcript while the end of the turn is still being confirmed."""

    def __init__(
        self,
        assistant: Assistant,
        on_event: Callable[[Event], None],
        *,
        device_in: str | None = None,
        device_out: str | None = None,
        activation: str | None = None,
        streaming: bool = True,
        partials: bool = True,
    ) -> None:
        """``streaming=False`` is the sequential baseline the benchmark compares against:
        a fixed pause ends the turn, then the whole transcript, the whole reply and the
        whole synthesis are waited for before anything plays."""
        self.assistant = assistant
        self.config = assistant.config.voice
        self._emit_to = on_event
        self.device_in = assistant.config.audio.input_device if device_in is None else device_in
        self.device_out = assistant.config.audio.output_device if device_out is None else device_out
        self.activation = activation or self.config.activation
        self._want_partials = partials
        self.set_pipeline(streaming)
        self.wake = WakePhrase(self.config.wake_phrase)

        self._stop = threading.Event()
        self._ready = threading.Event()
        self._threads: list[threading.Thread] = []
        self._turns: queue.Queue[_Turn | None] = queue.Queue()
        self._say: queue.Queue[tuple[_Turn, object]] = queue.Queue()
        self._stt_pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="hearth-stt")
        self._lock = threading.RLock()
        self._turn_ids = 0
        self._current: _Turn | None = None
        self._speaking_turn: _Turn | None = None
        self._muted = False
        self._ptt = False
        self._ptt_released = False
        self._follow_up_until = 0.0
        self._request_until = 0.0
        self._state = ""
        self._mic: Microphone | None = None
        self._speaker: Speaker | None = None
        self._echo: EchoCanceller | None = None
        self._reference: deque[tuple[np.ndarray | None, float]] = deque(maxlen=1000)
        """Blocks the speaker played (16 kHz) with the time each sounded, and (None, t)
        when it threw away what was to sound from t on. Timed, so losing the oldest (a
        loop that fell far behind) cannot put the two signals out of step."""
        self._tag = 0
        self._audio_start_pending: _Turn | None = None
        self._previous: _Utterance | None = None
        self._said: deque[tuple[float, str]] = deque(maxlen=8)
        """(when it stopped, text) of what the assistant recently said out loud."""
        self._held: _Turn | None = None
        """The speculative turn being prepared during the current pause, if any."""
        self._skip_until_pause = False
        self.turns_done = 0
        self.devices_ok = False

    # --- public API ---------------------------------------------------------------------

    def start(self) -> None:
        self.assistant.subscribe(self._on_core_event)
        for name, target in (
            ("hearth-listen", self._listen_forever),
            ("hearth-turn", self._turn_worker),
            ("hearth-speak", self._speak_worker),
        ):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def set_pipeline(self, streaming: bool) -> None:
        """Switch between the streaming pipeline and the sequential baseline (benchmark)."""
        self.streaming = streaming
        self.partials = self._want_partials and streaming
        self.end_of_turn = self.config.end_of_turn if streaming else "silence"

    @property
    def idle(self) -> bool:
        """Nothing heard, thought about or spoken right now."""
        return (
            self._current is None
            and self._speaking_turn is None
            and self._turns.empty()
            and self._say.empty()
            and self._state in ("listening", "idle")
        )

    def wait_ready(self, timeout: float | None = None) -> bool:
        """True once the models are loaded and the devices opened (or failed)."""
        return self._ready.wait(timeout)

    def stop(self) -> None:
        self.assistant.unsubscribe(self._on_core_event)
        self._stop.set()
        self.interrupt()
        self._turns.put(None)
        self._say.put((_Turn(-1), _END))
        for thread in self._threads:
            thread.join(timeout=5)
        self._stt_pool.shutdown(wait=False, cancel_futures=True)
        self._close_devices()

    def push_to_talk(self, pressed: bool) -> None:
        with self._lock:
            if pressed and not self._ptt:
                self.interrupt()
            if not pressed and self._ptt:
                self._ptt_released = True
            self._ptt = pressed

    def interrupt(self) -> None:
        """Stop speaking now, drop queued speech and the reply being written."""
        with self._lock:
            turn = self._speaking_turn or self._current
            if turn is not None and not turn.cancelled:
                self._cancel(turn, time.monotonic())

    def set_muted(self, muted: bool) -> None:
        with self._lock:
            self._muted = muted
        self._set_state(*self._idle_state())

    def submit_text(self, text: str, speak: bool = True) -> None:
        """A typed request, answered through the same pipeline (and spoken if ``speak``)."""
        self.interrupt()
        self._turns.put(_Turn(self._next_id(), text=text.strip(), speak=speak, explicit=True))

    def _on_core_event(self, event: Event) -> None:
        """A timer, alarm or reminder went off: say so, after whatever is being said."""
        if isinstance(event, AlertFired):
            turn = _Turn(self._next_id(), text=event.message, announce=True)
            self._turns.put(turn)

    # --- events -------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        try:
            self._emit_to(event)
        except Exception:
            _LOGGER.exception("an event listener failed on %s", event.kind)

    def _set_state(self, state: str, hint: str = "") -> None:
        if state != self._state:
            self._state = state
            self._emit(StateChanged(state=state, hint=hint))

    def _idle_state(self) -> tuple[str, str]:
        if self._muted:
            return "idle", "The microphone is muted."
        if self.activation == "push_to_talk":
            return "idle", "Hold the talk key to speak."
        now = time.monotonic()
        if self.activation == "always" or now < max(self._follow_up_until, self._request_until):
            return "listening", "Go ahead, I'm listening."
        return "listening", f"Say '{self.wake.phrase}' to talk to me."

    def _next_id(self) -> int:
        with self._lock:
            self._turn_ids += 1
            return self._turn_ids

    # --- devices ------------------------------------------------------------------------

    def _open_devices(self) -> None:
        tts = self.assistant.tts()
        self._echo = make_echo_canceller(self.config.echo_cancel)
        to_16k = reference_resampler(tts.sample_rate)
        on_played = (
            (lambda block, at: self._reference.append((to_16k(block), at))) if self._echo else None
        )
        # Barge-in discards what the device had not played yet: the echo canceller must
        # forget it too (told in order, through the same queue).
        on_discarded = (lambda at: self._reference.append((None, at))) if self._echo else None
        speaker = Speaker(self.device_out, tts.sample_rate, on_played, on_discarded)
        speaker.open()
        mic = Microphone(self.device_in)
        try:
            mic.open()
        except AudioDeviceError:
            speaker.close()
            raise
        self._speaker, self._mic = speaker, mic
        self.devices_ok = True

    def _close_devices(self) -> None:
        mic, self._mic = self._mic, None
        speaker, self._speaker = self._speaker, None
        self.devices_ok = False
        if mic is not None:
            mic.close()
        if speaker is not None:
            speaker.close()

    # --- the listening thread -----------------------------------------------------------

    def _listen_forever(self) -> None:
        try:
            self._set_state("loading", "Loading the speech models...")
            self.assistant.stt()
            self.assistant.tts()
            self.assistant.small_llm()
            vad = StreamingVAD()
            smart = self._load_smart_turn()
            self._warm_up()
        except AssistantError as exc:
            self._emit(ErrorEvent(message=exc.message, fix=exc.fix, recoverable=False))
            self._ready.set()
            return
        failed_before = False
        while not self._stop.is_set():
            try:
                self._open_devices()
            except AssistantError as exc:
                if not failed_before:
                    self._emit(ErrorEvent(message=exc.message, fix=exc.fix))
                    self._set_state("idle", "Waiting for a microphone and speaker.")
                failed_before = True
                self._ready.set()
                self._stop.wait(_DEVICE_RETRY_S)
                rescan_devices()
                continue
            if failed_before:
                self._emit(Notice(message="The microphone and speaker are working again."))
            failed_before = False
            assert self._mic is not None
            self._emit(Listening(mode=self.activation, device=self._mic.name))
            self._set_state(*self._idle_state())
            self._ready.set()
            try:
                self._listen(self._mic, vad, smart)
            except AudioDeviceError as exc:
                self.interrupt()
                self._emit(ErrorEvent(message=exc.message, fix=exc.fix))
                self._set_state("idle", "Waiting for the microphone to come back.")
                failed_before = True
            finally:
                self._close_devices()
            if not self._stop.is_set():
                self._stop.wait(_DEVICE_RETRY_S)
                rescan_devices()

    def _warm_up(self) -> None:
        """Run each model once: first runs are several times slower than the rest."""
        speech = self.assistant.tts().synthesize_all("Hello there.")
        with contextlib.suppress(NoSpeechError):
            self.assistant.stt().transcribe_utterance(
                resample(speech, self.assistant.tts().sample_rate, SAMPLE_RATE)
            )
        # The system prompt's keys stay cached in the model: later turns skip it.
        self.assistant.router.warm_up()

    def _load_smart_turn(self) -> SmartTurn | None:
        if self.config.end_of_turn != "smart":
            return None
        from hearth.assistant import models
        from hearth.assistant.engines.end_of_turn import SmartTurn

        return SmartTurn(models.resolve(self.assistant.config, "turn").path)

    def _listen(self, mic: Microphone, vad: StreamingVAD, smart: SmartTurn | None) -> None:
        vad.reset()
        self._held = None
        try:
            self._listen_blocks(mic, vad, smart)
        finally:
            if self._held is not None:
                self._drop(self._held)
            self._held = None

    def _listen_blocks(self, mic: Microphone, vad: StreamingVAD, smart: SmartTurn | None) -> None:
        preroll: deque[np.ndarray] = deque(maxlen=_PREROLL_FRAMES)
        pending = np.zeros(0, dtype=np.float32)
        utterance: list[np.ndarray] = []
        voiced_run = silence = 0
        in_speech = wake_required = False
        carried = 0  # samples of a continued utterance held in its first element
        since_end: list[np.ndarray] = []  # audio after the last turn ended, in case it continues
        speech_started = last_voiced_at = 0.0
        last_voiced_index = 0
        speculative: concurrent.futures.Future[Transcript] | None = None
        speculative_index = -1
        smart_asked = False
        next_partial = 0.0
        last_level = 0.0
        barge_run = 0
        barge_first = 0.0
        kept = 1.0
        quiet = 0
        while not self._stop.is_set():
            read = mic.read()
            assert self._speaker is not None
            self._speaker.check()
            self._report_audio_start()
            if read is None:
                continue
            block, captured = read
            now = time.monotonic()
            if self._echo is not None:
                while self._reference:
                    played, at = self._reference.popleft()
                    if played is None:
                        self._echo.unplayed(at)
                    else:
                        self._echo.played(played, at)
                raw_rms = rms(block)
                # Matched with what was sounding when it was captured (the canceller
                # waits for that, unless the speaker has stalled).
                block = self._echo.process(block, captured)
                # How much of what the microphone heard survived echo cancellation: the
                # user's own voice mostly does, the assistant's echo mostly does not.
                kept = rms(block) / raw_rms if raw_rms > 1e-4 else 1.0
            if now - last_level >= 0.05:
                last_level = now
                loudness = rms(block)
                level = -100.0 if self._muted else max(-100.0, 20 * np.log10(loudness + 1e-10))
                self._emit(MicLevel(dbfs=round(level, 1)))
            if self._muted:
                pending = np.zeros(0, dtype=np.float32)
                continue
            pending = np.concatenate([pending, block])
            while pending.size >= FRAME:
                frame, pending = pending[:FRAME], pending[FRAME:]
                voiced = vad(frame) >= _VOICED
                frame_time = time.monotonic()

                # Barge-in: the user talks over the assistant.
                speaking = self._speaking_turn is not None and not self._speaking_turn.cancelled
                # A monologue that was cut off is not interrupted by its own continuation:
                # the user must hear that they were cut off.
                interruptible = speaking and not getattr(self._speaking_turn, "capped", False)
                # Until the echo canceller has adapted (the first ~2 s of the assistant's
                # voice in a session) its own echo would pass for a voice: no barge-in yet.
                echo_ready = self._echo is None or self._echo.heard_s >= CONVERGED_S
                if (
                    interruptible
                    and echo_ready
                    and self.config.barge_in
                    and self.activation != "push_to_talk"
                ):
                    if voiced and kept >= _BARGE_IN_KEPT:
                        barge_first = barge_first if barge_run else frame_time - FRAME_S
                        barge_run += 1
                        if barge_run >= _BARGE_IN_FRAMES:
                            with self._lock:
                                if self._speaking_turn is not None:
                                    self._cancel(self._speaking_turn, barge_first)
                    else:
                        barge_run = 0
                else:
                    barge_run = 0

                if self.activation == "push_to_talk":
                    with self._lock:
                        pressed, released = self._ptt, self._ptt_released
                        self._ptt_released = False
                    if pressed:
                        if not in_speech:
                            in_speech, utterance = True, list(preroll)
                            speech_started = frame_time
                            self._emit(SpeechStart())
                            self._set_state("hearing")
                        utterance.append(frame)
                        if voiced:
                            last_voiced_at = frame_time
                    elif in_speech and released:
                        in_speech = False
                        self._end_utterance(
                            utterance, speech_started, last_voiced_at or frame_time, None, None
                        )
                        utterance = []
                    preroll.append(frame)
                    continue

                if self._skip_until_pause:  # the rest of a monologue that was cut off
                    quiet = 0 if voiced else quiet + 1
                    if quiet * FRAME_S * 1000 >= self.config.silence_ms:
                        self._skip_until_pause = False
                    continue

                if not in_speech:
                    preroll.append(frame)
                    if self._previous is not None and len(since_end) < _SINCE_END_FRAMES:
                        since_end.append(frame)
                    voiced_run = voiced_run + 1 if voiced else 0
                    # Over the assistant's own voice only a barge-in starts an utterance.
                    speaking = self._speaking_turn is not None and not self._speaking_turn.cancelled
                    if voiced_run >= _START_FRAMES and not speaking:
                        in_speech = True
                        wake_required = self._needs_wake() and not barge_run
                        utterance = list(preroll)
                        carried = 0
                        speech_started = frame_time - voiced_run * FRAME_S
                        previous = self._continuing(frame_time)
                        if previous is not None:  # they paused mid-sentence: one utterance
                            utterance = [previous.audio, *since_end]
                            carried = previous.audio.size - FRAME
                            wake_required = previous.wake_required
                            speech_started = previous.started
                        last_voiced_at, last_voiced_index = frame_time, len(utterance)
                        silence, speculative, smart_asked = 0, None, False
                        speculative_index = -1
                        next_partial = frame_time + _PARTIAL_EVERY_S
                        self._emit(SpeechStart(t=speech_started))
                        self._set_state("hearing")
                    continue

                utterance.append(frame)
                if voiced:
                    silence = 0
                    last_voiced_at, last_voiced_index = frame_time, len(utterance)
                    smart_asked = False
                    if self._held is not None:  # not finished after all: drop its reply
                        self._drop(self._held)
                        self._held = None
                    if speculative is not None:
                        speculative.cancel()  # only if it has not started
                else:
                    silence += 1
                spoken_s = (len(utterance) * FRAME + carried) / SAMPLE_RATE
                capped = spoken_s >= self.config.max_utterance_s
                done = capped
                if not done and silence == _SPECULATE_FRAMES and self.streaming:
                    early = utterance[: last_voiced_index + _TAIL_FRAMES]
                    speculative = self._transcribe_async(early)
                    speculative_index = last_voiced_index
                    if self.speculate and last_voiced_at - speech_started >= _MIN_SPEECH_S:
                        self._held = _Turn(
                            self._next_id(),
                            audio=np.concatenate(early),
                            speculative=speculative,
                            heard_at=speech_started,
                            wake_required=wake_required,
                            explicit=self.activation == "wake_word" and not wake_required,
                            held=True,
                        )
                        self._turns.put(self._held)
                        _LOGGER.debug("speculative turn %d started", self._held.id)
                if (
                    not done
                    and smart is not None
                    and self.end_of_turn == "smart"
                    and silence >= _SMART_FRAMES
                    and not smart_asked
                ):
                    smart_asked = True
                    audio = np.concatenate(utterance)
                    probability = smart.probability(audio)
                    done = probability >= _SMART_DONE
                    _LOGGER.debug("end of turn: p=%.2f after %d ms", probability, silence * 32)
                if not done and silence * FRAME_S * 1000 >= self.config.silence_ms:
                    done = True
                if done:
                    in_speech = False
                    voiced_run = 0
                    preroll.clear()
                    spec = speculative if speculative_index == last_voiced_index else None
                    keep = utterance if capped else utterance[: last_voiced_index + _TAIL_FRAMES]
                    held, self._held = self._held, None
                    if held is not None and (capped or spec is None):
                        self._drop(held)
                        held = None
                    self._end_utterance(
                        keep,
                        speech_started,
                        last_voiced_at,
                        spec,
                        wake_required,
                        capped,
                        utterance,
                        held,
                    )
                    utterance, since_end = [], []
                    vad.reset()
                elif (
                    self.partials
                    and voiced
                    and frame_time >= next_partial
                    and (speculative is None or speculative.done())
                ):
                    next_partial = frame_time + _PARTIAL_EVERY_S
                    self._partial(utterance)

    def _transcribe_async(self, frames: list[np.ndarray]) -> concurrent.futures.Future[Transcript]:
        audio = np.concatenate(frames) if frames else np.zeros(FRAME, dtype=np.float32)
        stt = self.assistant.stt()
        return self._stt_pool.submit(stt.transcribe_utterance, audio)

    def _partial(self, frames: list[np.ndarray]) -> None:
        future = self._transcribe_async(list(frames))

        def report(done: concurrent.futures.Future[Transcript]) -> None:
            try:
                text = done.result().text
            except Exception:
                return
            if self._state == "hearing" and not self._needs_wake():
                self._emit(PartialTranscript(text=text))

        future.add_done_callback(report)

    def _needs_wake(self) -> bool:
        now = time.monotonic()
        return (
            self.activation == "wake_word"
            and now >= self._follow_up_until
            and now >= self._request_until
        )

    def _end_utterance(
        self,
        frames: list[np.ndarray],
        started: float,
        last_voiced_at: float,
        speculative: concurrent.futures.Future[Transcript] | None,
        wake_required: bool | None,
        capped: bool = False,
        everything: list[np.ndarray] | None = None,
        held: _Turn | None = None,
    ) -> None:
        """``wake_required`` None: push-to-talk (the user clearly meant to talk to us).
        ``everything``: the utterance with its trailing pause, kept in case it continues.
        ``held``: the speculative turn prepared for exactly this audio, now confirmed."""
        pushed = wake_required is None
        now = time.monotonic()
        audio = np.concatenate(frames) if frames else np.zeros(0, dtype=np.float32)
        duration = max(0.0, last_voiced_at - started)
        self._emit(
            SpeechEnd(
                duration_s=round(duration, 3),
                endpoint_ms=round((now - last_voiced_at) * 1000, 1),
                capped=capped,
            )
        )
        if not pushed and duration < _MIN_SPEECH_S:
            # Too short to be a request, but it may be the first word of one.
            if held is not None:
                self._drop(held)
            full = np.concatenate(everything) if everything else audio
            self._previous = _Utterance(full, started, now, bool(wake_required), None)
            self._set_state(*self._idle_state())
            return
        self._set_state("thinking")
        # The reply prepared during the pause plays now (its held events first, in order).
        turn = held if held is not None and self._confirm(held) else None
        if turn is None:
            if held is not None:
                self._drop(held)
            turn = _Turn(
                self._next_id(),
                audio=audio,
                speculative=speculative,
                heard_at=started,
                wake_required=bool(wake_required),
                explicit=pushed or (self.activation == "wake_word" and not wake_required),
                capped=capped,
            )
            self._turns.put(turn)
        if capped:
            self._skip_until_pause = True
        if not pushed and not capped:
            full = np.concatenate(everything) if everything else audio
            self._previous = _Utterance(full, started, now, bool(wake_required), turn)

    def _continuing(self, now: float) -> _Utterance | None:
        """The previous utterance, if this speech continues it; its turn is then cancelled."""
        previous, self._previous = self._previous, None
        if previous is None or now - previous.ended > _CONTINUE_S:
            return None
        turn = previous.turn
        if turn is not None:
            if turn.finished:
                return None
            with self._lock:
                if not turn.cancelled:
                    self._cancel(turn, now)
        return previous

    def _report_audio_start(self) -> None:
        turn, speaker = self._audio_start_pending, self._speaker
        if turn is None or speaker is None or speaker.first_audio_at is None:
            return
        self._audio_start_pending = None
        if not turn.cancelled:
            first = turn.pieces[0][1] if turn.pieces else ""
            self._emit(AudioStart(t=speaker.first_audio_at, text=first))

    # --- turns ----------------------------------------------------------------------------

    def _turn_worker(self) -> None:
        while not self._stop.is_set():
            turn = self._turns.get()
            if turn is None:
                return
            with self._lock:
                self._current = turn
            try:
                self._run_turn(turn)
            except _Cancelled:
                pass
            except AssistantError as exc:
                if self._decided(turn):
                    self._emit(ErrorEvent(message=exc.message, fix=exc.fix))
                    with contextlib.suppress(_Cancelled):
                        self._say_text(turn, f"Sorry, {exc.message[0].lower()}{exc.message[1:]}")
            except Exception as exc:  # a bug must not kill the loop: report it, keep going
                _LOGGER.exception("the turn failed")
                if self._decided(turn):
                    message = f"Something went wrong: {exc}."
                    self._emit(ErrorEvent(message=message, fix="Try again."))
            finally:
                with self._lock:
                    if self._current is turn:
                        self._current = None
                if not turn.reply_started and not turn.cancelled:
                    self._for_turn(turn, lambda: self._set_state(*self._idle_state()))

    def _transcribe(self, turn: _Turn) -> Transcript | None:
        assert turn.audio is not None
        started = time.monotonic()
        try:
            if turn.speculative is not None:
                transcript = turn.speculative.result()
            else:
                transcript = self.assistant.stt().transcribe_utterance(turn.audio)
        except concurrent.futures.CancelledError:  # the voice went on: a dropped turn
            return None
        except NoSpeechError:
            if turn.explicit and not turn.wake_required and self._decided(turn):
                self._say_text(turn, NOT_CAUGHT)
            return None
        if turn.cancelled:  # the user went on talking: this part joins the next utterance
            return None
        if self._own_echo(turn, transcript.text):
            _LOGGER.info("ignored its own voice coming back: %r", transcript.text)
            return None
        if not turn.wake_required:  # speech not addressed to us is neither shown nor kept
            waited = round((time.monotonic() - started) * 1000, 1)
            event = TranscriptEvent(
                text=transcript.text, language=transcript.language, stt_ms=waited
            )
            self._for_turn(turn, lambda: self._emit(replace(event, t=time.monotonic())))
        return transcript

    def _own_echo(self, turn: _Turn, text: str) -> bool:
        """Whether ``text``, heard in ``turn``, is what the assistant itself just said."""
        words = _words(text)
        if not turn.heard_at or not words or self.activation == "push_to_talk":
            return False
        since = turn.heard_at - _OWN_ECHO_WINDOW_S
        with self._lock:
            recent = [said for ended, said in self._said if ended >= since]
            speaking = self._speaking_turn
            if speaking is not None and speaking is not turn:
                recent.append(self._spoken_so_far(speaking))
        said = set().union(*(_words(r) for r in recent))
        return len(words & said) >= _OWN_ECHO_MATCH * len(words)

    def _run_turn(self, turn: _Turn) -> None:
        if turn.announce:
            self._say_text(turn, turn.text, handled_by="alert")
            return
        language = "en"
        text = turn.text
        if turn.audio is not None:
            transcript = self._transcribe(turn)
            if transcript is None:
                return
            text, language = transcript.text, transcript.language
            if turn.wake_required:
                match = self.wake.match(text)
                if match is None:  # not for us: nothing is reported, nothing is kept
                    _LOGGER.debug("no wake phrase in %d words", len(text.split()))
                    return
                if not match.rest:
                    self._await_decision(turn)
                    self._emit(WakeWord(phrase=self.wake.phrase, heard=match.heard))
                    self._request_until = time.monotonic() + _REQUEST_WINDOW_S
                    self._chime(turn)
                    return
                wake = WakeWord(phrase=self.wake.phrase, heard=match.heard)
                heard = TranscriptEvent(text=match.rest, language=language)
                self._for_turn(turn, lambda: self._emit(replace(wake, t=time.monotonic())))
                self._for_turn(turn, lambda: self._emit(replace(heard, t=time.monotonic())))
                text = match.rest
        if not text:
            return
        if language != "en":
            self._await_decision(turn)
            self._say_text(turn, ENGLISH_ONLY, handled_by="language", language=language)
            return
        self._answer(turn, text)

    def _answer(self, turn: _Turn, text: str) -> None:
        self._for_turn(turn, lambda: self._set_state("thinking"))
        turn.text = text
        # Before the turn is certain only the language model's plain answer may be
        # prepared: a skill, a tool call or a control word changes things, so it waits.
        speculative = turn.held and self.assistant.router.plan(text) == "llm_chat"
        if turn.held and not speculative:
            self._await_decision(turn)
        notice = ""
        if turn.capped:
            limit = round(self.config.max_utterance_s)
            notice = f"That was long, so I stopped listening after {limit} seconds."
            self._queue_piece(turn, notice)
        chunker = SpeechChunker()
        streamed: list[str] = []

        def on_token(token: str) -> None:
            if turn.cancelled or self._stop.is_set():
                raise _Cancelled
            streamed.append(token)
            if self.streaming:
                for piece in chunker.feed(token):
                    self._queue_piece(turn, piece)

        if speculative:
            result = self.assistant.router.chat(text, self.assistant.history, on_token)
        else:
            result = self.assistant.ask(text, on_token=on_token, remember=False)
        if turn.cancelled:
            raise _Cancelled
        if streamed and self.streaming:
            for piece in chunker.flush():
                self._queue_piece(turn, piece)
        else:
            for piece in pieces(result.reply):
                self._queue_piece(turn, piece)
        self._await_decision(turn)
        if speculative:
            self.assistant.router.last_reply = result.reply
        turn.expects_reply = bool(getattr(result, "expects_reply", False))
        self._emit(
            ReplyText(
                text=result.reply,
                handled_by=result.handled_by,
                tier=result.tier,
                notice=" ".join(n for n in (notice, result.notice) if n),
                timings_ms={k: round(v, 1) for k, v in result.timings_ms.items()},
            )
        )
        self._finish(turn)

    def _say_text(
        self, turn: _Turn, text: str, handled_by: str = "assistant", language: str = "en"
    ) -> None:
        self._queue_piece(turn, text)
        self._emit(ReplyText(text=text, handled_by=handled_by, language=language))
        self._finish(turn)

    def _queue_piece(self, turn: _Turn, text: str) -> None:
        if turn.cancelled:
            raise _Cancelled
        if not turn.reply_started:
            turn.reply_started = True
            state = "speaking" if turn.speak else "thinking"
            self._for_turn(turn, lambda: self._set_state(state))
            if turn.speak and self.streaming and self._speaking_turn is None and self._say.empty():
                # The first piece is synthesised right here, while the language model
                # waits: on two cores, running both at once made each slower.
                self._play_piece(turn, text)
                return
        self._say.put((turn, text))

    def _finish(self, turn: _Turn) -> None:
        self._say.put((turn, _END))

    def _chime(self, turn: _Turn) -> None:
        """A short rising two-tone: 'I heard my name, go on'."""
        speaker = self._speaker
        if speaker is None:
            return
        rate = speaker.rate
        t = np.arange(int(rate * 0.09)) / rate
        fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
        tone = np.concatenate([np.sin(2 * np.pi * 660 * t), np.sin(2 * np.pi * 880 * t)])
        # Not given to the echo canceller: a loud burst with no echo to cancel (headphones)
        # made it hold back the start of the request that follows. A pure tone is not
        # speech to the VAD, so its own echo does no harm.
        chime = (0.15 * tone * np.tile(fade, 2)).astype(np.float32)
        speaker.play(chime, tag=self._new_tag(), reference=False)
        self._set_state("listening", "Go ahead, I'm listening.")

    # --- speculative turns -------------------------------------------------------------------

    def _for_turn(self, turn: _Turn, action: Callable[[], None]) -> None:
        """Do ``action`` (report an event, change the state) now, or once ``turn`` is
        confirmed while it is speculative; never if it is dropped."""
        with turn.gate:
            if turn.held:
                turn.deferred.append(action)
                return
        action()

    def _confirm(self, turn: _Turn) -> bool:
        """The pause was the end of the turn: report what the speculative turn held back,
        in order, and let it play. False if it was dropped meanwhile."""
        with turn.gate:
            if not turn.held or turn.cancelled:
                return False
            turn.confirming = True  # from here on it is a real turn: no silent drop
            ready = time.monotonic() - turn.ready_at if turn.ready_at else None
        _LOGGER.debug(
            "speculative turn %d confirmed, its first piece %s",
            turn.id,
            f"ready {ready * 1000:.0f} ms before" if ready is not None else "not ready yet",
        )
        while True:  # the turn thread may add to ``deferred`` meanwhile: report in order
            with turn.gate:
                actions, turn.deferred = turn.deferred, []
                if not actions:
                    turn.held = False
                    turn.decided.set()
                    return True
            for action in actions:
                action()

    def _drop(self, turn: _Turn) -> bool:
        """Cancel a speculative turn silently; False if it is not (or no longer) one."""
        with turn.gate:
            if not turn.held or turn.confirming:
                return False
            turn.cancelled = True
            turn.deferred.clear()
            turn.decided.set()
        _LOGGER.debug("speculative turn %d dropped", turn.id)
        return True

    def _decided(self, turn: _Turn) -> bool:
        """Wait until a speculative turn is confirmed (True) or dropped (False); at once for
        any other turn (True unless it was cancelled)."""
        while not turn.decided.wait(0.05):
            if self._stop.is_set():
                return False
        return not turn.held and not turn.cancelled

    def _await_decision(self, turn: _Turn) -> None:
        if not self._decided(turn):
            raise _Cancelled

    def _new_tag(self) -> int:
        with self._lock:
            self._tag += 1
            return self._tag

    # --- speaking ---------------------------------------------------------------------------

    def _speak_worker(self) -> None:
        while not self._stop.is_set():
            turn, item = self._say.get()
            if item is _END:
                if turn.id >= 0:
                    self._complete(turn)
                continue
            if turn.cancelled or not turn.speak:
                if not turn.speak:
                    turn.pieces.append((-1, str(item), 0))
                continue
            try:
                self._play_piece(turn, str(item))
            except AssistantError as exc:
                self._emit(ErrorEvent(message=exc.message, fix=exc.fix))
                turn.pieces.append((-1, str(item), 0))

    def _play_piece(self, turn: _Turn, text: str) -> None:
        if turn.cancelled:  # e.g. a speculative turn dropped meanwhile: no wasted synthesis
            return
        audio = self.assistant.tts().synthesize_all(text)
        if turn.held and not turn.ready_at:
            turn.ready_at = time.monotonic()
        if not self._decided(turn):  # speculative: ready, but played only once confirmed
            return
        speaker = self._speaker
        if turn.cancelled:
            return
        if speaker is None or not self.devices_ok:
            turn.pieces.append((-1, text, 0))
            return
        tag = self._new_tag()
        with self._lock:
            if turn.cancelled:
                return
            if self._speaking_turn is not turn:
                self._speaking_turn = turn
                speaker.reset()
                speaker.start_now()  # not after the ~150 ms of silence buffered
                self._audio_start_pending = turn
            turn.pieces.append((tag, text, audio.size))
            speaker.play(audio, tag)

    def _complete(self, turn: _Turn) -> None:
        """Wait for the speaker to finish this turn, then record what was said."""
        speaker = self._speaker
        while (
            not turn.cancelled
            and speaker is not None
            and speaker.busy
            and self._speaking_turn is turn
            and not self._stop.is_set()
        ):
            time.sleep(0.01)
        with self._lock:
            if turn.cancelled:
                return
            spoken = " ".join(text for _tag, text, _n in turn.pieces)
            if self._speaking_turn is turn:
                self._speaking_turn = None
            turn.finished = True
            self._said.append((time.monotonic(), spoken))
            self._remember(turn, spoken)
            self._emit(AudioEnd(spoken=spoken))
            self._after_reply(turn)

    def _after_reply(self, turn: _Turn) -> None:
        window = self.config.follow_up_s
        if turn.expects_reply:
            window = max(window, _REQUEST_WINDOW_S)
        self._follow_up_until = time.monotonic() + window if window else 0.0
        self._request_until = 0.0
        self.turns_done += 1
        self._set_state(*self._idle_state())

    def _spoken_so_far(self, turn: _Turn) -> str:
        speaker = self._speaker
        said: list[str] = []
        for tag, text, samples in turn.pieces:
            played = speaker.played(tag) if speaker is not None and tag >= 0 else 0
            if samples and played >= samples:
                said.append(text)
            elif played > 0:
                words = text.split()
                said.append(" ".join(words[: int(len(words) * played / samples)]))
                break
            else:
                break
        return " ".join(s for s in said if s)

    def _cancel(self, turn: _Turn, heard_at: float) -> None:
        """Stop ``turn`` (caller holds the lock): silence, drop queued speech, keep history."""
        if self._drop(turn):  # never confirmed: nothing was shown, played or kept
            return
        turn.cancelled = True
        speaker = self._speaker
        if speaker is not None:
            speaker.stop()
        stopped = time.monotonic()
        spoken = self._spoken_so_far(turn)
        if self._speaking_turn is turn:
            self._speaking_turn = None
        self._said.append((stopped, spoken))
        if turn.reply_started or turn.text:
            self._remember(turn, spoken)
            self._emit(Interrupted(spoken=spoken, stop_ms=round((stopped - heard_at) * 1000, 1)))
        self._follow_up_until = time.monotonic() + max(self.config.follow_up_s, 1.0)

    def _remember(self, turn: _Turn, spoken: str) -> None:
        """The conversation keeps what the user said and what was actually spoken back."""
        if not turn.text or turn.announce:
            return
        history = self.assistant.history
        history.append(Message("user", turn.text))
        if spoken:
            history.append(Message("assistant", spoken))


def _words(text: str) -> set[str]:
    """The words of ``text`` for comparing what was heard with what was said: lower case,
    without punctuation or the odd letters of contractions ("here's" -> "here")."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1 or w.isdigit()}
