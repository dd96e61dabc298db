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
from dataclasses import dataclass
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
_SENTENCE_END = re.compile(r"(?<=[.!?)]) (?=\S)")
"""Where one sentence ends and the next begins (the space between them)."""
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
    """The core's words about a problem (a message, a fix, or both run together as in a
    reply's notice) in the window's language, sentence by sentence: of the runs of
    sentences from the start that a template matches, the one whose template has the
    most words of its own is translated ("Try again. If it keeps happening, ..." whole,
    not "Try again."), the shortest among equals (a template ending in a value, "...
    instead of {size}.", would otherwise take the fix after it for part of the value);
    then the rest likewise. A sentence no template matches is kept; text nothing
    matches, or in English, is returned unchanged."""
    if not text or depth > _NESTED:
        return text
    cuts = [m.start() for m in _SENTENCE_END.finditer(text)]
    best: tuple[int, int, str] | None = None
    for cut in [*cuts, len(text)]:
        found = _translated(text[:cut], depth)
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], cut, found[1])
    if best is None:
        if not cuts:
            return text
        head, cut = text[: cuts[0]], cuts[0]
    else:
        _, cut, head = best
    rest = text[cut + 1 :]
    return f"{head} {core_error(rest, depth)}" if rest else head


def _translated(text: str, depth: int) -> tuple[int, str] | None:
    """``text`` translated, with how many characters of its own its template has, when
    a template matches it whole and has a translation (the values tried as errors too);
    None otherwise."""
    for template in _patterns(command_name()):
        match = template.pattern.match(text)
        if match is None:
            continue
        translated = translate(ERRORS, template.text)
        if translated == template.text:
            return None  # not translated (English): as it came, to the character
        found = _values(template, text, match)
        values = {name: core_error(value, depth + 1) for name, value in found.items()}
        try:
            return _own_length(template.text), as_typed(translated).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return None
    return None


def _own_length(template: str) -> int:
    return len(_HOLE.sub("", template))


def error_words(error: ShownError) -> tuple[str, str]:
    """An error's message and fix in the window's language (where they can be)."""
    return core_error(error.message), core_error(error.fix)


def error_text(error: ShownError, between: str = " ") -> str:
    """An error's message and fix as one text for a dialog's line."""
    return between.join(w for w in error_words(error) if w)


@dataclass(frozen=True)
class _Template:
    """A template compiled for matching the English an error arrives in."""

    text: str
    pattern: re.Pattern[str]
    """Anchored; each value the least text that fits."""
    literals: tuple[re.Pattern[str], ...]
    """The words between the values (one more than ``names``), each a pattern."""
    names: tuple[str, ...]


@lru_cache(maxsize=2)
def _patterns(command: str) -> tuple[_Template, ...]:
    """Each template compiled, the most specific (most words of its own) first so that
    "{path} is not a GGUF model file." is not taken for a wider one. Compiled once per
    name the commands are typed by (``bundle.as_typed``)."""
    ordered = sorted(TEMPLATES, key=lambda t: (-_own_length(t), t))
    return tuple(_compile(t, command) for t in ordered)


def _compile(template: str, command: str) -> _Template:
    """``template`` as an anchored pattern: each ``{name}`` any text (the least that
    fits), the same name again the same text, "assistant" before a command also the
    name this copy is typed by ("hearth models install ..." in the packaged app)."""
    typed = "(?:assistant|" + re.escape(command) + ")"
    literals: list[str] = []
    names: list[str] = []
    literal = ""
    start = 0
    for hole in _HOLE.finditer(template):
        literal += template[start : hole.start()]
        start = hole.end()
        if hole.group(1) is None:
            literal += hole.group(0)[0]  # "{{" is "{"
            continue
        literals.append(_COMMAND.sub(lambda _: typed, re.escape(literal)))
        names.append(hole.group(1))
        literal = ""
    literal += template[start:]
    literals.append(_COMMAND.sub(lambda _: typed, re.escape(literal)))
    out, seen = [r"\A", literals[0]], set()
    for name, after in zip(names, literals[1:], strict=True):
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
        out.append(after)
    out.append(r"\Z")
    return _Template(
        template,
        re.compile("".join(out), re.DOTALL),
        tuple(re.compile(piece) for piece in literals),
        tuple(names),
    )


def _values(template: _Template, text: str, match: re.Match[str]) -> dict[str, str]:
    """The values in ``text``. The least text that fits cuts a path like "/a (old)/b"
    short where the template goes on with " (" ("... into {target} ({reason})."), so
    where a value's brackets do not pair up, the first split whose values all pair up
    is taken instead (if there is one)."""
    values = match.groupdict()
    if all(map(_paired, values.values())):
        return values
    return _paired_split(template, text, 0, 0, {}) or values


def _paired_split(
    template: _Template, text: str, at: int, index: int, found: dict[str, str]
) -> dict[str, str] | None:
    if index == 0:
        first = template.literals[0].match(text)
        if first is None:
            return None
        at = first.end()
    if index == len(template.names):
        return found if at == len(text) else None
    name, after = template.names[index], template.literals[index + 1]
    last = index + 1 == len(template.names)
    start = at
    while (end := after.search(text, start)) is not None:
        value = text[at : end.start()]
        if (
            (not last or end.end() == len(text))
            and _paired(value)
            and found.get(name, value) == value
        ):
            split = _paired_split(template, text, end.end(), index + 1, {**found, name: value})
            if split is not None:
                return split
        if end.start() >= len(text):
            break
        start = end.start() + 1
    return None


def _paired(value: str) -> bool:
    """Whether each bracket in ``value`` is closed after it is opened."""
    for opening, closing in ("()", "[]", "{}"):
        depth = 0
        for char in value:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
