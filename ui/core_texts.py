"""The core's own words that the window shows as they come: the voice loop's hints, the
loading steps, why talking is off. The core builds them in English and never imports
Qt, so the window translates them here, by their exact English text (context ``core``).

Only fixed texts can be: errors with a device, file or reason in them stay English.
``tests/unit/test_window_i18n.py`` checks that each text here is still the core's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP

LOAD_STEPS = (
    QT_TRANSLATE_NOOP("core", "Loading the language model…"),
    QT_TRANSLATE_NOOP("core", "Loading the speech recognition…"),
    QT_TRANSLATE_NOOP("core", "Loading the voice…"),
)
"""``Session._load``'s steps, made there as f"Loading the {name}…"."""

FIXED = (
    QT_TRANSLATE_NOOP("core", "Ready."),
    QT_TRANSLATE_NOOP("core", "Go ahead, I'm listening."),
    QT_TRANSLATE_NOOP("core", "Waiting for a microphone and speaker."),
    QT_TRANSLATE_NOOP("core", "Waiting for the microphone to come back."),
    QT_TRANSLATE_NOOP("core", "Working out what you said…"),
    QT_TRANSLATE_NOOP("core", "Loading the speech models..."),
    QT_TRANSLATE_NOOP("core", "The microphone and speaker are working again."),
    QT_TRANSLATE_NOOP("core", "Talking is not available in this version yet; type instead."),
    QT_TRANSLATE_NOOP(
        "core", "Talking needs the speech recognition model (see the message above)."
    ),
    QT_TRANSLATE_NOOP("core", "Talking is off because the voice loop failed to start."),
)
"""Texts written whole in the core (each occurs there as it is)."""

TALKING_OFF = "Talking is off: "


def core_text(text: str) -> str:
    """``text`` from the core in the window's language where it is one of these (else as
    it is); "Talking is off: <an error>" gets its first words translated. (Qt's
    translate, not ``i18n.translate``: any text passes through here, and none is kept.)"""
    if text.startswith(TALKING_OFF):
        return translate("core", "Talking is off: {reason}").format(reason=text[len(TALKING_OFF) :])
    return translate("core", text)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
