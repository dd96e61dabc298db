"""The window in the user's language, with Qt's translation system.

Every text the window shows goes through ``translate(context, text)`` (the context is
the module's name: ``"window"``, ``"states"``, …); texts kept in tables at import time
are marked with ``QT_TRANSLATE_NOOP`` and translated where they are shown. Placeholders
are Python's ``{name}``, filled after translating: ``translate("x", "{n} left").format(n=3)``.

``pyside6-lupdate`` finds these calls and writes ``translations/hearth_LANG.ts``;
``pyside6-lrelease`` compiles them to the ``.qm`` files loaded here
(``translations/update.sh`` does both). The language is ``app.language``: ``auto``
follows the desktop (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then Qt's idea of the
system's languages), or one of ``LANGUAGES``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "desktop_language", "install", "translate"]

_LOGGER = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
"""The window's languages, each named in itself (as the settings list them)."""
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

_installed: list[QTranslator] = []
_current = "en"
_origins: dict[str, tuple[str, str]] = {}
"""Each text ``translate`` gave, with its (context, English text): how a text on screen
is found again when the language changes (``retranslate``)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is kept in a table; ``translate`` it where it
    is shown. (Qt's own returns ``object`` to the type checker.)"""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (``text`` itself when it has no translation)."""
    result = QCoreApplication.translate(context, text)
    _origins.setdefault(result, (context, text))
    return result


def again(text: str) -> str:
    """``text``, as ``translate`` once gave it, in the language loaded now; any other
    text (one with a name filled in, the user's own words) as it is."""
    origin = _origins.get(text)
    return QCoreApplication.translate(*origin) if origin else text


def _language_of(tag: str) -> str:
    """'es' for 'es_ES.UTF-8', 'es-MX', 'es'; 'en' for 'C' and 'POSIX'; '' if none."""
    code = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code in ("c", "posix"):
        return "en"
    return code


def desktop_language(environ: Mapping[str, str] | None = None) -> str:
    """The desktop's language if the window has it, else English.

    The first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set decides (as for
    every program on Linux); without them (Windows, macOS) Qt's list of the system's
    languages does."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            code = _language_of(value)
            return code if code in LANGUAGES else "en"
    for tag in QLocale.system().uiLanguages():
        code = _language_of(tag)
        if code in LANGUAGES:
            return code
    return "en"


def resolve(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language code ``app.language`` stands for."""
    if setting in LANGUAGES:
        return setting
    return desktop_language(environ)


def current() -> str:
    """The language the window's texts are in now."""
    return _current


def install(setting: str = "auto", environ: Mapping[str, str] | None = None) -> str:
    """Load the translations for ``app.language`` (replacing any loaded before), Qt's own
    for its standard buttons and dialogs too where they are present; returns the
    language used. Needs a QCoreApplication. A missing file leaves English, logged."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "translations need a QApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = resolve(setting, environ)
    _current = "en"
    if language == "en":
        return "en"
    hearth = QTranslator(app)
    if not hearth.load(str(TRANSLATIONS_DIR / f"hearth_{language}.qm")):
        _LOGGER.warning(
            "no translations for %s in %s: the window stays in English", language, TRANSLATIONS_DIR
        )
        return "en"
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(hearth)
    _installed.append(hearth)
    _current = language
    return language
