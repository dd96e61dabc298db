"""What you asked Hearth to remember: listed, deleted one by one or all at once.

Opened from Settings › Privacy. The list is the memory skill's file, read afresh each
time; a damaged file is kept aside (the window's banner says where) and the list starts
empty.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from hearth.assistant.errors import AssistantError
from hearth.skills.memory_store import Fact, Memories
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .core_texts import error_text
from .i18n import translate


def format_fact(number: int, fact: Fact) -> str:
    when = time.strftime("%Y-%m-%d", time.localtime(fact.created)) if fact.created else ""
    return f"{number}. {fact.text}" + (f"   ({when})" if when else "")


def user_confirms_forget_all(parent: QWidget, count: int) -> bool:
    question = (
        translate(
            "memory_dialog",
            "Forget the one thing you asked Hearth to remember? This cannot be undone.",
        )
        if count == 1
        else translate(
            "memory_dialog",
            "Forget all {count} things you asked Hearth to remember? This cannot be undone.",
        ).format(count=count)
    )
    answer = QMessageBox.question(
        parent,
        translate("memory_dialog", "Forget everything?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MemoryDialog(QDialog):
    def __init__(
        self,
        memories: Memories,
        in_use: bool = True,
        parent: QWidget | None = None,
        confirm_all: Callable[[QWidget, int], bool] = user_confirms_forget_all,
    ) -> None:
        super().__init__(parent)
        self.memories = memories
        self.confirm_all = confirm_all
        self.setWindowTitle(translate("memory_dialog", "What Hearth remembers"))
        self.setAccessibleName(translate("memory_dialog", "What Hearth remembers"))
        self.resize(520, 420)
        self.facts = QListWidget(self)
        self.facts.setAccessibleName(translate("memory_dialog", "Remembered facts"))
        self.facts.setWordWrap(True)
        self.facts.setAlternatingRowColors(True)
        self.facts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        off = translate("memory_dialog", "The memory skill is off: these are not used.")
        self.where = QLabel(
            translate(
                "memory_dialog",
                "Kept only on this computer, in {path}. Hearth gives the language model "
                "only the ones a question is about, and never to a model on another computer. "
                "Your conversation history may still hold what you said.",
            ).format(path=memories.path)
            + ("" if in_use else f" {off}"),
            self,
        )
        self.where.setWordWrap(True)
        self.where.setEnabled(False)
        self.delete_button = QPushButton(translate("memory_dialog", "Forget selected"), self)
        self.delete_button.setAccessibleName(
            translate("memory_dialog", "Forget the selected facts")
        )
        self.delete_all_button = QPushButton(translate("memory_dialog", "Forget everything…"), self)
        self.delete_all_button.setAccessibleName(
            translate("memory_dialog", "Forget everything Hearth remembers")
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.delete_all_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("memory_dialog", "Say \u201cremember that …\u201d to add to this list."),
                self,
            )
        )
        layout.addWidget(self.facts, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.where)
        layout.addLayout(buttons)

        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button.clicked.connect(self.confirm_delete_all)
        self.facts.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self.facts.clear()
        try:
            facts = self.memories.all()
        except AssistantError as exc:
            self.status.setText(error_text(exc))
            self.delete_all_button.setEnabled(False)
            self._selection_changed()
            return
        for number, fact in enumerate(facts, 1):
            item = QListWidgetItem(format_fact(number, fact))
            item.setData(Qt.ItemDataRole.UserRole, fact.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fact.text)
            self.facts.addItem(item)
        count = len(facts)
        if not count:
            status = translate("memory_dialog", "Hearth remembers nothing about you yet.")
        elif count == 1:
            status = translate("memory_dialog", "1 thing remembered.")
        else:
            status = translate("memory_dialog", "{count} things remembered.").format(count=count)
        self.status.setText(status)
        self.delete_all_button.setEnabled(count > 0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.facts.selectedItems()))

    def selected_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.facts.selectedItems()]

    def delete_selected(self) -> None:
        try:
            self.memories.delete(self.selected_ids())
        except AssistantError as exc:
            QMessageBox.warning(self, translate("memory_dialog", "Memory"), error_text(exc, "\n\n"))
        self.refresh()

    def confirm_delete_all(self) -> None:
        if self.confirm_all(self, self.facts.count()):
            self.delete_all()

    def delete_all(self) -> None:
        try:
            self.memories.clear()
        except AssistantError as exc:
            QMessageBox.warning(self, translate("memory_dialog", "Memory"), error_text(exc, "\n\n"))
        self.refresh()
        kept = self.memories.kept_copies()
        if kept:
            older = translate(
                "memory_dialog",
                "Damaged copies kept aside still hold older ones: {files} in {folder}.",
            ).format(files=", ".join(p.name for p in kept), folder=kept[0].parent)
            self.status.setText(f"{self.status.text()} {older}")
