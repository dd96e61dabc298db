"""One message in the conversation: its text (light markdown for Hearth's replies),
when it was said, where a reply came from, and a Copy button for replies.

Every bubble's text is a focusable label, so keyboard and screen-reader users can walk
through the conversation with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .markdown import needs_markup, to_html
from .theme import bubble_colours

_PADDING = 12


def describe_source(handled_by: str, tier: str | None) -> str:
    """Where an answer came from, in words: 'calculator skill', 'encyclopedia', 'small
    model', 'larger model' ('' for Hearth's own words: stop, repeat, honest replies)."""
    if handled_by == "llm":
        if tier == "large":
            return translate("bubbles", "larger model")
        return translate("bubbles", "small model")
    if handled_by in ("control", "assistant", "language", ""):
        return ""
    if handled_by == "knowledge":
        return translate("bubbles", "encyclopedia")
    if handled_by == "alert":
        return translate("bubbles", "timer or reminder")
    if tier == "small":
        return translate("bubbles", "{skill} skill, chosen by the small model").format(
            skill=handled_by
        )
    return translate("bubbles", "{skill} skill").format(skill=handled_by)


def source_text(source: dict[str, str]) -> str:
    """The attribution under a reply whose facts came from the encyclopedia."""
    return translate("bubbles", 'Source: Wikipedia, "{title}" ({license})').format(
        title=source.get("title", ""), license=source.get("license", "")
    )


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
        self._text = ""
        self.setObjectName("bubbleMine" if mine else "bubbleHearth")
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.meta_label = QLabel(meta, self)
        self.meta_label.setObjectName("meta")
        self.meta_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_PADDING, 8, _PADDING, 8)
        layout.setSpacing(2)
        layout.addWidget(self.text_label)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("meta")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.hide()
        layout.addWidget(self.source_label)
        footer = QHBoxLayout()
        footer.setSpacing(6)
        footer.addWidget(self.meta_label, 1)
        self.copy_button: QToolButton | None = None
        if not mine:
            self.copy_button = QToolButton(self)
            self.copy_button.setText(translate("bubbles", "Copy"))
            self.copy_button.setAutoRaise(True)
            self.copy_button.setToolTip(translate("bubbles", "Copy this reply"))
            self.copy_button.setAccessibleName(translate("bubbles", "Copy this reply"))
            self.copy_button.clicked.connect(self.copy)
            footer.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(footer)
        self.set_source(source)
        self._show(text)
        self.restyle()

    @property
    def text(self) -> str:
        """The message as plain text (markdown as written)."""
        return self._text

    def set_text(self, text: str) -> None:
        self._show(text)
        self.fit(self.maximumWidth())

    def _show(self, text: str) -> None:
        self._text = text
        if not self.mine and needs_markup(text):
            self.text_label.setTextFormat(Qt.TextFormat.RichText)
            self.text_label.setText(to_html(text))
        else:
            self.text_label.setTextFormat(Qt.TextFormat.PlainText)
            self.text_label.setText(text)
        self._update_accessible()

    def set_source(self, source: dict[str, str] | None) -> None:
        if source:  # where the facts came from, with the licence's attribution
            self.source_label.setText(source_text(source))
            self.source_label.setToolTip(source.get("url", ""))
            self.source_label.show()
        self._update_accessible()

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._text)
        if self.copy_button is not None:
            self.copy_button.setText(translate("bubbles", "Copied"))
            QTimer.singleShot(1500, self._copy_done)

    def _copy_done(self) -> None:
        if self.copy_button is not None:
            self.copy_button.setText(translate("bubbles", "Copy"))

    def fit(self, max_width: int) -> None:
        """As wide as the text needs, up to ``max_width`` (a wrapping label alone would
        squeeze short messages into a narrow column)."""
        self.setMaximumWidth(max_width)
        metrics = self.text_label.fontMetrics()
        natural = max(
            (metrics.horizontalAdvance(line) for line in self._text.splitlines() or [""]),
            default=0,
        )
        meta = self.meta_label.fontMetrics().horizontalAdvance(self.meta_label.text())
        if self.copy_button is not None:
            meta += self.copy_button.sizeHint().width() + 6
        room = max_width - 2 * _PADDING
        self.text_label.setMinimumWidth(max(0, min(max(natural, meta) + 4, room)))

    def set_meta(self, meta: str) -> None:
        self.meta_label.setText(meta)
        self._update_accessible()
        self.fit(self.maximumWidth())

    def _update_accessible(self) -> None:
        who = translate("bubbles", "You") if self.mine else "Hearth"
        still = " " + translate("bubbles", "(still listening)") if self.partial else ""
        self.text_label.setAccessibleName(f"{who}{still}: {self._text}")
        source = f" {self.source_label.text()}" if self.source_label.isVisibleTo(self) else ""
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
            f"QToolButton {{ color: {foreground.name()}; font-size: 8.5pt; }}"
        )
        meta_palette = self.meta_label.palette()
        meta_palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.meta_label.setPalette(meta_palette)
