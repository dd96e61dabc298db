"""The settings window: audio, talking, models, skills, history and the larger model.

It edits a copy of the config; OK checks every value together (``Config.set_many``)
and keeps the window open with the problem in words if one is wrong. Saving and
applying is the app's job.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from hearth.assistant import models
from hearth.assistant.audio.devices import list_devices
from hearth.assistant.config import Config
from hearth.assistant.engines.llm import is_loopback_url
from hearth.assistant.errors import AssistantError, ConfigError
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .audio_check import MicMonitor, play_test_sound
from .state_indicator import LevelMeter

_LOGGER = logging.getLogger(__name__)

ACTIVATIONS = (
    ("wake_word", "Say the wake phrase first"),
    ("push_to_talk", "Hold a key or button (push to talk)"),
    ("always", "Always listening (every sentence is a request)"),
)
THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
FILE_FILTERS = {
    "llm": "GGUF models (*.gguf)",
    "tts": "Piper voices (*.onnx)",
}
KIND_WORDS = {"stt": "Speech recognition", "llm": "Language model", "tts": "Voice"}


def large_model_warning(enabled: bool, kind: str, url: str) -> str:
    """What the user must read before turning the larger model on."""
    if not enabled:
        return "Off: everything is answered on this computer."
    if kind == "gguf":
        return "Harder questions go to the model file you chose, on this computer."
    if is_loopback_url(url):
        return "Harder questions go to a server on this computer; nothing leaves it."
    return (
        "Warning: harder questions, with the conversation so far, will be sent to "
        f"{url or 'the server'} and leave this computer. Only use a server you trust."
    )


class _LevelRelay(QObject):
    level = Signal(float)
    sound_done = Signal(str)


class ModelPicker(QWidget):
    """A catalog model or a file on disk, for one kind (stt, llm, tts)."""

    def __init__(self, kind: models.Kind, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(f"{KIND_WORDS[kind]} model")
        for entry in models.CATALOG:
            if entry.kind == kind:
                state = "installed" if models.is_installed(entry) else "not installed"
                self.combo.addItem(f"{entry.id}: {entry.purpose} ({state})", entry.id)
        self.set_value(current)
        self.browse = QPushButton("Choose a file…" if kind != "stt" else "Choose a folder…", self)
        self.browse.setAccessibleName(f"Choose a {KIND_WORDS[kind].lower()} model on disk")
        self.browse.clicked.connect(self._choose)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, spec: str) -> None:
        index = self.combo.findData(spec)
        if index < 0:
            self.combo.addItem(f"File: {spec}", spec)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def use_path(self, path: str) -> bool:
        """Check a model on disk and select it; say what is wrong if it is not one."""
        try:
            models.resolve_spec(self.kind, path, verify=False)
        except AssistantError as exc:
            self.problem.setText(f"{exc.message} {exc.fix}")
            self.problem.show()
            return False
        self.problem.hide()
        self.set_value(path)
        return True

    def _choose(self) -> None:
        if self.kind == "stt":
            path = QFileDialog.getExistingDirectory(self, "A faster-whisper model folder")
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, f"{KIND_WORDS[self.kind]} model file", "", FILE_FILTERS[self.kind]
            )
        if path:
            self.use_path(path)


class SettingsDialog(QDialog):
    def __init__(
        self,
        config: Config,
        delete_history: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        monitor_microphone: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hearth settings")
        self.setAccessibleName("Hearth settings")
        self.original = config
        self.new_config: Config | None = None
        self._delete_history = delete_history
        self._monitor: MicMonitor | None = None
        self._monitor_wanted = monitor_microphone
        self._relay = _LevelRelay(self)
        self._fields: dict[str, Callable[[], Any]] = {}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._audio_tab(config), "Audio")
        self.tabs.addTab(self._talking_tab(config), "Talking")
        self.tabs.addTab(self._models_tab(config), "Models")
        self.tabs.addTab(self._skills_tab(config), "Skills")
        self.tabs.addTab(self._privacy_tab(config), "Privacy")
        self.tabs.addTab(self._larger_tab(config), "Larger model")

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setAccessibleName("Problem with the settings")
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
        self.resize(620, 520)
        self._relay.level.connect(self.meter.set_dbfs)
        self._relay.sound_done.connect(self._sound_done)
        self._restart_monitor()

    # --- tabs -------------------------------------------------------------------------------

    def _audio_tab(self, config: Config) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.mic = QComboBox(tab)
        self.mic.setAccessibleName("Microphone")
        self.speaker = QComboBox(tab)
        self.speaker.setAccessibleName("Speaker")
        self.audio_problem = QLabel(tab)
        self.audio_problem.setWordWrap(True)
        self.audio_problem.hide()
        for combo in (self.mic, self.speaker):
            combo.addItem("System default", "")
        try:
            devices = list_devices()
        except AssistantError as exc:
            devices = []
            self._say_audio_problem(f"{exc.message} {exc.fix}")
        for device in devices:
            if device.inputs:
                self.mic.addItem(device.name, device.name)
            if device.outputs:
                self.speaker.addItem(device.name, device.name)
        _select(self.mic, config.audio.input_device)
        _select(self.speaker, config.audio.output_device)
        self.meter = LevelMeter(tab)
        self.meter.setMinimumHeight(14)
        self.meter_note = QLabel("Speak: the bar should move.", tab)
        self.test_sound = QPushButton("Play a test sound", tab)
        self.test_sound.setAccessibleName("Play a test sound on the speaker")
        self.test_sound.clicked.connect(self._play_test_sound)
        form.addRow("&Microphone:", self.mic)
        form.addRow("Level:", self.meter)
        form.addRow("", self.meter_note)
        form.addRow("&Speaker:", self.speaker)
        form.addRow("", self.test_sound)
        form.addRow(self.audio_problem)
        self.mic.currentIndexChanged.connect(self._restart_monitor)
        self._fields["audio.input_device"] = lambda: self.mic.currentData()
        self._fields["audio.output_device"] = lambda: self.speaker.currentData()
        return tab

    def _talking_tab(self, config: Config) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.activation = QComboBox(tab)
        self.activation.setAccessibleName("How to start talking")
        for value, words in ACTIVATIONS:
            self.activation.addItem(words, value)
        _select(self.activation, config.voice.activation)
        self.wake_phrase = QLineEdit(config.voice.wake_phrase, tab)
        self.wake_phrase.setAccessibleName("Wake phrase")
        self.follow_up = QDoubleSpinBox(tab)
        self.follow_up.setRange(0, 120)
        self.follow_up.setSuffix(" s")
        self.follow_up.setValue(config.voice.follow_up_s)
        self.follow_up.setAccessibleName("Seconds to answer back without the wake phrase")
        self.barge_in = QCheckBox("Speaking while Hearth talks stops it", tab)
        self.barge_in.setChecked(config.voice.barge_in)
        self.echo_cancel = QCheckBox("Remove Hearth's own voice from the microphone", tab)
        self.echo_cancel.setChecked(config.voice.echo_cancel)
        form.addRow("&Start talking by:", self.activation)
        form.addRow("&Wake phrase:", self.wake_phrase)
        form.addRow("&Follow-up window:", self.follow_up)
        form.addRow("", self.barge_in)
        form.addRow("", self.echo_cancel)
        note = QLabel(
            "Holding Space (or the Talk button) works in every mode while the Hearth "
            "window has the focus.",
            tab,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.activation.currentIndexChanged.connect(self._activation_changed)
        self._activation_changed()
        self._fields["voice.activation"] = lambda: self.activation.currentData()
        self._fields["voice.wake_phrase"] = lambda: self.wake_phrase.text().strip()
        self._fields["voice.follow_up_s"] = lambda: self.follow_up.value()
        self._fields["voice.barge_in"] = lambda: self.barge_in.isChecked()
        self._fields["voice.echo_cancel"] = lambda: self.echo_cancel.isChecked()
        return tab

    def _models_tab(self, config: Config) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.pickers = {
            "stt": ModelPicker("stt", config.stt.model, tab),
            "llm": ModelPicker("llm", config.llm.model, tab),
            "tts": ModelPicker("tts", config.tts.voice, tab),
        }
        self.rate = QSlider(Qt.Orientation.Horizontal, tab)
        self.rate.setRange(50, 200)
        self.rate.setSingleStep(5)
        self.rate.setValue(round(config.tts.speaking_rate * 100))
        self.rate.setAccessibleName("Speaking rate")
        self.rate_label = QLabel(tab)
        self.rate.valueChanged.connect(self._rate_changed)
        self._rate_changed()
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_label)
        form.addRow("Speech &recognition:", self.pickers["stt"])
        form.addRow("&Language model:", self.pickers["llm"])
        form.addRow("&Voice:", self.pickers["tts"])
        form.addRow("Speaking &rate:", rate_row)
        note = QLabel(
            "Models are installed with 'assistant models install ID'. Your own files work "
            "too: a faster-whisper folder, a Piper .onnx voice, or any .gguf chat model.",
            tab,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self._fields["stt.model"] = self.pickers["stt"].value
        self._fields["llm.model"] = self.pickers["llm"].value
        self._fields["tts.voice"] = self.pickers["tts"].value
        self._fields["tts.speaking_rate"] = lambda: self.rate.value() / 100
        return tab

    def _skills_tab(self, config: Config) -> QWidget:
        """Every scalar key of the ``[skills]`` section, once the skills update has one."""
        tab = QWidget(self)
        form = QFormLayout(tab)
        section = getattr(config, "skills", None)
        if section is None or not dataclasses.is_dataclass(section):
            note = QLabel(
                "The built-in skills (clock, calculator) are always on. Switching skills on "
                "and off, and their permissions, arrive with the skills update.",
                tab,
            )
            note.setWordWrap(True)
            form.addRow(note)
            return tab
        for f in dataclasses.fields(section):
            value = getattr(section, f.name)
            key = f"skills.{f.name}"
            words = f.name.replace("_", " ").capitalize()
            if isinstance(value, bool):
                box = QCheckBox(words, tab)
                box.setChecked(value)
                form.addRow("", box)
                self._fields[key] = box.isChecked
            elif isinstance(value, str | int | float):
                edit = QLineEdit(str(value), tab)
                edit.setAccessibleName(words)
                form.addRow(f"{words}:", edit)
                self._fields[key] = edit.text
            else:
                form.addRow(f"{words}:", QLabel(f"{value!r} (change it in the config file)", tab))
        return tab

    def _privacy_tab(self, config: Config) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.history_on = QCheckBox("Keep a history of conversations on this computer", tab)
        self.history_on.setChecked(config.app.history)
        self.delete_history = QPushButton("Delete all history…", tab)
        self.delete_history.setEnabled(self._delete_history is not None)
        if self._delete_history is not None:
            self.delete_history.clicked.connect(self._delete_history)
        self.speak_typed = QCheckBox("Speak replies to typed messages", tab)
        self.speak_typed.setChecked(config.app.speak_typed_replies)
        self.theme = QComboBox(tab)
        self.theme.setAccessibleName("Theme")
        for value, words in THEMES:
            self.theme.addItem(words, value)
        _select(self.theme, config.app.theme)
        form.addRow("", self.history_on)
        form.addRow("", self.delete_history)
        form.addRow("", self.speak_typed)
        form.addRow("&Theme:", self.theme)
        offline = QLabel(
            "Everything you say is recognised, answered and spoken on this computer. "
            "Nothing is sent anywhere unless you turn on a larger model on another computer.",
            tab,
        )
        offline.setWordWrap(True)
        form.addRow(offline)
        self._fields["app.history"] = self.history_on.isChecked
        self._fields["app.speak_typed_replies"] = self.speak_typed.isChecked
        self._fields["app.theme"] = lambda: self.theme.currentData()
        return tab

    def _larger_tab(self, config: Config) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        large = config.llm.large
        self.large_on = QCheckBox("Send harder questions to a larger model", tab)
        self.large_on.setChecked(large.enabled)
        self.large_kind = QComboBox(tab)
        self.large_kind.setAccessibleName("Where the larger model runs")
        self.large_kind.addItem("A server I run (OpenAI-compatible: llama.cpp, Ollama)", "server")
        self.large_kind.addItem("A GGUF file on this computer", "gguf")
        _select(self.large_kind, large.kind)
        self.large_url = QLineEdit(large.url, tab)
        self.large_url.setAccessibleName("Server address")
        self.large_model = QLineEdit(large.model, tab)
        self.large_model.setAccessibleName("Model name or GGUF file")
        self.large_key = QLineEdit(large.api_key, tab)
        self.large_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.large_key.setAccessibleName("API key (if the server needs one)")
        self.large_warning = QLabel(tab)
        self.large_warning.setWordWrap(True)
        self.large_warning.setAccessibleName("Where requests go")
        form.addRow("", self.large_on)
        form.addRow("&Runs on:", self.large_kind)
        form.addRow("Server &address:", self.large_url)
        form.addRow("&Model:", self.large_model)
        form.addRow("API &key:", self.large_key)
        form.addRow(self.large_warning)
        for signal in (
            self.large_on.toggled,
            self.large_kind.currentIndexChanged,
            self.large_url.textChanged,
        ):
            signal.connect(self._update_large_warning)
        self._update_large_warning()
        self._fields["llm.large.enabled"] = self.large_on.isChecked
        self._fields["llm.large.kind"] = lambda: self.large_kind.currentData()
        self._fields["llm.large.url"] = lambda: self.large_url.text().strip()
        self._fields["llm.large.model"] = lambda: self.large_model.text().strip()
        self._fields["llm.large.api_key"] = lambda: self.large_key.text().strip()
        return tab

    # --- behaviour --------------------------------------------------------------------------

    def _activation_changed(self) -> None:
        self.wake_phrase.setEnabled(self.activation.currentData() == "wake_word")

    def _rate_changed(self) -> None:
        self.rate_label.setText(f"{self.rate.value() / 100:.2f}×")

    def _update_large_warning(self) -> None:
        enabled = self.large_on.isChecked()
        kind = str(self.large_kind.currentData())
        text = large_model_warning(enabled, kind, self.large_url.text().strip())
        leaves = enabled and kind == "server" and not is_loopback_url(self.large_url.text())
        self.large_warning.setText(text)
        self.large_warning.setStyleSheet("color: #c0392b; font-weight: bold;" if leaves else "")
        self.large_url.setEnabled(enabled and kind == "server")
        self.large_key.setEnabled(enabled and kind == "server")
        self.large_model.setEnabled(enabled)
        self.large_kind.setEnabled(enabled)

    def _say_audio_problem(self, text: str) -> None:
        self.audio_problem.setText(text)
        self.audio_problem.setVisible(bool(text))

    def _restart_monitor(self) -> None:
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None
        self.meter.reset()
        if not self._monitor_wanted:
            return
        try:
            self._monitor = MicMonitor(str(self.mic.currentData()), self._relay.level.emit)
            self._say_audio_problem("")
        except AssistantError as exc:
            self._say_audio_problem(f"{exc.message} {exc.fix}")

    def _play_test_sound(self) -> None:
        self.test_sound.setEnabled(False)
        play_test_sound(str(self.speaker.currentData()), self._relay.sound_done.emit)

    def _sound_done(self, problem: str) -> None:
        self.test_sound.setEnabled(True)
        self._say_audio_problem(problem)

    def values(self) -> dict[str, Any]:
        return {key: read() for key, read in self._fields.items()}

    def accept(self) -> None:
        config = copy.deepcopy(self.original)
        try:
            config.set_many(self.values())
        except ConfigError as exc:
            self.error.setText(f"{exc.message}\n{exc.fix}")
            self.error.show()
            return
        self.new_config = config
        self._stop_monitor()
        super().accept()

    def reject(self) -> None:
        self._stop_monitor()
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_monitor()
        super().hideEvent(event)

    def _stop_monitor(self) -> None:
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
