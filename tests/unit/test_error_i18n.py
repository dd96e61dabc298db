"""The core's errors in the window's language: every message and fix the core can make
is extracted as a template (``ui/translations/core_errors.py``), each is translated,
and errors raised by the core's real code are shown translated in banners and dialogs,
with their paths and reasons as they were; what no template matches stays English."""

from __future__ import annotations

import importlib
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hearth.assistant import models
from hearth.assistant.config import Config, load_config_or_defaults
from hearth.assistant.errors import AssistantError, KnowledgeError, ModelMissingError
from hearth.assistant.events import ErrorEvent, ReplyText
from hearth.assistant.knowledge import data
from hearth.ui import core_texts, i18n
from hearth.ui.core_errors_catalog import TEMPLATES
from hearth.ui.core_texts import core_error, error_words
from hearth.ui.model_picker import ModelPicker

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "ui" / "translations"
LANGUAGES = ("es", "fr", "de")
HOLE = re.compile(r"\{[a-z0-9_]+\}")
COMMAND = re.compile(r"\bassistant [a-z-]+")
ODD = "/tmp/my files (old) {v2}/x [1]+$&\\1 ünï"
"""A value with what a pattern or ``str.format`` could trip on."""


@pytest.fixture(autouse=True)
def english_afterwards(qapp: Any) -> Iterator[None]:
    yield
    i18n.install("en")


def _extractor() -> ModuleType:
    """``ui/translations/core_errors.py`` (a script beside the translations, importable
    as part of the package's folder)."""
    return importlib.import_module("hearth.ui.translations.core_errors")


def _translations(language: str) -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / f"hearth_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == "errors":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                text = "" if translation.get("type") else translation.text or ""
                found[str(message.findtext("source"))] = text
    return found


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _odd_values(template: str) -> dict[str, str]:
    return {h[1:-1]: f"{ODD}#{i}" for i, h in enumerate(HOLE.findall(template))}


# --- the catalog --------------------------------------------------------------------------


def test_the_catalog_is_made_from_the_cores_source_as_it_is() -> None:
    """A raise site added or reworded without running update.sh shows in English."""
    extractor = _extractor()
    templates, coverage = extractor.extract()
    assert tuple(templates) == TEMPLATES, "run ui/translations/update.sh"
    written = (ROOT / "ui" / "core_errors_catalog.py").read_text(encoding="utf-8")
    assert extractor.render(templates) == written, "run ui/translations/update.sh"
    # Nearly every message and fix is followed to its words; what is not is only of
    # the kinds that cannot be (another error's words passed on, data from elsewhere).
    assert coverage.constructions > 100 and len(templates) > 150
    skipped = sum(coverage.skipped.values())
    assert coverage.extracted / (coverage.extracted + skipped) > 0.85
    kinds = {why.split(" (")[0] for why in coverage.skipped}
    assert kinds <= {
        "another error's words passed on",
        "a parameter passed on",
        "no message given",
        "no words of its own",
        "a pair unpacked",
        "built from data at run time",
    }


def test_templates_come_from_raise_sites_constants_and_helpers() -> None:
    catalog = set(TEMPLATES)
    # An f-string at a raise site, its values named after the code that fills them.
    assert "The language model {path} could not be loaded ({exc})." in catalog
    # A module constant (itself an f-string of constants) returned by a helper.
    assert any(t.startswith("Reinstall the encyclopedia's data: pip install") for t in catalog)
    # A property named by an attribute (model.fix), a class's default, the words a
    # local is always one of, a parameter's default passed to super().__init__.
    assert "Point the config at a working model: assistant models use {kind} <id or path>" in (
        catalog
    )
    assert "No speech heard." in catalog
    assert {"No microphone found.", "No speaker or headphones found."} <= catalog
    assert "Speak closer to the microphone, or check that the right input is selected." in (catalog)
    # The terminal's own commands are left out: the window never shows them.
    assert not any("assistant bench --voice" in t for t in catalog)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_translated_with_its_values_and_commands(language: str) -> None:
    translations = _translations(language)
    assert set(translations) == set(TEMPLATES)
    problems = []
    for template, text in translations.items():
        if not text.strip():
            problems.append(f"not translated: {template!r}")
        elif sorted(HOLE.findall(template)) != sorted(HOLE.findall(text)):
            problems.append(f"values differ: {template!r} -> {text!r}")
        elif sorted(COMMAND.findall(template)) != sorted(COMMAND.findall(text)):
            problems.append(f"a command changed: {template!r} -> {text!r}")
        elif "{{" in text or "}}" in text:
            problems.append(f"a stray brace: {text!r}")
    assert not problems, "\n".join(problems)


