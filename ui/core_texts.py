"""The core's own words that the window shows as they come: the voice loop's hints, the
loading steps, why talking is off, and its errors. The core builds them in English and
never imports Qt, so the window translates them here.

Fixed texts are translated by their exact English text (context ``core``);
``tests/unit/test_window_i18n.py`` checks that each is still the core's. Errors carry
what went wrong in them (a path, a device, a reason), so ``core_error`` matches the
English an error arrived in against the templates ``ui/translations/core_errors.py``
extracted from every error the core can make (``core_errors_catalog``, context
``errors``), translates the template and puts the values back: the core's raise sites
stay as they are. A text no template matches, or whose template has no translation,
stays English as it came, never half-rewritten.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from hearth.assistant.bundle import as_typed, command_name
from PySide6.QtCore import QCoreApplication

from .core_errors_catalog import TEMPLATES
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
    """``text`` from the core in the window's language where it is one of these, or one
    of its errors (else as it is); "Talking is off: <an error>" gets its first words
    and the error translated. (Qt's translate, not ``i18n.translate``: any text passes
    through here, and none is kept.)"""
    if text.startswith(TALKING_OFF):
        reason = core_error(text[len(TALKING_OFF) :])
        return translate("core", "Talking is off: {reason}").format(reason=reason)
    translated = translate("core", text)
    return translated if translated != text else core_error(text)


# --- the core's errors ----------------------------------------------------------------------

ERRORS = "errors"
_HOLE = re.compile(r"\{\{|\}\}|\{([a-z0-9_]+)\}")
_COMMAND = re.compile(r"\bassistant\b")
_NESTED = 2
"""How deep an error's values are tried as errors themselves ("Replies cannot be
spoken: <the voice's error>")."""


class ShownError(Protocol):
    """An ``AssistantError``, or anything with its two sentences."""

    @property
    def message(self) -> str: ...
    @property
    def fix(self) -> str: ...


def core_error(text: str, depth: int = 0) -> str:
    """One sentence of the core's errors (a message or a fix), in the window's language
    when a template matches it and has a translation; otherwise ``text`` unchanged."""
    if not text or depth > _NESTED:
        return text
    for template, pattern in _patterns(command_name()):
        match = pattern.match(text)
        if match is None:
            continue
        translated = translate(ERRORS, template)
        if translated == template:
            return text  # not translated (English): as it came, to the character
        values = {name: core_error(value, depth + 1) for name, value in match.groupdict().items()}
        try:
            return as_typed(translated).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return text
    return text


def error_words(error: ShownError) -> tuple[str, str]:
    """An error's message and fix in the window's language (where they can be)."""
    return core_error(error.message), core_error(error.fix)


def error_text(error: ShownError, between: str = " ") -> str:
    """An error's message and fix as one text for a dialog's line."""
    return between.join(w for w in error_words(error) if w)


@lru_cache(maxsize=2)
def _patterns(command: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template with its pattern, the most specific (most words of its own) first
    so that "{path} is not a GGUF model file." is not taken for a wider one. Compiled
    once per name the commands are typed by (``bundle.as_typed``)."""
    ordered = sorted(TEMPLATES, key=lambda t: (-len(_HOLE.sub("", t)), t))
    return tuple((t, _compile(t, command)) for t in ordered)


def _compile(template: str, command: str) -> re.Pattern[str]:
    """``template`` as an anchored pattern: each ``{name}`` any text (the least that
    fits), the same name again the same text, "assistant" before a command also the
    name this copy is typed by ("hearth models install ..." in the packaged app)."""
    typed = "(?:assistant|" + re.escape(command) + ")"
    out, seen, start = [r"\A"], set(), 0
    for hole in _HOLE.finditer(template):
        literal = re.escape(template[start : hole.start()])
        out.append(_COMMAND.sub(lambda _: typed, literal))
        name = hole.group(1)
        if name is None:
            out.append(re.escape(hole.group(0)[0]))
        elif name in seen:
            out.append(f"(?P={name})")
        else:
            out.append(f"(?P<{name}>.*?)")
            seen.add(name)
        start = hole.end()
    out.append(_COMMAND.sub(lambda _: typed, re.escape(template[start:])))
    out.append(r"\Z")
    return re.compile("".join(out), re.DOTALL)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
