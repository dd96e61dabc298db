"""The main window: state at the top, messages and running timers under it, the
conversation in the middle, and typing and talking at the bottom.

The window only reacts to events (delivered on the GUI thread by the bridge) and calls
the session, whose work all happens on other threads; nothing here blocks.

Keys: hold Space to talk (whenever the focus is not in a text field), Esc stops the
reply being spoken, Ctrl+M mutes the microphone, Ctrl+L goes to the message box,
Ctrl+H opens the history, Ctrl+, the settings, Ctrl+Q quits.
"""

from __future__ import annotations

import logging
from typing import Any

from hearth.assistant.config import Config
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import (
    AudioEnd,
    AudioStart,
    ErrorEvent,
    Event,
    Interrupted,
    LoadProgress,
    MicLevel,
    Notice,
    PartialTranscript,
    ReplyText,
    SpeechEnd,
    SpeechStart,
    StateChanged,
    StoreDamaged,
    TranscriptEvent,
    VoiceStatus,
    WakeWord,
)
from hearth.assistant.history import History
from hearth.assistant.voice.session import Session, idle_hint
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .banners import BannerArea
from .conversation import ConversationView
from .icon import app_icon
from .state_indicator import StateIndicator
from .timers import TimersPanel

_LOGGER = logging.getLogger(__name__)
_TEXT_ENTRY = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def takes_typing(widget: QWidget | None) -> bool:
    """Whether Space typed into ``widget`` is text (then it must not start talking)."""
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, _TEXT_ENTRY)


