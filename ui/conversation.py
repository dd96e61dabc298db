"""The conversation: the user's words on the right, Hearth's on the left (``bubbles``),
the live partial transcript while the user is still speaking, and the reply being
spoken, written into its bubble word by word in step with the voice.

The view follows the newest text unless the user has scrolled up to read something
older; bubbles never grow wider than a comfortable reading width, even full screen.
It shows the newest ``MAX_BUBBLES`` only: the window runs for days, and every bubble
is ~115 KB of widgets (measured: a 45-minute soak of 324 turns grew 62 MB). The older
ones stay in History.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .bubbles import Bubble, describe_source
from .i18n import translate

__all__ = ["Bubble", "ConversationView", "clock", "describe_source"]

READING_WIDTH_CHARS = 72
"""A bubble is at most this many average characters wide (and 80% of the view)."""
FOLLOW_SLACK_PX = 24
"""Scrolled up by less than this still counts as at the newest text."""
NO_PIECES_AFTER_MS = 2500
"""A reply whose pieces never arrive (nothing reported them) is shown whole after this."""
REVEAL_TICK_MS = 40
MAX_BUBBLES = 200
"""The most bubbles shown at once; the oldest go (History keeps them)."""


def clock(at: float | None = None) -> str:
    return time.strftime("%H:%M", time.localtime(at if at is not None else time.time()))


@dataclass
class ReplyStream:
    """The reply being written into its bubble."""

    bubble: Bubble
    shown: list[str] = field(default_factory=list)
    due: deque[tuple[str, float]] = field(default_factory=deque)
    """Words still to show, with when (monotonic) each is said."""
    final: str | None = None
    """The whole reply, once ``ReplyText`` brought it."""

    def next_slot(self) -> float:
        return max(time.monotonic(), self.due[-1][1] if self.due else 0.0)


class ConversationView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAccessibleName(translate("conversation", "Conversation"))
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
        self.bubbles: list[Bubble] = []
        self.max_bubbles = MAX_BUBBLES
        self.partial: Bubble | None = None
        self.stream: ReplyStream | None = None
        self.following = True
        """Whether the view keeps the newest text in sight (False once scrolled up)."""
        self._shown_whole = False
        """The current reply was shown whole before its pieces came: they are not added."""
        self.empty_note = QLabel(
            translate(
                "conversation",
                "Nothing said yet. Talk to Hearth, or type a message below.\n"
                "Everything stays on this computer.",
            ),
            inner,
        )
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setEnabled(False)
        self.empty_note.setWordWrap(True)
        self._column.insertWidget(0, self.empty_note)
        self.older_note = QLabel(
            translate("conversation", "Earlier messages are in History."), inner
        )
        self.older_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.older_note.setObjectName("emptyNote")
        self.older_note.setEnabled(False)
        self.older_note.hide()
        self._column.insertWidget(1, self.older_note)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._grew)
        self._reveal = QTimer(self)
        self._reveal.setInterval(REVEAL_TICK_MS)
        self._reveal.timeout.connect(self._reveal_due)
        self._whole_after = QTimer(self)
        self._whole_after.setSingleShot(True)
        self._whole_after.setInterval(NO_PIECES_AFTER_MS)
        self._whole_after.timeout.connect(self._show_whole)

    def replies(self) -> list[str]:
        """Hearth's replies said (or shown) to the end; not the one still being written."""
        writing = self.stream.bubble if self.stream is not None else None
        return [b.text for b in self.bubbles if not b.mine and b is not writing]

    def newest_reply(self) -> Bubble | None:
        """Hearth's newest reply said (or shown) to the end. Once the view is full, a
        new reply no longer makes ``replies()`` longer (the oldest go): compare this."""
        writing = self.stream.bubble if self.stream is not None else None
        return next((b for b in reversed(self.bubbles) if not b.mine and b is not writing), None)

    # --- following the newest text -----------------------------------------------------

    def _scrolled(self, value: int) -> None:
        self.following = value >= self.verticalScrollBar().maximum() - FOLLOW_SLACK_PX

    def _grew(self, _minimum: int, maximum: int) -> None:
        if self.following:
            self.verticalScrollBar().setValue(maximum)

    def scroll_to_end(self) -> None:
        self.following = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # --- bubbles ---------------------------------------------------------------------------

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
        while len(self.bubbles) > self.max_bubbles:
            self._remove(self.bubbles.pop(0))
            self.older_note.show()
        return bubble

    def add_user(self, text: str, source: str = "typed", at: float | None = None) -> Bubble:
        you = translate("conversation", "You")
        spoken = translate("conversation", "spoken")
        meta = f"{you} · {clock(at)}" + (f" · {spoken}" if source == "voice" else "")
        self.end_stream()
        self.scroll_to_end()  # the user's own words: bring the view back to the newest
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
        """The whole reply (``ReplyText``): completes the bubble being streamed, or makes
        one that waits for its words to be spoken (shown whole if they never come)."""
        meta = self._reply_meta(handled_by, tier, at, grounded=bool(source))
        stream = self.stream
        if stream is None:
            stream = self._start_stream()
            self._whole_after.start()
        stream.final = text
        stream.bubble.set_meta(meta)
        stream.bubble.set_source(source)
        return stream.bubble

    def _reply_meta(
        self, handled_by: str, tier: str | None, at: float | None, grounded: bool = False
    ) -> str:
        who = describe_source(handled_by, tier)
        if grounded:  # the model answered from an encyclopedia article (named below)
            who = (
                translate("conversation", "{who}, from the encyclopedia").format(who=who)
                if who
                else translate("conversation", "the encyclopedia")
            )
        meta = f"Hearth · {clock(at)}" + (f" · {who}" if who else "")
        return meta

    # --- the reply being spoken -------------------------------------------------------------

    def _start_stream(self) -> ReplyStream:
        self.drop_partial()
        bubble = self._add(Bubble("", False, f"Hearth · {clock()} · …", self.widget()))
        self.stream = ReplyStream(bubble)
        return self.stream

    def add_piece(self, text: str, duration_s: float = 0.0) -> None:
        """A piece of the reply as it starts being said: its words appear one by one
        over ``duration_s`` (at once when it is not spoken)."""
        if self._shown_whole:
            return
        stream = self.stream or self._start_stream()
        self._whole_after.stop()
        words = text.split()
        if not words:
            return
        start = stream.next_slot()
        step = duration_s / len(words) if duration_s > 0 else 0.0
        for i, word in enumerate(words):
            stream.due.append((word, start + i * step))
        self._reveal_due()
        if stream.due:
            self._reveal.start()

    def _reveal_due(self) -> None:
        stream = self.stream
        if stream is None:
            self._reveal.stop()
            return
        now = time.monotonic()
        before = len(stream.shown)
        while stream.due and stream.due[0][1] <= now:
            stream.shown.append(stream.due.popleft()[0])
        if len(stream.shown) != before:
            stream.bubble.set_text(" ".join(stream.shown))
        if not stream.due:
            self._reveal.stop()

    def _show_whole(self) -> None:
        if self.stream is not None and not self.stream.shown:
            self.end_stream()
            self._shown_whole = True

    def end_stream(self, stopped: bool = False) -> None:
        """The reply was said to the end (or ``stopped``): show all of it."""
        stream, self.stream = self.stream, None
        self._shown_whole = False
        self._reveal.stop()
        self._whole_after.stop()
        if stream is None:
            return
        heard = " ".join([*stream.shown, *(w for w, _ in stream.due)])
        text = stream.final if stream.final is not None else heard
        if not text:  # nothing was said nor written: no empty bubble is left
            self.bubbles.remove(stream.bubble)
            self._remove(stream.bubble)
            return
        stream.bubble.set_text(text)
        if stream.final is None:  # stopped before the whole reply was known
            stream.bubble.set_meta(f"Hearth · {clock()}")
        if stopped:
            stopped_words = translate("conversation", "stopped")
            stream.bubble.set_meta(f"{stream.bubble.meta_label.text()} · {stopped_words}")

    # --- the user speaking ------------------------------------------------------------------

    def show_partial(self, text: str) -> None:
        if self.partial is None:
            meta = translate("conversation", "You · speaking…")
            self.partial = self._add(Bubble(text, True, meta, self.widget(), True))
        else:
            self.partial.set_text(text)

    def drop_partial(self) -> None:
        if self.partial is not None:
            self.bubbles.remove(self.partial)
            self._remove(self.partial)
            self.partial = None

    def mark_last_reply(self, note: str) -> None:
        """Note on the current turn's reply (the one being said, else the last bubble if it
        is a reply); a reply stopped before any of it was shown leaves no bubble."""
        if self.stream is not None:
            self.end_stream(stopped=note == "stopped")
            return
        self._shown_whole = False  # the turn is over: its late pieces are gone with it
        last = self.bubbles[-1] if self.bubbles else None
        words = translate("conversation", "stopped") if note == "stopped" else note
        if last is not None and not last.mine and words not in last.meta_label.text():
            last.set_meta(f"{last.meta_label.text()} · {words}")

    def restyle(self) -> None:
        for bubble in self.bubbles:
            bubble.restyle()

    def clear(self) -> None:
        self.end_stream()
        self.partial = None
        for bubble in self.bubbles:
            self._remove(bubble)
        self.bubbles.clear()
        self.older_note.hide()
        self.empty_note.show()

    def _bubble_width(self) -> int:
        reading = self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
        return max(200, min(int(self.viewport().width() * 0.8), reading))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self.bubbles:
            bubble.fit(width)

    def _remove(self, bubble: Bubble) -> None:
        holder = bubble.row or bubble
        self._column.removeWidget(holder)
        holder.deleteLater()
