"""What Hearth is doing, unmistakably: a coloured lamp with the state in words (never
colour alone), a live microphone level while it listens, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .i18n import translate
from .states import state_words
from .theme import state_colour

FLOOR_DBFS = -60.0


def level_fraction(dbfs: float) -> float:
    """-60 dBFS or quieter is empty, 0 dBFS full."""
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS))


class LevelMeter(QWidget):
    """A horizontal microphone level bar that falls back smoothly between updates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("state_indicator", "Microphone level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._level = 0.0
        self._peak = 0.0
        self.colour = QColor("#2e9d57")

    def sizeHint(self) -> QSize:
        return QSize(120, max(8, self.fontMetrics().height() // 2))

    @property
    def level(self) -> float:
        return self._level

    def set_dbfs(self, dbfs: float) -> None:
        level = level_fraction(dbfs)
        self._level = max(level, self._level * 0.6)  # fast attack, gentle release
        self._peak = max(self._peak * 0.97, self._level)
        self.setAccessibleDescription(f"{dbfs:.0f} dB")
        self.update()

    def reset(self) -> None:
        self._level = self._peak = 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = r.height() / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        p.drawRoundedRect(r, radius, radius)
        if self._level > 0:
            filled = QRectF(r.x(), r.y(), max(r.height(), r.width() * self._level), r.height())
            p.setBrush(self.colour)
            p.drawRoundedRect(filled, radius, radius)
        if self._peak > 0.02:
            x = r.x() + r.width() * self._peak
            p.setBrush(self.palette().color(QPalette.ColorRole.Text))
            p.drawRect(QRectF(min(x, r.right() - 2), r.y(), 2, r.height()))
        p.end()


class Lamp(QWidget):
    """The round state light; it breathes while Hearth thinks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor("#8a8f98")
        self.pulse = 1.0
        size = self.fontMetrics().height() * 2
        self.setFixedSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        halo = QColor(self.colour)
        halo.setAlphaF(0.25 * self.pulse)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(halo)
        p.drawEllipse(r)
        inset = r.width() * 0.22
        p.setBrush(self.colour)
        p.drawEllipse(r.adjusted(inset, inset, -inset, -inset))
        p.end()


class StateIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateIndicator")
        self.state = "loading"
        self.lamp = Lamp(self)
        self.label = QLabel(state_words("loading"), self)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.label.setFont(font)
        self.hint = QLabel("", self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.meter = LevelMeter(self)
        self.meter.setVisible(False)

        words = QVBoxLayout()
        words.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.meter, 1)
        words.addLayout(top)
        words.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lamp, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

        self._phase = 0
        self._breath = QTimer(self)
        self._breath.setInterval(80)
        self._breath.timeout.connect(self._breathe)
        self.set_state(
            "loading", translate("state_indicator", "Loading the models; you can type already.")
        )

    def set_state(self, state: str, hint: str | None = None) -> None:
        self.state = state
        colour = state_colour(state)
        self.lamp.colour = colour
        self.lamp.pulse = 1.0
        self.meter.colour = colour
        self.label.setText(state_words(state))
        if hint is not None:
            self.hint.setText(hint)
        listening = state in ("listening", "hearing")
        self.meter.setVisible(listening)
        if not listening:
            self.meter.reset()
        if state in ("thinking", "loading"):
            self._breath.start()
        else:
            self._breath.stop()
        self.lamp.update()
        # Screen readers announce the accessible name of the indicator when it changes.
        self.setAccessibleName(
            translate("state_indicator", "Hearth is {state}").format(
                state=self.label.text().lower()
            )
        )
        self.setAccessibleDescription(self.hint.text())

    def set_level(self, dbfs: float) -> None:
        if self.state in ("listening", "hearing"):
            self.meter.set_dbfs(dbfs)

    def _breathe(self) -> None:
        self._phase = (self._phase + 1) % 20
        self.lamp.pulse = 0.4 + 0.6 * abs(10 - self._phase) / 10
        self.lamp.update()