class MainWindow(QMainWindow):
    settings_requested = Signal()
    history_requested = Signal()
    quit_requested = Signal()
    notify = Signal(str, str)
    """(title, message) of a desktop notification; the app shows it in the tray."""

    def __init__(self, session: Session, config: Config, history: History | None) -> None:
        super().__init__()
        self.session = session
        self.config = config
        self.history = history
        self.tray_present = False
        self.voice_available = False
        self.muted = False
        self.loading = True
        self.voice_checked = False
        """Set once start-up has said whether talking works (tests and the bench wait on it)."""
        self._said: tuple[str, str] | None = None  # (text, "typed"/"voice") awaiting a reply
        self._typed_echo: list[str] = []
        self._talk_held = False
        self._tray_told = False

        self.setWindowTitle("Hearth")
        self.setWindowIcon(app_icon())
        self.setAccessibleName("Hearth voice assistant")
        self.resize(560, 720)

        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)

        # --- top: state and the two dialogs -----------------------------------------------
        top = QHBoxLayout()
        self.indicator = StateIndicator(central)
        top.addWidget(self.indicator, 1)
        self.history_button = QPushButton("History", central)
        self.history_button.setToolTip("Search or delete past conversations (Ctrl+H)")
        self.history_button.setAccessibleName("Conversation history")
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = QPushButton("Settings", central)
        self.settings_button.setToolTip("Microphone, voice, models, privacy (Ctrl+,)")
        self.settings_button.setAccessibleName("Settings")
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)

        self.progress = QProgressBar(central)
        self.progress.setAccessibleName("Start-up progress")
        self.progress.setTextVisible(True)
        self.progress.setFormat("Loading the models… you can type already")
        self.progress.setRange(0, 3)
        column.addWidget(self.progress)

        self.banners = BannerArea(central)
        column.addWidget(self.banners)
        self.timers = TimersPanel(None, central)
        column.addWidget(self.timers)

        self.conversation = ConversationView(central)
        column.addWidget(self.conversation, 1)

        # --- bottom: type, talk, stop, mute ----------------------------------------------
        entry = QHBoxLayout()
        self.input = QLineEdit(central)
        self.input.setPlaceholderText("Type a message and press Enter")
        self.input.setAccessibleName("Message to Hearth")
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.send_typed)
        self.send_button = QPushButton("Send", central)
        self.send_button.setAccessibleName("Send the message")
        self.send_button.clicked.connect(self.send_typed)
        entry.addWidget(self.input, 1)
        entry.addWidget(self.send_button)
        column.addLayout(entry)

        controls = QHBoxLayout()
        self.talk_button = QPushButton("Hold to talk", central)
        self.talk_button.setAccessibleName("Hold to talk")
        self.talk_button.setToolTip("Hold this button, or hold Space, while you speak")
        self.talk_button.pressed.connect(lambda: self._talk(True))
        self.talk_button.released.connect(lambda: self._talk(False))
        self.talk_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.stop_button = QPushButton("Stop speaking", central)
        self.stop_button.setAccessibleName("Stop speaking")
        self.stop_button.setToolTip("Stop the reply being spoken (Esc)")
        self.stop_button.clicked.connect(self.stop_speaking)
        self.stop_button.setEnabled(False)
        self.mute_button = QPushButton("Mute microphone", central)
        self.mute_button.setCheckable(True)
        self.mute_button.setAccessibleName("Mute microphone")
        self.mute_button.setToolTip("Stop listening until you unmute (Ctrl+M)")
        self.mute_button.toggled.connect(self.set_muted)
        self.speak_box = QCheckBox("Speak replies", central)
        self.speak_box.setAccessibleName("Speak replies to typed messages aloud")
        self.speak_box.setChecked(config.app.speak_typed_replies)
        controls.addWidget(self.talk_button, 2)
        controls.addWidget(self.stop_button, 1)
        controls.addWidget(self.mute_button, 1)
        controls.addWidget(self.speak_box)
        column.addLayout(controls)

        self._add_shortcuts()
        self.setTabOrder(self.input, self.send_button)
        self.setTabOrder(self.send_button, self.talk_button)
        self.setTabOrder(self.talk_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.mute_button)
        self.setTabOrder(self.mute_button, self.speak_box)
        self.setTabOrder(self.speak_box, self.history_button)
        self.setTabOrder(self.history_button, self.settings_button)
        self._set_voice_controls(False, "Talking starts once the speech models have loaded.")
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.input.setFocus()

    def _add_shortcuts(self) -> None:
        def action(keys: QKeySequence | str, slot: Any, name: str) -> None:
            act = QAction(name, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        action("Esc", self.stop_speaking, "Stop speaking")
        action("Ctrl+M", self.mute_button.toggle, "Mute microphone")
        action("Ctrl+L", self.input.setFocus, "Type a message")
        action("Ctrl+H", self.history_requested.emit, "History")
        action("Ctrl+,", self.settings_requested.emit, "Settings")
        action(QKeySequence(QKeySequence.StandardKey.Quit), self.quit_requested.emit, "Quit")

    # --- the session ------------------------------------------------------------------------

    def set_session(self, session: Session, config: Config, history: History | None) -> None:
        """After new settings: a new session starts loading; the conversation stays."""
        self.session, self.config, self.history = session, config, history
        self.loading = True
        self.voice_checked = False
        self.progress.setValue(0)
        self.progress.show()
        self.indicator.set_state("loading", "Loading the models; you can type already.")
        self._set_voice_controls(False, "Talking starts once the speech models have loaded.")
        self.session.set_muted(self.muted)

    def set_alert_source(self, source: Any) -> None:
        self.timers.set_source(source)

    # --- what the user does -----------------------------------------------------------------

    def send_typed(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.input.clear()
        self.conversation.add_user(text, "typed")
        self._said = (text, "typed")
        self._typed_echo.append(text)
        self.session.submit_text(text, speak=self.speak_box.isChecked())

    def _talk(self, pressed: bool) -> None:
        if not self.voice_available or pressed == self._talk_held:
            return
        self._talk_held = pressed
        self.talk_button.setDown(pressed)
        self.talk_button.setText("Listening… release when done" if pressed else "Hold to talk")
        self.session.push_to_talk(pressed)

    def stop_speaking(self) -> None:
        self.session.interrupt()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)
            return  # toggled() calls back here
        self.mute_button.setText("Unmute microphone" if muted else "Mute microphone")
        self.setWindowIcon(app_icon(muted))
        if self.voice_available:
            if muted:
                self.indicator.set_state("muted", "The microphone is off. Ctrl+M turns it on.")
            else:
                self.indicator.set_state("idle", self._default_hint())
        self.session.set_muted(muted)  # after: the loop reports its own state next

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(watched, QWidget):
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if (
                key_event.key() == Qt.Key.Key_Space
                and key_event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.voice_available
                and watched.window() is self
                and not takes_typing(QApplication.focusWidget())
            ):
                if not key_event.isAutoRepeat():
                    self._talk(kind == QEvent.Type.KeyPress)
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray_present:
            event.ignore()
            self.hide()
            if not self._tray_told:
                self._tray_told = True
                self.notify.emit("Hearth is still here", "Quit from the tray icon's menu.")
            return
        event.accept()
        self.quit_requested.emit()

    # --- what the session reports ------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        try:
            self._dispatch(event)
        except Exception:  # a display problem must never take the app down
            _LOGGER.warning("could not show %r", event, exc_info=True)

    def _dispatch(self, event: Event) -> None:
        if isinstance(event, MicLevel):
            self.indicator.set_level(event.dbfs)
        elif isinstance(event, StateChanged):
            self._on_state(event)
        elif isinstance(event, PartialTranscript):
            if event.text.strip():
                self.conversation.show_partial(event.text)
        elif isinstance(event, SpeechStart):
            self.conversation.show_partial("…")
        elif isinstance(event, TranscriptEvent):
            self._on_transcript(event)
        elif isinstance(event, ReplyText):
            self._on_reply(event)
        elif isinstance(event, AudioStart):
            self.stop_button.setEnabled(True)
        elif isinstance(event, AudioEnd):
            self.stop_button.setEnabled(False)
        elif isinstance(event, Interrupted):
            self.stop_button.setEnabled(False)
            self.conversation.mark_last_reply("stopped")
        elif isinstance(event, WakeWord):
            self.indicator.hint.setText(f"Heard '{event.phrase}'. Go ahead.")
        elif isinstance(event, SpeechEnd):
            if event.capped:
                self.banners.show_message(
                    "notice",
                    f"You spoke for over {event.duration_s:.0f} seconds, so I only "
                    "heard the first part.",
                    timeout_ms=15000,
                )
        elif isinstance(event, ErrorEvent):
            self.conversation.drop_partial()
            self.banners.show_message("error", event.message, event.fix)
        elif isinstance(event, StoreDamaged):  # a file kept aside: stays until dismissed
            self.banners.show_message("error", event.message, event.fix)
        elif isinstance(event, Notice):
            self.banners.show_message("notice", event.message, timeout_ms=20000)
        elif isinstance(event, LoadProgress):
            self._on_progress(event)
        elif isinstance(event, VoiceStatus):
            self._on_voice_status(event)
        elif event.kind == "alert" or type(event).__name__ == "AlertFired":
            self.show_alert(str(getattr(event, "message", "")), str(getattr(event, "skill", "")))

    def _on_state(self, event: StateChanged) -> None:
        state = event.state
        if state == "idle" and self.muted and self.voice_available:
            state = "muted"
        hint = event.hint or self._default_hint()
        if state == "muted":
            hint = "The microphone is off. Ctrl+M turns it on."
        self.indicator.set_state(state, hint)
        if state in ("idle", "listening", "muted"):
            self.stop_button.setEnabled(False)
        if state == "speaking":
            self.stop_button.setEnabled(True)

    def _on_transcript(self, event: TranscriptEvent) -> None:
        if event.text in self._typed_echo:  # a typed turn the voice loop reports back
            self._typed_echo.remove(event.text)
            return
        self.conversation.add_user(event.text, "voice")
        self._said = (event.text, "voice")

    def _on_reply(self, event: ReplyText) -> None:
        self.conversation.add_reply(event.text, event.handled_by, event.tier, source=event.source)
        if event.notice:
            self.banners.show_message("notice", event.notice, timeout_ms=20000)
        said, self._said = self._said, None
        if self._typed_echo and said and said[0] in self._typed_echo:
            self._typed_echo.remove(said[0])
        if said is not None and self.history is not None and self.config.app.history:
            try:
                self.history.add(said[0], event.text, event.handled_by, event.tier, said[1])
            except AssistantError as exc:
                self.banners.show_message("error", exc.message, exc.fix)

    def _on_progress(self, event: LoadProgress) -> None:
        self.progress.setRange(0, event.total)
        self.progress.setValue(event.done)
        self.progress.setFormat(f"{event.step}  You can type already.")
        self.progress.setVisible(event.done < event.total)
        if event.done >= event.total:
            self.loading = False

    def _on_voice_status(self, event: VoiceStatus) -> None:
        self.voice_checked = True
        self._set_voice_controls(event.available, event.reason)
        if event.available:
            if self.muted:
                self.indicator.set_state("muted", "The microphone is off. Ctrl+M turns it on.")
            elif self.indicator.state == "loading":  # the loop may have reported already
                self.indicator.set_state("idle", self._default_hint())
        elif event.reason:
            action = ("Try again", self.session.retry_voice) if event.retryable else None
            self.banners.show_message("notice", event.reason, action=action)

    def _set_voice_controls(self, available: bool, reason: str) -> None:
        self.voice_available = available
        for button in (self.talk_button, self.mute_button):
            button.setEnabled(available)
        self.talk_button.setToolTip(
            "Hold this button, or hold Space, while you speak" if available else reason
        )

    def _default_hint(self) -> str:
        voice = self.config.voice
        return idle_hint(voice.activation, voice.wake_phrase, self.voice_available)

    def show_alert(self, message: str, skill: str = "") -> None:
        """A timer or reminder fired: a desktop notification where there is a tray, and
        always a banner in the window (it stays until dismissed)."""
        title = f"Hearth {skill}".strip() if skill else "Hearth"
        self.banners.show_message("alert", message or "A timer finished.")
        if self.tray_present:
            self.notify.emit(title, message)
        QApplication.alert(self)
        self.timers.refresh()
