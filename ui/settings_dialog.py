"""The settings window: its pages (``settings_tabs``), OK and Cancel.

It edits a copy of the config; OK checks every value together (``Config.set_many``)
and keeps the window open with the problem in words if one is wrong. Saving and
applying is the app's job.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from hearth.assistant.config import Config
from hearth.assistant.errors import ConfigError
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .core_texts import error_text
from .desktop_settings import AppearanceTab
from .i18n import translate
from .settings_tabs import (
    AudioTab,
    LargerModelTab,
    ModelsTab,
    PrivacyTab,
    SettingsTab,
    TalkingTab,
)
from .skill_settings import SkillsTab, SmartHomeTab


class SettingsDialog(QDialog):
    def __init__(
        self,
        config: Config,
        delete_history: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        monitor_microphone: bool = True,
        show_memory: Callable[[], None] | None = None,
        shortcut_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Hearth settings"))
        self.setAccessibleName(translate("settings_dialog", "Hearth settings"))
        self.original = config
        self.new_config: Config | None = None

        self.tabs = QTabWidget(self)  # first: the tab bar leads the keyboard focus order
        self.audio_tab = AudioTab(config, monitor_microphone, self)
        self.talking_tab = TalkingTab(config, self)
        self.models_tab = ModelsTab(config, self)
        self.skills_tab = SkillsTab(config, self)
        self.smart_home_tab = SmartHomeTab(config, self)
        self.privacy_tab = PrivacyTab(config, delete_history, self, show_memory)
        self.appearance_tab = AppearanceTab(config, self, shortcut_note)
        self.larger_tab = LargerModelTab(config, self)
        for tab in self._pages():
            self.tabs.addTab(tab, translate("settings_dialog", tab.title))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setAccessibleName(translate("settings_dialog", "Problem with the settings"))
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.tabs.setUsesScrollButtons(True)  # eight pages never widen the dialog
        self.resize(640, 560)
        self.audio_tab.restart_monitor()

    def _pages(self) -> list[SettingsTab]:
        return [
            self.audio_tab,
            self.talking_tab,
            self.models_tab,
            self.skills_tab,
            self.smart_home_tab,
            self.privacy_tab,
            self.appearance_tab,
            self.larger_tab,
        ]

    def values(self) -> dict[str, Any]:
        """Every config key the pages edit, with its value as shown now."""
        return {key: read() for tab in self._pages() for key, read in tab.fields.items()}

    def accept(self) -> None:
        config = copy.deepcopy(self.original)
        try:
            config.set_many(self.values())
        except ConfigError as exc:
            self.error.setText(error_text(exc, "\n"))
            self.error.show()
            return
        self.new_config = config
        self.audio_tab.stop_monitor()
        super().accept()

    def reject(self) -> None:
        self.audio_tab.stop_monitor()
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        self.audio_tab.stop_monitor()
        super().hideEvent(event)
