"""The conversation: the user's words on the right, Hearth's on the left, each with its
time and (for Hearth) which skill or model answered; and the live partial transcript
while the user is still speaking. Every bubble is a focusable label, so keyboard and
screen-reader users can walk through the conversation with Tab."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .theme import bubble_colours


def describe_source(handled_by: str, tier: str | None) -> str:
    """Who answered, in words: 'calculator', 'small model', 'larger model'."""
    if handled_by == "llm":
        return "larger model" if tier == "large" else "language model"
    if handled_by == "control":
        return ""
    return handled_by


_PADDING = 12


def source_text(source: dict[str, str]) -> str:
    """The attribution under a reply whose facts came from the encyclopedia."""
    return f'Source: Wikipedia, "{source.get("title", "")}" ({source.get("license", "")})'


class Bubble(QFrame):
    def __init__(
        self,
        text: str,
        mine: bool,
        meta: str,
        parent: QWidget | None = None,
        partial: bool = False,
        source: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mine = mine
        self.partial = partial
        self.row: QWidget | None = None
        self.setObjectName("bubbleMine" if mine else "bubbleHearth")
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.meta_label = QLabel(meta, self)
        self.meta_label.setObjectName("meta")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_PADDING, 8, _PADDING, 8)
        layout.setSpacing(2)
        layout.addWidget(self.text_label)
        self.source_label: QLabel | None = None
        if source:  # where the facts came from, with the licence's attribution
            self.source_label = QLabel(source_text(source), self)
            self.source_label.setObjectName("meta")
            self.source_label.setWordWrap(True)
            self.source_label.setToolTip(source.get("url", ""))
            self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.source_label)
        layout.addWidget(self.meta_label)
        self.restyle()
        self._update_accessible()

    @property
    def text(self) -> str:
        return self.text_label.text()

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self._update_accessible()
        self.fit(self.maximumWidth())

    def fit(self, max_width: int) -> None:
        """As wide as the text needs, up to ``max_width`` (a wrapping label alone would
        squeeze short messages into a narrow column)."""
        self.setMaximumWidth(max_width)
        metrics = self.text_label.fontMetrics()
        natural = max(
            (metrics.horizontalAdvance(line) for line in self.text.splitlines() or [""]),
            default=0,
        )
        meta = self.meta_label.fontMetrics().horizontalAdvance(self.meta_label.text())
        room = max_width - 2 * _PADDING
        self.text_label.setMinimumWidth(max(0, min(max(natural, meta) + 4, room)))

    def set_meta(self, meta: str) -> None:
        self.meta_label.setText(meta)
        self._update_accessible()
        self.fit(self.maximumWidth())

    def _update_accessible(self) -> None:
        who = "You" if self.mine else "Hearth"
        still = " (still listening)" if self.partial else ""
        self.text_label.setAccessibleName(f"{who}{still}: {self.text}")
        source = f" {self.source_label.text()}" if self.source_label else ""
        self.text_label.setAccessibleDescription(self.meta_label.text() + source)

    def restyle(self) -> None:
        background, foreground = bubble_colours(self.mine)
        italic = "font-style: italic;" if self.partial else ""
        alpha = 0.6 if self.partial else 1.0
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: rgba({background.red()},"
            f"{background.green()},{background.blue()},{alpha}); border-radius: 12px; }}"
            f"QLabel {{ color: {foreground.name()}; background: transparent; {italic} }}"
            f"QLabel#meta {{ font-size: 8.5pt; color: {foreground.name()}; }}"
        )
        meta_palette = self.meta_label.palette()
        meta_palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.meta_label.setPalette(meta_palette)


def clock(at: float | None = None) -> str:
    return time.strftime("%H:%M", time.localtime(at if at is not None else time.time()))


class ConversationView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAccessibleName("Conversation")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        inner.setObjectName("conversationInner")
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(12, 12, 12, 12)
        self._column.setSpacing(10)
        self._column.addStretch(1)
        self.setWidget(inner)
        self.note_for_reply = ""
        """A note for the reply still to come (see ``mark_last_reply``)."""
        self.bubbles: list[Bubble] = []
        self.partial: Bubble | None = None
        self.empty_note = QLabel(
            "Nothing said yet. Talk to Hearth, or type a message below.\n"
            "Everything stays on this computer.",
            inner,
        )
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setEnabled(False)
        self._column.insertWidget(0, self.empty_note)

    def _add(self, bubble: Bubble) -> Bubble:
        self.empty_note.hide()
        row = QWidget(self.widget())
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if bubble.mine:
            line.addStretch(1)
        line.addWidget(bubble)
        if not bubble.mine:
            line.addStretch(1)
        bubble.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        bubble.fit(self._bubble_width())
        bubble.row = row
        self._column.addWidget(row)
        self.bubbles.append(bubble)
        QTimer.singleShot(0, self.scroll_to_end)
        return bubble

    def add_user(self, text: str, source: str = "typed", at: float | None = None) -> Bubble:
        meta = f"You · {clock(at)}" + (" · spoken" if source == "voice" else "")
        self.note_for_reply = ""  # a new turn: an old turn's note is for no reply of this one
        if self.partial is not None:  # the live transcript becomes the final one
            bubble, self.partial = self.partial, None
            bubble.partial = False
            bubble.set_text(text)
            bubble.set_meta(meta)
            bubble.restyle()
            return bubble
        return self._add(Bubble(text, True, meta, self.widget()))

    def add_reply(
        self,
        text: str,
        handled_by: str = "",
        tier: str | None = None,
        at: float | None = None,
        source: dict[str, str] | None = None,
    ) -> Bubble:
        who = describe_source(handled_by, tier)
        meta = f"Hearth · {clock(at)}" + (f" · {who}" if who else "")
        if self.note_for_reply:  # the turn was stopped before its text arrived
            meta, self.note_for_reply = f"{meta} · {self.note_for_reply}", ""
        return self._add(Bubble(text, False, meta, self.widget(), source=source))

    def show_partial(self, text: str) -> None:
        if self.partial is None:
            self.partial = self._add(Bubble(text, True, "You · speaking…", self.widget(), True))
        else:
            self.partial.set_text(text)
        QTimer.singleShot(0, self.scroll_to_end)

    def drop_partial(self) -> None:
        if self.partial is not None:
            self.bubbles.remove(self.partial)
            self._remove(self.partial)
            self.partial = None

    def mark_last_reply(self, note: str) -> None:
        """Note on the current turn's reply; if its text has not arrived yet (a reply
        stopped while its first words were being spoken), on the reply when it does,
        never on an earlier turn's."""
        last = self.bubbles[-1] if self.bubbles else None
        if last is not None and not last.mine:
            last.set_meta(f"{last.meta_label.text()} · {note}")
        else:
            self.note_for_reply = note

    def restyle(self) -> None:
        for bubble in self.bubbles:
            bubble.restyle()

    def clear(self) -> None:
        self.partial = None
        for bubble in self.bubbles:
            self._remove(bubble)
        self.bubbles.clear()
        self.empty_note.show()

    def _bubble_width(self) -> int:
        return max(200, int(self.viewport().width() * 0.8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self.bubbles:
            bubble.fit(width)

    def _remove(self, bubble: Bubble) -> None:
        holder = bubble.row or bubble
        self._column.removeWidget(holder)
        holder.deleteLater()

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
