"""Settings: the dialog round-trip, bad values, a corrupt settings file, the larger
model's warning, and the history window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.config import Config, config_path, load_config, load_config_or_defaults
from hearth.assistant.errors import ConfigError
from hearth.assistant.history import History
from hearth.assistant.runtime import Assistant
from hearth.ui.history_dialog import HistoryDialog
from hearth.ui.settings_dialog import SettingsDialog
from hearth.ui.settings_tabs import large_model_warning
from hearth.ui.theme import apply_theme, is_dark
from PySide6.QtWidgets import QApplication

from tests.app_fakes import FakeVoiceLoop


@pytest.fixture
def dialog(qtbot: Any) -> Iterator[SettingsDialog]:
    config = Config()
    d = SettingsDialog(config, monitor_microphone=False)
    qtbot.addWidget(d)
    yield d


def test_settings_round_trip_through_the_dialog_and_the_file(
    qtbot: Any, make_app: Any, isolated_home: Path
) -> None:
    hearth = make_app()
    first_loop = FakeVoiceLoop.last
    hearth.open_settings()
    d = hearth.settings_dialog
    assert d is not None
    talking, privacy = d.talking_tab, d.privacy_tab
    talking.activation.setCurrentIndex(talking.activation.findData("push_to_talk"))
    talking.wake_phrase.setText("hello hearth")
    d.models_tab.rate.setValue(125)
    privacy.history_on.setChecked(False)
    appearance = d.appearance_tab
    appearance.theme.setCurrentIndex(appearance.theme.findData("dark"))
    talking.follow_up.setValue(10)
    d.accept()
    qtbot.waitUntil(lambda: hearth.settings_dialog is None, timeout=2000)

    saved = load_config()
    assert saved.voice.activation == "push_to_talk"
    assert saved.voice.wake_phrase == "hello hearth"
    assert saved.tts.speaking_rate == 1.25
    assert saved.app.history is False and saved.app.theme == "dark"
    assert saved.voice.follow_up_s == 10
    assert hearth.assistant.config == saved
    # The voice loop restarted with the new settings; the conversation stayed.
    qtbot.waitUntil(lambda: hearth.window.voice_checked, timeout=5000)
    assert first_loop is not None and first_loop.stopped
    assert FakeVoiceLoop.last is not first_loop and FakeVoiceLoop.last is not None
    assert FakeVoiceLoop.last.assistant.config.voice.activation == "push_to_talk"
    assert hearth.window.voice_available
    assert is_dark()
    apply_theme(QApplication.instance(), "system")  # type: ignore[arg-type]

    # History off: a new exchange is not kept.
    hearth.window.speak_box.setChecked(False)
    hearth.window.input.setText("what is 6 times 7")
    hearth.window.send_typed()
    qtbot.waitUntil(
        lambda: any(b.text == "That's 42." for b in hearth.window.conversation.bubbles),
        timeout=5000,
    )
    assert hearth.history is not None and hearth.history.count() == 0

    # Opening the dialog again shows what was saved.
    again = SettingsDialog(saved, monitor_microphone=False)
    qtbot.addWidget(again)
    assert again.talking_tab.activation.currentData() == "push_to_talk"
    assert again.models_tab.rate.value() == 125 and not again.privacy_tab.history_on.isChecked()


def test_a_bad_value_keeps_the_dialog_open_and_changes_nothing(
    dialog: SettingsDialog, qtbot: Any
) -> None:
    dialog.show()
    talking = dialog.talking_tab
    talking.activation.setCurrentIndex(talking.activation.findData("wake_word"))
    talking.wake_phrase.setText("computer")  # one word: too short to be reliable
    dialog.models_tab.rate.setValue(150)
    dialog.accept()
    assert dialog.new_config is None and dialog.isVisible()
    assert "too short" in dialog.error.text() and "two or more words" in dialog.error.text()
    assert dialog.original.tts.speaking_rate == 1.0
    assert not config_path().exists()


def test_model_files_on_disk_are_checked_before_use(dialog: SettingsDialog, tmp_path: Path) -> None:
    junk = tmp_path / "notes.gguf"
    junk.write_text("not a model")
    picker = dialog.models_tab.pickers["llm"]
    assert not picker.use_path(str(junk))
    assert "not a GGUF model file" in picker.problem.text()
    assert picker.value() == "qwen2.5-coder-1.5b"
    good = tmp_path / "mine.gguf"
    good.write_bytes(b"GGUF" + b"\0" * 64)
    assert picker.use_path(str(good))
    dialog.accept()
    assert dialog.new_config is not None and dialog.new_config.llm.model == str(good)


def test_larger_model_warning_says_when_requests_leave_the_computer(
    dialog: SettingsDialog,
) -> None:
    larger = dialog.larger_tab
    assert "everything is answered on this computer" in larger.large_warning.text()
    larger.large_on.setChecked(True)
    larger.large_url.setText("http://127.0.0.1:11434/v1")
    assert "nothing leaves it" in larger.large_warning.text()
    larger.large_url.setText("https://llm.example.com/v1")
    assert "leave this computer" in larger.large_warning.text()
    assert "https://llm.example.com/v1" in larger.large_warning.text()
    assert "leave" in large_model_warning(True, "server", "http://192.168.1.5:8080/v1")
    assert "this computer" in large_model_warning(True, "gguf", "")


def test_corrupt_settings_file_is_kept_aside_and_defaults_load(
    qtbot: Any, make_app: Any, isolated_home: Path
) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text("[voice\nactivation = = 'nope'\n")
    with pytest.raises(ConfigError):
        load_config()
    config, notice = load_config_or_defaults()
    assert config == Config()
    kept = list(path.parent.glob("config.toml.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text().startswith("[voice")
    assert not path.exists()
    assert "not valid TOML" in notice and str(kept[0]) in notice
    hearth = make_app(config=config, notice=notice)
    shown = [b.message for b in hearth.window.banners.banners() if b.kind == "notice"]
    assert any("default settings" in m for m in shown)


def test_a_bad_value_in_the_file_is_also_kept_aside(isolated_home: Path) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text('[tts]\nspeaking_rate = "fast"\n')
    config, notice = load_config_or_defaults()
    assert config.tts.speaking_rate == 1.0 and "speaking_rate" in notice


def test_set_many_is_all_or_nothing() -> None:
    config = Config()
    config.set_many({"voice.activation": "push_to_talk", "voice.wake_phrase": "hi"})
    assert config.voice.wake_phrase == "hi"  # fine: no wake word in push-to-talk
    with pytest.raises(ConfigError):
        config.set_many({"tts.speaking_rate": "1.5", "voice.activation": "wake_word"})
    assert config.tts.speaking_rate == 1.0 and config.voice.activation == "push_to_talk"


def test_reconfigure_keeps_the_conversation_and_reloads_what_changed() -> None:
    assistant = Assistant(Config())
    sentinel_stt, sentinel_llm = object(), object()
    assistant._stt, assistant._small = sentinel_stt, sentinel_llm  # type: ignore[assignment]  # as if loaded
    assistant.history.append(object())  # type: ignore[arg-type]
    new = Config()
    new.tts.speaking_rate = 1.5
    assistant.reconfigure(new)
    assert assistant._stt is sentinel_stt and assistant._small is sentinel_llm
    new2 = Config()
    new2.llm.model = "gemma3-270m"
    assistant.reconfigure(new2)
    assert assistant._small is None and assistant._stt is sentinel_stt
    assert len(assistant.history) == 1 and assistant.router.config is new2.llm


def test_history_dialog_searches_and_deletes(qtbot: Any, monkeypatch: Any) -> None:
    history = History()
    history.add("what is 12 times 12", "That's 144.", "calculator")
    history.add("capital of France", "Paris.", "llm", "small")
    history.add("capital of Italy", "Rome.", "llm", "small")
    d = HistoryDialog(history, True)
    qtbot.addWidget(d)
    assert d.results.count() == 3 and "3 exchanges kept" in d.status.text()
    d.search.setText("capital")
    qtbot.waitUntil(lambda: d.results.count() == 2, timeout=2000)
    assert "2 of 3" in d.status.text()
    assert not d.delete_button.isEnabled()
    d.results.item(0).setSelected(True)  # newest first: Italy
    assert d.delete_button.isEnabled()
    d.delete_button.click()
    assert d.results.count() == 1 and "France" in d.results.item(0).text()
    assert history.count() == 2
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    d.delete_all_button.click()
    assert history.count() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    d.delete_all_button.click()
    assert history.count() == 0 and d.results.count() == 0
    assert not d.delete_all_button.isEnabled()
    history.close()


def test_delete_all_history_from_settings(qtbot: Any, make_app: Any, monkeypatch: Any) -> None:
    import hearth.ui.app as app_module

    hearth = make_app()
    assert hearth.history is not None
    hearth.history.add("a question", "an answer")
    monkeypatch.setattr(app_module, "user_confirms_delete_all", lambda parent: False)
    hearth._confirm_delete_history()
    assert hearth.history.count() == 1
    monkeypatch.setattr(app_module, "user_confirms_delete_all", lambda parent: True)
    hearth._confirm_delete_history()
    assert hearth.history.count() == 0
    notes = [b.message for b in hearth.window.banners.banners() if b.kind == "notice"]
    assert "Deleted 1 kept exchanges from this computer." in notes
