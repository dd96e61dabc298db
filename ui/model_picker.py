"""A picker for one kind of model (speech recognition, language model, voice): a catalog
model, with whether it is installed, or a file or folder on disk, checked before use."""

from __future__ import annotations

from hearth.assistant import models
from hearth.assistant.errors import AssistantError
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .core_texts import error_text
from .i18n import QT_TRANSLATE_NOOP, translate

FILE_FILTERS = {
    "llm": QT_TRANSLATE_NOOP("model_picker", "GGUF models (*.gguf)"),
    "tts": QT_TRANSLATE_NOOP("model_picker", "Piper voices (*.onnx)"),
}
MODEL_WORDS = {
    "stt": QT_TRANSLATE_NOOP("model_picker", "Speech recognition model"),
    "llm": QT_TRANSLATE_NOOP("model_picker", "Language model"),
    "tts": QT_TRANSLATE_NOOP("model_picker", "Voice model"),
}
CHOOSE_WORDS = {
    "stt": QT_TRANSLATE_NOOP("model_picker", "Choose a speech recognition model on disk"),
    "llm": QT_TRANSLATE_NOOP("model_picker", "Choose a language model on disk"),
    "tts": QT_TRANSLATE_NOOP("model_picker", "Choose a voice model on disk"),
}
FILE_TITLES = {
    "stt": QT_TRANSLATE_NOOP("model_picker", "A faster-whisper model folder"),
    "llm": QT_TRANSLATE_NOOP("model_picker", "Language model file"),
    "tts": QT_TRANSLATE_NOOP("model_picker", "Voice model file"),
}


class ModelPicker(QWidget):
    """A catalog model or a file on disk, for one kind (stt, llm, tts)."""

    def __init__(self, kind: models.Kind, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(translate("model_picker", MODEL_WORDS[kind]))
        for entry in models.CATALOG:
            if entry.kind == kind:
                state = (
                    translate("model_picker", "installed")
                    if models.is_installed(entry)
                    else translate("model_picker", "not installed")
                )
                self.combo.addItem(f"{entry.id}: {entry.purpose} ({state})", entry.id)
        self.set_value(current)
        self.browse = QPushButton(
            translate("model_picker", "Choose a file…")
            if kind != "stt"
            else translate("model_picker", "Choose a folder…"),
            self,
        )
        self.browse.setAccessibleName(translate("model_picker", CHOOSE_WORDS[kind]))
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
            self.combo.addItem(translate("model_picker", "File: {path}").format(path=spec), spec)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def use_path(self, path: str) -> bool:
        """Check a model on disk and select it; say what is wrong if it is not one."""
        try:
            models.resolve_spec(self.kind, path, verify=False)
        except AssistantError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return False
        self.problem.hide()
        self.set_value(path)
        return True

    def _choose(self) -> None:
        if self.kind == "stt":
            path = QFileDialog.getExistingDirectory(
                self, translate("model_picker", FILE_TITLES["stt"])
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("model_picker", FILE_TITLES[self.kind]),
                "",
                translate("model_picker", FILE_FILTERS[self.kind]),
            )
        if path:
            self.use_path(path)
