"""How the main window shows what the session reports (``SessionReports``, a part of
``MainWindow``): the state and its hint, the conversation, banners, start-up progress.

The state shown is always the truth: "Ready" only once the microphone is open, the
voice loop's own state otherwise, "Stopped" for a moment after the user stopped a
reply, and a hint that fits (see ``states``). A question that waits long for the
language model says so and how long answers usually take here. A turn that is dropped
(speech without the wake phrase, noise) leaves no bubble behind: the partial
transcript goes as soon as Hearth is back to waiting.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from hearth.assistant.errors import AssistantError
from hearth.assistant.events import (
    AudioEnd,
    ErrorEvent,
    Event,
    Interrupted,
    Listening,
    LoadProgress,
    MicLevel,
    Notice,
    PartialTranscript,
    ReplyPiece,
    ReplyText,
    SpeechEnd,
    SpeechStart,
    StateChanged,
    StoreDamaged,
    TranscriptEvent,
    VoiceStatus,
    WakeWord,
)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .core_texts import core_error, core_text, error_words
from .i18n import QT_TRANSLATE_NOOP, translate
from .states import BUSY, Activation, ThinkingClock, hint_for

if TYPE_CHECKING:
    from .window import MainWindow

_LOGGER = logging.getLogger(__name__)

STOPPED_SHOWN_S = 1.5
"""How long "Stopped" stays after the user stopped a reply."""
WAITING = ("idle", "listening")
TYPE_ALREADY = QT_TRANSLATE_NOOP("window_events", "You can type already.")


class SessionReports:
    """The event side of ``MainWindow``: what it shows of the session's reports."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.mic_open = False
        """The voice loop has opened the microphone (its ``Listening`` event)."""
        self.loading_step = translate("window_events", "Loading the models…")
        """What is still loading ('' once everything has)."""
        self.thinking = ThinkingClock()
        self._loop_state, self._loop_hint = "loading", ""
        self._stopped_until = 0.0
        self._slow = QTimer(window)
        self._slow.setInterval(500)
        self._slow.timeout.connect(self._tell_slow)

    def activation(self) -> Activation:
        voice = self.w.config.voice
        return Activation(voice.activation, voice.wake_phrase, voice.barge_in)

    # --- the state ---------------------------------------------------------------------------

    def show_state(self, state: str, loop_hint: str = "") -> None:
        """Show ``state`` as reported by the loop, corrected by what the window knows."""
        self._loop_state, self._loop_hint = state, loop_hint
        shown = state
        if state in WAITING or state == "loading":
            if loop_hint.startswith("Waiting for"):  # the devices failed: not ready
                self.mic_open = False
                shown = "waiting"
            elif self.w.voice_available and not self.mic_open:
                shown = "starting" if not self.loading_step else "loading"
            elif self.w.muted and self.w.voice_available:
                shown = "muted"
            elif time.monotonic() < self._stopped_until:
                shown = "stopped"
        self._display(shown, loop_hint)

    def _display(self, shown: str, loop_hint: str = "") -> None:
        hint = hint_for(
            shown, self.activation(), self.w.voice_available and self.mic_open, loop_hint
        )
        hint = core_text(hint)  # the loop's own hint, from the core, in the window's language
        if shown == "loading" and self.loading_step:
            hint = f"{self.loading_step} {translate('window_events', TYPE_ALREADY)}"
        self.w.indicator.set_state(shown, hint)
        self.w.stop_button.setEnabled(shown in BUSY)
        self._set_talk_enabled()
        if shown == "thinking":
            self.thinking.start()
            self._slow.start()
            self._tell_slow()
        else:
            self._slow.stop()
            if shown != "speaking":
                self.thinking.cancel()
        if shown not in ("hearing", "thinking"):
            self.w.conversation.drop_partial()  # a dropped turn leaves nothing behind

    def _tell_slow(self) -> None:
        note = self.thinking.slow_note(self.loading_step)
        if note and self.w.indicator.state == "thinking":
            self.w.indicator.hint.setText(note)
            self.w.indicator.setAccessibleDescription(note)

    def _waiting_state(self) -> str:
        """What the loop waits in once a turn is over."""
        if self.w.voice_available and self.mic_open and self.activation().mode != "push_to_talk":
            return "listening"
        return "idle"

    def refresh_state(self) -> None:
        self.show_state(self._loop_state, self._loop_hint)

    def show_stopped(self) -> None:
        """The user stopped the reply: say so at once, whatever the loop reports later."""
        self.w.conversation.drop_partial()
        if self.w.indicator.state not in BUSY:
            return
        self._stopped_until = time.monotonic() + STOPPED_SHOWN_S
        self._display("stopped")
        QTimer.singleShot(int(STOPPED_SHOWN_S * 1000) + 50, self.refresh_state)

    def _set_talk_enabled(self) -> None:
        talk = self.w.voice_available and self.mic_open
        self.w.talk_button.setEnabled(talk)
        self.w.mute_button.setEnabled(self.w.voice_available)

    # --- events -------------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        try:
            self._dispatch(event)
        except Exception:  # a display problem must never take the app down
            _LOGGER.warning("could not show %r", event, exc_info=True)

    def _dispatch(self, event: Event) -> None:
        if isinstance(event, MicLevel):
            self.w.indicator.set_level(event.dbfs)
        elif isinstance(event, StateChanged):
            self.show_state(event.state, event.hint)
        elif isinstance(event, Listening):
            self.mic_open = True
            self.refresh_state()
        elif isinstance(event, PartialTranscript):
            if event.text.strip() and self.w.indicator.state == "hearing":
                self.w.conversation.show_partial(event.text)
        elif isinstance(event, SpeechStart):
            if self.activation().mode == "push_to_talk" or self.w._talk_held:
                self.w.conversation.show_partial("…")  # pressed to talk: surely for Hearth
        elif isinstance(event, TranscriptEvent):
            self._on_transcript(event)
        elif isinstance(event, ReplyPiece):
            self.thinking.answered()
            self.w.conversation.add_piece(event.text, event.duration_s)
        elif isinstance(event, ReplyText):
            self._on_reply(event)
        elif isinstance(event, AudioEnd):
            self.w.conversation.end_stream()
        elif isinstance(event, Interrupted):
            self.thinking.cancel()
            self.w.conversation.mark_last_reply("stopped")
            if self._loop_state in BUSY:  # the reply is over, whatever state came last
                self._loop_state = self._waiting_state()
            self.refresh_state()
        elif isinstance(event, WakeWord):
            self.w.indicator.hint.setText(
                translate("window_events", "Heard '{phrase}'. Go ahead.").format(
                    phrase=event.phrase
                )
            )
        elif isinstance(event, SpeechEnd):
            if event.capped:
                self.w.banners.show_message(
                    "notice",
                    translate(
                        "window_events",
                        "You spoke for over {seconds} seconds, so I only heard the first part.",
                    ).format(seconds=f"{event.duration_s:.0f}"),
                    timeout_ms=15000,
                )
        elif isinstance(event, ErrorEvent):
            self.w.conversation.drop_partial()
            self.w.banners.show_message("error", *error_words(event))
        elif isinstance(event, StoreDamaged):  # a file kept aside: stays until dismissed
            self.w.banners.show_message("error", *error_words(event))
        elif isinstance(event, Notice):
            self.w.banners.show_message("notice", core_text(event.message), timeout_ms=20000)
        elif isinstance(event, LoadProgress):
            self._on_progress(event)
        elif isinstance(event, VoiceStatus):
            self._on_voice_status(event)
        elif event.kind == "alert":
            self.show_alert(str(getattr(event, "message", "")), str(getattr(event, "skill", "")))

    def _on_transcript(self, event: TranscriptEvent) -> None:
        if event.text in self.w._typed_echo:  # a typed turn the voice loop reports back
            self.w._typed_echo.remove(event.text)
            return
        self.w.conversation.add_user(event.text, "voice")
        self.w._said = (event.text, "voice")

    def _on_reply(self, event: ReplyText) -> None:
        self.thinking.answered()
        self.w.conversation.add_reply(event.text, event.handled_by, event.tier, source=event.source)
        if event.notice:
            self.w.banners.show_message("notice", core_error(event.notice), timeout_ms=20000)
        said, self.w._said = self.w._said, None
        if self.w._typed_echo and said and said[0] in self.w._typed_echo:
            self.w._typed_echo.remove(said[0])
        if said is not None and self.w.history is not None and self.w.config.app.history:
            try:
                self.w.history.add(said[0], event.text, event.handled_by, event.tier, said[1])
            except AssistantError as exc:
                self.w.banners.show_message("error", *error_words(exc))

    def _on_progress(self, event: LoadProgress) -> None:
        self.w.progress.setRange(0, event.total)
        self.w.progress.setValue(event.done)
        step = core_text(event.step)
        self.w.progress.setFormat(f"{step}  {translate('window_events', TYPE_ALREADY)}")
        self.w.progress.setVisible(event.done < event.total)
        self.loading_step = step if event.done < event.total else ""
        if event.done >= event.total:
            self.w.loading = False
        if self.w.indicator.state in ("loading", "starting"):
            self.refresh_state()

    def _on_voice_status(self, event: VoiceStatus) -> None:
        self.w.voice_checked = True
        self.w.voice_available = event.available
        if not event.available:
            self.mic_open = False
        self.w.talk_button.setToolTip(
            translate("window_events", "Hold this button, or hold Space, while you speak")
            if event.available
            else core_text(event.reason)
        )
        self.refresh_state()
        if not event.available and event.reason:
            again = translate("window_events", "Try again")
            action = (again, self.w.session.retry_voice) if event.retryable else None
            self.w.banners.show_message("notice", core_text(event.reason), action=action)

    def show_alert(self, message: str, skill: str = "") -> None:
        """A timer or reminder fired: a desktop notification where there is a tray, and
        always a banner in the window (it stays until dismissed)."""
        title = f"Hearth {skill}".strip() if skill else "Hearth"
        self.w.banners.show_message(
            "alert", message or translate("window_events", "A timer finished.")
        )
        if self.w.tray_present:
            self.w.notify.emit(title, message)
        QApplication.alert(self.w)
        self.w.timers.refresh()
