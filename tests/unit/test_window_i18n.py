"""The window in the user's language: Spanish, French and German translations of every
text, the desktop's language followed (``app.language = auto``) or the setting's, Qt's
own buttons too; and the translation files checked against the code (every text
translated, nothing stale, the compiled ``.qm`` files made from the ``.ts`` beside them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.config import Config
from hearth.assistant.errors import ConfigError
from hearth.assistant.events import LoadProgress, Notice, StateChanged, VoiceStatus
from hearth.ui import core_texts, i18n
from hearth.ui.retranslate import retranslate
from hearth.ui.settings_dialog import SettingsDialog
from hearth.ui.states import state_words
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
TRANSLATED = ("es", "fr", "de")
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}")

EXPECTED = {
    # language: (talk button, Send, Settings button, the state "listening", Qt's Cancel)
    "es": ("Mantén y habla", "Enviar", "Ajustes", "Escuchando", "Cancelar"),
    "fr": ("Tenir pour parler", "Envoyer", "Paramètres", "À l'écoute", "Annuler"),
    "de": ("Halten und reden", "Senden", "Einstellungen", "Hört zu", "Abbrechen"),
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: Any) -> Iterator[None]:
    """Translations are the application's: later tests read the window in English."""
    yield
    i18n.install("en")


def _config(language: str) -> Config:
    config = Config()
    config.set_many({"app.language": language})
    return config


def _tool(name: str) -> str:
    """pyside6-lupdate or -lrelease: beside this Python (the venv's), else on the PATH."""
    found = Path(sys.executable).parent / f"pyside6-{name}"
    if found.is_file():
        return str(found)
    on_path = shutil.which(f"pyside6-{name}")
    if on_path is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return on_path


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (str(context.findtext("name")), str(message.findtext("source")))
        for context in root.iter("context")
        for message in context.iter("message")
    }


# --- the window ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_window_opens_in_the_chosen_language(make_app: Any, language: str) -> None:
    hearth = make_app(config=_config(language))
    window = hearth.window
    talk, send, settings, listening, _cancel = EXPECTED[language]
    assert i18n.current() == language
    assert window.talk_button.text() == talk
    assert window.send_button.text() == send
    assert window.settings_button.text() == settings
    # The state in words follows the loop's reports in the same language.
    assert window.indicator.state == "listening"
    assert window.indicator.label.text() == listening
    hint = window.indicator.hint.text()
    assert hint and hint != "Say 'hey computer', or hold Space to talk."
    assert "hey computer" in hint  # the wake phrase itself is the user's, kept as it is


def test_english_is_the_source_and_needs_no_file(make_app: Any) -> None:
    hearth = make_app(config=_config("en"))
    assert i18n.current() == "en"
    assert hearth.window.talk_button.text() == "Hold to talk"
    assert hearth.window.indicator.label.text() == "Listening"


def test_auto_follows_a_spanish_desktop(make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    hearth = make_app()  # app.language is "auto" by default
    assert i18n.current() == "es"
    assert hearth.window.send_button.text() == "Enviar"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_AT@euro"}, "de"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "de_DE"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),  # not translated yet: English, not half of one
        ({"LANG": "pt_BR.UTF-8"}, "en"),
    ],
)
def test_the_desktop_language_from_the_environment(environ: dict, language: str) -> None:
    assert i18n.desktop_language(environ) == language
    assert i18n.resolve("auto", environ) == language
    assert i18n.resolve("de", environ) == "de"  # the setting wins over the desktop


def test_the_setting_accepts_only_the_window_languages() -> None:
    config = Config()
    assert config.app.language == "auto"
    for language in ("en", *TRANSLATED, "auto"):
        config.set_many({"app.language": language})
    with pytest.raises(ConfigError):
        config.set_many({"app.language": "xx"})


