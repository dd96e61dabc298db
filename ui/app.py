"""The desktop app: ``assistant`` with no arguments (or ``assistant app``) opens it.

``HearthApp`` wires the pieces together: the config (a corrupt file is moved aside),
the assistant, the session that runs it off the GUI thread, the window, the settings,
history and memory dialogs, the tray icon where there is one, and timer alerts from skills.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from hearth.assistant.config import Config, load_config_or_defaults
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import Event
from hearth.assistant.history import History
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice.devices import SpeakerFactory, real_speaker
from hearth.assistant.voice.session import Session, VoiceFactory, installed_voice_loop
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from .bridge import EventBridge
from .core_texts import core_error, error_words
from .desktop_integration import DesktopIntegration
from .history_dialog import HistoryDialog, user_confirms_delete_all
from .i18n import install as install_translations
from .i18n import translate
from .memory_dialog import MemoryDialog
from .qt_check import binding_problem
from .settings_dialog import SettingsDialog
from .theme import apply_theme
from .tray import Tray
from .window import MainWindow

_LOGGER = logging.getLogger(__name__)


@dataclass
class Options:
    """How the app is started (tests and the benchmark change these)."""

    voice_factory: VoiceFactory | None = None
    speaker: SpeakerFactory | None = real_speaker
    """Plays the replies while there is no voice loop (tests: a silent one)."""
    use_tray: bool = True
    monitor_microphone: bool = True
    """Whether the settings window opens the microphone for its level meter."""


class HearthApp(QObject):
    def __init__(
        self,
        config: Config,
        notice: str = "",
        options: Options | None = None,
        assistant: Assistant | None = None,
    ) -> None:
        super().__init__()
        self.options = options or Options()
        self.config = config
        self.assistant = assistant or Assistant(config)
        self.bridge = EventBridge(self)
        self._generation = 0
        self.history, history_problem = _open_history()
        install_translations(config.app.language)  # before any text is made
        self.session = self._new_session()
        self.window = MainWindow(self.session, config, self.history)
        # Always queued, even when a core call reports back on the GUI thread itself, so
        # events arrive in order and never re-enter a slot half-way through.
        self.bridge.received.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.window.settings_requested.connect(self.open_settings)
        self.window.history_requested.connect(self.open_history)
        self.window.quit_requested.connect(self.quit)
        self.tray: Tray | None = None
        if self.options.use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self._add_tray()
        if notice:
            self.window.banners.show_message("notice", core_error(notice))
        if history_problem is not None:
            self.window.banners.show_message("error", *error_words(history_problem))
        self._tell_history_damage()
        self._connect_skills()
        self.desktop = DesktopIntegration(self.window, self)
        self.settings_dialog: SettingsDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.memory_dialog: MemoryDialog | None = None

    # --- plumbing ---------------------------------------------------------------------------

    def _new_session(self) -> Session:
        self._generation += 1
        generation = self._generation

        def emit(event: Event) -> None:
            # Events of a session replaced by new settings are dropped, not shown.
            if generation == self._generation:
                self.bridge.post(event)

        return Session(self.assistant, emit, self.options.voice_factory, self.options.speaker)

    def _deliver(self, event: Event) -> None:
        self.window.on_event(event)

    def _connect_skills(self) -> None:
        """Timers, alarms and reminders from the skills: listed while they run, and a
        notification when they fire."""
        self.assistant.subscribe(self.bridge.post)
        self.window.timers.cancel_alert = lambda alert_id: (
            self.assistant.skills.alert_store().remove(alert_id)
        )
        self.window.set_alert_source(self.assistant.active_alerts)
        self.assistant.start_scheduler()

    def _add_tray(self) -> None:
        mute = QAction(translate("app", "Mute microphone"), self.window)
        mute.setCheckable(True)
        mute.toggled.connect(self.window.set_muted)
        self.window.mute_button.toggled.connect(mute.setChecked)
        quit_action = QAction(translate("app", "Quit Hearth"), self.window)
        quit_action.triggered.connect(self.quit)
        self.tray = Tray(self.window, mute, quit_action)
        self.window.mute_button.toggled.connect(self.tray.set_muted)
        self.window.notify.connect(self.tray.notify)
        self.window.tray_present = True
        self.tray.show()

    def start(self) -> None:
        self.session.start()
        self.window.show()
        self.desktop.apply(self.config)

    def quit(self) -> None:
        self.window.tray_present = False
        self.desktop.stop()
        self.session.stop()
        self.assistant.close()
        if self.tray is not None:
            self.tray.hide()
        if self.history is not None:
            self.history.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # --- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.config,
            delete_history=self._confirm_delete_history,
            parent=self.window,
            monitor_microphone=self.options.monitor_microphone,
            show_memory=self.open_memory,
            shortcut_note=self.desktop.shortcut.note if self.config.app.global_shortcut else "",
        )
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        if dialog.new_config is not None:
            self.apply_settings(dialog.new_config)
        dialog.deleteLater()
        self.settings_dialog = None

    def apply_settings(self, config: Config) -> None:
        """Save the settings, then use them: the theme at once, and a fresh session when
        the microphone, models or voice changed (the conversation goes on)."""
        previous, self.config = self.config, config
        try:
            path = config.save()
        except OSError as exc:
            self.window.banners.show_message(
                "error",
                translate(
                    "app",
                    "The settings could not be saved ({reason}); they apply until Hearth closes.",
                ).format(reason=exc.strerror or exc),
                translate(
                    "app",
                    "Check that your config folder is writable (assistant config path shows it).",
                ),
            )
        else:
            self.window.banners.show_message(
                "notice",
                translate("app", "Settings saved to {path}.").format(path=path),
                timeout_ms=8000,
            )
        if config.app.theme != previous.app.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, config.app.theme)
            self.window.conversation.restyle()
        if config.app.history and self.history is None:
            self.history, problem = _open_history()
            if problem is not None:
                self.window.banners.show_message("error", *error_words(problem))
            self._tell_history_damage()
        self.window.speak_box.setChecked(config.app.speak_typed_replies)
        self.window.config = config
        self.desktop.apply(config, previous)
        if _without_app(previous) == _without_app(config):
            return
        self.assistant.reconfigure(config)
        old = self.session
        self.session = self._new_session()
        self.window.set_session(self.session, config, self.history)
        new = self.session

        def swap() -> None:  # stopping waits for threads: never on the GUI thread
            old.stop()
            new.start()

        threading.Thread(target=swap, name="hearth-restart", daemon=True).start()

    def _confirm_delete_history(self) -> None:
        if user_confirms_delete_all(self.settings_dialog or self.window):
            self.delete_all_history()

    def delete_all_history(self) -> None:
        if self.history is None:
            return
        try:
            count = self.history.delete_all()
        except AssistantError as exc:
            self.window.banners.show_message("error", *error_words(exc))
            return
        left = self.history.kept_copies_note()
        self.window.banners.show_message(
            "notice",
            translate("app", "Deleted {count} kept exchanges from this computer.").format(
                count=count
            )
            + (f" {left}" if left else ""),
            timeout_ms=0 if left else 8000,
        )

    def _tell_history_damage(self) -> None:
        """A damaged history file found on opening was kept aside: say where."""
        damage = self.history.damage if self.history is not None else None
        if damage is not None:
            detail, fix = core_error(damage.detail), core_error(damage.fix)
            self.window.banners.show_message("error", detail, fix)

    def open_memory(self) -> None:
        """What the user asked Hearth to remember, to see and forget."""
        in_use = self.assistant.router.facts is not None
        parent = self.settings_dialog or self.window
        dialog = MemoryDialog(self.assistant.memories(), in_use, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.memory_dialog = dialog

    def open_history(self) -> None:
        dialog = HistoryDialog(self.history, self.config.app.history, self.window)
        self.history_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _without_app(config: Config) -> dict:
    data = config.to_dict()
    data.pop("app", None)
    return data


def _open_history() -> tuple[History | None, AssistantError | None]:
    try:
        return History(), None
    except AssistantError as exc:
        return None, exc


# --- starting it --------------------------------------------------------------------------


def display_problem() -> str:
    """Why no window can open here, or '' when one can."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "There is no graphical display here (no DISPLAY or WAYLAND_DISPLAY), so the window "
        "cannot open."
    )


