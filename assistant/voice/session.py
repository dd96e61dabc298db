"""The session a front end drives: the assistant, its voice loop, and typed turns.

This is the contract the desktop window relies on, in the core (no Qt): everything
that happens comes out as the events of ``hearth.assistant.events``, handed to
``emit`` from background threads (the window's bridge turns them into Qt signals).
Start-up loads the models on a worker thread: speech recognition and the voice first,
then the voice loop starts listening while the language model loads (skills answer at
once; a question for the model waits until it has loaded).

Every turn, typed, recorded or spoken, goes through a voice loop: the one with the
microphone once it runs, and until then (or when it cannot start: no microphone, a
model missing) a loop without a microphone that answers typed and recorded turns and
speaks the replies. So there is one way through a turn and one history rule, and
alerts are spoken in every mode; the user is told why talking is off.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

import numpy as np
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import ErrorEvent, Event, LoadProgress, StateChanged, VoiceStatus
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice.devices import SpeakerFactory, real_speaker
from hearth.assistant.voice.priority import lower_thread_priority

_LOGGER = logging.getLogger(__name__)

Emit = Callable[[Event], None]


class VoiceLoopLike(Protocol):
    """The voice loop's contract (``hearth.assistant.voice.VoiceLoop``)."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def push_to_talk(self, pressed: bool) -> None: ...
    def interrupt(self) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def submit_text(self, text: str, speak: bool = True) -> None: ...
    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None: ...


VoiceFactory = Callable[[Assistant, Emit], VoiceLoopLike]


def installed_voice_loop() -> VoiceFactory | None:
    """The real voice loop, or None in a build that has none yet."""
    try:
        from hearth.assistant.voice import VoiceLoop  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    factory: VoiceFactory = VoiceLoop
    return factory


def idle_hint(activation: str, wake_phrase: str, voice: bool) -> str:
    if not voice:
        return "Type a message below."
    if activation == "wake_word":
        return f"Say '{wake_phrase}', or hold Space to talk."
    if activation == "always":
        return "Just speak, or type below."
    return "Hold Space (or the Talk button) to talk, or type below."


