"""The Appearance page of the settings window: the theme, starting Hearth when you log
in (``autostart``) and a shortcut to talk from anywhere (``global_shortcut``), both off
unless the user turns them on."""

from __future__ import annotations

from hearth.assistant.config import Config
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QKeySequenceEdit, QLabel, QWidget

from . import i18n
from .autostart import autostart_file
from .global_shortcut import Availability, check_availability
from .i18n import QT_TRANSLATE_NOOP, translate
from .settings_tabs import THEMES, SettingsTab, select


class AppearanceTab(SettingsTab):
    title = QT_TRANSLATE_NOOP("settings_dialog", "Appearance")

    def __init__(
        self, config: Config, parent: QWidget | None = None, shortcut_note: str = ""
    ) -> None:
        """``shortcut_note``: what became of the shortcut now on (the desktop's answer
        through its portal), shown instead of how to use it. Whether the shortcut can
        work here may take the desktop's portal a moment to say: until it has, the page
        says it is checking (or shows ``shortcut_note``), and the setting can only be
        turned off."""
        super().__init__(parent)
        app = config.app
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(translate("desktop_settings", "Theme"))
        for value, words in THEMES:
            self.theme.addItem(translate("settings_tabs", words), value)
        select(self.theme, app.theme)
        self.language = QComboBox(self)
        self.language.setAccessibleName(translate("desktop_settings", "Language of the window"))
        desktop = i18n.LANGUAGES[i18n.desktop_language()]
        self.language.addItem(
            translate("desktop_settings", "Follow the desktop ({language})").format(
                language=desktop
            ),
            "auto",
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        select(self.language, app.language)
        self.start_on_login = QCheckBox(
            translate("desktop_settings", "Start Hearth when I log in"), self
        )
        self.start_on_login.setChecked(app.start_on_login)
        self.start_on_login.setToolTip(
            translate("desktop_settings", "Writes {path}").format(path=autostart_file())
        )
        self.global_shortcut = QCheckBox(
            translate("desktop_settings", "Hold a shortcut to talk from any program"), self
        )
        self.global_shortcut.setChecked(app.global_shortcut)
        self.keys = QKeySequenceEdit(QKeySequence(app.talk_keys), self)
        self.keys.setAccessibleName(
            translate("desktop_settings", "Shortcut to talk from any program")
        )
        self.keys.setMaximumSequenceLength(1)
        self._shortcut_was_on = app.global_shortcut
        self._given_note = shortcut_note
        self.shortcut_note = QLabel(self)
        self.shortcut_note.setWordWrap(True)
        self.shortcut_available = False
        where = check_availability(self, self._found)
        if where is None:
            self.shortcut_note.setText(
                shortcut_note
                or translate("desktop_settings", "Checking whether your desktop allows it…")
            )
            self.global_shortcut.setEnabled(app.global_shortcut)
        else:
            self._found(where)
        self.global_shortcut.toggled.connect(self._update)
        self._update()
        form = self.form
        form.addRow(translate("desktop_settings", "&Theme:"), self.theme)
        form.addRow(translate("desktop_settings", "&Language:"), self.language)
        form.addRow("", self.start_on_login)
        form.addRow("", self.global_shortcut)
        form.addRow(translate("desktop_settings", "&Shortcut:"), self.keys)
        form.addRow(self.shortcut_note)
        self.fields["app.theme"] = lambda: self.theme.currentData()
        self.fields["app.language"] = lambda: self.language.currentData()
        self.fields["app.start_on_login"] = self.start_on_login.isChecked
        self.fields["app.global_shortcut"] = self.global_shortcut.isChecked
        self.fields["app.talk_keys"] = self._keys

    def _keys(self) -> str:
        text = self.keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return text or "Ctrl+Alt+Space"

    def _found(self, where: Availability) -> None:
        """The answer to whether the shortcut can work here."""
        self.shortcut_note.setText(where.reason or self._given_note or _how_to_use(where))
        self.shortcut_available = not where.reason
        # Where it cannot work, it can be turned off only.
        self.global_shortcut.setEnabled(self.shortcut_available or self._shortcut_was_on)
        self._update()

    def _update(self) -> None:
        self.keys.setEnabled(self.global_shortcut.isChecked() and self.shortcut_available)


def _how_to_use(where: Availability) -> str:
    if where.backend == "portal":
        return translate(
            "desktop_settings",
            "Your desktop binds the shortcut: it may ask you to confirm it, or choose other "
            "keys. Hold them while you speak, as with Space in the window.",
        )
    return translate(
        "desktop_settings", "Hold the keys while you speak, as with Space in the window."
    )
