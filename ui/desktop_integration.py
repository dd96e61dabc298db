"""What the app does on the desktop beyond its window: start on login (``autostart``)
and the shortcut to talk from any program (``global_shortcut``), applied at start and
whenever the settings change them, with a problem told in a banner; and a new language
for the window, switched at once (``retranslate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hearth.assistant.config import Config
from PySide6.QtCore import QObject

from . import autostart, i18n
from .banners import BannerArea
from .conversation import ConversationView
from .global_shortcut import GlobalShortcut
from .i18n import translate
from .retranslate import retranslate

if TYPE_CHECKING:
    from .window import MainWindow


class DesktopIntegration(QObject):
    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.shortcut = GlobalShortcut(self)
        self.shortcut.held.connect(window.talk_from_anywhere)
        self.shortcut.problem.connect(self._shortcut_problem)

    def apply(self, config: Config, previous: Config | None = None) -> None:
        """Use the settings (at start: ``previous`` is None and the autostart entry,
        which the settings write, is left as it is)."""
        app, before = config.app, previous.app if previous is not None else None
        if before is not None and app.language != before.language:
            self._switch_language(app.language)
        if before is not None and app.start_on_login != before.start_on_login:
            self._set_autostart(app.start_on_login)
        if before is None or (app.global_shortcut, app.talk_keys) != (
            before.global_shortcut,
            before.talk_keys,
        ):
            self._use_shortcut(config)

    def _switch_language(self, setting: str) -> None:
        """Load the new language and say everything on screen again in it; the
        conversation and the messages already shown stay as they were said."""
        language = i18n.LANGUAGES[i18n.install(setting)]
        window = self.window
        retranslate(window, keep=(ConversationView, BannerArea))
        retranslate(window.conversation.empty_note)  # the only text of the view not said
        window.reports.loading_step = i18n.again(window.reports.loading_step)
        window.reports.refresh_state()
        window.timers.refresh()
        window.banners.show_message(
            "notice",
            translate("desktop_integration", "The window is now in {language}.").format(
                language=language
            ),
            timeout_ms=15000,
        )

    def _set_autostart(self, enabled: bool) -> None:
        try:
            autostart.set_enabled(enabled)
        except OSError as exc:
            self.window.banners.show_message(
                "error",
                translate(
                    "desktop_integration", "Starting on login could not be set ({reason})."
                ).format(reason=exc.strerror or exc),
                translate("desktop_integration", "Check that {folder} can be written.").format(
                    folder=autostart.autostart_dir()
                ),
            )

    def _use_shortcut(self, config: Config) -> None:
        """Listen for the global shortcut to talk, if it is on (and can be here)."""
        self.shortcut.stop()
        if not config.app.global_shortcut:
            return
        problem = self.shortcut.start(config.app.talk_keys)
        if problem:
            self._shortcut_problem(problem)

    def _shortcut_problem(self, problem: str) -> None:
        """Said at once, or later: the desktop's portal answers when the user has."""
        self.window.banners.show_message(
            "notice",
            translate("desktop_integration", "The shortcut to talk: {problem}").format(
                problem=problem
            ),
        )

    def stop(self) -> None:
        self.shortcut.stop()
