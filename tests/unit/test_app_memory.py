"""The window's Memory list (Settings › Privacy): what you asked Hearth to remember,
shown, forgotten one by one or all at once (after a yes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hearth.assistant.config import data_dir
from hearth.skills.memory_store import Memories
from hearth.ui.memory_dialog import MemoryDialog
from hearth.ui.settings_dialog import SettingsDialog


def test_the_memory_list_shows_and_forgets(qtbot: Any, tmp_path: Path) -> None:
    memories = Memories.at(tmp_path)
    for fact in ("My parking spot is B12", "I'm allergic to penicillin", "My locker is 42"):
        memories.add(fact)
    answers: list[bool] = [False, True]
    d = MemoryDialog(memories, confirm_all=lambda parent, count: answers.pop(0))
    qtbot.addWidget(d)
    assert d.facts.count() == 3 and "3 things remembered." in d.status.text()
    assert d.facts.item(0).text().startswith("1. My parking spot is B12")
    assert str(memories.path) in d.where.text() and "only on this computer" in d.where.text()
    assert not d.delete_button.isEnabled()
    d.facts.item(1).setSelected(True)
    assert d.delete_button.isEnabled()
    d.delete_button.click()
    assert [f.text for f in memories.all()] == ["My parking spot is B12", "My locker is 42"]
    assert d.facts.count() == 2 and d.facts.item(1).text().startswith("2. My locker is 42")
    d.delete_all_button.click()  # "no"
    assert memories.count() == 2
    d.delete_all_button.click()  # "yes"
    assert memories.count() == 0 and d.facts.count() == 0
    assert "remembers nothing" in d.status.text() and not d.delete_all_button.isEnabled()


def test_settings_privacy_opens_the_memory_list(qtbot: Any, make_app: Any) -> None:
    hearth = make_app()
    Memories.at(data_dir()).add("My parking spot is B12")
    hearth.open_settings()
    dialog = hearth.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.privacy_tab.memory.isEnabled()
    dialog.privacy_tab.memory.click()
    shown = hearth.memory_dialog
    assert isinstance(shown, MemoryDialog) and shown.isVisible()
    assert shown.facts.count() == 1 and "B12" in shown.facts.item(0).text()
    assert "skill is off" not in shown.where.text()  # the memory skill is on by default
    shown.close()
    dialog.reject()


def test_without_a_place_to_open_it_the_button_is_off(qtbot: Any) -> None:
    from hearth.assistant.config import Config

    d = SettingsDialog(Config(), monitor_microphone=False)
    qtbot.addWidget(d)
    assert not d.privacy_tab.memory.isEnabled()
