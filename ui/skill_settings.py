"""The Skills and Smart home pages of the settings window: a real widget for every key
of the ``[skills]`` section, in words a person uses.

Skills are a list with a checkbox each (on: it loads), and a second list says which
may act without asking first. The smart-home broker has its fields and a "Test
connection" button that really connects (``mqtt_check``), off the GUI thread.
"""

from __future__ import annotations

import importlib.metadata

from hearth.assistant.config import Config
from hearth.assistant.config_sections import MQTTConfig
from hearth.assistant.hosting.loader import ENTRY_POINT_GROUP, skills_folder
from hearth.assistant.paths import data_dir
from hearth.skills import BUILTIN
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .i18n import QT_TRANSLATE_NOOP, translate
from .mqtt_check import check_in_background
from .settings_tabs import SettingsTab


def known_skills(config: Config) -> list[str]:
    """Every skill Hearth could load here (built in, installed, in the skills folder) and
    any the config names, without loading one."""
    names = [module.rsplit(".", 1)[1] for module, _ in BUILTIN]
    names += [ep.name for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)]
    folder = skills_folder(data_dir())
    if folder.is_dir():
        names += [
            p.stem if p.is_file() else p.name
            for p in sorted(folder.iterdir())
            if not p.name.startswith((".", "_"))
            and ((p.suffix == ".py" and p.is_file()) or (p / "__init__.py").is_file())
        ]
    skills = config.skills
    names += [*skills.enabled, *skills.disabled, *skills.no_confirm]
    return list(dict.fromkeys(names))


def _checklist(names: list[str], checked: set[str], name: str, parent: QWidget) -> QListWidget:
    box = QListWidget(parent)
    box.setAccessibleName(name)
    for skill in names:
        item = QListWidgetItem(skill, box)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if skill in checked else Qt.CheckState.Unchecked)
    rows = min(len(names), 6)
    box.setMaximumHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() + 4)
    return box


def checked(box: QListWidget, state: bool = True) -> list[str]:
    want = Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
    return [box.item(i).text() for i in range(box.count()) if box.item(i).checkState() == want]


