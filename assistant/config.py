"""The user's configuration: every section and key with its default, checking values,
and reading and writing the file.

The configuration is one TOML file in the platform's config folder
(``~/.config/hearth/config.toml`` on Linux). Every key is optional; a missing
file means defaults. Where the folders are is ``hearth.assistant.paths``'s job; its
functions are importable from here too.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w
from hearth.assistant.config_sections import (  # noqa: F401  (re-exported)
    AppConfig,
    AudioConfig,
    KnowledgeConfig,
    LanguageConfig,
    LargeLLMConfig,
    LLMConfig,
    MQTTConfig,
    SkillsConfig,
    STTConfig,
    TTSConfig,
    VoiceConfig,
)
from hearth.assistant.errors import ConfigError, StoreError
from hearth.assistant.languages import SUPPORTED, unsupported
from hearth.assistant.paths import (  # noqa: F401  (re-exported: public names of this module)
    config_dir,
    config_path,
    data_dir,
    models_dir,
)
from hearth.assistant.storage import private_file, private_folder, quarantine, write_atomic


@dataclass
class Config:
    stt: STTConfig = field(default_factory=STTConfig)
    tts: TTSConfig = field(default_factory=TTSConfig)
    llm: LLMConfig = field(default_factory=LLMConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    voice: VoiceConfig = field(default_factory=VoiceConfig)
    skills: SkillsConfig = field(default_factory=SkillsConfig)
    knowledge: KnowledgeConfig = field(default_factory=KnowledgeConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    app: AppConfig = field(default_factory=AppConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def save(self, path: Path | None = None) -> Path:
        """Write the file atomically, private (0600: it holds passwords and keys)."""
        path = path or config_path()
        write_atomic(path, tomli_w.dumps(self.to_dict()))
        return path

    def validate(self) -> None:
        """Raise ConfigError for a value the assistant cannot work with."""
        for key, allowed in _CHOICES:
            current = self._get(key)
            if current not in allowed:
                raise ConfigError(
                    f"Config key '{key}' cannot be {current!r}.",
                    f"Use one of: {', '.join(allowed)} (assistant config set {key} {allowed[0]})",
                )
        for key, low, high in _RANGES:
            current = self._get(key)
            if not low <= current <= high:
                raise ConfigError(
                    f"Config key '{key}' is {current}, outside {low}..{high}.",
                    f"Set it within that range: assistant config set {key} <value>",
                )
        if self.llm.max_reply_tokens * 4 > self.llm.context_tokens:
            raise ConfigError(
                "llm.max_reply_tokens must be at most a quarter of llm.context_tokens.",
                "Lower llm.max_reply_tokens or raise llm.context_tokens.",
            )
        if len(self.voice.wake_phrase.split()) < 2 and self.voice.activation == "wake_word":
            raise ConfigError(
                f"The wake phrase {self.voice.wake_phrase!r} is too short to be reliable.",
                "Use two or more words: assistant config set voice.wake_phrase 'hey computer'",
            )
        for key in ("stt.model", "tts.voice", "llm.model", "voice.turn_model"):
            if not str(self._get(key)).strip():
                raise ConfigError(f"Config key '{key}' is empty.", "See: assistant models")
        for key in ("skills.enabled", "skills.disabled", "skills.no_confirm"):
            bad = [n for n in self._get(key) if not re.fullmatch(r"[a-z][a-z0-9_-]*", n)]
            if bad:
                raise ConfigError(
                    f"Config key '{key}' holds {bad[0]!r}, which is not a skill name.",
                    "Skill names are lower case (see: assistant skills list); separate them "
                    f"with commas: assistant config set {key} clock,timers",
                )
        self._validate_languages()
        large = self.llm.large
        if (
            large.enabled
            and large.kind == "server"
            and not large.url.startswith(("http://", "https://"))
        ):
            raise ConfigError(
                f"llm.large.url {large.url!r} is not an http(s) address.",
                "Set it like: assistant config set llm.large.url http://127.0.0.1:8080/v1",
            )

    def _validate_languages(self) -> None:
        spoken = self.language.spoken
        fix = (
            f"Use language codes among {', '.join(SUPPORTED)}, separated by commas: "
            "assistant config set language.spoken es,en"
        )
        if not spoken:
            raise ConfigError("language.spoken is empty: Hearth must speak something.", fix)
        bad = unsupported(spoken)
        if bad:
            raise ConfigError(
                f"language.spoken holds {bad[0]!r}, which is not a language Hearth speaks "
                f"({', '.join(SUPPORTED)}).",
                fix,
            )
        if len(set(spoken)) != len(spoken):
            raise ConfigError("language.spoken names a language twice.", fix)

    def _get(self, dotted_key: str) -> Any:
        target: Any = self
        for part in dotted_key.split("."):
            target = getattr(target, part)
        return target

    def set(self, dotted_key: str, value: str) -> None:
        """Set ``section.key`` from a string, converted to the field's type, and check it."""
        self.set_many({dotted_key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        """Set several keys at once and check the result as a whole (the settings
        window changes keys that depend on each other). Nothing changes on an error."""
        changed: list[tuple[Any, str, Any]] = []
        try:
            for dotted_key, value in values.items():
                target, leaf = self._locate(dotted_key)
                previous = getattr(target, leaf)
                setattr(target, leaf, _convert(dotted_key, value, type(previous)))
                changed.append((target, leaf, previous))
            self.validate()
        except ConfigError:
            for target, leaf, previous in reversed(changed):
                setattr(target, leaf, previous)
            raise

    def _locate(self, dotted_key: str) -> tuple[Any, str]:
        *parents, leaf = dotted_key.split(".")
        target: Any = self
        for part in parents:
            if not hasattr(target, part) or not _is_section(getattr(target, part)):
                raise ConfigError(f"There is no config section '{part}'.", _known_keys_hint())
            target = getattr(target, part)
        if leaf not in {f.name for f in fields(target)} or _is_section(getattr(target, leaf)):
            raise ConfigError(f"There is no config key '{dotted_key}'.", _known_keys_hint())
        return target, leaf


_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("stt.device", ("cpu", "cuda", "auto")),
    ("llm.prompt_style", ("auto", "chat", "completion")),
    ("llm.large.kind", ("server", "gguf")),
    ("voice.activation", ("wake_word", "push_to_talk", "always")),
    ("voice.end_of_turn", ("smart", "silence")),
    ("app.theme", ("system", "light", "dark")),
    ("app.language", ("auto", "en", "es", "fr", "de")),
)
_RANGES: tuple[tuple[str, float, float], ...] = (
    ("stt.beam_size", 1, 10),
    ("stt.threads", 0, 256),
    ("tts.speaking_rate", 0.5, 2.0),
    ("llm.max_reply_tokens", 8, 2048),
    ("llm.context_tokens", 512, 131072),
    ("llm.threads", 0, 256),
    ("llm.gpu_layers", -1, 1000),
    ("llm.temperature", 0.0, 2.0),
    ("llm.large.first_token_s", 0.5, 600.0),
    ("llm.large.timeout_s", 1.0, 3600.0),
    ("voice.follow_up_s", 0.0, 120.0),
    ("voice.silence_ms", 200, 5000),
    ("voice.max_utterance_s", 3.0, 600.0),
    ("skills.timeout_s", 0.5, 300.0),
    ("skills.mqtt.port", 1, 65535),
    ("skills.mqtt.timeout_s", 0.5, 60.0),
)


def _is_section(obj: Any) -> bool:
    return hasattr(obj, "__dataclass_fields__")


def _known_keys_hint() -> str:
    return "Run 'assistant config show' to see every key and its current value."


def _convert(key: str, value: Any, kind: type) -> Any:
    plain = kind is not list and not (kind is int and isinstance(value, bool))
    if plain and isinstance(value, kind):
        return value
    try:
        if kind is list:
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ValueError(value)
            return [i.strip() for i in items if i.strip()]
        if kind is bool:
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        if kind in (int, float) and isinstance(value, bool):
            raise ValueError(value)
        return kind(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"Config key '{key}' must be {kind.__name__}, not {value!r}.",
            f"Set it with: assistant config set {key} <{kind.__name__}>",
        ) from None


def _fill(section: Any, data: dict[str, Any], prefix: str) -> None:
    known = {f.name for f in fields(section)}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in known:
            raise ConfigError(f"Unknown config key '{dotted}'.", _known_keys_hint())
        current = getattr(section, key)
        if _is_section(current):
            if not isinstance(value, dict):
                raise ConfigError(f"'{dotted}' must be a table ([{dotted}]).", _known_keys_hint())
            _fill(current, value, dotted + ".")
        else:
            setattr(section, key, _convert(dotted, value, type(current)))


def load_config(path: Path | None = None) -> Config:
    """Read the config file; defaults where it is absent. Raises ConfigError."""
    path = path or config_path()
    config = Config()
    if not path.exists():
        return config
    private_folder(path.parent)  # an older install's file may be readable by others
    private_file(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"The config file {path} is not valid TOML ({exc}).",
            f"Correct the file, or move it away (mv {path} {path}.bak) to start from defaults.",
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"Cannot read the config file {path}: {exc.strerror}.", "Check the file's permissions."
        ) from None
    try:
        _fill(config, data, "")
        config.validate()
    except ConfigError as exc:
        raise ConfigError(f"In {path}: {exc.message}", exc.fix) from None
    return config


def load_config_or_defaults(path: Path | None = None) -> tuple[Config, str]:
    """Read the config file for the desktop app, which must open whatever the file holds.

    A file that cannot be used is kept aside (``config.toml.damaged-<time>``, so nothing
    the user wrote is lost) and defaults load. Returns the config and a notice for the
    user, empty when the file was fine.
    """
    path = path or config_path()
    try:
        return load_config(path), ""
    except ConfigError as exc:
        problem = exc.message
    try:
        aside = quarantine(path, "settings", problem).kept_as
    except StoreError as exc:
        return Config(), (
            f"{problem} Hearth started with default settings. {exc.message} Saving "
            "settings will replace it."
        )
    return Config(), (
        f"{problem} Hearth started with default settings; your file was kept as {aside}."
    )