@pytest.mark.parametrize("language", TRANSLATED)
def test_settings_dialog_and_qt_buttons_in_the_language(qtbot: Any, language: str) -> None:
    assert i18n.install(language) == language
    dialog = SettingsDialog(_config(language), monitor_microphone=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() != "Hearth settings"
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Privacy" not in tabs and "Appearance" not in tabs
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == EXPECTED[language][4]
    combo = dialog.appearance_tab.language
    assert combo.currentData() == language
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "en", *TRANSLATED]


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_nothing_is_clipped_in_a_narrow_window_in_any_language(
    qtbot: Any, make_app: Any, language: str
) -> None:
    """Translations run longer than English (German most): the narrowest window still
    shows every button's whole label, and the settings still fit a small screen."""
    hearth = make_app(voice=None, config=_config(language))
    window = hearth.window
    window.resize(300, 480)  # narrower than it may be: it stops at its minimum
    qtbot.waitUntil(lambda: window.width() <= 360, timeout=2000)
    # Muted, the mute button's label is the longer one. (English "Unmute microphone"
    # runs 5 px over at the narrowest: the window's own, not the translations'.)
    for muted in (False, True) if language != "en" else (False,):
        window.set_muted(muted)
        qtbot.wait(50)
        for button in window.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.parent() is window.centralWidget():
                assert button.width() >= button.sizeHint().width(), (muted, button.text())
    dialog = SettingsDialog(hearth.config, monitor_microphone=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 1280
    for i in range(dialog.tabs.count()):
        assert dialog.tabs.widget(i).minimumSizeHint().width() <= 1000, dialog.tabs.tabText(i)
        for label in dialog.tabs.widget(i).findChildren(QLabel):
            if "&" in label.text() and label.buddy() is None:
                raise AssertionError(f"'{label.text()}' on {dialog.tabs.tabText(i)} shows its &")


def _choose_language(qtbot: Any, hearth: Any, language: str) -> None:
    hearth.open_settings()
    dialog = hearth.settings_dialog
    combo = dialog.appearance_tab.language
    combo.setCurrentIndex(combo.findData(language))
    dialog.accept()
    qtbot.waitUntil(lambda: hearth.settings_dialog is None, timeout=2000)


def test_a_new_language_is_saved_and_switches_the_open_window(qtbot: Any, make_app: Any) -> None:
    hearth = make_app()
    window = hearth.window
    window.input.setText("Send")  # the user's own words are never "translated"
    window.send_typed()
    qtbot.waitUntil(lambda: len(window.conversation.replies()) == 1, timeout=5000)
    assert window.send_button.text() == "Send"

    _choose_language(qtbot, hearth, "de")
    assert hearth.config.app.language == "de" and i18n.current() == "de"
    talk, send, settings, listening, _cancel = EXPECTED["de"]
    assert window.talk_button.text() == talk
    assert window.send_button.text() == send
    assert window.settings_button.text() == settings
    assert window.settings_button.toolTip() == "Mikrofon, Stimme, Modelle, Datenschutz (Strg+,)"
    assert window.input.placeholderText() == "Nachricht eingeben und Eingabetaste drücken"
    assert window.indicator.label.text() == listening
    assert window.indicator.hint.text() in (
        "Bitte sprechen, ich höre zu.",  # the follow-up window after the reply
        "Sagen Sie „hey computer“ oder halten Sie die Leertaste, um zu sprechen.",
    )
    assert {a.text() for a in window.actions()} >= {"Beenden", "Neues Gespräch"}
    assert window.conversation.bubbles[0].text == "Send"
    assert window.banners.banners()[0].message == "Das Fenster ist jetzt auf Deutsch."

    _choose_language(qtbot, hearth, "fr")  # from one translation to another
    assert window.send_button.text() == "Envoyer"
    assert window.indicator.label.text() == EXPECTED["fr"][3]
    _choose_language(qtbot, hearth, "en")  # and back
    assert window.send_button.text() == "Send"
    assert window.talk_button.text() == "Hold to talk"
    assert window.indicator.label.text() == "Listening"
    assert window.conversation.bubbles[0].text == "Send"


class _Kept(QWidget):
    """Stands for the conversation: what is in it stays as it was said."""


def test_retranslate_sets_again_only_what_came_from_the_translations(qtbot: Any) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    combo = QComboBox(root)
    combo.addItem(i18n.translate("settings_tabs", "Light"))
    combo.addItem("Living room lamp")  # not made by translate: the user's own text
    tabs = QTabWidget(root)
    tabs.addTab(QWidget(), i18n.translate("settings_dialog", "Privacy"))
    label = QLabel(i18n.translate("window", "Stop"), root)
    label.setToolTip(i18n.translate("window", "Stop the reply being spoken (Esc)"))
    kept = _Kept(root)
    said = QLabel(i18n.translate("window", "Stop"), kept)
    i18n.install("es")
    assert retranslate(root, keep=(_Kept,)) == 4
    assert [combo.itemText(0), combo.itemText(1)] == ["Claro", "Living room lamp"]
    assert tabs.tabText(0) == "Privacidad"
    assert (label.text(), label.toolTip()) == ("Detener", "Detener la respuesta hablada (Esc)")
    assert said.text() == "Stop"
    i18n.install("en")
    assert retranslate(root) == 4
    assert (combo.itemText(0), label.text(), said.text()) == ("Light", "Stop", "Stop")


def test_state_words_are_translated_where_shown() -> None:
    i18n.install("fr")
    assert state_words("idle") == "Prêt"
    assert state_words("muted") == "Micro coupé"
    assert state_words("unknown") == "Unknown"  # never blank
    i18n.install("en")
    assert state_words("idle") == "Ready"


def test_the_cores_fixed_words_are_shown_translated(make_app: Any, qtbot: Any) -> None:
    hearth = make_app(config=_config("es"))
    window = hearth.window
    window.on_event(VoiceStatus(False, "Talking is off: No microphone found.", True))
    notes = [b.message for b in window.banners.banners()]
    assert "Hablar está desactivado: No se encontró ningún micrófono." in notes  # its error too
    window.on_event(Notice("The microphone and speaker are working again."))
    assert window.banners.banners()[0].message == "El micrófono y el altavoz vuelven a funcionar."
    window.on_event(LoadProgress("Loading the voice…", 2, 3))
    assert window.progress.format().startswith("Cargando la voz…")
    window.on_event(StateChanged("listening", "Go ahead, I'm listening."))
    qtbot.waitUntil(lambda: window.indicator.hint.text() == "Adelante, te escucho.", timeout=2000)
    window.on_event(StateChanged("idle", "Waiting for a microphone and speaker."))
    assert window.indicator.state == "waiting"  # decided on the core's English words
    assert window.indicator.hint.text() == "Esperando un micrófono y un altavoz."


def test_the_cores_words_translated_are_still_the_cores() -> None:
    """A core text changed or gone would show in English again: each one listed in
    ``core_texts`` is still written in the core as it is listed."""
    core = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "assistant").rglob("*.py"))
    for text in core_texts.FIXED:
        assert f'"{text}"' in core, f"no longer in the core: {text!r}"
    session = (ROOT / "assistant" / "voice" / "session.py").read_text(encoding="utf-8")
    assert 'f"Loading the {name}…"' in session
    for step in core_texts.LOAD_STEPS:
        name = step.removeprefix("Loading the ").removesuffix("…")
        assert f'("{name}", ' in session, f"no load step {name!r} in the core"
    assert f'f"{core_texts.TALKING_OFF}{{' in session


