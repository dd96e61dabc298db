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
from hearth.assistant.events import Event
from hearth.assistant.history import History
from hearth.assistant.voice.session import Session
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
from .i18n import translate
from .icon import app_icon
from .state_indicator import StateIndicator
from .states import BUSY
from .timers import TimersPanel
from .window_events import SessionReports

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
        self.setAccessibleName(translate("window", "Hearth voice assistant"))
        self.resize(560, 720)
        self.setMinimumSize(340, 420)

        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)

        # --- top: a new conversation and the dialogs, then the state ------------------------
        # (Rows that fit the minimum width: nothing is clipped in a narrow window.)
        top = QHBoxLayout()
        self.indicator = StateIndicator(central)
        self.history_button = QPushButton(translate("window", "History"), central)
        self.history_button.setToolTip(
            translate("window", "Search or delete past conversations (Ctrl+H)")
        )
        self.history_button.setAccessibleName(translate("window", "Conversation history"))
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = QPushButton(translate("window", "Settings"), central)
        self.settings_button.setToolTip(
            translate("window", "Microphone, voice, models, privacy (Ctrl+,)")
        )
        self.settings_button.setAccessibleName(translate("window", "Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.new_button = QPushButton(translate("window", "New conversation"), central)
        self.new_button.setToolTip(
            translate(
                "window",
                "Start afresh: Hearth forgets what was said so far (Ctrl+N); the history "
                "keeps what it kept",
            )
        )
        self.new_button.setAccessibleName(translate("window", "New conversation"))
        self.new_button.clicked.connect(self.new_conversation)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.history_button)
        top.addWidget(self.settings_button)
        column.addLayout(top)
        column.addWidget(self.indicator)

        self.progress = QProgressBar(central)
        self.progress.setAccessibleName(translate("window", "Start-up progress"))
        self.progress.setTextVisible(True)
        self.progress.setFormat(translate("window", "Loading the models… you can type already"))
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
        self.input.setPlaceholderText(translate("window", "Type a message and press Enter"))
        self.input.setAccessibleName(translate("window", "Message to Hearth"))
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.send_typed)
        self.send_button = QPushButton(translate("window", "Send"), central)
        self.send_button.setAccessibleName(translate("window", "Send the message"))
        self.send_button.clicked.connect(self.send_typed)
        self.speak_box = QCheckBox(translate("window", "Speak replies"), central)
        self.speak_box.setAccessibleName(
            translate("window", "Speak replies to typed messages aloud")
        )
        self.speak_box.setChecked(config.app.speak_typed_replies)
        entry.addWidget(self.input, 1)
        entry.addWidget(self.send_button)
        entry.addWidget(self.speak_box)
        column.addLayout(entry)

        controls = QHBoxLayout()
        self.talk_button = QPushButton(translate("window", "Hold to talk"), central)
        self.talk_button.setAccessibleName(translate("window", "Hold to talk"))
        self.talk_button.setToolTip(
            translate("window", "Hold this button, or hold Space, while you speak")
        )
        self.talk_button.pressed.connect(lambda: self._talk(True))
        self.talk_button.released.connect(lambda: self._talk(False))
        self.talk_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.stop_button = QPushButton(translate("window", "Stop"), central)
        self.stop_button.setAccessibleName(translate("window", "Stop speaking"))
        self.stop_button.setToolTip(translate("window", "Stop the reply being spoken (Esc)"))
        self.stop_button.clicked.connect(self.stop_speaking)
        self.stop_button.setEnabled(False)
        self.mute_button = QPushButton(translate("window", "Mute microphone"), central)
        self.mute_button.setCheckable(True)
        self.mute_button.setAccessibleName(translate("window", "Mute microphone"))
        self.mute_button.setToolTip(translate("window", "Stop listening until you unmute (Ctrl+M)"))
        self.mute_button.toggled.connect(self.set_muted)
        controls.addWidget(self.talk_button, 2)
        controls.addWidget(self.stop_button, 1)
        controls.addWidget(self.mute_button, 1)
        column.addLayout(controls)

        self.reports = SessionReports(self)
        self._add_shortcuts()
        self.setTabOrder(self.input, self.send_button)
        self.setTabOrder(self.send_button, self.speak_box)
        self.setTabOrder(self.speak_box, self.talk_button)
        self.setTabOrder(self.talk_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.mute_button)
        self.setTabOrder(self.mute_button, self.new_button)
        self.setTabOrder(self.new_button, self.history_button)
        self.setTabOrder(self.history_button, self.settings_button)
        self.talk_button.setEnabled(False)
        self.mute_button.setEnabled(False)
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

        action("Esc", self.stop_speaking, translate("window", "Stop speaking"))
        action("Ctrl+M", self.mute_button.toggle, translate("window", "Mute microphone"))
        action("Ctrl+L", self.input.setFocus, translate("window", "Type a message"))
        action("Ctrl+N", self.new_conversation, translate("window", "New conversation"))
        action("Ctrl+H", self.history_requested.emit, translate("window", "History"))
        action("Ctrl+,", self.settings_requested.emit, translate("window", "Settings"))
        action(
            QKeySequence(QKeySequence.StandardKey.Quit),
            self.quit_requested.emit,
            translate("window", "Quit"),
        )

    # --- the session ------------------------------------------------------------------------

    def set_session(self, session: Session, config: Config, history: History | None) -> None:
        """After new settings: a new session starts loading; the conversation stays."""
        self.session, self.config, self.history = session, config, history
        self.loading = True
        self.voice_checked = False
        self.voice_available = self.reports.mic_open = False
        self.reports.loading_step = translate("window", "Loading the models…")
        self.progress.setValue(0)
        self.progress.show()
        self.reports.show_state("loading")
        self.session.set_muted(self.muted)

    def set_alert_source(self, source: Any) -> None:
        self.timers.set_source(source)

    # --- what the user does -----------------------------------------------------------------

    def send_typed(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.input.clear()
        if self.indicator.state in BUSY:  # the new message cuts the reply short
            self.conversation.mark_last_reply("stopped")
        self.conversation.add_user(text, "typed")
        self._said = (text, "typed")
        self._typed_echo.append(text)
        self.session.submit_text(text, speak=self.speak_box.isChecked())

    def _talk(self, pressed: bool) -> None:
        if not (self.voice_available and self.reports.mic_open) or pressed == self._talk_held:
            return
        self._talk_held = pressed
        self.talk_button.setDown(pressed)
        self.talk_button.setText(
            translate("window", "Listening…") if pressed else translate("window", "Hold to talk")
        )
        if pressed and self.indicator.state in BUSY:
            self.reports.show_stopped()  # talking cuts the reply short
        self.session.push_to_talk(pressed)
        if pressed:
            self.indicator.set_state(
                "listening", translate("window", "Speak now; release when you are done.")
            )
        elif self.indicator.state == "listening":  # nothing heard (yet): the loop's state
            self.reports.refresh_state()

    def talk_from_anywhere(self, held: bool) -> None:
        """The global shortcut: hold to talk, as with Space in the window."""
        self._talk(held)

    def stop_speaking(self) -> None:
        """Esc or Stop: the reply stops at once, and the window says so at once."""
        self.reports.show_stopped()
        self.session.interrupt()

    def new_conversation(self) -> None:
        """Start afresh: the reply stops, the view empties and the model forgets what
        was said (the history on disk keeps what it kept)."""
        self.session.interrupt()
        self.conversation.clear()
        self._said = None
        self._typed_echo.clear()
        self.session.assistant.reset()
        self.banners.show_message(
            "notice",
            translate(
                "window", "New conversation: Hearth no longer remembers what was said before."
            ),
            timeout_ms=6000,
        )
        self.input.setFocus()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)
            return  # toggled() calls back here
        self.mute_button.setText(
            translate("window", "Unmute microphone")
            if muted
            else translate("window", "Mute microphone")
        )
        self.setWindowIcon(app_icon(muted))
        self.reports.refresh_state()
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
                and self.reports.mic_open
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
                self.notify.emit(
                    translate("window", "Hearth is still here"),
                    translate("window", "Quit from the tray icon's menu."),
                )
            return
        event.accept()
        self.quit_requested.emit()

    # --- what the session reports (see ``window_events``) ------------------------------------

    def on_event(self, event: Event) -> None:
        self.reports.on_event(event)

    def show_alert(self, message: str, skill: str = "") -> None:
        self.reports.show_alert(message, skill)
