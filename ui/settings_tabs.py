"""The pages of the settings window: audio, talking, models, skills, privacy and the
larger model. Each holds its widgets and, in ``fields``, how to read the config key it
edits from them; the dialog gathers and checks those values together."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hearth.assistant.audio.devices import list_devices
from hearth.assistant.config import Config
from hearth.assistant.errors import AssistantError
from hearth.assistant.network import is_loopback_url
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from .audio_check import MicMonitor, play_test_sound
from .core_texts import core_error, error_text
from .i18n import QT_TRANSLATE_NOOP, translate
from .model_picker import ModelPicker
from .state_indicator import LevelMeter

ACTIVATIONS = (
    ("wake_word", QT_TRANSLATE_NOOP("settings_tabs", "Say the wake phrase first")),
    ("push_to_talk", QT_TRANSLATE_NOOP("settings_tabs", "Hold a key or button (push to talk)")),
    (
        "always",
        QT_TRANSLATE_NOOP("settings_tabs", "Always listening (every sentence is a request)"),
    ),
)
THEMES = (
    ("system", QT_TRANSLATE_NOOP("settings_tabs", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("settings_tabs", "Light")),
    ("dark", QT_TRANSLATE_NOOP("settings_tabs", "Dark")),
)


def large_model_warning(enabled: bool, kind: str, url: str) -> str:
    """What the user must read before turning the larger model on."""
    if not enabled:
        return translate("settings_tabs", "Off: everything is answered on this computer.")
    if kind == "gguf":
        return translate(
            "settings_tabs", "Harder questions go to the model file you chose, on this computer."
        )
    if is_loopback_url(url):
        return translate(
            "settings_tabs", "Harder questions go to a server on this computer; nothing leaves it."
        )
    return translate(
        "settings_tabs",
        "Warning: harder questions, with the conversation so far, will be sent to "
        "{server} and leave this computer. Only use a server you trust.",
    ).format(server=url or translate("settings_tabs", "the server"))


class SettingsTab(QWidget):
    """One page: a form, and ``fields``, each config key it edits with how to read it."""

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.fields: dict[str, Callable[[], Any]] = {}


class _LevelRelay(QObject):
    level = Signal(float)
    sound_done = Signal(str, str)


class AudioTab(SettingsTab):
    """Microphone and speaker, with a live level meter and a test sound to check them."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Audio")

    def __init__(
        self, config: Config, monitor_microphone: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._monitor: MicMonitor | None = None
        self._monitor_wanted = monitor_microphone
        self._relay = _LevelRelay(self)
        self.mic = QComboBox(self)
        self.mic.setAccessibleName(translate("settings_tabs", "Microphone"))
        self.speaker = QComboBox(self)
        self.speaker.setAccessibleName(translate("settings_tabs", "Speaker"))
        self.audio_problem = QLabel(self)
        self.audio_problem.setWordWrap(True)
        self.audio_problem.hide()
        for combo in (self.mic, self.speaker):
            combo.addItem(translate("settings_tabs", "System default"), "")
        try:
            devices = list_devices()
        except AssistantError as exc:
            devices = []
            self._say_audio_problem(error_text(exc))
        for device in devices:
            if device.inputs:
                self.mic.addItem(device.name, device.name)
            if device.outputs:
                self.speaker.addItem(device.name, device.name)
        select(self.mic, config.audio.input_device)
        select(self.speaker, config.audio.output_device)
        self.meter = LevelMeter(self)
        self.meter.setMinimumHeight(14)
        self.meter_note = QLabel(translate("settings_tabs", "Speak: the bar should move."), self)
        self.test_sound = QPushButton(translate("settings_tabs", "Play a test sound"), self)
        self.test_sound.setAccessibleName(
            translate("settings_tabs", "Play a test sound on the speaker")
        )
        self.test_sound.clicked.connect(self._play_test_sound)
        form = self.form
        form.addRow(translate("settings_tabs", "&Microphone:"), self.mic)
        form.addRow(translate("settings_tabs", "Level:"), self.meter)
        form.addRow("", self.meter_note)
        form.addRow(translate("settings_tabs", "&Speaker:"), self.speaker)
        form.addRow("", self.test_sound)
        form.addRow(self.audio_problem)
        self.mic.currentIndexChanged.connect(self.restart_monitor)
        self._relay.level.connect(self.meter.set_dbfs)
        self._relay.sound_done.connect(self._sound_done)
        self.fields["audio.input_device"] = lambda: self.mic.currentData()
        self.fields["audio.output_device"] = lambda: self.speaker.currentData()

    def restart_monitor(self) -> None:
        """Listen to the chosen microphone for the level meter (if wanted)."""
        self.stop_monitor()
        self.meter.reset()
        if not self._monitor_wanted:
            return
        try:
            self._monitor = MicMonitor(str(self.mic.currentData()), self._relay.level.emit)
            self._say_audio_problem("")
        except AssistantError as exc:
            self._say_audio_problem(error_text(exc))

    def stop_monitor(self) -> None:
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None

    def _say_audio_problem(self, text: str) -> None:
        self.audio_problem.setText(text)
        self.audio_problem.setVisible(bool(text))

    def _play_test_sound(self) -> None:
        self.test_sound.setEnabled(False)
        play_test_sound(str(self.speaker.currentData()), self._relay.sound_done.emit)

    def _sound_done(self, message: str, fix: str) -> None:
        self.test_sound.setEnabled(True)
        self._say_audio_problem(" ".join(core_error(w) for w in (message, fix) if w))


class TalkingTab(SettingsTab):
    """How a request starts (wake phrase, push to talk, always), and talking over Hearth."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Talking")

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation = QComboBox(self)
        self.activation.setAccessibleName(translate("settings_tabs", "How to start talking"))
        for value, words in ACTIVATIONS:
            self.activation.addItem(translate("settings_tabs", words), value)
        select(self.activation, config.voice.activation)
        self.wake_phrase = QLineEdit(config.voice.wake_phrase, self)
        self.wake_phrase.setAccessibleName(translate("settings_tabs", "Wake phrase"))
        self.follow_up = QDoubleSpinBox(self)
        self.follow_up.setRange(0, 120)
        self.follow_up.setSuffix(" s")
        self.follow_up.setValue(config.voice.follow_up_s)
        self.follow_up.setAccessibleName(
            translate("settings_tabs", "Seconds to answer back without the wake phrase")
        )
        self.barge_in = QCheckBox(
            translate("settings_tabs", "Speaking while Hearth talks stops it"), self
        )
        self.barge_in.setChecked(config.voice.barge_in)
        self.echo_cancel = QCheckBox(
            translate("settings_tabs", "Remove Hearth's own voice from the microphone"), self
        )
        self.echo_cancel.setChecked(config.voice.echo_cancel)
        form = self.form
        form.addRow(translate("settings_tabs", "&Start talking by:"), self.activation)
        form.addRow(translate("settings_tabs", "&Wake phrase:"), self.wake_phrase)
        form.addRow(translate("settings_tabs", "&Follow-up window:"), self.follow_up)
        form.addRow("", self.barge_in)
        form.addRow("", self.echo_cancel)
        note = QLabel(
            translate(
                "settings_tabs",
                "Holding Space (or the Talk button) works in every mode while the Hearth "
                "window has the focus.",
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.activation.currentIndexChanged.connect(self._activation_changed)
        self._activation_changed()
        self.fields["voice.activation"] = lambda: self.activation.currentData()
        self.fields["voice.wake_phrase"] = lambda: self.wake_phrase.text().strip()
        self.fields["voice.follow_up_s"] = lambda: self.follow_up.value()
        self.fields["voice.barge_in"] = lambda: self.barge_in.isChecked()
        self.fields["voice.echo_cancel"] = lambda: self.echo_cancel.isChecked()

    def _activation_changed(self) -> None:
        self.wake_phrase.setEnabled(self.activation.currentData() == "wake_word")


class ModelsTab(SettingsTab):
    """The speech recognition model, the language model, the voice and how fast it talks."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Models")

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pickers = {
            "stt": ModelPicker("stt", config.stt.model, self),
            "llm": ModelPicker("llm", config.llm.model, self),
            "tts": ModelPicker("tts", config.tts.voice, self),
        }
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setRange(50, 200)
        self.rate.setSingleStep(5)
        self.rate.setValue(round(config.tts.speaking_rate * 100))
        self.rate.setAccessibleName(translate("settings_tabs", "Speaking rate"))
        self.rate_label = QLabel(self)
        self.rate.valueChanged.connect(self._rate_changed)
        self._rate_changed()
        rate_row = QWidget(self)  # a widget, not a layout: the label's Alt+R needs a buddy
        rate_line = QHBoxLayout(rate_row)
        rate_line.setContentsMargins(0, 0, 0, 0)
        rate_line.addWidget(self.rate, 1)
        rate_line.addWidget(self.rate_label)
        form = self.form
        form.addRow(translate("settings_tabs", "Speech &recognition:"), self.pickers["stt"])
        form.addRow(translate("settings_tabs", "&Language model:"), self.pickers["llm"])
        form.addRow(translate("settings_tabs", "&Voice:"), self.pickers["tts"])
        rate_words = QLabel(translate("settings_tabs", "Speaking &rate:"), self)
        rate_words.setBuddy(self.rate)
        form.addRow(rate_words, rate_row)
        note = QLabel(
            translate(
                "settings_tabs",
                "Models are installed with 'assistant models install ID'. Your own files work "
                "too: a faster-whisper folder, a Piper .onnx voice, or any .gguf chat model.",
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.fields["stt.model"] = self.pickers["stt"].value
        self.fields["llm.model"] = self.pickers["llm"].value
        self.fields["tts.voice"] = self.pickers["tts"].value
        self.fields["tts.speaking_rate"] = lambda: self.rate.value() / 100

    def _rate_changed(self) -> None:
        self.rate_label.setText(f"{self.rate.value() / 100:.2f}×")


class PrivacyTab(SettingsTab):
    """The conversation history (keep it, delete it), what Hearth remembers, spoken
    replies to typing."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Privacy")

    def __init__(
        self,
        config: Config,
        delete_history: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        show_memory: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.history_on = QCheckBox(
            translate("settings_tabs", "Keep a history of conversations on this computer"), self
        )
        self.history_on.setChecked(config.app.history)
        self.delete_history = QPushButton(translate("settings_tabs", "Delete all history…"), self)
        self.delete_history.setEnabled(delete_history is not None)
        if delete_history is not None:
            self.delete_history.clicked.connect(delete_history)
        self.memory = QPushButton(
            translate("settings_tabs", "What Hearth remembers about you…"), self
        )
        self.memory.setEnabled(show_memory is not None)
        if show_memory is not None:
            self.memory.clicked.connect(show_memory)
        self.speak_typed = QCheckBox(
            translate("settings_tabs", "Speak replies to typed messages"), self
        )
        self.speak_typed.setChecked(config.app.speak_typed_replies)
        form = self.form
        form.addRow("", self.history_on)
        form.addRow("", self.delete_history)
        form.addRow("", self.memory)
        form.addRow("", self.speak_typed)
        offline = QLabel(
            translate(
                "settings_tabs",
                "Everything you say is recognised, answered and spoken on this computer. "
                "Nothing is sent anywhere unless you turn on a larger model on another computer.",
            ),
            self,
        )
        offline.setWordWrap(True)
        form.addRow(offline)
        self.fields["app.history"] = self.history_on.isChecked
        self.fields["app.speak_typed_replies"] = self.speak_typed.isChecked


class LargerModelTab(SettingsTab):
    """The optional larger model for harder questions, and where its requests go."""

    title = QT_TRANSLATE_NOOP("settings_dialog", "Larger model")

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        large = config.llm.large
        self.large_on = QCheckBox(
            translate("settings_tabs", "Send harder questions to a larger model"), self
        )
        self.large_on.setChecked(large.enabled)
        self.large_kind = QComboBox(self)
        self.large_kind.setAccessibleName(translate("settings_tabs", "Where the larger model runs"))
        self.large_kind.addItem(
            translate("settings_tabs", "A server I run (OpenAI-compatible: llama.cpp, Ollama)"),
            "server",
        )
        self.large_kind.addItem(translate("settings_tabs", "A GGUF file on this computer"), "gguf")
        select(self.large_kind, large.kind)
        self.large_url = QLineEdit(large.url, self)
        self.large_url.setAccessibleName(translate("settings_tabs", "Server address"))
        self.large_model = QLineEdit(large.model, self)
        self.large_model.setAccessibleName(translate("settings_tabs", "Model name or GGUF file"))
        self.large_key = QLineEdit(large.api_key, self)
        self.large_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.large_key.setAccessibleName(
            translate("settings_tabs", "API key (if the server needs one)")
        )
        self.large_warning = QLabel(self)
        self.large_warning.setWordWrap(True)
        self.large_warning.setAccessibleName(translate("settings_tabs", "Where requests go"))
        form = self.form
        form.addRow("", self.large_on)
        form.addRow(translate("settings_tabs", "&Runs on:"), self.large_kind)
        form.addRow(translate("settings_tabs", "Server &address:"), self.large_url)
        form.addRow(translate("settings_tabs", "&Model:"), self.large_model)
        form.addRow(translate("settings_tabs", "API &key:"), self.large_key)
        form.addRow(self.large_warning)
        for signal in (
            self.large_on.toggled,
            self.large_kind.currentIndexChanged,
            self.large_url.textChanged,
        ):
            signal.connect(self._update_warning)
        self._update_warning()
        self.fields["llm.large.enabled"] = self.large_on.isChecked
        self.fields["llm.large.kind"] = lambda: self.large_kind.currentData()
        self.fields["llm.large.url"] = lambda: self.large_url.text().strip()
        self.fields["llm.large.model"] = lambda: self.large_model.text().strip()
        self.fields["llm.large.api_key"] = lambda: self.large_key.text().strip()

    def _update_warning(self) -> None:
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


def select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
