"""The system tray icon: show or hide the window, mute the microphone, quit; and the
place desktop notifications come from. Only where the desktop has a tray: on a bare
X server or many Wayland desktops there is none, and the app runs without it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from .i18n import translate
from .icon import app_icon


class Tray(QSystemTrayIcon):
    def __init__(self, window: QWidget, mute: QAction, quit_app: QAction) -> None:
        super().__init__(app_icon(), window)
        self.window = window
        self.setToolTip(translate("tray", "Hearth: a private voice assistant"))
        menu = QMenu(window)
        self.toggle_action = menu.addAction(translate("tray", "Hide Hearth"))
        self.toggle_action.triggered.connect(self.toggle_window)
        menu.addAction(mute)
        menu.addSeparator()
        menu.addAction(quit_app)
        menu.aboutToShow.connect(self._refresh)
        self.setContextMenu(menu)
        self.activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def _refresh(self) -> None:
        self.toggle_action.setText(
            translate("tray", "Hide Hearth")
            if self.window.isVisible()
            else translate("tray", "Show Hearth")
        )

    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.hide()
        else:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def notify(self, title: str, message: str) -> None:
        self.showMessage(title, message, app_icon(), 10000)

    def set_muted(self, muted: bool) -> None:
        self.setIcon(app_icon(muted))