class Session:
    def __init__(
        self,
        assistant: Assistant,
        emit: Emit,
        voice_factory: VoiceFactory | None = None,
        speaker: SpeakerFactory | None = real_speaker,
    ) -> None:
        """``speaker`` plays the replies of typed and recorded turns while there is no
        voice loop (None: shown, not spoken)."""
        self.assistant = assistant
        self._emit = emit
        self._voice_factory = voice_factory
        self._speaker = speaker
        self._loop: VoiceLoopLike | None = None
        self._typed: VoiceLoopLike | None = None
        """The loop without a microphone, for turns while there is no voice loop."""
        self._typed_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._voice_starter: threading.Thread | None = None
        self._voice_loaded = threading.Event()
        """Speech recognition and the voice are loaded (or failed): talking can start."""
        self._stt_failed = False
        self._stopping = threading.Event()
        self._muted = False
        self.ready = threading.Event()
        """Set once start-up has finished (whatever loaded or failed)."""

    # --- start-up -------------------------------------------------------------------------

    def start(self) -> None:
        """Load the models on a low-priority thread; then start the voice loop from a
        thread of normal priority (its audio threads inherit that)."""
        self._loader = threading.Thread(target=self._load, name="hearth-load", daemon=True)
        self._loader.start()
        self._voice_starter = threading.Thread(
            target=self._start_voice_when_loaded, name="hearth-voice-start", daemon=True
        )
        self._voice_starter.start()

    def _start_voice_when_loaded(self) -> None:
        self._voice_loaded.wait()
        if not self._stopping.is_set():
            self._start_voice(self._stt_failed)
        self.ready.set()

    def _load(self) -> None:
        lower_thread_priority()
        steps: list[tuple[str, Callable[[], object]]] = [
            ("speech recognition", self.assistant.stt),
            ("voice", self.assistant.tts),
            ("language model", self.assistant.small_llm),
        ]
        failed: set[str] = set()
        for done, (name, load) in enumerate(steps):
            if name == "language model":  # the voice needs no more: it may start now
                self._stt_failed = "speech recognition" in failed
                self._voice_loaded.set()
            if self._stopping.is_set():
                break
            self._emit(LoadProgress(f"Loading the {name}…", done, len(steps)))
            if not self._guard(load, f"loading the {name}"):
                failed.add(name)
        else:
            self._emit(LoadProgress("Ready.", len(steps), len(steps)))
            self.assistant.start_knowledge()  # the encyclopedia: in the background
        self._voice_loaded.set()

    def _start_voice(self, stt_failed: bool) -> None:
        cfg = self.assistant.config.voice
        reason = ""
        if self._voice_factory is None:
            reason = "Talking is not available in this version yet; type instead."
        elif stt_failed:
            reason = "Talking needs the speech recognition model (see the message above)."
        else:
            try:
                loop = self._voice_factory(self.assistant, self._from_loop)
                self._loop = loop  # before start: the loop may report a failure at once
                loop.start()
                if self._muted:
                    loop.set_muted(True)
                self._stop_typed()  # the voice loop takes typed turns from now on
            except AssistantError as exc:
                self._loop = None
                self._emit(ErrorEvent(exc.message, exc.fix))
                reason = f"Talking is off: {exc.message}"
            except Exception as exc:
                self._loop = None
                _LOGGER.warning("voice loop failed to start", exc_info=True)
                self._emit(ErrorEvent(_unexpected(exc, "starting the microphone"), _REPORT))
                reason = "Talking is off because the voice loop failed to start."
        retryable = self._voice_factory is not None
        self._emit(VoiceStatus(self._loop is not None, reason, retryable))
        hint = idle_hint(cfg.activation, cfg.wake_phrase, self._loop is not None)
        if self._loop is None:
            self._emit(StateChanged("idle", hint))
            self._turns()  # typed turns and alerts are answered (and spoken) from now on

    def _from_loop(self, event: Event) -> None:
        """The loop's events go to the window; a failure it cannot recover from (a model
        it needs will not load) hands typed turns to a loop without a microphone."""
        self._emit(event)
        if isinstance(event, ErrorEvent) and not event.recoverable:
            loop, self._loop = self._loop, None
            if loop is None:
                return
            threading.Thread(target=loop.stop, name="hearth-voice-stop", daemon=True).start()
            self._emit(VoiceStatus(False, f"Talking is off: {event.message}", True))
            cfg = self.assistant.config.voice
            self._emit(StateChanged("idle", idle_hint(cfg.activation, cfg.wake_phrase, False)))
            self._turns()

    def retry_voice(self) -> None:
        """Try the voice loop again (after the user plugged in a microphone)."""
        if self._loop is not None:
            return

        def retry() -> None:
            stt_ok = self._guard(self.assistant.stt, "loading the speech recognition")
            self._start_voice(not stt_ok)

        threading.Thread(target=retry, name="hearth-voice-retry", daemon=True).start()

    def _guard(self, work: Callable[[], object], doing: str) -> bool:
        try:
            work()
            return True
        except AssistantError as exc:
            self._emit(ErrorEvent(exc.message, exc.fix))
        except Exception as exc:
            _LOGGER.warning("%s failed", doing, exc_info=True)
            self._emit(ErrorEvent(_unexpected(exc, doing), _REPORT))
        return False

    # --- what the user does ---------------------------------------------------------------

    @property
    def voice_available(self) -> bool:
        return self._loop is not None

    def submit_text(self, text: str, speak: bool = True) -> None:
        self._turns().submit_text(text, speak)

    def submit_audio(self, audio: np.ndarray, speak: bool = True) -> None:
        """A spoken turn from recorded 16 kHz audio (benchmarks, a dropped-in file)."""
        self._turns().submit_audio(audio, speak)

    def _turns(self) -> VoiceLoopLike:
        """The loop that takes typed and recorded turns now."""
        loop = self._loop
        if loop is not None:
            return loop
        with self._typed_lock:
            if self._typed is None:
                from hearth.assistant.voice.loop import VoiceLoop

                typed = VoiceLoop(
                    self.assistant, self._emit, microphone=None, speaker=self._speaker
                )

                # Started from a thread of lower priority, which its threads inherit: the
                # window keeps the CPU it needs while a reply is worked out.
                def start_lowered() -> None:
                    lower_thread_priority()
                    typed.start()

                starter = threading.Thread(
                    target=start_lowered, name="hearth-typed-start", daemon=True
                )
                starter.start()
                starter.join()
                self._typed = typed
            return self._typed

    def _stop_typed(self) -> None:
        with self._typed_lock:
            typed, self._typed = self._typed, None
        if typed is not None:
            threading.Thread(target=typed.stop, name="hearth-typed-stop", daemon=True).start()

    def push_to_talk(self, pressed: bool) -> None:
        if self._loop is not None:
            self._loop.push_to_talk(pressed)

    def interrupt(self) -> None:
        for loop in (self._loop, self._typed):
            if loop is not None:
                loop.interrupt()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._loop is not None:
            self._loop.set_muted(muted)

    def stop(self) -> None:
        self._stopping.set()
        for thread in (self._loader, self._voice_starter):
            if thread is not None and thread.ident is not None:  # made, and started
                thread.join(timeout=30)
        loop, self._loop = self._loop, None
        with self._typed_lock:
            typed, self._typed = self._typed, None
        for each in (loop, typed):
            if each is not None:
                try:
                    each.stop()
                except Exception:
                    _LOGGER.warning("the voice loop did not stop cleanly", exc_info=True)


_REPORT = "Try again. If it keeps happening, start Hearth with 'assistant -v' and report the log."


def _unexpected(exc: BaseException, doing: str) -> str:
    return f"Something unexpected went wrong while {doing} ({type(exc).__name__}: {exc})."