# --- matching -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_matches_its_own_errors_and_gives_the_values_back(
    language: str,
) -> None:
    """Each template, filled with values holding spaces, parentheses, braces and
    pattern characters, comes back as its translation with the same values: no wider
    template takes it, and no value is cut or changed."""
    assert i18n.install(language) == language
    translations = _translations(language)
    wrong = []
    for template in TEMPLATES:
        values = _odd_values(template)
        shown = core_error(_fill(template, values))
        expected = _fill(translations[template], values)
        if shown != expected:
            wrong.append(f"{template!r}: {shown!r}")
    assert not wrong, "\n".join(wrong)


def test_in_english_every_error_is_left_exactly_as_it_came() -> None:
    i18n.install("en")
    for template in TEMPLATES:
        text = _fill(template, _odd_values(template))
        assert core_error(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Something no template says.",
        "The model file is fine.",  # shares words with a template, is not one
        "",
        "The language model could not be loaded",  # a template's words, cut short
    ],
)
def test_a_text_no_template_matches_stays_english(text: str) -> None:
    i18n.install("de")
    assert core_error(text) == text


def test_a_message_and_its_fix_run_together_are_translated_each() -> None:
    """A reply's notice is "<message> <fix>": each part is matched on its own, and a
    template with sentences of its own is taken whole."""
    i18n.install("es")
    notice = (
        "I don't know a device called lamp. The devices I know: hall, desk. "
        "Name the device as your hub does, or add it to skills.mqtt.devices."
    )
    assert core_error(notice) == (
        "No conozco ningún dispositivo llamado lamp. Los dispositivos que conozco: "
        "hall, desk. Nombra el dispositivo como lo hace tu central, o añádelo a "
        "skills.mqtt.devices."
    )
    report = (
        "Try again. If it keeps happening, start Hearth with 'assistant -v' and report the log."
    )
    assert core_error(report).startswith("Inténtalo de nuevo. Si sigue pasando")
    # An unknown first sentence is kept; what follows is still translated.
    assert core_error("Some new sentence. Try again.") == "Some new sentence. Inténtalo de nuevo."


def test_an_error_inside_an_error_is_translated_too() -> None:
    i18n.install("fr")
    inner = "The voice /m/v (1).onnx could not be loaded (no such file)."
    assert core_error(f"Replies cannot be spoken: {inner}") == (
        "Les réponses ne peuvent pas être dites à voix haute : "
        "Impossible de charger la voix /m/v (1).onnx (no such file)."
    )


def test_the_packaged_apps_command_name_still_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the packaged app the core's fixes say "hearth models ..." (bundle.as_typed):
    they are still matched, and the translation names the command the same way."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/hearth/hearth"])
    with pytest.raises(ModelMissingError) as caught:
        models.resolve_spec("llm", "/nowhere/model.gguf", verify=False)
    assert (
        caught.value.fix
        == "Check the path, or choose an installed model: hearth models use llm <id>"
    )
    i18n.install("de")
    assert core_error(caught.value.fix) == (
        "Prüfen Sie den Pfad oder wählen Sie ein installiertes Modell: hearth models use llm <id>"
    )