def make_application(theme: str) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setDesktopFileName("hearth")
    apply_theme(app, theme)
    return app


def run_app(
    theme: str | None = None,
    screenshot: Path | None = None,
    ask: list[str] | None = None,
    startup_report: Path | None = None,
) -> int:
    """Open the window and run until the user quits. With ``screenshot``, type the
    ``ask`` questions, wait for the answers, save a picture of the window and exit
    (how the README's screenshots are made). With ``startup_report``, write when the
    window and the voice loop became ready, and exit (the packaging benchmark)."""
    problem = display_problem()
    if problem:
        raise AssistantError(
            problem,
            "Start Hearth from your desktop session, or use it in this terminal: "
            "assistant chat (typing) or assistant ask QUESTION.",
        )
    config, notice = load_config_or_defaults()
    if screenshot is not None:
        config.app.history = False  # a picture for the docs is not a conversation to keep
    app = make_application(theme or config.app.theme)
    leak = binding_problem()
    if leak is not None:
        raise AssistantError(*leak)
    hearth = HearthApp(
        config, notice, Options(voice_factory=installed_voice_loop(), use_tray=not screenshot)
    )
    if startup_report is not None:
        from .startup_report import StartupReport

        report = StartupReport(hearth.window, startup_report)
        hearth.bridge.received.connect(report.on_event)
    hearth.start()
    if screenshot is not None:
        _screenshot_when_done(hearth, screenshot, ask or [])
    app.setQuitOnLastWindowClosed(hearth.tray is None)
    return app.exec()


def _screenshot_when_done(hearth: HearthApp, path: Path, questions: list[str]) -> None:
    window = hearth.window
    pending = list(questions)
    replies_before = [0]
    settle = [300]  # at most a minute's wait, in steps of 200 ms

    def replies() -> int:
        return len(window.conversation.replies())

    def step() -> None:
        if not hearth.session.ready.is_set():
            QTimer.singleShot(100, step)
            return
        if pending and replies() == replies_before[0]:
            window.input.setText(pending.pop(0))
            window.send_typed()
            QTimer.singleShot(100, wait_reply)
            return
        if not pending:
            QTimer.singleShot(400, shoot)

    def wait_reply() -> None:
        if replies() > replies_before[0]:
            replies_before[0] = replies()
            step()
        else:
            QTimer.singleShot(100, wait_reply)

    def shoot() -> None:
        if window.indicator.state in ("loading", "starting") and settle[0] > 0:
            settle[0] -= 1  # the voice loop is still starting: picture it settled
            QTimer.singleShot(200, shoot)
            return
        window.input.setFocus()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            print(f"Could not write {path}", file=sys.stderr)
        else:
            print(f"Saved {path}")
        hearth.quit()

    window.speak_box.setChecked(False)
    QTimer.singleShot(0, step)
