"""The Appearance page of the settings window: the theme, starting Hearth when you log
in (``autostart``) and a shortcut to talk from anywhere (``global_shortcut``), both off
unless the user turns them on."""

from __future__ import annotations

from hearth.assistant.config import Config
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QKeySequenceEdit, QLabel, QWidget

from .autostart import autostart_file
from .global_shortcut import availability
from .settings_tabs import THEMES, SettingsTab, select


class AppearanceTab(SettingsTab):
    title = "Appearance"

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = config.app
        self.theme = QComboBox(self)
        self.theme.setAccessibleName("Theme")
        for value, words in THEMES:
            self.theme.addItem(words, value)
        select(self.theme, app.theme)
        self.start_on_login = QCheckBox("Start Hearth when I log in", self)
        self.start_on_login.setChecked(app.start_on_login)
        self.start_on_login.setToolTip(f"Writes {autostart_file()}")
        self.global_shortcut = QCheckBox("Hold a shortcut to talk from any program", self)
        self.global_shortcut.setChecked(app.global_shortcut)
        self.keys = QKeySequenceEdit(QKeySequence(app.talk_keys), self)
        self.keys.setAccessibleName("Shortcut to talk from any program")
        self.keys.setMaximumSequenceLength(1)
        where = availability()
        self.shortcut_note = QLabel(
            where.reason or "Hold the keys while you speak, as with Space in the window.",
            self,
        )
        self.shortcut_note.setWordWrap(True)
        self.shortcut_available = not where.reason
        if not self.shortcut_available:
            self.global_shortcut.setEnabled(app.global_shortcut)  # can be turned off only
        self.global_shortcut.toggled.connect(self._update)
        self._update()
        form = self.form
        form.addRow("&Theme:", self.theme)
        form.addRow("", self.start_on_login)
        form.addRow("", self.global_shortcut)
        form.addRow("&Shortcut:", self.keys)
        form.addRow(self.shortcut_note)
        self.fields["app.theme"] = lambda: self.theme.currentData()
        self.fields["app.start_on_login"] = self.start_on_login.isChecked
        self.fields["app.global_shortcut"] = self.global_shortcut.isChecked
        self.fields["app.talk_keys"] = self._keys

    def _keys(self) -> str:
        text = self.keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return text or "Ctrl+Alt+Space"

    def _update(self) -> None:
        self.keys.setEnabled(self.global_shortcut.isChecked() and self.shortcut_available)
