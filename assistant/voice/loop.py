"""The voice loop: hear, understand, answer out loud, stop when interrupted.

``VoiceLoop`` is a thin facade over small stages joined by queues (see
docs/architecture.md for a frame's way from the microphone to the speaker):

- capture (``capture``): microphone blocks, the assistant's own voice removed, the
  level for the meter; the PortAudio callbacks only copy blocks in and out;
- listening (``listening``): voice activity, barge-in (``barge_in``) and endpointing
  (``endpointer``, a pure function of the frames) turn speech into turns (``turn``);
- answering (``answering``): transcribes, checks the wake phrase, routes the request
  and streams the reply's text, piece by piece, to
- speaking (``speaking``), which synthesises each piece and queues it on the speaker
  while the language model is still writing the next one.

Typed text and recordings go through the same turns as the microphone, so there is
one way through a turn, one history rule (keep what was heard) and alerts spoken in
every mode. Without a microphone (``microphone=None``) the loop answers typed and
recorded turns only, out loud if a speaker opens, silently otherwise.

Everything the loop does is reported as typed events (``hearth.assistant.events``)
through one callback. The desktop app and ``assistant listen`` share this class.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE, resample
from hearth.assistant.errors import AssistantError, AudioDeviceError, NoSpeechError
from hearth.assistant.events import AlertFired, ErrorEvent, Event
from hearth.assistant.voice.answering import (
    NOT_CAUGHT,
    Answerer,
    Answering,
    AssistantAnswers,
)
from hearth.assistant.voice.capture import Capture
from hearth.assistant.voice.devices import (
    LoopDevices,
    MicrophoneFactory,
    SpeakerFactory,
    real_microphone,
    real_speaker,
)
from hearth.assistant.voice.endpointer import Endpointer, Utterance
from hearth.assistant.voice.listening import ListeningStage, VoiceActivity
from hearth.assistant.voice.priority import lower_thread_priority
from hearth.assistant.voice.speaking import Speaking
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Turn
from hearth.assistant.voice.wake import WakePhrase

if TYPE_CHECKING:
    from hearth.assistant.runtime import Assistant

_LOGGER = logging.getLogger(__name__)

__all__ = ["NOT_CAUGHT", "VoiceLoop"]


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
        microphone: MicrophoneFactory | None = real_microphone,
        speaker: SpeakerFactory | None = real_speaker,
        vad: VoiceActivity | None = None,
        end_of_turn: Callable[[np.ndarray], float] | None = None,
        answerer: Answerer | None = None,
    ) -> None:
        """``streaming=False`` is the sequential baseline the benchmark compares against:
        a fixed pause ends the turn, then the whole transcript, the whole reply and the
        whole synthesis are waited for before anything plays.

        The engines come from ``assistant`` unless given: ``vad`` (voice activity),
        ``end_of_turn`` (the end-of-turn model's probability; by default the configured
        one), ``answerer`` (routing). ``microphone`` and ``speaker`` make the devices;
        ``microphone=None`` makes a loop for typed and recorded turns only, and
        ``speaker=None`` one that plays nothing."""
        self.assistant = assistant
        self.config = assistant.config.voice
        self.device_in = assistant.config.audio.input_device if device_in is None else device_in
        self.device_out = assistant.config.audio.output_device if device_out is None else device_out
        self.wake = WakePhrase(self.config.wake_phrase)
        self.shared = LoopState(
            emit_to=on_event,
            config=self.config,
            activation=activation or self.config.activation,
            wake=self.wake,
            microphone=microphone is not None,
        )
        self._want_partials = partials
        self._vad = vad
        self._end_of_turn = end_of_turn
        self._ready = threading.Event()
        self._threads: list[threading.Thread] = []
        self._warmer: threading.Thread | None = None
        """Loads the language model and reads its prompt, behind the listening."""
        self.speaking = Speaking(self.shared, _LazyTTS(assistant), assistant.history)
        self.answering = Answering(
            self.shared, self.speaking, assistant.stt, answerer or AssistantAnswers(assistant)
        )
        self.endpointer = Endpointer(
            silence_ms=self.config.silence_ms,
            max_utterance_s=self.config.max_utterance_s,
            push_to_talk=self.shared.activation == "push_to_talk",
            can_continue=_reply_not_finished,
        )
        self.capture = Capture(self.shared, None, lambda block: block)
        self.devices = LoopDevices(
            microphone,
            speaker,
            self.device_in,
            self.device_out,
            lambda: assistant.tts().sample_rate,
            self.config.echo_cancel,
            self.capture,
            self.speaking,
        )
        self._listening: ListeningStage | None = None
        self.set_pipeline(streaming)

    # --- public API ---------------------------------------------------------------------

    @property
    def activation(self) -> str:
        return self.shared.activation

    @property
    def streaming(self) -> bool:
        return self.shared.streaming

    @property
    def turns_done(self) -> int:
        return self.speaking.turns_done

    @property
    def devices_ok(self) -> bool:
        """The devices are open (the speaker alone for a loop without a microphone)."""
        return self.devices.ok

    def start(self) -> None:
        if self.devices.microphone is None:
            self.shared.set_idle()  # before any turn: nothing may say "idle" after one began
        self.assistant.subscribe(self._on_core_event)
        for name, target in (
            ("hearth-listen", self._listen_forever),
            ("hearth-turn", self.answering.run),
            ("hearth-speak", self.speaking.run),
        ):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def set_pipeline(self, streaming: bool) -> None:
        """Switch between the streaming pipeline and the sequential baseline (benchmark)."""
        self.shared.streaming = streaming
        self.shared.partials = self._want_partials and streaming
        self.end_of_turn = self.config.end_of_turn if streaming else "silence"
        self.endpointer.speculate = streaming
        self.endpointer.partials = self.shared.partials
        self._smart_on = self.end_of_turn == "smart"

    @property
    def idle(self) -> bool:
        """Nothing heard, thought about or spoken right now."""
        return (
            self.answering.idle
            and self.speaking.idle
            and self.shared.state in ("listening", "idle")
        )

    def wait_ready(self, timeout: float | None = None) -> bool:
        """True once the models are loaded and the devices opened (or failed)."""
        return self._ready.wait(timeout)

    def stop(self) -> None:
        self.assistant.unsubscribe(self._on_core_event)
        self.shared.stop.set()
        self.interrupt()
        self.answering.close()
        self.speaking.close()
        for thread in self._threads:
            thread.join(timeout=5)
        if self._warmer is not None:  # never leave llama.cpp working while Python exits
            self._warmer.join(timeout=60)
        if self._listening is not None:
            self._listening.close()
        self.devices.close()

    def push_to_talk(self, pressed: bool) -> None:
        shared = self.shared
        with shared.lock:
            if pressed and not shared.pressed:
                self.interrupt()
            if not pressed and shared.pressed:
                shared.released = True
            shared.pressed = pressed

    def interrupt(self) -> None:
        """Stop speaking now, drop queued speech and the reply being written."""
        self.speaking.interrupt(self.answering.current)

    def set_muted(self, muted: bool) -> None:
        with self.shared.lock:
            self.shared.muted = muted
        self.shared.set_idle()

    def submit_text(self, text: str, speak: bool = True) -> None:
        """A typed request, answered through the same pipeline (and spoken if ``speak``)."""
        self.interrupt()
        self.answering.submit(
            Turn(self.shared.next_id(), text=text.strip(), speak=speak, explicit=True)
        )

    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None:
        """A recorded request (16 kHz mono), answered like one heard by the microphone."""
        self.interrupt()
        self.shared.set_state("thinking", "Working out what you said…")
        self.answering.submit(Turn(self.shared.next_id(), audio=audio, speak=speak, explicit=True))

    def _on_core_event(self, event: Event) -> None:
        """A timer, alarm or reminder went off: say so, after whatever is being said."""
        if isinstance(event, AlertFired):
            self.answering.submit(Turn(self.shared.next_id(), text=event.message, announce=True))

    # --- the listening thread -----------------------------------------------------------

    def _listen_forever(self) -> None:
        shared = self.shared
        if self.devices.microphone is None:
            self._speak_only()  # the models load when a turn needs them
            return
        try:
            shared.set_state("loading", "Loading the speech models...")
            self.assistant.stt()
            self.assistant.tts()
            vad = self._vad or _default_vad()
            end_of_turn = self._end_of_turn or self._load_end_of_turn()
            self._warm_up()
        except AssistantError as exc:
            shared.emit(ErrorEvent(message=exc.message, fix=exc.fix, recoverable=False))
            self._set_ready()
            return
        self.endpointer.end_of_turn = (
            (lambda audio: end_of_turn(audio) if self._smart_on else 0.0)
            if end_of_turn is not None
            else None
        )
        self._listening = ListeningStage(
            shared,
            self.speaking,
            self.answering,
            self.assistant.stt,
            vad,
            self.endpointer,
            self.capture,
            lambda: self.speculate,
        )
        self._listening.run(self.devices, self._set_ready)

    def _speak_only(self) -> None:
        """No microphone: typed and recorded turns, spoken if a speaker opens."""
        try:
            self.devices.open_speaker()
        except AudioDeviceError as exc:
            if self.devices.speaker_factory is not None:
                self.shared.emit(ErrorEvent(f"Replies cannot be spoken: {exc.message}", exc.fix))
        except AssistantError:  # the voice's model: whoever loads the models says so
            _LOGGER.info("no voice: replies are shown, not spoken", exc_info=True)
        self._set_ready()
        while not self.shared.stop.wait(0.02):
            speaker = self.devices.speaker
            if speaker is None:
                continue
            self.speaking.report_audio_start()
            try:
                speaker.check()
            except AudioDeviceError as exc:
                self.interrupt()
                self.shared.emit(ErrorEvent(message=exc.message, fix=exc.fix))
                self.devices.close()

    def _set_ready(self) -> None:
        """The devices were opened (or failed to): replies may play, or go unheard."""
        self.speaking.settled.set()
        self._ready.set()

    def _warm_up(self) -> None:
        """Run each model once: first runs are several times slower than the rest."""
        speech = self.assistant.tts().synthesize_all("Hello there.")
        with contextlib.suppress(NoSpeechError):
            self.assistant.stt().transcribe_utterance(
                resample(speech, self.assistant.tts().sample_rate, SAMPLE_RATE)
            )
        # The language model loads and reads its system prompt (whose keys it keeps, so
        # later turns skip it) behind the listening: skills answer meanwhile, and a
        # question for the model waits for it.
        self._warmer = threading.Thread(
            target=self._warm_up_model, name="hearth-llm-warm", daemon=True
        )
        self._warmer.start()

    def _warm_up_model(self) -> None:
        lower_thread_priority()
        if self.shared.stop.is_set():
            return
        try:
            self.assistant.router.warm_up(cancel=self.shared.stop.is_set)
        except Exception:  # whoever loads the models says so; a question for it says again
            _LOGGER.info("warming up the language model failed", exc_info=True)

    def _load_end_of_turn(self) -> Callable[[np.ndarray], float] | None:
        if self.config.end_of_turn != "smart":
            return None
        from hearth.assistant import models
        from hearth.assistant.engines.end_of_turn import SmartTurn

        return SmartTurn(models.resolve(self.assistant.config, "turn").path).probability


def _default_vad() -> VoiceActivity:
    from hearth.assistant.engines.vad import StreamingVAD

    return StreamingVAD()


def _reply_not_finished(previous: Utterance) -> bool:
    """A pause mid-sentence continues the utterance, unless its reply was already heard."""
    return not (isinstance(previous.turn, Turn) and previous.turn.is_finished)


class _LazyTTS:
    """The assistant's voice, loaded when first used (the loop loads it at start-up)."""

    def __init__(self, assistant: Assistant) -> None:
        self._assistant = assistant

    @property
    def sample_rate(self) -> int:
        return self._assistant.tts().sample_rate

    def synthesize_all(self, text: str, language: str = "en") -> np.ndarray:
        return self._assistant.voices.synthesize_all(text, language)
