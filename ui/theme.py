"""Light and dark: follow the desktop unless the user chose one, and the colours the
window's own widgets use, taken from the current palette so both themes stay legible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

STATE_COLOURS = {
    "idle": ("#8a8f98", "#9aa0a8"),
    "listening": ("#2e9d57", "#4cc27a"),
    "hearing": ("#1f8f4a", "#5bd68a"),
    "thinking": ("#c98a12", "#f0b441"),
    "speaking": ("#2f6fd6", "#6aa1ff"),
    "muted": ("#b03a2e", "#e06b5f"),
    "loading": ("#8a8f98", "#9aa0a8"),
    "starting": ("#8a8f98", "#9aa0a8"),
    "stopped": ("#6b6f76", "#b8bcc4"),
    "waiting": ("#b03a2e", "#e06b5f"),
}
"""State -> (colour on a light theme, colour on a dark theme)."""


def apply_theme(app: QApplication, choice: str) -> None:
    """``system`` follows the desktop (and its changes); ``light``/``dark`` force one."""
    app.setStyle("Fusion")  # draws both schemes properly on every platform
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(choice, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(scheme)
    if choice == "dark" and app.styleHints().colorScheme() != Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())  # the platform cannot switch (bare X, offscreen)
    else:
        app.setPalette(app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202225"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#18191b"),
        (roles.AlternateBase, "#2b2d31"),
        (roles.ToolTipBase, "#2b2d31"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#8c8f94"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#2b2d31"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#3a3d42"),
        (roles.Midlight, "#33363b"),
        (roles.Mid, "#3f4247"),
        (roles.Dark, "#111213"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#3b6fd6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7aa7ff"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6b6e73"))
    palette.setColor(disabled, roles.Button, QColor("#25272a"))
    return palette


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def state_colour(state: str) -> QColor:
    light, dark = STATE_COLOURS.get(state, STATE_COLOURS["idle"])
    return QColor(dark if is_dark() else light)


def bubble_colours(mine: bool) -> tuple[QColor, QColor]:
    """(background, text) of a message bubble: the user's tinted, Hearth's neutral."""
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    text = palette.color(QPalette.ColorRole.Text)
    if mine:
        base = QColor("#2f6fd6" if not is_dark() else "#3b5f9e")
        return base, QColor("white")
    background = palette.color(QPalette.ColorRole.AlternateBase)
    if background == palette.color(QPalette.ColorRole.Base):
        background = background.darker(106) if not is_dark() else background.lighter(130)
    return background, text
