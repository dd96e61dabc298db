"""Search and delete the conversation history kept on this computer."""

from __future__ import annotations

import time

from hearth.assistant.errors import AssistantError
from hearth.assistant.history import Exchange, History
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .conversation import describe_source
from .core_texts import error_text
from .i18n import translate


def format_exchange(exchange: Exchange) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(exchange.at))
    source = describe_source(exchange.handled_by, exchange.tier)
    by = f" ({source})" if source else ""
    you = translate("history_dialog", "You: {text}").format(text=exchange.said)
    return f"{when}\n{you}\nHearth{by}: {exchange.reply}"


def user_confirms_delete_all(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("history_dialog", "Delete all history?"),
        translate(
            "history_dialog",
            "Delete every kept conversation from this computer? This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class HistoryDialog(QDialog):
    def __init__(self, history: History | None, enabled: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(translate("history_dialog", "Conversation history"))
        self.setAccessibleName(translate("history_dialog", "Conversation history"))
        self.resize(560, 520)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            translate("history_dialog", "Search what you said or what Hearth answered")
        )
        self.search.setAccessibleName(translate("history_dialog", "Search the history"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(translate("history_dialog", "Past exchanges"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        where = history.path if history is not None else translate("history_dialog", "nowhere")
        self.where = QLabel(
            translate("history_dialog", "Kept only on this computer, in {path}.").format(path=where)
            + (
                ""
                if enabled
                else " "
                + translate("history_dialog", "History is off: new conversations are not kept.")
            ),
            self,
        )
        self.where.setWordWrap(True)
        self.where.setEnabled(False)
        self.delete_button = QPushButton(translate("history_dialog", "Delete selected"), self)
        self.delete_button.setAccessibleName(
            translate("history_dialog", "Delete the selected exchanges")
        )
        self.delete_all_button = QPushButton(
            translate("history_dialog", "Delete all history…"), self
        )
        self.delete_all_button.setAccessibleName(translate("history_dialog", "Delete all history"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.delete_all_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.where)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button.clicked.connect(self.confirm_delete_all)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        if self.history is None:
            self.status.setText(
                translate(
                    "history_dialog",
                    "The history could not be opened (see the message in the window).",
                )
            )
            self._selection_changed()
            self.delete_all_button.setEnabled(False)
            return
        query = self.search.text().strip()
        try:
            found = self.history.search(query)
            total = self.history.count()
        except AssistantError as exc:
            self.status.setText(error_text(exc))
            return
        for exchange in found:
            item = QListWidgetItem(format_exchange(exchange))
            item.setData(Qt.ItemDataRole.UserRole, exchange.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, format_exchange(exchange))
            self.results.addItem(item)
        if query:
            self.status.setText(
                translate("history_dialog", "{found} of {total} exchanges match '{query}'.").format(
                    found=len(found), total=total, query=query
                )
            )
        elif total:
            self.status.setText(
                translate("history_dialog", "{total} exchanges kept.").format(total=total)
            )
        else:
            self.status.setText(translate("history_dialog", "No history kept yet."))
        self.delete_all_button.setEnabled(total > 0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.results.selectedItems()))

    def selected_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.results.selectedItems()]

    def delete_selected(self) -> None:
        if self.history is None:
            return
        try:
            self.history.delete(self.selected_ids())
        except AssistantError as exc:
            QMessageBox.warning(
                self, translate("history_dialog", "History"), error_text(exc, "\n\n")
            )
        self.refresh()

    def confirm_delete_all(self) -> None:
        if user_confirms_delete_all(self):
            self.delete_all()

    def delete_all(self) -> None:
        if self.history is None:
            return
        try:
            self.history.delete_all()
        except AssistantError as exc:
            QMessageBox.warning(
                self, translate("history_dialog", "History"), error_text(exc, "\n\n")
            )
        self.refresh()
        left = self.history.kept_copies_note()
        if left:
            self.status.setText(f"{self.status.text()} {left}")
