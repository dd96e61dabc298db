from pathlib import Path

import pytest
from hearth.assistant.config import Config, config_path, load_config
from hearth.assistant.errors import ConfigError


def test_missing_file_means_defaults() -> None:
    config = load_config()
    assert config.stt.model == "whisper-tiny.en"
    assert config.llm.large.enabled is False


def test_set_save_load_round_trip() -> None:
    config = Config()
    config.set("tts.speaking_rate", "1.25")
    config.set("llm.large.enabled", "yes")
    config.set("llm.large.url", "http://127.0.0.1:11434/v1")
    config.set("stt.beam_size", "5")
    config.save()
    again = load_config()
    assert again.tts.speaking_rate == 1.25
    assert again.llm.large.enabled is True
    assert again.llm.large.url == "http://127.0.0.1:11434/v1"
    assert again.stt.beam_size == 5


@pytest.mark.parametrize(
    ("key", "value"),
    [("stt.beam_size", "lots"), ("llm.large.enabled", "perhaps"), ("tts.speaking_rate", "fast")],
)
def test_bad_values_say_which_key_and_how_to_fix(key: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config().set(key, value)
    assert key in info.value.message
    assert "assistant config set" in info.value.fix


def test_unknown_key() -> None:
    with pytest.raises(ConfigError, match="no config key"):
        Config().set("stt.colour", "blue")
    with pytest.raises(ConfigError, match="no config section"):
        Config().set("nothing.here", "1")


def test_corrupt_file_names_the_file_and_the_fix() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text("[stt\nmodel = 'x'\n")
    with pytest.raises(ConfigError) as info:
        load_config()
    assert str(path) in info.value.message
    assert "mv" in info.value.fix


def test_wrong_type_in_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[stt]\nbeam_size = 'wide'\n")
    with pytest.raises(ConfigError, match=r"stt\.beam_size"):
        load_config(path)
    path.write_text("[llm]\nlarge = 3\n")
    with pytest.raises(ConfigError, match="must be a table"):
        load_config(path)


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("llm.large.kind", "banana", "server, gguf"),
        ("llm.prompt_style", "poem", "auto, chat, completion"),
        ("llm.context_tokens", "100", "outside 512..131072"),
        ("llm.max_reply_tokens", "1000", "a quarter of llm.context_tokens"),
        ("tts.speaking_rate", "9", "outside 0.5..2.0"),
        ("stt.beam_size", "0", "outside 1..10"),
        ("llm.model", " ", "is empty"),
    ],
)
def test_values_the_assistant_cannot_work_with_are_refused(
    key: str, value: str, words: str
) -> None:
    config = Config()
    before = config.to_dict()
    with pytest.raises(ConfigError) as info:
        config.set(key, value)
    assert words in str(info.value)
    assert config.to_dict() == before  # a refused value is not kept


def test_a_file_with_an_impossible_value_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[llm.large]\nenabled = true\nurl = 'ftp://x'\n")
    with pytest.raises(ConfigError, match="not an http"):
        load_config(path)
