"""Hearth's icon, drawn in code (a warm flame in a round hearth) so it is crisp at any
size and needs no image file."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QRadialGradient


def _flame(size: int, muted: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3a2a20"))
    p.drawEllipse(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s))
    path = QPainterPath(QPointF(0.5 * s, 0.16 * s))
    path.cubicTo(0.78 * s, 0.42 * s, 0.76 * s, 0.82 * s, 0.5 * s, 0.84 * s)
    path.cubicTo(0.24 * s, 0.82 * s, 0.22 * s, 0.5 * s, 0.4 * s, 0.38 * s)
    path.cubicTo(0.42 * s, 0.5 * s, 0.46 * s, 0.55 * s, 0.5 * s, 0.56 * s)
    path.cubicTo(0.5 * s, 0.42 * s, 0.44 * s, 0.3 * s, 0.5 * s, 0.16 * s)
    glow = QRadialGradient(QPointF(0.5 * s, 0.72 * s), 0.45 * s)
    if muted:
        glow.setColorAt(0, QColor("#d0d0d0"))
        glow.setColorAt(1, QColor("#7a7a7a"))
    else:
        glow.setColorAt(0, QColor("#ffe08a"))
        glow.setColorAt(0.5, QColor("#ff9a2e"))
        glow.setColorAt(1, QColor("#e2461c"))
    p.setBrush(glow)
    p.drawPath(path)
    p.end()
    return pixmap


def app_icon(muted: bool = False) -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_flame(size, muted))
    return icon