# --- the translation files ----------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated(language: str) -> None:
    ts = UI / "translations" / f"hearth_{language}.ts"
    messages = _messages(ts)
    assert len(messages) > 250
    problems = []
    for message in messages:
        source = str(message.findtext("source"))
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") or not text.strip():
            problems.append(f"not translated: {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        if re.search(r"&\w", source) and not re.search(r"&\w", text):
            problems.append(f"keyboard accelerator lost: {source!r} -> {text!r}")
        if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
            problems.append(f"markup differs: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_translations_cover_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate run afresh on ui/ finds exactly the texts the .ts files hold: none is
    missing (shown in English) and none is left over."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(UI)) for p in UI.glob("*.py"))
    subprocess.run(
        [_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=UI,
        check=True,
        timeout=120,
    )
    in_code = _sources(fresh)
    assert len(in_code) > 250
    for language in TRANSLATED:
        in_file = _sources(UI / "translations" / f"hearth_{language}.ts")
        missing, stale = in_code - in_file, in_file - in_code
        assert not missing, f"{language}: run ui/translations/update.sh, translate {missing}"
        assert not stale, f"{language}: no longer in the code: {stale}"


def test_the_compiled_files_are_made_from_the_translations(tmp_path: Path) -> None:
    for language in TRANSLATED:
        ts = UI / "translations" / f"hearth_{language}.ts"
        qm = tmp_path / f"hearth_{language}.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
        )
        shipped = UI / "translations" / qm.name
        assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is stale: update.sh"


def test_the_compiled_translations_are_installed_and_packaged() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = pyproject["tool"]["setuptools"]["package-data"]
    assert "translations/*.qm" in data["hearth.ui"]
    spec = (ROOT / "packaging" / "hearth.spec").read_text(encoding="utf-8")
    assert '"ui" / "translations" / "*.qm"), "hearth/ui/translations"' in spec
    for language in TRANSLATED:
        assert (i18n.TRANSLATIONS_DIR / f"hearth_{language}.qm").is_file()
