"""What the app does on the desktop beyond its window: start on login (``autostart``)
and the shortcut to talk from any program (``global_shortcut``), applied at start and
whenever the settings change them; a problem is told in a banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hearth.assistant.config import Config
from PySide6.QtCore import QObject

from . import autostart
from .global_shortcut import GlobalShortcut

if TYPE_CHECKING:
    from .window import MainWindow


class DesktopIntegration(QObject):
    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.shortcut = GlobalShortcut(self)
        self.shortcut.held.connect(window.talk_from_anywhere)

    def apply(self, config: Config, previous: Config | None = None) -> None:
        """Use the settings (at start: ``previous`` is None and the autostart entry,
        which the settings write, is left as it is)."""
        app, before = config.app, previous.app if previous is not None else None
        if before is not None and app.start_on_login != before.start_on_login:
            self._set_autostart(app.start_on_login)
        if before is None or (app.global_shortcut, app.talk_keys) != (
            before.global_shortcut,
            before.talk_keys,
        ):
            self._use_shortcut(config)

    def _set_autostart(self, enabled: bool) -> None:
        try:
            autostart.set_enabled(enabled)
        except OSError as exc:
            self.window.banners.show_message(
                "error",
                f"Starting on login could not be set ({exc.strerror or exc}).",
                f"Check that {autostart.autostart_dir()} can be written.",
            )

    def _use_shortcut(self, config: Config) -> None:
        """Listen for the global shortcut to talk, if it is on (and can be here)."""
        self.shortcut.stop()
        if not config.app.global_shortcut:
            return
        problem = self.shortcut.start(config.app.talk_keys)
        if problem:
            self.window.banners.show_message("notice", f"The shortcut to talk: {problem}")

    def stop(self) -> None:
        self.shortcut.stop()