class SkillsTab(SettingsTab):
    """Which skills load, which may act without asking, how long one may take, and
    whether the language model may pick one."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Skills")

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        skills = config.skills
        names = known_skills(config)
        self._only = bool(skills.enabled)
        on = {n for n in names if n not in skills.disabled}
        if self._only:
            on &= set(skills.enabled)
        self.skill_list = _checklist(
            names, on, translate("skill_settings", "Skills that are on"), self
        )
        self.no_confirm = _checklist(
            names,
            set(skills.no_confirm),
            translate("skill_settings", "Skills that act without asking first"),
            self,
        )
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(1, 120)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(skills.timeout_s)
        self.timeout.setAccessibleName(
            translate("skill_settings", "Give up on a skill after this many seconds")
        )
        self.llm_tools = QCheckBox(
            translate("skill_settings", "Let the language model pick a skill"), self
        )
        self.llm_tools.setToolTip(
            translate(
                "skill_settings",
                "When no phrase matches. Slower, and it sometimes picks one you did not mean.",
            )
        )
        self.llm_tools.setChecked(skills.llm_tools)
        self.open_command = QLineEdit(skills.open_command, self)
        self.open_command.setPlaceholderText(
            translate("skill_settings", "xdg-open (the desktop's choice)")
        )
        self.open_command.setAccessibleName(
            translate("skill_settings", "Command that opens files and web addresses")
        )
        form = self.form
        form.addRow(
            QLabel(
                translate("skill_settings", "Skills that are on (unticked ones never load):"), self
            )
        )
        form.addRow(self.skill_list)
        form.addRow(
            QLabel(
                translate(
                    "skill_settings",
                    "Act without asking first (changing the system, deleting, using the "
                    "network). Unticked skills ask you to confirm:",
                ),
                self,
                wordWrap=True,
            )
        )
        form.addRow(self.no_confirm)
        form.addRow(translate("skill_settings", "&Timeout:"), self.timeout)
        form.addRow(self.llm_tools)
        form.addRow(translate("skill_settings", "&Open things with:"), self.open_command)
        self.fields["skills.disabled"] = lambda: checked(self.skill_list, False)
        if self._only:
            self.fields["skills.enabled"] = lambda: checked(self.skill_list)
        self.fields["skills.no_confirm"] = lambda: checked(self.no_confirm)
        self.fields["skills.timeout_s"] = self.timeout.value
        self.fields["skills.llm_tools"] = self.llm_tools.isChecked
        self.fields["skills.open_command"] = lambda: self.open_command.text().strip()


class _CheckRelay(QObject):
    done = Signal(bool, str)


class SmartHomeTab(SettingsTab):
    """The user's own MQTT broker (Zigbee2MQTT, Home Assistant), and a connection test."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Smart home")

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mqtt = config.skills.mqtt
        self.host = QLineEdit(mqtt.host, self)
        self.host.setPlaceholderText(
            translate("skill_settings", "e.g. 192.168.1.20 (empty: smart home off)")
        )
        self.host.setAccessibleName(translate("skill_settings", "Broker address"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(mqtt.port)
        self.port.setAccessibleName(translate("skill_settings", "Broker port"))
        self.username = QLineEdit(mqtt.username, self)
        self.username.setAccessibleName(translate("skill_settings", "User name"))
        self.password = QLineEdit(mqtt.password, self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("skill_settings", "Password"))
        self.tls = QCheckBox(translate("skill_settings", "Encrypted connection (TLS)"), self)
        self.tls.setChecked(mqtt.tls)
        self.base_topic = QLineEdit(mqtt.base_topic, self)
        self.base_topic.setAccessibleName(translate("skill_settings", "Zigbee2MQTT base topic"))
        self.discovery = QLineEdit(mqtt.discovery_prefix, self)
        self.discovery.setAccessibleName(
            translate("skill_settings", "Home Assistant discovery prefix")
        )
        self.devices = QLineEdit(", ".join(mqtt.devices), self)
        self.devices.setPlaceholderText(
            translate("skill_settings", "Only if the hub lists none: lamp, heater, …")
        )
        self.devices.setAccessibleName(
            translate("skill_settings", "Device names, separated by commas")
        )
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(0.5, 60)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(mqtt.timeout_s)
        self.timeout.setAccessibleName(translate("skill_settings", "Wait this long for the broker"))
        self.test_button = QPushButton(translate("skill_settings", "Test connection"), self)
        self.test_button.setAccessibleName(
            translate("skill_settings", "Test the connection to the broker")
        )
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(translate("skill_settings", "Connection test result"))
        self._relay = _CheckRelay(self)
        self._relay.done.connect(self._tested)
        self.test_button.clicked.connect(self.test_connection)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form = self.form
        form.addRow(translate("skill_settings", "&Broker address:"), self.host)
        form.addRow(translate("skill_settings", "&Port:"), self.port)
        form.addRow(translate("skill_settings", "&User name:"), self.username)
        form.addRow(translate("skill_settings", "Pass&word:"), self.password)
        form.addRow("", self.tls)
        form.addRow(translate("skill_settings", "Zigbee2MQTT &topic:"), self.base_topic)
        form.addRow(translate("skill_settings", "&Discovery prefix:"), self.discovery)
        form.addRow(translate("skill_settings", "De&vices:"), self.devices)
        form.addRow(translate("skill_settings", "&Timeout:"), self.timeout)
        form.addRow(test_row)
        self.fields["skills.mqtt.host"] = lambda: self.host.text().strip()
        self.fields["skills.mqtt.port"] = self.port.value
        self.fields["skills.mqtt.username"] = lambda: self.username.text().strip()
        self.fields["skills.mqtt.password"] = self.password.text
        self.fields["skills.mqtt.tls"] = self.tls.isChecked
        self.fields["skills.mqtt.base_topic"] = lambda: self.base_topic.text().strip()
        self.fields["skills.mqtt.discovery_prefix"] = lambda: self.discovery.text().strip()
        self.fields["skills.mqtt.devices"] = lambda: self.devices.text()
        self.fields["skills.mqtt.timeout_s"] = self.timeout.value

    def broker(self) -> MQTTConfig:
        """The broker as the fields say now."""
        names = [d.strip() for d in self.devices.text().split(",") if d.strip()]
        return MQTTConfig(
            host=self.host.text().strip(),
            port=self.port.value(),
            username=self.username.text().strip(),
            password=self.password.text(),
            tls=self.tls.isChecked(),
            base_topic=self.base_topic.text().strip(),
            discovery_prefix=self.discovery.text().strip(),
            devices=names,
            timeout_s=self.timeout.value(),
        )

    def test_connection(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("skill_settings", "Connecting…"))
        check_in_background(self.broker(), self._relay.done.emit)

    def _tested(self, worked: bool, words: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(words)
        self.test_result.setStyleSheet("" if worked else "color: #c0392b;")