def test_a_broken_translation_shows_the_english(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.install("es")
    monkeypatch.setattr(core_texts, "translate", lambda context, text: "Roto: {nada}")
    assert core_error("Try again.") == "Try again."


# --- real errors, shown -------------------------------------------------------------------


def test_a_missing_model_file_in_the_model_picker(qtbot: Any, tmp_path: Path) -> None:
    i18n.install("es")
    picker = ModelPicker("llm", models.CATALOG[0].id)
    qtbot.addWidget(picker)
    missing = tmp_path / "my models (old) {v2}" / "chat [q4].gguf"
    assert not picker.use_path(str(missing))
    shown = picker.problem.text()
    assert shown.startswith(f"El modelo LLM '{missing}' no es ni un archivo en disco")
    assert "Comprueba la ruta, o elige un modelo instalado: assistant models use llm <id>" in shown
    assert "neither" not in shown and "Check the path" not in shown


def test_a_damaged_encyclopedia_file_in_a_banner_and_a_notice(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    junk = tmp_path / "wiki (copy)" / "summaries {en}.json"
    junk.parent.mkdir()
    junk.write_text("not the encyclopedia", encoding="utf-8")
    monkeypatch.setenv(data.ENV_FILE, str(junk))
    with pytest.raises(KnowledgeError) as caught:
        data.verify(data.locate())
    error = caught.value
    config = Config()
    config.set_many({"app.language": "de"})
    hearth = make_app(config=config)
    window = hearth.window
    window.on_event(ErrorEvent(error.message, error.fix))
    banner = window.banners.banners()[0]
    assert banner.message == (
        f"Die Datendatei der Offline-Enzyklopädie {junk} ist beschädigt: Sie hat 20 Bytes "
        f"statt {data.SIZE:,}."
    )
    assert banner.fix.startswith("Installieren Sie die Daten der Enzyklopädie neu: pip install")
    assert "Alles andere funktioniert weiter." in banner.fix
    assert f"{junk}" in banner.message_label.text()
    assert "Installieren Sie" in banner.fix_label.text()
    # The same error as the notice under a reply (message and fix run together).
    window.on_event(ReplyText("Paris.", "llm", notice=f"{error.message} {error.fix}"))
    qtbot_notice = window.banners.banners()[0]
    assert qtbot_notice.kind == "notice"
    assert qtbot_notice.message == f"{banner.message} {banner.fix}"


def test_a_bad_config_value_at_start_up(make_app: Any, tmp_path: Path) -> None:
    """The real loader keeps the file aside and starts on defaults; the window says so,
    the loader's words, the config error's and the value's place all translated."""
    path = tmp_path / "conf (mine)" / "config.toml"
    path.parent.mkdir()
    path.write_text("[tts]\nspeaking_rate = 9\n", encoding="utf-8")
    config, notice = load_config_or_defaults(path)
    assert notice.startswith("In ")
    config.set_many({"app.language": "es"})
    hearth = make_app(config=config, notice=notice)
    shown = [b.message for b in hearth.window.banners.banners() if b.kind == "notice"]
    kept = next(path.parent.glob("config.toml.damaged-*"))
    assert (
        f"En {path}: La clave de configuración 'tts.speaking_rate' vale 9.0, fuera de "
        f"0.5..2.0. Hearth arrancó con los ajustes predeterminados; tu archivo se guardó "
        f"como {kept}."
    ) in shown


def test_a_config_error_in_the_settings_dialog(qtbot: Any) -> None:
    from hearth.ui.settings_dialog import SettingsDialog

    i18n.install("fr")
    dialog = SettingsDialog(Config(), monitor_microphone=False)
    qtbot.addWidget(dialog)
    values = dialog.values()
    dialog.values = lambda: {**values, "tts.speaking_rate": 9.0}  # type: ignore[method-assign]
    dialog.accept()
    assert dialog.error.text() == (
        "La clé de configuration 'tts.speaking_rate' vaut 9.0, hors de 0.5..2.0.\n"
        "Choisissez une valeur dans cet intervalle : assistant config set tts.speaking_rate "
        "<value>"
    )


def test_error_words_of_an_error_object() -> None:
    i18n.install("de")
    error = AssistantError("No speech heard.", "Try again.")
    assert error_words(error) == ("Keine Sprache gehört.", "Versuchen Sie es erneut.")
    assert core_texts.error_text(AssistantError("Unknown.", "")) == "Unknown."
