"""Messages above the conversation: errors with their fix, notices, and alerts (a
timer that fired). Each says what happened in plain words and what to do, can carry
one action button, and stays until the user closes it (errors) or for a while
(notices)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .i18n import QT_TRANSLATE_NOOP, translate

KIND_COLOURS = {"error": "#c0392b", "notice": "#2f6fd6", "alert": "#d68910"}
KIND_WORDS = {
    "error": QT_TRANSLATE_NOOP("banners", "Problem"),
    "notice": QT_TRANSLATE_NOOP("banners", "Note"),
    "alert": QT_TRANSLATE_NOOP("banners", "Alert"),
}


class Banner(QFrame):
    def __init__(
        self,
        kind: str,
        message: str,
        fix: str = "",
        action: tuple[str, Callable[[], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.message = message
        self.fix = fix
        self.closed = False
        self.setObjectName(f"banner_{kind}")
        colour = KIND_COLOURS[kind]
        self.setStyleSheet(
            f"QFrame#banner_{kind} {{ border: 1px solid {colour}; border-left: 6px solid "
            f"{colour}; border-radius: 6px; }}"
        )
        what = translate("banners", KIND_WORDS[kind])
        self.message_label = QLabel(f"<b>{what}:</b> {_escape(message)}", self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        to_do = translate("banners", "What to do:")
        self.fix_label = QLabel(f"<b>{to_do}</b> {_escape(fix)}", self)
        self.fix_label.setWordWrap(True)
        self.fix_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_label.setVisible(bool(fix))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.message_label)
        words.addWidget(self.fix_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(words, 1)
        self.action_button: QPushButton | None = None
        if action is not None:
            label, callback = action
            self.action_button = QPushButton(label, self)
            self.action_button.clicked.connect(callback)
            self.action_button.clicked.connect(self.close_banner)
            layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button = QPushButton(translate("banners", "Dismiss"), self)
        self.close_button.setAccessibleName(
            translate("banners", "Dismiss: {message}").format(message=message)
        )
        self.close_button.clicked.connect(self.close_banner)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(f"{what}: {message}")
        self.setAccessibleDescription(f"{to_do} {fix}" if fix else "")

    def close_banner(self) -> None:
        self.closed = True
        self.hide()
        self.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BannerArea(QWidget):
    """A column of banners, newest at the top; the same message is never shown twice."""

    MAX = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._shown: list[Banner] = []

    def banners(self) -> list[Banner]:
        """The open banners, newest first."""
        self._shown = [b for b in self._shown if not b.closed]
        return list(self._shown)

    def show_message(
        self,
        kind: str,
        message: str,
        fix: str = "",
        action: tuple[str, Callable[[], None]] | None = None,
        timeout_ms: int = 0,
    ) -> Banner:
        for existing in self.banners():
            if existing.message == message and existing.kind == kind:
                existing.close_banner()
        banner = Banner(kind, message, fix, action, self)
        self._layout.insertWidget(0, banner)
        self._shown.insert(0, banner)
        for old in self.banners()[self.MAX :]:
            old.close_banner()
        if timeout_ms:
            QTimer.singleShot(timeout_ms, banner, banner.close_banner)
        return banner

    def clear(self, kind: str | None = None) -> None:
        for banner in self.banners():
            if kind is None or banner.kind == kind:
                banner.close_banner()
